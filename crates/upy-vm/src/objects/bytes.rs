//! `bytes` and `bytearray`: buffers, indexing, decoding and methods.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::int;
use crate::objects::seq_ops::{
    index_value, is_slice, norm_index, slice_count, slice_indices, slice_positions,
};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// The bytes of a bytes-like value, if it is one.
pub fn try_buffer_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => Some(b.to_vec()),
            Obj::ByteArray(b) => Some(b.clone()),
            Obj::Native(_, n) => match n.buffer() {
                Some(b) => Some(b.to_vec()),
                None => crate::objects::memoryview::view_bytes(vm, v),
            },
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of a bytes-like value or TypeError.
pub fn buffer_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match try_buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!("a bytes-like object is required, not '{}'", t))
        }
    }
}

fn is_bytearray(vm: &Vm, v: Value) -> bool {
    matches!(vm.unwrap_base(v), Value::Obj(g) if matches!(vm.heap.get(g), Obj::ByteArray(_)))
}

/// A new bytes or bytearray like `like`.
fn new_like(vm: &mut Vm, like: Value, b: Vec<u8>) -> PyResult<Value> {
    if is_bytearray(vm, like) {
        vm.alloc_val(Obj::ByteArray(b))
    } else {
        vm.new_bytes(b)
    }
}

pub fn bytes_contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let hay = buffer_bytes(vm, container)?;
    if int::is_int(vm, item) {
        let i = int::to_i64(vm, item)?;
        if !(0..256).contains(&i) {
            return vm.value_error("byte must be in range(0, 256)");
        }
        return Ok(hay.contains(&(i as u8)));
    }
    let needle = buffer_bytes(vm, item)?;
    Ok(find_sub(&hay, &needle, false).is_some())
}

