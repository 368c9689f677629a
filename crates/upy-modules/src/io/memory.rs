//! The `io` module's in-memory streams: `StringIO` (code points) and
//! `BytesIO` (bytes), sharing one generic implementation.

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, native, native_mut};

/// What differs between text and binary streams.
trait Elem: Copy + Default + PartialEq + 'static {
    const NAME: &'static str;
    const NEWLINE: Self;
    const CR: Self;
    const CLOSED: &'static str;
    fn to_value(vm: &mut Vm, items: &[Self]) -> PyResult<Value>;
    fn from_value(vm: &mut Vm, v: Value) -> PyResult<Vec<Self>>;
    /// New position for `seek`, or the error to raise.
    fn seek(vm: &mut Vm, pos: i64, whence: i64, cur: usize, len: usize) -> PyResult<usize>;
}

impl Elem for char {
    const NAME: &'static str = "StringIO";
    const NEWLINE: char = '\n';
    const CR: char = '\r';
    const CLOSED: &'static str = "I/O operation on closed file";
    fn to_value(vm: &mut Vm, items: &[char]) -> PyResult<Value> {
        vm.new_string(items.iter().collect())
    }
    fn from_value(vm: &mut Vm, v: Value) -> PyResult<Vec<char>> {
        match vm.as_str(v) {
            Some(s) => Ok(s.chars().collect()),
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!("string argument expected, got '{}'", t))
            }
        }
    }
    fn seek(vm: &mut Vm, pos: i64, whence: i64, _cur: usize, len: usize) -> PyResult<usize> {
        match whence {
            0 if pos < 0 => vm.value_error(format!("Negative seek position {}", pos)),
            0 => Ok(pos as usize),
            1 | 2 if pos != 0 => {
                let what = if whence == 1 { "cur" } else { "end" };
                let t = vm.types.os_error;
                vm.err(t, format!("Can't do nonzero {}-relative seeks", what))
            }
            1 => Ok(_cur),
            2 => Ok(len),
            _ => vm.value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)),
        }
    }
}

impl Elem for u8 {
    const NAME: &'static str = "BytesIO";
    const NEWLINE: u8 = b'\n';
    const CR: u8 = b'\r';
    const CLOSED: &'static str = "I/O operation on closed file.";
    fn to_value(vm: &mut Vm, items: &[u8]) -> PyResult<Value> {
        vm.new_bytes(items.to_vec())
    }
    fn from_value(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
        upy_vm::objects::bytes::buffer_bytes(vm, v)
    }
    fn seek(vm: &mut Vm, pos: i64, whence: i64, cur: usize, len: usize) -> PyResult<usize> {
        let base = match whence {
            0 if pos < 0 => return vm.value_error(format!("negative seek value {}", pos)),
            0 => 0,
            1 => cur as i64,
            2 => len as i64,
            _ => {
                return vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))
            }
        };
        Ok(base.saturating_add(pos).max(0) as usize)
    }
}

/// `StringIO`'s `newline` argument (BytesIO is always `Lf`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// "\n", the default: no translation, lines end at "\n".
    Lf,
    /// None: "\r\n" and "\r" written become "\n".
    Universal,
    /// "": no translation, lines end at "\n", "\r" or "\r\n".
    Any,
    /// "\r" or "\r\n": "\n" written becomes it, lines end there.
    Cr,
    CrLf,
}

/// An in-memory stream.
struct Stream<T: Elem> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
    newline: Newline,
}

/// Items as written to a stream with `nl`: newlines translated.
fn translate_in<T: Elem>(items: Vec<T>, nl: Newline) -> Vec<T> {
    match nl {
        Newline::Lf | Newline::Any => items,
        Newline::Universal => {
            let mut out = Vec::with_capacity(items.len());
            let mut i = 0;
            while i < items.len() {
                if items[i] == T::CR {
                    out.push(T::NEWLINE);
                    if items.get(i + 1) == Some(&T::NEWLINE) {
                        i += 1;
                    }
                } else {
                    out.push(items[i]);
                }
                i += 1;
            }
            out
        }
        Newline::Cr | Newline::CrLf => {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                if x == T::NEWLINE {
                    out.push(T::CR);
                    if nl == Newline::CrLf {
                        out.push(T::NEWLINE);
                    }
                } else {
                    out.push(x);
                }
            }
            out
        }
    }
}

