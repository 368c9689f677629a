//! Argument parsing for native functions: binding positional and keyword
//! arguments to named parameters with CPython's error messages.

use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// Bind `args`/`kwargs` to parameters `names`. A name starting with `$` is
/// keyword-only; the first `required` names must be given. Returns one slot
/// per name.
pub fn bind(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = names.iter().take_while(|n| !n.starts_with('$')).count();
    if args.len() > npos {
        if npos == 0 {
            return vm.type_error(format!("{}() takes no positional arguments", fname));
        }
        if required == npos {
            return vm.type_error(format!(
                "{}() takes exactly {} argument{} ({} given)",
                fname,
                npos,
                if npos == 1 { "" } else { "s" },
                args.len()
            ));
        }
        return vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            npos,
            if npos == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(*a);
    }
    for &(k, v) in kwargs {
        let key = vm.as_str(k).unwrap_or("").to_string();
        let idx = names.iter().position(|n| n.trim_start_matches('$') == key);
        match idx {
            Some(i) => {
                if out[i].is_some() {
                    return vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        key,
                        i + 1
                    ));
                }
                out[i] = Some(v);
            }
            None => {
                return vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname, key
                ))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            let n = names[i].trim_start_matches('$');
            if i < npos {
                return vm.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    fname,
                    n,
                    i + 1
                ));
            }
            return vm.type_error(format!(
                "{}() missing required keyword-only argument '{}'",
                fname, n
            ));
        }
    }
    Ok(out)
}

/// Check a positional-only native's argument count.
pub fn check(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kwargs.is_empty() {
        return vm.type_error(format!("{}() takes no keyword arguments", fname));
    }
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max && min >= 2 {
            format!("{} expected {} arguments, got {}", fname, min, n)
        } else if min == max {
            if min == 0 {
                format!("{}() takes no arguments ({} given)", fname, n)
            } else if min == 1 {
                format!("{}() takes exactly one argument ({} given)", fname, n)
            } else {
                format!("{}() takes exactly {} arguments ({} given)", fname, min, n)
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                fname,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                fname,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return vm.type_error(msg);
    }
    Ok(())
}

/// Method variant of `check`: `args[0]` is self and not counted.
pub fn check_method(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let rest = &args[args.len().min(1)..];
    // The search methods of str/bytes/bytearray parse their arguments the
    // old way in CPython, with its older wording.
    if kwargs.is_empty()
        && matches!(
            fname,
            "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
        )
        && (rest.len() < min || rest.len() > max)
        && args.first().is_some_and(|v| {
            matches!(vm.unwrap_base(*v), Value::Obj(g) if matches!(
                vm.heap.get(g),
                crate::obj::Obj::Str(_) | crate::obj::Obj::Bytes(_) | crate::obj::Obj::ByteArray(_)
            ))
        })
    {
        let (which, n) = if rest.len() < min {
            ("least", min)
        } else {
            ("most", max)
        };
        return vm.type_error(format!(
            "{}() takes at {} {} argument{} ({} given)",
            fname,
            which,
            n,
            if n == 1 { "" } else { "s" },
            rest.len()
        ));
    }
    if kwargs.is_empty() && min == max && rest.len() != min && min <= 1 {
        // Methods are named with their type: "str.upper() takes ...".
        let t = args
            .first()
            .map(|v| vm.type_name(vm.unwrap_base(*v)))
            .unwrap_or_default();
        let q = format!("{}.{}", t, fname);
        return check(vm, &q, rest, kwargs, min, max);
    }
    check(vm, fname, rest, kwargs, min, max)
}
