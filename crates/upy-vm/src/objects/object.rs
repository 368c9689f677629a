//! `object` and `type`: the default implementations every class inherits
//! (instance creation, attribute setting, identity equality, repr) and
//! class creation through `type(name, bases, dict)`.

use crate::args;
use crate::obj::*;
use crate::objects::dict::dict_set;
use crate::types::{add_classmethod, add_method, add_staticmethod};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&Value::Obj(cls)) = args.first() else {
        return vm.type_error("object.__new__(): not enough arguments");
    };
    if !matches!(vm.heap.get(cls), Obj::Type(_)) {
        let t = vm.type_name(args[0]);
        return vm.type_error(format!("object.__new__(X): X is not a type object ({})", t));
    }
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

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__setattr__", args, kw, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.generic_set_attr(args[0], name, args[2])?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__delattr__", args, kw, 1, 1)?;
    let name = attr_name(vm, args[1])?;
    vm.generic_del_attr(args[0], name)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__getattribute__", args, kw, 1, 1)?;
    let name = attr_name(vm, args[1])?;
    match vm.generic_get_attr(args[0], name)? {
        Some(v) => Ok(v),
        None => vm.missing_attr(args[0], name),
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

fn object_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__eq__", args, kw, 1, 1)?;
    Ok(if args[0].is(args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__ne__", args, kw, 1, 1)?;
    let eq = vm.names.__eq__;
    if let Some(f) = vm.lookup_special(args[0], eq) {
        let r = vm.call_bound(f, args[0], &[args[1]])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(r)?));
    }
    Ok(Value::NotImplemented)
}

fn object_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__hash__", args, kw, 0, 0)?;
    let g = args[0].as_gc().map(|g| g.0).unwrap_or(0);
    Ok(Value::Int((g as i64).wrapping_mul(2654435761) >> 4))
}

fn object_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__repr__", args, kw, 0, 0)?;
    let s = crate::format::default_repr(vm, args[0]);
    vm.new_string(s)
}

fn object_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__str__", args, kw, 0, 0)?;
    vm.repr_of(args[0])
}

fn object_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__format__", args, kw, 1, 1)?;
    let spec = vm.expect_str(args[1], "format_spec")?;
    if !spec.is_empty() {
        let t = vm.type_name(args[0]);
        return vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            t
        ));
    }
    vm.str_of(args[0])
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // object's version takes no keywords (a class statement's keywords
    // that nothing consumed end here).
    if !kw.is_empty() {
        let t = match args.first() {
            Some(Value::Obj(g)) if matches!(vm.heap.get(*g), Obj::Type(_)) => {
                vm.type_obj(*g).name.clone()
            }
            _ => "object".to_string(),
        };
        return vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            t
        ));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__dir__", args, kw, 0, 0)?;
    crate::builtins::dir_of(vm, args[0])
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let meta = match args.first() {
        Some(Value::Obj(g)) if matches!(vm.heap.get(*g), Obj::Type(_)) => *g,
        _ => return vm.type_error("type.__new__(X): X is not a type object"),
    };
    let rest = &args[1..];
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

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(g)) if matches!(vm.heap.get(*g), Obj::Type(_)) => {
            vm.call_type_default(*g, &args[1..], kw)
        }
        _ => vm.type_error("descriptor '__call__' requires a 'type' object"),
    }
}

/// `self` of a `type` method: a class.
fn type_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc> {
    match args.first().copied() {
        Some(Value::Obj(g)) if matches!(vm.heap.get(g), Obj::Type(_)) => Ok(g),
        Some(v) => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{}' requires a 'type' object but received a '{}'",
                name, t
            ))
        }
        None => vm.type_error(format!(
            "descriptor '{}' of 'type' object needs an argument",
            name
        )),
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "mro", args, kw, 0, 0)?;
    let g = type_self(vm, args, "mro")?;
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

fn type_getattribute(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__getattribute__", args, kw, 1, 1)?;
    let g = type_self(vm, args, "__getattribute__")?;
    let name = attr_name(vm, args[1])?;
    match vm.type_get_attr(g, name)? {
        Some(v) => Ok(v),
        None => vm.missing_attr(args[0], name),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__subclasscheck__", args, kw, 1, 1)?;
    type_self(vm, args, "__subclasscheck__")?;
    match (args[0], args[1]) {
        (Value::Obj(a), Value::Obj(b)) if vm.is_type(args[1]) => {
            Ok(Value::Bool(vm.is_subtype(b, a)))
        }
        _ => vm.type_error("issubclass() arg 1 must be a class"),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__instancecheck__", args, kw, 1, 1)?;
    type_self(vm, args, "__instancecheck__")?;
    match args[0] {
        Value::Obj(a) => Ok(Value::Bool(vm.isinstance(args[1], a))),
        _ => Ok(Value::Bool(false)),
    }
}

fn singleton_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0];
    let name = match cls {
        Value::Obj(g) if vm.is_type(cls) => vm.type_obj(g).name.clone(),
        _ => String::new(),
    };
    if args.len() > 1 || !kw.is_empty() {
        return vm.type_error(format!("{} takes no arguments", name));
    }
    Ok(match name.as_str() {
        "NotImplementedType" => Value::NotImplemented,
        "ellipsis" => Value::Ellipsis,
        _ => Value::None,
    })
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.none, vm.types.notimpl, vm.types.ellipsis] {
        add_staticmethod(vm, t, "__new__", singleton_new);
    }
    let o = vm.types.object;
    add_staticmethod(vm, o, "__new__", object_new);
    add_classmethod(vm, o, "__init_subclass__", object_init_subclass);
    for (n, f) in [
        ("__init__", object_init as NativeFnPtr),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__format__", object_format),
        ("__dir__", object_dir),
    ] {
        add_method(vm, o, n, f);
    }
    let t = vm.types.type_;
    add_staticmethod(vm, t, "__new__", type_new);
    for (n, f) in [
        ("__init__", type_init as NativeFnPtr),
        ("__call__", type_call),
        ("mro", type_mro),
        ("__getattribute__", type_getattribute),
        ("__subclasscheck__", type_subclasscheck),
        ("__instancecheck__", type_instancecheck),
    ] {
        add_method(vm, t, n, f);
    }
}
