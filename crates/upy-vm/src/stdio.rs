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

/// One byte of standard input; None at the end (or on an error).
fn read_byte(stdin: &mut std::io::StdinLock) -> Option<u8> {
    let mut b = [0u8; 1];
    loop {
        match stdin.read(&mut b) {
            Ok(1) => return Some(b[0]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            _ => return None,
        }
    }
}

/// Read up to `limit` items from standard input (bytes, or characters
/// of UTF-8 text: a character's bytes are read whole), stopping after a
/// newline when `line`.
fn read_items(binary: bool, limit: Option<usize>, line: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut stdin = std::io::stdin().lock();
    let mut count = 0;
    while limit.is_none_or(|l| count < l) {
        let Some(b) = read_byte(&mut stdin) else {
            break;
        };
        out.push(b);
        count += 1;
        if !binary {
            // The continuation bytes a leading byte announces.
            let more = match b {
                0xc0..=0xdf => 1,
                0xe0..=0xef => 2,
                0xf0..=0xf7 => 3,
                _ => 0,
            };
            for _ in 0..more {
                match read_byte(&mut stdin) {
                    Some(c) => out.push(c),
                    None => break,
                }
            }
        }
        if line && b == b'\n' {
            break;
        }
    }
    out
}

/// Bytes or text (undecodable bytes replaced) as the stream's kind.
fn items_value(vm: &mut Vm, binary: bool, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        vm.new_bytes(data)
    } else {
        vm.new_string(String::from_utf8_lossy(&data).into_owned())
    }
}

/// The standard input stream of `self`, for a read method.
fn input_stream(vm: &mut Vm, s: Value) -> PyResult<bool> {
    let (fd, binary) = stream(vm, s)?;
    if fd != 0 {
        let t = vm.types.os_error;
        return vm.err(t, "not readable");
    }
    vm.flush_stdout();
    Ok(binary)
}

/// A size argument: None or negative means no limit.
fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(Value::None) | None => Ok(None),
        Some(v) => {
            let n = crate::objects::int::to_i64(vm, *v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn s_readline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "readline", args, kw, 0, 1)?;
    let binary = input_stream(vm, args[0])?;
    let limit = limit_arg(vm, args.get(1))?;
    let line = read_items(binary, limit, true);
    items_value(vm, binary, line)
}

fn s_readlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "readlines", args, kw, 0, 1)?;
    let binary = input_stream(vm, args[0])?;
    let hint = limit_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_items(binary, None, true);
        if line.is_empty() {
            break;
        }
        total += line.len();
        let v = items_value(vm, binary, line)?;
        vm.roots.push(v);
        lines.push(v);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(lines)
}

fn s_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__iter__", args, kw, 0, 0)?;
    stream(vm, args[0])?;
    Ok(args[0])
}

fn s_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__next__", args, kw, 0, 0)?;
    let binary = input_stream(vm, args[0])?;
    let line = read_items(binary, None, true);
    if line.is_empty() {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    items_value(vm, binary, line)
}

fn s_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "read", args, kw, 0, 1)?;
    let binary = input_stream(vm, args[0])?;
    let limit = limit_arg(vm, args.get(1))?;
    let data = match limit {
        None => {
            let mut buf = Vec::new();
            let _ = std::io::stdin().lock().read_to_end(&mut buf);
            buf
        }
        Some(n) => read_items(binary, Some(n), false),
    };
    items_value(vm, binary, data)
}

fn s_readable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "readable", args, kw, 0, 0)?;
    let (fd, _) = stream(vm, args[0])?;
    Ok(Value::Bool(fd == 0))
}

fn s_writable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "writable", args, kw, 0, 0)?;
    let (fd, _) = stream(vm, args[0])?;
    Ok(Value::Bool(fd != 0))
}

fn s_isatty(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use std::io::IsTerminal;
    args::check_method(vm, "isatty", args, kw, 0, 0)?;
    let (fd, _) = stream(vm, args[0])?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn g_name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (fd, _) = stream(vm, args.first().copied().unwrap_or(Value::None))?;
    vm.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize % 3])
}

fn g_mode(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (fd, binary) = stream(vm, args.first().copied().unwrap_or(Value::None))?;
    let m = match (fd, binary) {
        (0, false) => "r",
        (0, true) => "rb",
        (_, false) => "w",
        (_, true) => "wb",
    };
    vm.new_str(m)
}

fn g_closed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    stream(vm, args.first().copied().unwrap_or(Value::None))?;
    Ok(Value::Bool(false))
}

fn g_encoding(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    stream(vm, args.first().copied().unwrap_or(Value::None))?;
    vm.new_str("utf-8")
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
            ("readlines", s_readlines),
            ("__iter__", s_iter),
            ("__next__", s_next),
            ("readable", s_readable),
            ("writable", s_writable),
            ("isatty", s_isatty),
            ("fileno", s_fileno),
        ] {
            crate::types::add_method(vm, t, n, f);
        }
        for (n, f) in [
            ("name", g_name as NativeFnPtr),
            ("mode", g_mode),
            ("closed", g_closed),
            ("encoding", g_encoding),
        ] {
            let getter = vm.new_native_fn(n, f)?;
            let prop = vm.alloc_val(Obj::Property(getter, Value::None, Value::None))?;
            crate::types::add_attr(vm, t, n, prop);
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
