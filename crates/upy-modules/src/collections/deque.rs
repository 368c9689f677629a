//! `collections.deque`: a double-ended queue with an optional maximum
//! length, and its iterator (which notices mutation, as CPython's does).

use std::collections::VecDeque;

use upy_compiler::code::CmpOp;
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, bind_only, native, native_mut};

/// The state of a deque.
pub struct Deque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Bumped by every change of length, so iterators can detect it.
    pub state: u64,
}

impl NativeObject for Deque {
    fn type_name(&self) -> &'static str {
        "deque"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.items.iter().copied());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        64 + self.items.capacity() * 16
    }
}

impl Deque {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
        self.state += 1;
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
        self.state += 1;
    }
}

/// Iterator over a deque, forwards or backwards.
struct DequeIter {
    deque: Value,
    pos: usize,
    state: u64,
    reverse: bool,
}

impl NativeObject for DequeIter {
    fn type_name(&self) -> &'static str {
        "_deque_iterator"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.deque);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::this::<Deque>(vm, a)
}

fn dq(vm: &mut Vm, v: Value) -> &mut Deque {
    native_mut::<Deque>(vm, v).expect("checked deque")
}

fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    native::<Deque>(vm, v)
        .map(|d| d.items.iter().copied().collect())
        .unwrap_or_default()
}

/// A new empty deque of class `cls`.
fn new_deque(vm: &mut Vm, cls: Gc, maxlen: Option<usize>) -> PyResult<Value> {
    let d = Deque {
        items: VecDeque::new(),
        maxlen,
        state: 0,
    };
    vm.alloc_val(Obj::Native(cls, Box::new(d)))
}

fn d_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "deque")?;
    new_deque(vm, cls, None)
}

fn maxlen_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !util::is_int(vm, v) {
                return vm.type_error("an integer is required");
            }
            let n = util::i64_arg(vm, v)?;
            if n < 0 {
                return vm.value_error("maxlen must be non-negative");
            }
            Ok(Some(n as usize))
        }
    }
}

fn d_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let maxlen = maxlen_arg(vm, a.get(1))?;
    {
        let d = dq(vm, s);
        d.maxlen = maxlen;
        if !d.items.is_empty() {
            d.items.clear();
            d.state += 1;
        }
    }
    if let Some(it) = a.get(0) {
        extend(vm, s, it, false)?;
    }
    Ok(Value::None)
}

/// Append every item of `it`, at the right or (reversing) the left.
fn extend(vm: &mut Vm, s: Value, it: Value, left: bool) -> PyResult<()> {
    let new = if it.is(s) {
        items_of(vm, s)
    } else {
        vm.collect_iterable(it)?
    };
    vm.reserve(new.len() * 16)?;
    let d = dq(vm, s);
    for v in new {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn d_append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    vm.reserve(16)?;
    dq(vm, s).push_back(a.arg(0));
    Ok(Value::None)
}

fn d_appendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    vm.reserve(16)?;
    dq(vm, s).push_front(a.arg(0));
    Ok(Value::None)
}

fn pop_side(vm: &mut Vm, a: &Args, left: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = dq(vm, s);
    let r = if left {
        d.items.pop_front()
    } else {
        d.items.pop_back()
    };
    match r {
        Some(v) => {
            d.state += 1;
            Ok(v)
        }
        None => vm.index_error("pop from an empty deque"),
    }
}

fn d_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pop_side(vm, a, false)
}

fn d_popleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pop_side(vm, a, true)
}

fn d_extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    extend(vm, s, a.arg(0), false)?;
    Ok(Value::None)
}

fn d_extendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    extend(vm, s, a.arg(0), true)?;
    Ok(Value::None)
}

fn d_rotate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let b = util::rebind(vm, &ROTATE_ARGS, a.rest(), &[])?;
    let n = match b.get(0) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 1,
    };
    let d = dq(vm, s);
    let len = d.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = dq(vm, s);
    d.items.clear();
    d.state += 1;
    Ok(Value::None)
}

