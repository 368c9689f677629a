//! `set` and `frozenset`: membership with Python-level hashing and
//! equality, the set algebra (building results in CPython's order so that
//! printed sets match), and the methods.

use std::cmp::Ordering;

use crate::native::{Args, Native};
use crate::obj::*;
use crate::ops::fast_eq;
use crate::set::{SetFind, SetObj};
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::BinOp;

fn set_ref(vm: &Vm, g: Gc) -> Option<&SetObj> {
    match vm.heap.get(g) {
        Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
        Obj::Instance(i) => match i.base {
            Some(Value::Obj(b)) => match vm.heap.get(b) {
                Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn set_mut(vm: &mut Vm, g: Gc) -> Option<&mut SetObj> {
    let target = match vm.heap.get(g) {
        Obj::Set(_) | Obj::FrozenSet(_) => g,
        Obj::Instance(i) => match i.base {
            Some(Value::Obj(b)) => b,
            _ => return None,
        },
        _ => return None,
    };
    match vm.heap.get_mut(target) {
        Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// The set object behind a value (set, frozenset or subclass instance).
pub fn as_set(vm: &Vm, v: Value) -> Option<Gc> {
    match v {
        Value::Obj(g) if set_ref(vm, g).is_some() => Some(g),
        _ => None,
    }
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    matches!(vm.unwrap_base(v), Value::Obj(g) if matches!(vm.heap.get(g), Obj::FrozenSet(_)))
}

/// Find `key` (with `hash`): Ok(Found(slot)) or Ok(Vacant(slot)).
fn locate(vm: &mut Vm, s: Gc, hash: i64, key: Value) -> PyResult<SetFind> {
    loop {
        let Some(so) = set_ref(vm, s) else {
            return vm.type_error("expected a set");
        };
        match so.find(hash, |c| {
            if c.is(key) {
                Some(true)
            } else {
                fast_eq(vm, c, key)
            }
        }) {
            SetFind::Slow => {
                let version = so.version;
                let cands = so.candidates(hash);
                vm.roots.push(key);
                for slot in cands {
                    let Some((_, c)) = set_ref(vm, s).and_then(|x| x.get_slot(slot)) else {
                        continue;
                    };
                    if vm.eq(c, key)? {
                        return Ok(SetFind::Found(slot));
                    }
                }
                let Some(so) = set_ref(vm, s) else {
                    return vm.type_error("expected a set");
                };
                if so.version == version {
                    return Ok(so.find(hash, |_| Some(false)));
                }
            }
            r => return Ok(r),
        }
    }
}

fn add_hashed(vm: &mut Vm, s: Gc, hash: i64, item: Value) -> PyResult<()> {
    if let SetFind::Vacant(slot) = locate(vm, s, hash, item)? {
        vm.reserve(24)?;
        if let Some(so) = set_mut(vm, s) {
            so.insert_at(slot, hash, item);
        }
    }
    Ok(())
}

pub fn set_add(vm: &mut Vm, s: Gc, item: Value) -> PyResult<()> {
    let h = vm.hash(item)?;
    add_hashed(vm, s, h, item)
}

/// The hash and key to look `item` up with: a set (unhashable) is looked
/// up as the frozenset with its items, as CPython does for `in`,
/// `remove` and `discard`.
fn lookup_key(vm: &mut Vm, item: Value) -> PyResult<(i64, Value)> {
    match vm.hash(item) {
        Ok(h) => Ok((h, item)),
        Err(e) => {
            let Some(ig) = as_set(vm, item) else {
                return Err(e);
            };
            let items: Vec<(i64, Value)> = set_ref(vm, ig)
                .map(|x| x.iter().collect())
                .unwrap_or_default();
            let h = frozenset_hash(&items.iter().map(|p| p.0).collect::<Vec<_>>());
            let f = new_from_pairs(vm, &items, true)?;
            vm.roots.push(f);
            Ok((h, f))
        }
    }
}

pub fn set_contains(vm: &mut Vm, s: Gc, item: Value) -> PyResult<bool> {
    let (h, k) = lookup_key(vm, item)?;
    Ok(matches!(locate(vm, s, h, k)?, SetFind::Found(_)))
}

fn discard(vm: &mut Vm, s: Gc, item: Value) -> PyResult<bool> {
    let (h, item) = lookup_key(vm, item)?;
    match locate(vm, s, h, item)? {
        SetFind::Found(slot) => {
            if let Some(so) = set_mut(vm, s) {
                so.remove_at(slot);
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn new_from_pairs(vm: &mut Vm, items: &[(i64, Value)], frozen: bool) -> PyResult<Value> {
    let g = vm.new_set(frozen)?;
    let v = Value::Obj(g);
    vm.roots.push(v);
    for &(h, k) in items {
        add_hashed(vm, g, h, k)?;
    }
    Ok(v)
}

/// Add everything from `other` into set `s` (CPython's set_update_internal).
pub fn update_internal(vm: &mut Vm, s: Gc, other: Value) -> PyResult<()> {
    if let Some(og) = as_set(vm, other) {
        let (fast, items) = {
            let src = set_ref(vm, og).cloned().unwrap_or_default();
            let dst = set_mut(vm, s).expect("set");
            if dst.merge_from(&src) {
                (true, Vec::new())
            } else {
                dst.reserve_for_merge(src.len());
                (false, src.iter().collect::<Vec<_>>())
            }
        };
        if !fast {
            for (h, k) in items {
                add_hashed(vm, s, h, k)?;
            }
        }
        return Ok(());
    }
    if let Value::Obj(dg) = other {
        if matches!(vm.heap.get(dg), Obj::Dict(_)) {
            let keys: Vec<Value> = crate::objects::dict::dict_pairs(vm, other)
                .into_iter()
                .map(|p| p.0)
                .collect();
            for k in keys {
                set_add(vm, s, k)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(other)?;
    vm.roots.push(it);
    while let Some(x) = vm.next(it)? {
        set_add(vm, s, x)?;
    }
    Ok(())
}

/// `{*it}` in a set display.
pub fn set_update(vm: &mut Vm, s: Value, it: Value) -> PyResult<()> {
    let Some(g) = as_set(vm, s) else {
        return Ok(());
    };
    update_internal(vm, g, it)
}

/// A new set (not frozen) with the elements of an iterable.
pub fn to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::Obj(to_set_gc(vm, v)?))
}

/// `to_set`, as a handle.
fn to_set_gc(vm: &mut Vm, v: Value) -> PyResult<Gc> {
    let g = vm.new_set(false)?;
    vm.roots.push(Value::Obj(g));
    update_internal(vm, g, v)?;
    Ok(g)
}

fn copy_set(vm: &mut Vm, v: Value, frozen: bool) -> PyResult<Value> {
    Ok(Value::Obj(copy_set_gc(vm, v, frozen)?))
}

/// `copy_set`, as a handle.
fn copy_set_gc(vm: &mut Vm, v: Value, frozen: bool) -> PyResult<Gc> {
    let g = vm.new_set(frozen)?;
    vm.roots.push(Value::Obj(g));
    update_internal(vm, g, v)?;
    Ok(g)
}

fn snapshot(vm: &Vm, g: Gc) -> Vec<(i64, Value)> {
    set_ref(vm, g)
        .map(|s| s.iter().collect())
        .unwrap_or_default()
}

fn contains_hashed(vm: &mut Vm, s: Gc, h: i64, k: Value) -> PyResult<bool> {
    Ok(matches!(locate(vm, s, h, k)?, SetFind::Found(_)))
}

/// `a & b` where both are sets.
fn intersection(vm: &mut Vm, a: Gc, b: Gc, frozen: bool) -> PyResult<Gc> {
    let (mut small, mut big) = (a, b);
    if set_ref(vm, b).map(|x| x.len()) < set_ref(vm, a).map(|x| x.len()) {
        std::mem::swap(&mut small, &mut big);
    }
    let rg = vm.new_set(frozen)?;
    vm.roots.push(Value::Obj(rg));
    for (h, k) in snapshot(vm, small) {
        if contains_hashed(vm, big, h, k)? {
            add_hashed(vm, rg, h, k)?;
        }
    }
    Ok(rg)
}

fn difference(vm: &mut Vm, a: Gc, b: Gc, frozen: bool) -> PyResult<Value> {
    let la = set_ref(vm, a).map(|x| x.len()).unwrap_or(0);
    let lb = set_ref(vm, b).map(|x| x.len()).unwrap_or(0);
    if (la >> 2) > lb {
        let rg = copy_set_gc(vm, Value::Obj(a), frozen)?;
        let r = Value::Obj(rg);
        for (_, k) in snapshot(vm, b) {
            discard(vm, rg, k)?;
        }
        return Ok(r);
    }
    let rg = vm.new_set(frozen)?;
    let r = Value::Obj(rg);
    vm.roots.push(r);
    for (h, k) in snapshot(vm, a) {
        if !contains_hashed(vm, b, h, k)? {
            add_hashed(vm, rg, h, k)?;
        }
    }
    Ok(r)
}

fn symmetric_difference_update(vm: &mut Vm, r: Gc, b: Gc) -> PyResult<()> {
    for (h, k) in snapshot(vm, b) {
        match locate(vm, r, h, k)? {
            SetFind::Found(slot) => {
                if let Some(so) = set_mut(vm, r) {
                    so.remove_at(slot);
                }
            }
            SetFind::Vacant(slot) => {
                if let Some(so) = set_mut(vm, r) {
                    so.insert_at(slot, h, k);
                }
            }
            SetFind::Slow => {}
        }
    }
    Ok(())
}

/// `a op b` for set operands; None if not both sets.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    // Key and item views behave as sets: convert and combine.
    let is_view = |vm: &Vm, v: Value| matches!(v, Value::Obj(g) if matches!(vm.heap.get(g), Obj::DictView(_, k) if *k != DictViewKind::Values));
    if is_view(vm, a) || is_view(vm, b) {
        let iterable = |vm: &mut Vm, v: Value| vm.get_iter(v).is_ok();
        if !iterable(vm, a) || !iterable(vm, b) {
            return Ok(None);
        }
        let sa = to_set(vm, a)?;
        let sb = to_set(vm, b)?;
        return set_binop(vm, op, sa, sb);
    }
    let (Some(ga), Some(gb)) = (as_set(vm, a), as_set(vm, b)) else {
        return Ok(None);
    };
    let frozen = is_frozen(vm, a);
    let r = match op {
        BinOp::Or => {
            let rg = copy_set_gc(vm, a, frozen)?;
            update_internal(vm, rg, b)?;
            Value::Obj(rg)
        }
        BinOp::And => Value::Obj(intersection(vm, ga, gb, frozen)?),
        BinOp::Sub => difference(vm, ga, gb, frozen)?,
        BinOp::Xor => {
            let rg = copy_set_gc(vm, a, frozen)?;
            symmetric_difference_update(vm, rg, gb)?;
            Value::Obj(rg)
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `a op= b` for a mutable set `a`.
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(ga), Some(gb)) = (as_set(vm, a), as_set(vm, b)) else {
        return Ok(None);
    };
    match op {
        BinOp::Or => update_internal(vm, ga, b)?,
        BinOp::Sub => {
            if ga == gb {
                if let Some(s) = set_mut(vm, ga) {
                    s.clear();
                }
            } else {
                for (_, k) in snapshot(vm, gb) {
                    discard(vm, ga, k)?;
                }
            }
        }
        BinOp::And => {
            let r = intersection(vm, ga, gb, false)?;
            let new = set_ref(vm, r).cloned().unwrap_or_default();
            if let Some(s) = set_mut(vm, ga) {
                *s = new;
            }
        }
        BinOp::Xor => {
            if ga == gb {
                if let Some(s) = set_mut(vm, ga) {
                    s.clear();
                }
            } else {
                symmetric_difference_update(vm, ga, gb)?;
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(a))
}

fn is_subset(vm: &mut Vm, a: Gc, b: Gc) -> PyResult<bool> {
    if set_ref(vm, a).map(|x| x.len()) > set_ref(vm, b).map(|x| x.len()) {
        return Ok(false);
    }
    for (h, k) in snapshot(vm, a) {
        if !contains_hashed(vm, b, h, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Subset ordering of two sets.
pub fn set_cmp(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Option<Ordering>>> {
    let (Some(ga), Some(gb)) = (as_set(vm, a), as_set(vm, b)) else {
        return Ok(None);
    };
    let la = set_ref(vm, ga).map(|x| x.len()).unwrap_or(0);
    let lb = set_ref(vm, gb).map(|x| x.len()).unwrap_or(0);
    let ab = is_subset(vm, ga, gb)?;
    let ba = is_subset(vm, gb, ga)?;
    Ok(Some(match (ab, ba) {
        (true, true) => Some(Ordering::Equal),
        (true, false) => Some(Ordering::Less),
        (false, true) => Some(Ordering::Greater),
        _ => {
            let _ = (la, lb);
            None
        }
    }))
}

/// CPython's frozenset hash over the element hashes.
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for &h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// An argument that must be a set for an operator-like method; other
/// iterables are converted.
fn as_set_arg(vm: &mut Vm, v: Value) -> PyResult<Gc> {
    if let Some(g) = as_set(vm, v) {
        return Ok(g);
    }
    to_set_gc(vm, v)
}

fn s_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    set_add(vm, g, a.arg(0))?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if !discard(vm, g, a.arg(0))? {
        return vm.key_error(a.arg(0));
    }
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    discard(vm, g, a.arg(0))?;
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    match set_mut(vm, g).and_then(|s| s.pop_any()) {
        Some(v) => Ok(v),
        None => {
            let t = vm.types.key_error;
            vm.err(t, "pop from an empty set")
        }
    }
}

fn s_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(s) = set_mut(vm, g) {
        s.clear();
    }
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = a.this();
    let frozen = is_frozen(vm, this);
    if frozen && !vm.is_user_value(this) {
        return Ok(this);
    }
    copy_set(vm, this, frozen)
}

fn s_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    for &o in a.rest() {
        update_internal(vm, g, o)?;
    }
    Ok(Value::None)
}

/// `s.union(*others)` and the like (`others` is one set for the
/// symmetric difference).
fn multi(vm: &mut Vm, this: Value, others: &[Value], op: BinOp) -> PyResult<Value> {
    let frozen = is_frozen(vm, this);
    let mut acc = copy_set(vm, this, frozen)?;
    for &o in others {
        let og = as_set_arg(vm, o)?;
        vm.roots.push(Value::Obj(og));
        acc = match set_binop(vm, op, acc, Value::Obj(og))? {
            Some(r) => r,
            None => acc,
        };
        vm.roots.push(acc);
    }
    Ok(acc)
}

fn s_union(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a.this(), a.rest(), BinOp::Or)
}

fn s_intersection(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a.this(), a.rest(), BinOp::And)
}

fn s_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a.this(), a.rest(), BinOp::Sub)
}

fn s_symmetric_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a.this(), &[a.arg(0)], BinOp::Xor)
}

fn multi_update(vm: &mut Vm, this: Value, others: &[Value], op: BinOp) -> PyResult<Value> {
    if op == BinOp::And {
        // As CPython: every argument is read before the set changes, so
        // a bad one leaves it intact (the other updates go one by one).
        let mut sets = Vec::with_capacity(others.len());
        for &o in others {
            let og = as_set_arg(vm, o)?;
            vm.roots.push(Value::Obj(og));
            sets.push(og);
        }
        for og in sets {
            set_inplace(vm, op, this, Value::Obj(og))?;
        }
        return Ok(Value::None);
    }
    for &o in others {
        let og = as_set_arg(vm, o)?;
        vm.roots.push(Value::Obj(og));
        set_inplace(vm, op, this, Value::Obj(og))?;
    }
    Ok(Value::None)
}

fn s_intersection_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi_update(vm, a.this(), a.rest(), BinOp::And)
}

fn s_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi_update(vm, a.this(), a.rest(), BinOp::Sub)
}

fn s_symmetric_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi_update(vm, a.this(), &[a.arg(0)], BinOp::Xor)
}

fn s_issubset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let o = as_set_arg(vm, a.arg(0))?;
    vm.roots.push(Value::Obj(o));
    Ok(Value::Bool(is_subset(vm, g, o)?))
}

fn s_issuperset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let o = as_set_arg(vm, a.arg(0))?;
    vm.roots.push(Value::Obj(o));
    Ok(Value::Bool(is_subset(vm, o, g)?))
}

fn s_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let o = as_set_arg(vm, a.arg(0))?;
    vm.roots.push(Value::Obj(o));
    for (h, k) in snapshot(vm, g) {
        if contains_hashed(vm, o, h, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = Value::Obj(vm.new_set(false)?);
    crate::objects::wrap_for_class(vm, a.this(), vm.types.set, s)
}

fn set_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    if let Some(s) = set_mut(vm, g) {
        s.clear();
    }
    if let Some(it) = a.get(0) {
        update_internal(vm, g, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let exact = matches!(a.this(), Value::Obj(g) if g == vm.types.frozenset);
    if let Some(it) = a.get(0) {
        if exact && matches!(it, Value::Obj(g) if matches!(vm.heap.get(g), Obj::FrozenSet(_))) {
            return Ok(it);
        }
    }
    let s_g = vm.new_set(true)?;
    let s = Value::Obj(s_g);
    vm.roots.push(s);
    if let Some(it) = a.get(0) {
        update_internal(vm, s_g, it)?;
    }
    crate::objects::wrap_for_class(vm, a.this(), vm.types.frozenset, s)
}

/// The methods of both set and frozenset.
const READ_METHODS: &[Native] = &[
    Native::new("copy(self, /)", s_copy),
    Native::new("union(self, *others)", s_union),
    Native::new("intersection(self, *others)", s_intersection),
    Native::new("difference(self, *others)", s_difference),
    Native::new(
        "symmetric_difference(self, other, /)",
        s_symmetric_difference,
    ),
    Native::new("issubset(self, other, /)", s_issubset),
    Native::new("issuperset(self, other, /)", s_issuperset),
    Native::new("isdisjoint(self, other, /)", s_isdisjoint),
];

const SET_METHODS: &[Native] = &[
    Native::new("set(cls, *args, **kwargs)", set_new).at("__new__"),
    Native::new("set(self, iterable=..., /)", set_init).at("__init__"),
    Native::new("add(self, object, /)", s_add),
    Native::new("remove(self, object, /)", s_remove),
    Native::new("discard(self, object, /)", s_discard),
    Native::new("pop(self, /)", s_pop),
    Native::new("clear(self, /)", s_clear),
    Native::new("update(self, *others)", s_update),
    Native::new("intersection_update(self, *others)", s_intersection_update),
    Native::new("difference_update(self, *others)", s_difference_update),
    Native::new(
        "symmetric_difference_update(self, other, /)",
        s_symmetric_difference_update,
    ),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    for t in [vm.types.set, vm.types.frozenset] {
        add_natives(vm, t, READ_METHODS)?;
    }
    add_natives(vm, vm.types.set, SET_METHODS)?;
    add_natives(
        vm,
        vm.types.frozenset,
        &[Native::new("frozenset(cls, iterable=..., /)", frozenset_new).at("__new__")],
    )
}
