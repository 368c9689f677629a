//! `str`: indexing and slicing by code point, and the str methods.

use crate::args;
use crate::obj::*;
use crate::objects::seq_ops::{index_value, is_slice, norm_index, slice_indices, slice_positions};
use crate::types::add_method;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// The text of `self` for a str method (str or str subclass).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    match args.first().and_then(|v| vm.as_str(*v)) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name, t
            ))
        }
    }
}

fn arg_str(vm: &mut Vm, v: Value, fname: &str, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            let _ = what;
            vm.type_error(format!("{}() argument must be str, not {}", fname, t))
        }
    }
}

/// A str argument; TypeError "f() argument N must be str, not T".
fn arg_n_str(vm: &mut Vm, v: Value, fname: &str, n: usize) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!("{}() argument {} must be str, not {}", fname, n, t))
        }
    }
}

/// Byte offset of code point `i` (clamped to the end).
pub fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `s[idx]` for str.
pub fn str_getitem(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<Value> {
    let (ascii, n) = match obj {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Str(s) => (s.is_ascii(), s.nchars),
            _ => (true, 0),
        },
        _ => (true, 0),
    };
    if is_slice(vm, idx) {
        let (a, b, st) = slice_indices(vm, idx, n)?;
        let s = vm.as_str(obj).unwrap_or("");
        let out: String = if st == 1 && ascii {
            if a < b {
                s[a as usize..b as usize].to_string()
            } else {
                String::new()
            }
        } else if ascii {
            let bytes = s.as_bytes();
            slice_positions(a, b, st)
                .map(|p| bytes[p] as char)
                .collect()
        } else {
            let chars: Vec<char> = s.chars().collect();
            slice_positions(a, b, st).map(|p| chars[p]).collect()
        };
        return vm.new_string(out);
    }
    let i = index_value(vm, idx, "string indices")?;
    let Some(j) = norm_index(i, n) else {
        return vm.index_error("string index out of range");
    };
    let s = vm.as_str(obj).unwrap_or("");
    let c = if ascii {
        s.as_bytes()[j] as char
    } else {
        s.chars().nth(j).unwrap_or(' ')
    };
    let mut buf = [0u8; 4];
    let cs: &str = c.encode_utf8(&mut buf);
    Ok(vm.intern(cs))
}

/// Python's `str.isspace` for one character.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Resolve optional `start`/`end` arguments (char indices) to a byte range.
fn sub_range(
    vm: &mut Vm,
    s: &str,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = char_len(s) as i64;
    let conv = |vm: &mut Vm, v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = index_value(vm, x, "slice indices")?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    // A start beyond the end finds nothing (not even '').
    if let Some(Value::Int(s)) = start {
        if s > n {
            return Ok(None);
        }
    }
    let a = conv(vm, start, 0)?;
    let b = conv(vm, end, n)?;
    if a > b {
        return Ok(None);
    }
    let ba = byte_offset(s, a as usize);
    let bb = byte_offset(s, b as usize);
    Ok(Some((ba, bb)))
}

fn byte_to_char(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

fn find_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    rev: bool,
) -> PyResult<Option<i64>> {
    args::check_method(vm, name, args, kw, 1, 3)?;
    let s = this(vm, args, name)?;
    let sub = match vm.as_str(args[1]) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args[1]);
            return vm.type_error(format!("must be str, not {}", t));
        }
    };
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(None);
    };
    let hay = &s[a..b];
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(r.map(|p| byte_to_char(&s, a + p) as i64))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, kw, "find", false)?.unwrap_or(-1),
    ))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, kw, "rfind", true)?.unwrap_or(-1),
    ))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => vm.value_error("substring not found"),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => vm.value_error("substring not found"),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "count", args, kw, 1, 3)?;
    let s = this(vm, args, "count")?;
    let sub = match vm.as_str(args[1]) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args[1]);
            return vm.type_error(format!("must be str, not {}", t));
        }
    };
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        char_len(hay) + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(Value::Int(n as i64))
}

