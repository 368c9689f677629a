//! The `builtins` namespace: builtin functions, the iterator types
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`), `__build_class__`,
//! and writing to standard output.

use std::io::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::native::{Args, Native, Style};
use crate::obj::*;
use crate::objects::dict::{dict_get_str, dict_set};
use crate::objects::int;
use crate::value::{Gc, Value};
use crate::vm::{Vm, TYPE_LIST};
use crate::PyResult;
use upy_compiler::code::{BinOp, CmpOp};

/// Write text to standard output (buffered by the VM).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    write_stdout_bytes(vm, s.as_bytes())
}

/// Terminal output: buffered for the process's stdout and copied to the
/// `os.dupterm` streams. A failed write raises OSError (`stdio`).
pub fn write_stdout_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<()> {
    vm.stdout_buf.extend_from_slice(b);
    let r = if vm.stdout_buf.len() > 8192 || vm.unbuffered {
        crate::stdio::flush_stdout_for_write(vm)
    } else {
        Ok(())
    };
    if !vm.in_dupterm && vm.dupterm.iter().any(|d| !d.is_none()) {
        dupterm_write(vm, b);
    }
    r
}

/// Terminal input from the `os.dupterm` streams: a line made of what their
/// `readinto` gives, or None when they have nothing (`readinto` returns
/// None or 0, as a non-blocking stream does) so the process's stdin is
/// read instead.
pub fn dupterm_read_line(vm: &mut Vm) -> PyResult<Option<String>> {
    let mut got: Vec<u8> = Vec::new();
    'outer: loop {
        let mut progressed = false;
        for slot in 0..vm.dupterm.len() {
            let stream = vm.dupterm[slot];
            if stream.is_none() {
                continue;
            }
            let ri = vm.intern("readinto");
            let Some(f) = vm.try_get_attr(stream, ri)? else {
                continue;
            };
            let buf = vm.alloc_val(Obj::ByteArray(vec![0u8; 1]))?;
            vm.roots.push(buf);
            if let Value::Int(1) = vm.call(f, &[buf])? {
                let byte = match buf {
                    Value::Obj(g) => match vm.heap.get(g) {
                        Obj::ByteArray(b) => b[0],
                        _ => 0,
                    },
                    _ => 0,
                };
                progressed = true;
                let skip = std::mem::replace(&mut vm.dupterm_skip_lf, false);
                if skip && byte == b'\n' && got.is_empty() {
                    continue;
                }
                got.push(byte);
                vm.dupterm_skip_lf = byte == b'\r';
                if got.last() == Some(&b'\n') || got.last() == Some(&b'\r') {
                    break 'outer;
                }
            }
        }
        if !progressed {
            break;
        }
    }
    if got.is_empty() {
        return Ok(None);
    }
    while matches!(got.last(), Some(b'\n' | b'\r')) {
        got.pop();
    }
    Ok(Some(String::from_utf8_lossy(&got).into_owned()))
}

/// Copy terminal output to the `os.dupterm` streams. As MicroPython, a
/// stream whose `write` raises is detached (and the error reported).
fn dupterm_write(vm: &mut Vm, data: &[u8]) {
    vm.in_dupterm = true;
    for slot in 0..vm.dupterm.len() {
        let stream = vm.dupterm[slot];
        if stream.is_none() {
            continue;
        }
        let r = (|| -> PyResult<()> {
            let b = vm.new_bytes(data.to_vec())?;
            vm.roots.push(b);
            let w = vm.intern("write");
            let f = vm.get_attr(stream, w)?;
            vm.call(f, &[b])?;
            Ok(())
        })();
        if let Err(e) = r {
            vm.dupterm[slot] = Value::None;
            let text = crate::traceback::format_exception(vm, e);
            vm.write_stderr(&format!(
                "dupterm: Exception in write() method, deactivating: {}",
                text
            ));
        }
    }
    vm.in_dupterm = false;
}

impl Vm {
    /// Flush the standard output buffer; a failure is kept for the next
    /// flush that can report it (`stdio::flush_stdout_quietly`).
    pub fn flush_stdout(&mut self) {
        if !self.stdout_buf.is_empty() {
            crate::stdio::flush_stdout_quietly(self);
        }
    }

    /// Write text to standard error (flushing stdout first to keep order).
    pub fn write_stderr(&mut self, s: &str) {
        self.write_stderr_bytes(s.as_bytes());
    }

    /// Write bytes to standard error (flushing stdout first to keep order).
    pub fn write_stderr_bytes(&mut self, b: &[u8]) {
        self.flush_stdout();
        if self.discard_io {
            return;
        }
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(b);
        let _ = e.flush();
    }

    /// `sys.stdout` as currently set.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let m = self.sys_module?;
        let d = match self.heap.get(m) {
            Obj::Module(md) => md.dict,
            _ => return None,
        };
        let k = self.intern(name);
        dict_get_str(self, d, k)
    }
}

/// `sep=`/`end=` of print: None or a string.
fn sep_arg(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!("{} must be None or a string, not {}", name, t))
            }
        },
    }
}

fn b_print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = sep_arg(vm, a.get(0), "sep")?;
    let end = sep_arg(vm, a.get(1), "end")?;
    let mut file = a.get(2).unwrap_or(Value::None);
    let flush = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let args = a.rest();
    if file.is_none() {
        file = vm.sys_attr("stdout").unwrap_or(Value::None);
    }
    if !file.is_none() && !file.is(vm.std_streams[1]) && !file.is(vm.std_streams[2]) {
        // A Python stream gets one write() per piece, as in CPython.
        vm.roots.push(file);
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                write_to(vm, file, sep.as_deref().unwrap_or(" "))?;
            }
            let s = vm.str_string(*a)?;
            write_to(vm, file, &s)?;
        }
        write_to(vm, file, end.as_deref().unwrap_or("\n"))?;
        if flush {
            let fl = vm.names.flush;
            if let Some(f) = vm.try_get_attr(file, fl)? {
                vm.call(f, &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        match *a {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Str(_)) => {
                out.push_str(vm.as_str(*a).unwrap_or(""));
            }
            Value::Int(i) => out.push_str(&i.to_string()),
            _ => {
                let s = match vm.str_of(*a) {
                    Ok(s) => s,
                    Err(e) => {
                        // What came before the failing argument was
                        // already written, as CPython does.
                        let _ = write_to(vm, file, &out);
                        return Err(e);
                    }
                };
                out.push_str(vm.as_str(s).unwrap_or(""));
            }
        }
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    write_to(vm, file, &out)?;
    if flush {
        crate::stdio::flush_stdout_reporting(vm)?;
    }
    Ok(Value::None)
}

/// Write text to a stream object (fast path for the real stdout/stderr).
pub fn write_to(vm: &mut Vm, file: Value, s: &str) -> PyResult<()> {
    if file.is_none() || file.is(vm.std_streams[1]) {
        return write_stdout(vm, s);
    }
    if file.is(vm.std_streams[2]) {
        vm.write_stderr(s);
        return Ok(());
    }
    let w = vm.names.write;
    let f = vm.get_attr(file, w)?;
    // A stream built on MicroPython's io.IOBase protocol is written bytes
    // (as MicroPython's stream layer does); other objects get text.
    let binary_stream = match vm.native_types.get("io.IOBase") {
        Some(&base) => {
            let t = vm.type_of(file);
            t != base && vm.is_subtype(t, base) && !vm.heap.is_permanent(t)
        }
        None => false,
    };
    let sv = if binary_stream {
        vm.new_bytes(s.as_bytes().to_vec())?
    } else {
        vm.new_str(s)?
    };
    vm.call(f, &[sv])?;
    Ok(())
}

fn b_input(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(p) = a.get(0) {
        let s = vm.str_string(p)?;
        let out = vm.sys_attr("stdout").unwrap_or(Value::None);
        write_to(vm, out, &s)?;
    }
    vm.flush_stdout();
    let stdin = vm.sys_attr("stdin").unwrap_or(Value::None);
    if !stdin.is(vm.std_streams[0]) && !stdin.is_none() {
        let rl = vm.names.readline;
        let f = vm.get_attr(stdin, rl)?;
        let line = vm.call(f, &[])?;
        let s = vm.as_str(line).unwrap_or("").to_string();
        if s.is_empty() {
            let t = vm.types.eof_error;
            return vm.err(t, "EOF when reading a line");
        }
        return vm.new_str(s.strip_suffix('\n').unwrap_or(&s));
    }
    if let Some(line) = dupterm_read_line(vm)? {
        return vm.new_string(line);
    }
    match crate::stdio::input_line(vm)? {
        Some(line) => vm.new_string(line),
        None => {
            let t = vm.types.eof_error;
            vm.err(t, "EOF when reading a line")
        }
    }
}

fn b_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.repr_of(a.arg(0))
}

fn b_ascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.ascii_of(a.arg(0))
}

fn b_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let spec = match a.get(1) {
        Some(s) => s,
        None => vm.intern(""),
    };
    vm.format_value(a.arg(0), spec)
}

fn b_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len_of(a.arg(0))? as i64))
}

fn b_abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    abs_of(vm, a.arg(0))
}

fn abs_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => {
            return match i.checked_abs() {
                Some(a) => Ok(Value::Int(a)),
                None => vm.new_bigint(BigInt::from(i).abs()),
            }
        }
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::BigInt(b) => {
                let a = b.abs();
                return vm.new_bigint(a);
            }
            Obj::Complex(r, i) => return Ok(Value::Float(r.hypot(*i))),
            _ => {}
        },
        _ => {}
    }
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__abs__) {
            return vm.call_bound(f, v, &[]);
        }
        let base = vm.unwrap_base(v);
        if !base.is(v) {
            return abs_of(vm, base);
        }
    }
    let t = vm.type_name(v);
    vm.type_error(format!("bad operand type for abs(): '{}'", t))
}

/// An integer argument via `__index__` (for bin/oct/hex/chr...).
pub fn index_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_big(vm, v) {
        return Ok(b);
    }
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__index__) {
            let r = vm.call_bound(f, v, &[])?;
            if let Some(b) = int::to_big(vm, r) {
                return Ok(b);
            }
            let t = vm.type_name(r);
            return vm.type_error(format!("__index__ returned non-int (type {})", t));
        }
    }
    let t = vm.type_name(v);
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        t
    ))
}

fn radix(vm: &mut Vm, v: Value, r: u32, p: &str) -> PyResult<Value> {
    let b = index_arg(vm, v)?;
    let s = int::format_radix(&b, r, p);
    vm.new_string(s)
}

fn b_bin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a.arg(0), 2, "0b")
}

fn b_oct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a.arg(0), 8, "0o")
}

fn b_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a.arg(0), 16, "0x")
}

fn b_chr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = index_arg(vm, a.arg(0))?;
    match b.to_u32().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.intern(c.encode_utf8(&mut buf)))
        }
        None => {
            if b.to_u32().is_some_and(|n| n < 0x110000) {
                // A lone surrogate: not representable; use the replacement char.
                return Ok(vm.intern("\u{fffd}"));
            }
            if b > BigInt::from(i32::MAX) {
                return vm.overflow_error("signed integer is greater than maximum");
            }
            if b < BigInt::from(i32::MIN) {
                return vm.overflow_error("signed integer is less than minimum");
            }
            vm.value_error("chr() arg not in range(0x110000)")
        }
    }
}

fn b_ord(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(s) = vm.as_str(a.arg(0)) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => {
                let n = s.chars().count();
                vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                ))
            }
        };
    }
    if let Some(b) = crate::objects::bytes::try_buffer_bytes(vm, a.arg(0)) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ));
    }
    let t = vm.type_name(a.arg(0));
    vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        t
    ))
}

fn b_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(a.arg(0))?))
}

fn b_id(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.arg(0);
    Ok(Value::Int(match v {
        Value::Obj(_) => crate::format::address_of(v) as i64,
        Value::Int(i) => 0x1000 + (i.wrapping_mul(2)),
        Value::Float(f) => f.to_bits() as i64 >> 1,
        Value::Bool(b) => 0x100 + b as i64,
        Value::None => 0x10,
        Value::NotImplemented => 0x20,
        Value::Ellipsis => 0x30,
    }))
}

fn b_callable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.is_callable(a.arg(0))))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Function(_)
                | Obj::NativeFn(_)
                | Obj::BoundMethod(..)
                | Obj::Type(_)
                | Obj::StaticMethod(_) => true,
                Obj::Instance(_) | Obj::Native(..) | Obj::Exception(_) => {
                    self.lookup_special(v, self.names.__call__).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    crate::objects::object::attr_name(vm, v)
}

fn b_getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(1))?;
    match a.get(2) {
        None => vm.get_attr(a.arg(0), name),
        Some(d) => match vm.try_get_attr(a.arg(0), name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d),
            Err(e) if vm.exc_matches(e, vm.types.attribute_error) => Ok(d),
            Err(e) => Err(e),
        },
    }
}

fn b_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(1))?;
    vm.set_attr(a.arg(0), name, a.arg(2))?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(1))?;
    vm.del_attr(a.arg(0), name)?;
    Ok(Value::None)
}

fn b_hasattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(1))?;
    match vm.try_get_attr(a.arg(0), name) {
        Ok(r) => Ok(Value::Bool(r.is_some())),
        Err(e) if vm.exc_matches(e, vm.types.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// isinstance/issubclass class-spec check, recursing into tuples.
fn class_check(vm: &mut Vm, v: Value, spec: Value, sub: bool, depth: usize) -> PyResult<bool> {
    if depth > 100 {
        let t = vm.types.recursion_error;
        return vm.err(t, "maximum recursion depth exceeded in __instancecheck__");
    }
    match spec {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Type(_) => {
                let meta = vm.type_of(spec);
                if meta != vm.types.type_ {
                    let name = if sub {
                        vm.names.__subclasscheck__
                    } else {
                        vm.names.__instancecheck__
                    };
                    if let Some(f) = vm.lookup_type(meta, name) {
                        if !vm.is_object_slot(
                            f,
                            if sub {
                                "__subclasscheck__"
                            } else {
                                "__instancecheck__"
                            },
                        ) {
                            let r = vm.call_bound(f, spec, &[v])?;
                            return vm.truthy(r);
                        }
                    }
                }
                if sub {
                    match v {
                        Value::Obj(vg) if matches!(vm.heap.get(vg), Obj::Type(_)) => {
                            Ok(vm.is_subtype(vg, g))
                        }
                        _ => vm.type_error("issubclass() arg 1 must be a class"),
                    }
                } else {
                    Ok(vm.isinstance(v, g))
                }
            }
            Obj::Tuple(_) => {
                let items = crate::objects::seq_ops::seq_items(vm, spec);
                for it in items {
                    if class_check(vm, v, it, sub, depth + 1)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => class_spec_error(vm, sub),
        },
        _ => class_spec_error(vm, sub),
    }
}

fn class_spec_error<T>(vm: &mut Vm, sub: bool) -> PyResult<T> {
    if sub {
        vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    } else {
        vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
}

fn b_isinstance(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(class_check(vm, a.arg(0), a.arg(1), false, 0)?))
}

fn b_issubclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !vm.is_type(a.arg(0)) {
        return vm.type_error("issubclass() arg 1 must be a class");
    }
    Ok(Value::Bool(class_check(vm, a.arg(0), a.arg(1), true, 0)?))
}

fn b_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(s) = a.get(1) {
        if !vm.is_callable(a.arg(0)) {
            return vm.type_error("iter(v, w): v must be callable");
        }
        return vm.alloc_val(Obj::Iter(Box::new(IterKind::Callable {
            f: a.arg(0),
            sentinel: s,
        })));
    }
    vm.get_iter(a.arg(0))
}

fn b_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(1) {
        None => vm.next_raw(a.arg(0)),
        Some(d) => match vm.next_raw(a.arg(0)) {
            Ok(v) => Ok(v),
            Err(e) if vm.exc_matches(e, vm.types.stop_iteration) => Ok(d),
            Err(e) => Err(e),
        },
    }
}

fn b_all(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = vm.get_iter(a.arg(0))?;
    vm.roots.push(it);
    while let Some(x) = vm.next(it)? {
        if !vm.truthy(x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_any(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = vm.get_iter(a.arg(0))?;
    vm.roots.push(it);
    while let Some(x) = vm.next(it)? {
        if vm.truthy(x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_sum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut acc = a.get(1).unwrap_or(Value::Int(0));
    if vm.as_str(acc).is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if crate::objects::bytes::try_buffer_bytes(vm, acc).is_some() {
        let t = vm.type_name(acc);
        return vm.type_error(format!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            if t == "bytes" { "bytes" } else { "bytearray" }
        ));
    }
    let it = vm.get_iter(a.get(0).unwrap_or(Value::None))?;
    vm.roots.push(it);
    while let Some(x) = vm.next(it)? {
        acc = match (acc, x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(q) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(BinOp::Add, acc, x)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => vm.binary_op(BinOp::Add, acc, x)?,
        };
        vm.roots.push(acc);
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = a.get(0).unwrap_or(Value::None);
    let default = a.get(1);
    let args = a.rest();
    // The candidates one at a time (an iterable is not collected first:
    // max(range(10**6)) needs no list).
    let it = match args.len() {
        0 => return vm.type_error(format!("{} expected at least 1 argument, got 0", name)),
        1 => vm.get_iter(args[0])?,
        _ => {
            if default.is_some() {
                return vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                ));
            }
            let t = vm.new_tuple(args.to_vec())?;
            vm.roots.push(t);
            vm.get_iter(t)?
        }
    };
    let mark = vm.roots.len();
    // Roots: the iterator, the best item and its key (updated in place).
    vm.roots.extend_from_slice(&[it, Value::None, Value::None]);
    let Some(first) = vm.next(it)? else {
        vm.roots.truncate(mark);
        return match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{}() arg is an empty sequence", name)),
        };
    };
    let mut best = first;
    vm.roots[mark + 1] = best;
    let mut best_key = if key.is_none() {
        best
    } else {
        vm.call(key, &[best])?
    };
    vm.roots[mark + 2] = best_key;
    while let Some(item) = vm.next(it)? {
        let slot = vm.roots.len();
        vm.roots.push(item);
        let k = if key.is_none() {
            item
        } else {
            vm.call(key, &[item])?
        };
        vm.roots.push(k);
        let better = match (k, best_key) {
            (Value::Int(x), Value::Int(y)) => {
                if op == CmpOp::Lt {
                    x < y
                } else {
                    x > y
                }
            }
            _ => {
                let r = vm.compare(op, k, best_key)?;
                vm.truthy(r)?
            }
        };
        if better {
            best = item;
            best_key = k;
            vm.roots[mark + 1] = best;
            vm.roots[mark + 2] = best_key;
        }
        vm.roots.truncate(slot);
    }
    vm.roots.truncate(mark);
    Ok(best)
}

fn b_min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "min", CmpOp::Lt)
}

fn b_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "max", CmpOp::Gt)
}

fn b_sorted(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // CPython checks the one positional argument itself, then hands the
    // keywords to list.sort, whose name its errors carry.
    let args = a.rest();
    if args.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let (mut key, mut reverse) = (Value::None, None);
    for &(k, v) in a.extra_kw() {
        match vm.as_str(k) {
            Some("key") => key = v,
            Some("reverse") => reverse = Some(v),
            _ => {
                let ks = vm.as_str(k).unwrap_or("").to_string();
                return vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    ks
                ));
            }
        }
    }
    let mut items = vm.collect_iterable(args[0])?;
    let l = vm.new_list(Vec::new())?;
    vm.roots.push(l);
    let reverse = match reverse {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    crate::objects::list::sort_values(vm, &mut items, key, reverse)?;
    if let Value::Obj(g) = l {
        if let Obj::List(v) = vm.heap.get_mut(g) {
            *v = items;
        }
    }
    Ok(l)
}

fn b_divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (a, b) = (a.arg(0), a.arg(1));
    if vm.is_user_value(a) || vm.is_user_value(b) {
        let n = vm.names.__divmod__;
        if let Some(f) = vm.lookup_special(a, n) {
            let r = vm.call_bound(f, a, &[b])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let n = vm.names.__rdivmod__;
        if let Some(f) = vm.lookup_special(b, n) {
            let r = vm.call_bound(f, b, &[a])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let is_num =
        |vm: &Vm, v: Value| int::is_int(vm, v) || matches!(vm.unwrap_base(v), Value::Float(_));
    if !is_num(vm, a) || !is_num(vm, b) {
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            ta, tb
        ));
    }
    let is_float = |vm: &Vm, v: Value| matches!(vm.unwrap_base(v), Value::Float(_));
    if (is_float(vm, a) || is_float(vm, b)) && crate::objects::float::to_f64(vm, b)? == 0.0 {
        return vm.zero_div("float divmod()");
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
    vm.roots.push(q);
    let r = vm.binary_op(BinOp::Mod, a, b)?;
    vm.new_tuple(vec![q, r])
}

fn b_pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = (
        a.get(0).unwrap_or(Value::None),
        a.get(1).unwrap_or(Value::None),
    );
    match a.get(2) {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, x, y),
        Some(m) => {
            if !(int::is_int(vm, x) && int::is_int(vm, y) && int::is_int(vm, m)) {
                // Ternary pow of a user type calls its __pow__(exp, mod)
                // (never __rpow__, as CPython).
                if vm.is_user_value(x) {
                    let pn = vm.names.__pow__;
                    if let Some(f) = vm.lookup_special(x, pn) {
                        let r = vm.call_bound(f, x, &[y, m])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
                let is_num = |vm: &Vm, v: Value| {
                    int::is_int(vm, v) || matches!(vm.unwrap_base(v), Value::Float(_))
                };
                if is_num(vm, x) && is_num(vm, y) && is_num(vm, m) {
                    return vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    );
                }
                let (a, b, c) = (vm.type_name(x), vm.type_name(y), vm.type_name(m));
                return vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    a, b, c
                ));
            }
            let (bx, by, bm) = (
                int::to_big(vm, x).unwrap_or_default(),
                int::to_big(vm, y).unwrap_or_default(),
                int::to_big(vm, m).unwrap_or_default(),
            );
            if bm.is_zero() {
                return vm.value_error("pow() 3rd argument cannot be 0");
            }
            let mabs = bm.abs();
            let base = if by.is_negative() {
                match mod_inverse(&bx, &mabs) {
                    Some(inv) => inv,
                    None => return vm.value_error("base is not invertible for the given modulus"),
                }
            } else {
                bx.clone()
            };
            let e = by.abs();
            // A squaring and a reduction modulo m per bit of the exponent.
            let wm = mabs.bits() / 64 + 1;
            int::charge_big_work(vm, wm.saturating_mul(wm).saturating_mul(e.bits()))?;
            let mut r = base.modpow(&e, &mabs);
            if r.is_negative() {
                r += &mabs;
            }
            // Result has the sign of the modulus.
            if bm.is_negative() && !r.is_zero() {
                r -= &mabs;
            }
            vm.new_bigint(r)
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (((a % m) + m) % m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(((old_s % m) + m) % m)
}

fn b_round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = a.get(0).unwrap_or(Value::None);
    let nd = a.get(1).filter(|v| !v.is_none());
    if vm.is_user_value(x) {
        if let Some(f) = vm.lookup_special(x, vm.names.__round__) {
            return match nd {
                Some(n) => vm.call_bound(f, x, &[n]),
                None => vm.call_bound(f, x, &[]),
            };
        }
    }
    let xb = vm.unwrap_base(x);
    match xb {
        Value::Float(f) => match nd {
            None => {
                let r = f.round_ties_even();
                int::float_to_int(vm, r)
            }
            Some(n) => {
                let n = index_arg(vm, n)?;
                let n = n
                    .to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                Ok(Value::Float(crate::objects::float::round_digits(vm, f, n)?))
            }
        },
        _ if int::is_int(vm, xb) => match nd {
            None => int::int_from_value(vm, xb),
            Some(n) => {
                let n = index_arg(vm, n)?;
                if !n.is_negative() {
                    return int::int_from_value(vm, xb);
                }
                let b = int::to_big(vm, xb).unwrap_or_default();
                // |b| < 2**bits <= 10**(k-1) < 10**k / 2 once k exceeds
                // bits/3 + 1: the answer is 0, and 10**k (sized by the
                // program, possibly gigabytes) is never computed.
                let k = match (-n).to_u64() {
                    Some(k) if k <= b.bits() / 3 + 1 => k,
                    _ => return Ok(Value::Int(0)),
                };
                let p = num_traits::pow(BigInt::from(10), k as usize);
                let q = num_integer::Integer::div_floor(&b, &p);
                let r = &b - &q * &p;
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                vm.new_bigint(q * p)
            }
        },
        _ => {
            if let Value::Obj(g) = xb {
                if matches!(vm.heap.get(g), Obj::Complex(..)) {
                    return vm.type_error("type complex doesn't define __round__ method");
                }
            }
            let t = vm.type_name(x);
            vm.type_error(format!("type {} doesn't define __round__ method", t))
        }
    }
}

fn b_globals(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(Value::Obj(vm.new_dict()?)),
    }
}

/// The current frame's locals as a dict.
pub fn frame_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(Value::Obj(vm.new_dict()?));
    };
    if let Some(l) = f.locals {
        return Ok(Value::Obj(l));
    }
    let co = f.code.co.clone();
    let base = f.base;
    let dg = vm.new_dict()?;
    let d = Value::Obj(dg);
    vm.roots.push(d);
    let nvar = co.varnames.len();
    for (i, n) in co.varnames.iter().enumerate() {
        let v = vm.stack[base + i];
        if !crate::call::is_unbound(v) && !co.cell2arg.contains(&Some(i as u32)) {
            let k = vm.intern(n);
            dict_set(vm, dg, k, v)?;
        }
    }
    for (i, n) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
        if let Value::Obj(c) = vm.stack[base + nvar + i] {
            if let Obj::Cell(v) = vm.heap.get(c) {
                let v = *v;
                if !crate::call::is_unbound(v) {
                    let k = vm.intern(n);
                    dict_set(vm, dg, k, v)?;
                }
            }
        }
    }
    Ok(d)
}

fn b_locals(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    frame_locals(vm)
}

fn b_vars(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        None => frame_locals(vm),
        Some(v) => {
            let d = vm.names.__dict__;
            match vm.try_get_attr(v, d) {
                Ok(Some(x)) => Ok(x),
                _ => vm.type_error("vars() argument must have __dict__ attribute"),
            }
        }
    }
}

/// `dir(v)`: sorted attribute names.
pub fn dir_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    let mut dicts: Vec<Gc> = Vec::new();
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Module(m) => dicts.push(m.dict),
            Obj::Type(t) => {
                for &c in &t.mro {
                    dicts.push(vm.type_obj(c).dict);
                }
            }
            _ => {
                if let Some(d) = vm.instance_dict(v) {
                    dicts.push(d);
                }
                let t = vm.type_of(v);
                for &c in &vm.type_obj(t).mro.clone() {
                    dicts.push(vm.type_obj(c).dict);
                }
            }
        },
        _ => {
            let t = vm.type_of(v);
            for &c in &vm.type_obj(t).mro.clone() {
                dicts.push(vm.type_obj(c).dict);
            }
        }
    }
    for d in dicts {
        for (k, _) in crate::objects::dict::dict_pairs(vm, Value::Obj(d)) {
            if vm.as_str(k).is_some() {
                names.push(k);
            }
        }
    }
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|n| vm.as_str(*n).map(|s| s.to_string()))
        .collect();
    if !matches!(v, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Module(_))) {
        strs.push("__class__".into());
        strs.push("__doc__".into());
        if vm.instance_dict(v).is_some() || vm.is_type(v) {
            strs.push("__dict__".into());
            strs.push("__module__".into());
        }
    }
    strs.sort();
    strs.dedup();
    let mut out = Vec::with_capacity(strs.len());
    for s in strs {
        out.push(vm.intern(&s));
    }
    vm.new_list(out)
}

fn b_dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        Some(v) => {
            if vm.is_user_value(v) && !vm.is_type(v) {
                let dn = vm.names.__dir__;
                if let Some(f) = vm.lookup_special(v, dn) {
                    if !vm.is_object_slot(f, "__dir__") {
                        let r = vm.call_bound(f, v, &[])?;
                        let mut items = vm.collect_iterable(r)?;
                        crate::objects::list::sort_values(vm, &mut items, Value::None, false)?;
                        return vm.new_list(items);
                    }
                }
            }
            dir_of(vm, v)
        }
        None => {
            let l = frame_locals(vm)?;
            let mut keys: Vec<String> = crate::objects::dict::dict_pairs(vm, l)
                .into_iter()
                .filter_map(|(k, _)| vm.as_str(k).map(|s| s.to_string()))
                .collect();
            keys.sort();
            let mut out = Vec::new();
            for k in keys {
                out.push(vm.intern(&k));
            }
            vm.new_list(out)
        }
    }
}

/// Turn a compiler error into a SyntaxError/IndentationError value.
pub fn syntax_error_value(
    vm: &mut Vm,
    e: &upy_syntax::SyntaxError,
    filename: &str,
    src: &str,
) -> Value {
    let t = match e.kind {
        upy_syntax::error::ErrorKind::Indentation => vm.types.indentation_error,
        _ => vm.types.syntax_error,
    };
    let r = (|| -> PyResult<Value> {
        let msg = vm.new_str(&e.msg)?;
        vm.roots.push(msg);
        let fname = vm.new_str(filename)?;
        vm.roots.push(fname);
        let line_text = src
            .lines()
            .nth((e.line as usize).saturating_sub(1))
            .unwrap_or("");
        let text = vm.new_string(format!("{}\n", line_text))?;
        vm.roots.push(text);
        let details = vm.new_tuple(vec![
            fname,
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text,
        ])?;
        vm.roots.push(details);
        Ok(vm.new_exc_args(t, vec![msg, details]))
    })();
    r.unwrap_or_else(|e| e)
}

fn code_arg(
    vm: &mut Vm,
    src: Value,
    fname: &str,
    mode: upy_compiler::Mode,
    filename: &str,
) -> PyResult<std::rc::Rc<Code>> {
    if let Value::Obj(g) = src {
        if let Obj::Code(c) = vm.heap.get(g) {
            return Ok(c.clone());
        }
    }
    let text = match vm.as_str(src) {
        Some(s) => s.to_string(),
        None => match crate::objects::bytes::try_buffer_bytes(vm, src) {
            // Source bytes may start with a UTF-8 byte-order mark (not a str).
            Some(b) => {
                String::from_utf8_lossy(b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b)).into_owned()
            }
            None => {
                return vm.type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    fname
                ));
            }
        },
    };
    let text = if mode == upy_compiler::Mode::Eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    let opts = upy_compiler::Options {
        optimize: vm.optimize,
    };
    match upy_compiler::compile_source(&text, filename, mode, opts) {
        Ok(co) => vm.code_from(co),
        Err(e) => Err(syntax_error_value(vm, &e, filename, &text)),
    }
}

fn eval_exec(vm: &mut Vm, a: &Args, name: &str, mode: upy_compiler::Mode) -> PyResult<Value> {
    let src = a.get(0).unwrap_or(Value::None);
    let globals = match a.get(1) {
        None | Some(Value::None) => None,
        Some(g) => match crate::objects::dict::dict_gc(vm, g) {
            Some(d) if matches!(vm.heap.get(d), Obj::Dict(_)) => Some(d),
            _ => {
                if name == "eval" {
                    // As CPython: a mapping that is not a dict is told where
                    // it may go.
                    if vm.lookup_special(g, vm.names.__getitem__).is_some() {
                        return vm.type_error(
                            "globals must be a real dict; try eval(expr, {}, mapping)",
                        );
                    }
                    return vm.type_error("globals must be a dict");
                }
                let t = vm.type_name(g);
                return vm.type_error(format!("{}() globals must be a dict, not {}", name, t));
            }
        },
    };
    let locals = match a.get(2) {
        None | Some(Value::None) => None,
        Some(l) => match crate::objects::dict::dict_gc(vm, l) {
            Some(d) => Some(d),
            // As CPython: any mapping, read and written through its methods.
            None if l.as_gc().is_some() && vm.lookup_special(l, vm.names.__getitem__).is_some() => {
                l.as_gc()
            }
            None => return vm.type_error("locals must be a mapping"),
        },
    };
    let code = code_arg(vm, src, name, mode, "<string>")?;
    let (g, l) = match (globals, locals) {
        (Some(g), l) => (g, l.or(Some(g))),
        (None, l) => {
            let fg = vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins);
            let fl = match l {
                Some(l) => l,
                None => {
                    let d = frame_locals(vm)?;
                    d.as_gc().unwrap_or(fg)
                }
            };
            (fg, Some(fl))
        }
    };
    // As CPython: globals without `__builtins__` get the builtins' dict.
    let bk = vm.names.__builtins__;
    if dict_get_str(vm, g, bk).is_none() {
        let b = Value::Obj(vm.builtins);
        dict_set(vm, g, bk, b)?;
    }
    let r = vm.run_code(code, g, l)?;
    Ok(if mode == upy_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn b_eval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    eval_exec(vm, a, "eval", upy_compiler::Mode::Eval)
}

fn b_exec(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    eval_exec(vm, a, "exec", upy_compiler::Mode::Exec)
}

fn b_compile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let filename = vm.str_string(a.get(1).unwrap_or(Value::None))?;
    let mode = match a
        .get(2)
        .and_then(|m| vm.as_str(m).map(|s| s.to_string()))
        .as_deref()
    {
        Some("exec") => upy_compiler::Mode::Exec,
        Some("eval") => upy_compiler::Mode::Eval,
        Some("single") => upy_compiler::Mode::Single,
        _ => return vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    let code = code_arg(
        vm,
        a.get(0).unwrap_or(Value::None),
        "compile",
        mode,
        &filename,
    )?;
    vm.alloc_val(Obj::Code(code))
}

fn b_import(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = a.get(0).unwrap_or(Value::None);
    if vm.as_str(name).is_none() {
        return vm.type_error("module name must be a string");
    }
    let globals = match a.get(1) {
        Some(Value::Obj(g)) if matches!(vm.heap.get(g), Obj::Dict(_)) => g,
        _ => vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins),
    };
    let fromlist = a.get(3).unwrap_or(Value::None);
    let level = a.get(4).unwrap_or(Value::Int(0));
    crate::import::import_module_level(vm, name, fromlist, level, globals)
}

fn b_help(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.get(0).is_none() {
        write_stdout(
            vm,
            "Welcome to upy, a MicroPython-compatible Python in Rust.\n\nType help(obj) for the attributes of an object.\n",
        )?;
        return Ok(Value::None);
    }
    let names = dir_of(vm, a.arg(0))?;
    let r = vm.repr_of(a.arg(0))?;
    let mut out = format!(
        "object {} is of type {}\n",
        vm.as_str(r).unwrap_or(""),
        vm.type_name(a.arg(0))
    );
    for n in crate::objects::seq_ops::seq_items(vm, names) {
        let s = vm.as_str(n).unwrap_or("").to_string();
        if !s.starts_with("__") {
            out.push_str(&format!("  {}\n", s));
        }
    }
    write_stdout(vm, &out)?;
    Ok(Value::None)
}

fn b_build_class(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.rest();
    if args.len() < 2 {
        return vm.type_error("__build_class__: not enough arguments");
    }
    let func = args[0];
    let name = args[1];
    if vm.as_str(name).is_none() {
        return vm.type_error("__build_class__: name is not a string");
    }
    let bases = &args[2..];
    let mut meta: Option<Value> = None;
    let mut rest_kw: Vec<(Value, Value)> = Vec::new();
    for &(k, v) in a.extra_kw() {
        if vm.as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            rest_kw.push((k, v));
        }
    }
    for b in bases {
        if !vm.is_type(*b) {
            let t = vm.type_name(*b);
            let _ = t;
            return vm.type_error("bases must be types");
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(*b)),
            None => Value::Obj(vm.types.type_),
        },
    };
    // The most derived metaclass among the bases'.
    let meta = if let Value::Obj(mg) = meta {
        if vm.is_type(meta) {
            let mut winner = mg;
            for b in bases {
                let bm = vm.type_of(*b);
                if vm.is_subtype(bm, winner) {
                    winner = bm;
                } else if !vm.is_subtype(winner, bm) {
                    return vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
                }
            }
            Value::Obj(winner)
        } else {
            meta
        }
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases.to_vec())?;
    vm.roots.push(bases_t);
    let prep = vm.intern("__prepare__");
    let ns = match vm.try_get_attr(meta, prep)? {
        Some(p) if matches!(meta, Value::Obj(mg) if vm.is_type(meta) && vm.lookup_type(mg, prep).is_some()) => {
            vm.call_kw(p, &[name, bases_t], &rest_kw)?
        }
        _ => Value::Obj(vm.new_dict()?),
    };
    vm.roots.push(ns);
    let Some(nsg) = crate::objects::dict::dict_gc(vm, ns) else {
        return vm.type_error("__prepare__() must return a mapping");
    };
    let cell = vm.run_class_body(func, nsg)?;
    if !cell.is_none() {
        let k = vm.names.__classcell__;
        dict_set(vm, nsg, k, cell)?;
    }
    let cls = vm.call_kw(meta, &[name, bases_t, ns], &rest_kw)?;
    Ok(cls)
}

fn b_aiter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::objects::generator::get_aiter(vm, a.arg(0))
}

// ----- iterator types -----

fn enumerate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // CPython words this one without the position.
    if a.get(0).is_none() {
        return vm.type_error("enumerate() missing required argument 'iterable'");
    }
    let it = vm.get_iter(a.get(0).unwrap_or(Value::None))?;
    vm.roots.push(it);
    let n = match a.get(1) {
        Some(s) => {
            // Any integer, or an object with __index__.
            let b = index_arg(vm, s)?;
            vm.new_bigint(b)?
        }
        None => Value::Int(0),
    };
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Enumerate { it, n })))
}

fn zip_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let strict = match a.get(0) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let args = a.rest();
    let mut its = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => {
                vm.roots.push(it);
                its.push(it);
            }
            Err(e) => {
                if vm.exc_matches(e, vm.types.type_error) && !vm.is_user_value(a) {
                    let t = vm.type_name(a);
                    let _ = i;
                    return vm.type_error(format!("'{}' object is not iterable", t));
                }
                return Err(e);
            }
        }
    }
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Zip { its, strict })))
}

fn map_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.rest();
    if args.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for &a in &args[1..] {
        let it = vm.get_iter(a)?;
        vm.roots.push(it);
        its.push(it);
    }
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Map { f: args[0], its })))
}

fn filter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = vm.get_iter(a.arg(1))?;
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Filter { f: a.arg(0), it })))
}

fn reversed_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let seq = a.arg(0);
    if vm.is_user_value(seq) {
        let rn = vm.names.__reversed__;
        if let Some(f) = vm.lookup_special(seq, rn) {
            if f.is_none() {
                // `__reversed__ = None` opts out.
                let t = vm.type_name(seq);
                return vm.type_error(format!("'{}' object is not reversible", t));
            }
            return vm.call_bound(f, seq, &[]);
        }
        let has_getitem = vm.lookup_special(seq, vm.names.__getitem__).is_some();
        if has_getitem && vm.lookup_special(seq, vm.names.__len__).is_none() {
            let t = vm.type_name(seq);
            return vm.type_error(format!("object of type '{}' has no len()", t));
        }
    }
    let ok = match seq {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => true,
            Obj::Range(_) => return crate::objects::range::range_reversed(vm, g),
            Obj::Instance(_) | Obj::Native(..) => {
                vm.lookup_special(seq, vm.names.__getitem__).is_some()
                    && vm.lookup_special(seq, vm.names.__len__).is_some()
            }
            Obj::Dict(_) | Obj::DictView(..) => {
                // Dicts and views reverse their insertion order.
                let items = vm.collect_iterable(seq)?;
                let mut items = items;
                items.reverse();
                let l = vm.new_list(items)?;
                return vm.get_iter(l);
            }
            _ => false,
        },
        _ => false,
    };
    if !ok {
        let t = vm.type_name(seq);
        return vm.type_error(format!("'{}' object is not reversible", t));
    }
    let n = vm.len_of(seq)?;
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Reversed { seq, idx: n })))
}

fn iter_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.next_raw(a.this())
}

fn iter_iter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

/// `execfile(filename, globals=None, locals=None)`, MicroPython's: the
/// file read through the import filesystem (so a mounted VFS serves it),
/// then run as `exec` runs source.
fn b_execfile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(path) = vm.as_str(a.arg(0)).map(str::to_string) else {
        let t = vm.type_name(a.arg(0));
        return vm.type_error(format!("execfile() arg 1 must be str, not {}", t));
    };
    let bytes = match vm.import_fs {
        Some(fs) => (fs.read)(vm, &path)?,
        None => match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => return vm.os_error(e.raw_os_error().unwrap_or(2), &e.to_string()),
        },
    };
    let src = String::from_utf8_lossy(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes));
    let src = vm.new_str(&src)?;
    vm.roots.push(src);
    let key = vm.intern("exec");
    let Some(exec) = dict_get_str(vm, vm.builtins, key) else {
        return vm.type_error("exec is not available");
    };
    let (g, l) = (a.value(vm, 1)?, a.value(vm, 2)?);
    vm.call(exec, &[src, g, l])
}

const ITERATOR_METHODS: &[Native] = &[
    Native::slot("__next__(self, /)", iter_next),
    Native::slot("__iter__(self, /)", iter_iter),
];

/// The builtin functions, with CPython's signatures.
const FUNCTIONS: &[Native] = &[
    Native::new(
        "print(*args, sep=' ', end=..., file=None, flush=False)",
        b_print,
    ),
    Native::new("input(prompt='', /)", b_input),
    Native::new("repr(obj, /)", b_repr),
    Native::new("ascii(obj, /)", b_ascii),
    Native::new("format(value, format_spec='', /)", b_format),
    Native::new("len(obj, /)", b_len),
    Native::new("abs(x, /)", b_abs),
    Native::new("bin(number, /)", b_bin),
    Native::new("oct(number, /)", b_oct),
    Native::new("hex(number, /)", b_hex),
    Native::new("chr(i, /)", b_chr),
    Native::new("ord(c, /)", b_ord),
    Native::new("hash(obj, /)", b_hash),
    Native::new("id(obj, /)", b_id),
    Native::new("callable(obj, /)", b_callable),
    Native::new("getattr(object, name, default=..., /)", b_getattr),
    Native::new("setattr(obj, name, value, /)", b_setattr),
    Native::new("delattr(obj, name, /)", b_delattr),
    Native::new("hasattr(obj, name, /)", b_hasattr),
    Native::new("isinstance(obj, class_or_tuple, /)", b_isinstance),
    Native::new("issubclass(klass, class_or_tuple, /)", b_issubclass),
    Native::new("iter(object, sentinel=..., /)", b_iter),
    Native::new("next(iterator, default=..., /)", b_next),
    Native::new("all(iterable, /)", b_all),
    Native::new("any(iterable, /)", b_any),
    Native::new("sum(iterable, /, start=0)", b_sum),
    Native::legacy("min(*args, key=None, default=...)", b_min),
    Native::legacy("max(*args, key=None, default=...)", b_max),
    // sorted checks its one positional argument itself (CPython's wording).
    Native::new("sorted(*args, **kwargs)", b_sorted),
    Native::new("divmod(x, y, /)", b_divmod),
    Native::new("pow(base, exp, mod=None)", b_pow),
    Native::new("round(number, ndigits=None)", b_round),
    Native::new("globals()", b_globals),
    Native::new("locals()", b_locals),
    Native::new("vars(object=..., /)", b_vars),
    Native::new("dir(object=..., /)", b_dir),
    Native::new("eval(source, globals=None, locals=None, /)", b_eval),
    Native::new("exec(source, globals=None, locals=None, /)", b_exec),
    Native::new(
        "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)",
        b_compile,
    ),
    Native::new(
        "__import__(name, globals=None, locals=None, fromlist=..., level=0)",
        b_import,
    ),
    Native::new("help(request=..., /)", b_help),
    Native::new("__build_class__(*args, **kwargs)", b_build_class),
    Native::new("aiter(async_iterable, /)", b_aiter),
    Native::new(
        "execfile(filename, globals=None, locals=None, /)",
        b_execfile,
    ),
];

/// Create the builtins namespace.
pub fn init_builtins(vm: &mut Vm) {
    let dg = vm.new_dict().expect("bootstrap allocation");
    vm.builtins = dg;
    vm.heap.make_permanent(dg);
    crate::objects::init(vm).expect("bootstrap allocation");
    // Types visible by name. Internal ones (function, iterator...) are not.
    const HIDDEN: &[&str] = &[
        "NoneType",
        "NotImplementedType",
        "ellipsis",
        "function",
        "builtin_function_or_method",
        "bound_method",
        "module",
        "cell",
        "generator",
        "coroutine",
        "async_generator",
        "iterator",
        "dict_keys",
        "dict_values",
        "dict_items",
        "code",
        "callable_iterator",
        "list_iterator",
        "tuple_iterator",
        "range_iterator",
        "longrange_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "bytearray_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
    ];
    for (i, name) in TYPE_LIST.iter().enumerate() {
        if HIDDEN.contains(name) {
            continue;
        }
        let g = type_by_index(vm, i);
        let k = vm.intern(name);
        let _ = dict_set(vm, dg, k, Value::Obj(g));
    }
    let ty = vm.types.clone_basic();
    let constructors: [(Gc, Native); 5] = [
        (
            ty.enumerate,
            Native::new("enumerate(cls, iterable=..., start=0)", enumerate_new),
        ),
        (
            ty.zip,
            Native::legacy("zip(cls, *iterables, strict=False)", zip_new),
        ),
        (ty.map, Native::new("map(cls, *args)", map_new)),
        (
            ty.filter,
            Native::new("filter(cls, function, iterable, /)", filter_new),
        ),
        (
            ty.reversed,
            Native::new("reversed(cls, sequence, /)", reversed_new).worded(Style::Positional),
        ),
    ];
    for (t, n) in constructors {
        crate::types::add_natives(vm, t, &[n.at("__new__")]).expect("bootstrap allocation");
    }
    for t in [
        ty.iterator,
        ty.enumerate,
        ty.zip,
        ty.map,
        ty.filter,
        ty.reversed,
        ty.callable_iterator,
        ty.list_iterator,
        ty.tuple_iterator,
        ty.range_iterator,
        ty.longrange_iterator,
        ty.str_iterator,
        ty.bytes_iterator,
        ty.bytearray_iterator,
        ty.dict_keyiterator,
        ty.dict_valueiterator,
        ty.dict_itemiterator,
        ty.set_iterator,
    ] {
        crate::types::add_natives(vm, t, ITERATOR_METHODS).expect("bootstrap allocation");
    }
    for n in FUNCTIONS {
        let f = vm.new_native(n, None).expect("bootstrap allocation");
        let k = vm.intern(crate::native::decl(n).attr);
        dict_set(vm, dg, k, f).expect("bootstrap allocation");
    }
    for (n, v) in [
        ("None", Value::None),
        ("Ellipsis", Value::Ellipsis),
        ("NotImplemented", Value::NotImplemented),
    ] {
        let k = vm.intern(n);
        let _ = dict_set(vm, dg, k, v);
    }
    let k = vm.names.__debug__;
    let _ = dict_set(vm, dg, k, Value::Bool(vm.optimize == 0));
    let k = vm.names.__name__;
    let n = vm.intern("builtins");
    let _ = dict_set(vm, dg, k, n);
    // EnvironmentError and IOError are OSError, as in CPython.
    for alias in ["EnvironmentError", "IOError"] {
        let k = vm.intern(alias);
        let v = Value::Obj(vm.types.os_error);
        let _ = dict_set(vm, dg, k, v);
    }
}

fn type_by_index(vm: &Vm, i: usize) -> Gc {
    vm.get_type_slot(i)
}
