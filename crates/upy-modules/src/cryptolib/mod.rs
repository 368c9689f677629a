//! MicroPython's `cryptolib` module: `aes(key, mode[, IV])` objects that
//! encrypt or decrypt (but not both: an object keeps the direction of its
//! first use, as MicroPython's key schedule does) in ECB, CBC or CTR mode.
//! Values and messages are MicroPython's (`ValueError("key")`, ...);
//! arity errors are worded as the rest of upy words them.

mod modes;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use modes::{Cipher, Mode, BLOCK};

/// The state of an `aes` object.
struct Aes {
    cipher: Cipher,
    /// Whether it encrypts (Some(true)) or decrypts, once first used.
    encrypts: Option<bool>,
}

// The key schedule (up to 960 bytes, boxed) and the chaining state.
util::leaf_native_object!(Aes, "aes", 1024);

/// MicroPython's TypeError for a value that is not a buffer.
fn no_buffer<T>(vm: &mut Vm) -> PyResult<T> {
    vm.type_error("object with buffer protocol required")
}

/// The bytes of a readable buffer (a str counts, as in MicroPython).
fn read_buffer(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    match upy_vm::objects::bytes::try_buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => no_buffer(vm),
    }
}

/// The mode argument as MicroPython's `mp_obj_get_int` converts it: an
/// int, or an object with `__int__` (not a float).
fn mode_number(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let mut n = v;
    if vm.is_user_value(v) && !util::is_int(vm, v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__int__) {
            n = vm.call_bound(f, v, &[])?;
        }
    }
    if !util::is_int(vm, n) {
        let t = vm.type_name(n);
        return vm.type_error(format!("can't convert {} to int", t));
    }
    let n = util::int_arg(vm, n)?;
    match num_traits::ToPrimitive::to_i64(&n) {
        Some(i) => Ok(i),
        None => vm.overflow_error("overflow converting long int to machine word"),
    }
}

/// `aes(key, mode, IV=None, /)`.
fn aes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "aes")?;
    let number = mode_number(vm, a.arg(1))?;
    let Some(mode) = Mode::from_number(number) else {
        return vm.value_error("mode");
    };
    let key = read_buffer(vm, a.arg(0))?;
    if key.len() != 16 && key.len() != 32 {
        return vm.value_error("key");
    }
    let mut iv = [0; BLOCK];
    match a.get(2).filter(|v| !matches!(v, Value::None)) {
        Some(v) => {
            let given = read_buffer(vm, v)?;
            if given.len() != BLOCK {
                return vm.value_error("IV");
            }
            iv.copy_from_slice(&given);
        }
        None if mode != Mode::Ecb => return vm.value_error("IV"),
        None => {}
    }
    let Some(cipher) = Cipher::new(&key, mode, iv) else {
        return vm.value_error("key");
    };
    let state = Aes {
        cipher,
        encrypts: None,
    };
    vm.alloc_val(Obj::Native(cls, Box::new(state)))
}

/// `encrypt`/`decrypt(in_buf, out_buf=..., /)`: the result in a new bytes
/// object, or written to `out_buf`, which is returned.
fn process(vm: &mut Vm, a: &Args, encrypt: bool) -> PyResult<Value> {
    let s = util::this::<Aes>(vm, a)?;
    let mut data = read_buffer(vm, a.arg(0))?;
    let mode = util::native::<Aes>(vm, s).map(|x| x.cipher.mode);
    if mode != Some(Mode::Ctr) && data.len() % BLOCK != 0 {
        return vm.value_error("blksize % 16");
    }
    let out = a.get(1);
    if let Some(o) = out {
        match upy_vm::objects::memoryview::writable_len(vm, o) {
            Some(n) if n < data.len() => return vm.value_error("output too small"),
            Some(_) => {}
            None => return no_buffer(vm),
        }
    }
    // The first use fixes the direction.
    let ok = match util::native_mut::<Aes>(vm, s) {
        Some(x) => {
            let same = *x.encrypts.get_or_insert(encrypt) == encrypt;
            if same {
                x.cipher.process(&mut data, encrypt);
            }
            same
        }
        None => false,
    };
    if !ok {
        return vm.value_error("can't encrypt & decrypt");
    }
    match out {
        Some(o) => {
            upy_vm::objects::memoryview::write_buffer(vm, o, 0, &data)?;
            Ok(o)
        }
        None => vm.new_bytes(data),
    }
}

fn aes_encrypt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    process(vm, a, true)
}

fn aes_decrypt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    process(vm, a, false)
}

const METHODS: &[Native] = &[
    Native::new("aes(cls, key, mode, IV=None, /)", aes_new).at("__new__"),
    Native::new("encrypt(self, in_buf, out_buf=..., /)", aes_encrypt),
    Native::new("decrypt(self, in_buf, out_buf=..., /)", aes_decrypt),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "cryptolib", &[])?;
    let t = match vm.native_types.get("cryptolib.aes") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(vm, "aes", "cryptolib", None, BaseKind::Other, METHODS)?;
            vm.native_types.insert("cryptolib.aes", t);
            t
        }
    };
    vm.module_set(m, "aes", Value::Obj(t))?;
    for (name, mode) in [
        ("MODE_ECB", Mode::Ecb),
        ("MODE_CBC", Mode::Cbc),
        ("MODE_CTR", Mode::Ctr),
    ] {
        vm.module_set(m, name, Value::Int(mode as i64))?;
    }
    Ok(m)
}
