//! Exceptions: construction, `args`, `str`/`repr`, the special attributes
//! (`__cause__`, `__context__`, `value`, `errno`, ...).

use crate::native::{Args, Native};
use crate::obj::*;
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn exc_ref(vm: &Vm, v: Value) -> Option<&ExcObj> {
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Exception(e) => Some(e),
            _ => None,
        },
        _ => None,
    }
}

/// `args` of an exception as a Vec.
pub fn exc_args(vm: &Vm, v: Value) -> Vec<Value> {
    match exc_ref(vm, v) {
        Some(e) => crate::objects::seq_ops::seq_items(vm, e.args),
        None => Vec::new(),
    }
}

fn exc_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = match a.this() {
        Value::Obj(g) if vm.is_type(a.this()) => g,
        v => {
            let t = vm.type_name(v);
            return vm.type_error(format!(
                "BaseException.__new__(X): X is not a type object ({t})"
            ));
        }
    };
    if !vm.is_subtype(cls, vm.types.base_exception) {
        let n = vm.type_obj(cls).name.clone();
        return vm.type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            n, n
        ));
    }
    let args = vm.new_tuple(a.rest().to_vec())?;
    // OSError(errno, msg) picks the subclass for the errno, as CPython.
    let cls = if cls == vm.types.os_error && a.rest().len() >= 2 {
        match a.rest()[0] {
            Value::Int(n) => match n {
                2 => vm.types.file_not_found_error,
                17 => vm.types.file_exists_error,
                21 => vm.types.is_a_directory_error,
                20 => vm.types.not_a_directory_error,
                1 | 13 => vm.types.permission_error,
                3 => vm.types.process_lookup_error,
                110 => vm.types.timeout_error,
                32 => vm.types.broken_pipe_error,
                11 | 115 => vm.types.blocking_io_error,
                4 => vm.types.interrupted_error,
                10 => vm.types.child_process_error,
                103 => vm.types.connection_aborted_error,
                111 => vm.types.connection_refused_error,
                104 => vm.types.connection_reset_error,
                _ => cls,
            },
            _ => cls,
        }
    } else {
        cls
    };
    vm.new_exc_obj(cls, args)
}

fn exc_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.extra_kw().is_empty() {
        let t = vm.type_name(a.this());
        return vm.type_error(format!("{}() takes no keyword arguments", t));
    }
    let args = vm.new_tuple(a.rest().to_vec())?;
    if let Value::Obj(g) = a.this() {
        if let Obj::Exception(e) = vm.heap.get_mut(g) {
            e.args = args;
        }
    }
    Ok(Value::None)
}

