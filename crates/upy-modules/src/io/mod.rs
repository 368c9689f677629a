//! The `io` module: `open`, the file types `FileIO` and `TextIOWrapper`
//! (`file.rs`), the in-memory streams `StringIO` and `BytesIO`
//! (`memory.rs`), `IOBase` for streams written in Python, and
//! `UnsupportedOperation`.

pub mod file;
mod memory;

/// `BufferedWriter`, written in Python.
const BUFFERED: &str = include_str!("buffered.py");

use upy_vm::native::{Args, Native};
use upy_vm::obj::BaseKind;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use crate::vfs;

/// `io.UnsupportedOperation` (an OSError and a ValueError, as in CPython).
pub fn unsupported_operation(vm: &mut Vm) -> Gc {
    if let Some(&t) = vm.native_types.get("io.UnsupportedOperation") {
        return t;
    }
    let bases = [vm.types.os_error, vm.types.value_error];
    let made = (|| -> PyResult<Gc> {
        let nsg = vm.new_dict()?;
        let ns = Value::Obj(nsg);
        vm.roots.push(ns);
        let m = vm.new_str("io")?;
        let key = vm.names.__module__;
        upy_vm::objects::dict::dict_set(vm, nsg, key, m)?;
        let meta = vm.types.type_;
        upy_vm::types::new_class(vm, meta, "UnsupportedOperation", &bases, nsg)
    })();
    let t = made.unwrap_or(vm.types.os_error);
    vm.heap.make_permanent(t);
    vm.native_types.insert("io.UnsupportedOperation", t);
    t
}

fn b_enter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

fn b_exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let close = vm.intern("close");
    let f = vm.get_attr(a.this(), close)?;
    vm.call(f, &[])?;
    Ok(Value::None)
}

/// `close()`/`flush()` of a stream written in Python: its `ioctl` with
/// MicroPython's request, if it has one.
fn b_ioctl_call(vm: &mut Vm, s: Value, req: i64) -> PyResult<Value> {
    if let Some(io) = has_method(vm, s, "ioctl")? {
        vm.call(io, &[Value::Int(req), Value::Int(0)])?;
    }
    Ok(Value::None)
}

fn b_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_ioctl_call(vm, a.this(), IOCTL_CLOSE)
}

fn b_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_ioctl_call(vm, a.this(), IOCTL_FLUSH)
}

/// What a stream's `readinto` returned, as MicroPython's stream glue reads
/// it: a count, None (a non-blocking stream has nothing now), a negative
/// errno (raised as OSError) or anything else (TypeError).
fn readinto_count(vm: &mut Vm, r: Value) -> PyResult<Option<usize>> {
    match r {
        Value::None => Ok(None),
        Value::Int(n) if n >= 0 => Ok(Some(n as usize)),
        Value::Int(n) => {
            let e = upy_fs::FsError(n.unsigned_abs().min(i32::MAX as u64) as i32);
            Err(vfs::os_error(vm, e, None))
        }
        Value::Bool(b) => Ok(Some(b as usize)),
        _ => {
            let t = vm.type_name(r);
            vm.type_error(format!("readinto() should return int or None, not {}", t))
        }
    }
}

/// Bytes from a stream's `readinto`, at most `limit`, stopping after a
/// newline when `line`.
fn read_via_readinto(vm: &mut Vm, s: Value, limit: Option<usize>, line: bool) -> PyResult<Value> {
    let Some(ri) = has_method(vm, s, "readinto")? else {
        let t = vm.type_name(s);
        return vm.attr_error(format!("'{}' object has no attribute 'readinto'", t));
    };
    vm.roots.push(ri);
    let mut out = Vec::new();
    loop {
        let want = match limit {
            Some(l) if out.len() >= l => break,
            Some(l) if line => 1.min(l - out.len()),
            Some(l) => (l - out.len()).min(4096),
            None if line => 1,
            None => 4096,
        };
        let buf = vm.alloc_val(upy_vm::obj::Obj::ByteArray(vec![0; want]))?;
        vm.roots.push(buf);
        let r = vm.call(ri, &[buf])?;
        let n = match readinto_count(vm, r)? {
            Some(0) => break,
            Some(n) => n,
            // A non-blocking stream has nothing now.
            None if out.is_empty() => return Ok(Value::None),
            None => break,
        };
        let data = upy_vm::objects::bytes::buffer_bytes(vm, buf)?;
        out.extend_from_slice(&data[..n.min(data.len())]);
        if line && out.last() == Some(&b'\n') {
            break;
        }
    }
    vm.new_bytes(out)
}

fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = util::i64_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn b_read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let limit = size_arg(vm, a.get(0))?;
    read_via_readinto(vm, s, limit, false)
}

fn b_readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let limit = size_arg(vm, a.get(0))?;
    read_via_readinto(vm, s, limit, true)
}

fn b_readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let rl = vm.intern("readline");
    let f = vm.get_attr(s, rl)?;
    vm.roots.push(f);
    let mut lines = Vec::new();
    loop {
        let l = vm.call(f, &[])?;
        if !vm.truthy(l)? {
            break;
        }
        vm.roots.push(l);
        lines.push(l);
    }
    vm.new_list(lines)
}

fn b_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let rl = vm.intern("readline");
    let f = vm.get_attr(s, rl)?;
    let line = vm.call(f, &[])?;
    if !vm.truthy(line)? {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    Ok(line)
}

const IOBASE_METHODS: &[Native] = &[
    Native::new("__enter__(self, /)", b_enter),
    Native::new("__exit__(self, *args)", b_exit),
    Native::slot("__iter__(self, /)", b_enter),
    Native::slot("__next__(self, /)", b_next),
    Native::new("close(self, /)", b_close),
    Native::new("flush(self, /)", b_flush),
    Native::new("read(self, size=-1, /)", b_read),
    Native::new("readline(self, size=-1, /)", b_readline),
    Native::new("readlines(self, hint=-1, /)", b_readlines),
];

/// `io.IOBase`: the base of file types and of streams written in Python.
/// As MicroPython's, it builds a stream from `readinto`, `write` and
/// `ioctl`: `read`/`readline` call `readinto`, `close`/`flush` call
/// `ioctl(4)`/`ioctl(1)`; context manager and iteration by lines.
pub fn iobase_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("io.IOBase") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "IOBase", "io", None, BaseKind::Object, &[])?;
    upy_vm::types::add_natives(vm, t, IOBASE_METHODS)?;
    vm.native_types.insert("io.IOBase", t);
    Ok(t)
}

fn str_arg(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!(
                    "open() argument '{}' must be str or None, not {}",
                    what, t
                ))
            }
        },
    }
}

/// MicroPython's stream ioctl requests (flush, close, buffer size).
pub const IOCTL_FLUSH: i64 = 1;
pub const IOCTL_CLOSE: i64 = 4;
pub const IOCTL_GET_BUFFER_SIZE: i64 = 11;

fn has_method(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    vm.try_get_attr(obj, n)
}