fn find_sub(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let range = 0..=hay.len() - needle.len();
    if rev {
        range.rev().find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        range
            .into_iter()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

/// The bytes of a bytes or bytearray value, borrowed (None for other
/// buffers, whose bytes `buffer_bytes` copies).
fn borrow_bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => Some(b),
            Obj::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

pub fn bytes_getitem(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<Value> {
    // The object's own bytes are read in place: copying them would make
    // each `b[i]` cost the length of `b`.
    if is_slice(vm, idx) {
        let len = match borrow_bytes(vm, obj) {
            Some(b) => b.len(),
            None => buffer_bytes(vm, obj)?.len(),
        };
        // The indices may run `__index__`, which may resize a bytearray:
        // the bytes are read after.
        let (a, b, s) = slice_indices(vm, idx, len)?;
        let pick = |data: &[u8]| -> Vec<u8> {
            if s == 1 {
                return data
                    .get(a as usize..b.max(a) as usize)
                    .unwrap_or(&[])
                    .to_vec();
            }
            slice_positions(a, b, s)
                .map(|p| data.get(p).copied().unwrap_or(0))
                .collect()
        };
        let out = match borrow_bytes(vm, obj) {
            Some(data) => pick(data),
            None => pick(&buffer_bytes(vm, obj)?),
        };
        return new_like(vm, obj, out);
    }
    let what = if is_bytearray(vm, obj) {
        "bytearray"
    } else {
        "byte"
    };
    // As CPython, the index is converted first, then checked against the
    // length the bytes have then.
    let i = index_value(vm, idx, &format!("{} indices", what))?;
    let byte = match borrow_bytes(vm, obj) {
        Some(data) => norm_index(i, data.len()).and_then(|j| data.get(j).copied()),
        None => {
            let data = buffer_bytes(vm, obj)?;
            norm_index(i, data.len()).and_then(|j| data.get(j).copied())
        }
    };
    match byte {
        Some(b) => Ok(Value::Int(b as i64)),
        None => {
            if is_bytearray(vm, obj) {
                vm.index_error("bytearray index out of range")
            } else {
                vm.index_error("index out of range")
            }
        }
    }
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    if !int::is_int(vm, v) {
        let t = vm.type_name(v);
        return vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            t
        ));
    }
    let i = int::to_i64(vm, v).unwrap_or(-1);
    if !(0..256).contains(&i) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    Ok(i as u8)
}

/// The bytearray behind `g` (itself, or the base of a subclass instance).
fn ba_target(vm: &Vm, g: Gc) -> Option<Gc> {
    match vm.heap.get(g) {
        Obj::ByteArray(_) => Some(g),
        Obj::Instance(i) => match i.base {
            Some(Value::Obj(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// Before changing the size of bytearray `g`: BufferError while a
/// memoryview of it is in use.
pub fn ba_resize(vm: &mut Vm, g: Gc) -> PyResult<()> {
    match ba_target(vm, g) {
        Some(t) => crate::objects::memoryview::check_resize(
            vm,
            t,
            "Existing exports of data: object cannot be re-sized",
        ),
        None => Ok(()),
    }
}

fn ba_mut(vm: &mut Vm, g: Gc) -> Option<&mut Vec<u8>> {
    let target = ba_target(vm, g)?;
    match vm.heap.get_mut(target) {
        Obj::ByteArray(b) => Some(b),
        _ => None,
    }
}

pub fn bytearray_setitem(vm: &mut Vm, g: Gc, idx: Value, v: Value) -> PyResult<()> {
    let len = ba_mut(vm, g).map(|b| b.len()).unwrap_or(0);
    if is_slice(vm, idx) {
        let (a, b, s) = slice_indices(vm, idx, len)?;
        let new: Vec<u8> = match try_buffer_bytes(vm, v) {
            Some(x) => x,
            None => {
                if int::is_int(vm, v) || vm.as_str(v).is_some() {
                    return vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    );
                }
                let items = vm.collect_iterable(v)?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
        };
        if s == 1 {
            let (a, b) = (a as usize, (b.max(a)) as usize);
            if new.len() != b - a {
                ba_resize(vm, g)?;
            }
            if let Some(buf) = ba_mut(vm, g) {
                buf.splice(a..b, new);
            }
            return Ok(());
        }
        let n = slice_count(a, b, s);
        if n != new.len() {
            return vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            ));
        }
        if let Some(buf) = ba_mut(vm, g) {
            for (k, p) in slice_positions(a, b, s).enumerate() {
                buf[p] = new[k];
            }
        }
        return Ok(());
    }
    let i = index_value(vm, idx, "bytearray indices")?;
    let byte = byte_value(vm, v)?;
    match norm_index(i, len) {
        Some(j) => {
            if let Some(buf) = ba_mut(vm, g) {
                buf[j] = byte;
            }
            Ok(())
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

pub fn bytearray_delitem(vm: &mut Vm, g: Gc, idx: Value) -> PyResult<()> {
    let len = ba_mut(vm, g).map(|b| b.len()).unwrap_or(0);
    if is_slice(vm, idx) {
        let (a, b, s) = slice_indices(vm, idx, len)?;
        let pos: Vec<usize> = slice_positions(a, b, s).collect();
        if !pos.is_empty() {
            ba_resize(vm, g)?;
        }
        if let Some(buf) = ba_mut(vm, g) {
            let mut keep = vec![true; buf.len()];
            for p in pos {
                keep[p] = false;
            }
            let mut k = 0;
            buf.retain(|_| {
                k += 1;
                keep[k - 1]
            });
        }
        return Ok(());
    }
    let i = index_value(vm, idx, "bytearray indices")?;
    match norm_index(i, len) {
        Some(j) => {
            ba_resize(vm, g)?;
            if let Some(buf) = ba_mut(vm, g) {
                buf.remove(j);
            }
            Ok(())
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

/// Raise UnicodeDecodeError(encoding, object, start, end, reason).
fn unicode_error<T>(
    vm: &mut Vm,
    t: Gc,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<T> {
    let e = vm.new_str(enc)?;
    vm.roots.push(e);
    let o = vm.new_bytes(b.to_vec())?;
    vm.roots.push(o);
    let r = vm.new_str(reason)?;
    vm.roots.push(r);
    Err(vm.new_exc_args(
        t,
        vec![e, o, Value::Int(start as i64), Value::Int(end as i64), r],
    ))
}

/// Decode bytes to text (utf-8, ascii, latin-1) with an error policy.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let norm = enc.to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                // Each maximal bad subsequence (as CPython delimits them)
                // dropped, replaced by U+FFFD or written as \xNN.
                "ignore" | "replace" | "backslashreplace" => {
                    let mut out = String::with_capacity(b.len());
                    for chunk in b.utf8_chunks() {
                        out.push_str(chunk.valid());
                        let bad = chunk.invalid();
                        if bad.is_empty() {
                            continue;
                        }
                        match errors {
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for x in bad {
                                    out.push_str(&format!("\\x{:02x}", x));
                                }
                            }
                            _ => {}
                        }
                    }
                    Ok(out)
                }
                "strict" | "surrogateescape" | "surrogatepass" => {
                    let pos = e.valid_up_to();
                    let bad = b[pos];
                    let reason = if (0x80..0xc2).contains(&bad) || bad >= 0xf5 {
                        "invalid start byte"
                    } else if e.error_len().is_none() {
                        "unexpected end of data"
                    } else {
                        "invalid continuation byte"
                    };
                    let end = match e.error_len() {
                        Some(n) => pos + n,
                        None => b.len(),
                    };
                    unicode_error(
                        vm,
                        vm.types.unicode_decode_error,
                        "utf-8",
                        b,
                        pos,
                        end.min(b.len()).max(pos + 1),
                        reason,
                    )
                }
                _ => {
                    let t = vm.types.lookup_error;
                    vm.err(t, format!("unknown error handler name '{}'", errors))
                }
            },
        },
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            let t = vm.types.unicode_decode_error;
                            return unicode_error(
                                vm,
                                t,
                                "ascii",
                                b,
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            );
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => {
            let t = vm.types.lookup_error;
            vm.err(t, format!("unknown encoding: {}", enc))
        }
    }
}

/// The bytes of `self` for a bytes or bytearray method (the declaration
/// checked its type).
fn data(vm: &Vm, a: &Args) -> Vec<u8> {
    try_buffer_bytes(vm, a.this()).unwrap_or_default()
}

/// Bytes from the constructor argument forms: int size, iterable of ints,
/// buffer, or str with encoding.
fn bytes_from(
    vm: &mut Vm,
    fname: &str,
    src: Option<Value>,
    enc: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        return Ok(Vec::new());
    };
    if let Some(s) = vm.as_str(src).map(|s| s.to_string()) {
        let Some(e) = enc else {
            return vm.type_error("string argument without an encoding");
        };
        let e = vm.expect_str(e, "encoding")?;
        let errs = match errors {
            Some(x) => vm.expect_str(x, "errors")?,
            None => "strict".into(),
        };
        return crate::objects::str::encode_str(vm, &s, &e, &errs);
    }
    if enc.is_some() {
        return vm.type_error("encoding without a string argument");
    }
    if let Some(b) = try_buffer_bytes(vm, src) {
        return Ok(b);
    }
    if int::is_int(vm, src)
        || (vm.is_user_value(src) && vm.lookup_special(src, vm.names.__index__).is_some())
    {
        let src = crate::builtins::index_arg(vm, src)?;
        let n = match num_traits::ToPrimitive::to_i64(&src) {
            Some(n) => n,
            None => return vm.overflow_error("cannot fit 'int' into an index-sized integer"),
        };
        if n < 0 {
            return vm.value_error("negative count");
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let items = match vm.collect_iterable(src) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(e, vm.types.type_error) => {
            let t = vm.type_name(src);
            return vm.type_error(format!("cannot convert '{}' object to {}", t, fname));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match byte_value(vm, it) {
            Ok(b) => out.push(b),
            Err(e) if vm.exc_matches(e, vm.types.value_error) => {
                let what = if fname == "bytes" { "bytes" } else { "byte" };
                return vm.value_error(format!("{} must be in range(0, 256)", what));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(src) = a.get(0) {
        if a.get(1).is_none() && vm.is_user_value(src) {
            let bn = vm.intern("__bytes__");
            if let Some(f) = vm.lookup_special(src, bn) {
                let r = vm.call_bound(f, src, &[])?;
                return crate::objects::wrap_for_class(vm, a.this(), vm.types.bytes, r);
            }
        }
    }
    let b = bytes_from(vm, "bytes", a.get(0), a.get(1), a.get(2))?;
    let v = vm.new_bytes(b)?;
    crate::objects::wrap_for_class(vm, a.this(), vm.types.bytes, v)
}

fn bytearray_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = bytes_from(vm, "bytearray", a.get(0), a.get(1), a.get(2))?;
    let v = vm.alloc_val(Obj::ByteArray(b))?;
    crate::objects::wrap_for_class(vm, a.this(), vm.types.bytearray, v)
}

fn b_decode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    let enc = match a.get(0) {
        Some(v) => vm.expect_str(v, "decode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errs = match a.get(1) {
        Some(v) => vm.expect_str(v, "decode() argument 'errors'")?,
        None => "strict".into(),
    };
    let s = decode_bytes(vm, &b, &enc, &errs)?;
    vm.new_string(s)
}

fn b_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    hex_with_sep(vm, &b, a.get(0), a.get(1))
}

/// `hex(sep=None, bytes_per_sep=1)` of bytes, bytearray and memoryview:
/// `sep` is one ASCII character (str or bytes); groups of
/// `bytes_per_sep` count from the right, or from the left when negative;
/// 0 means no separators.
pub fn hex_with_sep(
    vm: &mut Vm,
    b: &[u8],
    sep: Option<Value>,
    bytes_per_sep: Option<Value>,
) -> PyResult<Value> {
    let sep = match sep {
        None => None,
        Some(v) => {
            let s: Vec<u8> = match vm.as_str(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => match try_buffer_bytes(vm, v) {
                    Some(b) => b,
                    None => {
                        let t = vm.type_name(v);
                        return vm.type_error(format!("object of type '{}' has no len()", t));
                    }
                },
            };
            let chars = vm.as_str(v).map(|s| s.chars().count()).unwrap_or(s.len());
            if chars != 1 {
                return vm.value_error("sep must be length 1.");
            }
            if !s[0].is_ascii() {
                return vm.value_error("sep must be ASCII.");
            }
            Some((s[0] as char).to_string())
        }
    };
    let per = match bytes_per_sep {
        Some(v) => int::to_i64(vm, v)?,
        None => 1,
    };
    let sep = if per == 0 { None } else { sep };
    let mut out = String::with_capacity(b.len() * 3);
    let n = b.len();
    let group = per.unsigned_abs().max(1) as usize;
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            if let Some(s) = &sep {
                // Positive counts group from the right, negative from the left.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push_str(s);
                }
            }
        }
        out.push_str(&format!("{:02x}", x));
    }
    vm.new_string(out)
}

fn b_fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = vm.expect_str(a.arg(0), "fromhex() argument")?;
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    pos
                ));
            }
        }
        i += 2;
    }
    let cls = a.this();
    if matches!(cls, Value::Obj(g) if g == vm.types.bytearray) {
        vm.alloc_val(Obj::ByteArray(out))
    } else {
        vm.new_bytes(out)
    }
}

fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if int::is_int(vm, v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    match try_buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                t
            ))
        }
    }
}

/// Byte range selected by optional start/end arguments; None when the
/// start lies beyond the end (nothing, not even b'', is found there).
fn range_of(
    vm: &mut Vm,
    len: usize,
    a: Option<Value>,
    b: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let raw = |vm: &mut Vm, v: Option<Value>| -> PyResult<Option<i64>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(x) => index_value(vm, x, "slice indices").map(Some),
        }
    };
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let s_raw = raw(vm, a)?;
    if s_raw.is_some_and(|s| s > n) {
        return Ok(None);
    }
    let s = s_raw.map(clamp).unwrap_or(0);
    let e = raw(vm, b)?.map(clamp).unwrap_or(n);
    if s > e {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

fn b_find_impl(vm: &mut Vm, args: &Args, rev: bool) -> PyResult<Option<usize>> {
    let hay = data(vm, args);
    let needle = sub_arg(vm, args.arg(0))?;
    let Some((a, b)) = range_of(vm, hay.len(), args.get(1), args.get(2))? else {
        return Ok(None);
    };
    Ok(find_sub(&hay[a..b], &needle, rev).map(|p| p + a))
}

fn b_find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        b_find_impl(vm, a, false)?.map(|p| p as i64).unwrap_or(-1),
    ))
}

