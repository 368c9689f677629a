//! `dict`: look-up, insertion and deletion with Python-level hashing and
//! equality, and the dict methods.

use crate::dict::{DictObj, Find};
use crate::native::{Args, Native};
use crate::obj::*;
use crate::ops::fast_eq;
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn dict_ref(vm: &Vm, d: Gc) -> Option<&DictObj> {
    match vm.heap.get(d) {
        Obj::Dict(x) => Some(x),
        Obj::Instance(i) => match i.base {
            Some(Value::Obj(b)) => match vm.heap.get(b) {
                Obj::Dict(x) => Some(x),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn dict_mut(vm: &mut Vm, d: Gc) -> Option<&mut DictObj> {
    let target = match vm.heap.get(d) {
        Obj::Dict(_) => d,
        Obj::Instance(i) => match i.base {
            Some(Value::Obj(b)) => b,
            _ => return None,
        },
        _ => return None,
    };
    match vm.heap.get_mut(target) {
        Obj::Dict(x) => Some(x),
        _ => None,
    }
}

/// Look up a str key without running Python code (names, attributes).
#[inline]
pub fn dict_get_str(vm: &Vm, d: Gc, key: Value) -> Option<Value> {
    let i = dict_index_str(vm, d, key)?;
    dict_ref(vm, d)?.entry(i).map(|e| e.value)
}

/// Entry index of a str key (names, attributes), without running Python.
pub fn dict_index_str(vm: &Vm, d: Gc, key: Value) -> Option<usize> {
    let Value::Obj(kg) = key else { return None };
    let (hash, ks) = match vm.heap.get(kg) {
        Obj::Str(s) => (s.hash, &s.s),
        _ => return None,
    };
    let dict = dict_ref(vm, d)?;
    let r = dict.find(hash, |cand| {
        if cand.is(key) {
            return Some(true);
        }
        match cand {
            Value::Obj(cg) => match vm.heap.get(cg) {
                Obj::Str(cs) => Some(cs.s == *ks),
                _ => Some(false),
            },
            _ => Some(false),
        }
    });
    match r {
        Find::Found(i) => Some(i),
        _ => None,
    }
}

/// Locate `key`: the entry index if present. Runs `__eq__` when needed.
fn locate(vm: &mut Vm, d: Gc, hash: i64, key: Value) -> PyResult<Option<usize>> {
    loop {
        let Some(dict) = dict_ref(vm, d) else {
            return vm.type_error("expected a dict");
        };
        match dict.find(hash, |cand| {
            if cand.is(key) {
                Some(true)
            } else {
                fast_eq(vm, cand, key)
            }
        }) {
            Find::Found(i) => return Ok(Some(i)),
            Find::Vacant => return Ok(None),
            Find::Slow => {
                let version = dict.version;
                let cands = dict.candidates(hash);
                vm.roots.push(key);
                for i in cands {
                    let cand = match dict_ref(vm, d).and_then(|x| x.entry(i)) {
                        Some(e) => e.key,
                        None => continue,
                    };
                    if vm.eq(cand, key)? {
                        return Ok(Some(i));
                    }
                }
                if dict_ref(vm, d).map(|x| x.version) == Some(version) {
                    return Ok(None);
                }
                // The dict changed during comparison: start again.
            }
        }
    }
}

pub fn dict_get(vm: &mut Vm, d: Gc, key: Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match locate(vm, d, hash, key)? {
        Some(i) => Ok(dict_ref(vm, d).and_then(|x| x.entry(i)).map(|e| e.value)),
        None => Ok(None),
    }
}

pub fn dict_set(vm: &mut Vm, d: Gc, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(key)?;
    match locate(vm, d, hash, key)? {
        Some(i) => {
            if let Some(x) = dict_mut(vm, d) {
                x.set_value(i, value);
            }
        }
        None => {
            vm.reserve(std::mem::size_of::<crate::dict::Entry>() + 8)?;
            if let Some(x) = dict_mut(vm, d) {
                x.insert_new(hash, key, value);
            }
        }
    }
    Ok(())
}

pub fn dict_del(vm: &mut Vm, d: Gc, key: Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match locate(vm, d, hash, key)? {
        Some(i) => Ok(dict_mut(vm, d)
            .and_then(|x| x.remove_at(i))
            .map(|e| e.value)),
        None => Ok(None),
    }
}

/// `(key, value)` pairs of a dict value, in order.
pub fn dict_pairs(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    match d {
        Value::Obj(g) => dict_ref(vm, g)
            .map(|x| x.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub fn dict_len(vm: &Vm, d: Gc) -> usize {
    dict_ref(vm, d).map(|x| x.len()).unwrap_or(0)
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: Gc, other: Value) -> PyResult<()> {
    if let Value::Obj(og) = other {
        if dict_ref(vm, og).is_some() {
            for (k, v) in dict_pairs(vm, other) {
                dict_set(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    let keys = vm.names.keys;
    if let Some(kf) = vm.try_get_attr(other, keys)? {
        let ks = vm.call(kf, &[])?;
        vm.roots.push(ks);
        let it = vm.get_iter(ks)?;
        vm.roots.push(it);
        while let Some(k) = vm.next(it)? {
            vm.roots.push(k);
            let v = vm.get_item(other, k)?;
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    vm.roots.push(it);
    let mut n = 0;
    while let Some(item) = vm.next(it)? {
        vm.roots.push(item);
        let pair = match vm.collect_iterable(item) {
            Ok(p) => p,
            Err(_) => {
                let t = vm.type_name(item);
                return vm
                    .type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        n
                    ))
                    .inspect_err(|_e| {
                        let _ = t;
                    });
            }
        };
        if pair.len() != 2 {
            return vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                n,
                pair.len()
            ));
        }
        dict_set(vm, d, pair[0], pair[1])?;
        n += 1;
    }
    Ok(())
}

/// `{**m}` and `f(**m)`: merge a mapping into the dict `d`.
pub fn dict_merge_op(vm: &mut Vm, d: Value, m: Value, no_dups: bool) -> PyResult<()> {
    let Value::Obj(dg) = d else { return Ok(()) };
    let is_mapping = match m {
        Value::Obj(g) => dict_ref(vm, g).is_some() || vm.lookup_special(m, vm.names.keys).is_some(),
        _ => false,
    };
    if !is_mapping {
        let t = vm.type_name(m);
        return vm.type_error(format!("'{}' object is not a mapping", t));
    }
    if no_dups {
        let pairs = if let Value::Obj(g) = m {
            if dict_ref(vm, g).is_some() {
                dict_pairs(vm, m)
            } else {
                let tmp = Value::Obj(vm.new_dict()?);
                vm.roots.push(tmp);
                dict_update_from(vm, tmp.as_gc().unwrap_or(dg), m)?;
                dict_pairs(vm, tmp)
            }
        } else {
            Vec::new()
        };
        for (k, v) in pairs {
            if dict_get(vm, dg, k)?.is_some() {
                let ks = vm.as_str(k).unwrap_or("?").to_string();
                return vm.type_error(format!("got multiple values for keyword argument '{}'", ks));
            }
            dict_set(vm, dg, k, v)?;
        }
        return Ok(());
    }
    dict_update_from(vm, dg, m)
}

pub fn dict_eq(vm: &mut Vm, a: Gc, b: Gc) -> PyResult<bool> {
    if dict_len(vm, a) != dict_len(vm, b) {
        return Ok(false);
    }
    vm.enter_nested(" in comparison")?;
    let r = values_eq(vm, a, b);
    vm.nesting -= 1;
    r
}

/// Whether every key of `a` maps to an equal value in `b`.
fn values_eq(vm: &mut Vm, a: Gc, b: Gc) -> PyResult<bool> {
    for (k, v) in dict_pairs(vm, Value::Obj(a)) {
        match dict_get(vm, b, k)? {
            Some(w) => {
                if !vm.eq(v, w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

pub fn view_contains(vm: &mut Vm, d: Gc, kind: DictViewKind, item: Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => Ok(dict_get(vm, d, item)?.is_some()),
        DictViewKind::Values => {
            for (_, v) in dict_pairs(vm, Value::Obj(d)) {
                if vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let pair = match vm.collect_iterable(item) {
                Ok(p) if p.len() == 2 => p,
                _ => return Ok(false),
            };
            match dict_get(vm, d, pair[0])? {
                Some(v) => vm.eq(v, pair[1]),
                None => Ok(false),
            }
        }
    }
}

/// The dict object behind `v` (a dict or dict-subclass instance).
pub fn dict_gc(vm: &Vm, v: Value) -> Option<Gc> {
    match vm.unwrap_base(v) {
        Value::Obj(g) if matches!(vm.heap.get(g), Obj::Dict(_)) => Some(g),
        _ => None,
    }
}

fn view(vm: &mut Vm, a: &Args, k: DictViewKind) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    vm.alloc_val(Obj::DictView(g, k))
}

fn d_keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, DictViewKind::Keys)
}

fn d_values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, DictViewKind::Values)
}

fn d_items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, DictViewKind::Items)
}

fn d_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    Ok(dict_get(vm, g, a.arg(0))?.unwrap_or(a.get(1).unwrap_or(Value::None)))
}

fn d_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    match dict_del(vm, g, a.arg(0))? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d),
            None => vm.key_error(a.arg(0)),
        },
    }
}

fn d_popitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let e = dict_mut(vm, g).and_then(|d| d.pop_last());
    match e {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => {
            let t = vm.types.key_error;
            vm.err(t, "popitem(): dictionary is empty")
        }
    }
}

fn d_setdefault(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(v) = dict_get(vm, g, a.arg(0))? {
        return Ok(v);
    }
    let d = a.get(1).unwrap_or(Value::None);
    dict_set(vm, g, a.arg(0), d)?;
    Ok(d)
}

/// `d.update(other, **kw)` and `dict.__init__`.
fn d_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(o) = a.get(0) {
        dict_update_from(vm, g, o)?;
    }
    for &(k, v) in a.extra_kw() {
        dict_set(vm, g, k, v)?;
    }
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(d) = dict_mut(vm, g) {
        d.clear();
    }
    Ok(Value::None)
}

