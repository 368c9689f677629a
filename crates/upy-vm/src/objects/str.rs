//! `str`: indexing and slicing by code point, and the str methods.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::seq_ops::{index_value, is_slice, norm_index, slice_indices, slice_positions};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// The text of `self` for a str method (a str or an instance of a str
/// subclass: the declaration checked).
fn text(vm: &Vm, a: &Args) -> String {
    vm.as_str(a.this()).unwrap_or("").to_string()
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

/// What find, rfind, index, rindex and count search: the text, the
/// substring and the byte range (None: nothing is found there).
type Search = (String, String, Option<(usize, usize)>);

/// The `sub[, start[, end]]` arguments of the search methods.
fn search_args(vm: &mut Vm, a: &Args) -> PyResult<Search> {
    let s = text(vm, a);
    let sub = match vm.as_str(a.arg(0)) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(a.arg(0));
            return vm.type_error(format!("must be str, not {}", t));
        }
    };
    let range = sub_range(vm, &s, a.get(1), a.get(2))?;
    Ok((s, sub, range))
}

fn find_impl(vm: &mut Vm, args: &Args, rev: bool) -> PyResult<Option<i64>> {
    let (s, sub, range) = search_args(vm, args)?;
    let Some((a, b)) = range else {
        return Ok(None);
    };
    let hay = &s[a..b];
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(r.map(|p| byte_to_char(&s, a + p) as i64))
}

fn str_find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, false)?.unwrap_or(-1)))
}

fn str_rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, true)?.unwrap_or(-1)))
}

fn str_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match find_impl(vm, a, false)? {
        Some(i) => Ok(Value::Int(i)),
        None => vm.value_error("substring not found"),
    }
}

fn str_rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match find_impl(vm, a, true)? {
        Some(i) => Ok(Value::Int(i)),
        None => vm.value_error("substring not found"),
    }
}

fn str_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, range) = search_args(vm, args)?;
    let Some((a, b)) = range else {
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
fn affix(vm: &mut Vm, args: &Args, name: &str, end: bool) -> PyResult<Value> {
    let s = text(vm, args);
    let Some((a, b)) = sub_range(vm, &s, args.get(1), args.get(2))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s[a..b];
    let cands: Vec<Value> = match args.arg(0) {
        Value::Obj(g) if matches!(vm.heap.get(g), Obj::Tuple(_)) => {
            crate::objects::seq_ops::seq_items(vm, args.arg(0))
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

fn str_startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, "startswith", false)
}

fn str_endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, "endswith", true)
}

fn strip_impl(vm: &mut Vm, a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = text(vm, a);
    let chars: Option<Vec<char>> = match a.get(0) {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(v) {
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
    if r.len() == s.len() && !vm.is_user_value(a.this()) {
        return Ok(a.this());
    }
    vm.new_str(r)
}

fn str_strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

fn split_args(vm: &mut Vm, a: &Args) -> PyResult<(String, Option<String>, i64)> {
    let s = text(vm, a);
    let sep = match a.get(0) {
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
    let max = match a.get(1) {
        None => -1,
        Some(v) => crate::objects::int::to_i64(vm, v)?,
    };
    Ok((s, sep, max))
}

fn str_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, a)?;
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

fn str_rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, a)?;
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

fn str_splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let keep = match a.get(0) {
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

fn str_join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = text(vm, a);
    let iterable = a.arg(0);
    let items = match vm.collect_iterable(iterable) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(e, vm.types.type_error) && vm.get_iter(iterable).is_err() => {
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

fn str_replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let old = arg_n_str(vm, a.arg(0), "replace", 1)?;
    let new = arg_n_str(vm, a.arg(1), "replace", 2)?;
    let count = match a.get(2) {
        Some(v) => crate::objects::int::to_i64(vm, v)?,
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

fn map_chars(vm: &mut Vm, a: &Args, f: fn(&str) -> String) -> PyResult<Value> {
    let s = text(vm, a);
    vm.new_string(f(&s))
}

fn str_upper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, |s| s.to_uppercase())
}

fn str_lower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, |s| s.to_lowercase())
}

