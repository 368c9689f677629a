//! Text conversions: `repr()`, `str()`, `ascii()`, `format()` with the
//! format-spec mini-language, `str.format` and `%`-formatting.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::obj::*;
use crate::objects::float::float_repr;
use crate::objects::int;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A fake but stable address for `id()` and default reprs.
pub fn address_of(v: Value) -> u64 {
    match v {
        Value::Obj(g) => 0x7f00_0000_0000 + (g.0 as u64) * 16,
        _ => 0,
    }
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Unicode printability as Python defines it (approximated: control,
/// format, separator and unassigned characters are not printable).
fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || (0x7f..0xa0).contains(&n) {
        return false;
    }
    if c == ' ' {
        return true;
    }
    if c.is_whitespace() {
        return false;
    }
    !matches!(n, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xf0000..=0x10ffff | 0xe0000..=0xe007f)
        && !(0xfdd0..=0xfdef).contains(&n)
        && (n & 0xfffe) != 0xfffe
}

/// Python's repr of bytes content (without the `b` prefix).
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

/// `<__main__.C object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: Value) -> String {
    let t = vm.type_of(v);
    let name = qualified_type_name(vm, t);
    format!("<{} object at 0x{:x}>", name, address_of(v))
}

/// `module.Name` for user classes, `Name` for builtins.
pub fn qualified_type_name(vm: &mut Vm, t: Gc) -> String {
    let (name, dict) = {
        let ty = vm.type_obj(t);
        (ty.name.clone(), ty.dict)
    };
    // The class statement's qualified name (`A.B`, `f.<locals>.C`).
    let name = match vm.lookup_interned("__qualname__") {
        Some(k) => match crate::objects::dict::dict_get_str(vm, dict, k) {
            Some(q) => vm.as_str(q).map(str::to_string).unwrap_or(name),
            None => name,
        },
        None => name,
    };
    let key = vm.names.__module__;
    match crate::objects::dict::dict_get_str(vm, dict, key) {
        Some(m) => match vm.as_str(m) {
            Some("builtins") | None => name,
            Some(ms) => format!("{}.{}", ms, name),
        },
        None => name,
    }
}

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr_of(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Obj(g) => {
                if let Obj::Str(s) = self.heap.get(g) {
                    let r = str_repr(&s.s);
                    return self.new_string(r);
                }
            }
            Value::Int(i) => return self.new_string(i.to_string()),
            _ => {}
        }
        let s = self.repr_string(v)?;
        self.new_string(s)
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if matches!(v, Value::Obj(_)) {
            self.check_stack()?;
        }
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => {
                if b {
                    "True".into()
                } else {
                    "False".into()
                }
            }
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::Obj(g) => return self.obj_repr(v, g),
        })
    }

    fn obj_repr(&mut self, v: Value, g: Gc) -> PyResult<String> {
        enum K {
            Str,
            Bytes(bool),
            Big,
            Complex(f64, f64),
            Seq(&'static str, &'static str, bool),
            Dict,
            Set(bool),
            User,
            Other,
        }
        let k = match self.heap.get(g) {
            Obj::Str(_) => K::Str,
            Obj::Bytes(_) => K::Bytes(false),
            Obj::ByteArray(_) => K::Bytes(true),
            Obj::BigInt(_) => K::Big,
            Obj::Complex(r, i) => K::Complex(*r, *i),
            Obj::List(_) => K::Seq("[", "]", false),
            Obj::Tuple(t) => K::Seq("(", ")", t.len() == 1),
            Obj::Dict(_) => K::Dict,
            Obj::Set(_) => K::Set(false),
            Obj::FrozenSet(_) => K::Set(true),
            Obj::Instance(_) | Obj::Exception(_) | Obj::Native(..) => K::User,
            _ => K::Other,
        };
        match k {
            K::Str => Ok(str_repr(self.as_str(v).unwrap_or(""))),
            K::Bytes(ba) => {
                let b = crate::objects::bytes::buffer_bytes(self, v)?;
                let r = bytes_repr(&b);
                Ok(if ba { format!("bytearray({})", r) } else { r })
            }
            K::Big => {
                // Decimal conversion is quadratic in the length.
                if let Obj::BigInt(b) = self.heap.get(g) {
                    let w = b.bits() / 64 + 1;
                    int::charge_big_work(self, w.saturating_mul(w))?;
                }
                Ok(int::int_to_string(self, v))
            }
            K::Complex(r, i) => Ok(crate::objects::complex::complex_repr(r, i)),
            K::Seq(open, close, single) => {
                if self.repr_active.contains(&g) {
                    return Ok(format!("{}...{}", open, close));
                }
                let items = crate::objects::seq_ops::seq_items(self, v);
                let inner = self.repr_nested(g, |vm| vm.join_reprs(&items))?;
                Ok(format!(
                    "{}{}{}{}",
                    open,
                    inner,
                    if single { "," } else { "" },
                    close
                ))
            }
            K::Dict => {
                if self.repr_active.contains(&g) {
                    return Ok("{...}".into());
                }
                self.repr_nested(g, |vm| vm.dict_repr(v))
            }
            K::Set(frozen) => {
                let items: Vec<Value> = match self.heap.get(g) {
                    Obj::Set(s) | Obj::FrozenSet(s) => s.iter().map(|(_, k)| k).collect(),
                    _ => Vec::new(),
                };
                let name = if frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    return Ok(format!("{}()", name));
                }
                if self.repr_active.contains(&g) {
                    return Ok(format!("{}(...)", name));
                }
                let inner = self.repr_nested(g, |vm| vm.join_reprs(&items))?;
                Ok(if frozen {
                    format!("frozenset({{{}}})", inner)
                } else {
                    format!("{{{}}}", inner)
                })
            }
            K::User => {
                let name = self.names.__repr__;
                if let Some(f) = self.lookup_special(v, name) {
                    let base = self.unwrap_base(v);
                    let is_set = matches!(base, Value::Obj(bg) if matches!(self.heap.get(bg), Obj::Set(_) | Obj::FrozenSet(_)));
                    let rn = self.names.__repr__;
                    let builtin_repr = self.is_object_slot(f, "__repr__")
                        || (is_set
                            && (self.is_slot_named(f, rn, self.types.set)
                                || self.is_slot_named(f, rn, self.types.frozenset)));
                    if builtin_repr && !base.is(v) {
                        let r = self.repr_string(base)?;
                        // Set subclasses show their class: `S({1})`, `S()`.
                        if is_set {
                            let t = self.type_name(v);
                            let inner = r
                                .strip_prefix("frozenset(")
                                .and_then(|x| x.strip_suffix(')'))
                                .map(|x| x.to_string())
                                .or_else(|| (r == "set()").then(String::new))
                                .unwrap_or(r);
                            return Ok(format!("{}({})", t, inner));
                        }
                        return Ok(r);
                    }
                    // As CPython's PyObject_Repr, a level of the recursion
                    // limit besides the frame of `__repr__`.
                    self.enter_nested(" while getting the repr of an object")?;
                    let r = self.call_bound(f, v, &[]);
                    self.nesting -= 1;
                    let r = r?;
                    return match self.as_str(r) {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let t = self.type_name(r);
                            self.type_error(format!("__repr__ returned non-string (type {})", t))
                        }
                    };
                }
                Ok(default_repr(self, v))
            }
            K::Other => self.misc_repr(v, g),
        }
    }

    /// Run `f` (the repr of the items of container `g`) one level deeper:
    /// `g` is marked active, so that a container holding itself shows as
    /// `[...]`, and the levels count with Python frames against the
    /// recursion limit, as CPython counts them.
    pub fn repr_nested<T>(&mut self, g: Gc, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_nested(" while getting the repr of an object")?;
        self.repr_active.push(g);
        let r = f(self);
        self.repr_active.pop();
        self.nesting -= 1;
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mark = self.roots.len();
        self.roots.extend_from_slice(items);
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr_string(*it) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.truncate(mark);
        Ok(out)
    }

    fn dict_repr(&mut self, v: Value) -> PyResult<String> {
        let pairs = crate::objects::dict::dict_pairs(self, v);
        let mark = self.roots.len();
        for (k, x) in &pairs {
            self.roots.push(*k);
            self.roots.push(*x);
        }
        let mut out = String::from("{");
        for (i, (k, x)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let ks = self.repr_string(*k);
            let ks = match ks {
                Ok(s) => s,
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            };
            out.push_str(&ks);
            out.push_str(": ");
            match self.repr_string(*x) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.truncate(mark);
        out.push('}');
        Ok(out)
    }

    fn misc_repr(&mut self, v: Value, g: Gc) -> PyResult<String> {
        let addr = address_of(v);
        Ok(match self.heap.get(g) {
            Obj::Type(_) => {
                let meta = self.type_of(v);
                if meta != self.types.type_ {
                    let rn = self.names.__repr__;
                    if let Some(f) = self.lookup_type(meta, rn) {
                        if !self.is_slot_of(f, "__repr__", self.types.object) {
                            let r = self.call_bound(f, v, &[])?;
                            return match self.as_str(r) {
                                Some(s) => Ok(s.to_string()),
                                None => {
                                    let t = self.type_name(r);
                                    self.type_error(format!(
                                        "__repr__ returned non-string (type {})",
                                        t
                                    ))
                                }
                            };
                        }
                    }
                }
                let n = qualified_type_name(self, g);
                format!("<class '{}'>", n)
            }
            Obj::Function(f) => {
                let q = f.qualname.and_then(|q| self.as_str(q).map(str::to_string));
                let q = q.unwrap_or_else(|| f.code.co.qualname.clone());
                format!("<function {} at 0x{:x}>", q, addr)
            }
            Obj::NativeFn(n) => match n.bound {
                Some(b) => {
                    let name = n.name;
                    let t = self.type_name(b);
                    format!(
                        "<built-in method {} of {} object at 0x{:x}>",
                        name,
                        t,
                        address_of(b)
                    )
                }
                None => match (n.decl, n.owner) {
                    // A method as found on its type, as CPython shows it.
                    (d, Some(t))
                        if d.sig.receiver == crate::native::Receiver::Instance
                            && self.is_type(Value::Obj(t)) =>
                    {
                        let kind =
                            if d.sig.style == crate::native::Style::Slot || d.attr != d.sig.name {
                                "slot wrapper"
                            } else {
                                "method"
                            };
                        let tn = self.tp_name(t);
                        format!("<{} '{}' of '{}' objects>", kind, n.name, tn)
                    }
                    _ => format!("<built-in function {}>", n.name),
                },
            },
            Obj::BoundMethod(f, s) => {
                let (f, s) = (*f, *s);
                let (fname, qualname) = match f {
                    Value::Obj(fg) => match self.heap.get(fg) {
                        Obj::Function(func) => (
                            self.as_str(func.name).unwrap_or("?").to_string(),
                            Some(func.code.co.qualname.clone()),
                        ),
                        Obj::NativeFn(n) => (n.name.to_string(), None),
                        _ => ("?".into(), None),
                    },
                    _ => ("?".into(), None),
                };
                let cls = if self.is_type(s) {
                    self.type_obj(s.as_gc().unwrap_or(g)).name.clone()
                } else {
                    self.type_name(s)
                };
                if matches!(f, Value::Obj(fg) if matches!(self.heap.get(fg), Obj::NativeFn(_))) {
                    format!(
                        "<built-in method {} of {} object at 0x{:x}>",
                        fname,
                        cls,
                        address_of(s)
                    )
                } else {
                    let sr = self.repr_string(s)?;
                    match qualname {
                        Some(q) => format!("<bound method {} of {}>", q, sr),
                        None => format!("<bound method {}.{} of {}>", cls, fname, sr),
                    }
                }
            }
            Obj::Module(m) => {
                let n = self.as_str(m.name).unwrap_or("?").to_string();
                let fk = self.names.__file__;
                let d = m.dict;
                match crate::objects::dict::dict_get_str(self, d, fk)
                    .and_then(|f| self.as_str(f).map(|s| s.to_string()))
                {
                    Some(f) => format!("<module '{}' from '{}'>", n, f),
                    None => format!("<module '{}'>", n),
                }
            }
            Obj::Range(r) => crate::objects::range::range_repr(r),
            Obj::Slice(a, b, c) => {
                let (a, b, c) = (*a, *b, *c);
                let a = self.repr_string(a)?;
                let b = self.repr_string(b)?;
                let c = self.repr_string(c)?;
                format!("slice({}, {}, {})", a, b, c)
            }
            Obj::Generator(gen) => {
                let n = self.as_str(gen.name).unwrap_or("?").to_string();
                let kind = match gen.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{} object {} at 0x{:x}>", kind, n, addr)
            }
            Obj::DictView(d, k) => {
                let (d, k) = (*d, *k);
                let name = match k {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let pairs = crate::objects::dict::dict_pairs(self, Value::Obj(d));
                let mut items = Vec::with_capacity(pairs.len());
                for (key, val) in pairs {
                    items.push(match k {
                        DictViewKind::Keys => key,
                        DictViewKind::Values => val,
                        DictViewKind::Items => {
                            let t = self.new_tuple(vec![key, val])?;
                            self.roots.push(t);
                            t
                        }
                    });
                }
                let inner = self.join_reprs(&items)?;
                format!("{}([{}])", name, inner)
            }
            Obj::Cell(_) => format!("<cell at 0x{:x}>", addr),
            Obj::Super(t, o) => {
                let (t, o) = (*t, *o);
                let tn = self.type_obj(t).name.clone();
                if o.is_none() {
                    format!("<super: <class '{}'>, NULL>", tn)
                } else {
                    let on = self.type_name(o);
                    format!("<super: <class '{}'>, <{} object>>", tn, on)
                }
            }
            Obj::Code(c) => format!("<code object {} at 0x{:x}>", c.co.name, addr),
            _ => {
                let t = self.type_name(v);
                format!("<{} object at 0x{:x}>", t, addr)
            }
        })
    }

    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            match self.heap.get(g) {
                Obj::Str(_) => return Ok(v),
                Obj::Instance(_) | Obj::Exception(_) | Obj::Native(..) => {
                    let name = self.names.__str__;
                    if let Some(f) = self.lookup_special(v, name) {
                        if self.is_object_slot(f, "__str__") {
                            let base = self.unwrap_base(v);
                            if !base.is(v) {
                                let rname = self.names.__repr__;
                                let rf = self.lookup_special(v, rname);
                                if rf
                                    .map(|r| self.is_object_slot(r, "__repr__"))
                                    .unwrap_or(true)
                                {
                                    return self.str_of(base);
                                }
                            }
                            return self.repr_of(v);
                        }
                        let r = self.call_bound(f, v, &[])?;
                        if self.as_str(r).is_none() {
                            let t = self.type_name(r);
                            return self
                                .type_error(format!("__str__ returned non-string (type {})", t));
                        }
                        return Ok(r);
                    }
                }
                _ => {}
            }
        }
        self.repr_of(v)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let s = self.str_of(v)?;
        Ok(self.as_str(s).unwrap_or("").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii_of(&mut self, v: Value) -> PyResult<Value> {
        let r = self.repr_of(v)?;
        let s = self.as_str(r).unwrap_or("").to_string();
        if s.is_ascii() {
            return Ok(r);
        }
        self.new_string(escape_non_ascii(&s))
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let specs = match self.as_str(spec) {
            Some(s) => s.to_string(),
            None => {
                let t = self.type_name(spec);
                return self.type_error(format!("format() argument 2 must be str, not {}", t));
            }
        };
        if self.is_user_value(v) {
            let name = self.names.__format__;
            if let Some(f) = self.lookup_special(v, name) {
                let base = self.unwrap_base(v);
                if !self.is_object_slot(f, "__format__") || base.is(v) {
                    let r = self.call_bound(f, v, &[spec])?;
                    if self.as_str(r).is_none() {
                        let t = self.type_name(r);
                        return self.type_error(format!("__format__ must return a str, not {}", t));
                    }
                    return Ok(r);
                }
                if specs.is_empty() {
                    return self.str_of(v);
                }
                return self.format_value(base, spec);
            }
        }
        let s = self.format_builtin(v, &specs)?;
        self.new_string(s)
    }

    /// Format a builtin number or string with a format spec (the work of
    /// `int.__format__`, `float.__format__`, `str.__format__`...).
    pub(crate) fn format_builtin(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let kind = match v {
            Value::Int(_) | Value::Bool(_) => 'i',
            Value::Float(_) => 'f',
            Value::Obj(g) => match self.heap.get(g) {
                Obj::BigInt(_) => 'i',
                Obj::Str(_) => 's',
                Obj::Complex(..) => 'c',
                _ => 'o',
            },
            _ => 'o',
        };
        if spec.is_empty() {
            return self.str_string(v);
        }
        let p = parse_spec(self, spec, &self.type_name(v))?;
        match kind {
            'i' => {
                if matches!(v, Value::Bool(_)) && p.ty.is_none() && spec.is_empty() {
                    return self.str_string(v);
                }
                let b = int::to_big(self, v).unwrap_or_default();
                format_int(self, &b, &p)
            }
            'f' => {
                let f = match v {
                    Value::Float(f) => f,
                    _ => 0.0,
                };
                format_float(self, f, &p)
            }
            's' => {
                let s = self.as_str(v).unwrap_or("").to_string();
                format_str(self, &s, &p)
            }
            'c' => {
                if p.fill == '0' {
                    return self
                        .value_error("Zero padding is not allowed in complex format specifier");
                }
                if p.align == Some('=') {
                    return self.value_error(
                        "'=' alignment flag is not allowed in complex format specifier",
                    );
                }
                let s = self.str_string(v)?;
                if p.ty.is_some() || p.precision.is_some() {
                    let (r, i) = crate::objects::complex::as_complex(self, v).unwrap_or((0.0, 0.0));
                    let mut q = p.clone();
                    q.width = None;
                    q.fill = ' ';
                    q.align = None;
                    let rs = format_float(self, r, &q)?;
                    q.sign = '+';
                    let is = format_float(self, i, &q)?;
                    let body = format!("{}{}j", rs, is);
                    return Ok(pad(&body, &p, '>'));
                }
                Ok(pad(&s, &p, '>'))
            }
            _ => {
                let t = self.type_name(v);
                self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    t
                ))
            }
        }
    }
}