fn b_rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        b_find_impl(vm, a, true)?.map(|p| p as i64).unwrap_or(-1),
    ))
}

fn b_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match b_find_impl(vm, a, false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => vm.value_error("subsection not found"),
    }
}

fn b_rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match b_find_impl(vm, a, true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => vm.value_error("subsection not found"),
    }
}

fn b_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let hay = data(vm, args);
    let needle = sub_arg(vm, args.arg(0))?;
    let Some((a, b)) = range_of(vm, hay.len(), args.get(1), args.get(2))? else {
        return Ok(Value::Int(0));
    };
    let h = &hay[a..b];
    if needle.is_empty() {
        return Ok(Value::Int(h.len() as i64 + 1));
    }
    Ok(Value::Int(count_disjoint(h, &needle) as i64))
}

/// Non-overlapping occurrences of a non-empty `needle` in `hay`.
fn count_disjoint(hay: &[u8], needle: &[u8]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

fn b_affix(vm: &mut Vm, args: &Args, name: &str, end: bool) -> PyResult<Value> {
    let hay = data(vm, args);
    let Some((a, b)) = range_of(vm, hay.len(), args.get(1), args.get(2))? else {
        return Ok(Value::Bool(false));
    };
    let h = &hay[a..b];
    let cands = match args.arg(0) {
        Value::Obj(g) if matches!(vm.heap.get(g), Obj::Tuple(_)) => {
            crate::objects::seq_ops::seq_items(vm, args.arg(0))
        }
        v => vec![v],
    };
    for c in cands {
        let Some(p) = try_buffer_bytes(vm, c) else {
            let t = vm.type_name(c);
            return vm.type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name, t
            ));
        };
        if (end && h.ends_with(&p)) || (!end && h.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_affix(vm, a, "startswith", false)
}

fn b_endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_affix(vm, a, "endswith", true)
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn b_strip_impl(vm: &mut Vm, a: &Args, l: bool, r: bool) -> PyResult<Value> {
    let b = data(vm, a);
    let set: Option<Vec<u8>> = match a.get(0) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_bytes(vm, v)?),
    };
    let strip = |c: &u8| match &set {
        None => is_ws(*c),
        Some(s) => s.contains(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if l {
        while s < e && strip(&b[s]) {
            s += 1;
        }
    }
    if r {
        while e > s && strip(&b[e - 1]) {
            e -= 1;
        }
    }
    // As CPython: an exact bytes object with nothing to strip is returned
    // itself.
    if s == 0
        && e == b.len()
        && matches!(a.this(), Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_)))
    {
        return Ok(a.this());
    }
    new_like(vm, a.this(), b[s..e].to_vec())
}

