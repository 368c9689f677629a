//! The two sift operations of a binary heap kept in a list, in the order
//! CPython's `_heapq` compares (only `<`, the new item on the left for a
//! min-heap), so that a heap of objects with side-effecting comparisons
//! ends in the same state. A comparison runs Python code that may change
//! the list: like CPython, a change of length raises RuntimeError, and
//! positions are read again after every comparison.

use upy_vm::obj::Obj;
use upy_vm::objects::list::less;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

/// Which end of the heap is at position 0.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The smallest item (`heappush`, `heappop`...).
    Min,
    /// The largest (`_heapify_max`, used by `nsmallest` and `merge`).
    Max,
}

/// The items of list `g` (which the caller found to be a list).
pub fn items(vm: &Vm, g: Gc) -> &[Value] {
    match vm.heap.get(g) {
        Obj::List(l) => l,
        _ => &[],
    }
}

/// Mutable items of list `g` (None only if it were not a list: a list
/// stays a list).
pub fn items_mut(vm: &mut Vm, g: Gc) -> Option<&mut Vec<Value>> {
    match vm.heap.get_mut(g) {
        Obj::List(l) => Some(l),
        _ => None,
    }
}

fn len(vm: &Vm, g: Gc) -> usize {
    items(vm, g).len()
}

fn at(vm: &Vm, g: Gc, i: usize) -> Value {
    items(vm, g).get(i).copied().unwrap_or(Value::None)
}

fn swap(vm: &mut Vm, g: Gc, i: usize, j: usize) {
    if let Some(l) = items_mut(vm, g) {
        if i < l.len() && j < l.len() {
            l.swap(i, j);
        }
    }
}

/// Whether `a` belongs above `b` in a heap of `order`: `a < b` for a
/// min-heap, `b < a` for a max-heap (CPython's operand order).
fn above(vm: &mut Vm, a: Value, b: Value, order: Order) -> PyResult<bool> {
    match order {
        Order::Min => less(vm, a, b),
        Order::Max => less(vm, b, a),
    }
}

/// IndexError("index out of range"), CPython's word for an empty heap.
pub fn out_of_range<T>(vm: &mut Vm) -> PyResult<T> {
    vm.index_error("index out of range")
}

fn changed_size<T>(vm: &mut Vm) -> PyResult<T> {
    let t = vm.types.runtime_error;
    vm.err(t, "list changed size during iteration")
}

/// Move the item at `pos` towards `start` (the root of the part being
/// sifted) while it belongs above its parent.
pub fn sift_down(vm: &mut Vm, g: Gc, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = len(vm, g);
    if pos >= size {
        return out_of_range(vm);
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, p) = (at(vm, g, pos), at(vm, g, parent));
        let moves = above(vm, item, p, order)?;
        if len(vm, g) != size {
            return changed_size(vm);
        }
        if !moves {
            break;
        }
        swap(vm, g, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Move the item at `pos` down to a leaf, always following the child that
/// belongs higher, then back up to its place (fewer comparisons than
/// stopping on the way down, as CPython's `_siftup` explains).
pub fn sift_up(vm: &mut Vm, g: Gc, mut pos: usize, order: Order) -> PyResult<()> {
    let end = len(vm, g);
    let start = pos;
    if pos >= end {
        return out_of_range(vm);
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (l, r) = (at(vm, g, child), at(vm, g, child + 1));
            if !above(vm, l, r, order)? {
                child += 1;
            }
            if len(vm, g) != end {
                return changed_size(vm);
            }
        }
        swap(vm, g, child, pos);
        pos = child;
    }
    sift_down(vm, g, start, pos, order)
}