/// Prefix/suffix test shared by startswith and endswith.
fn affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    end: bool,
) -> PyResult<Value> {
    args::check_method(vm, name, args, kw, 1, 3)?;
    let s = this(vm, args, name)?;
    let Some((a, b)) = sub_range(vm, &s, args.get(2).copied(), args.get(3).copied())? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s[a..b];
    let cands: Vec<Value> = match args[1] {
        Value::Obj(g) if matches!(vm.heap.get(g), Obj::Tuple(_)) => {
            crate::objects::seq_ops::seq_items(vm, args[1])
        }
        v => {
            if vm.as_str(v).is_none() {
                let t = vm.type_name(v);
                return vm.type_error(format!(
                    "{} first arg must be str or a tuple of str, not {}",
                    name, t
                ));
            }
            vec![v]
        }
    };
    for c in cands {
        let Some(p) = vm.as_str(c) else {
            let t = vm.type_name(c);
            return vm.type_error(format!(
                "tuple for {} must only contain str, not {}",
                name, t
            ));
        };
        let hit = if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", true)
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    args::check_method(vm, name, args, kw, 0, 1)?;
    let s = this(vm, args, name)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(*v) {
            Some(s) => Some(s.chars().collect()),
            None => return vm.type_error(format!("{} arg must be None or str", name)),
        },
    };
    let pred = |c: char| match &chars {
        None => is_py_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() && vm.as_str(args[0]).is_some() && !vm.is_user_value(args[0]) {
        return Ok(args[0]);
    }
    vm.new_str(r)
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<(String, Option<String>, i64)> {
    let a = args::bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let s = this(vm, args, name)?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let x = match vm.as_str(v) {
                Some(x) => x.to_string(),
                None => {
                    let t = vm.type_name(v);
                    return vm.type_error(format!("must be str or None, not {}", t));
                }
            };
            if x.is_empty() {
                return vm.value_error("empty separator");
            }
            Some(x)
        }
    };
    let max = match a[1] {
        None => -1,
        Some(v) => crate::objects::int::to_i64(vm, v)?,
    };
    Ok((s, sep, max))
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "split")?;
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(is_py_space) {
                    Some(p) => {
                        out.push(rest[..p].to_string());
                        rest = rest[p..].trim_start_matches(is_py_space);
                    }
                    None => {
                        out.push(rest.to_string());
                        rest = "";
                    }
                }
            }
            out
        }
    };
    strings_to_list(vm, parts)
}

pub(crate) fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                match rest.rfind(is_py_space) {
                    Some(p) => {
                        let c = rest[p..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(rest[p + c..].to_string());
                        rest = rest[..p].trim_end_matches(is_py_space);
                    }
                    None => {
                        out.push(rest.to_string());
                        rest = "";
                    }
                }
            }
            out
        }
    };
    parts.reverse();
    strings_to_list(vm, parts)
}

fn strings_to_list(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let mark = vm.roots.len();
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        let v = vm.new_string(p)?;
        vm.roots.push(v);
        items.push(v);
    }
    let l = vm.new_list(items);
    vm.roots.truncate(mark);
    l
}

pub(crate) fn str_splitlines(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let a = args::bind(vm, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let s = this(vm, args, "splitlines")?;
    let keep = match a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(if keep {
                s[start..end].to_string()
            } else {
                s[start..i].to_string()
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    strings_to_list(vm, out)
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "join", args, kw, 1, 1)?;
    let sep = this(vm, args, "join")?;
    let items = match vm.collect_iterable(args[1]) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(e, vm.types.type_error) && vm.get_iter(args[1]).is_err() => {
            return vm.type_error("can only join an iterable");
        }
        Err(e) => return Err(e),
    };
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        match vm.as_str(*it) {
            Some(x) => total += x.len() + sep.len(),
            None => {
                let t = vm.type_name(*it);
                return vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i, t
                ));
            }
        }
    }
    vm.check_alloc(total)?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(vm.as_str(*it).unwrap_or(""));
    }
    vm.new_string(out)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "replace", args, kw, 2, 3)?;
    let s = this(vm, args, "replace")?;
    let old = arg_n_str(vm, args[1], "replace", 1)?;
    let new = arg_n_str(vm, args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(v) => crate::objects::int::to_i64(vm, *v)?,
        None => -1,
    };
    // Bound the result size before building it.
    let hits = if old.is_empty() {
        char_len(&s) + 1
    } else {
        s.matches(&old).count()
    };
    let hits = if count >= 0 {
        hits.min(count as usize)
    } else {
        hits
    };
    vm.check_alloc(s.len() + hits.saturating_mul(new.len()))?;
    let r = if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    vm.new_string(r)
}