/// A parsed format specification.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(vm: &mut Vm, spec: &str, tname: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut p = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let fill_given = cs.len() >= 2 && is_align(cs[1]);
    if fill_given {
        p.fill = cs[0];
        p.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        p.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        p.sign = cs[i];
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        p.alt = true;
        i += 1;
    }
    // A '0' before the width fills with zeros unless a fill is given (then
    // it is part of the width), whatever the alignment, as in CPython.
    if !fill_given && i < cs.len() && cs[i] == '0' {
        p.zero = true;
        p.fill = '0';
        i += 1;
    }
    let mut w = String::new();
    while i < cs.len() && cs[i].is_ascii_digit() {
        w.push(cs[i]);
        i += 1;
    }
    if !w.is_empty() {
        p.width = match w.parse() {
            Ok(n) => Some(n),
            Err(_) => return vm.value_error("Too many decimal digits in format string"),
        };
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        p.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            if cs[i] == cs[i - 1] {
                return vm.value_error(format!("Cannot specify '{}' with '{}'.", cs[i], cs[i]));
            }
            return vm.value_error("Cannot specify both ',' and '_'.");
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let mut pr = String::new();
        while i < cs.len() && cs[i].is_ascii_digit() {
            pr.push(cs[i]);
            i += 1;
        }
        if pr.is_empty() {
            return vm.value_error("Format specifier missing precision");
        }
        p.precision = match pr.parse() {
            Ok(n) => Some(n),
            Err(_) => return vm.value_error("Too many decimal digits in format string"),
        };
    }
    if i < cs.len() {
        p.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return vm.value_error("Invalid format specifier");
    }
    if let Some(w) = p.width {
        if w > isize::MAX as usize {
            return vm.value_error("Too many decimal digits in format string");
        }
        // The padding is built before it becomes a Python object.
        vm.check_alloc(w.saturating_mul(p.fill.len_utf8()))?;
    }
    let _ = tname;
    Ok(p)
}

