//! The `json` module: `dumps`/`dump` and `loads`/`load` with CPython's
//! options, output format and error messages, and `JSONDecodeError`.

mod decode;
mod encode;

use upy_vm::native::{Args, Native};
use upy_vm::obj::Obj;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use decode::{Decoder, Hooks};
use encode::Encoder;

/// The keyword-only options of `dump`/`dumps` and of `load`/`loads`,
/// as in CPython's signatures.
const DUMP_OPTS: usize = 9;
const LOAD_OPTS: usize = 6;

/// The option slots of a call, parameters `first..first + n`.
fn options(a: &Args, first: usize, n: usize) -> Vec<Option<Value>> {
    (first..first + n).map(|i| a.get(i)).collect()
}

/// CPython hands the keywords no parameter took to the encoder or
/// decoder class, whose `__init__` rejects them.
fn no_extra_kw(vm: &mut Vm, a: &Args, class: &str) -> PyResult<()> {
    match a.extra_kw().first() {
        Some(&(k, _)) => {
            let k = vm.as_str(k).unwrap_or("").to_string();
            vm.type_error(format!(
                "{}.__init__() got an unexpected keyword argument '{}'",
                class, k
            ))
        }
        None => Ok(()),
    }
}

fn flag(vm: &mut Vm, v: Option<Value>, dflt: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(dflt),
    }
}

fn str_arg(vm: &mut Vm, v: Value, n: usize) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                n, t
            ))
        }
    }
}

/// Build an encoder from the option slots (in `DUMP_OPTS` order).
fn encoder(vm: &mut Vm, o: &[Option<Value>]) -> PyResult<Encoder> {
    let indent = match o[5] {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(v) {
            Some(s) => Some(s.to_string()),
            None if util::is_int(vm, v) => {
                let n = util::i64_arg(vm, v)?;
                Some(" ".repeat(n.clamp(0, 1 << 20) as usize))
            }
            None => {
                let t = vm.type_name(v);
                return vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    t
                ));
            }
        },
    };
    let (item_sep, key_sep) = match o[6] {
        None | Some(Value::None) => {
            let item = if indent.is_some() { "," } else { ", " };
            (item.to_string(), ": ".to_string())
        }
        Some(v) => {
            let parts = vm.unpack(v, 2)?;
            (str_arg(vm, parts[0], 6)?, str_arg(vm, parts[1], 5)?)
        }
    };
    Ok(Encoder {
        skipkeys: flag(vm, o[0], false)?,
        ensure_ascii: flag(vm, o[1], true)?,
        check_circular: flag(vm, o[2], true)?,
        allow_nan: flag(vm, o[3], true)?,
        indent,
        item_sep,
        key_sep,
        default: o[7].unwrap_or(Value::None),
        sort_keys: flag(vm, o[8], false)?,
    })
}

fn encode(vm: &mut Vm, obj: Value, o: &[Option<Value>]) -> PyResult<Value> {
    let enc = encoder(vm, o)?;
    let mut out = String::new();
    enc.encode(vm, obj, &mut out, 0, &mut Vec::new())?;
    vm.new_string(out)
}

fn dumps(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_extra_kw(vm, a, "JSONEncoder")?;
    encode(vm, a.arg(0), &options(a, 1, DUMP_OPTS))
}

fn dump(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_extra_kw(vm, a, "JSONEncoder")?;
    let s = encode(vm, a.arg(0), &options(a, 2, DUMP_OPTS))?;
    vm.roots.push(s);
    let w = vm.names.write;
    let f = vm.get_attr(a.arg(1), w)?;
    vm.call(f, &[s])?;
    Ok(Value::None)
}

/// The text of a `loads` argument as code points.
fn document(vm: &mut Vm, s: Value) -> PyResult<Vec<char>> {
    if let Some(t) = vm.as_str(s) {
        let chars: Vec<char> = t.chars().collect();
        if chars.first() == Some(&'\u{feff}') {
            return decode::decode_error(
                vm,
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                &chars,
                0,
            );
        }
        return Ok(chars);
    }
    let is_bytes = matches!(vm.unwrap_base(s), Value::Obj(g)
        if matches!(vm.heap.get(g), Obj::Bytes(_) | Obj::ByteArray(_)));
    if is_bytes {
        let b = upy_vm::objects::bytes::buffer_bytes(vm, s)?;
        let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b);
        return Ok(String::from_utf8_lossy(b).chars().collect());
    }
    let t = vm.type_name(s);
    vm.type_error(format!(
        "the JSON object must be str, bytes or bytearray, not {}",
        t
    ))
}

fn decode(vm: &mut Vm, s: Value, o: &[Option<Value>]) -> PyResult<Value> {
    let chars = document(vm, s)?;
    let hooks = Hooks {
        object_hook: o[1].unwrap_or(Value::None),
        parse_float: o[2].unwrap_or(Value::None),
        parse_int: o[3].unwrap_or(Value::None),
        parse_constant: o[4].unwrap_or(Value::None),
        object_pairs_hook: o[5].unwrap_or(Value::None),
    };
    Decoder::new(&chars, hooks).document(vm)
}

fn loads(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_extra_kw(vm, a, "JSONDecoder")?;
    decode(vm, a.arg(0), &options(a, 1, LOAD_OPTS))
}

fn load(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_extra_kw(vm, a, "JSONDecoder")?;
    let r = vm.names.read;
    let f = vm.get_attr(a.arg(0), r)?;
    let s = vm.call(f, &[])?;
    vm.roots.push(s);
    decode(vm, s, &options(a, 1, LOAD_OPTS))
}

const FUNCTIONS: &[Native] = &[
    Native::python(
        "dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)",
        dumps,
    ),
    Native::python(
        "dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)",
        dump,
    ),
    Native::python(
        "loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)",
        loads,
    ),
    Native::python(
        "load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)",
        load,
    ),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "json", FUNCTIONS)?;
    let err = match vm.native_types.get("json.JSONDecodeError") {
        Some(&e) => e,
        None => {
            let base = vm.types.value_error;
            let e = util::new_exception_class(vm, "JSONDecodeError", "json.decoder", base)?;
            vm.native_types.insert("json.JSONDecodeError", e);
            e
        }
    };
    vm.module_set(m, "JSONDecodeError", Value::Obj(err))?;
    Ok(m)
}