/// `str(exc)`.
pub fn exc_str_of(vm: &mut Vm, v: Value) -> PyResult<String> {
    let items = exc_args(vm, v);
    let is_key = vm.isinstance(v, vm.types.key_error);
    let is_os = vm.isinstance(v, vm.types.os_error);
    if is_os && items.len() >= 2 {
        let errno = vm.str_of(items[0])?;
        let errno = vm.as_str(errno).unwrap_or("").to_string();
        let msg = vm.str_of(items[1])?;
        let msg = vm.as_str(msg).unwrap_or("").to_string();
        if items.len() >= 3 && !items[2].is_none() {
            let f = vm.repr_of(items[2])?;
            let f = vm.as_str(f).unwrap_or("").to_string();
            return Ok(format!("[Errno {}] {}: {}", errno, msg, f));
        }
        return Ok(format!("[Errno {}] {}", errno, msg));
    }
    if vm.isinstance(v, vm.types.syntax_error) && items.len() == 2 {
        let msg = vm.str_string(items[0])?;
        let details = crate::objects::seq_ops::seq_items(vm, items[1]);
        if details.len() >= 2 {
            let file = vm.str_string(details[0])?;
            let line = vm.str_string(details[1])?;
            return Ok(format!("{} ({}, line {})", msg, file, line));
        }
        return Ok(msg);
    }
    let is_unicode = vm.isinstance(v, vm.types.unicode_decode_error)
        || vm.isinstance(v, vm.types.unicode_encode_error);
    if is_unicode && items.len() == 5 {
        let enc = vm.str_string(items[0])?;
        let (start, end) = (items[2], items[3]);
        let reason = vm.str_string(items[4])?;
        let (s, e) = match (start, end) {
            (Value::Int(s), Value::Int(e)) => (s, e),
            _ => (0, 0),
        };
        if vm.isinstance(v, vm.types.unicode_decode_error) {
            let b = crate::objects::bytes::try_buffer_bytes(vm, items[1]).unwrap_or_default();
            let byte = b.get(s as usize).copied().unwrap_or(0);
            return Ok(if e == s + 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc, byte, s, reason
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    enc,
                    s,
                    e - 1,
                    reason
                )
            });
        }
        let text = vm.as_str(items[1]).unwrap_or("").to_string();
        let c = text.chars().nth(s as usize).map(|c| c as u32).unwrap_or(0);
        let cs = if c < 0x100 {
            format!("\\x{:02x}", c)
        } else if c < 0x10000 {
            format!("\\u{:04x}", c)
        } else {
            format!("\\U{:08x}", c)
        };
        return Ok(if e == s + 1 {
            format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                enc, cs, s, reason
            )
        } else {
            format!(
                "'{}' codec can't encode characters in position {}-{}: {}",
                enc,
                s,
                e - 1,
                reason
            )
        });
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            let s = if is_key {
                vm.repr_of(items[0])?
            } else {
                vm.str_of(items[0])?
            };
            Ok(vm.as_str(s).unwrap_or("").to_string())
        }
        _ => {
            let t = vm.new_tuple(items)?;
            let s = vm.repr_of(t)?;
            Ok(vm.as_str(s).unwrap_or("").to_string())
        }
    }
}

fn exc_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = exc_str_of(vm, a.this())?;
    vm.new_string(s)
}

fn exc_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = exc_args(vm, a.this());
    let name = vm.type_name(a.this());
    let inner = if items.len() == 1 {
        let r = vm.repr_of(items[0])?;
        vm.as_str(r).unwrap_or("").to_string()
    } else {
        let t = vm.new_tuple(items)?;
        let r = vm.repr_of(t)?;
        let s = vm.as_str(r).unwrap_or("()").to_string();
        s[1..s.len() - 1].to_string()
    };
    vm.new_string(format!("{}({})", name, inner))
}