/// A shallow copy with the same class and maxlen.
fn copy_of(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let (items, maxlen) = match native::<Deque>(vm, s) {
        Some(d) => (d.items.clone(), d.maxlen),
        None => (VecDeque::new(), None),
    };
    let cls = vm.type_of(s);
    let c = new_deque(vm, cls, maxlen)?;
    dq(vm, c).items = items;
    Ok(c)
}

fn d_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    copy_of(vm, s)
}

/// Position of the first item equal to `x` in `lo..hi`, comparing on a
/// rooted snapshot (equality may run Python code).
fn find(vm: &mut Vm, s: Value, x: Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let items = items_of(vm, s);
    vm.roots.extend(items.iter().copied());
    for (i, &v) in items.iter().enumerate().take(hi).skip(lo) {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn d_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let items = items_of(vm, s);
    vm.roots.extend(items.iter().copied());
    let mut n = 0;
    for v in items {
        if vm.eq(v, a.arg(0))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn not_in_deque<T>(vm: &mut Vm, x: Value) -> PyResult<T> {
    let r = vm.repr_string(x)?;
    vm.value_error(format!("{} is not in deque", r))
}

fn d_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let len = native::<Deque>(vm, s).map(|d| d.items.len()).unwrap_or(0) as i64;
    let b = util::rebind(vm, &INDEX_ARGS, a.rest(), &[])?;
    let bound = |vm: &mut Vm, v: Option<Value>, dflt: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => util::i64_arg(vm, v)?,
            None => dflt,
        };
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        Ok(i as usize)
    };
    let lo = bound(vm, b.get(1), 0)?;
    let hi = bound(vm, b.get(2), len)?;
    match find(vm, s, b.arg(0), lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => not_in_deque(vm, b.arg(0)),
    }
}

fn d_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    match find(vm, s, a.arg(0), 0, usize::MAX)? {
        Some(i) => {
            let d = dq(vm, s);
            if i < d.items.len() {
                d.items.remove(i);
                d.state += 1;
            }
            Ok(Value::None)
        }
        None => not_in_deque(vm, a.arg(0)),
    }
}

fn d_insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let b = util::rebind(vm, &INSERT_ARGS, a.rest(), &[])?;
    let i = util::i64_arg(vm, b.arg(0))?;
    let d = dq(vm, s);
    if Some(d.items.len()) == d.maxlen {
        return vm.index_error("deque already at its maximum size");
    }
    let len = d.items.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.items.insert(i as usize, b.arg(1));
    d.state += 1;
    Ok(Value::None)
}

fn d_reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = dq(vm, s);
    d.items.make_contiguous().reverse();
    Ok(Value::None)
}

fn d_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Int(dq(vm, s).items.len() as i64))
}

/// An index operand resolved against the deque's length.
fn position(vm: &mut Vm, s: Value, idx: Value) -> PyResult<usize> {
    if !util::is_int(vm, idx) && vm.lookup_special(idx, vm.names.__index__).is_none() {
        let t = vm.type_name(idx);
        return vm.type_error(format!("sequence index must be integer, not '{}'", t));
    }
    let i = util::i64_arg(vm, idx)?;
    let len = dq(vm, s).items.len();
    match upy_vm::objects::seq_ops::norm_index(i, len) {
        Some(j) => Ok(j),
        None => vm.index_error("deque index out of range"),
    }
}

fn d_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let i = position(vm, s, a.arg(0))?;
    Ok(dq(vm, s).items[i])
}

fn d_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let i = position(vm, s, a.arg(0))?;
    dq(vm, s).items[i] = a.arg(1);
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let i = position(vm, s, a.arg(0))?;
    let d = dq(vm, s);
    d.items.remove(i);
    d.state += 1;
    Ok(Value::None)
}

fn d_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Bool(find(vm, s, a.arg(0), 0, usize::MAX)?.is_some()))
}

