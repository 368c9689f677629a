//! The `json` module: `dumps`/`dump` and `loads`/`load` with CPython's
//! options, output format and error messages, and `JSONDecodeError`.

mod decode;
mod encode;

use upy_vm::obj::Obj;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, Kw};
use decode::{Decoder, Hooks};
use encode::Encoder;

const DUMP_OPTS: &[&str] = &[
    "$skipkeys",
    "$ensure_ascii",
    "$check_circular",
    "$allow_nan",
    "$cls",
    "$indent",
    "$separators",
    "$default",
    "$sort_keys",
];

const LOAD_OPTS: &[&str] = &[
    "$cls",
    "$object_hook",
    "$parse_float",
    "$parse_int",
    "$parse_constant",
    "$object_pairs_hook",
];

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

fn dumps(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut names = vec!["obj"];
    names.extend_from_slice(DUMP_OPTS);
    let a = upy_vm::args::bind(vm, "dumps", args, kw, &names, 1)?;
    encode(vm, a[0].unwrap_or(Value::None), &a[1..])
}

fn dump(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut names = vec!["obj", "fp"];
    names.extend_from_slice(DUMP_OPTS);
    let a = upy_vm::args::bind(vm, "dump", args, kw, &names, 2)?;
    let s = encode(vm, a[0].unwrap_or(Value::None), &a[2..])?;
    vm.roots.push(s);
    let w = vm.names.write;
    let f = vm.get_attr(a[1].unwrap_or(Value::None), w)?;
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

fn loads(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut names = vec!["s"];
    names.extend_from_slice(LOAD_OPTS);
    let a = upy_vm::args::bind(vm, "loads", args, kw, &names, 1)?;
    decode(vm, a[0].unwrap_or(Value::None), &a[1..])
}

fn load(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut names = vec!["fp"];
    names.extend_from_slice(LOAD_OPTS);
    let a = upy_vm::args::bind(vm, "load", args, kw, &names, 1)?;
    let r = vm.names.read;
    let f = vm.get_attr(a[0].unwrap_or(Value::None), r)?;
    let s = vm.call(f, &[])?;
    vm.roots.push(s);
    decode(vm, s, &a[1..])
}

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::new_module(
        vm,
        "json",
        &[
            ("dumps", dumps),
            ("dump", dump),
            ("loads", loads),
            ("load", load),
        ],
    )?;
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
