//! Native functions and methods declared once.
//!
//! A declaration is a signature in CPython's `__text_signature__` form and
//! the Rust function that implements it:
//!
//! ```text
//! Native::new("sleep(seconds, /)", sleep)
//! Native::new("sort(self, /, *, key=None, reverse=False)", l_sort)
//! ```
//!
//! The signature gives the Python name, the parameters with their
//! defaults, the positional-only (`/`) and keyword-only (`*`) markers,
//! `*args`/`**kwargs`, and whether the function is a method (`self`
//! first). Binding the arguments of a call, the arity errors and their
//! wording (which in CPython depends on how the C function parses its
//! arguments, see `Style`) all follow from it, so an implementation only
//! reads its arguments from `Args`. A signature is parsed once per process
//! (`decl`), when the first VM registers the function.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// The implementation of a declared native function.
pub type NativeImpl = fn(&mut Vm, &Args) -> PyResult<Value>;

/// A native function as declared: its signature and implementation.
#[derive(Clone, Copy)]
pub struct Native {
    pub sig: &'static str,
    pub f: NativeImpl,
    /// The wording of arity errors when it does not follow from the
    /// signature (`Style::Legacy`).
    pub style: Option<Style>,
    /// The attribute it is stored under, when that is not the name its
    /// errors use: `list.__init__` reports itself as `list()`.
    pub attr: Option<&'static str>,
    /// A staticmethod of its type (`str.maketrans`).
    pub is_static: bool,
}

impl Native {
    pub const fn new(sig: &'static str, f: NativeImpl) -> Native {
        Native {
            sig,
            f,
            style: None,
            attr: None,
            is_static: false,
        }
    }

    /// A function whose CPython counterpart parses its arguments the old
    /// way (`PyArg_ParseTuple`), with that wording of arity errors.
    pub const fn legacy(sig: &'static str, f: NativeImpl) -> Native {
        Native {
            style: Some(Style::Legacy),
            ..Native::new(sig, f)
        }
    }

    /// A type slot's wrapper (`__len__`, `__setitem__`, ...), which CPython
    /// words apart from methods: "expected 0 arguments, got 1".
    pub const fn slot(sig: &'static str, f: NativeImpl) -> Native {
        Native {
            style: Some(Style::Slot),
            ..Native::new(sig, f)
        }
    }

    /// Worded as `style` says rather than as the signature implies:
    /// `classmethod(function, /)` unpacks its one argument as a tuple
    /// ("classmethod expected 1 argument, got 2").
    pub const fn worded(self, style: Style) -> Native {
        Native {
            style: Some(style),
            ..self
        }
    }

    /// A function CPython writes in Python, worded as Python functions'
    /// argument errors are.
    pub const fn python(sig: &'static str, f: NativeImpl) -> Native {
        Native {
            style: Some(Style::Python),
            ..Native::new(sig, f)
        }
    }

    /// Stored under `attr` rather than the signature's name, which errors
    /// keep using: `Native::new("list(self, iterable=..., /)", f).at("__init__")`.
    pub const fn at(self, attr: &'static str) -> Native {
        Native {
            attr: Some(attr),
            ..self
        }
    }

    /// A staticmethod when added to a type.
    pub const fn static_method(self) -> Native {
        Native {
            is_static: true,
            ..self
        }
    }
}

/// A parsed declaration, shared by every VM of the process.
pub struct Decl {
    pub sig: Sig,
    pub f: NativeImpl,
    /// The attribute name: the signature's name unless `Native::at` gave
    /// another.
    pub attr: &'static str,
    pub is_static: bool,
}

/// What the first parameter of a declaration is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiver {
    /// A plain function (or staticmethod).
    None,
    /// `self`: an instance of the owner type, checked before the call.
    Instance,
    /// `cls`: a class; `__new__` on a type, any other name a classmethod.
    Class,
}

/// How CPython words the arity errors of a function, which follows from
/// the way its C code takes arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// No parameters (METH_NOARGS): "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// One positional-only parameter (METH_O): "len() takes exactly one
    /// argument (0 given)".
    OneArg,
    /// Positional-only parameters (argument clinic): "divmod expected 2
    /// arguments, got 1".
    Positional,
    /// Parameters that may be given by keyword (argument clinic): "round()
    /// missing required argument 'number' (pos 1)".
    Keywords,
    /// Positional-only, parsed by `PyArg_ParseTuple`: "strftime() takes at
    /// least 1 argument (0 given)".
    Legacy,
    /// The wrapper of a type slot: "expected 0 arguments, got 1", and
    /// "descriptor '__len__' requires a 'dict' object but received a 'int'".
    Slot,
    /// A function CPython writes in Python (`random.randint`,
    /// `json.dumps`): "Random.randint() missing 1 required positional
    /// argument: 'b'".
    Python,
}