/// `StringIO`'s newline argument, checked as CPython does.
fn newline_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Newline> {
    let v = match v {
        None => return Ok(Newline::Lf),
        Some(Value::None) => return Ok(Newline::Universal),
        Some(v) => v,
    };
    let Some(s) = vm.as_str(v) else {
        let t = vm.type_name(v);
        return vm.type_error(format!("newline must be str or None, not {}", t));
    };
    Ok(match s {
        "\n" => Newline::Lf,
        "" => Newline::Any,
        "\r" => Newline::Cr,
        "\r\n" => Newline::CrLf,
        _ => {
            let r = vm.repr_of(v)?;
            let msg = format!("illegal newline value: {}", vm.as_str(r).unwrap_or(""));
            return vm.value_error(msg);
        }
    })
}

impl<T: Elem> NativeObject for Stream<T> {
    fn type_name(&self) -> &'static str {
        T::NAME
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        48 + self.data.capacity() * std::mem::size_of::<T>()
    }
}

/// `self` (its type checked by the declaration), which must be open.
fn open<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    if native::<Stream<T>>(vm, s).is_some_and(|st| st.closed) {
        return vm.value_error(T::CLOSED);
    }
    Ok(s)
}

fn st<T: Elem>(vm: &mut Vm, s: Value) -> &mut Stream<T> {
    native_mut::<Stream<T>>(vm, s).expect("checked stream")
}

/// An optional size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = util::i64_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn s_new<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), T::NAME)?;
    let newline = if T::NAME == "StringIO" {
        newline_arg(vm, a.get(1))?
    } else {
        Newline::Lf
    };
    let data = match a.get(0) {
        None | Some(Value::None) => Vec::new(),
        // MicroPython's StringIO(alloc_size) / BytesIO(alloc_size): empty,
        // with room for alloc_size items, so writing that much never
        // reallocates.
        Some(Value::Int(n)) => {
            let n = n.max(0) as usize;
            let bytes = n.saturating_mul(std::mem::size_of::<T>());
            vm.check_alloc(bytes)?;
            Vec::with_capacity(n)
        }
        Some(v) => {
            if T::NAME == "StringIO" && vm.as_str(v).is_none() {
                let t = vm.type_name(v);
                return vm.type_error(format!("initial_value must be str or None, not {}", t));
            }
            translate_in(T::from_value(vm, v)?, newline)
        }
    };
    let stream = Stream::<T> {
        data,
        pos: 0,
        closed: false,
        newline,
    };
    vm.alloc_val(Obj::Native(cls, Box::new(stream)))
}

fn s_write<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // BytesIO also takes MicroPython's write(buf, len) and
    // write(buf, off, len).
    let s = open::<T>(vm, a)?;
    write_items::<T>(vm, s, a.arg(0), &[a.get(1), a.get(2)])
}

/// Write `v` at the position; `ext` is BytesIO's MicroPython `[off,] len`.
fn write_items<T: Elem>(vm: &mut Vm, s: Value, v: Value, ext: &[Option<Value>]) -> PyResult<Value> {
    let mut items = T::from_value(vm, v)?;
    let ext: Vec<Value> = ext.iter().flatten().copied().collect();
    if !ext.is_empty() {
        let (off, len) = crate::io::file::write_ext_range(vm, &ext, items.len())?;
        items = items[off..off + len].to_vec();
    }
    // The count returned is of the items given, before translation.
    let given = items.len();
    let items = translate_in(items, st::<T>(vm, s).newline);
    let n = items.len();
    // Writing past the end fills the gap: reserve all the growth (a
    // position far beyond the heap budget is a MemoryError).
    let (pos, len) = {
        let x = st::<T>(vm, s);
        (x.pos, x.data.len())
    };
    let grow = pos
        .checked_add(n)
        .map(|end| end.saturating_sub(len))
        .and_then(|g| g.checked_mul(std::mem::size_of::<T>()));
    match grow {
        Some(g) => vm.reserve(g)?,
        None => return Err(vm.out_of_memory()),
    }
    let x = st::<T>(vm, s);
    if x.pos > x.data.len() {
        x.data.resize(x.pos, T::default());
    }
    let end = (x.pos + n).min(x.data.len());
    x.data.splice(x.pos..end, items);
    x.pos += n;
    Ok(Value::Int(given as i64))
}