fn b_strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_strip_impl(vm, a, true, true)
}

fn b_lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_strip_impl(vm, a, true, false)
}

fn b_rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_strip_impl(vm, a, false, true)
}

fn b_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    let max = match a.get(1) {
        Some(v) => int::to_i64(vm, v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match a.get(0) {
        None | Some(Value::None) => {
            let mut i = 0;
            while i < b.len() {
                while i < b.len() && is_ws(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(b[i..].to_vec());
                    break;
                }
                let s = i;
                while i < b.len() && !is_ws(b[i]) {
                    i += 1;
                }
                parts.push(b[s..i].to_vec());
            }
        }
        Some(sv) => {
            let sep = buffer_bytes(vm, sv)?;
            if sep.is_empty() {
                return vm.value_error("empty separator");
            }
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= b.len() {
                if (max < 0 || (parts.len() as i64) < max) && b[i..i + sep.len()] == sep[..] {
                    parts.push(b[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            parts.push(b[start..].to_vec());
        }
    }
    let mark = vm.roots.len();
    let mut items = Vec::new();
    for p in parts {
        let v = new_like(vm, a.this(), p)?;
        vm.roots.push(v);
        items.push(v);
    }
    let l = vm.new_list(items);
    vm.roots.truncate(mark);
    l
}

fn b_join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = data(vm, a);
    let items = vm.collect_iterable(a.arg(0))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match try_buffer_bytes(vm, *it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let t = vm.type_name(*it);
                return vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, t
                ));
            }
        }
    }
    new_like(vm, a.this(), out)
}

fn b_replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    let old = buffer_bytes(vm, a.arg(0))?;
    let new = buffer_bytes(vm, a.arg(1))?;
    let mut count = match a.get(2) {
        Some(v) => int::to_i64(vm, v)?,
        None => -1,
    };
    // Bound the result size before building it.
    let hits = if old.is_empty() {
        b.len() + 1
    } else {
        count_disjoint(&b, &old)
    };
    let hits = if count >= 0 {
        hits.min(count as usize)
    } else {
        hits
    };
    vm.check_alloc(b.len().saturating_add(hits.saturating_mul(new.len())))?;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        for &c in &b {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return new_like(vm, a.this(), out);
    }
    while i < b.len() {
        if count != 0 && i + old.len() <= b.len() && b[i..i + old.len()] == old[..] {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    new_like(vm, a.this(), out)
}

fn b_upper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    new_like(vm, a.this(), b.to_ascii_uppercase())
}

fn b_lower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    new_like(vm, a.this(), b.to_ascii_lowercase())
}

