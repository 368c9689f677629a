//! `dict`: look-up, insertion and deletion with Python-level hashing and
//! equality, and the dict methods.

use crate::dict::{DictObj, Find};
use crate::obj::*;
use crate::ops::fast_eq;
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

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc> {
    match args.first().and_then(|v| dict_gc(vm, *v)) {
        Some(g) => Ok(g),
        None => vm.type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to this object",
            name
        )),
    }
}

fn view(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    k: DictViewKind,
) -> PyResult<Value> {
    crate::args::check_method(vm, name, args, kw, 0, 0)?;
    let g = this(vm, args, name)?;
    vm.alloc_val(Obj::DictView(g, k))
}

fn d_keys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "keys", DictViewKind::Keys)
}

fn d_values(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "values", DictViewKind::Values)
}

fn d_items(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "items", DictViewKind::Items)
}

fn d_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "get", args, kw, 1, 2)?;
    let g = this(vm, args, "get")?;
    Ok(dict_get(vm, g, args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn d_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "pop", args, kw, 1, 2)?;
    let g = this(vm, args, "pop")?;
    match dict_del(vm, g, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(*d),
            None => vm.key_error(args[1]),
        },
    }
}

fn d_popitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "popitem", args, kw, 0, 0)?;
    let g = this(vm, args, "popitem")?;
    let e = dict_mut(vm, g).and_then(|d| d.pop_last());
    match e {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => {
            let t = vm.types.key_error;
            vm.err(t, "popitem(): dictionary is empty")
        }
    }
}

fn d_setdefault(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "setdefault", args, kw, 1, 2)?;
    let g = this(vm, args, "setdefault")?;
    if let Some(v) = dict_get(vm, g, args[1])? {
        return Ok(v);
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    dict_set(vm, g, args[1], d)?;
    Ok(d)
}

fn d_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let g = this(vm, args, "update")?;
    if let Some(&o) = args.get(1) {
        dict_update_from(vm, g, o)?;
    }
    for &(k, v) in kw {
        dict_set(vm, g, k, v)?;
    }
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "clear", args, kw, 0, 0)?;
    let g = this(vm, args, "clear")?;
    if let Some(d) = dict_mut(vm, g) {
        d.clear();
    }
    Ok(Value::None)
}

fn d_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "copy", args, kw, 0, 0)?;
    let g = this(vm, args, "copy")?;
    let copy = dict_ref(vm, g).cloned().unwrap_or_default();
    vm.check_alloc(copy.size())?;
    vm.alloc_val(Obj::Dict(Box::new(copy)))
}

fn d_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "fromkeys", args, kw, 1, 2)?;
    let d = vm.call(args[0], &[])?;
    vm.roots.push(d);
    let v = args.get(2).copied().unwrap_or(Value::None);
    let keys = vm.collect_iterable(args[1])?;
    for k in keys {
        vm.set_item(d, k, v)?;
    }
    Ok(d)
}

fn d_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = Value::Obj(vm.new_dict()?);
    crate::objects::wrap_for_class(vm, args[0], vm.types.dict, d)
}

fn d_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let g = this(vm, args, "__init__")?;
    if let Some(&o) = args.get(1) {
        dict_update_from(vm, g, o)?;
    }
    for &(k, v) in kw {
        dict_set(vm, g, k, v)?;
    }
    Ok(Value::None)
}

fn d_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__getitem__", args, kw, 1, 1)?;
    let g = this(vm, args, "__getitem__")?;
    match dict_get(vm, g, args[1])? {
        Some(v) => Ok(v),
        None => {
            if vm.is_user_value(args[0]) {
                let m = vm.names.__missing__;
                if let Some(f) = vm.lookup_special(args[0], m) {
                    return vm.call_bound(f, args[0], &[args[1]]);
                }
            }
            vm.key_error(args[1])
        }
    }
}

fn d_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__setitem__", args, kw, 2, 2)?;
    let g = this(vm, args, "__setitem__")?;
    dict_set(vm, g, args[1], args[2])?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__delitem__", args, kw, 1, 1)?;
    let g = this(vm, args, "__delitem__")?;
    match dict_del(vm, g, args[1])? {
        Some(_) => Ok(Value::None),
        None => vm.key_error(args[1]),
    }
}

fn d_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__contains__", args, kw, 1, 1)?;
    let g = this(vm, args, "__contains__")?;
    Ok(Value::Bool(dict_get(vm, g, args[1])?.is_some()))
}

fn d_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__len__", args, kw, 0, 0)?;
    let g = this(vm, args, "__len__")?;
    Ok(Value::Int(dict_len(vm, g) as i64))
}

fn d_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__iter__", args, kw, 0, 0)?;
    let g = this(vm, args, "__iter__")?;
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

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "isdisjoint", args, kw, 1, 1)?;
    let other = crate::objects::set::to_set(vm, args[1])?;
    vm.roots.push(other);
    let items = vm.collect_iterable(args[0])?;
    for it in items {
        if vm.contains(other, it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `view.__iter__()` and `view.__len__()`, for explicit calls.
fn view_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__iter__", args, kw, 0, 0)?;
    vm.get_iter(args[0])
}

fn view_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::args::check_method(vm, "__len__", args, kw, 0, 0)?;
    Ok(Value::Int(vm.len_of(args[0])? as i64))
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.dict_keys, vm.types.dict_items] {
        crate::types::add_method(vm, t, "isdisjoint", view_isdisjoint);
    }
    for t in [
        vm.types.dict_keys,
        vm.types.dict_items,
        vm.types.dict_values,
    ] {
        crate::types::add_method(vm, t, "__iter__", view_iter);
        crate::types::add_method(vm, t, "__len__", view_len);
    }
    let t = vm.types.dict;
    crate::types::add_staticmethod(vm, t, "__new__", d_new);
    crate::types::add_classmethod(vm, t, "fromkeys", d_fromkeys);
    for (n, f) in [
        ("__init__", d_init as crate::obj::NativeFnPtr),
        ("keys", d_keys),
        ("values", d_values),
        ("items", d_items),
        ("get", d_get),
        ("pop", d_pop),
        ("popitem", d_popitem),
        ("setdefault", d_setdefault),
        ("update", d_update),
        ("clear", d_clear),
        ("copy", d_copy),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__contains__", d_contains),
        ("__len__", d_len),
        ("__iter__", d_iter),
    ] {
        crate::types::add_method(vm, t, n, f);
    }
}
