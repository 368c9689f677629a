//! Attributes that builtin objects compute rather than store: `__class__`,
//! `__dict__`, function and method metadata, `real`/`imag`, range and
//! slice fields, exception fields, and a class's `__name__`, `__bases__`,
//! `__mro__` and friends.

use crate::obj::*;
use crate::objects::dict::dict_get_str;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Computed attribute of a non-type object, or None.
pub fn builtin_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let Some(n) = vm.as_str(name) else {
        return Ok(None);
    };
    let n = n.to_string();
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj))));
    }
    match obj {
        Value::Int(_) | Value::Bool(_) => return int_attr(vm, obj, &n),
        Value::Float(f) => {
            return Ok(match n.as_str() {
                "real" => Some(Value::Float(f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            })
        }
        Value::Obj(_) => {}
        _ => return Ok(None),
    }
    let Value::Obj(g) = obj else { return Ok(None) };
    enum K {
        Func,
        Native(&'static str, Option<Value>),
        Bound(Value, Value),
        Big,
        Complex(f64, f64),
        Range,
        Slice(Value, Value, Value),
        Prop(Value, Value, Value),
        Wrapped(Value),
        Gen(Value),
        Exc,
        Inst(Option<Gc>, Option<Value>),
        Cell(Value),
        Code,
        Other,
    }
    let k = match vm.heap.get(g) {
        Obj::Function(_) => K::Func,
        Obj::NativeFn(nf) => K::Native(nf.name, nf.bound),
        Obj::BoundMethod(f, s) => K::Bound(*f, *s),
        Obj::BigInt(_) => K::Big,
        Obj::Complex(r, i) => K::Complex(*r, *i),
        Obj::Range(_) => K::Range,
        Obj::Slice(a, b, c) => K::Slice(*a, *b, *c),
        Obj::Property(a, b, c) => K::Prop(*a, *b, *c),
        Obj::ClassMethod(f) | Obj::StaticMethod(f) => K::Wrapped(*f),
        Obj::Generator(gen) => K::Gen(gen.name),
        Obj::Exception(_) => K::Exc,
        Obj::Instance(i) => K::Inst(i.dict, i.base),
        Obj::Cell(v) => K::Cell(*v),
        Obj::Code(_) => K::Code,
        _ => K::Other,
    };
    Ok(match k {
        K::Func => func_attr(vm, g, &n)?,
        K::Native(fname, bound) => match n.as_str() {
            "__name__" | "__qualname__" => Some(vm.new_str(fname)?),
            "__self__" => Some(bound.unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        K::Bound(f, s) => match n.as_str() {
            "__func__" => Some(f),
            "__self__" => Some(s),
            _ => vm.try_get_attr(f, name)?,
        },
        K::Big => int_attr(vm, obj, &n)?,
        K::Complex(r, i) => match n.as_str() {
            "real" => Some(Value::Float(r)),
            "imag" => Some(Value::Float(i)),
            _ => None,
        },
        K::Range => crate::objects::range::range_attr(vm, g, &n)?,
        K::Slice(a, b, c) => match n.as_str() {
            "start" => Some(a),
            "stop" => Some(b),
            "step" => Some(c),
            _ => None,
        },
        K::Prop(a, b, c) => match n.as_str() {
            "fget" => Some(a),
            "fset" => Some(b),
            "fdel" => Some(c),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        K::Wrapped(f) => match n.as_str() {
            "__func__" | "__wrapped__" => Some(f),
            _ => None,
        },
        K::Gen(gname) => match n.as_str() {
            "__name__" | "__qualname__" => Some(gname),
            "gi_running" | "cr_running" => {
                let running =
                    matches!(vm.heap.get(g), Obj::Generator(x) if x.state == GenState::Running);
                Some(Value::Bool(running))
            }
            _ => None,
        },
        K::Exc => match n.as_str() {
            "__dict__" => {
                let d = match vm.instance_dict(obj) {
                    Some(d) => d,
                    None => {
                        let dg = vm.new_dict()?;
                        if let Obj::Exception(e) = vm.heap.get_mut(g) {
                            e.dict = Some(dg);
                        }
                        dg
                    }
                };
                Some(Value::Obj(d))
            }
            _ => crate::objects::exception::get_special(vm, obj, &n)?,
        },
        K::Inst(d, base) => match n.as_str() {
            "__dict__" if d.is_some() && vm.type_obj(vm.type_of(obj)).slots.is_none() => {
                d.map(Value::Obj)
            }
            _ => match base {
                Some(b) => builtin_attr(vm, b, name)?,
                None => None,
            },
        },
        K::Cell(v) => match n.as_str() {
            "cell_contents" => {
                if crate::call::is_unbound(v) {
                    return vm.value_error("Cell is empty");
                }
                Some(v)
            }
            _ => None,
        },
        K::Code => {
            let co = match vm.heap.get(g) {
                Obj::Code(c) => c.co.clone(),
                _ => return Ok(None),
            };
            match n.as_str() {
                "co_name" => Some(vm.new_str(&co.name)?),
                "co_filename" => Some(vm.new_str(&co.filename)?),
                "co_argcount" => Some(Value::Int(co.argcount as i64)),
                "co_firstlineno" => Some(Value::Int(co.firstline as i64)),
                _ => None,
            }
        }
        K::Other => {
            if let Some(v) = crate::objects::memoryview::mv_attr(vm, g, &n)? {
                return Ok(Some(v));
            }
            if n == "buffer" {
                vm.stream_buffers
                    .iter()
                    .find(|(t, _)| *t == g)
                    .map(|(_, b)| Value::Obj(*b))
            } else {
                None
            }
        }
    })
}

fn int_attr(vm: &mut Vm, v: Value, n: &str) -> PyResult<Option<Value>> {
    let as_int = |_vm: &mut Vm| -> PyResult<Value> {
        match v {
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => Ok(v),
        }
    };
    Ok(match n {
        "real" | "numerator" => Some(as_int(vm)?),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    })
}

fn func_attr(vm: &mut Vm, g: Gc, n: &str) -> PyResult<Option<Value>> {
    let (name, qualname, globals, defaults, kwdefaults, code, dict) = match vm.heap.get(g) {
        Obj::Function(f) => (
            f.name,
            f.qualname,
            f.globals,
            f.defaults.clone(),
            f.kwdefaults.clone(),
            f.code.clone(),
            f.dict,
        ),
        _ => return Ok(None),
    };
    Ok(match n {
        "__name__" => Some(name),
        "__qualname__" => match qualname {
            Some(q) => Some(q),
            None => Some(vm.new_str(&code.co.qualname)?),
        },
        "__module__" => {
            let key = vm.names.__name__;
            Some(dict_get_str(vm, globals, key).unwrap_or(Value::None))
        }
        "__globals__" => Some(Value::Obj(globals)),
        "__doc__" => Some(Value::None),
        "__defaults__" => {
            if defaults.is_empty() {
                Some(Value::None)
            } else {
                Some(vm.new_tuple(defaults)?)
            }
        }
        "__kwdefaults__" => {
            if kwdefaults.is_empty() {
                Some(Value::None)
            } else {
                let d = Value::Obj(vm.new_dict()?);
                vm.roots.push(d);
                for (k, v) in kwdefaults {
                    crate::objects::dict::dict_set(vm, d.as_gc().unwrap_or(g), k, v)?;
                }
                Some(d)
            }
        }
        "__code__" => Some(vm.alloc_val(Obj::Code(code))?),
        "__dict__" => {
            let d = match dict {
                Some(d) => d,
                None => {
                    let dg = vm.new_dict()?;
                    if let Obj::Function(f) = vm.heap.get_mut(g) {
                        f.dict = Some(dg);
                    }
                    dg
                }
            };
            Some(Value::Obj(d))
        }
        "__closure__" => {
            let cells = match vm.heap.get(g) {
                Obj::Function(f) => f.closure.clone(),
                _ => Vec::new(),
            };
            if cells.is_empty() {
                Some(Value::None)
            } else {
                Some(vm.new_tuple(cells)?)
            }
        }
        "__annotations__" => Some(Value::Obj(vm.new_dict()?)),
        _ => None,
    })
}

/// Assignment to a function's own fields; false if `name` is not one.
pub fn set_function_attr(vm: &mut Vm, g: Gc, name: Value, value: Value) -> PyResult<bool> {
    let Some(n) = vm.as_str(name).map(|s| s.to_string()) else {
        return Ok(false);
    };
    match n.as_str() {
        "__defaults__" => {
            let d = if value.is_none() {
                Vec::new()
            } else if matches!(value, Value::Obj(t) if matches!(vm.heap.get(t), Obj::Tuple(_))) {
                crate::objects::seq_ops::seq_items(vm, value)
            } else {
                return vm.type_error("__defaults__ must be set to a tuple object");
            };
            if let Obj::Function(f) = vm.heap.get_mut(g) {
                f.defaults = d;
            }
        }
        "__kwdefaults__" => {
            let d = if value.is_none() {
                Vec::new()
            } else if crate::objects::dict::dict_gc(vm, value).is_some() {
                crate::objects::dict::dict_pairs(vm, value)
            } else {
                return vm.type_error("__kwdefaults__ must be set to a dict object");
            };
            if let Obj::Function(f) = vm.heap.get_mut(g) {
                f.kwdefaults = d;
            }
        }
        "__name__" | "__qualname__" => {
            if vm.as_str(value).is_none() {
                return vm.type_error(format!("{} must be set to a string object", n));
            }
            let qual = n == "__qualname__";
            if let Obj::Function(f) = vm.heap.get_mut(g) {
                if qual {
                    f.qualname = Some(value);
                } else {
                    f.name = value;
                }
            }
        }
        "__globals__" | "__closure__" | "__code__" | "__builtins__" => {
            return vm.attr_error("readonly attribute");
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// Computed attribute of a class, or None.
/// Setting one of a class's own attributes (`__name__`, `__bases__`, ...)
/// with CPython's checks; false if `name` is an ordinary attribute.
pub fn set_type_attr(vm: &mut Vm, t: Gc, name: Value, value: Value) -> PyResult<bool> {
    let Some(n) = vm.as_str(name) else {
        return Ok(false);
    };
    if !n.starts_with("__") {
        return Ok(false);
    }
    let n = n.to_string();
    let tname = vm.type_obj(t).name.clone();
    match n.as_str() {
        "__name__" | "__qualname__" => {
            let Some(s) = vm.as_str(value).map(str::to_string) else {
                let vt = vm.type_name(value);
                return vm.type_error(format!(
                    "can only assign string to {}.{}, not '{}'",
                    tname, n, vt
                ));
            };
            if n == "__name__" {
                if let Obj::Type(ty) = vm.heap.get_mut(t) {
                    ty.name = s;
                }
                return Ok(true);
            }
            Ok(false)
        }
        "__bases__" => crate::types::set_bases(vm, t, value).map(|_| true),
        "__mro__" => vm.attr_error("readonly attribute"),
        "__dict__" => vm.attr_error("attribute '__dict__' of 'type' objects is not writable"),
        "__class__" => {
            // As CPython: only between metaclasses written in Python.
            let user_meta =
                |vm: &Vm, m: Gc| !vm.heap.is_permanent(m) && vm.is_subtype(m, vm.types.type_);
            let ok = vm.type_obj(t).metaclass.is_some_and(|m| user_meta(vm, m))
                && value
                    .as_gc()
                    .is_some_and(|m| vm.is_type(value) && user_meta(vm, m));
            if !ok {
                return vm.type_error(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses",
                );
            }
            let m = value.as_gc().unwrap_or(vm.types.type_);
            let meta = if m == vm.types.type_ { None } else { Some(m) };
            if let Obj::Type(ty) = vm.heap.get_mut(t) {
                ty.metaclass = meta;
            }
            vm.attr_cache.invalidate();
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn type_attr(vm: &mut Vm, t: Gc, name: Value) -> PyResult<Option<Value>> {
    let Some(n) = vm.as_str(name) else {
        return Ok(None);
    };
    if !n.starts_with("__") {
        return Ok(None);
    }
    let n = n.to_string();
    let (tname, dict, bases, mro, builtin) = {
        let ty = vm.type_obj(t);
        (
            ty.name.clone(),
            ty.dict,
            ty.bases.clone(),
            ty.mro.clone(),
            is_builtin_type(vm, t),
        )
    };
    let own = |vm: &Vm, key: &str| -> Option<Value> {
        let k = vm.lookup_interned(key)?;
        dict_get_str(vm, dict, k)
    };
    Ok(match n.as_str() {
        "__name__" => Some(vm.new_string(tname)?),
        "__qualname__" => match own(vm, "__qualname__") {
            Some(v) => Some(v),
            None => Some(vm.new_string(tname)?),
        },
        "__module__" => match own(vm, "__module__") {
            Some(v) => Some(v),
            None if builtin => Some(vm.new_str("builtins")?),
            None => None,
        },
        "__doc__" => Some(own(vm, "__doc__").unwrap_or(Value::None)),
        "__dict__" => Some(Value::Obj(dict)),
        "__bases__" => {
            let b: Vec<Value> = bases.iter().map(|g| Value::Obj(*g)).collect();
            Some(vm.new_tuple(b)?)
        }
        "__base__" => Some(bases.first().map(|g| Value::Obj(*g)).unwrap_or(Value::None)),
        "__mro__" => {
            let m: Vec<Value> = mro.iter().map(|g| Value::Obj(*g)).collect();
            Some(vm.new_tuple(m)?)
        }
        "__class__" => Some(Value::Obj(vm.type_of(Value::Obj(t)))),
        _ => None,
    })
}

/// Builtin (not user-defined) types are permanent; user classes are not.
fn is_builtin_type(vm: &Vm, t: Gc) -> bool {
    vm.heap.is_permanent(t)
}