fn b_pred(vm: &mut Vm, a: &Args, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = data(vm, a);
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn b_isdigit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_pred(vm, a, u8::is_ascii_digit)
}

fn b_isalpha(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_pred(vm, a, u8::is_ascii_alphabetic)
}

fn b_isalnum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_pred(vm, a, u8::is_ascii_alphanumeric)
}

fn b_isspace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_pred(vm, a, |c| is_ws(*c))
}

fn b_isupper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn b_islower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn b_partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_partition_impl(vm, a, false)
}

fn b_rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    b_partition_impl(vm, a, true)
}

fn b_partition_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Value> {
    let b = data(vm, a);
    let sep = buffer_bytes(vm, a.arg(0))?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let parts = match find_sub(&b, &sep, rev) {
        Some(p) => vec![b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
        None if rev => vec![vec![], vec![], b.clone()],
        None => vec![b.clone(), vec![], vec![]],
    };
    let mark = vm.roots.len();
    let mut items = Vec::new();
    for p in parts {
        let v = new_like(vm, a.this(), p)?;
        vm.roots.push(v);
        items.push(v);
    }
    let t = vm.new_tuple(items);
    vm.roots.truncate(mark);
    t
}

fn ba_append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let b = byte_value(vm, a.arg(0))?;
    vm.check_alloc(1)?;
    ba_resize(vm, g)?;
    if let Some(buf) = ba_mut(vm, g) {
        buf.push(b);
    }
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let src = a.arg(0);
    let data = match try_buffer_bytes(vm, src) {
        Some(b) => b,
        None => {
            if vm.as_str(src).is_some() {
                return vm.type_error("expected iterable of integers; got: 'str'");
            }
            if vm.get_iter(src).is_err() {
                let t = vm.type_name(src);
                return vm.type_error(format!("can't extend bytearray with {}", t));
            }
            let items = vm.collect_iterable(src)?;
            let mut out = Vec::new();
            for it in items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    vm.check_alloc(data.len())?;
    if !data.is_empty() {
        ba_resize(vm, g)?;
    }
    if let Some(buf) = ba_mut(vm, g) {
        buf.extend_from_slice(&data);
    }
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let len = ba_mut(vm, g).map(|b| b.len()).unwrap_or(0);
    if len == 0 {
        return vm.index_error("pop from empty bytearray");
    }
    let i = match a.get(0) {
        Some(v) => index_value(vm, v, "bytearray indices")?,
        None => -1,
    };
    let Some(j) = norm_index(i, len) else {
        return vm.index_error("pop index out of range");
    };
    ba_resize(vm, g)?;
    let b = ba_mut(vm, g).map(|buf| buf.remove(j)).unwrap_or(0);
    Ok(Value::Int(b as i64))
}

fn ba_insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let i = index_value(vm, a.arg(0), "bytearray indices")?;
    let b = byte_value(vm, a.arg(1))?;
    ba_resize(vm, g)?;
    if let Some(buf) = ba_mut(vm, g) {
        let n = buf.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        buf.insert(j as usize, b);
    }
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let b = byte_value(vm, a.arg(0))?;
    let pos = ba_mut(vm, g).and_then(|buf| buf.iter().position(|&x| x == b));
    match pos {
        Some(p) => {
            ba_resize(vm, g)?;
            if let Some(buf) = ba_mut(vm, g) {
                buf.remove(p);
            }
            Ok(Value::None)
        }
        None => vm.value_error("value not found in bytearray"),
    }
}

fn ba_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if ba_mut(vm, g).is_some_and(|b| !b.is_empty()) {
        ba_resize(vm, g)?;
    }
    if let Some(buf) = ba_mut(vm, g) {
        buf.clear();
    }
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(buf) = ba_mut(vm, g) {
        buf.reverse();
    }
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    vm.alloc_val(Obj::ByteArray(b))
}

/// Bytes as text for reusing a str method: ASCII stays ASCII, bytes 0x80 and
/// above map to private-use characters that have no case and are neither
/// letters nor spaces, as bytes methods require.
fn bytes_to_text(b: &[u8]) -> String {
    b.iter()
        .map(|&c| {
            if c < 0x80 {
                c as char
            } else {
                char::from_u32(0xE000 + c as u32).unwrap_or('?')
            }
        })
        .collect()
}