fn d_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let copy = dict_ref(vm, g).cloned().unwrap_or_default();
    vm.check_alloc(copy.size())?;
    vm.alloc_val(Obj::Dict(Box::new(copy)))
}

fn d_fromkeys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = vm.call(a.this(), &[])?;
    vm.roots.push(d);
    let v = a.get(1).unwrap_or(Value::None);
    let keys = vm.collect_iterable(a.arg(0))?;
    for k in keys {
        vm.set_item(d, k, v)?;
    }
    Ok(d)
}

fn d_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = Value::Obj(vm.new_dict()?);
    crate::objects::wrap_for_class(vm, a.this(), vm.types.dict, d)
}

fn d_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let key = a.arg(0);
    match dict_get(vm, g, key)? {
        Some(v) => Ok(v),
        None => {
            let this = a.this();
            if vm.is_user_value(this) {
                let m = vm.names.__missing__;
                if let Some(f) = vm.lookup_special(this, m) {
                    return vm.call_bound(f, this, &[key]);
                }
            }
            vm.key_error(key)
        }
    }
}

fn d_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    dict_set(vm, g, a.arg(0), a.arg(1))?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    match dict_del(vm, g, a.arg(0))? {
        Some(_) => Ok(Value::None),
        None => vm.key_error(a.arg(0)),
    }
}

