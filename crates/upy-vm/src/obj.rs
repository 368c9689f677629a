//! Heap object layouts. Each variant of `Obj` is one kind of object; the
//! methods of each builtin type live in `objects/<type>.rs`.

use std::rc::Rc;

use num_bigint::BigInt;
use upy_compiler::CodeObject;

use crate::dict::DictObj;
use crate::set::SetObj;
use crate::value::{Gc, Value};

/// A str. The hash is computed once at creation, so dict and attribute
/// look-ups never rehash a name.
#[derive(Debug)]
pub struct StrObj {
    pub s: Box<str>,
    pub hash: i64,
    /// Number of code points (`len()`), equal to `s.len()` for ASCII.
    pub nchars: usize,
}

impl StrObj {
    pub fn new(s: Box<str>) -> Self {
        let hash = str_hash(s.as_bytes());
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj { s, hash, nchars }
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}

/// FNV-1a over the bytes, folded so it is never -1 (reserved, as in CPython).
pub fn str_hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A run-time code object: the compiler's output plus its constants turned
/// into values.
pub struct Code {
    pub co: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// Interned names, indexed like `co.names`.
    pub names: Vec<Value>,
    /// Locals plus cells: the size of the frame's fast-locals area.
    pub nlocals: usize,
    pub ncells: usize,
    /// Per-name memo of where `LoadGlobal` found the name last time.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// Per-name inline caches of attribute and method access.
    pub attr_ic: Box<[std::cell::Cell<crate::inline_cache::AttrIc>]>,
}

/// Where a global name was found: entry `idx` of the globals dict (or of
/// the builtins dict), valid while both dicts keep their key-set versions.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals: u32,
    pub gver: u64,
    pub bver: u64,
    pub idx: u32,
    pub in_builtins: bool,
    pub valid: bool,
}

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Gc,
    pub name: Value,
    /// `__qualname__` once assigned (until then the code's).
    pub qualname: Option<Value>,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults as `(name, value)`.
    pub kwdefaults: Vec<(Value, Value)>,
    pub closure: Vec<Value>,
    /// Attributes set on the function object (`f.x = 1`), created lazily.
    pub dict: Option<Gc>,
}

/// A builtin function or method: a declaration (`native::Native`, the only
/// way native code is exposed to Python) and what it was made for.
#[derive(Clone)]
pub struct NativeFn {
    pub name: &'static str,
    /// The parsed declaration: the call binds its arguments to it.
    pub decl: &'static crate::native::Decl,
    /// Where a declared function was defined: the type of a method
    /// (`self` must be an instance of it) or the module of a function;
    /// some error messages name it.
    pub owner: Option<Gc>,
    /// For module-level functions bound to data (e.g. a bound builtin
    /// method of a particular object), the bound first argument.
    pub bound: Option<Value>,
    /// A method of a type (or `__new__`): it needs at least `self`/`cls`.
    pub is_method: bool,
    /// What one declaration shared by several functions tells them apart
    /// by (the operator of a slot wrapper, the field of an attribute
    /// tuple): `Args::data`.
    pub data: Value,
}

impl NativeFn {
    /// Whether it binds to an instance when found on its class, as a
    /// method does. Builtin functions (`abs`) and functions already bound
    /// to an object do not; type methods and slot wrappers do.
    pub fn binds(&self) -> bool {
        self.is_method || matches!(self.bound, Some(Value::Int(_)))
    }
}

pub struct TypeObj {
    pub name: String,
    pub bases: Vec<Gc>,
    pub mro: Vec<Gc>,
    pub dict: Gc,
    /// The builtin type whose instance layout this type uses.
    pub base_kind: BaseKind,
    pub metaclass: Option<Gc>,
    /// Bumped whenever this type's (or a base's) dict changes, so cached
    /// look-ups can be validated.
    pub version: u64,
    /// With `__slots__`: the only attribute names instances may set.
    pub slots: Option<Vec<Value>>,
    /// A class in the MRO defines `__getattribute__` (checked on every
    /// instance attribute access, so it is cached here).
    pub custom_getattribute: bool,
    /// How many attributes instances have acquired (the largest seen), so
    /// new instance dicts start with room for them.
    pub attr_hint: u32,
    /// Whether instances need a finaliser (`__del__` in the MRO), with the
    /// attribute-cache epoch it was found in (`u32::MAX`: not yet known).
    pub del_cache: (u32, bool),
}

/// Which builtin layout a class's instances have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Float,
    Complex,
    Bool,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    NoneType,
    Other,
}

pub struct Instance {
    pub class: Gc,
    /// Attribute dict; None for plain `object()` instances.
    pub dict: Option<Gc>,
    /// Value of the builtin base for subclasses of builtin types.
    pub base: Option<Value>,
}

