//! `range`: length, indexing, containment and equality without
//! materialising the items.
//!
//! Nearly every range has bounds and a length that fit an `i64`; those are
//! `RangeObj::Small` and are computed with machine integers (the path of
//! `for i in range(n)`). Any other range is `RangeObj::Big` and is computed
//! with big integers, as CPython computes every range, so ranges of any
//! size behave as CPython's.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::index_arg;
use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::int;
use crate::objects::seq_ops::{is_slice, norm_index};
use crate::ops::{TupleHasher, NONE_HASH};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// The state of a range object.
pub enum RangeObj {
    /// start, stop, step. The length is at most `i64::MAX`, so every item
    /// and the length fit an `i64` too.
    Small(i64, i64, i64),
    /// Any range that is not small.
    Big(Box<BigRange>),
}

/// A range computed with big integers (also the view of a small range that
/// the slow paths use).
#[derive(Clone)]
pub struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

/// The state of a `longrange_iterator`: an iterator over a range whose items
/// or length may not fit an `i64`.
pub struct BigRangeIter {
    cur: BigInt,
    step: BigInt,
    left: BigInt,
}

impl BigRangeIter {
    /// The next item, or None when the range is exhausted.
    fn next_item(&mut self) -> Option<BigInt> {
        if self.left.is_zero() {
            return None;
        }
        let next = &self.cur + &self.step;
        self.left -= 1u8;
        Some(std::mem::replace(&mut self.cur, next))
    }
}

/// `next()` on a `longrange_iterator` `g`, kept out of the iterator fast
/// path.
#[cold]
#[inline(never)]
pub fn long_iter_next(vm: &mut Vm, g: Gc) -> PyResult<Option<Value>> {
    let item = match vm.heap.get_mut(g) {
        Obj::Iter(k) => match &mut **k {
            IterKind::BigRange(it) => it.next_item(),
            _ => None,
        },
        _ => None,
    };
    match item {
        Some(v) => vm.new_bigint(v).map(Some),
        None => Ok(None),
    }
}

/// The number of items of range(start, stop, step), `step` non-zero.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi) = if step.is_positive() {
        (start, stop)
    } else {
        (stop, start)
    };
    if lo < hi {
        (hi - lo - 1u8) / step.abs() + 1u8
    } else {
        BigInt::zero()
    }
}

/// The length of a small range, in machine arithmetic: the span between
/// two i64 bounds fits a u64.
#[inline]
pub fn range_len(a: i64, b: i64, s: i64) -> usize {
    let (lo, hi) = if s > 0 { (a, b) } else { (b, a) };
    if lo >= hi {
        return 0;
    }
    let span = hi.wrapping_sub(lo) as u64;
    ((span - 1) / s.unsigned_abs() + 1) as usize
}

impl RangeObj {
    /// The range of these bounds, small when they and the length fit.
    fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        let len = big_len(&start, &stop, &step);
        if let (Some(a), Some(b), Some(s), Some(_)) =
            (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
        {
            return RangeObj::Small(a, b, s);
        }
        RangeObj::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }

    /// As `from_big`, for bounds computed from a small range in `i128`.
    fn from_i128(a: i128, b: i128, s: i128) -> RangeObj {
        if let (Ok(a), Ok(b), Ok(s)) = (i64::try_from(a), i64::try_from(b), i64::try_from(s)) {
            return RangeObj::from_i64(a, b, s);
        }
        RangeObj::from_big(a.into(), b.into(), s.into())
    }

    /// The range of these bounds (`s` non-zero): small unless the length
    /// exceeds `i64::MAX`.
    #[inline]
    fn from_i64(a: i64, b: i64, s: i64) -> RangeObj {
        if range_len(a, b, s) <= i64::MAX as usize {
            RangeObj::Small(a, b, s)
        } else {
            RangeObj::from_big(a.into(), b.into(), s.into())
        }
    }

    /// The length when it fits an `isize` (what `len()` can return).
    pub fn len(&self) -> Option<usize> {
        match self {
            RangeObj::Small(a, b, s) => Some(range_len(*a, *b, *s)),
            RangeObj::Big(r) => r.len.to_i64().map(|n| n as usize),
        }
    }

