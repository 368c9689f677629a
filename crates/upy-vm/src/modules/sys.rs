//! The `sys` module: argv, path, modules, the standard streams (which
//! programs may reassign), exit, version information and exception
//! printing.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

const FUNCTIONS: &[Native] = &[
    Native::new("exit(status=..., /)", exit),
    Native::new("print_exception(exc, file=..., /)", print_exception),
    Native::new("exc_info()", exc_info),
    Native::new("getrecursionlimit()", getrecursionlimit),
    Native::new("setrecursionlimit(limit, /)", setrecursionlimit),
    Native::new("intern(string, /)", intern),
    Native::new("getsizeof(object, default=...)", getsizeof),
];

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = vm.types.system_exit;
    let args = a.get(0).into_iter().collect();
    Err(vm.new_exc_args(t, args))
}

fn print_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = crate::traceback::format_exception(vm, a.arg(0));
    let file = match a.get(1) {
        Some(f) => f,
        None => vm.sys_attr("stdout").unwrap_or(Value::None),
    };
    crate::builtins::write_to(vm, file, &s)?;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    let e = vm.exc_info;
    if e.is_none() {
        return vm.new_tuple(vec![Value::None, Value::None, Value::None]);
    }
    let t = Value::Obj(vm.type_of(e));
    let tb = crate::objects::exception::traceback_value(vm, e)?;
    vm.new_tuple(vec![t, e, tb])
}

fn getrecursionlimit(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = crate::objects::int::to_i64(vm, a.arg(0))?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    // Frames are on the heap, but native re-entries use the Rust stack:
    // cap the limit where the stack is known to hold.
    vm.recursion_limit = (n as usize).min(crate::vm::MAX_DEPTH_CAP);
    Ok(Value::None)
}

fn intern(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = vm.expect_str(a.arg(0), "intern() argument")?;
    Ok(vm.intern(&s))
}

fn getsizeof(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(match a.arg(0) {
        Value::Obj(g) => vm.heap.get(g).size() as i64,
        _ => 16,
    }))
}

/// MicroPython's repr of attribute tuples: `(name='micropython', ...)`.
fn namespace_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pairs = match vm.instance_dict(a.this()) {
        Some(d) => crate::objects::dict::dict_pairs(vm, Value::Obj(d)),
        None => Vec::new(),
    };
    let mut parts = Vec::new();
    for (k, v) in pairs {
        let r = vm.repr_of(v)?;
        parts.push(format!(
            "{}={}",
            vm.as_str(k).unwrap_or(""),
            vm.as_str(r).unwrap_or("")
        ));
    }
    vm.new_string(format!("({})", parts.join(", ")))
}

/// A tuple subclass-like record: a class with named fields.
fn simple_namespace(vm: &mut Vm, tname: &str, fields: &[(&str, Value)]) -> PyResult<Value> {
    let ob = vm.types.object;
    let t = crate::types::new_builtin_type(vm, tname, Some(ob), BaseKind::Object)?;
    crate::types::add_natives(vm, t, &[Native::slot("__repr__(self, /)", namespace_repr)])?;
    let dg = vm.new_dict()?;
    let d = Value::Obj(dg);
    vm.roots.push(d);
    for (k, v) in fields {
        let key = vm.intern(k);
        crate::objects::dict::dict_set(vm, dg, key, *v)?;
    }
    vm.alloc_val(Obj::Instance(Box::new(Instance {
        class: t,
        dict: Some(dg),
        base: None,
    })))
}

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(m) = vm.sys_module {
        return Ok(m);
    }
    let m = vm.new_module("sys")?;
    vm.heap.make_permanent(m);
    vm.sys_module = Some(m);
    vm.module_natives(m, FUNCTIONS)?;
    let mut argv = Vec::new();
    for a in vm.argv.clone() {
        let s = vm.new_string(a)?;
        vm.roots.push(s);
        argv.push(s);
    }
    let argv = vm.new_list(argv)?;
    vm.module_set(m, "argv", argv)?;
    let mut path = Vec::new();
    for p in vm.path.clone() {
        let s = vm.new_string(p)?;
        vm.roots.push(s);
        path.push(s);
    }
    let path = vm.new_list(path)?;
    vm.module_set(m, "path", path)?;
    let mods = Value::Obj(vm.modules);
    vm.module_set(m, "modules", mods)?;
    let streams = crate::stdio::init(vm)?;
    vm.std_streams = streams;
    for (i, n) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        vm.module_set(m, n, streams[i])?;
        vm.module_set(m, &format!("__{}__", n), streams[i])?;
    }
    let v = vm.new_str("3.4.0; upy 0.1.0")?;
    vm.module_set(m, "version", v)?;
    // MicroPython's language version, with CPython's field names.
    let vt =
        crate::objects::attrtuple::new_type(vm, "sys.version_info", &["major", "minor", "micro"])?;
    let vi =
        crate::objects::attrtuple::new(vm, vt, vec![Value::Int(3), Value::Int(4), Value::Int(0)])?;
    vm.module_set(m, "version_info", vi)?;
    let name = vm.new_str("micropython")?;
    vm.roots.push(name);
    let empty = vm.new_str("")?;
    let it = crate::objects::attrtuple::new_type(
        vm,
        "sys.implementation_version",
        &["major", "minor", "micro", "releaselevel"],
    )?;
    let ver = crate::objects::attrtuple::new(
        vm,
        it,
        vec![Value::Int(1), Value::Int(23), Value::Int(0), empty],
    )?;
    vm.roots.push(ver);
    let machine = vm.new_str("upy on linux")?;
    vm.roots.push(machine);
    let imp = simple_namespace(
        vm,
        "implementation",
        &[
            ("name", name),
            ("version", ver),
            ("_machine", machine),
            ("_mpy", Value::Int(6)),
        ],
    )?;
    vm.module_set(m, "implementation", imp)?;
    let p = vm.new_str("linux")?;
    vm.module_set(m, "platform", p)?;
    let b = vm.new_str("little")?;
    vm.module_set(m, "byteorder", b)?;
    vm.module_set(m, "maxsize", Value::Int(i64::MAX))?;
    let ps1 = vm.new_str(">>> ")?;
    vm.module_set(m, "ps1", ps1)?;
    let ps2 = vm.new_str("... ")?;
    vm.module_set(m, "ps2", ps2)?;
    let k = vm.new_str("sys")?;
    let md = vm.modules;
    crate::objects::dict::dict_set(vm, md, k, Value::Obj(m))?;
    Ok(m)
}
