//! `tuple`: construction and the tuple methods.

use crate::args;
use crate::types::add_method;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn t_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("tuple() takes no keyword arguments");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let v = match args.get(1) {
        None => vm.new_tuple(Vec::new())?,
        Some(&it) => {
            let is_exact_tuple =
                matches!(it, Value::Obj(g) if matches!(vm.heap.get(g), crate::obj::Obj::Tuple(_)));
            if is_exact_tuple {
                it
            } else {
                let items = vm.collect_iterable(it)?;
                vm.new_tuple(items)?
            }
        }
    };
    crate::objects::wrap_for_class(vm, args[0], vm.types.tuple, v)
}

fn t_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "index", args, kw, 1, 3)?;
    let items = crate::objects::seq_ops::seq_items(vm, args[0]);
    let n = items.len() as i64;
    let clamp = |i: i64| -> usize { (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize };
    let start = match args.get(2) {
        Some(v) => clamp(crate::objects::seq_ops::index_value(
            vm,
            *v,
            "slice indices",
        )?),
        None => 0,
    };
    let end = match args.get(3) {
        Some(v) => clamp(crate::objects::seq_ops::index_value(
            vm,
            *v,
            "slice indices",
        )?),
        None => items.len(),
    };
    for (i, it) in items.iter().enumerate().take(end).skip(start) {
        if vm.eq(*it, args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    vm.value_error("tuple.index(x): x not in tuple")
}

fn t_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "count", args, kw, 1, 1)?;
    let items = crate::objects::seq_ops::seq_items(vm, args[0]);
    let mut n = 0;
    for it in items {
        if vm.eq(it, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple;
    crate::types::add_staticmethod(vm, t, "__new__", t_new);
    add_method(vm, t, "index", t_index);
    add_method(vm, t, "count", t_count);
}
