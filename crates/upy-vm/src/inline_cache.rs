//! Inline caches for `LoadAttr`, `StoreAttr` and `LoadMethod`.
//!
//! Each code object keeps `WAYS` entries per name (so a call site that
//! sees a few classes, as in a class hierarchy, stays cached). An entry remembers, for one
//! type (or one module), what the slow path in `attr.rs` worked out about
//! the name: that the type has no data descriptor for it, no custom
//! `__getattribute__`/`__setattr__`, and which class attribute (a method,
//! say) lies behind it. Those facts hold while the type epoch
//! (`AttrCache::epoch`) is unchanged: every change to a type's namespace and
//! every collection (which may free a type and reuse its handle) starts a
//! new epoch.
//!
//! For instance dicts the entry also remembers a dict shape (see
//! `DictObj::shape`) and where the name is in dicts of that shape (or that
//! it is absent): a dict of that shape needs no probing at all. Otherwise
//! the remembered index is a hint, checked by comparing the key stored
//! there with the interned name, and then the dict is probed. Both checks
//! are right for any dict, whatever its history: no version stamp is
//! needed for the dict part.

use crate::dict::{DictObj, Find, NO_SHAPE};
use crate::obj::{Code, Obj};
use crate::value::{Gc, Value};
use crate::vm::Vm;

/// Instances of `owner`: the instance dict, when it has the name, gives the
/// value of a load (no data descriptor, no `__getattribute__`).
pub const IC_LOAD: u8 = 1;
/// Instances of `owner`: a store goes straight to the instance dict.
pub const IC_STORE: u8 = 2;
/// `descr` is a function found on the type: unless the instance dict
/// shadows it, a method call passes the object as `self`.
pub const IC_METHOD: u8 = 4;
/// `owner` is a module: loads read its dict.
pub const IC_MODULE: u8 = 8;
/// `owner` is a builtin type whose values have no attribute dict; `descr`
/// is its method.
pub const IC_BUILTIN: u8 = 16;

/// Instances of `owner`: when the instance dict lacks the name, `descr`
/// (a class attribute that is not a descriptor) is the value.
pub const IC_CLASSVAL: u8 = 32;

/// Entries per name.
pub const WAYS: usize = 4;

/// One inline-cache entry (see the module documentation).
#[derive(Clone, Copy)]
pub struct AttrIc {
    /// The type (or module) handle the facts are about.
    pub owner: u32,
    pub epoch: u32,
    /// Entry index of the name in the last dict it was found in (in dicts
    /// of `shape`: where it is, or `ABSENT`).
    pub idx: u32,
    /// An instance-dict shape (or `NO_SHAPE`).
    pub shape: u32,
    /// The shape a dict of `shape` gets when the name is added.
    pub next_shape: u32,
    pub flags: u8,
    pub descr: Value,
}

impl Default for AttrIc {
    fn default() -> Self {
        AttrIc {
            owner: u32::MAX,
            epoch: 0,
            idx: ABSENT,
            shape: NO_SHAPE,
            next_shape: NO_SHAPE,
            flags: 0,
            descr: Value::None,
        }
    }
}

/// `AttrIc::idx` when the name is not in dicts of the entry's shape.
const ABSENT: u32 = u32::MAX;

/// Most shapes kept (each is a few bytes in the transition table); past
/// it new instance dicts stay unshaped and take the probing path.
const MAX_SHAPES: usize = 1 << 20;

/// The value stored under `name` in `dict`, comparing keys by identity
/// only (attribute names are interned). `idx` is the hint from the cache;
/// on a probe hit it is updated. `Err(())` when a key with the same hash
/// but another identity is met: the caller must take the slow path.
#[inline]
fn dict_find_name(
    vm: &Vm,
    dict: &DictObj,
    name: Value,
    idx: &mut u32,
) -> Result<Option<usize>, ()> {
    if let Some(e) = dict.entry(*idx as usize) {
        if e.key.is(name) {
            return Ok(Some(*idx as usize));
        }
    }
    let Value::Obj(ng) = name else { return Err(()) };
    let Obj::Str(s) = vm.heap.get(ng) else {
        return Err(());
    };
    match dict.find(s.hash, |k| if k.is(name) { Some(true) } else { None }) {
        Find::Found(i) => {
            *idx = i as u32;
            Ok(Some(i))
        }
        Find::Vacant => Ok(None),
        Find::Slow => Err(()),
    }
}