/// Pad `body` to the spec's width. `default` is the default alignment.
fn pad(body: &str, p: &Spec, default: char) -> String {
    let n = body.chars().count();
    let Some(w) = p.width else {
        return body.to_string();
    };
    if n >= w {
        return body.to_string();
    }
    let fillc = w - n;
    let align = p.align.unwrap_or(default);
    let f = |k: usize| -> String { std::iter::repeat_n(p.fill, k).collect() };
    match align {
        '<' => format!("{}{}", body, f(fillc)),
        '^' => format!("{}{}{}", f(fillc / 2), body, f(fillc - fillc / 2)),
        _ => format!("{}{}", f(fillc), body),
    }
}

/// The fill and alignment of a number: a '0' flag without an alignment
/// pads between the sign and the digits.
fn number_fill(p: &Spec) -> (char, char) {
    if p.zero && p.align.is_none() {
        ('0', '=')
    } else {
        (p.fill, p.align.unwrap_or('>'))
    }
}

/// Whether grouping also separates the padding, as CPython does when the
/// padding is zeros after the sign: `format(1234, '09,')` is '0,001,234'.
fn groups_padding(p: &Spec) -> bool {
    number_fill(p) == ('0', '=')
}

/// Combine sign, prefix and digits with padding, honouring `=` and `0`.
fn pad_number(sign: &str, prefix: &str, digits: &str, p: &Spec) -> String {
    let (fill, align) = number_fill(p);
    if align == '=' {
        let n = sign.chars().count() + prefix.len() + digits.chars().count();
        let w = p.width.unwrap_or(0);
        let padn = w.saturating_sub(n);
        let f: String = std::iter::repeat_n(fill, padn).collect();
        return format!("{}{}{}{}", sign, prefix, f, digits);
    }
    let q = Spec {
        fill,
        align: Some(align),
        ..p.clone()
    };
    pad(&format!("{}{}{}", sign, prefix, digits), &q, '>')
}