fn exc_with_traceback(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

/// Setting one of the exception's own fields; None if `name` is not one.
pub fn set_special(vm: &mut Vm, g: Gc, name: Value, value: Value) -> PyResult<Option<()>> {
    let Some(n) = vm.as_str(name) else {
        return Ok(None);
    };
    let is_exc = |vm: &Vm, v: Value| {
        v.is_none() || matches!(v, Value::Obj(x) if matches!(vm.heap.get(x), Obj::Exception(_)))
    };
    match n {
        "args" => {
            let items = vm.collect_iterable(value)?;
            let t = vm.new_tuple(items)?;
            if let Obj::Exception(e) = vm.heap.get_mut(g) {
                e.args = t;
            }
        }
        "__cause__" => {
            if !is_exc(vm, value) {
                return vm.type_error("exception cause must be None or derive from BaseException");
            }
            if let Obj::Exception(e) = vm.heap.get_mut(g) {
                e.cause = value;
                e.suppress_context = true;
            }
        }
        "__context__" => {
            if !is_exc(vm, value) {
                return vm
                    .type_error("exception context must be None or derive from BaseException");
            }
            if let Obj::Exception(e) = vm.heap.get_mut(g) {
                e.context = value;
            }
        }
        "__suppress_context__" => {
            let b = vm.truthy(value)?;
            if let Obj::Exception(e) = vm.heap.get_mut(g) {
                e.suppress_context = b;
            }
        }
        "__traceback__" => {
            if value.is_none() {
                if let Obj::Exception(e) = vm.heap.get_mut(g) {
                    e.traceback.clear();
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(()))
}

/// Read one of the exception's own fields.
pub fn get_special(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    let Some(e) = exc_ref(vm, v) else {
        return Ok(None);
    };
    let (args, cause, context, sup, tb_empty) = (
        e.args,
        e.cause,
        e.context,
        e.suppress_context,
        e.traceback.is_empty(),
    );
    let items = crate::objects::seq_ops::seq_items(vm, args);
    let first = items.first().copied().unwrap_or(Value::None);
    Ok(Some(match name {
        "args" => args,
        "__cause__" => cause,
        "__context__" => context,
        "__suppress_context__" => Value::Bool(sup),
        "__traceback__" => {
            if tb_empty {
                Value::None
            } else {
                traceback_value(vm, v)?
            }
        }
        "value" if vm.isinstance(v, vm.types.stop_iteration) => first,
        "code" if vm.isinstance(v, vm.types.system_exit) => {
            if items.len() > 1 {
                args
            } else {
                first
            }
        }
        "errno" | "strerror" | "filename" if vm.isinstance(v, vm.types.os_error) => {
            if items.len() < 2 {
                Value::None
            } else {
                match name {
                    "errno" => items[0],
                    "strerror" => items[1],
                    _ => items.get(2).copied().unwrap_or(Value::None),
                }
            }
        }
        "msg" if vm.isinstance(v, vm.types.syntax_error) => first,
        "filename" | "lineno" | "offset" | "text" if vm.isinstance(v, vm.types.syntax_error) => {
            let details = items
                .get(1)
                .map(|d| crate::objects::seq_ops::seq_items(vm, *d))
                .unwrap_or_default();
            let i = match name {
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                _ => 3,
            };
            details.get(i).copied().unwrap_or(Value::None)
        }
        "encoding" | "object" | "start" | "end" | "reason"
            if vm.isinstance(v, vm.types.unicode_decode_error)
                || vm.isinstance(v, vm.types.unicode_encode_error) =>
        {
            let i = match name {
                "encoding" => 0,
                "object" => 1,
                "start" => 2,
                "end" => 3,
                _ => 4,
            };
            items.get(i).copied().unwrap_or(Value::None)
        }
        "name" | "path" if vm.isinstance(v, vm.types.import_error) => Value::None,
        "name" if vm.isinstance(v, vm.types.name_error) => Value::None,
        "name" | "obj" if vm.isinstance(v, vm.types.attribute_error) => Value::None,
        _ => return Ok(None),
    }))
}

/// The value of `exc.__traceback__`: a traceback object, or None.
pub fn traceback_value(vm: &mut Vm, exc: Value) -> PyResult<Value> {
    let has = exc_ref(vm, exc)
        .map(|e| !e.traceback.is_empty())
        .unwrap_or(false);
    if !has {
        return Ok(Value::None);
    }
    let t = match vm.native_types.get("traceback") {
        Some(t) => *t,
        None => {
            let ob = vm.types.object;
            let t = crate::types::new_builtin_type(vm, "traceback", Some(ob), BaseKind::Other)?;
            vm.native_types.insert("traceback", t);
            t
        }
    };
    let d = Value::Obj(vm.new_dict()?);
    vm.alloc_val(Obj::Instance(Box::new(Instance {
        class: t,
        dict: d.as_gc(),
        base: None,
    })))
}

/// The value carried by a StopIteration.
pub fn stop_iteration_value(vm: &mut Vm, e: Value) -> Value {
    exc_args(vm, e).first().copied().unwrap_or(Value::None)
}

const METHODS: &[Native] = &[
    Native::new("BaseException(cls, *args, **kwargs)", exc_new).at("__new__"),
    Native::new("BaseException(self, *args, **kwargs)", exc_init).at("__init__"),
    Native::slot("__str__(self, /)", exc_str),
    Native::slot("__repr__(self, /)", exc_repr),
    Native::new("with_traceback(self, tb, /)", exc_with_traceback),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    add_natives(vm, vm.types.base_exception, METHODS)
}