fn s_writelines<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let lines = vm.collect_iterable(a.arg(0))?;
    vm.roots.extend(lines.iter().copied());
    for l in lines {
        write_items::<T>(vm, s, l, &[])?;
    }
    Ok(Value::None)
}

fn s_read<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let n = size_arg(vm, a.get(0))?;
    let x = st::<T>(vm, s);
    let start = x.pos.min(x.data.len());
    let end = match n {
        Some(n) => (start + n).min(x.data.len()),
        None => x.data.len(),
    };
    let out = x.data[start..end].to_vec();
    x.pos = end.max(x.pos);
    T::to_value(vm, &out)
}

/// The next line (up to `limit` items), advancing the position.
fn next_line<T: Elem>(x: &mut Stream<T>, limit: Option<usize>) -> Vec<T> {
    let start = x.pos.min(x.data.len());
    let mut end = start;
    let max = limit
        .map(|n| (start + n).min(x.data.len()))
        .unwrap_or(x.data.len());
    let (cr_ends, lf_ends) = match x.newline {
        Newline::Lf | Newline::Universal => (false, true),
        Newline::Any => (true, true),
        Newline::Cr => (true, false),
        Newline::CrLf => (false, false),
    };
    while end < max {
        end += 1;
        let c = x.data[end - 1];
        if c == T::NEWLINE && (lf_ends || (end >= start + 2 && x.data[end - 2] == T::CR)) {
            break;
        }
        if c == T::CR && cr_ends {
            // "\r\n" is one ending where any ending counts.
            if lf_ends && end < max && x.data[end] == T::NEWLINE {
                end += 1;
            }
            break;
        }
    }
    x.pos = end.max(x.pos);
    x.data[start..end].to_vec()
}

fn s_readline<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let n = size_arg(vm, a.get(0))?;
    let line = next_line(st::<T>(vm, s), n);
    T::to_value(vm, &line)
}

fn s_readlines<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let hint = size_arg(vm, a.get(0))?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = next_line(st::<T>(vm, s), None);
        if line.is_empty() {
            break;
        }
        total += line.len();
        let v = T::to_value(vm, &line)?;
        lines.push(v);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    vm.new_list(lines)
}

fn s_getvalue<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let d = st::<T>(vm, s).data.clone();
    T::to_value(vm, &d)
}

fn s_seek<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let pos = util::i64_arg(vm, a.arg(0))?;
    let whence = match a.get(1) {
        Some(w) => util::i64_arg(vm, w)?,
        None => 0,
    };
    let (cur, len) = {
        let x = st::<T>(vm, s);
        (x.pos, x.data.len())
    };
    let p = T::seek(vm, pos, whence, cur, len)?;
    st::<T>(vm, s).pos = p;
    Ok(Value::Int(p as i64))
}

fn s_tell<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    Ok(Value::Int(st::<T>(vm, s).pos as i64))
}

fn s_truncate<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let size = match a.get(0) {
        None | Some(Value::None) => st::<T>(vm, s).pos,
        Some(v) => {
            let n = util::i64_arg(vm, v)?;
            if n < 0 {
                return vm.value_error(format!("Negative size value {}", n));
            }
            n as usize
        }
    };
    st::<T>(vm, s).data.truncate(size);
    Ok(Value::Int(size as i64))
}

fn s_close<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let x = st::<T>(vm, s);
    x.closed = true;
    x.data = Vec::new();
    Ok(Value::None)
}

fn s_closed<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    Ok(Value::Bool(st::<T>(vm, s).closed))
}

fn s_true<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open::<T>(vm, a)?;
    Ok(Value::Bool(true))
}

