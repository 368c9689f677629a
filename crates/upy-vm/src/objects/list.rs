//! `list`: the list methods, including a stable merge sort that tolerates
//! comparison functions which raise or are inconsistent.

use std::cmp::Ordering;

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::seq_ops::{index_value, norm_index};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::CmpOp;

/// The list object behind `v` (a list or list-subclass instance).
pub fn list_gc(vm: &Vm, v: Value) -> Option<Gc> {
    match vm.unwrap_base(v) {
        Value::Obj(g) if matches!(vm.heap.get(g), Obj::List(_)) => Some(g),
        _ => None,
    }
}

fn items_mut(vm: &mut Vm, g: Gc) -> &mut Vec<Value> {
    match vm.heap.get_mut(g) {
        Obj::List(l) => l,
        _ => unreachable!("list_gc checked the kind"),
    }
}

fn items(vm: &Vm, g: Gc) -> &Vec<Value> {
    match vm.heap.get(g) {
        Obj::List(l) => l,
        _ => unreachable!("list_gc checked the kind"),
    }
}

pub fn list_append(vm: &mut Vm, l: Value, v: Value) -> PyResult<()> {
    let Some(g) = list_gc(vm, l) else {
        return vm.type_error("expected a list");
    };
    vm.reserve(16)?;
    items_mut(vm, g).push(v);
    Ok(())
}

/// `l.extend(iterable)` / `l += iterable`.
pub fn list_extend(vm: &mut Vm, g: Gc, it: Value) -> PyResult<()> {
    let new = if list_gc(vm, it) == Some(g) {
        items(vm, g).clone()
    } else {
        vm.collect_iterable(it)?
    };
    vm.check_alloc(new.len() * 16)?;
    vm.reserve(new.len() * 16)?;
    items_mut(vm, g).extend(new);
    Ok(())
}

/// `[*a]`: like extend, with CPython's message for a non-iterable.
pub fn list_extend_star(vm: &mut Vm, g: Gc, it: Value) -> PyResult<()> {
    if let Err(e) = vm.get_iter(it) {
        // Only a TypeError (not iterable) is reworded; an error raised by
        // the object's own __iter__ goes through.
        if !vm.exc_matches(e, vm.types.type_error)
            || vm.is_user_value(it) && {
                let n = vm.names.__iter__;
                vm.lookup_special(it, n).is_some()
            }
        {
            return Err(e);
        }
        let t = vm.type_name(it);
        return vm.type_error(format!("Value after * must be an iterable, not {}", t));
    }
    list_extend(vm, g, it)
}

/// `l *= n`.
pub fn list_imul(vm: &mut Vm, g: Gc, n: Value) -> PyResult<()> {
    let len = items(vm, g).len();
    let Some(k) = crate::objects::seq_ops::repeat_count(vm, n, len * 16)? else {
        let t = vm.type_name(n);
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            t
        ));
    };
    let l = items_mut(vm, g);
    let orig = l.clone();
    l.clear();
    for _ in 0..k {
        l.extend_from_slice(&orig);
    }
    Ok(())
}

fn l_append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    list_append(vm, Value::Obj(g), a.arg(0))?;
    Ok(Value::None)
}

fn l_extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    list_extend(vm, g, a.arg(0))?;
    Ok(Value::None)
}

fn l_insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let i = index_value(vm, a.arg(0), "")?;
    vm.reserve(16)?;
    let l = items_mut(vm, g);
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, a.arg(1));
    Ok(Value::None)
}

fn l_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let len = items(vm, g).len();
    if len == 0 {
        return vm.index_error("pop from empty list");
    }
    let i = match a.get(0) {
        Some(v) => index_value(vm, v, "")?,
        None => -1,
    };
    match norm_index(i, len) {
        Some(j) => Ok(items_mut(vm, g).remove(j)),
        None => vm.index_error("pop index out of range"),
    }
}