fn dict_of(vm: &Vm, d: Gc) -> Option<&DictObj> {
    match vm.heap.get(d) {
        Obj::Dict(x) => Some(x),
        _ => None,
    }
}

impl Vm {
    /// `obj.name` from the cache, or None to take the slow path.
    #[inline]
    pub fn ic_load_attr(&self, code: &Code, i: usize, obj: Value) -> Option<Value> {
        let Value::Obj(g) = obj else { return None };
        let name = code.names[i];
        match self.heap.get(g) {
            Obj::Instance(inst) => {
                let (cell, mut ic) = self.ic_way(code, i, inst.class.0)?;
                if ic.flags & IC_LOAD == 0 {
                    return None;
                }
                let Some(d) = inst.dict else {
                    return (ic.flags & IC_CLASSVAL != 0).then_some(ic.descr);
                };
                let dict = dict_of(self, d)?;
                if dict.shape == ic.shape && ic.shape != NO_SHAPE {
                    return match ic.idx {
                        ABSENT => (ic.flags & IC_CLASSVAL != 0).then_some(ic.descr),
                        ix => dict.entry(ix as usize).map(|e| e.value),
                    };
                }
                let found = dict_find_name(self, dict, name, &mut ic.idx).ok()?;
                // `idx` now describes this dict: keep the shape paired with it.
                ic.shape = dict.shape;
                ic.next_shape = NO_SHAPE;
                if found.is_none() {
                    ic.idx = ABSENT;
                }
                cell.set(ic);
                match found {
                    Some(ix) => dict.entry(ix).map(|e| e.value),
                    None => (ic.flags & IC_CLASSVAL != 0).then_some(ic.descr),
                }
            }
            Obj::Module(m) => {
                let (_, ic) = self.ic_way(code, i, g.0)?;
                if ic.flags & IC_MODULE == 0 {
                    return None;
                }
                let dict = dict_of(self, m.dict)?;
                let e = dict.entry(ic.idx as usize)?;
                if e.key.is(name) {
                    Some(e.value)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `obj.name = value` through the cache; false to take the slow path.
    #[inline]
    pub fn ic_store_attr(&mut self, code: &Code, i: usize, obj: Value, value: Value) -> bool {
        let Value::Obj(g) = obj else { return false };
        let name = code.names[i];
        let Obj::Instance(inst) = self.heap.get(g) else {
            return false;
        };
        let Some((cell, mut ic)) = self.ic_way(code, i, inst.class.0) else {
            return false;
        };
        if ic.flags & IC_STORE == 0 {
            return false;
        }
        let Some(d) = inst.dict else { return false };
        let Some(dict) = dict_of(self, d) else {
            return false;
        };
        let found = if dict.shape == ic.shape && ic.shape != NO_SHAPE {
            match ic.idx {
                ABSENT => None,
                ix => Some(ix as usize),
            }
        } else {
            let Ok(found) = dict_find_name(self, dict, name, &mut ic.idx) else {
                return false;
            };
            if found.is_some() {
                // `idx` now describes this dict: keep the shape paired with it.
                ic.shape = dict.shape;
                ic.next_shape = NO_SHAPE;
                cell.set(ic);
            }
            found
        };
        match found {
            Some(ix) => {
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    dict.set_value(ix, value);
                }
                true
            }
            None => self.ic_add_attr(cell, ic, g, d, name, value),
        }
    }

    /// The shape a dict of `shape` gets when `key` is added.
    fn shape_after(&mut self, shape: u32, key: Value) -> u32 {
        let Value::Obj(k) = key else { return NO_SHAPE };
        if shape == NO_SHAPE {
            return NO_SHAPE;
        }
        if let Some(&s) = self.shapes.get(&(shape, k.0)) {
            return s;
        }
        if self.shapes.len() >= MAX_SHAPES {
            return NO_SHAPE;
        }
        // Shape 0 is the empty dict; others are numbered from 1.
        let s = self.shapes.len() as u32 + 1;
        self.shapes.insert((shape, k.0), s);
        s
    }

    /// A store of a new attribute: append it to the instance dict and let
    /// the class remember how many attributes its instances get, so later
    /// instances are created with room for them.
    fn ic_add_attr(
        &mut self,
        cell: &std::cell::Cell<AttrIc>,
        mut ic: AttrIc,
        inst: Gc,
        d: Gc,
        name: Value,
        value: Value,
    ) -> bool {
        let Value::Obj(ng) = name else { return false };
        let Obj::Str(s) = self.heap.get(ng) else {
            return false;
        };
        let hash = s.hash;
        // The slow path collects when this does not fit.
        let grow = std::mem::size_of::<crate::dict::Entry>() + 8;
        if !self.heap.fits(grow) {
            return false;
        }
        self.heap.bytes += grow;
        let from = match self.heap.get(d) {
            Obj::Dict(dict) => dict.shape,
            _ => return false,
        };
        let to = if from != NO_SHAPE && from == ic.shape && ic.next_shape != NO_SHAPE {
            ic.next_shape
        } else {
            self.shape_after(from, name)
        };
        let Obj::Dict(dict) = self.heap.get_mut(d) else {
            return false;
        };
        dict.insert_shaped(hash, name, value, to);
        let len = dict.len();
        // Remember the transition: the next instance arrives in `from`.
        ic.shape = from;
        ic.idx = ABSENT;
        ic.next_shape = to;
        cell.set(ic);
        let cls = match self.heap.get(inst) {
            Obj::Instance(i) => i.class,
            _ => return true,
        };
        if let Obj::Type(t) = self.heap.get_mut(cls) {
            if len > t.attr_hint as usize {
                t.attr_hint = len.min(64) as u32;
            }
        }
        true
    }

    /// `LoadMethod` from the cache: `(callable, Some(self))` or
    /// `(value, None)`, as `Vm::load_method`.
    #[inline]
    pub fn ic_load_method(
        &self,
        code: &Code,
        i: usize,
        obj: Value,
    ) -> Option<(Value, Option<Value>)> {
        let g = match obj {
            Value::Obj(g) => g,
            _ => {
                // Methods of ints, floats, bools and None.
                let (_, ic) = self.ic_way(code, i, self.type_of(obj).0)?;
                return (ic.flags & IC_BUILTIN != 0).then_some((ic.descr, Some(obj)));
            }
        };
        match self.heap.get(g) {
            Obj::Instance(inst) => {
                let (_, ic) = self.ic_way(code, i, inst.class.0)?;
                if ic.flags & IC_METHOD == 0 {
                    return None;
                }
                let Some(d) = inst.dict else {
                    return Some((ic.descr, Some(obj)));
                };
                let dict = dict_of(self, d)?;
                if dict.shape == ic.shape && ic.shape != NO_SHAPE {
                    return match ic.idx {
                        ABSENT => Some((ic.descr, Some(obj))),
                        ix => Some((dict.entry(ix as usize)?.value, None)),
                    };
                }
                let mut idx = ic.idx;
                let r = dict_find_name(self, dict, code.names[i], &mut idx);
                if let (Ok(found), true) = (r, dict.shape != NO_SHAPE) {
                    let (cell, mut ic) = self.ic_way(code, i, inst.class.0)?;
                    ic.shape = dict.shape;
                    ic.next_shape = NO_SHAPE;
                    ic.idx = found.map_or(ABSENT, |ix| ix as u32);
                    cell.set(ic);
                }
                match r {
                    Ok(None) => Some((ic.descr, Some(obj))),
                    Ok(Some(ix)) => Some((dict.entry(ix)?.value, None)),
                    Err(()) => None,
                }
            }
            Obj::Module(_) => self.ic_load_attr(code, i, obj).map(|v| (v, None)),
            Obj::Type(_) | Obj::Super(..) | Obj::Function(_) | Obj::Exception(_) => None,
            _ => {
                let (_, ic) = self.ic_way(code, i, self.type_of(obj).0)?;
                (ic.flags & IC_BUILTIN != 0).then_some((ic.descr, Some(obj)))
            }
        }
    }

    /// After a slow-path access of `obj.name`, record what holds for later
    /// accesses (nothing when the case is not one the fast paths handle).
    pub fn ic_fill(&self, code: &Code, i: usize, obj: Value) {
        let name = code.names[i];
        let epoch = self.attr_cache.epoch();
        let Value::Obj(g) = obj else {
            let t = self.type_of(obj);
            if let Some(d) = self.lookup_type(t, name) {
                if self.is_plain_method(d) {
                    Self::ic_put(
                        code,
                        i,
                        AttrIc {
                            owner: t.0,
                            epoch,
                            idx: u32::MAX,
                            flags: IC_BUILTIN,
                            descr: d,
                            ..Default::default()
                        },
                    );
                }
            }
            return;
        };
        let ic = match self.heap.get(g) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                if self.ic_way(code, i, cls.0).is_some() {
                    // Facts already known; the dict index follows by probing.
                    return;
                }
                let ty = self.type_obj(cls);
                if ty.custom_getattribute {
                    return;
                }
                let slots_ok = ty.slots.is_none();
                let descr = self.lookup_type(cls, name);
                let mut flags = 0;
                match descr {
                    Some(d) if self.is_data_descriptor(d) => {}
                    Some(d) => {
                        flags |= IC_LOAD | IC_STORE;
                        if self.is_plain_method(d) {
                            flags |= IC_METHOD;
                        } else if !self.binds(d) {
                            flags |= IC_CLASSVAL;
                        }
                    }
                    None => flags |= IC_LOAD | IC_STORE,
                }
                // `__class__` and `__dict__` behave as data descriptors.
                let special = name.is(self.names.__class__) || name.is(self.names.__dict__);
                if !slots_ok || special || self.has_custom_setattr(cls) {
                    flags &= !IC_STORE;
                }
                let idx = inst
                    .dict
                    .and_then(|d| crate::objects::dict::dict_index_str(self, d, name))
                    .map_or(ABSENT, |i| i as u32);
                let shape = match inst.dict.map(|d| self.heap.get(d)) {
                    Some(Obj::Dict(dict)) => dict.shape,
                    _ => NO_SHAPE,
                };
                AttrIc {
                    owner: cls.0,
                    epoch,
                    idx,
                    shape,
                    flags,
                    descr: descr.unwrap_or(Value::None),
                    ..Default::default()
                }
            }
            Obj::Module(m) => {
                let Some(idx) = crate::objects::dict::dict_index_str(self, m.dict, name) else {
                    return;
                };
                AttrIc {
                    owner: g.0,
                    epoch,
                    idx: idx as u32,
                    flags: IC_MODULE,
                    descr: Value::None,
                    ..Default::default()
                }
            }
            Obj::Type(_) | Obj::Super(..) | Obj::Function(_) | Obj::Exception(_) => return,
            _ => {
                let t = self.type_of(obj);
                match self.lookup_type(t, name) {
                    Some(d) if self.is_plain_method(d) => AttrIc {
                        owner: t.0,
                        epoch,
                        idx: u32::MAX,
                        flags: IC_BUILTIN,
                        descr: d,
                        ..Default::default()
                    },
                    _ => return,
                }
            }
        };
        Self::ic_put(code, i, ic);
    }

    /// The entry for `owner` among name `i`'s ways, if current.
    #[inline]
    fn ic_way<'c>(
        &self,
        code: &'c Code,
        i: usize,
        owner: u32,
    ) -> Option<(&'c std::cell::Cell<AttrIc>, AttrIc)> {
        let epoch = self.attr_cache.epoch();
        for cell in &code.attr_ic[i * WAYS..(i + 1) * WAYS] {
            let ic = cell.get();
            if ic.owner == owner && ic.epoch == epoch {
                return Some((cell, ic));
            }
        }
        None
    }