    /// Whether the range has no items.
    pub fn is_empty(&self) -> bool {
        match self {
            RangeObj::Small(a, b, s) => range_len(*a, *b, *s) == 0,
            RangeObj::Big(r) => r.len.is_zero(),
        }
    }

    /// The big-integer view of the range.
    fn to_big(&self) -> BigRange {
        match self {
            RangeObj::Small(a, b, s) => BigRange {
                start: (*a).into(),
                stop: (*b).into(),
                step: (*s).into(),
                len: range_len(*a, *b, *s).into(),
            },
            RangeObj::Big(r) => (**r).clone(),
        }
    }

    /// The state of `iter(range)`: a `range_iterator` when CPython 3.11
    /// makes one (its items and their successors fit a C long), else a
    /// `longrange_iterator`.
    #[inline]
    pub fn iter_state(&self) -> IterKind {
        if let RangeObj::Small(a, b, s) = *self {
            let left = range_len(a, b, s) as u64;
            let fits = left == 0
                || if s > 0 {
                    b <= i64::MAX - (s - 1)
                } else {
                    b >= i64::MIN + (-1 - s)
                };
            if fits {
                return IterKind::Range {
                    cur: a,
                    step: s,
                    left,
                };
            }
        }
        self.long_iter_state()
    }

    /// `iter_state` for a `longrange_iterator`, kept out of the fast path.
    #[cold]
    #[inline(never)]
    fn long_iter_state(&self) -> IterKind {
        let r = self.to_big();
        IterKind::BigRange(Box::new(BigRangeIter {
            cur: r.start,
            step: r.step,
            left: r.len,
        }))
    }

    /// The state of `reversed(range)`: the items from the last one down,
    /// a `range_iterator` under CPython 3.11's conditions (step, -step and
    /// start - step fit a C long), else a `longrange_iterator`.
    pub fn reversed_state(&self) -> IterKind {
        if let RangeObj::Small(a, b, s) = *self {
            if s != i64::MIN && i64::try_from(a as i128 - s as i128).is_ok() {
                let left = range_len(a, b, s) as u64;
                // The last item fits an i64; the product may wrap when the
                // range is empty, where it is never used.
                let last = a.wrapping_add((left as i64).wrapping_sub(1).wrapping_mul(s));
                return IterKind::Range {
                    cur: last,
                    step: -s,
                    left,
                };
            }
        }
        let r = self.to_big();
        let last = &r.start + (&r.len - 1u8) * &r.step;
        IterKind::BigRange(Box::new(BigRangeIter {
            cur: last,
            step: -r.step,
            left: r.len,
        }))
    }
}

fn range_ref(vm: &Vm, g: Gc) -> &RangeObj {
    match vm.heap.get(g) {
        Obj::Range(r) => r,
        _ => &RangeObj::Small(0, 0, 1),
    }
}

fn alloc_range(vm: &mut Vm, r: RangeObj) -> PyResult<Value> {
    if let RangeObj::Big(b) = &r {
        let bits = b.start.bits() + b.stop.bits() + b.step.bits() + b.len.bits();
        vm.check_alloc((bits / 8) as usize)?;
    }
    vm.alloc_val(Obj::Range(r))
}

/// The error of `len()` on a range longer than `sys.maxsize`.
pub fn len_overflow<T>(vm: &mut Vm) -> PyResult<T> {
    vm.overflow_error("Python int too large to convert to C ssize_t")
}

/// `repr(range)`.
pub fn range_repr(r: &RangeObj) -> String {
    fn show(
        a: impl std::fmt::Display,
        b: impl std::fmt::Display,
        s: impl std::fmt::Display,
    ) -> String {
        let s = s.to_string();
        if s == "1" {
            format!("range({}, {})", a, b)
        } else {
            format!("range({}, {}, {})", a, b, s)
        }
    }
    match r {
        RangeObj::Small(a, b, s) => show(a, b, s),
        RangeObj::Big(r) => show(&r.start, &r.stop, &r.step),
    }
}

