//! `object` and `type`: the default implementations every class inherits
//! (instance creation, attribute setting, identity equality, repr) and
//! class creation through `type(name, bases, dict)`.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::dict::dict_set;
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn object_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = match a.this() {
        Value::Obj(g) if vm.is_type(a.this()) => g,
        _ => {
            let t = vm.type_name(a.this());
            return vm.type_error(format!("object.__new__(X): X is not a type object ({})", t));
        }
    };
    new_instance(vm, cls)
}

/// A plain instance of a class (with its own attribute dict), or for a
/// class deriving from an exception or builtin, the right layout.
pub fn new_instance(vm: &mut Vm, cls: Gc) -> PyResult<Value> {
    match vm.type_obj(cls).base_kind {
        BaseKind::Exception => return vm.new_exc_obj(cls, Value::None),
        BaseKind::Object | BaseKind::Other | BaseKind::Type => {}
        _ => {
            let n = vm.type_obj(cls).name.clone();
            return vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                n, n
            ));
        }
    }
    let dict = if cls == vm.types.object {
        None
    } else {
        let hint = vm.type_obj(cls).attr_hint as usize;
        let d = vm.alloc_val(Obj::Dict(Box::new(crate::dict::DictObj::with_capacity(
            hint,
        ))))?;
        d.as_gc()
    };
    let obj = vm.alloc_val(Obj::Instance(Box::new(Instance {
        class: cls,
        dict,
        base: None,
    })))?;
    vm.track_finalizer(cls, obj);
    Ok(obj)
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` and not `__init__` (CPython's rule).
fn object_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.rest().is_empty() && a.extra_kw().is_empty() {
        return Ok(Value::None);
    }
    let t = vm.type_of(a.this());
    let (init_name, new_name, object) = (vm.names.__init__, vm.names.__new__, vm.types.object);
    let init = vm.lookup_type(t, init_name);
    let new = vm.lookup_type(t, new_name);
    let own_init = !init.is_some_and(|f| vm.is_slot_named(f, init_name, object));
    let own_new = !new.is_some_and(|f| vm.is_slot_named(f, new_name, object));
    let n = if own_init {
        "object".to_string()
    } else if !own_new {
        vm.type_obj(t).name.clone()
    } else {
        return Ok(Value::None);
    };
    vm.type_error(format!(
        "{n}.__init__() takes exactly one argument (the instance to initialize)"
    ))
}

fn object_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(0))?;
    vm.generic_set_attr(a.this(), name, a.arg(1))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(0))?;
    vm.generic_del_attr(a.this(), name)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = attr_name(vm, a.arg(0))?;
    match vm.generic_get_attr(a.this(), name)? {
        Some(v) => Ok(v),
        None => vm.missing_attr(a.this(), name),
    }
}

/// An attribute name argument, interned.
pub fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!("attribute name must be string, not '{}'", t))
        }
    }
}

fn object_eq(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(if a.this().is(a.arg(0)) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let eq = vm.names.__eq__;
    if let Some(f) = vm.lookup_special(a.this(), eq) {
        let r = vm.call_bound(f, a.this(), &[a.arg(0)])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(r)?));
    }
    Ok(Value::NotImplemented)
}

fn object_hash(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this().as_gc().map(|g| g.0).unwrap_or(0);
    Ok(Value::Int((g as i64).wrapping_mul(2654435761) >> 4))
}

fn object_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = crate::format::default_repr(vm, a.this());
    vm.new_string(s)
}

fn object_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.repr_of(a.this())
}

fn object_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let spec = vm.expect_str(a.arg(0), "format_spec")?;
    if !spec.is_empty() {
        let t = vm.type_name(a.this());
        return vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            t
        ));
    }
    vm.str_of(a.this())
}

fn object_init_subclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // object's version takes no keywords (a class statement's keywords
    // that nothing consumed end here).
    if !a.extra_kw().is_empty() {
        let t = match a.this() {
            Value::Obj(g) if vm.is_type(a.this()) => vm.type_obj(g).name.clone(),
            _ => "object".to_string(),
        };
        return vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            t
        ));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::dir_of(vm, a.this())
}

fn type_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let kw = a.extra_kw();
    let meta = match a.this() {
        Value::Obj(g) if vm.is_type(a.this()) => g,
        _ => return vm.type_error("type.__new__(X): X is not a type object"),
    };
    let rest = a.rest();
    if rest.len() == 1 && kw.is_empty() {
        return Ok(Value::Obj(vm.type_of(rest[0])));
    }
    if rest.len() != 3 {
        return vm.type_error("type() takes 1 or 3 arguments");
    }
    let name = vm.expect_str(rest[0], "type.__new__() argument 1")?;
    let bases_v = crate::objects::seq_ops::seq_items(vm, rest[1]);
    if !matches!(rest[1], Value::Obj(g) if matches!(vm.heap.get(g), Obj::Tuple(_))) {
        let t = vm.type_name(rest[1]);
        return vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            t
        ));
    }
    let mut bases = Vec::new();
    for b in bases_v {
        match b {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Type(_)) => bases.push(g),
            // CPython finds the metaclass of a non-type base first.
            _ => {
                return vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                )
            }
        }
    }
    let Some(src) = crate::objects::dict::dict_gc(vm, rest[2]) else {
        let t = vm.type_name(rest[2]);
        return vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", t));
    };
    // The class gets its own copy of the namespace.
    let nsg = vm.new_dict()?;
    let ns = Value::Obj(nsg);
    vm.roots.push(ns);
    for (k, v) in crate::objects::dict::dict_pairs(vm, Value::Obj(src)) {
        dict_set(vm, nsg, k, v)?;
    }
    let cell_name = vm.names.__classcell__;
    let cell = crate::objects::dict::dict_del(vm, nsg, cell_name)?;
    // Pick the most derived metaclass.
    let mut meta = meta;
    for &b in &bases {
        let bm = vm.type_of(Value::Obj(b));
        if vm.is_subtype(bm, meta) {
            meta = bm;
        } else if !vm.is_subtype(meta, bm) {
            return vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    let (eqk, hk) = (vm.names.__eq__, vm.names.__hash__);
    if crate::objects::dict::dict_get_str(vm, nsg, eqk).is_some()
        && crate::objects::dict::dict_get_str(vm, nsg, hk).is_none()
    {
        dict_set(vm, nsg, hk, Value::None)?;
    }
    let slots = class_slots(vm, nsg, &bases)?;
    let cg = crate::types::new_class(vm, meta, &name, &bases, nsg)?;
    let cls = Value::Obj(cg);
    vm.roots.push(cls);
    if let Obj::Type(t) = vm.heap.get_mut(cg) {
        t.slots = slots;
    }
    if let Some(Value::Obj(cg)) = cell {
        if let Obj::Cell(c) = vm.heap.get_mut(cg) {
            *c = cls;
        }
    }
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    let set_name = vm.names.__set_name__;
    for (k, v) in crate::objects::dict::dict_pairs(vm, Value::Obj(nsg)) {
        if vm.is_user_value(v) && !vm.is_type(v) {
            if let Some(f) = vm.lookup_special(v, set_name) {
                vm.call_bound(f, v, &[cls, k])?;
            }
        }
    }
    let mro = vm.type_obj(cg).mro.clone();
    let isc = vm.names.__init_subclass__;
    for &c in mro.iter().skip(1) {
        let d = vm.type_obj(c).dict;
        if let Some(f) = crate::objects::dict::dict_get_str(vm, d, isc) {
            let f = match f {
                Value::Obj(fg) => match vm.heap.get(fg) {
                    Obj::ClassMethod(inner) => *inner,
                    _ => f,
                },
                _ => f,
            };
            vm.call_kw(f, &[cls], kw)?;
            break;
        }
    }
    Ok(cls)
}

/// The attribute names instances may set when the class (and all its
/// user-defined bases) declare `__slots__`; None when instances have a dict.
fn class_slots(vm: &mut Vm, ns: Gc, bases: &[Gc]) -> PyResult<Option<Vec<Value>>> {
    let sk = vm.names.__slots__;
    let Some(sv) = crate::objects::dict::dict_get_str(vm, ns, sk) else {
        return Ok(None);
    };
    let items = if vm.as_str(sv).is_some() {
        vec![sv]
    } else {
        vm.collect_iterable(sv)?
    };
    let mut names = Vec::new();
    for it in items {
        let Some(s) = vm.as_str(it).map(|s| s.to_string()) else {
            let t = vm.type_name(it);
            return vm.type_error(format!("__slots__ items must be strings, not '{}'", t));
        };
        if s == "__dict__" {
            return Ok(None);
        }
        names.push(vm.intern(&s));
    }
    for &b in bases {
        if vm.heap.is_permanent(b) {
            continue;
        }
        match &vm.type_obj(b).slots {
            Some(inherited) => names.extend(inherited.iter().copied()),
            None => return Ok(None),
        }
    }
    Ok(Some(names))
}

fn type_init(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.this() {
        Value::Obj(g) if vm.is_type(a.this()) => vm.call_type_default(g, a.rest(), a.extra_kw()),
        _ => vm.type_error("descriptor '__call__' requires a 'type' object"),
    }
}

fn type_mro(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    // Computed from the bases, as CPython's: a metaclass overriding mro()
    // builds on it.
    let bases = vm.type_obj(g).bases.clone();
    let mro = if bases.is_empty() {
        vm.type_obj(g).mro.clone()
    } else {
        crate::types::c3_mro(vm, g, &bases)?
    };
    let mro: Vec<Value> = mro.into_iter().map(Value::Obj).collect();
    vm.new_list(mro)
}

fn type_getattribute(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let name = attr_name(vm, a.arg(0))?;
    match vm.type_get_attr(g, name)? {
        Some(v) => Ok(v),
        None => vm.missing_attr(a.this(), name),
    }
}

fn type_subclasscheck(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match (a.this(), a.arg(0)) {
        (Value::Obj(t), Value::Obj(b)) if vm.is_type(a.arg(0)) => {
            Ok(Value::Bool(vm.is_subtype(b, t)))
        }
        _ => vm.type_error("issubclass() arg 1 must be a class"),
    }
}

fn type_instancecheck(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.this() {
        Value::Obj(t) => Ok(Value::Bool(vm.isinstance(a.arg(0), t))),
        _ => Ok(Value::Bool(false)),
    }
}

fn singleton_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = a.this();
    let name = match cls {
        Value::Obj(g) if vm.is_type(cls) => vm.type_obj(g).name.clone(),
        _ => String::new(),
    };
    if !a.rest().is_empty() || !a.extra_kw().is_empty() {
        return vm.type_error(format!("{} takes no arguments", name));
    }
    Ok(match name.as_str() {
        "NotImplementedType" => Value::NotImplemented,
        "ellipsis" => Value::Ellipsis,
        _ => Value::None,
    })
}

const OBJECT_METHODS: &[Native] = &[
    Native::new("object(cls, *args, **kwargs)", object_new).at("__new__"),
    Native::new("__init_subclass__(cls, /, **kwargs)", object_init_subclass),
    Native::slot("__init__(self, /, *args, **kwargs)", object_init),
    Native::slot("__setattr__(self, name, value, /)", object_setattr),
    Native::slot("__delattr__(self, name, /)", object_delattr),
    Native::slot("__getattribute__(self, name, /)", object_getattribute),
    Native::slot("__eq__(self, value, /)", object_eq),
    Native::slot("__ne__(self, value, /)", object_ne),
    Native::slot("__hash__(self, /)", object_hash),
    Native::slot("__repr__(self, /)", object_repr),
    Native::slot("__str__(self, /)", object_str),
    Native::new("__format__(self, format_spec, /)", object_format),
    Native::new("__dir__(self, /)", object_dir),
];

const TYPE_METHODS: &[Native] = &[
    Native::new("type(cls, *args, **kwargs)", type_new).at("__new__"),
    Native::slot("__init__(self, /, *args, **kwargs)", type_init),
    Native::slot("__call__(self, /, *args, **kwargs)", type_call),
    Native::new("mro(self, /)", type_mro),
    Native::slot("__getattribute__(self, name, /)", type_getattribute),
    Native::new("__subclasscheck__(self, subclass, /)", type_subclasscheck),
    Native::new("__instancecheck__(self, instance, /)", type_instancecheck),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    for t in [vm.types.none, vm.types.notimpl, vm.types.ellipsis] {
        add_natives(
            vm,
            t,
            &[Native::new("__new__(cls, *args, **kwargs)", singleton_new)],
        )?;
    }
    add_natives(vm, vm.types.object, OBJECT_METHODS)?;
    add_natives(vm, vm.types.type_, TYPE_METHODS)
}
