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
//!
//! `signature.rs` parses signatures, `bind.rs` binds a call's arguments
//! to one (with each calling convention's messages), `args.rs` is what an
//! implementation reads its arguments from, and `call.rs` calls a
//! declared function.

mod args;
mod bind;
mod call;
mod signature;

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub use args::Args;
pub use bind::bind;
pub use signature::{parse, Lit, Param, ParamDefault, Sig};

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
