//! Operations shared by the sequence types: item snapshots, index and slice
//! normalisation, concatenation and repetition.

use num_traits::{Signed, ToPrimitive};

use crate::obj::*;
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::BinOp;

/// Items of a tuple or list (or subclass instance) as a snapshot; empty for
/// anything else.
pub fn seq_items(vm: &Vm, v: Value) -> Vec<Value> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Tuple(t) => t.to_vec(),
            Obj::List(l) => l.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Number of items of a builtin sequence, if `v` is one.
pub fn seq_len(vm: &Vm, v: Value) -> Option<usize> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Tuple(t) => Some(t.len()),
            Obj::List(l) => Some(l.len()),
            Obj::Str(s) => Some(s.nchars),
            Obj::Bytes(b) => Some(b.len()),
            Obj::ByteArray(b) => Some(b.len()),
            _ => None,
        },
        _ => None,
    }
}

/// An index operand as i64 (`__index__` honoured); TypeError naming `what`
/// ("list indices") otherwise.
pub fn index_value(vm: &mut Vm, idx: Value, what: &str) -> PyResult<i64> {
    match idx {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => {
            if let Some(b) = int::to_big(vm, idx) {
                return match b.to_i64() {
                    Some(i) => Ok(i),
                    None => {
                        let t = vm.types.index_error;
                        let msg = "cannot fit 'int' into an index-sized integer".to_string();
                        let _ = b.is_negative();
                        vm.err(t, msg)
                    }
                };
            }
            if vm.is_user_value(idx) {
                if let Some(f) = vm.lookup_special(idx, vm.names.__index__) {
                    let r = vm.call_bound(f, idx, &[])?;
                    if int::is_int(vm, r) {
                        return index_value(vm, r, what);
                    }
                    let t = vm.type_name(r);
                    return vm.type_error(format!("__index__ returned non-int (type {})", t));
                }
            }
            let t = vm.type_name(idx);
            match what {
                "string indices" => {
                    vm.type_error(format!("string indices must be integers, not '{}'", t))
                }
                "slice indices" => vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
                "index slice" => {
                    vm.type_error("slice indices must be integers or have an __index__ method")
                }
                "" => vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t
                )),
                _ => vm.type_error(format!("{} must be integers or slices, not {}", what, t)),
            }
        }
    }
}

/// Resolve a possibly negative index against `len`; None if out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// An int argument for slicing (`None` is allowed and returns None).
fn slice_arg(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(b) = int::to_big(vm, v) {
        // Clamp huge values; slicing saturates.
        return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })));
    }
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__index__) {
            let r = vm.call_bound(f, v, &[])?;
            return slice_arg(vm, r);
        }
    }
    vm.type_error("slice indices must be integers or None or have an __index__ method")
}

/// `slice.indices(len)`: normalised (start, stop, step).
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let (a, b, c) = match slice {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Slice(a, b, c) => (*a, *b, *c),
            _ => return vm.type_error("expected a slice"),
        },
        _ => return vm.type_error("expected a slice"),
    };
    let step = slice_arg(vm, c)?.unwrap_or(1);
    if step == 0 {
        return vm.value_error("slice step cannot be zero");
    }
    let len = len as i64;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(v) if v < 0 => (v + len).max(lo),
            Some(v) => v.min(hi),
        }
    };
    let start = fix(slice_arg(vm, a)?, if step < 0 { hi } else { lo });
    let stop = fix(slice_arg(vm, b)?, if step < 0 { lo } else { hi });
    Ok((start, stop, step))
}

/// Indices selected by a normalised slice.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let n = slice_count(start, stop, step);
    (0..n).map(move |k| (start + k as i64 * step) as usize)
}

pub fn slice_count(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

pub fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Slice(..)))
}

/// The repeat count of `seq * n`, checking the result fits the heap.
pub fn repeat_count(vm: &mut Vm, n: Value, item_bytes: usize) -> PyResult<Option<usize>> {
    if !int::is_int(vm, n) {
        return Ok(None);
    }
    let b = int::to_big(vm, n).unwrap_or_default();
    if b.is_negative() {
        return Ok(Some(0));
    }
    let Some(k) = b.to_u64() else {
        return vm.overflow_error("cannot fit 'int' into an index-sized integer");
    };
    if k > i64::MAX as u64 {
        return vm.overflow_error("cannot fit 'int' into an index-sized integer");
    }
    let total = (k as u128) * (item_bytes as u128);
    if total > usize::MAX as u128 / 2 {
        return Err(vm.out_of_memory());
    }
    vm.check_alloc(total as usize)?;
    Ok(Some(k as usize))
}

