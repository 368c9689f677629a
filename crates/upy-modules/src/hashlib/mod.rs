//! The `hashlib` module: md5, sha1 and the SHA-2 family as CPython 3.11
//! exposes them through OpenSSL (the constructors are `_hashlib`'s
//! `openssl_*` functions, which their errors name), and `new(name, data)`.
//! Other algorithms CPython gets from OpenSSL (sha3, blake2, shake...)
//! are "unsupported hash type".

mod hash;

use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// A constructor (`openssl_sha256(string=b'', *, usedforsecurity=True)`
/// and the others): a new hash object of the algorithm its data names,
/// fed its `string` argument.
fn construct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = match a.get(0) {
        Some(v) => hash::data_arg(vm, v)?,
        None => Vec::new(),
    };
    let name = vm.as_str(a.data()).unwrap_or("").to_string();
    match hash::lookup(&name) {
        Some(alg) => hash::new_hash(vm, alg, &data),
        None => vm.value_error(format!("unsupported hash type {}", name)),
    }
}

// `hashlib.new` is Python (`__hash_new(name, data=b'', **kwargs)`) that
// passes its data on by position to `_hashlib.new`, whose arguments these
// are.
const OPENSSL_NEW: Native = Native::new(
    "new(name, string=..., *, usedforsecurity=True)",
    util::bind_only,
);

/// `new(name, data=b'', **kwargs)`.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = a.arg(0);
    // CPython first looks the name up in a set.
    vm.hash(name)?;
    let data = match a.get(1) {
        Some(d) => d,
        None => vm.new_bytes(Vec::new())?,
    };
    let passed = [name, data];
    let bound = util::rebind(vm, &OPENSSL_NEW, &passed, a.extra_kw())?;
    let Some(name) = vm.as_str(bound.arg(0)).map(str::to_string) else {
        return vm.type_error("name must be a string");
    };
    let data = hash::data_arg(vm, bound.arg(1))?;
    match hash::lookup(&name) {
        Some(alg) => hash::new_hash(vm, alg, &data),
        None => vm.value_error(format!("unsupported hash type {}", name)),
    }
}

/// The constructors, under the names `hashlib` gives them: CPython's
/// keep their own (`hashlib.md5.__name__` is "openssl_md5").
const CONSTRUCTORS: &[(&str, Native)] = &[
    (
        "md5",
        Native::new(
            "openssl_md5(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
    (
        "sha1",
        Native::new(
            "openssl_sha1(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
    (
        "sha224",
        Native::new(
            "openssl_sha224(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
    (
        "sha256",
        Native::new(
            "openssl_sha256(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
    (
        "sha384",
        Native::new(
            "openssl_sha384(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
    (
        "sha512",
        Native::new(
            "openssl_sha512(string=..., *, usedforsecurity=True)",
            construct,
        ),
    ),
];

/// `new`, which CPython writes in Python as `__hash_new`.
const NEW: Native = Native::python("__hash_new(name, data=..., **kwargs)", new);

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "hashlib", &[])?;
    for (attr, n) in CONSTRUCTORS {
        // The algorithm's name is the function's data.
        let name = vm.new_str(attr)?;
        let f = vm.new_native_data(n, Some(m), name)?;
        vm.module_set(m, attr, f)?;
    }
    let f = vm.new_native(&NEW, Some(m))?;
    vm.module_set(m, "new", f)?;
    // Only the algorithms upy has (CPython lists sha3, blake2... too).
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let s = vm.new_set(false)?;
        vm.roots.push(Value::Obj(s));
        for name in hash::names() {
            let v = vm.new_str(name)?;
            upy_vm::objects::set::set_add(vm, s, v)?;
        }
        vm.module_set(m, attr, Value::Obj(s))?;
    }
    Ok(m)
}