fn str_casefold(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, |s| s.to_lowercase().replace('ß', "ss"))
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

fn str_swapcase(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, swapcase)
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

fn str_capitalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, capitalize)
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

fn str_title(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_chars(vm, a, title)
}

fn predicate(vm: &mut Vm, a: &Args, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = text(vm, a);
    Ok(Value::Bool(f(&s)))
}

macro_rules! preds {
    ($($fname:ident $pyname:literal $body:expr;)*) => {
        $(fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            predicate(vm, a, $body)
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

fn pad_args(vm: &mut Vm, a: &Args) -> PyResult<(String, usize, char)> {
    let s = text(vm, a);
    let w = crate::objects::int::to_i64(vm, a.arg(0))?;
    let fill = match a.get(1) {
        None => ' ',
        Some(v) => {
            let f = match vm.as_str(v) {
                Some(x) => x.to_string(),
                None => {
                    let t = vm.type_name(v);
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

fn str_ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, a)?;
    let n = char_len(&s);
    let mut out = s;
    for _ in n..w {
        out.push(f);
    }
    vm.new_string(out)
}

fn str_rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, a)?;
    let n = char_len(&s);
    let mut out: String = std::iter::repeat_n(f, w.saturating_sub(n)).collect();
    out.push_str(&s);
    vm.new_string(out)
}

fn str_center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, a)?;
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

fn str_zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let w = crate::objects::int::to_i64(vm, a.arg(0))?.max(0) as usize;
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

fn str_expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let ts = match a.get(0) {
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

fn partition_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Value> {
    let s = text(vm, a);
    let sep = match vm.as_str(a.arg(0)) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(a.arg(0));
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

fn str_partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}

fn str_rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn str_removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let p = arg_str(vm, a.arg(0), "removeprefix", "prefix")?;
    vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s))
}

fn str_removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let p = arg_str(vm, a.arg(0), "removesuffix", "suffix")?;
    vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s))
}