/// Everything a stream object written in Python has to give, read as
/// MicroPython reads a file it imports: `ioctl(11)` for a buffer size,
/// `readinto` until it returns 0 or None, then `ioctl(4)` (or `close()`).
/// Objects without `readinto` are read with `read()`.
pub fn read_stream_all(vm: &mut Vm, f: Value) -> PyResult<Vec<u8>> {
    let ioctl = has_method(vm, f, "ioctl")?;
    // A bound method is a new object, used again after other calls.
    if let Some(io) = ioctl {
        vm.roots.push(io);
    }
    let mut out = Vec::new();
    if let Some(ri) = has_method(vm, f, "readinto")? {
        vm.roots.push(ri);
        let mut size = 256;
        if let Some(io) = ioctl {
            if let Value::Int(n) =
                vm.call(io, &[Value::Int(IOCTL_GET_BUFFER_SIZE), Value::Int(0)])?
            {
                if n > 0 {
                    size = (n as usize).min(1 << 16);
                }
            }
        }
        loop {
            let buf = vm.alloc_val(upy_vm::obj::Obj::ByteArray(vec![0; size]))?;
            vm.roots.push(buf);
            let r = vm.call(ri, &[buf])?;
            let n = match readinto_count(vm, r)? {
                Some(0) | None => break,
                Some(n) => n,
            };
            let data = upy_vm::objects::bytes::buffer_bytes(vm, buf)?;
            out.extend_from_slice(&data[..n.min(data.len())]);
        }
    } else if let Some(rd) = has_method(vm, f, "read")? {
        let data = vm.call(rd, &[])?;
        out = match vm.as_str(data) {
            Some(t) => t.as_bytes().to_vec(),
            None => upy_vm::objects::bytes::buffer_bytes(vm, data)?,
        };
    }
    match ioctl {
        Some(io) => {
            vm.call(io, &[Value::Int(IOCTL_CLOSE), Value::Int(0)])?;
        }
        None => {
            if let Some(c) = has_method(vm, f, "close")? {
                vm.call(c, &[])?;
            }
        }
    }
    Ok(out)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub const OPEN: Native = Native::new(
    "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    open,
);

pub fn open(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let file = a.get(0).unwrap_or(Value::None);
    let mode_s = match a.get(1) {
        None => "r".to_string(),
        Some(v) => match vm.as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(v);
                return vm.type_error(format!("open() argument 'mode' must be str, not {}", t));
            }
        },
    };
    let mut mode = file::parse_mode(vm, &mode_s)?;
    let buffering = match a.get(2) {
        None => -1,
        Some(v) => util::i64_arg(vm, v)?,
    };
    let encoding = str_arg(vm, a.get(3), "encoding")?;
    let errors = str_arg(vm, a.get(4), "errors")?;
    let newline = str_arg(vm, a.get(5), "newline")?;
    if !mode.text {
        if encoding.is_some() {
            return vm.value_error("binary mode doesn't take an encoding argument");
        }
        if errors.is_some() {
            return vm.value_error("binary mode doesn't take an errors argument");
        }
        if newline.is_some() {
            return vm.value_error("binary mode doesn't take a newline argument");
        }
    } else if buffering == 0 {
        return vm.value_error("can't have unbuffered text I/O");
    }
    if let Some(e) = &encoding {
        let e = e.to_ascii_lowercase().replace('_', "-");
        if !matches!(e.as_str(), "utf-8" | "utf8" | "ascii" | "us-ascii") {
            let t = vm.types.lookup_error;
            return vm.err(
                t,
                format!("unknown encoding: {}", encoding.unwrap_or_default()),
            );
        }
    }
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return vm.value_error(format!("illegal newline value: {}", n));
        }
    }
    mode.newline = newline;
    mode.errors = errors;
    if matches!(file, Value::Int(_) | Value::Bool(_)) {
        return vm.type_error("open() of a file descriptor is not supported");
    }
    let is_path = vm.as_str(vm.unwrap_base(file)).is_some()
        || matches!(file, Value::Obj(g) if matches!(vm.heap.get(g), upy_vm::obj::Obj::Bytes(_)))
        || {
            let key = vm.intern("__fspath__");
            vm.is_user_value(file) && vm.lookup_special(file, key).is_some()
        };
    if !is_path {
        let t = vm.type_name(file);
        return vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            t
        ));
    }
    if let Some(c) = a.get(6) {
        if !vm.truthy(c)? {
            // Only a file descriptor can be left open, and open() takes
            // paths.
            return vm.value_error("Cannot use closefd=False with file name");
        }
    }
    let (path, _) = vfs::path_arg(vm, "open", file)?;
    match vfs::open(vm, &path, &mode.opts, &mode_s, mode.writable)? {
        vfs::Opened::Native(h, fs) => {
            // The host filesystem's files need no device.
            let fs = if vfs::is_device_fs(vm, fs) {
                fs
            } else {
                Value::None
            };
            file::new_file(vm, h, fs, file, &mode)
        }
        // A filesystem written in Python opens its own stream.
        vfs::Opened::Python(f) => Ok(f),
    }
}

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "io", &[])?;
    // `io.open` is the builtin `open` itself.
    let key = vm.intern("open");
    let f = match upy_vm::objects::dict::dict_get_str(vm, vm.builtins, key) {
        Some(f) => f,
        None => vm.new_native(&OPEN, None)?,
    };
    vm.module_set(m, "open", f)?;
    memory::register_types(vm, m)?;
    let base = iobase_type(vm)?;
    vm.module_set(m, "IOBase", Value::Obj(base))?;
    for text in [false, true] {
        let t = file::file_type(vm, text)?;
        let n = if text { "TextIOWrapper" } else { "FileIO" };
        vm.module_set(m, n, Value::Obj(t))?;
    }
    let u = unsupported_operation(vm);
    vm.module_set(m, "UnsupportedOperation", Value::Obj(u))?;
    for (name, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        vm.module_set(m, name, Value::Int(v))?;
    }
    vm.run_module_source(m, BUFFERED, "<frozen io>")?;
    Ok(m)
}
