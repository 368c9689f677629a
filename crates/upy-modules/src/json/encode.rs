//! JSON encoding (`json.dumps`): CPython's output format, options and
//! errors.

use upy_vm::obj::Obj;
use upy_vm::objects::dict::dict_pairs;
use upy_vm::objects::float::float_repr;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

/// Deepest nesting encoded before RecursionError (the Rust stack is the
/// limit, as CPython's C stack is).
const MAX_DEPTH: usize = 900;

/// Options of `dumps`.
pub struct Encoder {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub default: Value,
    pub sort_keys: bool,
}

/// Append `s` as a JSON string literal.
pub fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && c as u32 >= 0x7f) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What kind of JSON value a Python value encodes as.
enum Kind {
    Null,
    Bool(bool),
    Int(String),
    Float(f64),
    Str(String),
    Array(Vec<Value>),
    Object(Gc),
    Other,
}

fn classify(vm: &Vm, v: Value) -> Kind {
    let b = vm.unwrap_base(v);
    match b {
        Value::None => Kind::Null,
        Value::Bool(x) => Kind::Bool(x),
        Value::Int(i) => Kind::Int(i.to_string()),
        Value::Float(f) => Kind::Float(f),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Str(s) => Kind::Str(s.s.to_string()),
            Obj::BigInt(x) => Kind::Int(x.to_string()),
            Obj::List(l) => Kind::Array(l.clone()),
            Obj::Tuple(t) => Kind::Array(t.to_vec()),
            Obj::Dict(_) => Kind::Object(g),
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

impl Encoder {
    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            return vm.value_error("Out of range float values are not JSON compliant");
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    /// Encode `v` at nesting `level`; `stack` holds the containers being
    /// encoded, for circular-reference detection.
    pub fn encode(
        &self,
        vm: &mut Vm,
        v: Value,
        out: &mut String,
        level: usize,
        stack: &mut Vec<Gc>,
    ) -> PyResult<()> {
        if stack.len() > MAX_DEPTH {
            let t = vm.types.recursion_error;
            return vm.err(
                t,
                "maximum recursion depth exceeded while encoding a JSON object",
            );
        }
        match classify(vm, v) {
            Kind::Null => out.push_str("null"),
            Kind::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            Kind::Int(s) => out.push_str(&s),
            Kind::Float(f) => {
                let s = self.float_text(vm, f)?;
                out.push_str(&s);
            }
            Kind::Str(s) => quote(out, &s, self.ensure_ascii),
            Kind::Array(items) => {
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                self.enter(vm, v, stack)?;
                if !self.default.is_none() {
                    vm.roots.extend(items.iter().copied());
                }
                out.push('[');
                self.newline(out, level + 1);
                for (i, &x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&self.item_sep);
                        self.newline(out, level + 1);
                    }
                    self.encode(vm, x, out, level + 1, stack)?;
                }
                self.newline(out, level);
                out.push(']');
                self.leave(stack);
            }
            Kind::Object(d) => self.encode_dict(vm, v, d, out, level, stack)?,
            Kind::Other => {
                if self.default.is_none() {
                    let t = vm.type_name(v);
                    return vm.type_error(format!("Object of type {} is not JSON serializable", t));
                }
                self.enter(vm, v, stack)?;
                let r = vm.call(self.default, &[v])?;
                vm.roots.push(r);
                self.encode(vm, r, out, level, stack)?;
                self.leave(stack);
            }
        }
        Ok(())
    }

    fn enter(&self, vm: &mut Vm, v: Value, stack: &mut Vec<Gc>) -> PyResult<()> {
        let g = v.as_gc().unwrap_or(Gc(u32::MAX));
        if self.check_circular && stack.contains(&g) {
            return vm.value_error("Circular reference detected");
        }
        stack.push(g);
        Ok(())
    }

    fn leave(&self, stack: &mut Vec<Gc>) {
        stack.pop();
    }

    /// The JSON text of a dict key, or None to skip it.
    fn key_text(&self, vm: &mut Vm, k: Value) -> PyResult<Option<String>> {
        Ok(Some(match classify(vm, k) {
            Kind::Str(s) => s,
            Kind::Float(f) => self.float_text(vm, f)?,
            Kind::Bool(b) => if b { "true" } else { "false" }.to_string(),
            Kind::Null => "null".to_string(),
            Kind::Int(s) => s,
            _ => {
                if self.skipkeys {
                    return Ok(None);
                }
                let t = vm.type_name(k);
                return vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    t
                ));
            }
        }))
    }

    fn encode_dict(
        &self,
        vm: &mut Vm,
        v: Value,
        d: Gc,
        out: &mut String,
        level: usize,
        stack: &mut Vec<Gc>,
    ) -> PyResult<()> {
        let mut pairs = dict_pairs(vm, Value::Obj(d));
        if pairs.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, v, stack)?;
        if !self.default.is_none() {
            for (k, x) in &pairs {
                vm.roots.push(*k);
                vm.roots.push(*x);
            }
        }
        if self.sort_keys {
            let mut keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
            upy_vm::objects::list::sort_values(vm, &mut keys, Value::None, false)?;
            pairs.clear();
            for k in keys {
                if let Some(x) = upy_vm::objects::dict::dict_get(vm, d, k)? {
                    pairs.push((k, x));
                }
            }
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, x) in pairs {
            let Some(ks) = self.key_text(vm, k)? else {
                continue;
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            quote(out, &ks, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.encode(vm, x, out, level + 1, stack)?;
        }
        self.newline(out, level);
        out.push('}');
        self.leave(stack);
        Ok(())
    }
}
