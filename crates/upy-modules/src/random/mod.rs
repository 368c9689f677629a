//! The `random` module: a Mersenne Twister seeded and consumed exactly as
//! CPython does, so seeded programs print the same numbers. Module-level
//! functions are methods bound to a hidden `Random` instance.

mod dists;
mod mt;
mod seq;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use sha2::{Digest, Sha512};
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, native_mut};
use mt::Twister;

/// A `random.Random` instance.
pub struct RandomObj {
    pub mt: Twister,
    pub gauss_next: Option<f64>,
}

impl NativeObject for RandomObj {
    fn type_name(&self) -> &'static str {
        "Random"
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        64 + 2 * mt::N * 4
    }
}

/// `self` of a declared method (with its generator state).
pub(crate) fn this(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::this::<RandomObj>(vm, a)
}

/// The generator of a checked `self`.
pub(crate) fn rng(vm: &mut Vm, s: Value) -> &mut RandomObj {
    native_mut::<RandomObj>(vm, s).expect("checked Random")
}

/// `getrandbits(k)` as an int value.
pub(crate) fn randbits(vm: &mut Vm, s: Value, k: u64) -> PyResult<Value> {
    if k <= 63 {
        return Ok(Value::Int(rng(vm, s).mt.bits_u64(k as u32) as i64));
    }
    vm.check_alloc((k / 8) as usize)?;
    let words = rng(vm, s).mt.bits_words(k);
    vm.new_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&words),
    ))
}

/// CPython's `_randbelow_with_getrandbits`: uniform in `[0, n)`, n > 0.
pub(crate) fn randbelow(vm: &mut Vm, s: Value, n: &BigInt) -> PyResult<BigInt> {
    if let Some(m) = n.to_u64() {
        let k = 64 - m.leading_zeros();
        let g = &mut rng(vm, s).mt;
        loop {
            let r = g.bits_u64(k);
            if r < m {
                return Ok(BigInt::from(r));
            }
        }
    }
    let k = n.bits();
    vm.check_alloc((k / 8) as usize)?;
    let g = &mut rng(vm, s).mt;
    loop {
        let words = g.bits_words(k);
        let r = BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words));
        if &r < n {
            return Ok(r);
        }
    }
}

/// `randbelow` for machine-sized bounds.
pub(crate) fn randbelow_usize(vm: &mut Vm, s: Value, n: usize) -> usize {
    let k = 64 - (n as u64).leading_zeros();
    let g = &mut rng(vm, s).mt;
    loop {
        let r = g.bits_u64(k) as usize;
        if r < n {
            return r;
        }
    }
}

/// The 32-bit words of `|n|`, least significant first.
fn key_of(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.abs().to_u32_digits();
    digits
}

/// A seed from the operating system, for `seed()` and `Random()`.
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; 32];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        buf[..16].copy_from_slice(&t.to_le_bytes());
        buf[16..20].copy_from_slice(&std::process::id().to_le_bytes());
    }
    buf.chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// The init_by_array key for a seed value, as CPython derives it.
fn seed_key(vm: &mut Vm, a: Option<Value>) -> PyResult<Vec<u32>> {
    let Some(a) = a.filter(|v| !v.is_none()) else {
        return Ok(entropy_key());
    };
    if util::is_int(vm, a) {
        let b = upy_vm::objects::int::to_big(vm, a).unwrap_or_default();
        return Ok(key_of(&b));
    }
    let bytes = if let Some(s) = vm.as_str(a) {
        Some(s.as_bytes().to_vec())
    } else {
        match vm.unwrap_base(a) {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                upy_vm::objects::bytes::try_buffer_bytes(vm, a)
            }
            _ => None,
        }
    };
    if let Some(mut b) = bytes {
        // Version 2 seeding: the bytes followed by their SHA-512, as one
        // big-endian integer.
        let digest = Sha512::digest(&b);
        b.extend_from_slice(&digest);
        return Ok(key_of(&BigInt::from_bytes_be(Sign::Plus, &b)));
    }
    if matches!(vm.unwrap_base(a), Value::Float(_)) {
        // CPython uses the hash as a C size_t, not its absolute value.
        let h = vm.hash(a)? as u64;
        return Ok(key_of(&BigInt::from(h)));
    }
    vm.type_error(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
    )
}

/// Seed generator `s` from `a` (None: from the operating system).
fn reseed(vm: &mut Vm, s: Value, a: Option<Value>) -> PyResult<()> {
    let key = seed_key(vm, a)?;
    let r = rng(vm, s);
    r.mt = Twister::seeded(&key);
    r.gauss_next = None;
    Ok(())
}

