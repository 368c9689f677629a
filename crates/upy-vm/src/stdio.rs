//! The standard streams behind `sys.stdin`, `sys.stdout` and `sys.stderr`:
//! text streams over file descriptors 0-2 with a `.buffer` for bytes.

use std::io::{Read, Write};

use crate::args;
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A standard stream; `binary` for the `.buffer` objects.
pub struct StdStream {
    pub fd: u8,
    pub binary: bool,
}

impl NativeObject for StdStream {
    fn type_name(&self) -> &'static str {
        if self.binary {
            "FileIO"
        } else {
            "TextIOWrapper"
        }
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn stream(vm: &mut Vm, v: Value) -> PyResult<(u8, bool)> {
    if let Value::Obj(g) = v {
        if let Obj::Native(_, n) = vm.heap.get(g) {
            if let Some(s) = n.as_any().downcast_ref::<StdStream>() {
                return Ok((s.fd, s.binary));
            }
        }
    }
    vm.type_error("expected a standard stream")
}

fn s_write(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "write", args, kw, 1, 1)?;
    let (fd, binary) = stream(vm, args[0])?;
    let (bytes, count) = if binary {
        let b = crate::objects::bytes::buffer_bytes(vm, args[1])?;
        let n = b.len();
        (b, n)
    } else {
        match vm.as_str(args[1]) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                let t = vm.type_name(args[1]);
                return vm.type_error(format!("write() argument must be str, not {}", t));
            }
        }
    };
    match fd {
        1 => crate::builtins::write_stdout_bytes(vm, &bytes),
        2 => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(&bytes);
        }
        _ => return vm.os_error(9, "Bad file descriptor"),
    }
    Ok(Value::Int(count as i64))
}

fn s_flush(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "flush", args, kw, 0, 0)?;
    vm.flush_stdout();
    let _ = std::io::stderr().flush();
    Ok(Value::None)
}

fn read_line_bytes() -> Vec<u8> {
    let mut out = Vec::new();
    let mut b = [0u8; 1];
    let mut stdin = std::io::stdin().lock();
    while let Ok(1) = stdin.read(&mut b) {
        out.push(b[0]);
        if b[0] == b'\n' {
            break;
        }
    }
    out
}

fn s_readline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "readline", args, kw, 0, 1)?;
    let (fd, binary) = stream(vm, args[0])?;
    if fd != 0 {
        return vm.os_error(22, "not readable");
    }
    vm.flush_stdout();
    let line = read_line_bytes();
    if binary {
        vm.new_bytes(line)
    } else {
        vm.new_string(String::from_utf8_lossy(&line).into_owned())
    }
}

fn s_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "read", args, kw, 0, 1)?;
    let (fd, binary) = stream(vm, args[0])?;
    if fd != 0 {
        return vm.os_error(22, "not readable");
    }
    vm.flush_stdout();
    let n = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => crate::objects::int::to_i64(vm, *v)?,
    };
    let mut buf = Vec::new();
    if n < 0 {
        let _ = std::io::stdin().lock().read_to_end(&mut buf);
    } else {
        buf.resize(n as usize, 0);
        let mut got = 0;
        let mut stdin = std::io::stdin().lock();
        while got < buf.len() {
            match stdin.read(&mut buf[got..]) {
                Ok(0) | Err(_) => break,
                Ok(k) => got += k,
            }
        }
        buf.truncate(got);
    }
    if binary {
        vm.new_bytes(buf)
    } else {
        vm.new_string(String::from_utf8_lossy(&buf).into_owned())
    }
}

fn s_fileno(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "fileno", args, kw, 0, 0)?;
    let (fd, _) = stream(vm, args[0])?;
    Ok(Value::Int(fd as i64))
}

/// Create the stream type and the three streams; returns them.
pub fn init(vm: &mut Vm) -> PyResult<[Value; 3]> {
    let ob = vm.types.object;
    let text_t = crate::types::new_builtin_type(vm, "TextIOWrapper", Some(ob), BaseKind::Other)?;
    let bin_t = crate::types::new_builtin_type(vm, "FileIO", Some(ob), BaseKind::Other)?;
    for t in [text_t, bin_t] {
        for (n, f) in [
            ("write", s_write as NativeFnPtr),
            ("flush", s_flush),
            ("readline", s_readline),
            ("read", s_read),
            ("fileno", s_fileno),
        ] {
            crate::types::add_method(vm, t, n, f);
        }
    }
    vm.native_types.insert("TextIOWrapper", text_t);
    vm.native_types.insert("FileIO", bin_t);
    let mut out = [Value::None; 3];
    for fd in 0..3u8 {
        let s = vm.alloc(Obj::Native(
            text_t,
            Box::new(StdStream { fd, binary: false }),
        ))?;
        vm.heap.make_permanent(s);
        let b = vm.alloc(Obj::Native(bin_t, Box::new(StdStream { fd, binary: true })))?;
        vm.heap.make_permanent(b);
        let d = vm.new_dict()?;
        let _ = d;
        set_buffer(vm, s, b)?;
        out[fd as usize] = Value::Obj(s);
    }
    Ok(out)
}

/// Streams have a `buffer` attribute; we keep it in a side table.
fn set_buffer(vm: &mut Vm, text: Gc, bin: Gc) -> PyResult<()> {
    vm.stream_buffers.push((text, bin));
    Ok(())
}