/// A literal default value of a parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'static str),
}

/// A parameter's default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamDefault {
    /// The argument must be given.
    Required,
    /// Optional, with no value that Python could spell (`=...` in the
    /// signature): the implementation tells absence with `Args::get`.
    Absent,
    Lit(Lit),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: &'static str,
    pub default: ParamDefault,
}

/// A parsed signature. `params` lists the positional parameters first
/// (`npos` of them, the first `posonly` positional-only), then the
/// keyword-only ones; `self` is not among them.
#[derive(Debug)]
pub struct Sig {
    pub name: &'static str,
    /// Whether the first parameter is `self` or `cls` (see `receiver`).
    pub has_self: bool,
    pub receiver: Receiver,
    pub params: Vec<Param>,
    pub posonly: usize,
    pub npos: usize,
    /// Positional parameters that must be given (the leading ones without
    /// a default).
    pub min_pos: usize,
    pub varargs: bool,
    pub varkw: bool,
    pub style: Style,
}

/// The parsed declaration of `n`, parsed at its first use in the process.
/// A malformed signature is a bug in upy itself: it panics, on every
/// start, so no test run can miss it.
pub fn decl(n: &Native) -> &'static Decl {
    type Key = (usize, usize, usize);
    static CACHE: OnceLock<Mutex<HashMap<Key, &'static Decl>>> = OnceLock::new();
    // The attribute too: one signature may serve under several names.
    let key = (
        n.sig.as_ptr() as usize,
        n.f as usize,
        n.attr.map_or(0, |a| a.as_ptr() as usize),
    );
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    cache.entry(key).or_insert_with(|| {
        let mut sig =
            parse(n.sig).unwrap_or_else(|e| panic!("bad native signature {:?}: {}", n.sig, e));
        if let Some(style) = n.style {
            sig.style = style;
        }
        let attr = n.attr.unwrap_or(sig.name);
        Box::leak(Box::new(Decl {
            sig,
            f: n.f,
            attr,
            is_static: n.is_static,
        }))
    })
}

/// Parse a signature: `name(params)` in `__text_signature__` syntax.
pub fn parse(text: &'static str) -> Result<Sig, String> {
    let open = text.find('(').ok_or("no '('")?;
    let inner = text[open + 1..]
        .strip_suffix(')')
        .ok_or("no ')' at the end")?;
    let name = text[..open].trim();
    if name.is_empty() {
        return Err("no name".into());
    }
    let mut sig = Sig {
        name,
        has_self: false,
        receiver: Receiver::None,
        params: Vec::new(),
        posonly: 0,
        npos: 0,
        min_pos: 0,
        varargs: false,
        varkw: false,
        style: Style::Keywords,
    };
    let mut kwonly = false;
    let mut saw_slash = false;
    let parts: Vec<&'static str> = if inner.trim().is_empty() {
        Vec::new()
    } else {
        inner.split(',').map(str::trim).collect()
    };
    for (i, part) in parts.iter().enumerate() {
        match *part {
            "self" if i == 0 => {
                sig.has_self = true;
                sig.receiver = Receiver::Instance;
            }
            "cls" if i == 0 => {
                sig.has_self = true;
                sig.receiver = Receiver::Class;
            }
            "/" => {
                if saw_slash || kwonly {
                    return Err("misplaced '/'".into());
                }
                saw_slash = true;
                sig.posonly = sig.params.len();
            }
            "*" => kwonly = true,
            p if p.starts_with("**") => sig.varkw = true,
            p if p.starts_with('*') => {
                sig.varargs = true;
                kwonly = true;
            }
            p => {
                let (pname, default) = match p.split_once('=') {
                    Some((n, d)) => (n.trim(), parse_default(d.trim())?),
                    None => (p, ParamDefault::Required),
                };
                if !kwonly {
                    if default == ParamDefault::Required
                        && sig
                            .params
                            .iter()
                            .any(|q| q.default != ParamDefault::Required)
                    {
                        return Err(format!("required '{}' after an optional one", pname));
                    }
                    sig.npos += 1;
                }
                sig.params.push(Param {
                    name: pname,
                    default,
                });
            }
        }
    }
    sig.min_pos = sig.params[..sig.npos]
        .iter()
        .take_while(|p| p.default == ParamDefault::Required)
        .count();
    // `**kwargs` beside positional-only parameters (`dict.update`) keeps
    // the positional wording: keywords then all go to `**kwargs`.
    let all_posonly = sig.posonly == sig.params.len();
    sig.style = if !all_posonly {
        Style::Keywords
    } else if sig.params.is_empty() && !sig.varargs {
        Style::NoArgs
    } else if sig.params.len() == 1 && sig.min_pos == 1 && !sig.varargs {
        Style::OneArg
    } else {
        Style::Positional
    };
    Ok(sig)
}