/// Insert a grouping character every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let cs: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(cs.len() * 2);
    for (i, c) in cs.iter().enumerate() {
        if i > 0 && (cs.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Grouping with zero padding: the padding zeros are grouped too.
fn group_padded(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= min_width {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(neg: bool, sign: char) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    }
}

pub fn format_int(vm: &mut Vm, b: &BigInt, p: &Spec) -> PyResult<String> {
    let ty = p.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = int::big_to_f64(vm, b)?;
        return format_float(vm, f, p);
    }
    if !matches!(ty, 'd' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n') {
        return vm.value_error(format!(
            "Unknown format code '{}' for object of type 'int'",
            ty
        ));
    }
    if p.precision.is_some() {
        return vm.value_error("Precision not allowed in integer format specifier");
    }
    if ty == 'c' {
        if p.sign != '-' {
            return vm.value_error("Sign not allowed with integer format specifier 'c'");
        }
        let c = b.to_u32().and_then(char::from_u32);
        return match c {
            Some(c) => Ok(pad(&c.to_string(), p, '>')),
            None => vm.overflow_error("%c arg not in range(0x110000)"),
        };
    }
    if p.grouping.is_some() && ty == 'n' {
        return vm.value_error("Cannot specify ',' with 'n'.");
    }
    let neg = b.is_negative();
    let a = b.abs();
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = a.to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if p.alt { prefix } else { "" };
    if let Some(g) = p.grouping {
        let every = if radix == 10 { 3 } else { 4 };
        if g == ',' && radix != 10 {
            return vm.value_error(format!("Cannot specify ',' with '{}'.", ty));
        }
        digits = if groups_padding(p) {
            let w = p
                .width
                .unwrap_or(0)
                .saturating_sub(sign_str(neg, p.sign).len() + prefix.len());
            group_padded(&digits, g, every, w)
        } else {
            group(&digits, g, every)
        };
    }
    Ok(pad_number(sign_str(neg, p.sign), prefix, &digits, p))
}

/// A double's exact decimal expansion has fewer than this many digits, so
/// larger precisions only add zeros (and Rust's formatter caps precision).
const MAX_DIGITS: usize = 1100;

/// Fixed-point text with any precision.
fn fixed(f: f64, prec: usize) -> String {
    if prec <= MAX_DIGITS {
        return format!("{:.*}", prec, f);
    }
    let mut s = format!("{:.*}", MAX_DIGITS, f);
    s.extend(std::iter::repeat_n('0', prec - MAX_DIGITS));
    s
}

/// Rust-style scientific text (`d.ddde-7`) with any precision.
fn sci(f: f64, prec: usize) -> String {
    if prec <= MAX_DIGITS {
        return format!("{:.*e}", prec, f);
    }
    let s = format!("{:.*e}", MAX_DIGITS, f);
    match s.find('e') {
        Some(i) => format!("{}{}{}", &s[..i], "0".repeat(prec - MAX_DIGITS), &s[i..]),
        None => s,
    }
}

/// `%e` formatting with a two-digit (at least) exponent.
fn fmt_exp(f: f64, prec: usize, upper: bool) -> String {
    let s = sci(f, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}

/// `%g`-style formatting.
fn fmt_general(f: f64, prec: usize, alt: bool, upper: bool) -> String {
    fmt_general_ex(f, prec, alt, upper, false)
}

/// `%g` formatting; `add_dot_0` is the no-type-with-precision variant,
/// which switches to exponent notation one digit earlier and always
/// shows a decimal point.
fn fmt_general_ex(f: f64, prec: usize, alt: bool, upper: bool, add_dot_0: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        let z = if alt { fixed(0.0, p - 1) } else { "0".into() };
        return if f.is_sign_negative() {
            format!("-{}", z)
        } else {
            z
        };
    }
    // Exponent after rounding to p significant digits.
    let e_str = sci(f, (p - 1).min(MAX_DIGITS));
    let exp: i32 = e_str
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let mut s = if exp < -4 || exp >= limit.max(1) || (add_dot_0 && exp + 1 > limit) {
        fmt_exp(f, p - 1, upper)
    } else {
        fixed(f, (p as i64 - 1 - exp as i64).max(0) as usize)
    };
    if !alt {
        // Strip trailing zeros in the mantissa.
        let (mant, rest) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        let mant = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            mant
        };
        s = format!("{}{}", mant, rest);
    }
    s
}