    /// Store an entry in way 0, shifting the others down (the oldest
    /// falls out), or in place when the owner already has a way.
    fn ic_put(code: &Code, i: usize, ic: AttrIc) {
        let ways = &code.attr_ic[i * WAYS..(i + 1) * WAYS];
        let end = ways
            .iter()
            .position(|w| w.get().owner == ic.owner)
            .unwrap_or(WAYS - 1);
        for k in (1..=end).rev() {
            ways[k].set(ways[k - 1].get());
        }
        ways[0].set(ic);
    }

    /// A Python or native function: called with `self` prepended.
    fn is_plain_method(&self, d: Value) -> bool {
        match d {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Function(_) => true,
                Obj::NativeFn(nf) => nf.binds(),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether attribute access on an instance transforms this class
    /// attribute (functions bind, properties call, `__get__` runs ...).
    fn binds(&self, d: Value) -> bool {
        matches!(d, Value::Obj(g) if matches!(
            self.heap.get(g),
            Obj::Function(_)
                | Obj::NativeFn(_)
                | Obj::ClassMethod(_)
                | Obj::StaticMethod(_)
                | Obj::Property(..)
                | Obj::Instance(_)
                | Obj::Native(..)
        ))
    }

    fn has_custom_setattr(&self, cls: Gc) -> bool {
        match self.lookup_type(cls, self.names.__setattr__) {
            Some(sa) => !self.is_slot_named(sa, self.names.__setattr__, self.types.object),
            None => false,
        }
    }
}
