//! Integer and sequence methods of `random.Random`: randrange, randint,
//! choice, shuffle, sample, choices — each drawing numbers in CPython's
//! order.

use std::collections::HashSet;

use num_bigint::BigInt;
use num_traits::{One, Signed};
use upy_vm::native::{Args, Native};
use upy_vm::obj::BaseKind;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{randbelow, randbelow_usize, rng, this};
use crate::util;

/// An integer argument of randrange; integral floats are still accepted
/// (CPython 3.11 only warns about them).
fn range_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    if let Value::Float(f) = vm.unwrap_base(v) {
        if f.fract() != 0.0 || !f.is_finite() {
            return vm.value_error(format!("non-integer {} for randrange()", what));
        }
        return Ok(upy_vm::objects::int::float_to_big(f));
    }
    util::int_arg(vm, v)
}

/// randrange with ints; shared by randint.
fn randrange(
    vm: &mut Vm,
    s: Value,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = range_arg(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|v| !v.is_none()) else {
        if step.is_some() {
            return vm.type_error("Missing a non-None stop argument");
        }
        if istart.is_positive() {
            let r = randbelow(vm, s, &istart)?;
            return vm.new_bigint(r);
        }
        return vm.value_error("empty range for randrange()");
    };
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(v) => range_arg(vm, v, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            let r = randbelow(vm, s, &width)?;
            return vm.new_bigint(istart + r);
        }
        return vm.value_error(format!(
            "empty range for randrange() ({}, {}, {})",
            istart, istop, width
        ));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor_big(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor_big(&istep)
    } else {
        return vm.value_error("zero step for randrange()");
    };
    if !n.is_positive() {
        return vm.value_error("empty range for randrange()");
    }
    let r = randbelow(vm, s, &n)?;
    vm.new_bigint(istart + istep * r)
}

/// Floor division for big ints (Python's `//`).
trait DivFloor {
    fn div_floor_big(&self, d: &BigInt) -> BigInt;
}

impl DivFloor for BigInt {
    fn div_floor_big(&self, d: &BigInt) -> BigInt {
        num_integer::Integer::div_floor(self, d)
    }
}

fn r_randrange(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    randrange(vm, s, a.arg(0), a.get(1), a.get(2))
}

fn r_randint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let b1 = vm.binary_op(upy_compiler::code::BinOp::Add, a.arg(1), Value::Int(1))?;
    vm.roots.push(b1);
    randrange(vm, s, a.arg(0), Some(b1), None)
}

fn r_choice(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let n = vm.len_of(a.arg(0))?;
    if n == 0 {
        return vm.index_error("Cannot choose from an empty sequence");
    }
    let i = randbelow_usize(vm, s, n);
    vm.get_item(a.arg(0), Value::Int(i as i64))
}

fn r_shuffle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let x = a.arg(0);
    let n = vm.len_of(x)?;
    for i in (1..n).rev() {
        let j = randbelow_usize(vm, s, i + 1);
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.get_item(x, vi)?;
        vm.roots.push(a);
        let b = vm.get_item(x, vj)?;
        vm.roots.push(b);
        vm.set_item(x, vi, b)?;
        vm.set_item(x, vj, a)?;
    }
    Ok(Value::None)
}

/// Whether `v` counts as a sequence for `sample` (not a set or mapping).
fn is_sequence(vm: &Vm, v: Value) -> bool {
    let kind = vm.base_kind(v);
    if matches!(kind, BaseKind::Set | BaseKind::FrozenSet | BaseKind::Dict) {
        return false;
    }
    if matches!(
        kind,
        BaseKind::List | BaseKind::Tuple | BaseKind::Str | BaseKind::Bytes | BaseKind::ByteArray
    ) {
        return true;
    }
    vm.lookup_special(v, vm.names.__getitem__).is_some()
        && vm.lookup_special(v, vm.names.__len__).is_some()
        || vm.type_of(v) == vm.types.range
}

/// The indices `sample` picks from a population of `n`.
fn sample_indices(vm: &mut Vm, s: Value, n: usize, k: usize) -> Vec<usize> {
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(e.ceil() as u32);
    }
    let mut out = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = randbelow_usize(vm, s, n - i);
            out.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = HashSet::new();
        for _ in 0..k {
            let mut j = randbelow_usize(vm, s, n);
            while selected.contains(&j) {
                j = randbelow_usize(vm, s, n);
            }
            selected.insert(j);
            out.push(j);
        }
    }
    out
}