pub fn format_float(vm: &mut Vm, f: f64, p: &Spec) -> PyResult<String> {
    if p.precision.is_some_and(|n| n > i32::MAX as usize) {
        return vm.value_error("precision too big");
    }
    vm.check_alloc(
        p.precision
            .unwrap_or(0)
            .saturating_add(p.width.unwrap_or(0))
            .saturating_add(400),
    )?;
    let ty = p.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return vm.value_error(format!(
                "Unknown format code '{}' for object of type 'float'",
                t
            ));
        }
    }
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_infinite() {
        "inf".to_string()
    } else if a.is_nan() {
        "nan".to_string()
    } else {
        match ty {
            Some('e' | 'E') => fmt_exp(a, p.precision.unwrap_or(6), upper),
            Some('f' | 'F') => fixed(a, p.precision.unwrap_or(6)),
            Some('%') => format!("{}%", fixed(a * 100.0, p.precision.unwrap_or(6))),
            Some('g' | 'G' | 'n') => fmt_general(a, p.precision.unwrap_or(6), p.alt, upper),
            _ => match p.precision {
                Some(pr) => {
                    let s = fmt_general_ex(a, pr, p.alt, false, true);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{}.0", s)
                    }
                }
                None => float_repr(a),
            },
        }
    };
    if upper {
        body = body.to_uppercase();
    }
    if p.alt
        && !body.contains('.')
        && !body.contains(['n', 'N', 'i', 'I'])
        && matches!(ty, Some('f' | 'F' | 'e' | 'E') | None)
    {
        match body.find(['e', 'E']) {
            Some(i) => body.insert(i, '.'),
            None => body.push('.'),
        }
    }
    // inf and nan have no digits to group, nor zeros padding them.
    if let Some(g) = p.grouping.filter(|_| a.is_finite()) {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        let grouped = if groups_padding(p) {
            let w = p
                .width
                .unwrap_or(0)
                .saturating_sub(sign_str(neg, p.sign).len() + rest.len());
            group_padded(&int_part, g, 3, w)
        } else {
            group(&int_part, g, 3)
        };
        body = format!("{}{}", grouped, rest);
    }
    if !a.is_finite() && ty == Some('%') {
        body.push('%');
    }
    let q = p.clone();
    Ok(pad_number(sign_str(neg, p.sign), "", &body, &q))
}