fn map_chars(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    args::check_method(vm, name, args, kw, 0, 0)?;
    let s = this(vm, args, name)?;
    vm.new_string(f(&s))
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_chars(vm, args, kw, "upper", |s| s.to_uppercase())
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_chars(vm, args, kw, "lower", |s| s.to_lowercase())
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_chars(vm, args, kw, "casefold", |s| {
        s.to_lowercase().replace('ß', "ss")
    })
}

fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_chars(vm, args, kw, "swapcase", swapcase)
}

/// Title case of one character: the first of its uppercase expansion, the
/// rest lowercased ('ß' -> "Ss", 'ﬁ' -> "Fi").
fn title_char(c: char, out: &mut String) {
    // The Latin digraphs have their own titlecase letter.
    let n = c as u32;
    for base in [0x1C4u32, 0x1C7, 0x1CA, 0x1F1] {
        if (base..base + 3).contains(&n) {
            out.push(char::from_u32(base + 1).unwrap_or(c));
            return;
        }
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for r in up {
            out.extend(r.to_lowercase());
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut cs = s.chars();
    if let Some(c) = cs.next() {
        // Title case of the first character (as CPython 3.8+).
        title_char(c, &mut out);
    }
    for c in cs {
        out.extend(c.to_lowercase());
    }
    out
}

pub(crate) fn str_capitalize(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    map_chars(vm, args, kw, "capitalize", capitalize)
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            title_char(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub(crate) fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_chars(vm, args, kw, "title", title)
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    args::check_method(vm, name, args, kw, 0, 0)?;
    let s = this(vm, args, name)?;
    Ok(Value::Bool(f(&s)))
}

macro_rules! preds {
    ($($fname:ident $pyname:literal $body:expr;)*) => {
        $(pub(crate) fn $fname(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            predicate(vm, args, kw, $pyname, $body)
        })*
    };
}

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit()
        || (c.is_numeric() && c.is_ascii_digit())
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{ff10}'..='\u{ff19}').contains(&c)
        || ('\u{966}'..='\u{96f}').contains(&c)
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || matches!(c, '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨')
}

preds! {
    str_isalpha "isalpha" |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic() && !c.is_numeric());
    str_isalnum "isalnum" |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric());
    str_isdigit "isdigit" |s| !s.is_empty() && s.chars().all(is_digit_char);
    str_isdecimal "isdecimal" |s| !s.is_empty() && s.chars().all(is_decimal_char);
    str_isnumeric "isnumeric" |s| !s.is_empty() && s.chars().all(char::is_numeric);
    str_isspace "isspace" |s| !s.is_empty() && s.chars().all(is_py_space);
    str_isascii "isascii" |s| s.is_ascii();
    str_isupper "isupper" |s| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase);
    str_islower "islower" |s| s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase);
    str_isidentifier "isidentifier" |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    };
    str_isprintable "isprintable" |s| s.chars().all(|c| !c.is_control() && (c == ' ' || !c.is_whitespace()) && !matches!(c, '\u{ad}' | '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{feff}'));
    str_istitle "istitle" |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased { return false; }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased { return false; }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    };
}

fn pad_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<(String, usize, char)> {
    args::check_method(vm, name, args, kw, 1, 2)?;
    let s = this(vm, args, name)?;
    let w = crate::objects::int::to_i64(vm, args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let f = match vm.as_str(*v) {
                Some(x) => x.to_string(),
                None => {
                    let t = vm.type_name(*v);
                    return vm.type_error(format!(
                        "The fill character must be a unicode character, not {}",
                        t
                    ));
                }
            };
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return vm.type_error("The fill character must be exactly one character long");
                }
            }
        }
    };
    let w = w.max(0) as usize;
    vm.check_alloc(w * fill.len_utf8())?;
    Ok((s, w, fill))
}