fn s_false<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open::<T>(vm, a)?;
    Ok(Value::Bool(false))
}

fn s_flush<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open::<T>(vm, a)?;
    Ok(Value::None)
}

fn s_enter<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open::<T>(vm, a)
}

fn s_exit<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    s_close::<T>(vm, a)?;
    Ok(Value::None)
}

fn s_iter<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open::<T>(vm, a)
}

fn s_next<T: Elem>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<T>(vm, a)?;
    let line = next_line(st::<T>(vm, s), None);
    if line.is_empty() {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    T::to_value(vm, &line)
}

/// `BytesIO.readinto(buf)`.
fn b_readinto(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open::<u8>(vm, a)?;
    let Some(cap) = upy_vm::objects::memoryview::writable_len(vm, a.arg(0)) else {
        let t = vm.type_name(a.arg(0));
        return vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            t
        ));
    };
    let x = st::<u8>(vm, s);
    let start = x.pos.min(x.data.len());
    let end = (start + cap).min(x.data.len());
    let data = x.data[start..end].to_vec();
    x.pos = end;
    upy_vm::objects::memoryview::write_buffer(vm, a.arg(0), 0, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn methods<T: Elem>() -> Vec<Native> {
    let write = if T::NAME == "BytesIO" {
        "write(self, b, off=..., len=..., /)"
    } else {
        "write(self, s, /)"
    };
    let new = if T::NAME == "BytesIO" {
        "BytesIO(cls, initial_bytes=None)"
    } else {
        "StringIO(cls, initial_value=None, newline=...)"
    };
    vec![
        Native::new(new, s_new::<T>).at("__new__"),
        Native::new(write, s_write::<T>),
        Native::new("writelines(self, lines, /)", s_writelines::<T>),
        Native::new("read(self, size=-1, /)", s_read::<T>),
        Native::new("read1(self, size=-1, /)", s_read::<T>),
        Native::new("readline(self, size=-1, /)", s_readline::<T>),
        Native::new("readlines(self, hint=-1, /)", s_readlines::<T>),
        Native::new("getvalue(self, /)", s_getvalue::<T>),
        Native::new("seek(self, pos, whence=0, /)", s_seek::<T>),
        Native::new("tell(self, /)", s_tell::<T>),
        Native::new("truncate(self, size=None, /)", s_truncate::<T>),
        Native::new("close(self, /)", s_close::<T>),
        Native::new("readable(self, /)", s_true::<T>),
        Native::new("writable(self, /)", s_true::<T>),
        Native::new("seekable(self, /)", s_true::<T>),
        Native::new("isatty(self, /)", s_false::<T>),
        Native::new("flush(self, /)", s_flush::<T>),
        Native::new("__enter__(self, /)", s_enter::<T>),
        Native::new("__exit__(self, *args)", s_exit::<T>),
        Native::slot("__iter__(self, /)", s_iter::<T>),
        Native::slot("__next__(self, /)", s_next::<T>),
    ]
}

fn stream_type<T: Elem>(vm: &mut Vm, key: &'static str) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get(key) {
        return Ok(t);
    }
    let t = util::declared_type(vm, T::NAME, "_io", None, BaseKind::Other, &[])?;
    upy_vm::types::add_natives(vm, t, &methods::<T>())?;
    if T::NAME == "BytesIO" {
        upy_vm::types::add_natives(
            vm,
            t,
            &[Native::new("readinto(self, buffer, /)", b_readinto)],
        )?;
    }
    upy_vm::types::add_getters(vm, t, &[Native::new("closed(self, /)", s_closed::<T>)])?;
    vm.native_types.insert(key, t);
    Ok(t)
}

/// Add `StringIO` and `BytesIO` to the io module `m`.
pub fn register_types(vm: &mut Vm, m: Gc) -> PyResult<()> {
    let s = stream_type::<char>(vm, "io.StringIO")?;
    vm.module_set(m, "StringIO", Value::Obj(s))?;
    let b = stream_type::<u8>(vm, "io.BytesIO")?;
    vm.module_set(m, "BytesIO", Value::Obj(b))?;
    Ok(())
}