fn r_seed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    reseed(vm, s, a.get(0))?;
    Ok(Value::None)
}

/// A generator of class `cls` seeded from `seed`.
fn new_random(vm: &mut Vm, cls: Gc, seed: Option<Value>) -> PyResult<Value> {
    let key = seed_key(vm, seed)?;
    let r = RandomObj {
        mt: Twister::seeded(&key),
        gauss_next: None,
    };
    vm.alloc_val(Obj::Native(cls, Box::new(r)))
}

/// `Random.__new__` seeds from its first argument and leaves the others
/// (and keywords) to `__init__`, which may be a subclass's.
fn r_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "Random")?;
    new_random(vm, cls, a.rest().first().copied())
}

/// `Random(x=None)` seeds again from `x`, as CPython's `__init__` does
/// (a subclass's `__init__` may pass another seed than `__new__` got).
fn r_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    if let Some(x) = a.get(0) {
        reseed(vm, s, Some(x))?;
    }
    Ok(Value::None)
}

fn r_getrandbits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let k = util::i64_arg(vm, a.arg(0))?;
    if k < 0 {
        return vm.value_error("number of bits must be non-negative");
    }
    randbits(vm, s, k as u64)
}

fn r_randbytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let n = util::i64_arg(vm, a.arg(0))?;
    if n < 0 {
        return vm.value_error("number of bits must be non-negative");
    }
    vm.check_alloc(n as usize)?;
    let words = rng(vm, s).mt.bits_words(n as u64 * 8);
    let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    out.truncate(n as usize);
    vm.new_bytes(out)
}

fn r_getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let r = rng(vm, s);
    let (words, index) = r.mt.state();
    let gauss = r.gauss_next.map(Value::Float).unwrap_or(Value::None);
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    let t = vm.new_tuple(items)?;
    vm.new_tuple(vec![Value::Int(3), t, gauss])
}

fn r_setstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let parts = vm.collect_iterable(a.arg(0))?;
    if parts.len() != 3 || !matches!(parts[0], Value::Int(3)) {
        return vm.value_error("state with version 3 passed to Random.setstate() of version 3");
    }
    let items = vm.collect_iterable(parts[1])?;
    if items.len() != mt::N + 1 {
        return vm.value_error("state vector is the wrong size");
    }
    let mut words = [0u32; mt::N];
    for (w, &v) in words.iter_mut().zip(items.iter()) {
        let b = util::int_arg(vm, v)?;
        *w = b.to_u32().unwrap_or(0);
    }
    let index = util::i64_arg(vm, items[mt::N])?;
    if !(0..=mt::N as i64).contains(&index) {
        return vm.value_error("invalid state");
    }
    let gauss = match parts[2] {
        Value::None => None,
        v => Some(util::float_arg(vm, v)?),
    };
    let r = rng(vm, s);
    r.mt = Twister::from_state(&words, index as usize);
    r.gauss_next = gauss;
    Ok(Value::None)
}

// Signatures of CPython's `random.Random` (Python methods but `random`
// and `getrandbits`).
const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", r_new),
    Native::python("__init__(self, x=None)", r_init),
    Native::python("seed(self, a=None, version=2)", r_seed),
    Native::new("getrandbits(self, k, /)", r_getrandbits),
    Native::python("randbytes(self, n)", r_randbytes),
    Native::python("getstate(self)", r_getstate),
    Native::python("setstate(self, state)", r_setstate),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let t = match vm.native_types.get("random.Random") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(vm, "Random", "random", None, BaseKind::Other, METHODS)?;
            upy_vm::types::add_natives(vm, t, seq::METHODS)?;
            upy_vm::types::add_natives(vm, t, dists::METHODS)?;
            vm.native_types.insert("random.Random", t);
            t
        }
    };
    let m = util::declared_module(vm, "random", &[])?;
    vm.module_set(m, "Random", Value::Obj(t))?;
    let inst = new_random(vm, t, None)?;
    vm.roots.push(inst);
    vm.module_set(m, "_inst", inst)?;
    // The module's functions are the methods of the hidden instance.
    let all = METHODS.iter().chain(seq::METHODS).chain(dists::METHODS);
    for n in all {
        let name = upy_vm::native::decl(n).attr;
        if name.starts_with('_') {
            continue;
        }
        let bound = vm.new_native_bound(n, t, inst)?;
        vm.module_set(m, name, bound)?;
    }
    Ok(m)
}