fn d_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    Ok(Value::Bool(dict_get(vm, g, a.arg(0))?.is_some()))
}

fn d_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    Ok(Value::Int(dict_len(vm, g) as i64))
}

fn d_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    vm.get_iter(Value::Obj(g))
}

/// `a | b` for two dicts.
pub fn dict_or(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(ga), Some(gb)) = (dict_gc(vm, a), dict_gc(vm, b)) else {
        return Ok(None);
    };
    let copy = dict_ref(vm, ga).cloned().unwrap_or_default();
    let r = vm.alloc_val(Obj::Dict(Box::new(copy)))?;
    vm.roots.push(r);
    dict_update_from(vm, r.as_gc().unwrap_or(ga), Value::Obj(gb))?;
    Ok(Some(r))
}

fn view_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let other = crate::objects::set::to_set(vm, a.arg(0))?;
    vm.roots.push(other);
    let items = vm.collect_iterable(a.this())?;
    for it in items {
        if vm.contains(other, it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `view.__iter__()` and `view.__len__()`, for explicit calls.
fn view_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.get_iter(a.this())
}

fn view_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len_of(a.this())? as i64))
}

const VIEW_METHODS: &[Native] = &[
    Native::slot("__iter__(self, /)", view_iter),
    Native::slot("__len__(self, /)", view_len),
];

const METHODS: &[Native] = &[
    Native::new("dict(cls, *args, **kwargs)", d_new).at("__new__"),
    Native::new("dict(self, other=..., /, **kwargs)", d_update).at("__init__"),
    Native::new("fromkeys(cls, iterable, value=None, /)", d_fromkeys),
    Native::new("keys(self, /)", d_keys),
    Native::new("values(self, /)", d_values),
    Native::new("items(self, /)", d_items),
    Native::new("get(self, key, default=None, /)", d_get),
    Native::new("pop(self, key, default=..., /)", d_pop),
    Native::new("popitem(self, /)", d_popitem),
    Native::new("setdefault(self, key, default=None, /)", d_setdefault),
    Native::new("update(self, other=..., /, **kwargs)", d_update),
    Native::new("clear(self, /)", d_clear),
    Native::new("copy(self, /)", d_copy),
    Native::new("__getitem__(self, key, /)", d_getitem),
    Native::slot("__setitem__(self, key, value, /)", d_setitem),
    Native::slot("__delitem__(self, key, /)", d_delitem),
    Native::new("__contains__(self, key, /)", d_contains),
    Native::slot("__len__(self, /)", d_len),
    Native::slot("__iter__(self, /)", d_iter),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    for t in [vm.types.dict_keys, vm.types.dict_items] {
        add_natives(
            vm,
            t,
            &[Native::new("isdisjoint(self, other, /)", view_isdisjoint)],
        )?;
    }
    for t in [
        vm.types.dict_keys,
        vm.types.dict_items,
        vm.types.dict_values,
    ] {
        add_natives(vm, t, VIEW_METHODS)?;
    }
    add_natives(vm, vm.types.dict, METHODS)
}