pub(crate) fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, kw, "ljust")?;
    let n = char_len(&s);
    let mut out = s;
    for _ in n..w {
        out.push(f);
    }
    vm.new_string(out)
}

pub(crate) fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, kw, "rjust")?;
    let n = char_len(&s);
    let mut out: String = std::iter::repeat_n(f, w.saturating_sub(n)).collect();
    out.push_str(&s);
    vm.new_string(out)
}

pub(crate) fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, kw, "center")?;
    let n = char_len(&s);
    if w <= n {
        return vm.new_string(s);
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    let mut out: String = std::iter::repeat_n(f, left).collect();
    out.push_str(&s);
    out.extend(std::iter::repeat_n(f, marg - left));
    vm.new_string(out)
}

pub(crate) fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "zfill", args, kw, 1, 1)?;
    let s = this(vm, args, "zfill")?;
    let w = crate::objects::int::to_i64(vm, args[1])?.max(0) as usize;
    let n = char_len(&s);
    if w <= n {
        return vm.new_string(s);
    }
    vm.check_alloc(w)?;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, &s[..]),
    };
    let mut out = String::with_capacity(w);
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', w - n));
    out.push_str(rest);
    vm.new_string(out)
}

pub(crate) fn str_expandtabs(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let a = args::bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let s = this(vm, args, "expandtabs")?;
    let ts = match a[0] {
        Some(v) => crate::objects::int::to_i64(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    vm.check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_string(out)
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    args::check_method(vm, name, args, kw, 1, 1)?;
    let s = this(vm, args, name)?;
    let sep = match vm.as_str(args[1]) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args[1]);
            return vm.type_error(format!("must be str, not {}", t));
        }
    };
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let pos = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match pos {
        Some(p) => vec![
            s[..p].to_string(),
            sep.clone(),
            s[p + sep.len()..].to_string(),
        ],
        None if rev => vec![String::new(), String::new(), s.clone()],
        None => vec![s.clone(), String::new(), String::new()],
    };
    let mark = vm.roots.len();
    let mut items = Vec::new();
    for p in parts {
        let v = vm.new_string(p)?;
        vm.roots.push(v);
        items.push(v);
    }
    let t = vm.new_tuple(items);
    vm.roots.truncate(mark);
    t
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

pub(crate) fn str_removeprefix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    args::check_method(vm, "removeprefix", args, kw, 1, 1)?;
    let s = this(vm, args, "removeprefix")?;
    let p = arg_str(vm, args[1], "removeprefix", "prefix")?;
    vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s))
}

pub(crate) fn str_removesuffix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    args::check_method(vm, "removesuffix", args, kw, 1, 1)?;
    let s = this(vm, args, "removesuffix")?;
    let p = arg_str(vm, args[1], "removesuffix", "suffix")?;
    vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s))
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = args::bind(vm, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let s = this(vm, args, "encode")?;
    let enc = match a[0] {
        Some(v) => arg_str(vm, v, "encode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match a[1] {
        Some(v) => arg_str(vm, v, "encode", "errors")?,
        None => "strict".into(),
    };
    let bytes = encode_str(vm, &s, &enc, &errors)?;
    vm.new_bytes(bytes)
}

/// Encode text; supports utf-8, ascii and latin-1.
pub fn encode_str(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let norm = enc.to_ascii_lowercase().replace('_', "-");
    let limit = match norm.as_str() {
        "utf-8" | "utf8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 0x80u32,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => 0x100,
        _ => {
            let t = vm.types.lookup_error;
            return vm.err(t, format!("unknown encoding: {}", enc));
        }
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
        } else {
            match errors {
                "ignore" => {}
                "replace" => out.push(b'?'),
                _ => {
                    let t = vm.types.unicode_encode_error;
                    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
                    let e = vm.new_str(name)?;
                    vm.roots.push(e);
                    let o = vm.new_str(s)?;
                    vm.roots.push(o);
                    let r = vm.new_string(format!("ordinal not in range({})", limit))?;
                    vm.roots.push(r);
                    let args = vec![e, o, Value::Int(i as i64), Value::Int(i as i64 + 1), r];
                    return Err(vm.new_exc_args(t, args));
                }
            }
        }
    }
    Ok(out)
}