fn str_encode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let enc = match a.get(0) {
        Some(v) => arg_str(vm, v, "encode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match a.get(1) {
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

fn str_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    crate::format::str_format(vm, &s, a.rest(), a.extra_kw(), None)
}

fn str_format_map(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    crate::format::str_format(vm, &s, &[], &[], Some(a.arg(0)))
}

fn str_translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = text(vm, a);
    let table = a.arg(0);
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

fn str_maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let dg = vm.new_dict()?;
    let d = Value::Obj(dg);
    vm.roots.push(d);
    let Some(y) = a.get(1) else {
        let pairs = match a.arg(0) {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Dict(_)) => {
                crate::objects::dict::dict_pairs(vm, a.arg(0))
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
    };
    let x = arg_n_str(vm, a.arg(0), "maketrans", 1)?;
    let y = arg_n_str(vm, y, "maketrans", 2)?;
    if char_len(&x) != char_len(&y) {
        return vm.value_error("the first two maketrans arguments must have equal length");
    }
    for (p, q) in x.chars().zip(y.chars()) {
        crate::objects::dict::dict_set(vm, dg, Value::Int(p as i64), Value::Int(q as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = arg_n_str(vm, z, "maketrans", 3)?;
        for c in z.chars() {
            crate::objects::dict::dict_set(vm, dg, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

/// `str(object='')`, `str(bytes, encoding, errors)`.
fn str_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = a.this();
    let v = match (a.get(0), a.get(1), a.get(2)) {
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

// The str methods that bytes and bytearray run on their text (see
// `bytes::via_str`).
pub(crate) const SWAPCASE: Native = Native::new("swapcase(self, /)", str_swapcase);
pub(crate) const CAPITALIZE: Native = Native::new("capitalize(self, /)", str_capitalize);
pub(crate) const TITLE: Native = Native::new("title(self, /)", str_title);
pub(crate) const LJUST: Native = Native::new("ljust(self, width, fillchar=' ', /)", str_ljust);
pub(crate) const RJUST: Native = Native::new("rjust(self, width, fillchar=' ', /)", str_rjust);
pub(crate) const CENTER: Native = Native::new("center(self, width, fillchar=' ', /)", str_center);
pub(crate) const ZFILL: Native = Native::new("zfill(self, width, /)", str_zfill);
pub(crate) const EXPANDTABS: Native = Native::new("expandtabs(self, /, tabsize=8)", str_expandtabs);
pub(crate) const RSPLIT: Native = Native::new("rsplit(self, /, sep=None, maxsplit=-1)", str_rsplit);
pub(crate) const REMOVEPREFIX: Native =
    Native::new("removeprefix(self, prefix, /)", str_removeprefix);
pub(crate) const REMOVESUFFIX: Native =
    Native::new("removesuffix(self, suffix, /)", str_removesuffix);
pub(crate) const ISTITLE: Native = Native::new("istitle(self, /)", str_istitle);
pub(crate) const ISASCII: Native = Native::new("isascii(self, /)", str_isascii);

const METHODS: &[Native] = &[
    Native::new(
        "str(cls, object='', encoding='utf-8', errors='strict')",
        str_new,
    )
    .at("__new__"),
    Native::new("maketrans(x, y=..., z=..., /)", str_maketrans).static_method(),
    // Parsed the old way in CPython (`sub[, start[, end]]`).
    Native::legacy("find(self, sub, start=..., end=..., /)", str_find),
    Native::legacy("rfind(self, sub, start=..., end=..., /)", str_rfind),
    Native::legacy("index(self, sub, start=..., end=..., /)", str_index),
    Native::legacy("rindex(self, sub, start=..., end=..., /)", str_rindex),
    Native::legacy("count(self, sub, start=..., end=..., /)", str_count),
    Native::legacy(
        "startswith(self, prefix, start=..., end=..., /)",
        str_startswith,
    ),
    Native::legacy(
        "endswith(self, suffix, start=..., end=..., /)",
        str_endswith,
    ),
    Native::new("strip(self, chars=None, /)", str_strip),
    Native::new("lstrip(self, chars=None, /)", str_lstrip),
    Native::new("rstrip(self, chars=None, /)", str_rstrip),
    Native::new("split(self, /, sep=None, maxsplit=-1)", str_split),
    RSPLIT,
    Native::new("splitlines(self, /, keepends=False)", str_splitlines),
    Native::new("join(self, iterable, /)", str_join),
    Native::new("replace(self, old, new, count=-1, /)", str_replace),
    Native::new("upper(self, /)", str_upper),
    Native::new("lower(self, /)", str_lower),
    Native::new("casefold(self, /)", str_casefold),
    SWAPCASE,
    CAPITALIZE,
    TITLE,
    Native::new("isalpha(self, /)", str_isalpha),
    Native::new("isalnum(self, /)", str_isalnum),
    Native::new("isdigit(self, /)", str_isdigit),
    Native::new("isdecimal(self, /)", str_isdecimal),
    Native::new("isnumeric(self, /)", str_isnumeric),
    Native::new("isspace(self, /)", str_isspace),
    ISASCII,
    Native::new("isupper(self, /)", str_isupper),
    Native::new("islower(self, /)", str_islower),
    Native::new("isidentifier(self, /)", str_isidentifier),
    Native::new("isprintable(self, /)", str_isprintable),
    ISTITLE,
    LJUST,
    RJUST,
    CENTER,
    ZFILL,
    EXPANDTABS,
    Native::new("partition(self, sep, /)", str_partition),
    Native::new("rpartition(self, sep, /)", str_rpartition),
    REMOVEPREFIX,
    REMOVESUFFIX,
    Native::new(
        "encode(self, /, encoding='utf-8', errors='strict')",
        str_encode,
    ),
    Native::new("format(self, *args, **kwargs)", str_format),
    Native::new("format_map(self, mapping, /)", str_format_map),
    Native::new("translate(self, table, /)", str_translate),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.str_, METHODS)
}
