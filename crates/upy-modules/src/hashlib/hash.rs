//! The hash objects of `hashlib` (CPython's `_hashlib.HASH`) and the
//! algorithms behind them, from the RustCrypto crates.

use sha2::digest::DynDigest;
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// A hash algorithm: its name, sizes and a fresh state.
pub struct Algorithm {
    pub name: &'static str,
    digest_size: i64,
    block_size: i64,
    start: fn() -> Box<dyn DynDigest>,
}

fn boxed<D: DynDigest + Default + 'static>() -> Box<dyn DynDigest> {
    Box::new(D::default())
}

/// The algorithms upy has, with the other names OpenSSL knows them by
/// (which CPython's `hashlib.new` accepts, in any case).
const ALGORITHMS: &[(Algorithm, &[&str])] = &[
    (
        Algorithm {
            name: "md5",
            digest_size: 16,
            block_size: 64,
            start: boxed::<md5::Md5>,
        },
        &["ssl3-md5"],
    ),
    (
        Algorithm {
            name: "sha1",
            digest_size: 20,
            block_size: 64,
            start: boxed::<sha1::Sha1>,
        },
        &["sha-1", "ssl3-sha1"],
    ),
    (
        Algorithm {
            name: "sha224",
            digest_size: 28,
            block_size: 64,
            start: boxed::<sha2::Sha224>,
        },
        &["sha-224", "sha2-224"],
    ),
    (
        Algorithm {
            name: "sha256",
            digest_size: 32,
            block_size: 64,
            start: boxed::<sha2::Sha256>,
        },
        &["sha-256", "sha2-256"],
    ),
    (
        Algorithm {
            name: "sha384",
            digest_size: 48,
            block_size: 128,
            start: boxed::<sha2::Sha384>,
        },
        &["sha-384", "sha2-384"],
    ),
    (
        Algorithm {
            name: "sha512",
            digest_size: 64,
            block_size: 128,
            start: boxed::<sha2::Sha512>,
        },
        &["sha-512", "sha2-512"],
    ),
];

/// The names of the algorithms, in `hashlib`'s order.
pub fn names() -> impl Iterator<Item = &'static str> {
    ALGORITHMS.iter().map(|(a, _)| a.name)
}

/// The algorithm called `name` (or one of its other names, in any case).
pub fn lookup(name: &str) -> Option<&'static Algorithm> {
    let name = name.to_ascii_lowercase();
    ALGORITHMS
        .iter()
        .find(|(a, aliases)| a.name == name || aliases.contains(&name.as_str()))
        .map(|(a, _)| a)
}

/// The state of a hash object.
pub struct Hash {
    algorithm: &'static Algorithm,
    state: Box<dyn DynDigest>,
}

util::leaf_native_object!(Hash, "HASH", 256);

/// The bytes of data to hash: a bytes-like object, not a str (CPython's
/// messages).
pub fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.as_str(v).is_some() {
        return vm.type_error("Strings must be encoded before hashing");
    }
    match upy_vm::objects::bytes::try_buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => vm.type_error("object supporting the buffer API required"),
    }
}

/// A new hash object of `algorithm` that has been fed `data`.
pub fn new_hash(vm: &mut Vm, algorithm: &'static Algorithm, data: &[u8]) -> PyResult<Value> {
    let mut state = (algorithm.start)();
    state.update(data);
    let t = hash_type(vm)?;
    vm.alloc_val(Obj::Native(t, Box::new(Hash { algorithm, state })))
}

/// `f` applied to the state of `self`.
fn with<R>(vm: &mut Vm, a: &Args, f: impl FnOnce(&mut Hash) -> R) -> PyResult<R> {
    let s = util::this::<Hash>(vm, a)?;
    match util::native_mut::<Hash>(vm, s) {
        Some(h) => Ok(f(h)),
        None => vm.type_error("expected a hash object"),
    }
}

/// The digest so far; the object can go on taking data, as in CPython
/// (MicroPython refuses `update` after `digest` only to save code).
fn digest_of(vm: &mut Vm, a: &Args) -> PyResult<Box<[u8]>> {
    with(vm, a, |h| h.state.box_clone().finalize())
}

fn h_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = data_arg(vm, a.arg(0))?;
    with(vm, a, |h| h.state.update(&data))?;
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = digest_of(vm, a)?;
    vm.new_bytes(d.into_vec())
}

fn h_hexdigest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = digest_of(vm, a)?;
    let hex: String = d.iter().map(|b| format!("{:02x}", b)).collect();
    vm.new_string(hex)
}

fn h_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let copy = with(vm, a, |h| Hash {
        algorithm: h.algorithm,
        state: h.state.box_clone(),
    })?;
    let t = hash_type(vm)?;
    vm.alloc_val(Obj::Native(t, Box::new(copy)))
}

fn algorithm(vm: &mut Vm, a: &Args) -> PyResult<&'static Algorithm> {
    with(vm, a, |h| h.algorithm)
}

fn h_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = algorithm(vm, a)?.name;
    let at = upy_vm::format::address_of(a.this());
    vm.new_string(format!("<{} _hashlib.HASH object @ 0x{:x}>", name, at))
}

fn h_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = algorithm(vm, a)?.name;
    vm.new_str(name)
}

fn h_digest_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(algorithm(vm, a)?.digest_size))
}

fn h_block_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(algorithm(vm, a)?.block_size))
}

fn no_new(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vm.type_error("cannot create '_hashlib.HASH' instances")
}

const METHODS: &[Native] = &[
    Native::new("HASH(cls, *args, **kwargs)", no_new).at("__new__"),
    Native::new("update(self, obj, /)", h_update),
    Native::new("digest(self, /)", h_digest),
    Native::new("hexdigest(self, /)", h_hexdigest),
    Native::new("copy(self, /)", h_copy),
    Native::new("__repr__(self, /)", h_repr),
];

const GETTERS: &[Native] = &[
    Native::new("name(self, /)", h_name),
    Native::new("digest_size(self, /)", h_digest_size),
    Native::new("block_size(self, /)", h_block_size),
];

/// The `_hashlib.HASH` type, made once.
fn hash_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("_hashlib.HASH") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "HASH", "_hashlib", None, BaseKind::Other, METHODS)?;
    upy_vm::types::add_getters(vm, t, GETTERS)?;
    vm.native_types.insert("_hashlib.HASH", t);
    Ok(t)
}