pub struct ExcObj {
    pub class: Gc,
    pub args: Value,
    pub dict: Option<Gc>,
    /// `(code, line)` pairs, outermost first.
    pub traceback: Vec<(Rc<Code>, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

pub struct Module {
    pub name: Value,
    pub dict: Gc,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct GenObj {
    pub kind: GenKind,
    pub state: GenState,
    pub name: Value,
    pub frame: Option<crate::frame::SavedFrame>,
    /// Registered with the heap's finalisers (the first time it was
    /// suspended inside a `try` or `with`): when it is collected unfinished
    /// it is closed, so its `finally` blocks run.
    pub finalizable: bool,
}

/// Iterator state for builtin iterables.
pub enum IterKind {
    Seq {
        seq: Value,
        idx: usize,
    },
    Str {
        s: Gc,
        byte: usize,
    },
    Range {
        cur: i64,
        step: i64,
        left: u64,
    },
    /// A `longrange_iterator` (items or length beyond an i64).
    BigRange(Box<crate::objects::range::BigRangeIter>),
    Dict {
        dict: Gc,
        idx: usize,
        what: DictViewKind,
        len: usize,
    },
    Set {
        set: Gc,
        idx: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// Finished; remembers the iterator's type.
    Exhausted(Gc),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// Objects defined by library modules (deque, array, streams, ...).
pub trait NativeObject: 'static {
    /// Type of the object, as registered with the VM.
    fn type_name(&self) -> &'static str;
    /// Report every value this object holds.
    fn trace(&self, out: &mut Vec<Value>);
    fn as_any(&self) -> &dyn std::any::Any;
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
    /// Approximate size in bytes, for the heap budget.
    fn size(&self) -> usize {
        64
    }
    /// The bytes of a buffer-protocol object (array, bytearray-like).
    fn buffer(&self) -> Option<&[u8]> {
        None
    }
    /// The bytes of a writable buffer-protocol object.
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        None
    }
    /// The `struct` format character of the buffer's items ('B' for
    /// plain bytes), as `memoryview.format` shows it.
    fn buffer_format(&self) -> char {
        'B'
    }
    /// For a weak reference (registered with `Heap::register_weak`): the
    /// object it refers to, which `trace` does not report.
    fn weak_referent(&self) -> Option<Gc> {
        None
    }
    /// Called by the collector when the referent died: forget it, and
    /// return the callback to run (or None).
    fn clear_weak(&mut self) -> Value {
        Value::None
    }
}

pub enum Obj {
    Str(StrObj),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    BigInt(Box<BigInt>),
    Complex(f64, f64),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    Dict(Box<DictObj>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    Function(Box<Function>),
    NativeFn(Box<NativeFn>),
    BoundMethod(Value, Value),
    Type(Box<TypeObj>),
    Instance(Box<Instance>),
    Exception(Box<ExcObj>),
    Module(Box<Module>),
    Cell(Value),
    Generator(Box<GenObj>),
    Range(crate::objects::range::RangeObj),
    Slice(Value, Value, Value),
    Iter(Box<IterKind>),
    DictView(Gc, DictViewKind),
    Property(Value, Value, Value),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(Gc, Value),
    Code(Rc<Code>),
    /// A typed object of a library module, with its type.
    Native(Gc, Box<dyn NativeObject>),
}

impl Obj {
    /// Push every value this object references.
    pub fn trace(&self, out: &mut Vec<Value>) {
        match self {
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::BigInt(_) | Obj::Complex(..) => {
            }
            Obj::Range(..) => {}
            Obj::Tuple(items) => out.extend(items.iter().copied()),
            Obj::List(items) => out.extend(items.iter().copied()),
            Obj::Dict(d) => d.trace(out),
            Obj::Set(s) | Obj::FrozenSet(s) => s.trace(out),
            Obj::Function(f) => {
                trace_code(&f.code, out);
                out.push(Value::Obj(f.globals));
                out.push(f.name);
                out.extend(f.qualname);
                out.extend(f.defaults.iter().copied());
                for (k, v) in &f.kwdefaults {
                    out.push(*k);
                    out.push(*v);
                }
                out.extend(f.closure.iter().copied());
                if let Some(d) = f.dict {
                    out.push(Value::Obj(d));
                }
            }
            Obj::NativeFn(n) => {
                if let Some(b) = n.bound {
                    out.push(b);
                }
                out.push(n.data);
                if let Some(t) = n.owner {
                    out.push(Value::Obj(t));
                }
            }
            Obj::BoundMethod(a, b) => {
                out.push(*a);
                out.push(*b);
            }
            Obj::Type(t) => {
                out.extend(t.bases.iter().map(|g| Value::Obj(*g)));
                out.extend(t.mro.iter().map(|g| Value::Obj(*g)));
                out.push(Value::Obj(t.dict));
                if let Some(s) = &t.slots {
                    out.extend(s.iter().copied());
                }
                if let Some(m) = t.metaclass {
                    out.push(Value::Obj(m));
                }
            }
            Obj::Instance(i) => {
                out.push(Value::Obj(i.class));
                if let Some(d) = i.dict {
                    out.push(Value::Obj(d));
                }
                if let Some(b) = i.base {
                    out.push(b);
                }
            }
            Obj::Exception(e) => {
                out.push(Value::Obj(e.class));
                out.push(e.args);
                if let Some(d) = e.dict {
                    out.push(Value::Obj(d));
                }
                for (c, _) in &e.traceback {
                    trace_code(c, out);
                }
                out.push(e.cause);
                out.push(e.context);
            }
            Obj::Module(m) => {
                out.push(m.name);
                out.push(Value::Obj(m.dict));
            }
            Obj::Cell(v) => out.push(*v),
            Obj::Generator(g) => {
                out.push(g.name);
                if let Some(f) = &g.frame {
                    f.trace(out);
                }
            }
            Obj::Slice(a, b, c) => {
                out.push(*a);
                out.push(*b);
                out.push(*c);
            }
            Obj::Iter(it) => match &**it {
                IterKind::Seq { seq, .. } => out.push(*seq),
                IterKind::Str { s, .. } => out.push(Value::Obj(*s)),
                IterKind::Range { .. } | IterKind::BigRange(_) => {}
                IterKind::Exhausted(t) => out.push(Value::Obj(*t)),
                IterKind::Dict { dict, .. } => out.push(Value::Obj(*dict)),
                IterKind::Set { set, .. } => out.push(Value::Obj(*set)),
                IterKind::Enumerate { it, n } => {
                    out.push(*it);
                    out.push(*n);
                }
                IterKind::Zip { its, .. } => out.extend(its.iter().copied()),
                IterKind::Map { f, its } => {
                    out.push(*f);
                    out.extend(its.iter().copied());
                }
                IterKind::Filter { f, it } => {
                    out.push(*f);
                    out.push(*it);
                }
                IterKind::Reversed { seq, .. } => out.push(*seq),
                IterKind::Callable { f, sentinel } => {
                    out.push(*f);
                    out.push(*sentinel);
                }
                IterKind::GetItem { obj, .. } => out.push(*obj),
            },
            Obj::DictView(d, _) => out.push(Value::Obj(*d)),
            Obj::Property(a, b, c) => {
                out.push(*a);
                out.push(*b);
                out.push(*c);
            }
            Obj::ClassMethod(f) | Obj::StaticMethod(f) => out.push(*f),
            Obj::Super(t, o) => {
                out.push(Value::Obj(*t));
                out.push(*o);
            }
            Obj::Code(c) => trace_code(c, out),
            Obj::Native(t, n) => {
                out.push(Value::Obj(*t));
                n.trace(out);
            }
        }
    }

    /// Approximate bytes used, for the heap budget.
    /// The variant's name, for diagnostics (a missing GC root).
    pub fn kind(&self) -> &'static str {
        match self {
            Obj::Str(_) => "Str",
            Obj::Bytes(_) => "Bytes",
            Obj::ByteArray(_) => "ByteArray",
            Obj::BigInt(_) => "BigInt",
            Obj::Complex(..) => "Complex",
            Obj::Tuple(_) => "Tuple",
            Obj::List(_) => "List",
            Obj::Dict(_) => "Dict",
            Obj::Set(_) => "Set",
            Obj::FrozenSet(_) => "FrozenSet",
            Obj::Function(_) => "Function",
            Obj::NativeFn(_) => "NativeFn",
            Obj::BoundMethod(..) => "BoundMethod",
            Obj::Type(_) => "Type",
            Obj::Instance(_) => "Instance",
            Obj::Exception(_) => "Exception",
            Obj::Module(_) => "Module",
            Obj::Cell(_) => "Cell",
            Obj::Generator(_) => "Generator",
            Obj::Range(..) => "Range",
            Obj::Slice(..) => "Slice",
            Obj::Iter(_) => "Iter",
            Obj::DictView(..) => "DictView",
            Obj::Property(..) => "Property",
            Obj::ClassMethod(_) => "ClassMethod",
            Obj::StaticMethod(_) => "StaticMethod",
            Obj::Super(..) => "Super",
            Obj::Code(_) => "Code",
            Obj::Native(..) => "Native",
        }
    }

    pub fn size(&self) -> usize {
        const V: usize = std::mem::size_of::<Value>();
        let extra = match self {
            Obj::Str(s) => s.s.len(),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) => b.capacity(),
            Obj::BigInt(b) => (b.bits() as usize).div_ceil(8) + 16,
            Obj::Tuple(t) => t.len() * V,
            Obj::List(l) => l.capacity() * V,
            Obj::Dict(d) => d.size(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.size(),
            Obj::Function(f) => 96 + (f.defaults.len() + f.closure.len()) * V,
            Obj::Type(t) => 128 + t.mro.len() * 4,
            Obj::Instance(_) => 32,
            Obj::Exception(e) => 64 + e.traceback.len() * 16,
            Obj::Generator(g) => 64 + g.frame.as_ref().map(|f| f.size()).unwrap_or(0),
            Obj::Iter(_) => 48,
            Obj::Native(_, n) => n.size(),
            _ => 0,
        };
        std::mem::size_of::<Obj>() + 8 + extra
    }
}

pub fn trace_code(c: &Code, out: &mut Vec<Value>) {
    out.extend(c.consts.iter().copied());
    out.extend(c.names.iter().copied());
}