/// `+` and `*` on builtin sequences, and `%` on str/bytes.
pub fn seq_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ua, ub) = (vm.unwrap_base(a), vm.unwrap_base(b));
    let (Value::Obj(ga), bv) = (ua, ub) else {
        // int * seq
        if op == BinOp::Mul {
            if let Value::Obj(_) = ub {
                if int::is_int(vm, ua) && crate::objects::seq_ops::seq_len(vm, ub).is_some() {
                    return seq_binop(vm, op, ub, ua);
                }
            }
        }
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Value::Obj(gb) = bv else { return Ok(None) };
            enum Cat {
                Str(usize),
                List,
                Tuple,
                Bytes,
                None,
            }
            let cat = match (vm.heap.get(ga), vm.heap.get(gb)) {
                (Obj::Str(x), Obj::Str(y)) => Cat::Str(x.s.len() + y.s.len()),
                (Obj::List(_), Obj::List(_)) => Cat::List,
                (Obj::Tuple(_), Obj::Tuple(_)) => Cat::Tuple,
                (Obj::Bytes(_) | Obj::ByteArray(_), _) => Cat::Bytes,
                _ => Cat::None,
            };
            match cat {
                Cat::Str(n) => {
                    vm.check_alloc(n)?;
                    let mut s = String::with_capacity(n);
                    s.push_str(vm.as_str(ua).unwrap_or(""));
                    s.push_str(vm.as_str(ub).unwrap_or(""));
                    vm.new_string(s).map(Some)
                }
                Cat::List => {
                    let mut v = seq_items(vm, ua);
                    v.extend(seq_items(vm, ub));
                    vm.new_list(v).map(Some)
                }
                Cat::Tuple => {
                    let mut v = seq_items(vm, ua);
                    v.extend(seq_items(vm, ub));
                    vm.new_tuple(v).map(Some)
                }
                Cat::Bytes => {
                    let x = crate::objects::bytes::buffer_bytes(vm, ua)?;
                    let y = match crate::objects::bytes::try_buffer_bytes(vm, ub) {
                        Some(y) => y,
                        None => {
                            let t = vm.type_name(b);
                            let ta = vm.type_name(a);
                            return vm.type_error(format!("can't concat {} to {}", t, ta));
                        }
                    };
                    let mut v = x;
                    v.extend_from_slice(&y);
                    if matches!(vm.heap.get(ga), Obj::ByteArray(_)) {
                        vm.alloc_val(Obj::ByteArray(v)).map(Some)
                    } else {
                        vm.new_bytes(v).map(Some)
                    }
                }
                Cat::None => Ok(None),
            }
        }
        BinOp::Mul => {
            let item = match vm.heap.get(ga) {
                Obj::Str(s) => s.s.len(),
                Obj::Bytes(b) => b.len(),
                Obj::ByteArray(b) => b.len(),
                Obj::List(l) => l.len() * 16,
                Obj::Tuple(t) => t.len() * 16,
                _ => return Ok(None),
            };
            let Some(k) = repeat_count(vm, bv, item)? else {
                return Ok(None);
            };
            match vm.heap.get(ga) {
                Obj::Str(s) => {
                    let r = s.s.repeat(k);
                    vm.new_string(r).map(Some)
                }
                Obj::Bytes(b) => {
                    let r = b.repeat(k);
                    vm.new_bytes(r).map(Some)
                }
                Obj::ByteArray(b) => {
                    let r = b.repeat(k);
                    vm.alloc_val(Obj::ByteArray(r)).map(Some)
                }
                Obj::List(l) => {
                    let r = l.repeat(k);
                    vm.new_list(r).map(Some)
                }
                Obj::Tuple(t) => {
                    if k == 1 && matches!(a, Value::Obj(_)) && a.is(ua) {
                        return Ok(Some(a));
                    }
                    let r = t.repeat(k);
                    vm.new_tuple(r).map(Some)
                }
                _ => Ok(None),
            }
        }
        BinOp::Mod => match vm.heap.get(ga) {
            Obj::Str(_) => crate::format::percent_format_str(vm, ua, b).map(Some),
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                crate::format::percent_format_bytes(vm, ua, b).map(Some)
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}
