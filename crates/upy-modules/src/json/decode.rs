//! JSON decoding (`json.loads`): a recursive-descent parser over code
//! points, so that error positions are CPython's character offsets.

use num_bigint::BigInt;
use upy_vm::objects::dict::dict_set;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

/// Deepest nesting decoded before RecursionError.
const MAX_DEPTH: usize = 900;

/// Hooks of `loads`; `None` values mean "not given".
pub struct Hooks {
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    pub parse_float: Value,
    pub parse_int: Value,
    pub parse_constant: Value,
}

impl Hooks {
    fn any(&self) -> bool {
        [
            self.object_hook,
            self.object_pairs_hook,
            self.parse_float,
            self.parse_int,
            self.parse_constant,
        ]
        .iter()
        .any(|v| !v.is_none())
    }
}

pub struct Decoder<'a> {
    s: &'a [char],
    hooks: Hooks,
    /// Python code may run (hooks): keep new values on `vm.roots`.
    rooting: bool,
    depth: usize,
}

/// Raise `json.JSONDecodeError(msg, doc, pos)`.
pub fn decode_error<T>(vm: &mut Vm, msg: &str, doc: &[char], pos: usize) -> PyResult<T> {
    let before = &doc[..pos.min(doc.len())];
    let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
    let colno = match before.iter().rposition(|c| *c == '\n') {
        Some(i) => pos - i,
        None => pos + 1,
    };
    let text = format!("{}: line {} column {} (char {})", msg, lineno, colno, pos);
    let cls = vm
        .native_types
        .get("json.JSONDecodeError")
        .copied()
        .unwrap_or(vm.types.value_error);
    let exc = vm.new_exc(cls, &text);
    vm.roots.push(exc);
    let m = vm.new_str(msg)?;
    let d = vm.new_string(doc.iter().collect())?;
    for (name, v) in [
        ("msg", m),
        ("doc", d),
        ("pos", Value::Int(pos as i64)),
        ("lineno", Value::Int(lineno as i64)),
        ("colno", Value::Int(colno as i64)),
    ] {
        let k = vm.intern(name);
        vm.set_attr(exc, k, v)?;
    }
    Err(exc)
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl<'a> Decoder<'a> {
    pub fn new(s: &'a [char], hooks: Hooks) -> Self {
        let rooting = hooks.any();
        Decoder {
            s,
            hooks,
            rooting,
            depth: 0,
        }
    }

    fn fail<T>(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyResult<T> {
        decode_error(vm, msg, self.s, pos)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    fn keep(&self, vm: &mut Vm, v: Value) -> Value {
        if self.rooting {
            vm.roots.push(v);
        }
        v
    }

    /// Decode a whole document: one value surrounded by whitespace.
    pub fn document(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let i = self.skip_ws(0);
        let (v, end) = self.value(vm, i)?;
        let end = self.skip_ws(end);
        if end != self.s.len() {
            return self.fail(vm, "Extra data", end);
        }
        Ok(v)
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(k, c)| self.s.get(i + k) == Some(&c))
    }

    fn constant(&self, vm: &mut Vm, name: &str, v: f64) -> PyResult<Value> {
        if self.hooks.parse_constant.is_none() {
            return Ok(Value::Float(v));
        }
        let n = vm.new_str(name)?;
        let r = vm.call(self.hooks.parse_constant, &[n])?;
        Ok(self.keep(vm, r))
    }

    /// Decode the value starting at `i`; returns it and the index after.
    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let Some(&c) = self.s.get(i) else {
            return self.fail(vm, "Expecting value", i);
        };
        match c {
            '"' => {
                let (s, end) = self.string(vm, i)?;
                let v = vm.new_string(s)?;
                Ok((self.keep(vm, v), end))
            }
            '{' => self.nested(vm, i, true),
            '[' => self.nested(vm, i, false),
            'n' if self.starts_with(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts_with(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts_with(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.starts_with(i, "NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            'I' if self.starts_with(i, "Infinity") => {
                Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8))
            }
            '-' if self.starts_with(i, "-Infinity") => {
                Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            '-' | '0'..='9' => match self.number(vm, i)? {
                Some(r) => Ok(r),
                None => self.fail(vm, "Expecting value", i),
            },
            _ => self.fail(vm, "Expecting value", i),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> PyResult<(Value, usize)> {
        if self.depth >= MAX_DEPTH {
            let t = vm.types.recursion_error;
            let what = if object { "object" } else { "array" };
            return vm.err(
                t,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    what
                ),
            );
        }
        self.depth += 1;
        let r = if object {
            self.object(vm, i)
        } else {
            self.array(vm, i)
        };
        self.depth -= 1;
        r
    }

    /// A number at `i` (which holds `-` or a digit), or None if there is
    /// no digit where one is required.
    fn number(&self, vm: &mut Vm, i: usize) -> PyResult<Option<(Value, usize)>> {
        let s = self.s;
        let digit = |k: usize| s.get(k).is_some_and(|c| c.is_ascii_digit());
        let mut k = i;
        if s[k] == '-' {
            k += 1;
        }
        if !digit(k) {
            return Ok(None);
        }
        if s[k] == '0' {
            k += 1;
        } else {
            while digit(k) {
                k += 1;
            }
        }
        let mut is_float = false;
        if s.get(k) == Some(&'.') && digit(k + 1) {
            is_float = true;
            k += 1;
            while digit(k) {
                k += 1;
            }
        }
        if matches!(s.get(k), Some('e') | Some('E')) {
            let mut e = k + 1;
            if matches!(s.get(e), Some('+') | Some('-')) {
                e += 1;
            }
            if digit(e) {
                is_float = true;
                k = e;
                while digit(k) {
                    k += 1;
                }
            }
        }
        let text: String = s[i..k].iter().collect();
        let hook = if is_float {
            self.hooks.parse_float
        } else {
            self.hooks.parse_int
        };
        let v = if !hook.is_none() {
            let t = vm.new_string(text)?;
            vm.roots.push(t);
            let r = vm.call(hook, &[t])?;
            self.keep(vm, r)
        } else if is_float {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => {
                    let b: BigInt = text.parse().unwrap_or_default();
                    let v = vm.new_bigint(b)?;
                    self.keep(vm, v)
                }
            }
        };
        Ok(Some((v, k)))
    }

    /// Four hex digits at `k`, if there are.
    fn hex4(&self, k: usize) -> Option<u32> {
        if k + 4 > self.s.len() {
            return None;
        }
        let mut n = 0;
        for &c in &self.s[k..k + 4] {
            n = n * 16 + c.to_digit(16)?;
        }
        Some(n)
    }

    /// A string literal starting at the quote `i`.
    fn string(&self, vm: &mut Vm, i: usize) -> PyResult<(String, usize)> {
        let s = self.s;
        let mut out = String::new();
        let mut k = i + 1;
        loop {
            let Some(&c) = s.get(k) else {
                return self.fail(vm, "Unterminated string starting at", i);
            };
            match c {
                '"' => return Ok((out, k + 1)),
                '\\' => {
                    let Some(&e) = s.get(k + 1) else {
                        return self.fail(vm, "Unterminated string starting at", i);
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        k += 2;
                        continue;
                    }
                    if e != 'u' {
                        return self.fail(vm, "Invalid \\escape", k);
                    }
                    let u = k + 1;
                    // CPython needs a character after the four digits.
                    let Some(mut cp) = self.hex4(u + 1).filter(|_| u + 5 < s.len()) else {
                        return self.fail(vm, "Invalid \\uXXXX escape", u);
                    };
                    k = u + 5;
                    if (0xd800..0xdc00).contains(&cp)
                        && s.get(k) == Some(&'\\')
                        && s.get(k + 1) == Some(&'u')
                    {
                        if let Some(lo) = self.hex4(k + 2) {
                            if (0xdc00..0xe000).contains(&lo) {
                                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                                k += 6;
                            }
                        }
                    }
                    // Lone surrogates cannot live in a Rust string.
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                }
                c if (c as u32) < 0x20 => {
                    return self.fail(vm, "Invalid control character at", k);
                }
                c => {
                    out.push(c);
                    k += 1;
                }
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut k = self.skip_ws(i + 1);
        if self.s.get(k) == Some(&']') {
            return Ok((vm.new_list(items)?, k + 1));
        }
        loop {
            let (v, end) = self.value(vm, k)?;
            items.push(v);
            k = self.skip_ws(end);
            match self.s.get(k) {
                Some(']') => break,
                Some(',') => k = self.skip_ws(k + 1),
                _ => return self.fail(vm, "Expecting ',' delimiter", k),
            }
        }
        let l = vm.new_list(items)?;
        Ok((self.keep(vm, l), k + 1))
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut k = self.skip_ws(i + 1);
        if self.s.get(k) == Some(&'}') {
            let v = self.make_object(vm, pairs)?;
            return Ok((v, k + 1));
        }
        loop {
            if self.s.get(k) != Some(&'"') {
                return self.fail(vm, "Expecting property name enclosed in double quotes", k);
            }
            let (key, end) = self.string(vm, k)?;
            let key = vm.new_string(key)?;
            self.keep(vm, key);
            k = self.skip_ws(end);
            if self.s.get(k) != Some(&':') {
                return self.fail(vm, "Expecting ':' delimiter", k);
            }
            k = self.skip_ws(k + 1);
            let (v, end) = self.value(vm, k)?;
            pairs.push((key, v));
            k = self.skip_ws(end);
            match self.s.get(k) {
                Some('}') => {
                    k += 1;
                    break;
                }
                Some(',') => k = self.skip_ws(k + 1),
                _ => return self.fail(vm, "Expecting ',' delimiter", k),
            }
        }
        let v = self.make_object(vm, pairs)?;
        Ok((v, k))
    }

    fn make_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if !self.hooks.object_pairs_hook.is_none() {
            let mut tuples = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                tuples.push(vm.new_tuple(vec![k, v])?);
            }
            let l = vm.new_list(tuples)?;
            vm.roots.push(l);
            let r = vm.call(self.hooks.object_pairs_hook, &[l])?;
            return Ok(self.keep(vm, r));
        }
        let d_g = vm.new_dict()?;
        let d = Value::Obj(d_g);
        let dg: Gc = d_g;
        for (k, v) in pairs {
            dict_set(vm, dg, k, v)?;
        }
        let d = self.keep(vm, d);
        if !self.hooks.object_hook.is_none() {
            let r = vm.call(self.hooks.object_hook, &[d])?;
            return Ok(self.keep(vm, r));
        }
        Ok(d)
    }
}