fn r_sample(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let pop = a.arg(0);
    if !is_sequence(vm, pop) {
        return vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = vm.len_of(pop)?;
    let k = util::i64_arg(vm, a.arg(1))?;
    if let Some(counts) = a.get(2).filter(|v| !v.is_none()) {
        return sample_counts(vm, s, pop, n, k, counts);
    }
    if k < 0 || k as usize > n {
        return vm.value_error("Sample larger than population or is negative");
    }
    // The list of k items (and the set of k picked positions) must fit.
    vm.check_alloc((k as usize).saturating_mul(2 * std::mem::size_of::<Value>()))?;
    let idx = sample_indices(vm, s, n, k as usize);
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        let v = vm.get_item(pop, Value::Int(i as i64))?;
        vm.roots.push(v);
        out.push(v);
    }
    vm.new_list(out)
}

/// `sample(population, k, counts=...)`: sample positions in the expanded
/// population, then map them back with a bisection.
fn sample_counts(
    vm: &mut Vm,
    s: Value,
    pop: Value,
    n: usize,
    k: i64,
    counts: Value,
) -> PyResult<Value> {
    let cs = vm.collect_iterable(counts)?;
    let mut cum = Vec::with_capacity(cs.len());
    let mut total = 0i64;
    for c in cs {
        if !util::is_int(vm, c) {
            return vm.type_error("Counts must be integers");
        }
        total += util::i64_arg(vm, c)?;
        cum.push(total);
    }
    if cum.len() != n {
        return vm.value_error("The number of counts does not match the population");
    }
    if total <= 0 {
        return vm.value_error("Total of counts must be greater than zero");
    }
    if k < 0 || k > total {
        return vm.value_error("Sample larger than population or is negative");
    }
    vm.check_alloc((k as usize).saturating_mul(2 * std::mem::size_of::<Value>()))?;
    let idx = sample_indices(vm, s, total as usize, k as usize);
    let mut out = Vec::with_capacity(idx.len());
    for pick in idx {
        let pos = cum[..n - 1].partition_point(|c| *c <= pick as i64);
        let v = vm.get_item(pop, Value::Int(pos as i64))?;
        vm.roots.push(v);
        out.push(v);
    }
    vm.new_list(out)
}

fn r_choices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let pop = a.arg(0);
    let n = vm.len_of(pop)?;
    let k = match a.get(3) {
        Some(v) => util::i64_arg(vm, v)?.max(0) as usize,
        None => 1,
    };
    vm.check_alloc(k.saturating_mul(std::mem::size_of::<Value>()))?;
    let weights = a.get(1).filter(|v| !v.is_none());
    let cum_weights = a.get(2).filter(|v| !v.is_none());
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (rng(vm, s).mt.random() * nf).floor() as i64;
                let v = vm.get_item(pop, Value::Int(i))?;
                vm.roots.push(v);
                out.push(v);
            }
            return vm.new_list(out);
        }
        (Some(w), None) => {
            if util::is_int(vm, w) {
                let kk = util::i64_arg(vm, w)?;
                return vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    kk
                ));
            }
            let ws = vm.collect_iterable(w)?;
            let mut acc = 0.0;
            let mut cum = Vec::with_capacity(ws.len());
            for x in ws {
                acc += util::float_arg(vm, x)?;
                cum.push(acc);
            }
            cum
        }
        (None, Some(c)) => {
            let cs = vm.collect_iterable(c)?;
            let mut cum = Vec::with_capacity(cs.len());
            for x in cs {
                cum.push(util::float_arg(vm, x)?);
            }
            cum
        }
        (Some(_), Some(_)) => {
            return vm.type_error("Cannot specify both weights and cumulative weights");
        }
    };
    if cum.len() != n {
        return vm.value_error("The number of weights does not match the population");
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return vm.value_error("Total of weights must be greater than zero");
    }
    if !total.is_finite() {
        return vm.value_error("Total of weights must be finite");
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = rng(vm, s).mt.random() * total;
        let i = cum[..hi].partition_point(|c| *c <= x);
        let v = vm.get_item(pop, Value::Int(i as i64))?;
        vm.roots.push(v);
        out.push(v);
    }
    vm.new_list(out)
}

pub(super) const METHODS: &[Native] = &[
    Native::python("randrange(self, start, stop=None, step=1)", r_randrange),
    Native::python("randint(self, a, b)", r_randint),
    Native::python("choice(self, seq)", r_choice),
    Native::python("shuffle(self, x)", r_shuffle),
    Native::python("sample(self, population, k, *, counts=None)", r_sample),
    Native::python(
        "choices(self, population, weights=None, *, cum_weights=None, k=1)",
        r_choices,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division() {
        let a = BigInt::from(-7);
        assert_eq!(a.div_floor_big(&BigInt::from(2)), BigInt::from(-4));
    }
}