pub fn format_str(vm: &mut Vm, s: &str, p: &Spec) -> PyResult<String> {
    if let Some(t) = p.ty {
        if t != 's' {
            return vm.value_error(format!(
                "Unknown format code '{}' for object of type 'str'",
                t
            ));
        }
    }
    if p.sign != '-' {
        return vm.value_error("Sign not allowed in string format specifier");
    }
    if p.alt {
        return vm.value_error("Alternate form (#) not allowed in string format specifier");
    }
    if p.align == Some('=') {
        return vm.value_error("'=' alignment not allowed in string format specifier");
    }
    if p.grouping.is_some() {
        return vm.value_error("Cannot specify ',' with 's'.");
    }
    let body: String = match p.precision {
        Some(n) => s.chars().take(n).collect(),
        None => s.to_string(),
    };
    let q = if p.zero && p.align.is_none() {
        Spec {
            fill: '0',
            align: Some('<'),
            ..p.clone()
        }
    } else {
        p.clone()
    };
    Ok(pad(&body, &q, '<'))
}

/// `template.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
) -> PyResult<Value> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut autoused = false;
    let out = format_template(
        vm,
        template,
        args,
        kwargs,
        mapping,
        &mut auto,
        &mut manual,
        &mut autoused,
        0,
    )?;
    vm.new_string(out)
}

