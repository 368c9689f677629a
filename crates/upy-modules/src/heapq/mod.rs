//! The `heapq` module: a min-heap kept in a plain list. The operations
//! on one heap are native (CPython's `_heapq`, whose name their errors
//! carry), with the max-heap helpers `nsmallest` and `merge` use;
//! `nlargest`, `nsmallest` and `merge` are written in Python
//! (`heapq.py`), as CPython writes them.

mod sift;

use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use sift::{items, items_mut, out_of_range, sift_down, sift_up, Order};

const SOURCE: &str = include_str!("heapq.py");

/// The list a heap function was given, or CPython's TypeError: "heappush()
/// argument 1 must be list, not int" (just "argument" for the functions
/// taking only the heap; "not None" for None).
fn heap_arg(vm: &mut Vm, a: &Args, func: &str) -> PyResult<Gc> {
    let heap = a.arg(0);
    if let Some(g) = upy_vm::objects::list::list_gc(vm, heap) {
        return Ok(g);
    }
    let which = if a.get(1).is_some() {
        "argument 1"
    } else {
        "argument"
    };
    let t = match heap {
        Value::None => "None".to_string(),
        _ => vm.value_tp_name(heap),
    };
    vm.type_error(format!("{}() {} must be list, not {}", func, which, t))
}

/// Put `item` in place 0 and sift it down, returning what was there (kept
/// on the roots: the comparisons may run Python code and collect).
fn replace_top(vm: &mut Vm, g: Gc, item: Value, order: Order) -> PyResult<Value> {
    let top = match items_mut(vm, g).and_then(|l| l.first_mut()) {
        Some(slot) => std::mem::replace(slot, item),
        None => return out_of_range(vm),
    };
    vm.roots.push(top);
    sift_up(vm, g, 0, order)?;
    Ok(top)
}

fn pop(vm: &mut Vm, g: Gc, order: Order) -> PyResult<Value> {
    let Some(last) = items_mut(vm, g).and_then(|l| l.pop()) else {
        return out_of_range(vm);
    };
    if items(vm, g).is_empty() {
        return Ok(last);
    }
    replace_top(vm, g, last, order)
}

fn heapify(vm: &mut Vm, g: Gc, order: Order) -> PyResult<Value> {
    let n = items(vm, g).len();
    if n > 2500 {
        return heapify_by_rows(vm, g, order);
    }
    for i in (0..n / 2).rev() {
        sift_up(vm, g, i, order)?;
    }
    Ok(Value::None)
}

/// CPython's heapify of large lists: the same sifts as the simple loop
/// (so the same heap), in an order that sifts a parent as soon as both
/// its children are heaps, while they are still in the cache. Followed
/// here for its order of comparisons, which Python code can observe.
fn heapify_by_rows(vm: &mut Vm, g: Gc, order: Order) -> PyResult<Value> {
    // `m` is the first node without children; `leftmost` the first node
    // of its row of the tree.
    let m = items(vm, g).len() >> 1;
    let row = m + 1;
    let leftmost = (1usize << (usize::BITS - 1 - row.leading_zeros())) - 1;
    let nodes = (m >> 1..leftmost).rev().chain((leftmost..m).rev());
    for i in nodes {
        // Sift node i, then its parent if it is a left child (odd): the
        // right sibling came first in this descending order.
        let mut j = i;
        loop {
            sift_up(vm, g, j, order)?;
            if j & 1 == 0 {
                break;
            }
            j >>= 1;
        }
    }
    Ok(Value::None)
}

fn h_heappush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "heappush")?;
    vm.reserve(16)?;
    let n = match items_mut(vm, g) {
        Some(l) => {
            l.push(a.arg(1));
            l.len()
        }
        None => 0,
    };
    sift_down(vm, g, 0, n.saturating_sub(1), Order::Min)?;
    Ok(Value::None)
}

fn h_heappop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "heappop")?;
    pop(vm, g, Order::Min)
}

fn h_heapify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "heapify")?;
    heapify(vm, g, Order::Min)
}

fn h_heapreplace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "heapreplace")?;
    replace_top(vm, g, a.arg(1), Order::Min)
}

/// Push then pop, in one sift: the item itself comes back at once when
/// the heap is empty or its top is not smaller.
fn h_heappushpop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "heappushpop")?;
    let item = a.arg(1);
    let Some(&top) = items(vm, g).first() else {
        return Ok(item);
    };
    if !upy_vm::objects::list::less(vm, top, item)? {
        return Ok(item);
    }
    // The comparison may have emptied the list: then replace_top raises
    // IndexError, as CPython does.
    replace_top(vm, g, item, Order::Min)
}

fn h_heapify_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "_heapify_max")?;
    heapify(vm, g, Order::Max)
}

fn h_heappop_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "_heappop_max")?;
    pop(vm, g, Order::Max)
}

fn h_heapreplace_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = heap_arg(vm, a, "_heapreplace_max")?;
    replace_top(vm, g, a.arg(1), Order::Max)
}

const FUNCTIONS: &[Native] = &[
    Native::new("heappush(heap, item, /)", h_heappush),
    Native::new("heappop(heap, /)", h_heappop),
    Native::new("heapify(heap, /)", h_heapify),
    Native::new("heapreplace(heap, item, /)", h_heapreplace),
    Native::new("heappushpop(heap, item, /)", h_heappushpop),
    Native::new("_heapify_max(heap, /)", h_heapify_max),
    Native::new("_heappop_max(heap, /)", h_heappop_max),
    Native::new("_heapreplace_max(heap, item, /)", h_heapreplace_max),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "heapq", &[])?;
    util::natives_of(vm, m, "_heapq", FUNCTIONS)?;
    vm.run_module_source(m, SOURCE, "<frozen heapq>")?;
    Ok(m)
}