fn parse_default(d: &'static str) -> Result<ParamDefault, String> {
    Ok(ParamDefault::Lit(match d {
        "..." => return Ok(ParamDefault::Absent),
        "None" => Lit::None,
        "True" => Lit::Bool(true),
        "False" => Lit::Bool(false),
        _ if d.len() >= 2 && (d.starts_with('\'') && d.ends_with('\'')) => {
            Lit::Str(&d[1..d.len() - 1])
        }
        _ => match d.parse::<i64>() {
            Ok(i) => Lit::Int(i),
            Err(_) => Lit::Float(d.parse::<f64>().map_err(|_| format!("default {:?}", d))?),
        },
    }))
}

/// The arguments of one call, bound to the declaration's parameters.
pub struct Args<'a> {
    sig: &'static Sig,
    this: Value,
    /// The positional arguments as given (past `self`).
    given: &'a [Value],
    /// One slot per parameter, when keywords were given.
    slots: Option<Vec<Option<Value>>>,
    /// `**kwargs`: the keywords no parameter took.
    extra_kw: Vec<(Value, Value)>,
    data: Value,
}

impl<'a> Args<'a> {
    /// The data of the function object called (`Vm::new_native_data`).
    pub fn data(&self) -> Value {
        self.data
    }

    /// `self` of a method (None for a function).
    pub fn this(&self) -> Value {
        self.this
    }

    /// The heap object behind `self` (the builtin value inside an instance
    /// of a subclass), whose type the declaration checked.
    pub fn this_obj(&self, vm: &mut Vm) -> PyResult<Gc> {
        let v = vm.unwrap_base(self.this);
        vm.internal_obj(v)
    }

    /// Parameter `i`'s argument, if the call gave one.
    pub fn get(&self, i: usize) -> Option<Value> {
        match &self.slots {
            Some(s) => s.get(i).copied().flatten(),
            None if i < self.sig.npos => self.given.get(i).copied(),
            None => None,
        }
    }

    /// Required parameter `i`'s argument (binding made sure it is there).
    pub fn arg(&self, i: usize) -> Value {
        self.get(i).unwrap_or(Value::None)
    }

    /// Parameter `i`'s argument, or its default.
    pub fn value(&self, vm: &mut Vm, i: usize) -> PyResult<Value> {
        if let Some(v) = self.get(i) {
            return Ok(v);
        }
        match self.sig.params.get(i).map(|p| p.default) {
            Some(ParamDefault::Lit(Lit::None)) | Some(ParamDefault::Absent) | None => {
                Ok(Value::None)
            }
            Some(ParamDefault::Lit(Lit::Bool(b))) => Ok(Value::Bool(b)),
            Some(ParamDefault::Lit(Lit::Int(n))) => Ok(Value::Int(n)),
            Some(ParamDefault::Lit(Lit::Float(f))) => Ok(Value::Float(f)),
            Some(ParamDefault::Lit(Lit::Str(s))) => vm.new_str(s),
            // Binding checked that required arguments are there.
            Some(ParamDefault::Required) => Ok(Value::None),
        }
    }

    /// `*args`: the positional arguments past the named ones.
    pub fn rest(&self) -> &[Value] {
        self.given.get(self.sig.npos..).unwrap_or(&[])
    }

    /// `**kwargs`: the keyword arguments no parameter took.
    pub fn extra_kw(&self) -> &[(Value, Value)] {
        &self.extra_kw
    }

