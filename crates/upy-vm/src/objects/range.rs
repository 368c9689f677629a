//! `range`: length, indexing, containment and equality without
//! materialising the items.

use crate::args;
use crate::obj::*;
use crate::objects::int;
use crate::objects::seq_ops::{index_value, is_slice, norm_index, slice_indices};
use crate::types::add_method;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

pub fn range_len(a: i64, b: i64, s: i64) -> usize {
    let (a, b, s) = (a as i128, b as i128, s as i128);
    let n = if s > 0 {
        if b > a {
            (b - a - 1) / s + 1
        } else {
            0
        }
    } else if a > b {
        (a - b - 1) / (-s) + 1
    } else {
        0
    };
    n.min(usize::MAX as i128) as usize
}

pub fn range_contains(vm: &mut Vm, a: i64, b: i64, s: i64, item: Value) -> PyResult<bool> {
    let i = match item {
        Value::Int(i) => i,
        Value::Bool(x) => x as i64,
        _ if int::is_int(vm, item) => return Ok(false),
        _ => {
            // Non-ints compare by equality with each element.
            let n = range_len(a, b, s);
            for k in 0..n {
                let v = Value::Int(a + k as i64 * s);
                if vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    let inside = if s > 0 {
        a <= i && i < b
    } else {
        b < i && i <= a
    };
    Ok(inside && (i as i128 - a as i128) % (s as i128) == 0)
}

fn parts(vm: &Vm, g: Gc) -> (i64, i64, i64) {
    match vm.heap.get(g) {
        Obj::Range(a, b, s) => (*a, *b, *s),
        _ => (0, 0, 1),
    }
}

pub fn range_eq(vm: &Vm, x: Gc, y: Gc) -> bool {
    let (a1, b1, s1) = parts(vm, x);
    let (a2, b2, s2) = parts(vm, y);
    let (n1, n2) = (range_len(a1, b1, s1), range_len(a2, b2, s2));
    if n1 != n2 {
        return false;
    }
    if n1 == 0 {
        return true;
    }
    if a1 != a2 {
        return false;
    }
    n1 == 1 || s1 == s2
}

pub fn range_getitem(vm: &mut Vm, g: Gc, idx: Value) -> PyResult<Value> {
    let (a, b, s) = parts(vm, g);
    let n = range_len(a, b, s);
    if is_slice(vm, idx) {
        let (x, y, st) = slice_indices(vm, idx, n)?;
        let start = a + x * s;
        let stop = a + y * s;
        let step = s * st;
        return vm.alloc_val(Obj::Range(start, stop, step));
    }
    let i = index_value(vm, idx, "range indices")?;
    match norm_index(i, n) {
        Some(j) => Ok(Value::Int(a + j as i64 * s)),
        None => vm.index_error("range object index out of range"),
    }
}

fn range_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if int::is_int(vm, v) {
        return int::to_i64(vm, v);
    }
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__index__) {
            let r = vm.call_bound(f, v, &[])?;
            return int::to_i64(vm, r);
        }
    }
    let t = vm.type_name(v);
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        t
    ))
}

fn r_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("range() takes no keyword arguments");
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(vm, a[0])?, 1),
        2 => (range_arg(vm, a[0])?, range_arg(vm, a[1])?, 1),
        3 => (
            range_arg(vm, a[0])?,
            range_arg(vm, a[1])?,
            range_arg(vm, a[2])?,
        ),
        0 => return vm.type_error("range expected at least 1 argument, got 0"),
        n => return vm.type_error(format!("range expected at most 3 arguments, got {}", n)),
    };
    if step == 0 {
        return vm.value_error("range() arg 3 must not be zero");
    }
    vm.alloc_val(Obj::Range(start, stop, step))
}

fn r_self(vm: &mut Vm, args: &[Value]) -> PyResult<(i64, i64, i64)> {
    match args.first() {
        Some(Value::Obj(g)) if matches!(vm.heap.get(*g), Obj::Range(..)) => Ok(parts(vm, *g)),
        _ => vm.type_error("descriptor requires a 'range' object"),
    }
}

fn r_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "count", args, kw, 1, 1)?;
    let (a, b, s) = r_self(vm, args)?;
    Ok(Value::Int(range_contains(vm, a, b, s, args[1])? as i64))
}

fn r_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "index", args, kw, 1, 1)?;
    let (a, b, s) = r_self(vm, args)?;
    if range_contains(vm, a, b, s, args[1])? {
        if let Value::Int(i) = args[1] {
            return Ok(Value::Int((i - a) / s));
        }
        let n = range_len(a, b, s);
        for k in 0..n {
            if vm.eq(Value::Int(a + k as i64 * s), args[1])? {
                return Ok(Value::Int(k as i64));
            }
        }
    }
    let r = vm.repr_of(args[1])?;
    let rs = vm.as_str(r).unwrap_or("").to_string();
    vm.value_error(format!("{} is not in range", rs))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.range;
    crate::types::add_staticmethod(vm, t, "__new__", r_new);
    add_method(vm, t, "count", r_count);
    add_method(vm, t, "index", r_index);
}