/// `range.start`, `range.stop` and `range.step`.
pub fn range_attr(vm: &mut Vm, g: Gc, name: &str) -> PyResult<Option<Value>> {
    let big = match range_ref(vm, g) {
        RangeObj::Small(a, b, s) => {
            return Ok(match name {
                "start" => Some(Value::Int(*a)),
                "stop" => Some(Value::Int(*b)),
                "step" => Some(Value::Int(*s)),
                _ => None,
            })
        }
        RangeObj::Big(r) => match name {
            "start" => r.start.clone(),
            "stop" => r.stop.clone(),
            "step" => r.step.clone(),
            _ => return Ok(None),
        },
    };
    vm.new_bigint(big).map(Some)
}

/// Whether an int is exactly an int (or a bool): those are found in a range
/// by arithmetic, anything else (int subclasses too) by comparing it with
/// each item, as CPython does.
fn exact_int(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => int::to_big(vm, v),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::BigInt(b) => Some((**b).clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether an exact int is an item of the range.
fn contains_int(r: &BigRange, x: &BigInt) -> bool {
    let inside = if r.step.is_positive() {
        &r.start <= x && x < &r.stop
    } else {
        &r.stop < x && x <= &r.start
    };
    inside && (x - &r.start).is_multiple_of(&r.step)
}

/// What `search` looks for.
#[derive(PartialEq)]
enum Search {
    Contains,
    Index,
    Count,
}

/// Compare `item` with each item of the range in turn (CPython's
/// `_PySequence_IterSearch`): the position of the first equal item for
/// `Contains`/`Index`, the number of equal items for `Count`.
fn search(vm: &mut Vm, g: Gc, item: Value, what: Search) -> PyResult<Option<u64>> {
    // The iterator and the current item are held across `__eq__` calls
    // (rooted above `mark`, which is restored however the search ends: the
    // `in` operator is not a native call that the interpreter cleans up).
    let mark = vm.roots.len();
    let r = (|| {
        let it = vm.get_iter(Value::Obj(g))?;
        vm.roots.push(it);
        let (mut pos, mut count) = (0u64, 0u64);
        while let Some(v) = vm.next(it)? {
            vm.roots.truncate(mark + 1);
            vm.roots.push(v);
            if vm.eq(v, item)? {
                if what != Search::Count {
                    return Ok(Some(pos));
                }
                count = count.saturating_add(1);
            }
            pos = pos.saturating_add(1);
        }
        Ok((what == Search::Count).then_some(count))
    })();
    vm.roots.truncate(mark);
    r
}

/// `item in range`.
pub fn range_contains(vm: &mut Vm, g: Gc, item: Value) -> PyResult<bool> {
    if let RangeObj::Small(a, b, s) = *range_ref(vm, g) {
        let i = match item {
            Value::Int(i) => Some(i),
            Value::Bool(x) => Some(x as i64),
            _ => None,
        };
        if let Some(i) = i {
            let inside = if s > 0 {
                a <= i && i < b
            } else {
                b < i && i <= a
            };
            return Ok(inside && (i as i128 - a as i128) % (s as i128) == 0);
        }
    }
    match exact_int(vm, item) {
        Some(x) => Ok(contains_int(&range_ref(vm, g).to_big(), &x)),
        None => Ok(search(vm, g, item, Search::Contains)?.is_some()),
    }
}

/// `range == range`: equal when they hold the same items.
pub fn range_eq(vm: &Vm, x: Gc, y: Gc) -> bool {
    let (rx, ry) = (range_ref(vm, x), range_ref(vm, y));
    if let (RangeObj::Small(a1, b1, s1), RangeObj::Small(a2, b2, s2)) = (rx, ry) {
        let n = range_len(*a1, *b1, *s1);
        return n == range_len(*a2, *b2, *s2) && (n == 0 || a1 == a2 && (n == 1 || s1 == s2));
    }
    let (p, q) = (rx.to_big(), ry.to_big());
    p.len == q.len
        && (p.len.is_zero() || p.start == q.start && (p.len.is_one() || p.step == q.step))
}

/// `hash(range)`: as CPython, the hash of (len, start, step) with the
/// parts that do not tell equal ranges apart replaced by None.
pub fn range_hash(r: &RangeObj) -> i64 {
    // `n` is the length where it matters: 0, 1 or more.
    let (n, len, start, step) = match r {
        RangeObj::Small(a, b, s) => {
            let n = range_len(*a, *b, *s);
            (
                n.min(2),
                int::hash_i64(n as i64),
                int::hash_i64(*a),
                int::hash_i64(*s),
            )
        }
        RangeObj::Big(r) => (
            r.len.to_usize().unwrap_or(2).min(2),
            int::hash_big(&r.len),
            int::hash_big(&r.start),
            int::hash_big(&r.step),
        ),
    };
    let mut h = TupleHasher::default();
    h.add(len);
    h.add(if n == 0 { NONE_HASH } else { start });
    h.add(if n <= 1 { NONE_HASH } else { step });
    h.finish()
}

/// Whether `v` can be an index (an int or an object with `__index__`).
fn is_index(vm: &Vm, v: Value) -> bool {
    int::is_int(vm, v) || vm.is_user_value(v) && vm.lookup_special(v, vm.names.__index__).is_some()
}

/// `range[i]` and `range[slice]`.
pub fn range_getitem(vm: &mut Vm, g: Gc, idx: Value) -> PyResult<Value> {
    if let (RangeObj::Small(a, b, s), Value::Int(i)) = (range_ref(vm, g), idx) {
        return match norm_index(i, range_len(*a, *b, *s)) {
            // The item fits an i64, the offset from `a` may not.
            Some(j) => Ok(Value::Int(a.wrapping_add((j as i64).wrapping_mul(*s)))),
            None => vm.index_error("range object index out of range"),
        };
    }
    if is_slice(vm, idx) {
        return range_slice(vm, g, idx);
    }
    if !is_index(vm, idx) {
        let t = vm.type_name(idx);
        return vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            t
        ));
    }
    let i = index_arg(vm, idx)?;
    let r = range_ref(vm, g).to_big();
    let i = if i.is_negative() { i + &r.len } else { i };
    if i.is_negative() || i >= r.len {
        return vm.index_error("range object index out of range");
    }
    vm.new_bigint(r.start + i * r.step)
}