fn new_iter(vm: &mut Vm, s: Value, reverse: bool) -> PyResult<Value> {
    let state = dq(vm, s).state;
    let t = vm
        .native_types
        .get("collections._deque_iterator")
        .copied()
        .unwrap_or(vm.types.object);
    let it = DequeIter {
        deque: s,
        pos: 0,
        state,
        reverse,
    };
    vm.alloc_val(Obj::Native(t, Box::new(it)))
}

fn d_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    new_iter(vm, s, false)
}

fn d_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    new_iter(vm, s, true)
}

fn it_iter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

fn it_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = util::this::<DequeIter>(vm, a)?;
    let (d, pos, state, reverse) = match native::<DequeIter>(vm, s) {
        Some(it) => (it.deque, it.pos, it.state, it.reverse),
        None => return vm.type_error("expected a deque iterator"),
    };
    let (cur_state, len) = match native::<Deque>(vm, d) {
        Some(q) => (q.state, q.items.len()),
        None => (state, 0),
    };
    if cur_state != state {
        if let Some(it) = native_mut::<DequeIter>(vm, s) {
            it.pos = usize::MAX;
        }
        let t = vm.types.runtime_error;
        return vm.err(t, "deque mutated during iteration");
    }
    if pos >= len {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    let i = if reverse { len - 1 - pos } else { pos };
    let v = native::<Deque>(vm, d)
        .map(|q| q.items[i])
        .unwrap_or(Value::None);
    if let Some(it) = native_mut::<DequeIter>(vm, s) {
        it.pos += 1;
    }
    Ok(v)
}

fn d_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let g = vm.internal_obj(s)?;
    let name = vm.type_name(s);
    if vm.repr_active.contains(&g) {
        return vm.new_string("[...]".to_string());
    }
    let items = items_of(vm, s);
    let maxlen = dq(vm, s).maxlen;
    let l = vm.new_list(items)?;
    vm.roots.push(l);
    let inner = vm.repr_nested(g, |vm| vm.repr_string(l))?;
    let out = match maxlen {
        Some(m) => format!("{}({}, maxlen={})", name, inner, m),
        None => format!("{}({})", name, inner),
    };
    vm.new_string(out)
}

fn d_maxlen(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = util::this::<Deque>(vm, a)?;
    Ok(match dq(vm, s).maxlen {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

/// Compare as lists when both sides are deques.
fn compare(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.this(), a.arg(0));
    if native::<Deque>(vm, x).is_none() || native::<Deque>(vm, y).is_none() {
        return Ok(Value::NotImplemented);
    }
    let a = items_of(vm, x);
    let b = items_of(vm, y);
    let la = vm.new_list(a)?;
    vm.roots.push(la);
    let lb = vm.new_list(b)?;
    vm.roots.push(lb);
    vm.compare(op, la, lb)
}

macro_rules! cmp_fns {
    ($($f:ident, $op:expr;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            compare(vm, a, $op)
        })*
    };
}

cmp_fns!(
    d_eq, CmpOp::Eq;
    d_ne, CmpOp::Ne;
    d_lt, CmpOp::Lt;
    d_le, CmpOp::Le;
    d_gt, CmpOp::Gt;
    d_ge, CmpOp::Ge;
);

fn d_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    if native::<Deque>(vm, a.arg(0)).is_none() {
        let t = vm.type_name(a.arg(0));
        return vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            t
        ));
    }
    let c = copy_of(vm, s)?;
    vm.roots.push(c);
    extend(vm, c, a.arg(0), false)?;
    Ok(c)
}

fn d_iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    extend(vm, s, a.arg(0), false)?;
    Ok(s)
}

