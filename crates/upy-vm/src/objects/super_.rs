//! `super`: the zero-argument form (reading the calling frame's first
//! argument and `__class__` cell) and attribute look-up past a class in
//! the MRO.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::dict::dict_get_str;
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn super_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let rest = a.rest();
    let (t, obj) = match rest.len() {
        0 => zero_arg_super(vm)?,
        1 | 2 => {
            let t = match rest[0] {
                Value::Obj(g) if matches!(vm.heap.get(g), Obj::Type(_)) => g,
                v => {
                    let n = vm.type_name(v);
                    return vm.type_error(format!("super() argument 1 must be a type, not {}", n));
                }
            };
            let obj = rest.get(1).copied().unwrap_or(Value::None);
            (t, obj)
        }
        // CPython words this one apart from any argument parser.
        n => return vm.type_error(format!("super() expected at most 2 arguments, got {}", n)),
    };
    if !obj.is_none() {
        let ok = vm.isinstance(obj, t)
            || matches!(obj, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Type(_)) && vm.is_subtype(g, t));
        if !ok {
            return vm.type_error("super(type, obj): obj must be an instance or subtype of type");
        }
    }
    vm.alloc_val(Obj::Super(t, obj))
}

fn zero_arg_super(vm: &mut Vm) -> PyResult<(Gc, Value)> {
    let Some(f) = vm.frames.last() else {
        let t = vm.types.runtime_error;
        return vm.err(t, "super(): no arguments");
    };
    let co = f.code.co.clone();
    let base = f.base;
    if co.argcount == 0 && co.flags & upy_compiler::code::CO_VARARGS == 0 {
        let t = vm.types.runtime_error;
        return vm.err(t, "super(): no arguments");
    }
    let nvar = co.varnames.len();
    // The first argument, or the cell it was moved into.
    let mut first = vm.stack[base];
    if let Some(ci) = co.cell2arg.iter().position(|a| *a == Some(0)) {
        if let Value::Obj(c) = vm.stack[base + nvar + ci] {
            if let Obj::Cell(v) = vm.heap.get(c) {
                first = *v;
            }
        }
    }
    if crate::call::is_unbound(first) {
        let t = vm.types.runtime_error;
        return vm.err(t, "super(): arg[0] deleted");
    }
    let Some(fi) = co.freevars.iter().position(|n| n == "__class__") else {
        let t = vm.types.runtime_error;
        return vm.err(t, "super(): __class__ cell not found");
    };
    let cell = vm.stack[base + nvar + co.cellvars.len() + fi];
    let cls = match cell {
        Value::Obj(c) => match vm.heap.get(c) {
            Obj::Cell(Value::Obj(t)) if matches!(vm.heap.get(*t), Obj::Type(_)) => *t,
            _ => {
                let t = vm.types.runtime_error;
                return vm.err(t, "super(): empty __class__ cell");
            }
        },
        _ => {
            let t = vm.types.runtime_error;
            return vm.err(t, "super(): __class__ cell not found");
        }
    };
    Ok((cls, first))
}

/// `super_obj.name`.
pub fn super_getattr(vm: &mut Vm, g: Gc, name: Value) -> PyResult<Option<Value>> {
    let (t, obj) = match vm.heap.get(g) {
        Obj::Super(t, o) => (*t, *o),
        _ => return Ok(None),
    };
    // The MRO searched is that of obj's type (or obj itself for classes).
    let start = match obj {
        Value::Obj(og) if matches!(vm.heap.get(og), Obj::Type(_)) && vm.is_subtype(og, t) => og,
        _ => vm.type_of(obj),
    };
    let mro = vm.type_obj(start).mro.clone();
    let pos = mro
        .iter()
        .position(|c| *c == t)
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for &c in &mro[pos..] {
        let d = vm.type_obj(c).dict;
        if let Some(v) = dict_get_str(vm, d, name) {
            if obj.is_none() {
                return Ok(Some(v));
            }
            let Value::Obj(vg) = v else {
                return Ok(Some(v));
            };
            return match vm.heap.get(vg) {
                Obj::Function(_) | Obj::NativeFn(_) => {
                    if start != vm.type_of(obj)
                        && matches!(vm.heap.get(vg), Obj::Function(_))
                        && vm.is_type(obj)
                    {
                        // super(C, cls).f: f unbound on a class.
                        Ok(Some(v))
                    } else {
                        vm.alloc_val(Obj::BoundMethod(v, obj)).map(Some)
                    }
                }
                Obj::ClassMethod(f) => {
                    let f = *f;
                    vm.alloc_val(Obj::BoundMethod(f, Value::Obj(start)))
                        .map(Some)
                }
                Obj::StaticMethod(f) => Ok(Some(*f)),
                _ => vm.bind_descriptor(v, obj, start).map(Some),
            };
        }
    }
    let n = vm.as_str(name).unwrap_or("").to_string();
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.types.super_)));
    }
    vm.attr_error(format!("'super' object has no attribute '{}'", n))
}

pub fn init(vm: &mut Vm) -> PyResult<()> {
    add_natives(
        vm,
        vm.types.super_,
        &[Native::new("super(cls, *args)", super_new).at("__new__")],
    )
}
