//! Binding a call's arguments to a declaration, with the TypeError
//! wording of each CPython calling convention (`Style`).

use super::args::Args;
use super::signature::{ParamDefault, Sig};
use super::{Decl, Style};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Bind a call's arguments (`self` already taken off) to `d`'s
/// parameters, raising CPython's TypeError for a call that does not fit.
/// `owner`, the type of a method, is named by some messages.
pub fn bind<'a>(
    vm: &mut Vm,
    d: &'static Decl,
    owner: Option<Gc>,
    this: Value,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<Args<'a>> {
    let sig = &d.sig;
    let n = args.len();
    let fits = n >= sig.min_pos && (n <= sig.npos || sig.varargs);
    if kw.is_empty() && fits {
        return Ok(Args {
            sig,
            this,
            given: args,
            slots: None,
            extra_kw: Vec::new(),
            data: Value::None,
        });
    }
    // With only positional-only parameters every keyword is `**kwargs`'s.
    if fits && sig.varkw && sig.posonly == sig.params.len() {
        return Ok(Args {
            sig,
            this,
            given: args,
            slots: None,
            extra_kw: kw.to_vec(),
            data: Value::None,
        });
    }
    // Only the arity can be wrong past here for positional `**kwargs`
    // functions.
    let kw = if sig.varkw && sig.posonly == sig.params.len() {
        &[][..]
    } else {
        kw
    };
    let name = sig.name;
    // CPython names the function with its type or module in these, except
    // a type's `__init__`/`__new__`, which report themselves as the type.
    let qual = match owner.filter(|_| d.attr == name).map(|g| vm.heap.get(g)) {
        Some(crate::obj::Obj::Type(t)) => format!("{}.{}", t.name, name),
        Some(crate::obj::Obj::Module(m)) => match vm.as_str(m.name) {
            Some("builtins") | None => name.to_string(),
            Some(module) => format!("{}.{}", module, name),
        },
        _ => name.to_string(),
    };
    match sig.style {
        Style::NoArgs => {
            if !kw.is_empty() {
                return vm.type_error(format!("{}() takes no keyword arguments", qual));
            }
            vm.type_error(format!("{}() takes no arguments ({} given)", qual, n))
        }
        Style::OneArg => {
            if !kw.is_empty() {
                return vm.type_error(format!("{}() takes no keyword arguments", qual));
            }
            vm.type_error(format!(
                "{}() takes exactly one argument ({} given)",
                qual, n
            ))
        }
        Style::Positional => {
            if !kw.is_empty() {
                return vm.type_error(format!("{}() takes no keyword arguments", qual));
            }
            let (min, max) = (sig.min_pos, sig.npos);
            let msg = if min == max && !sig.varargs {
                format!(
                    "{} expected {} argument{}, got {}",
                    name,
                    min,
                    plural(min),
                    n
                )
            } else if n < min {
                format!(
                    "{} expected at least {} argument{}, got {}",
                    name,
                    min,
                    plural(min),
                    n
                )
            } else {
                format!(
                    "{} expected at most {} argument{}, got {}",
                    name,
                    max,
                    plural(max),
                    n
                )
            };
            vm.type_error(msg)
        }
        // Keyword parameters parsed by `PyArg_ParseTupleAndKeywords`.
        Style::Legacy if sig.params.len() > sig.posonly => {
            let nkw = kw.len();
            let kwable = sig.params.len() - sig.posonly;
            if sig.varargs && nkw > kwable {
                return vm.type_error(format!(
                    "{}() takes at most {} keyword argument{} ({} given)",
                    name,
                    kwable,
                    plural(kwable),
                    nkw
                ));
            }
            bind_keywords(vm, sig, this, args, kw)
        }
        Style::Legacy => {
            if !kw.is_empty() {
                return vm.type_error(format!("{}() takes no keyword arguments", name));
            }
            let (min, max) = (sig.min_pos, sig.npos);
            let (how, k) = if min == max && !sig.varargs {
                ("exactly", min)
            } else if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            vm.type_error(format!(
                "{}() takes {} {} argument{} ({} given)",
                name,
                how,
                k,
                plural(k),
                n
            ))
        }
        Style::Slot => {
            if !kw.is_empty() {
                return vm.type_error(format!("wrapper {}() takes no keyword arguments", d.attr));
            }
            let (min, max) = (sig.min_pos, sig.npos);
            // The wrappers that unpack more than one argument name an
            // empty function, hence CPython's leading space.
            let lead = if max >= 2 || min != max { " " } else { "" };
            let (how, k) = if min == max {
                ("", min)
            } else if n < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            vm.type_error(format!(
                "{}expected {}{} argument{}, got {}",
                lead,
                how,
                k,
                plural(k),
                n
            ))
        }
        Style::Keywords => bind_keywords(vm, sig, this, args, kw),
        Style::Python => {
            // Methods are named by their class and count `self`.
            let (qual, extra) = match owner.map(|g| vm.heap.get(g)) {
                Some(crate::obj::Obj::Type(t)) if sig.has_self => {
                    (format!("{}.{}", t.name, name), 1)
                }
                _ => (name.to_string(), 0),
            };
            bind_python(vm, sig, &qual, extra, this, args, kw)
        }
    }
}

/// One slot per parameter, the positional arguments filled in.
fn positional_slots(sig: &Sig, args: &[Value]) -> Vec<Option<Value>> {
    let mut slots: Vec<Option<Value>> = vec![None; sig.params.len()];
    for (slot, a) in slots.iter_mut().zip(args.iter().take(sig.npos)) {
        *slot = Some(*a);
    }
    slots
}