    /// How many positional arguments the call gave (past `self`).
    pub fn n_given(&self) -> usize {
        self.given.len()
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Vm {
    /// Call a declared native function: `self` (the bound value or the
    /// first argument) checked against the method's type, the rest bound
    /// to the parameters.
    pub fn call_declared(
        &mut self,
        d: &'static Decl,
        owner: Option<Gc>,
        bound: Option<Value>,
        data: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let sig = &d.sig;
        let (this, rest) = if !sig.has_self {
            (Value::None, args)
        } else {
            match (bound, args.split_first()) {
                (Some(b), _) => (b, args),
                (None, Some((first, rest))) => (*first, rest),
                (None, None) => {
                    return self
                        .type_error(format!("unbound method {}() needs an argument", sig.name))
                }
            }
        };
        if sig.receiver == Receiver::Instance {
            if let Some(t) = owner {
                // The common case, an instance of exactly the type, first.
                if self.type_of(this) != t
                    && self.is_type(Value::Obj(t))
                    && !self.isinstance(this, t)
                {
                    return self.not_an_instance(d, t, this);
                }
            }
        }
        // Positional arguments that fit, the call of nearly every native,
        // need no binding.
        let n = rest.len();
        let a = if kw.is_empty() && n >= sig.min_pos && (n <= sig.npos || sig.varargs) {
            Args {
                sig,
                this,
                given: rest,
                slots: None,
                extra_kw: Vec::new(),
                data,
            }
        } else {
            let mut a = bind(self, d, owner, this, rest, kw)?;
            a.data = data;
            a
        };
        (d.f)(self, &a)
    }

    /// The TypeError for a method called on an object not of its type.
    #[cold]
    fn not_an_instance(&mut self, d: &'static Decl, t: Gc, this: Value) -> PyResult<Value> {
        let (tn, xn) = (self.tp_name(t), self.value_tp_name(this));
        // Slot wrappers (and `__init__` declared under the type's name)
        // word it their own way.
        if d.sig.style == Style::Slot || d.attr != d.sig.name {
            return self.type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                d.attr, tn, xn
            ));
        }
        self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.sig.name, tn, xn
        ))
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
    let mut slots: Vec<Option<Value>> = vec![None; sig.params.len()];
    for (slot, a) in slots.iter_mut().zip(args.iter().take(sig.npos)) {
        *slot = Some(*a);
    }
    let mut extra_kw = Vec::new();
    for &(k, v) in kw {
        let key = vm.as_str(k).unwrap_or("");
        let at = sig
            .params
            .iter()
            .enumerate()
            .skip(sig.posonly)
            .find(|(_, p)| p.name == key)
            .map(|(i, _)| i);
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
    let mut slots: Vec<Option<Value>> = vec![None; sig.params.len()];
    for (slot, a) in slots.iter_mut().zip(args.iter().take(sig.npos)) {
        *slot = Some(*a);
    }
    let mut unknown: Option<String> = None;
    let mut extra_kw = Vec::new();
    for &(k, v) in kw {
        let key = vm.as_str(k).unwrap_or("");
        let at = sig
            .params
            .iter()
            .enumerate()
            .skip(sig.posonly)
            .find(|(_, p)| p.name == key)
            .map(|(i, _)| i);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_parse_with_their_style() {
        let s = parse("upper(self, /)").unwrap();
        assert!(s.has_self);
        assert_eq!(s.style, Style::NoArgs);
        let s = parse("len(obj, /)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::OneArg, 1, 1));
        let s = parse("insert(self, index, object, /)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::Positional, 2, 2));
        let s = parse("round(number, ndigits=None)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::Keywords, 1, 2));
        let s = parse("sort(self, /, *, key=None, reverse=False)").unwrap();
        assert_eq!((s.style, s.npos, s.params.len()), (Style::Keywords, 0, 2));
        assert_eq!(s.params[1].default, ParamDefault::Lit(Lit::Bool(false)));
        let s = parse("max(*args, key=..., default=...)").unwrap();
        assert!(s.varargs);
        assert_eq!(s.params[0].default, ParamDefault::Absent);
        let s = parse("f(a=-1, b=2.5, c='utf-8', /)").unwrap();
        assert_eq!(s.params[2].default, ParamDefault::Lit(Lit::Str("utf-8")));
        assert_eq!(s.params[0].default, ParamDefault::Lit(Lit::Int(-1)));
        assert!(parse("f(a=1, b)").is_err());
        assert!(parse("f(a").is_err());
        assert!(parse("f(a=x)").is_err());
    }
}