/// Repeat the items in place `n` times (respecting maxlen).
fn repeat(vm: &mut Vm, s: Value, n: Value) -> PyResult<()> {
    if !util::is_int(vm, n) {
        let t = vm.type_name(n);
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            t
        ));
    }
    let n = util::i64_arg(vm, n)?.max(0) as usize;
    let items = items_of(vm, s);
    let total = items.len().saturating_mul(n);
    vm.check_alloc(total.saturating_mul(16))?;
    let d = dq(vm, s);
    d.items.clear();
    d.state += 1;
    for _ in 0..n {
        for &v in &items {
            d.push_back(v);
        }
    }
    Ok(())
}

fn d_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let c = copy_of(vm, s)?;
    vm.roots.push(c);
    repeat(vm, c, a.arg(0))?;
    Ok(c)
}

fn d_imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    repeat(vm, s, a.arg(0))?;
    Ok(s)
}

// CPython checks the arguments of `rotate`, `index` and `insert` by hand:
// keywords are refused in the method's name ("deque.index() takes no
// keyword arguments"), the count under other names.
const ROTATE_ARGS: Native = Native::new("deque.rotate(n=1, /)", bind_only);
const INDEX_ARGS: Native = Native::legacy("index(value, start=..., stop=..., /)", bind_only);
const INSERT_ARGS: Native = Native::legacy("insert(index, value, /)", bind_only);

const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", d_new),
    Native::new("deque(self, iterable=..., maxlen=None)", d_init).at("__init__"),
    Native::new("append(self, x, /)", d_append),
    Native::new("appendleft(self, x, /)", d_appendleft),
    Native::new("pop(self, /)", d_pop),
    Native::new("popleft(self, /)", d_popleft),
    Native::new("extend(self, iterable, /)", d_extend),
    Native::new("extendleft(self, iterable, /)", d_extendleft),
    Native::new("rotate(self, *args)", d_rotate),
    Native::new("clear(self, /)", d_clear),
    Native::new("copy(self, /)", d_copy),
    Native::new("__copy__(self, /)", d_copy),
    Native::new("count(self, x, /)", d_count),
    Native::new("index(self, *args)", d_index),
    Native::new("remove(self, value, /)", d_remove),
    Native::new("insert(self, *args)", d_insert),
    Native::new("reverse(self, /)", d_reverse),
    Native::new("__len__(self, /)", d_len),
    Native::new("__getitem__(self, key, /)", d_getitem),
    Native::new("__setitem__(self, key, value, /)", d_setitem),
    Native::new("__delitem__(self, key, /)", d_delitem),
    Native::new("__contains__(self, key, /)", d_contains),
    Native::new("__iter__(self, /)", d_iter),
    Native::new("__reversed__(self, /)", d_reversed),
    Native::new("__repr__(self, /)", d_repr),
    Native::new("__eq__(self, value, /)", d_eq),
    Native::new("__ne__(self, value, /)", d_ne),
    Native::new("__lt__(self, value, /)", d_lt),
    Native::new("__le__(self, value, /)", d_le),
    Native::new("__gt__(self, value, /)", d_gt),
    Native::new("__ge__(self, value, /)", d_ge),
    Native::new("__add__(self, value, /)", d_add),
    Native::new("__iadd__(self, value, /)", d_iadd),
    Native::new("__mul__(self, value, /)", d_mul),
    Native::new("__rmul__(self, value, /)", d_mul),
    Native::new("__imul__(self, value, /)", d_imul),
];

const ITER_METHODS: &[Native] = &[
    Native::new("__iter__(self, /)", it_iter),
    Native::new("__next__(self, /)", it_next),
];

/// Create the deque type (once) and return it.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("collections.deque") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "deque", "collections", None, BaseKind::Other, METHODS)?;
    util::type_attr(vm, t, "__hash__", Value::None);
    upy_vm::types::add_getters(vm, t, &[Native::new("maxlen(self, /)", d_maxlen)])?;
    vm.native_types.insert("collections.deque", t);
    let it = util::declared_type(
        vm,
        "_deque_iterator",
        "_collections",
        None,
        BaseKind::Other,
        ITER_METHODS,
    )?;
    vm.native_types.insert("collections._deque_iterator", it);
    Ok(t)
}