/// The parameter a keyword names (positional-only ones have no name to
/// callers).
fn keyword_index(sig: &Sig, key: &str) -> Option<usize> {
    sig.params
        .iter()
        .enumerate()
        .skip(sig.posonly)
        .find(|(_, p)| p.name == key)
        .map(|(i, _)| i)
}

/// "'a', 'b' and 'c'", as Python lists missing parameters.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        k => format!("{} and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
    }
}

/// Binding as a Python function binds, with its messages (`extra`
/// counts `self` in the numbers, as CPython does for methods).
fn bind_python<'a>(
    vm: &mut Vm,
    sig: &'static Sig,
    qual: &str,
    extra: usize,
    this: Value,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<Args<'a>> {
    let n = args.len();
    if n > sig.npos && !sig.varargs {
        let (lo, hi) = (sig.min_pos + extra, sig.npos + extra);
        let takes = if lo == hi {
            format!("{} positional argument{}", hi, plural(hi))
        } else {
            format!("from {} to {} positional arguments", lo, hi)
        };
        let given = n + extra;
        return vm.type_error(format!(
            "{}() takes {} but {} {} given",
            qual,
            takes,
            given,
            if given == 1 { "was" } else { "were" }
        ));
    }
    let mut slots = positional_slots(sig, args);
    let mut extra_kw = Vec::new();
    for &(k, v) in kw {
        let key = vm.as_str(k).unwrap_or("");
        let at = keyword_index(sig, key);
        match at {
            Some(i) if slots[i].is_none() => slots[i] = Some(v),
            Some(_) => {
                let msg = format!("{}() got multiple values for argument '{}'", qual, key);
                return vm.type_error(msg);
            }
            None if sig.varkw => extra_kw.push((k, v)),
            None => {
                let msg = format!("{}() got an unexpected keyword argument '{}'", qual, key);
                return vm.type_error(msg);
            }
        }
    }
    let missing_slots = |range: std::ops::Range<usize>| -> Vec<&'static str> {
        let start = range.start;
        sig.params[range]
            .iter()
            .enumerate()
            .filter(|(i, p)| p.default == ParamDefault::Required && slots[start + i].is_none())
            .map(|(_, p)| p.name)
            .collect()
    };
    for (range, kind) in [
        (0..sig.npos, "positional"),
        (sig.npos..sig.params.len(), "keyword-only"),
    ] {
        let names = missing_slots(range);
        if !names.is_empty() {
            return vm.type_error(format!(
                "{}() missing {} required {} argument{}: {}",
                qual,
                names.len(),
                kind,
                plural(names.len()),
                name_list(&names)
            ));
        }
    }
    Ok(Args {
        sig,
        this,
        given: args,
        slots: Some(slots),
        extra_kw,
        data: Value::None,
    })
}

/// Binding with keywords, in the order CPython's argument clinic checks:
/// too many arguments, then missing ones, then unknown keywords.
fn bind_keywords<'a>(
    vm: &mut Vm,
    sig: &'static Sig,
    this: Value,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<Args<'a>> {
    let name = sig.name;
    let (n, nkw, maxargs) = (args.len(), kw.len(), sig.params.len());
    if !sig.varargs && !sig.varkw && n + nkw > maxargs {
        return vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            maxargs,
            if n == 0 { "keyword " } else { "" },
            plural(maxargs),
            n + nkw
        ));
    }
    // Positional-only parameters that must be given are counted, not
    // named.
    let posonly_required = sig.min_pos.min(sig.posonly);
    if n < posonly_required {
        return vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            name,
            if posonly_required < sig.npos || sig.varargs {
                "at least"
            } else {
                "exactly"
            },
            posonly_required,
            plural(posonly_required),
            n
        ));
    }
    if n > sig.npos && !sig.varargs {
        if sig.npos == 0 {
            return vm.type_error(format!("{}() takes no positional arguments", name));
        }
        return vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            name,
            if sig.min_pos < sig.npos {
                "at most"
            } else {
                "exactly"
            },
            sig.npos,
            plural(sig.npos),
            n
        ));
    }
    let mut slots = positional_slots(sig, args);
    let mut unknown: Option<String> = None;
    let mut extra_kw = Vec::new();
    for &(k, v) in kw {
        let key = vm.as_str(k).unwrap_or("");
        let at = keyword_index(sig, key);
        match at {
            Some(i) if slots[i].is_none() => slots[i] = Some(v),
            Some(i) => {
                let key = key.to_string();
                return vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    key,
                    i + 1
                ));
            }
            None if sig.varkw => extra_kw.push((k, v)),
            None => {
                if unknown.is_none() {
                    unknown = Some(key.to_string());
                }
            }
        }
    }
    for (i, p) in sig.params.iter().enumerate() {
        if p.default == ParamDefault::Required && slots[i].is_none() {
            if i < sig.npos {
                return vm.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    name,
                    p.name,
                    i + 1
                ));
            }
            return vm.type_error(format!(
                "{}() missing required keyword-only argument '{}'",
                name, p.name
            ));
        }
    }
    if let Some(k) = unknown {
        return vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k, name
        ));
    }
    Ok(Args {
        sig,
        this,
        given: args,
        slots: Some(slots),
        extra_kw,
        data: Value::None,
    })
}