/// A slice bound as `_PySlice_GetLongIndices` normalises it: clamped to
/// the items, counted from the end when negative, `None` for the default.
fn slice_bound<T: Integer + Signed + Clone>(
    v: Option<T>,
    len: &T,
    step_neg: bool,
    is_start: bool,
) -> T {
    let (lower, upper) = if step_neg {
        (-T::one(), len.clone() - T::one())
    } else {
        (T::zero(), len.clone())
    };
    match v {
        None if step_neg == is_start => upper,
        None => lower,
        Some(v) if v.is_negative() => (v + len.clone()).max(lower),
        Some(v) => v.min(upper),
    }
}

/// A slice's (start, stop, step) applied to a range's (start, step, len):
/// the new range's bounds.
fn slice_range<T: Integer + Signed + Clone>(
    bounds: [Option<T>; 3],
    start: T,
    step: T,
    len: &T,
) -> (T, T, T) {
    let [a, b, c] = bounds;
    let st = c.unwrap_or_else(T::one);
    let neg = st.is_negative();
    let a = slice_bound(a, len, neg, true);
    let b = slice_bound(b, len, neg, false);
    (
        start.clone() + a * step.clone(),
        start + b * step.clone(),
        st * step,
    )
}

/// `range[slice]`: a range again, computed as CPython does with unbounded
/// integers (a huge slice step is kept, not clamped).
fn range_slice(vm: &mut Vm, g: Gc, idx: Value) -> PyResult<Value> {
    let Value::Obj(sg) = idx else {
        return vm.type_error("expected a slice");
    };
    let parts = match vm.heap.get(sg) {
        Obj::Slice(a, b, c) => [*a, *b, *c],
        _ => return vm.type_error("expected a slice"),
    };
    // Fast path: a small range and small (or absent) slice bounds.
    let small = |v: Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i as i128)),
        _ => None,
    };
    if let (RangeObj::Small(a, b, s), Some(x), Some(y), Some(z)) = (
        range_ref(vm, g),
        small(parts[0]),
        small(parts[1]),
        small(parts[2]),
    ) {
        if z == Some(0) {
            return vm.value_error("slice step cannot be zero");
        }
        let len = range_len(*a, *b, *s) as i128;
        let (p, q, r) = slice_range([x, y, z], *a as i128, *s as i128, &len);
        return alloc_range(vm, RangeObj::from_i128(p, q, r));
    }
    // CPython evaluates the step first, then start and stop.
    let mut bounds: [Option<BigInt>; 3] = [None, None, None];
    for k in [2, 0, 1] {
        let v = parts[k];
        if v.is_none() {
            continue;
        }
        if !is_index(vm, v) {
            return vm
                .type_error("slice indices must be integers or None or have an __index__ method");
        }
        let b = index_arg(vm, v)?;
        if k == 2 && b.is_zero() {
            return vm.value_error("slice step cannot be zero");
        }
        bounds[k] = Some(b);
    }
    let r = range_ref(vm, g).to_big();
    let (p, q, s) = slice_range(bounds, r.start, r.step, &r.len);
    alloc_range(vm, RangeObj::from_big(p, q, s))
}