/// Position of the first item equal to `v` in `[start, end)`.
fn position(vm: &mut Vm, g: Gc, v: Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let cur = {
            let l = items(vm, g);
            if i >= l.len().min(end) {
                return Ok(None);
            }
            l[i]
        };
        if vm.eq(cur, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn l_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    match position(vm, g, a.arg(0), 0, usize::MAX)? {
        Some(i) => {
            let l = items_mut(vm, g);
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => vm.value_error("list.remove(x): x not in list"),
    }
}

fn l_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let len = items(vm, g).len() as i64;
    let clamp = |i: i64| -> usize { (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize };
    let start = match a.get(1) {
        Some(v) => clamp(index_value(vm, v, "index slice")?),
        None => 0,
    };
    let end = match a.get(2) {
        Some(v) => clamp(index_value(vm, v, "index slice")?),
        None => usize::MAX,
    };
    match position(vm, g, a.arg(0), start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(a.arg(0))?;
            vm.value_error(format!("{} is not in list", r))
        }
    }
}

fn l_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let snapshot = items(vm, g).clone();
    let mut n = 0;
    for it in snapshot {
        if vm.eq(it, a.arg(0))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn l_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    items_mut(vm, g).clear();
    Ok(Value::None)
}

fn l_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let v = items(vm, g).clone();
    vm.new_list(v)
}

fn l_reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    items_mut(vm, g).reverse();
    Ok(Value::None)
}

/// `a < b` for sorting (and `heapq`), with fast paths for same-kind
/// builtin values.
pub fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(x < y),
        (Value::Float(x), Value::Float(y)) => return Ok(x < y),
        (Value::Obj(ga), Value::Obj(gb)) => {
            if let (Obj::Str(x), Obj::Str(y)) = (vm.heap.get(ga), vm.heap.get(gb)) {
                return Ok(x.s < y.s);
            }
        }
        _ => {}
    }
    let r = vm.compare(CmpOp::Lt, a, b)?;
    vm.truthy(r)
}

/// Stable merge sort of `idx` by `keys[idx]`; comparisons may fail.
fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut Vec<usize>, reverse: bool) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    // `reverse` keeps stability: an element goes before an earlier one only
    // if strictly greater.
    let lt = |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> {
        if reverse {
            less(vm, keys[b], keys[a])
        } else {
            less(vm, keys[a], keys[b])
        }
    };
    // Insertion sort runs of 16, then bottom-up merges.
    const RUN: usize = 16;
    let mut s = 0;
    while s < n {
        let e = (s + RUN).min(n);
        for i in s + 1..e {
            let mut j = i;
            while j > s && lt(vm, idx[j], idx[j - 1])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        s = e;
    }
    let mut buf = idx.clone();
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if lt(vm, idx[j], idx[i])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    let _ = Ordering::Less;
    Ok(())
}

/// Sort `items` in place with an optional key function.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Value, reverse: bool) -> PyResult<()> {
    let mark = vm.roots.len();
    vm.roots.extend(items.iter().copied());
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            let k = vm.call(key, &[*it]);
            let k = match k {
                Ok(k) => k,
                Err(e) => {
                    vm.roots.truncate(mark);
                    return Err(e);
                }
            };
            vm.roots.push(k);
            ks.push(k);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let r = merge_sort(vm, &keys, &mut idx, reverse);
    vm.roots.truncate(mark);
    r?;
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

fn l_sort(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let key = a.value(vm, 0)?;
    let reverse = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // While sorting the list looks empty, as in CPython.
    let mut v = std::mem::take(items_mut(vm, g));
    vm.roots.extend(v.iter().copied());
    let r = sort_values(vm, &mut v, key, reverse);
    let modified = !items(vm, g).is_empty();
    *items_mut(vm, g) = v;
    r?;
    if modified {
        return vm.value_error("list modified during sort");
    }
    Ok(Value::None)
}

fn l_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = vm.new_list(Vec::new())?;
    crate::objects::wrap_for_class(vm, a.this(), vm.types.list, l)
}

fn l_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    items_mut(vm, g).clear();
    if let Some(it) = a.get(0) {
        list_extend(vm, g, it)?;
    }
    Ok(Value::None)
}

const METHODS: &[Native] = &[
    Native::new("list(cls, *args, **kwargs)", l_new).at("__new__"),
    Native::new("list(self, iterable=..., /)", l_init).at("__init__"),
    Native::new("append(self, object, /)", l_append),
    Native::new("extend(self, iterable, /)", l_extend),
    Native::new("insert(self, index, object, /)", l_insert),
    Native::new("pop(self, index=-1, /)", l_pop),
    Native::new("remove(self, value, /)", l_remove),
    Native::new("index(self, value, start=0, stop=..., /)", l_index),
    Native::new("count(self, value, /)", l_count),
    Native::new("clear(self, /)", l_clear),
    Native::new("copy(self, /)", l_copy),
    Native::new("reverse(self, /)", l_reverse),
    Native::new("sort(self, /, *, key=None, reverse=False)", l_sort),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.list, METHODS)
}