fn text_to_bytes(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            let n = c as u32;
            if n < 0x80 {
                n as u8
            } else if (0xE080..0xE100).contains(&n) {
                (n - 0xE000) as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// Run the str method `n` on the text of `self` and of the bytes-like
/// arguments (the parameters are all positional), and convert the result
/// back.
fn via_str(vm: &mut Vm, a: &Args, n: &Native) -> PyResult<Value> {
    let like = a.this();
    let text = vm.new_string(bytes_to_text(&data(vm, a)))?;
    vm.roots.push(text);
    let d = crate::native::decl(n);
    let given = (0..d.sig.npos)
        .rev()
        .find(|&i| a.get(i).is_some())
        .map_or(0, |i| i + 1);
    let mut sargs = Vec::with_capacity(given);
    for i in 0..given {
        let v = match a.get(i) {
            // A parameter left out before a given one: its default.
            None => a.value(vm, i)?,
            Some(v) => match try_buffer_bytes(vm, v) {
                Some(b) => {
                    let s = vm.new_string(bytes_to_text(&b))?;
                    vm.roots.push(s);
                    s
                }
                None if vm.as_str(v).is_some() => {
                    let t = vm.type_name(v);
                    return vm.type_error(format!("a bytes-like object is required, not '{}'", t));
                }
                None => v,
            },
        };
        sargs.push(v);
    }
    let r = vm.call_declared(d, Some(vm.types.str_), Some(text), Value::None, &sargs, &[])?;
    from_text_result(vm, like, r)
}

fn from_text_result(vm: &mut Vm, like: Value, r: Value) -> PyResult<Value> {
    if let Some(s) = vm.as_str(r).map(|s| s.to_string()) {
        return new_like(vm, like, text_to_bytes(&s));
    }
    if let Value::Obj(g) = r {
        let (is_list, items) = match vm.heap.get(g) {
            Obj::List(l) => (true, l.clone()),
            Obj::Tuple(t) => (false, t.to_vec()),
            _ => return Ok(r),
        };
        let mark = vm.roots.len();
        vm.roots.push(r);
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            let v = from_text_result(vm, like, it)?;
            vm.roots.push(v);
            out.push(v);
        }
        let res = if is_list {
            vm.new_list(out)
        } else {
            vm.new_tuple(out)
        };
        vm.roots.truncate(mark);
        return res;
    }
    Ok(r)
}

/// `bytes.splitlines(keepends=False)`: lines end only at "\n", "\r" and
/// "\r\n" (str also splits at \v, \f and Unicode separators).
fn b_splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = data(vm, a);
    let keep = match a.get(0) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end_len = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if end_len > 0 {
            let stop = if keep { i + end_len } else { i };
            parts.push(b[start..stop].to_vec());
            i += end_len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        let v = new_like(vm, a.this(), p)?;
        vm.roots.push(v);
        out.push(v);
    }
    vm.new_list(out)
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
fn b_maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let frm = buffer_bytes(vm, a.arg(0))?;
    let to = buffer_bytes(vm, a.arg(1))?;
    if frm.len() != to.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in frm.iter().zip(&to) {
        table[*a as usize] = *b;
    }
    vm.new_bytes(table)
}

/// `translate(table, /, delete=b'')`: bytes mapped through `table` (None:
/// unchanged), those in `delete` dropped.
fn b_translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let src = data(vm, a);
    let table = match a.get(0) {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer_bytes(vm, t)?;
            if t.len() != 256 {
                return vm.value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match a.get(1) {
        None => Vec::new(),
        Some(d) => buffer_bytes(vm, d)?,
    };
    let out: Vec<u8> = src
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    new_like(vm, a.this(), out)
}

macro_rules! bridged {
    ($($name:ident => $f:path;)*) => {
        $(fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            via_str(vm, a, &$f)
        })*
    };
}

bridged! {
    b_swapcase => crate::objects::str::SWAPCASE;
    b_capitalize => crate::objects::str::CAPITALIZE;
    b_title => crate::objects::str::TITLE;
    b_ljust => crate::objects::str::LJUST;
    b_rjust => crate::objects::str::RJUST;
    b_center => crate::objects::str::CENTER;
    b_zfill => crate::objects::str::ZFILL;
    b_expandtabs => crate::objects::str::EXPANDTABS;
    b_rsplit => crate::objects::str::RSPLIT;
    b_removeprefix => crate::objects::str::REMOVEPREFIX;
    b_removesuffix => crate::objects::str::REMOVESUFFIX;
    b_istitle => crate::objects::str::ISTITLE;
    b_isascii => crate::objects::str::ISASCII;
}

