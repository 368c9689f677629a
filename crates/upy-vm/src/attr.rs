//! Attribute access: type look-up along the MRO, descriptors (functions,
//! properties, class/static methods, user `__get__`/`__set__`), instance
//! dicts, `__getattr__`, and `super`.

use crate::obj::*;
use crate::objects::dict::{dict_del, dict_get_str, dict_set};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// Find `name` (an interned str) in type `t`'s MRO.
    pub fn lookup_type(&self, t: Gc, name: Value) -> Option<Value> {
        let Value::Obj(ng) = name else { return None };
        let slot = self.attr_cache.slot(t.0, ng.0);
        if let Some(v) = self.attr_cache.get(slot, t.0, ng.0) {
            return v;
        }
        let Obj::Type(ty) = self.heap.get(t) else {
            return None;
        };
        let mut found = None;
        for &c in &ty.mro {
            if let Obj::Type(ct) = self.heap.get(c) {
                if let Some(v) = dict_get_str(self, ct.dict, name) {
                    found = Some(v);
                    break;
                }
            }
        }
        self.attr_cache.put(slot, t.0, ng.0, found);
        found
    }

    /// A special method looked up on the type (not the instance).
    #[inline]
    pub fn lookup_special(&self, obj: Value, name: Value) -> Option<Value> {
        let t = self.type_of(obj);
        self.lookup_type(t, name)
    }

    /// The instance dict of an object, if it has one.
    pub fn instance_dict(&self, obj: Value) -> Option<Gc> {
        match obj {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Instance(i) => i.dict,
                Obj::Exception(e) => e.dict,
                Obj::Module(m) => Some(m.dict),
                Obj::Function(f) => f.dict,
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn is_data_descriptor(&self, d: Value) -> bool {
        match d {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Property(..) => true,
                Obj::Instance(_) => {
                    self.lookup_special(d, self.names.__set__).is_some()
                        || self.lookup_special(d, self.names.__delete__).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Bind a class attribute found on the type to `obj`.
    pub fn bind_descriptor(&mut self, d: Value, obj: Value, t: Gc) -> PyResult<Value> {
        let Value::Obj(g) = d else { return Ok(d) };
        match self.heap.get(g) {
            Obj::Function(_) => self.alloc_val(Obj::BoundMethod(d, obj)),
            Obj::NativeFn(nf) if nf.binds() => self.alloc_val(Obj::BoundMethod(d, obj)),
            Obj::ClassMethod(f) => {
                let f = *f;
                self.alloc_val(Obj::BoundMethod(f, Value::Obj(t)))
            }
            Obj::StaticMethod(f) => Ok(*f),
            Obj::Property(get, _, _) => {
                let get = *get;
                if get.is_none() {
                    return self.attr_error("unreadable attribute");
                }
                self.call(get, &[obj])
            }
            Obj::Instance(_) => {
                if let Some(getf) = self.lookup_special(d, self.names.__get__) {
                    self.call_bound(getf, d, &[obj, Value::Obj(t)])
                } else {
                    Ok(d)
                }
            }
            _ => Ok(d),
        }
    }

    /// `getattr(obj, name)`, raising AttributeError when missing.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.try_get_attr(obj, name)? {
            Some(v) => Ok(v),
            None => self.missing_attr(obj, name),
        }
    }

    pub fn missing_attr<T>(&mut self, obj: Value, name: Value) -> PyResult<T> {
        let n = self.as_str(name).unwrap_or("?").to_string();
        let msg = match obj {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Module(m) => {
                    let mname = self.as_str(m.name).unwrap_or("?").to_string();
                    format!("module '{}' has no attribute '{}'", mname, n)
                }
                Obj::Type(t) => format!("type object '{}' has no attribute '{}'", t.name, n),
                _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
            },
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let t = self.types.attribute_error;
        let e = self.new_exc(t, &msg);
        // As CPython: the missing name and the object.
        self.set_exc_fields(e, &[("name", name), ("obj", obj)]);
        Err(e)
    }

    /// Set attributes of a new exception (`name` of NameError, ...).
    pub fn set_exc_fields(&mut self, e: Value, fields: &[(&str, Value)]) {
        self.roots.push(e);
        for (k, v) in fields {
            let key = self.intern(k);
            let _ = self.generic_set_attr(e, key, *v);
        }
    }

    /// Attribute look-up; Ok(None) when missing (no AttributeError built).
    pub fn try_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(g) = obj {
            match self.heap.get(g) {
                Obj::Type(t) => {
                    // A metaclass's `__getattribute__` governs its classes.
                    if let Some(meta) = t.metaclass {
                        if self.type_obj(meta).custom_getattribute {
                            return self.user_getattribute(obj, meta, name);
                        }
                    }
                    return self.type_get_attr(g, name);
                }
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = dict_get_str(self, d, name) {
                        return Ok(Some(v));
                    }
                    if self.as_str(name) == Some("__dict__") {
                        return Ok(Some(Value::Obj(d)));
                    }
                    if let Some(f) = dict_get_str(self, d, self.names.__getattr__) {
                        return self.call(f, &[name]).map(Some);
                    }
                    return Ok(None);
                }
                Obj::Super(..) => return crate::objects::super_::super_getattr(self, g, name),
                Obj::Instance(i) => {
                    let cls = i.class;
                    if self.type_obj(cls).custom_getattribute {
                        return self.user_getattribute(obj, cls, name);
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = self.generic_get_attr(obj, name)? {
            return Ok(Some(v));
        }
        if self.is_user_value(obj) {
            let t = self.type_of(obj);
            if let Some(ga) = self.lookup_type(t, self.names.__getattr__) {
                return self.call_bound(ga, obj, &[name]).map(Some);
            }
        }
        Ok(None)
    }

    /// `object.__getattribute__`: data descriptors, the instance dict,
    /// other class attributes, computed builtin attributes.
    pub fn generic_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let descr = self.lookup_type(t, name);
        if let Some(d) = descr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, obj, t).map(Some);
            }
        }
        if let Some(dict) = self.instance_dict(obj) {
            if let Some(v) = dict_get_str(self, dict, name) {
                return Ok(Some(v));
            }
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj, t).map(Some);
        }
        crate::objects::special_attrs::builtin_attr(self, obj, name)
    }

    /// Attribute access through a user `__getattribute__`, falling back to
    /// `__getattr__` on AttributeError.
    fn user_getattribute(&mut self, obj: Value, cls: Gc, name: Value) -> PyResult<Option<Value>> {
        let ga = self.names.__getattribute__;
        let f = self.lookup_type(cls, ga).unwrap_or(Value::None);
        match self.call_bound(f, obj, &[name]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.types.attribute_error) => {
                let gn = self.names.__getattr__;
                match self.lookup_type(cls, gn) {
                    Some(g) => self.call_bound(g, obj, &[name]).map(Some),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `type.__getattribute__`: the class's MRO, its own special
    /// attributes, then the metaclass.
    pub fn type_get_attr(&mut self, t: Gc, name: Value) -> PyResult<Option<Value>> {
        // Metaclass data descriptors first (rare), then the type's MRO.
        if let Some(d) = self.lookup_type(t, name) {
            let Value::Obj(dg) = d else {
                return Ok(Some(d));
            };
            return match self.heap.get(dg) {
                Obj::ClassMethod(f) => {
                    let f = *f;
                    self.alloc_val(Obj::BoundMethod(f, Value::Obj(t))).map(Some)
                }
                Obj::StaticMethod(f) => Ok(Some(*f)),
                Obj::Instance(_) => {
                    if let Some(getf) = self.lookup_special(d, self.names.__get__) {
                        self.call_bound(getf, d, &[Value::None, Value::Obj(t)])
                            .map(Some)
                    } else {
                        Ok(Some(d))
                    }
                }
                _ => Ok(Some(d)),
            };
        }
        if let Some(v) = crate::objects::special_attrs::type_attr(self, t, name)? {
            return Ok(Some(v));
        }
        // Methods of the metaclass (e.g. `type.mro`, user metaclass methods).
        let meta = self.type_of(Value::Obj(t));
        if let Some(d) = self.lookup_type(meta, name) {
            return self.bind_descriptor(d, Value::Obj(t), meta).map(Some);
        }
        Ok(None)
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if self.is_user_value(obj) && !self.is_type(obj) {
            if let Some(sa) = self.lookup_type(t, self.names.__setattr__) {
                if !self.is_slot_named(sa, self.names.__setattr__, self.types.object) {
                    self.call_bound(sa, obj, &[name, value])?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn generic_set_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Some(d) = self.lookup_type(t, name) {
            if let Value::Obj(dg) = d {
                match self.heap.get(dg) {
                    Obj::Property(_, set, _) => {
                        let set = *set;
                        if set.is_none() {
                            let n = self.as_str(name).unwrap_or("").to_string();
                            let tn = self.type_name(obj);
                            return self.attr_error(format!(
                                "property '{}' of '{}' object has no setter",
                                n, tn
                            ));
                        }
                        self.call(set, &[obj, value])?;
                        return Ok(());
                    }
                    Obj::Instance(_) => {
                        if let Some(setf) = self.lookup_special(d, self.names.__set__) {
                            self.call_bound(setf, d, &[obj, value])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Value::Obj(g) = obj {
            if matches!(self.heap.get(g), Obj::Type(_)) && self.heap.is_permanent(g) {
                let n = self.as_str(name).unwrap_or("").to_string();
                let tn = self.type_obj(g).name.clone();
                return self.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    n, tn
                ));
            }
            if matches!(self.heap.get(g), Obj::Function(_))
                && crate::objects::special_attrs::set_function_attr(self, g, name, value)?
            {
                return Ok(());
            }
            if matches!(self.heap.get(g), Obj::Type(_))
                && crate::objects::special_attrs::set_type_attr(self, g, name, value)?
            {
                return Ok(());
            }
            match self.heap.get_mut(g) {
                Obj::Type(ty) => {
                    let d = ty.dict;
                    ty.version += 1;
                    self.attr_cache.invalidate();
                    return dict_set(self, d, name, value);
                }
                Obj::Function(f) => {
                    let d = match f.dict {
                        Some(d) => d,
                        None => {
                            let dg = self.new_dict()?;
                            if let Obj::Function(f) = self.heap.get_mut(g) {
                                f.dict = Some(dg);
                            }
                            dg
                        }
                    };
                    return dict_set(self, d, name, value);
                }
                Obj::Exception(e) => {
                    let d = match e.dict {
                        Some(d) => d,
                        None => {
                            let dg = self.new_dict()?;
                            if let Obj::Exception(e) = self.heap.get_mut(g) {
                                e.dict = Some(dg);
                            }
                            dg
                        }
                    };
                    if let Some(r) = crate::objects::exception::set_special(self, g, name, value)? {
                        return Ok(r);
                    }
                    return dict_set(self, d, name, value);
                }
                _ => {}
            }
        }
        if name.is(self.names.__class__) {
            if let Value::Obj(g) = obj {
                if matches!(self.heap.get(g), Obj::Instance(_)) {
                    return self.set_instance_class(g, value);
                }
            }
        }
        if self.as_str(name) == Some("__dict__") && self.instance_dict(obj).is_some() {
            // Replace the instance's namespace with another dict.
            let Some(new) = crate::objects::dict::dict_gc(self, value) else {
                let vt = self.type_name(value);
                return self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vt
                ));
            };
            if let Value::Obj(g) = obj {
                if let Obj::Instance(inst) = self.heap.get_mut(g) {
                    inst.dict = Some(new);
                }
            }
            self.attr_cache.invalidate();
            return Ok(());
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(allowed) = &self.type_obj(t).slots {
                if !allowed.iter().any(|a| a.is(name)) {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    let tn = self.type_name(obj);
                    return self.attr_error(format!("'{}' object has no attribute '{}'", tn, n));
                }
            }
            return dict_set(self, d, name, value);
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        let tn = self.type_name(obj);
        if crate::objects::special_attrs::builtin_attr(self, obj, name)?.is_some()
            && n != "__class__"
        {
            return self.attr_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                n, tn
            ));
        }
        if self.lookup_type(t, name).is_some() {
            return self.attr_error(format!("'{}' object attribute '{}' is read-only", tn, n));
        }
        self.attr_error(format!("'{}' object has no attribute '{}'", tn, n))
    }

    /// `obj.__class__ = cls` for instances of classes defined in Python:
    /// allowed between classes with the same instance layout.
    fn set_instance_class(&mut self, g: Gc, value: Value) -> PyResult<()> {
        let Some(new) = value
            .as_gc()
            .filter(|c| matches!(self.heap.get(*c), Obj::Type(_)))
        else {
            let tn = self.type_name(value);
            return self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                tn
            ));
        };
        let old = match self.heap.get(g) {
            Obj::Instance(i) => i.class,
            _ => return Ok(()),
        };
        let (on, nn) = (
            self.type_obj(old).name.clone(),
            self.type_obj(new).name.clone(),
        );
        if self.heap.is_permanent(new) {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        let same_layout = {
            let (a, b) = (self.type_obj(old), self.type_obj(new));
            let slots_eq = match (&a.slots, &b.slots) {
                (None, None) => true,
                (Some(x), Some(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(*q)),
                _ => false,
            };
            a.base_kind == b.base_kind && slots_eq
        };
        if !same_layout {
            return self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                nn, on
            ));
        }
        if let Obj::Instance(i) = self.heap.get_mut(g) {
            i.class = new;
        }
        Ok(())
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if self.is_user_value(obj) && !self.is_type(obj) {
            if let Some(da) = self.lookup_type(t, self.names.__delattr__) {
                if !self.is_object_slot(da, "__delattr__") {
                    self.call_bound(da, obj, &[name])?;
                    return Ok(());
                }
            }
        }
        self.generic_del_attr(obj, name)
    }

    pub fn generic_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Some(Value::Obj(dg)) = self.lookup_type(t, name) {
            match self.heap.get(dg) {
                Obj::Property(_, _, del) => {
                    let del = *del;
                    if del.is_none() {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        let tn = self.type_name(obj);
                        return self.attr_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            n, tn
                        ));
                    }
                    self.call(del, &[obj])?;
                    return Ok(());
                }
                Obj::Instance(_) => {
                    if let Some(f) = self.lookup_special(Value::Obj(dg), self.names.__delete__) {
                        self.call_bound(f, Value::Obj(dg), &[obj])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Value::Obj(g) = obj {
            if matches!(self.heap.get(g), Obj::Type(_)) && self.heap.is_permanent(g) {
                let n = self.as_str(name).unwrap_or("").to_string();
                let tn = self.type_obj(g).name.clone();
                return self.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    n, tn
                ));
            }
        }
        let dict = match obj {
            Value::Obj(g) => match self.heap.get_mut(g) {
                Obj::Type(ty) => {
                    ty.version += 1;
                    self.attr_cache.invalidate();
                    Some(ty.dict)
                }
                _ => self.instance_dict(obj),
            },
            _ => None,
        };
        if let Some(d) = dict {
            if dict_del(self, d, name)?.is_some() {
                return Ok(());
            }
        }
        if !self.is_user_value(obj)
            && crate::objects::special_attrs::builtin_attr(self, obj, name)?.is_some()
        {
            let n = self.as_str(name).unwrap_or("").to_string();
            let tn = self.type_name(obj);
            return self.attr_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                n, tn
            ));
        }
        self.missing_attr(obj, name)
    }

    /// Look up a method for a call: returns `(function, Some(self))` when it
    /// can be called unbound with `self` prepended (no bound-method object
    /// is allocated), or `(value, None)` otherwise.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Option<Value>)> {
        let is_plain = match obj {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Type(_) | Obj::Module(_) | Obj::Super(..) => false,
                Obj::Instance(i) => !self.type_obj(i.class).custom_getattribute,
                _ => true,
            },
            _ => true,
        };
        if is_plain {
            let t = self.type_of(obj);
            if let Some(d) = self.lookup_type(t, name) {
                let is_func = match d {
                    Value::Obj(g) => match self.heap.get(g) {
                        Obj::Function(_) => true,
                        Obj::NativeFn(nf) => nf.binds(),
                        _ => false,
                    },
                    _ => false,
                };
                if is_func {
                    let shadowed = match self.instance_dict(obj) {
                        Some(dict) => dict_get_str(self, dict, name),
                        None => None,
                    };
                    return Ok(match shadowed {
                        Some(v) => (v, None),
                        None => (d, Some(obj)),
                    });
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, None))
    }
}
