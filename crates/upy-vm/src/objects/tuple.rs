//! `tuple`: construction and the tuple methods.

use crate::native::{Args, Native};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn t_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = match a.get(0) {
        None => vm.new_tuple(Vec::new())?,
        Some(it) => {
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
    crate::objects::wrap_for_class(vm, a.this(), vm.types.tuple, v)
}

fn t_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = crate::objects::seq_ops::seq_items(vm, a.this());
    let n = items.len() as i64;
    let clamp = |i: i64| -> usize { (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize };
    let start = match a.get(1) {
        Some(v) => clamp(crate::objects::seq_ops::index_value(
            vm,
            v,
            "slice indices",
        )?),
        None => 0,
    };
    let end = match a.get(2) {
        Some(v) => clamp(crate::objects::seq_ops::index_value(
            vm,
            v,
            "slice indices",
        )?),
        None => items.len(),
    };
    for (i, it) in items.iter().enumerate().take(end).skip(start) {
        if vm.eq(*it, a.arg(0))? {
            return Ok(Value::Int(i as i64));
        }
    }
    vm.value_error("tuple.index(x): x not in tuple")
}

fn t_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = crate::objects::seq_ops::seq_items(vm, a.this());
    let mut n = 0;
    for it in items {
        if vm.eq(it, a.arg(0))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

const METHODS: &[Native] = &[
    Native::new("tuple(cls, iterable=..., /)", t_new).at("__new__"),
    Native::new("index(self, value, start=0, stop=..., /)", t_index),
    Native::new("count(self, value, /)", t_count),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.tuple, METHODS)
}
