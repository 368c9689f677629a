//! `hexlify`/`b2a_hex` (with CPython's separator groups) and
//! `unhexlify`/`a2b_hex`.

use upy_vm::native::Args;
use upy_vm::obj::Obj;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{ascii_data, c_int, error};

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// The one-byte separator `sep`, checked in CPython's order: its length,
/// then its type (a str character must fit in a byte).
fn separator(vm: &mut Vm, sep: Value) -> PyResult<u8> {
    if vm.len_of(sep)? != 1 {
        return vm.value_error("sep must be length 1.");
    }
    if let Some(s) = vm.as_str(sep) {
        return match s.chars().next().map(u32::from) {
            Some(c) if c <= 0xff => Ok(c as u8),
            _ => vm.value_error("sep must be ASCII."),
        };
    }
    let byte = match vm.unwrap_base(sep) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => b.first().copied(),
            _ => None,
        },
        _ => None,
    };
    match byte {
        Some(b) => Ok(b),
        None => vm.type_error("sep must be str or bytes."),
    }
}

fn push_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
}

/// `data` in hexadecimal, with `sep` between groups of `group` bytes
/// counted from the right (from the left when `group` is negative).
fn hex_groups(data: &[u8], sep: Option<u8>, group: i32) -> Vec<u8> {
    let size = group.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    let Some(sep) = sep.filter(|_| size > 0 && size < data.len()) else {
        push_hex(&mut out, data);
        return out;
    };
    // The short group is at the end when counting from the left, at the
    // start when counting from the right.
    let head = if group < 0 {
        size
    } else {
        match data.len() % size {
            0 => size,
            r => r,
        }
    };
    let (first, rest) = data.split_at(head);
    push_hex(&mut out, first);
    for chunk in rest.chunks(size) {
        out.push(sep);
        push_hex(&mut out, chunk);
    }
    out
}

/// `hexlify(data, sep=..., bytes_per_sep=1)`, also `b2a_hex`.
pub fn hexlify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = upy_vm::objects::bytes::buffer_bytes(vm, a.arg(0))?;
    let group = match a.get(2) {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    let sep = match a.get(1) {
        Some(s) => Some(separator(vm, s)?),
        None => None,
    };
    vm.check_alloc(data.len() * 3)?;
    let out = hex_groups(&data, sep, group);
    vm.new_bytes(out)
}

/// `unhexlify(hexstr, /)`, also `a2b_hex`.
pub fn unhexlify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = ascii_data(vm, a.arg(0))?;
    if text.len() % 2 != 0 {
        return error(vm, "Odd-length string");
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        match pair.iter().try_fold(0u8, |n, &c| Some(n << 4 | digit(c)?)) {
            Some(b) => out.push(b),
            None => return error(vm, "Non-hexadecimal digit found"),
        }
    }
    vm.new_bytes(out)
}