#[allow(clippy::too_many_arguments)]
fn format_template(
    vm: &mut Vm,
    t: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
    auto: &mut usize,
    manual: &mut bool,
    autoused: &mut bool,
    depth: usize,
) -> PyResult<String> {
    if depth > 2 {
        return vm.value_error("Max string recursion exceeded");
    }
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if cs.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nesting in the spec.
        let mut j = i + 1;
        let mut level = 1;
        let mut in_index = false;
        while j < cs.len() {
            match cs[j] {
                '[' => in_index = true,
                ']' => in_index = false,
                '{' if !in_index => level += 1,
                '}' if !in_index => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= cs.len() {
            if level > 0
                && cs[i + 1..].iter().all(|&x| x != '}')
                && j == cs.len()
                && i + 1 == cs.len()
            {
                return vm.value_error("Single '{' encountered in format string");
            }
            return vm.value_error("expected '}' before end of string");
        }
        let field: String = cs[i + 1..j].iter().collect();
        i = j + 1;
        // Split into name, conversion, spec.
        let mut name_end = field.len();
        let mut bracket = false;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => bracket = true,
                ']' => bracket = false,
                '!' | ':' if !bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut chs = r.chars();
            let cv = chs.next();
            let after: String = chs.collect();
            if !(after.is_empty() || after.starts_with(':')) {
                return vm.value_error("expected ':' after conversion specifier");
            }
            (cv, after.strip_prefix(':').unwrap_or("").to_string())
        } else {
            (None, rest.strip_prefix(':').unwrap_or("").to_string())
        };
        let v = resolve_field(vm, name, args, kwargs, mapping, auto, manual, autoused)?;
        vm.roots.push(v);
        let v = match conv {
            None => v,
            Some('r') => vm.repr_of(v)?,
            Some('s') => vm.str_of(v)?,
            Some('a') => vm.ascii_of(v)?,
            Some(c) => {
                return vm.value_error(format!("Unknown conversion specifier {}", c));
            }
        };
        vm.roots.push(v);
        let spec = if spec.contains('{') {
            format_template(
                vm,
                &spec,
                args,
                kwargs,
                mapping,
                auto,
                manual,
                autoused,
                depth + 1,
            )?
        } else {
            spec
        };
        let sv = vm.new_string(spec)?;
        let r = vm.format_value(v, sv)?;
        out.push_str(vm.as_str(r).unwrap_or(""));
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn resolve_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
    auto: &mut usize,
    manual: &mut bool,
    autoused: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if *manual {
            return vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        *autoused = true;
        let k = *auto;
        *auto += 1;
        match args.get(k) {
            Some(v) => *v,
            None => {
                return vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            }
        }
    } else if let Ok(k) = first.parse::<usize>() {
        if *autoused {
            return vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        *manual = true;
        match args.get(k) {
            Some(v) => *v,
            None => {
                return vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            }
        }
    } else {
        let found = kwargs
            .iter()
            .find(|(k, _)| vm.as_str(*k) == Some(first))
            .map(|(_, v)| *v);
        match (found, mapping) {
            (Some(v), _) => v,
            (None, Some(m)) => {
                let key = vm.new_str(first)?;
                vm.get_item(m, key)?
            }
            (None, None) => {
                let key = vm.new_str(first)?;
                return vm.key_error(key);
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.intern(&r[..end]);
            v = vm.get_attr(v, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return vm.value_error("Missing ']' in format string");
            };
            let key_s = &r[..end];
            // Only an all-digit index is an int ('{0[-1]}' is the str key '-1').
            let digits = !key_s.is_empty() && key_s.bytes().all(|c| c.is_ascii_digit());
            let key = match key_s.parse::<i64>() {
                Ok(n) if digits => Value::Int(n),
                _ => vm.new_str(key_s)?,
            };
            v = vm.get_item(v, key)?;
            rest = &r[end + 1..];
        } else {
            return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok(v)
}

/// `str % args`.
pub fn percent_format_str(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = vm.as_str(fmt).unwrap_or("").to_string();
    let out = percent_format(vm, &f, args, false)?;
    vm.new_string(out)
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let b = crate::objects::bytes::buffer_bytes(vm, fmt)?;
    let f: String = b.iter().map(|&c| c as char).collect();
    let out = percent_format(vm, &f, args, true)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    let is_ba = matches!(fmt, Value::Obj(g) if matches!(vm.heap.get(g), Obj::ByteArray(_)));
    if is_ba {
        vm.alloc_val(Obj::ByteArray(bytes))
    } else {
        vm.new_bytes(bytes)
    }
}

/// A `*` width or precision of `%` formatting: an int that fits in C's
/// `ctype` (CPython's limits and messages).
fn star_arg(vm: &mut Vm, v: Value, ctype: &str) -> PyResult<i64> {
    match v {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b as i64),
        _ if int::is_int(vm, v) => {
            vm.overflow_error(format!("Python int too large to convert to C {}", ctype))
        }
        _ => vm.type_error("* wants int"),
    }
}

fn percent_format(vm: &mut Vm, fmt: &str, args: Value, bytes_mode: bool) -> PyResult<String> {
    // A tuple subclass (a namedtuple, os.uname()'s result) is a tuple here.
    let base = vm.unwrap_base(args);
    let is_tuple = matches!(base, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Tuple(_)));
    let items: Vec<Value> = if is_tuple {
        crate::objects::seq_ops::seq_items(vm, base)
    } else {
        vec![args]
    };
    // As CPython: any non-tuple, non-str object with __getitem__ may supply
    // %(key)s values (and is then not "an unconverted argument").
    let is_mapping = !is_tuple
        && vm.as_str(args).is_none()
        && vm.lookup_special(args, vm.names.__getitem__).is_some();
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut ai = 0;
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |vm: &mut Vm, ai: &mut usize| -> PyResult<Value> {
        match items.get(*ai) {
            Some(v) => {
                *ai += 1;
                Ok(*v)
            }
            None => vm.type_error("not enough arguments for format string"),
        }
    };
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= cs.len() {
            return vm.value_error("incomplete format");
        }
        let mut arg: Option<Value> = None;
        if cs[i] == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() && depth > 0 {
                if cs[j] == '(' {
                    depth += 1;
                } else if cs[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return vm.value_error("incomplete format key");
            }
            let key: String = cs[i + 1..j - 1].iter().collect();
            if !is_mapping {
                return vm.type_error("format requires a mapping");
            }
            let k = vm.new_string(key)?;
            arg = Some(vm.get_item(args, k)?);
            used_mapping = true;
            i = j;
        }
        let mut p = Spec {
            fill: ' ',
            align: None,
            sign: '-',
            alt: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut left = false;
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            match cs[i] {
                '-' => left = true,
                '+' => p.sign = '+',
                ' ' => {
                    if p.sign != '+' {
                        p.sign = ' '
                    }
                }
                '#' => p.alt = true,
                _ => p.zero = true,
            }
            i += 1;
        }
        if i < cs.len() && cs[i] == '*' {
            let w = next_arg(vm, &mut ai)?;
            let n = star_arg(vm, w, "ssize_t")?;
            if n < 0 {
                left = true;
            }
            p.width = Some(n.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < cs.len() && cs[i].is_ascii_digit() {
                w.push(cs[i]);
                i += 1;
            }
            if !w.is_empty() {
                p.width = match w.parse::<usize>() {
                    Ok(n) if n <= isize::MAX as usize => Some(n),
                    _ => return vm.value_error("width too big"),
                };
            }
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let w = next_arg(vm, &mut ai)?;
                let n = star_arg(vm, w, "int")?;
                if n > i32::MAX as i64 {
                    return vm.overflow_error("Python int too large to convert to C int");
                }
                p.precision = Some(n.max(0) as usize);
                i += 1;
            } else {
                let mut w = String::new();
                while i < cs.len() && cs[i].is_ascii_digit() {
                    w.push(cs[i]);
                    i += 1;
                }
                p.precision = match w.parse::<usize>() {
                    Ok(n) if n <= i32::MAX as usize => Some(n),
                    Err(_) if w.is_empty() => Some(0),
                    _ => return vm.value_error("precision too big"),
                };
            }
        }
        // Padding is built in Rust before the result is a Python object.
        if let Some(w) = p.width {
            vm.check_alloc(w.saturating_add(out.len()))?;
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return vm.value_error("incomplete format");
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if left {
            p.align = Some('<');
            p.zero = false;
        }
        let v = match arg {
            Some(v) => v,
            None => {
                if used_mapping {
                    return vm.type_error("not enough arguments for format string");
                }
                if is_mapping && !is_tuple {
                    // A mapping used positionally is the single argument.
                    if ai == 0 {
                        ai = 1;
                        args
                    } else {
                        return vm.type_error("not enough arguments for format string");
                    }
                } else {
                    next_arg(vm, &mut ai)?
                }
            }
        };
        let conv = if bytes_mode && conv == 'b' { 's' } else { conv };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = if bytes_mode && conv == 's' {
                    match crate::objects::bytes::try_buffer_bytes(vm, v) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            let t = vm.type_name(v);
                            return vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                t
                            ));
                        }
                    }
                } else {
                    let r = match conv {
                        's' => vm.str_of(v)?,
                        'r' => vm.repr_of(v)?,
                        _ => vm.ascii_of(v)?,
                    };
                    vm.as_str(r).unwrap_or("").to_string()
                };
                let body: String = match p.precision {
                    Some(n) => s.chars().take(n).collect(),
                    None => s,
                };
                pad(&body, &p, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let b = if int::is_int(vm, v) {
                    int::to_big(vm, v).unwrap_or_default()
                } else if let Value::Float(f) = vm.unwrap_base(v) {
                    if matches!(conv, 'x' | 'X' | 'o') {
                        let t = vm.type_name(v);
                        return vm.type_error(format!(
                            "%{} format: an integer is required, not {}",
                            conv, t
                        ));
                    }
                    if !f.is_finite() {
                        return if f.is_nan() {
                            vm.value_error("cannot convert float NaN to integer")
                        } else {
                            vm.overflow_error("cannot convert float infinity to integer")
                        };
                    }
                    int::float_to_big(f.trunc())
                } else if vm.is_user_value(v) && vm.lookup_special(v, vm.names.__index__).is_some()
                {
                    let r = int::int_from_value(vm, v)?;
                    int::to_big(vm, r).unwrap_or_default()
                } else {
                    let t = vm.type_name(v);
                    let what = if matches!(conv, 'x' | 'X' | 'o') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return vm
                        .type_error(format!("%{} format: {} is required, not {}", conv, what, t));
                };
                let neg = b.is_negative();
                let a = b.abs();
                let (radix, prefix) = match conv {
                    'x' => (16, "0x"),
                    'X' => (16, "0X"),
                    'o' => (8, "0o"),
                    _ => (10, ""),
                };
                let mut digits = a.to_str_radix(radix);
                if conv == 'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(pr) = p.precision {
                    if digits.len() < pr {
                        vm.check_alloc(pr)?;
                        digits = format!("{}{}", "0".repeat(pr - digits.len()), digits);
                    }
                }
                let prefix = if p.alt { prefix } else { "" };
                let _ = Zero::is_zero(&a);
                pad_number(sign_str(neg, p.sign), prefix, &digits, &p)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match crate::objects::float::to_f64(vm, v) {
                    Ok(f) => f,
                    Err(_) => {
                        let t = vm.type_name(v);
                        return vm.type_error(format!("must be real number, not {}", t));
                    }
                };
                let q = Spec {
                    ty: Some(conv),
                    precision: Some(p.precision.unwrap_or(6)),
                    ..p.clone()
                };
                format_float(vm, f, &q)?
            }
            'c' => {
                let ch = if let Some(s) = vm.as_str(v) {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return vm.type_error("%c requires int or char"),
                    }
                } else if int::is_int(vm, v) {
                    let n = int::to_i64(vm, v)?;
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c,
                        None => return vm.overflow_error("%c arg not in range(0x110000)"),
                    }
                } else {
                    return vm.type_error("%c requires int or char");
                };
                pad(&ch.to_string(), &p, '>')
            }
            other => {
                let idx = start + (i - start) - 1;
                return vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other, other as u32, idx
                ));
            }
        };
        vm.check_alloc(out.len().saturating_add(piece.len()))?;
        out.push_str(&piece);
    }
    if ai < items.len() && !used_mapping && (!is_mapping || is_tuple) {
        return vm.type_error("not all arguments converted during string formatting");
    }
    Ok(out)
}

/// `s` with every character beyond ASCII written as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (what `ascii()` does to a repr, and CPython's
/// `backslashreplace` error handler when encoding to ASCII).
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}
