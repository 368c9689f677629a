//! Type objects: creation of the builtin types and exception hierarchy,
//! class creation (`type(name, bases, dict)`), and C3 method resolution
//! order.

use crate::dict::DictObj;
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::{Vm, TYPE_LIST};
use crate::PyResult;

/// Exception hierarchy: (name, parent name).
const EXC_PARENTS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("OverflowError", "ArithmeticError"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BufferError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("ReferenceError", "Exception"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("BlockingIOError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ChildProcessError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("TabError", "IndentationError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("SystemError", "Exception"),
    ("EncodingWarning", "Warning"),
];

fn kind_for(name: &str) -> BaseKind {
    match name {
        "object" => BaseKind::Object,
        "int" => BaseKind::Int,
        "bool" => BaseKind::Bool,
        "float" => BaseKind::Float,
        "complex" => BaseKind::Complex,
        "str" => BaseKind::Str,
        "bytes" => BaseKind::Bytes,
        "bytearray" => BaseKind::ByteArray,
        "list" => BaseKind::List,
        "tuple" => BaseKind::Tuple,
        "dict" => BaseKind::Dict,
        "set" => BaseKind::Set,
        "frozenset" => BaseKind::FrozenSet,
        "type" => BaseKind::Type,
        "NoneType" => BaseKind::NoneType,
        _ => BaseKind::Other,
    }
}

pub fn init_types(vm: &mut Vm) {
    let mut by_name: Vec<(&'static str, Gc)> = Vec::new();
    for (i, &name) in TYPE_LIST.iter().enumerate() {
        let parent = EXC_PARENTS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
            .or(match name {
                "object" => None,
                "bool" => Some("int"),
                _ => Some("object"),
            });
        let base = parent.and_then(|p| by_name.iter().find(|(n, _)| *n == p).map(|(_, g)| *g));
        let kind = if EXC_PARENTS.iter().any(|(n, _)| *n == name) {
            BaseKind::Exception
        } else {
            kind_for(name)
        };
        let g = new_builtin_type(vm, name, base, kind).expect("bootstrap allocation");
        by_name.push((name, g));
        vm.set_type_slot(i, g);
    }
}

/// Create a builtin type object (permanent).
pub fn new_builtin_type(vm: &mut Vm, name: &str, base: Option<Gc>, kind: BaseKind) -> PyResult<Gc> {
    let dict = vm.alloc(Obj::Dict(Box::new(DictObj::new())))?;
    let mut mro = Vec::new();
    if let Some(b) = base {
        mro.push(b);
        if let Obj::Type(bt) = vm.heap.get(b) {
            mro.extend(bt.mro.iter().skip(1).copied());
        }
    }
    let g = vm.alloc(Obj::Type(Box::new(TypeObj {
        name: name.to_string(),
        bases: base.into_iter().collect(),
        mro: Vec::new(),
        dict,
        base_kind: kind,
        metaclass: None,
        version: 0,
        slots: None,
        custom_getattribute: false,
        attr_hint: 0,
        del_cache: (u32::MAX, false),
    })))?;
    let mut full = vec![g];
    full.extend(mro);
    if let Obj::Type(t) = vm.heap.get_mut(g) {
        t.mro = full;
    }
    vm.heap.make_permanent(g);
    vm.heap.make_permanent(dict);
    Ok(g)
}

/// Add declared native methods to a type's namespace: a `cls` receiver
/// makes `__new__` (a staticmethod taking the class) or a classmethod.
pub fn add_natives(vm: &mut Vm, t: Gc, natives: &[crate::native::Native]) -> PyResult<()> {
    use crate::native::Receiver;
    let dict = vm.type_obj(t).dict;
    for n in natives {
        let d = crate::native::decl(n);
        // New objects survive allocations until the next safe point.
        let f = vm.new_native(n, Some(t))?;
        let wrapped = match d.sig.receiver {
            Receiver::Class if d.attr == "__new__" => vm.alloc_val(Obj::StaticMethod(f))?,
            Receiver::Class => vm.alloc_val(Obj::ClassMethod(f))?,
            _ if d.is_static => vm.alloc_val(Obj::StaticMethod(f))?,
            _ => f,
        };
        let key = vm.intern(d.attr);
        crate::objects::dict::dict_set(vm, dict, key, wrapped)?;
    }
    vm.attr_cache.invalidate();
    Ok(())
}

/// Add read-only properties to a type, each computed by a declared
/// native taking only `self` (`Native::new("name(self, /)", f)`).
pub fn add_getters(vm: &mut Vm, t: Gc, getters: &[crate::native::Native]) -> PyResult<()> {
    let dict = vm.type_obj(t).dict;
    for n in getters {
        let d = crate::native::decl(n);
        let f = vm.new_native(n, Some(t))?;
        let prop = vm.alloc_val(Obj::Property(f, Value::None, Value::None))?;
        let key = vm.intern(d.attr);
        crate::objects::dict::dict_set(vm, dict, key, prop)?;
    }
    vm.attr_cache.invalidate();
    Ok(())
}

/// Add a value to a type's namespace.
pub fn add_attr(vm: &mut Vm, t: Gc, name: &str, v: Value) {
    let dict = vm.type_obj(t).dict;
    let key = vm.intern(name);
    let _ = crate::objects::dict::dict_set(vm, dict, key, v);
    vm.attr_cache.invalidate();
}

/// C3 linearisation of `bases`, prefixed with the new class.
pub fn c3_mro(vm: &mut Vm, cls: Gc, bases: &[Gc]) -> PyResult<Vec<Gc>> {
    let mut seqs: Vec<Vec<Gc>> = bases.iter().map(|b| vm.type_obj(*b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| vm.type_obj(*b).name.clone()).collect();
            return vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Create a class: `type(name, bases, namespace)` with metaclass `meta`.
pub fn new_class(vm: &mut Vm, meta: Gc, name: &str, bases: &[Gc], ns: Gc) -> PyResult<Gc> {
    let bases: Vec<Gc> = if bases.is_empty() {
        vec![vm.types.object]
    } else {
        bases.to_vec()
    };
    // The instance layout comes from the most derived builtin base.
    let mut kind = BaseKind::Object;
    for b in &bases {
        let bt = vm.type_obj(*b);
        if matches!(
            bt.name.as_str(),
            "bool" | "NoneType" | "range" | "slice" | "function" | "generator"
        ) {
            let n = bt.name.clone();
            return vm.type_error(format!("type '{}' is not an acceptable base type", n));
        }
        let k = bt.base_kind;
        if k != BaseKind::Object {
            if kind != BaseKind::Object && kind != k {
                return vm.type_error("multiple bases have instance lay-out conflict");
            }
            kind = k;
        }
    }
    // As CPython: a plain function `__new__` is a static method, and
    // `__init_subclass__` and `__class_getitem__` are class methods.
    for (key, wrap_static) in [
        (vm.names.__new__, true),
        (vm.names.__init_subclass__, false),
        (vm.names.__class_getitem__, false),
    ] {
        if let Some(f) = crate::objects::dict::dict_get_str(vm, ns, key) {
            if matches!(f, Value::Obj(fg) if matches!(vm.heap.get(fg), Obj::Function(_))) {
                let w = if wrap_static {
                    Obj::StaticMethod(f)
                } else {
                    Obj::ClassMethod(f)
                };
                let w = vm.alloc_val(w)?;
                crate::objects::dict::dict_set(vm, ns, key, w)?;
            }
        }
    }
    let g = vm.alloc(Obj::Type(Box::new(TypeObj {
        name: name.to_string(),
        bases: bases.clone(),
        mro: Vec::new(),
        dict: ns,
        base_kind: kind,
        metaclass: if meta == vm.types.type_ {
            None
        } else {
            Some(meta)
        },
        version: 0,
        slots: None,
        custom_getattribute: false,
        attr_hint: 0,
        del_cache: (u32::MAX, false),
    })))?;
    vm.roots.push(Value::Obj(g));
    let mro = c3_mro(vm, g, &bases)?;
    set_mro(vm, g, mro);
    if meta != vm.types.type_ {
        custom_mro(vm, g, meta)?;
    }
    Ok(g)
}

/// Install `mro` as class `g`'s, with what is derived from it.
fn set_mro(vm: &mut Vm, g: Gc, mro: Vec<Gc>) {
    let ga = vm.names.__getattribute__;
    let custom = mro.iter().any(|&c| {
        !vm.heap.is_permanent(c)
            && crate::objects::dict::dict_get_str(vm, vm.type_obj(c).dict, ga).is_some()
    });
    if let Obj::Type(t) = vm.heap.get_mut(g) {
        t.mro = mro;
        t.custom_getattribute = custom;
        t.version += 1;
    }
    vm.attr_cache.invalidate();
}

/// As CPython: a metaclass that overrides `mro()` decides the MRO of its
/// classes (called once the default one is in place, for `super().mro()`).
fn custom_mro(vm: &mut Vm, g: Gc, meta: Gc) -> PyResult<()> {
    let key = vm.intern("mro");
    let Some(f) = vm.lookup_type(meta, key) else {
        return Ok(());
    };
    if vm.is_slot_named(f, key, vm.types.type_) {
        return Ok(());
    }
    let r = vm.call_bound(f, Value::Obj(g), &[])?;
    vm.roots.push(r);
    let items = vm.collect_iterable(r)?;
    let kind = vm.type_obj(g).base_kind;
    let mut mro = Vec::with_capacity(items.len());
    for it in items {
        let Some(c) = it.as_gc().filter(|_| vm.is_type(it)) else {
            let t = vm.type_name(it);
            return vm.type_error(format!("mro() returned a non-class ('{}')", t));
        };
        let k = vm.type_obj(c).base_kind;
        if k != BaseKind::Object && k != kind {
            let n = vm.type_obj(c).name.clone();
            return vm.type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                n
            ));
        }
        mro.push(c);
    }
    set_mro(vm, g, mro);
    Ok(())
}

/// `cls.__bases__ = bases`, as CPython checks it; the MROs of `cls` and of
/// every class below it are computed again.
pub fn set_bases(vm: &mut Vm, cls: Gc, value: Value) -> PyResult<()> {
    let name = vm.type_obj(cls).name.clone();
    let items = match value {
        Value::Obj(v) if matches!(vm.heap.get(v), Obj::Tuple(_)) => {
            crate::objects::seq_ops::seq_items(vm, value)
        }
        _ => {
            let t = vm.type_name(value);
            return vm.type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                name, t
            ));
        }
    };
    if items.is_empty() {
        return vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            name
        ));
    }
    let mut bases = Vec::with_capacity(items.len());
    for it in items {
        let Some(b) = it.as_gc().filter(|_| vm.is_type(it)) else {
            let t = vm.type_name(it);
            return vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                name, t
            ));
        };
        if vm.type_obj(b).mro.contains(&cls) {
            return vm.type_error("a __bases__ item causes an inheritance cycle");
        }
        bases.push(b);
    }
    // The instance layout may not change: the same builtin base, and a
    // builtin base (no instance dict) may not replace a class's.
    let layout = |vm: &Vm, bs: &[Gc]| {
        let kind = bs
            .iter()
            .map(|b| vm.type_obj(*b).base_kind)
            .find(|k| *k != BaseKind::Object)
            .unwrap_or(BaseKind::Object);
        let has_dict = bs.iter().any(|b| !vm.heap.is_permanent(*b));
        (kind, has_dict)
    };
    let old = vm.type_obj(cls).bases.clone();
    if layout(vm, &bases) != layout(vm, &old) {
        let n = vm.type_obj(bases[0]).name.clone();
        let o = vm.type_obj(old[0]).name.clone();
        return vm.type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            n, o
        ));
    }
    // Every class whose MRO goes through `cls`, parents before children
    // (a parent's MRO is shorter).
    let mut below: Vec<Gc> = vm
        .heap
        .types()
        .into_iter()
        .filter(|&t| t != cls && vm.type_obj(t).mro.contains(&cls))
        .collect();
    below.sort_by_key(|&t| vm.type_obj(t).mro.len());
    let saved: Vec<(Gc, Vec<Gc>)> = std::iter::once(cls)
        .chain(below.iter().copied())
        .map(|t| (t, vm.type_obj(t).mro.clone()))
        .collect();
    if let Obj::Type(t) = vm.heap.get_mut(cls) {
        t.bases = bases.clone();
    }
    for &t in std::iter::once(&cls).chain(below.iter()) {
        let tb = vm.type_obj(t).bases.clone();
        match c3_mro(vm, t, &tb) {
            Ok(m) => set_mro(vm, t, m),
            Err(e) => {
                // All or nothing.
                if let Obj::Type(t) = vm.heap.get_mut(cls) {
                    t.bases = old;
                }
                for (t, m) in saved {
                    set_mro(vm, t, m);
                }
                return Err(e);
            }
        }
    }
    Ok(())
}