/// The methods of both bytes and bytearray.
const COMMON: &[Native] = &[
    Native::new("fromhex(cls, string, /)", b_fromhex),
    Native::new("maketrans(frm, to, /)", b_maketrans).static_method(),
    Native::new(
        "decode(self, /, encoding='utf-8', errors='strict')",
        b_decode,
    ),
    Native::new("hex(self, /, sep=..., bytes_per_sep=1)", b_hex),
    // Parsed the old way in CPython (`sub[, start[, end]]`).
    Native::legacy("find(self, sub, start=..., end=..., /)", b_find),
    Native::legacy("rfind(self, sub, start=..., end=..., /)", b_rfind),
    Native::legacy("index(self, sub, start=..., end=..., /)", b_index),
    Native::legacy("rindex(self, sub, start=..., end=..., /)", b_rindex),
    Native::legacy("count(self, sub, start=..., end=..., /)", b_count),
    Native::legacy(
        "startswith(self, prefix, start=..., end=..., /)",
        b_startswith,
    ),
    Native::legacy("endswith(self, suffix, start=..., end=..., /)", b_endswith),
    Native::new("strip(self, bytes=None, /)", b_strip),
    Native::new("lstrip(self, bytes=None, /)", b_lstrip),
    Native::new("rstrip(self, bytes=None, /)", b_rstrip),
    Native::new("split(self, /, sep=None, maxsplit=-1)", b_split),
    Native::new("rsplit(self, /, sep=None, maxsplit=-1)", b_rsplit),
    Native::new("splitlines(self, /, keepends=False)", b_splitlines),
    Native::new("join(self, iterable_of_bytes, /)", b_join),
    Native::new("replace(self, old, new, count=-1, /)", b_replace),
    Native::new("upper(self, /)", b_upper),
    Native::new("lower(self, /)", b_lower),
    Native::new("swapcase(self, /)", b_swapcase),
    Native::new("capitalize(self, /)", b_capitalize),
    Native::new("title(self, /)", b_title),
    Native::new("isdigit(self, /)", b_isdigit),
    Native::new("isalpha(self, /)", b_isalpha),
    Native::new("isalnum(self, /)", b_isalnum),
    Native::new("isspace(self, /)", b_isspace),
    Native::new("isupper(self, /)", b_isupper),
    Native::new("islower(self, /)", b_islower),
    Native::new("istitle(self, /)", b_istitle),
    Native::new("isascii(self, /)", b_isascii),
    Native::new("partition(self, sep, /)", b_partition),
    Native::new("rpartition(self, sep, /)", b_rpartition),
    Native::new("ljust(self, width, fillchar=..., /)", b_ljust),
    Native::new("rjust(self, width, fillchar=..., /)", b_rjust),
    Native::new("center(self, width, fillchar=..., /)", b_center),
    Native::new("zfill(self, width, /)", b_zfill),
    Native::new("expandtabs(self, /, tabsize=8)", b_expandtabs),
    Native::new("removeprefix(self, prefix, /)", b_removeprefix),
    Native::new("removesuffix(self, suffix, /)", b_removesuffix),
    Native::new("translate(self, table, /, delete=...)", b_translate),
];

const BYTES: &[Native] = &[Native::new(
    "bytes(cls, source=..., encoding=..., errors=...)",
    bytes_new,
)
.at("__new__")];

const BYTEARRAY: &[Native] = &[
    Native::new(
        "bytearray(cls, source=..., encoding=..., errors=...)",
        bytearray_new,
    )
    .at("__new__"),
    Native::new("append(self, item, /)", ba_append),
    Native::new("extend(self, iterable_of_ints, /)", ba_extend),
    Native::new("pop(self, index=-1, /)", ba_pop),
    Native::new("insert(self, index, item, /)", ba_insert),
    Native::new("remove(self, value, /)", ba_remove),
    Native::new("clear(self, /)", ba_clear),
    Native::new("reverse(self, /)", ba_reverse),
    Native::new("copy(self, /)", ba_copy),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    for t in [vm.types.bytes, vm.types.bytearray] {
        crate::types::add_natives(vm, t, COMMON)?;
    }
    crate::types::add_natives(vm, vm.types.bytes, BYTES)?;
    crate::types::add_natives(vm, vm.types.bytearray, BYTEARRAY)
}