fn str_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    crate::format::str_format(vm, &s, &args[1..], kw, None)
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "format_map", args, kw, 1, 1)?;
    let s = this(vm, args, "format_map")?;
    crate::format::str_format(vm, &s, &[], &[], Some(args[1]))
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "translate", args, kw, 1, 1)?;
    let s = this(vm, args, "translate")?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.get_item(table, Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(r) = vm.as_str(v) {
                    out.push_str(r);
                } else if let Value::Int(i) = v {
                    match char::from_u32(i as u32) {
                        Some(ch) if (0..0x110000).contains(&i) => out.push(ch),
                        _ => return vm.value_error("character mapping must be in range(0x110000)"),
                    }
                } else {
                    return vm.type_error("character mapping must return integer, None or str");
                }
            }
            Err(e) if vm.exc_matches(e, vm.types.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    vm.new_string(out)
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check(vm, "maketrans", args, kw, 1, 3)?;
    let dg = vm.new_dict()?;
    let d = Value::Obj(dg);
    vm.roots.push(d);
    if args.len() == 1 {
        let pairs = match args[0] {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Dict(_)) => {
                crate::objects::dict::dict_pairs(vm, args[0])
            }
            _ => {
                return vm
                    .type_error("if you give only one argument to maketrans it must be a dict")
            }
        };
        for (k, v) in pairs {
            let key = match vm.as_str(k) {
                Some(ks) => {
                    let mut cs = ks.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return vm
                                .value_error("string keys in translate table must be of length 1")
                        }
                    }
                }
                None => k,
            };
            crate::objects::dict::dict_set(vm, dg, key, v)?;
        }
        return Ok(d);
    }
    let x = arg_n_str(vm, args[0], "maketrans", 1)?;
    let y = arg_n_str(vm, args[1], "maketrans", 2)?;
    if char_len(&x) != char_len(&y) {
        return vm.value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::objects::dict::dict_set(vm, dg, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let z = arg_n_str(vm, *z, "maketrans", 3)?;
        for c in z.chars() {
            crate::objects::dict::dict_set(vm, dg, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

/// `str(object='')`, `str(bytes, encoding, errors)`.
fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args[0];
    let a = args::bind(
        vm,
        "str",
        &args[1..],
        kw,
        &["object", "encoding", "errors"],
        0,
    )?;
    let v = match (a[0], a[1], a[2]) {
        (None, _, _) => vm.intern(""),
        (Some(o), None, None) => vm.str_of(o)?,
        (Some(o), enc, errs) => {
            let Some(bytes) = crate::objects::bytes::try_buffer_bytes(vm, o) else {
                if vm.as_str(o).is_some() {
                    return vm.type_error("decoding str is not supported");
                }
                let t = vm.type_name(o);
                return vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    t
                ));
            };
            let enc = match enc {
                Some(e) => arg_str(vm, e, "str", "encoding")?,
                None => "utf-8".into(),
            };
            let errs = match errs {
                Some(e) => arg_str(vm, e, "str", "errors")?,
                None => "strict".into(),
            };
            let s = crate::objects::bytes::decode_bytes(vm, &bytes, &enc, &errs)?;
            vm.new_string(s)?
        }
    };
    crate::objects::wrap_for_class(vm, cls, vm.types.str_, v)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_;
    crate::types::add_staticmethod(vm, t, "__new__", str_new);
    crate::types::add_staticmethod(vm, t, "maketrans", str_maketrans);
    let methods: &[(&'static str, crate::obj::NativeFnPtr)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("istitle", str_istitle),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
    ];
    for (n, f) in methods {
        add_method(vm, t, n, *f);
    }
}