/// A bound given to `range()`: an int, or an object with `__index__`.
fn range_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if int::is_int(vm, v) || vm.is_user_value(v) {
        return index_arg(vm, v);
    }
    let t = vm.type_name(v);
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        t
    ))
}

fn r_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y, z) = (a.arg(0), a.get(1), a.get(2));
    // Fast path: small int bounds (`range(n)` in a loop header).
    let small = match (x, y, z) {
        (Value::Int(stop), None, _) => Some((0, stop, 1)),
        (Value::Int(start), Some(Value::Int(stop)), None) => Some((start, stop, 1)),
        (Value::Int(start), Some(Value::Int(stop)), Some(Value::Int(step))) if step != 0 => {
            Some((start, stop, step))
        }
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        return alloc_range(vm, RangeObj::from_i64(start, stop, step));
    }
    let (start, stop, step) = match (y, z) {
        (None, _) => (BigInt::zero(), range_arg(vm, x)?, BigInt::one()),
        (Some(y), None) => (range_arg(vm, x)?, range_arg(vm, y)?, BigInt::one()),
        (Some(y), Some(z)) => (range_arg(vm, x)?, range_arg(vm, y)?, range_arg(vm, z)?),
    };
    if step.is_zero() {
        return vm.value_error("range() arg 3 must not be zero");
    }
    alloc_range(vm, RangeObj::from_big(start, stop, step))
}

fn r_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let item = a.arg(0);
    if exact_int(vm, item).is_some() {
        return Ok(Value::Int(range_contains(vm, g, item)? as i64));
    }
    let n = search(vm, g, item, Search::Count)?.unwrap_or(0);
    vm.new_bigint(n.into())
}

fn r_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let item = a.arg(0);
    let Some(x) = exact_int(vm, item) else {
        return match search(vm, g, item, Search::Index)? {
            Some(k) => vm.new_bigint(k.into()),
            None => vm.value_error("sequence.index(x): x not in sequence"),
        };
    };
    if range_contains(vm, g, item)? {
        if let (RangeObj::Small(a, _, s), Value::Int(i)) = (range_ref(vm, g), item) {
            return Ok(Value::Int(((i as i128 - *a as i128) / *s as i128) as i64));
        }
        let r = range_ref(vm, g).to_big();
        return vm.new_bigint((x - r.start) / r.step);
    }
    let r = vm.repr_of(item)?;
    let rs = vm.as_str(r).unwrap_or("").to_string();
    vm.value_error(format!("{} is not in range", rs))
}

fn r_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    range_reversed(vm, g)
}

/// `reversed(range)`: an iterator from the last item down.
pub fn range_reversed(vm: &mut Vm, g: Gc) -> PyResult<Value> {
    let k = range_ref(vm, g).reversed_state();
    vm.alloc_val(Obj::Iter(Box::new(k)))
}

const METHODS: &[Native] = &[
    Native::new("range(cls, start, stop=..., step=..., /)", r_new).at("__new__"),
    Native::new("count(self, value, /)", r_count),
    Native::new("index(self, value, /)", r_index),
    Native::new("__reversed__(self, /)", r_reversed),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.range, METHODS)
}
