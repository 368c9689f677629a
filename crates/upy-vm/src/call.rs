//! Calling: binding arguments to parameters, creating frames and
//! generators, native functions, bound methods and class instantiation.

use std::rc::Rc;

use upy_compiler::code::{CO_VARARGS, CO_VARKEYWORDS};

use crate::frame::{Frame, SavedFrame};
use crate::obj::*;
use crate::objects::dict::dict_get_str;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Keyword arguments as `(name, value)` pairs; names are str values.
pub type Kwargs<'a> = &'a [(Value, Value)];

impl Vm {
    /// Call `f(*args)`.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Call a method found on a type with `self` prepended.
    pub fn call_bound(&mut self, f: Value, this: Value, args: &[Value]) -> PyResult<Value> {
        // A special method may be a static or class method.
        let mut this = this;
        if let Value::Obj(g) = f {
            match self.heap.get(g) {
                Obj::StaticMethod(inner) => {
                    let inner = *inner;
                    return self.call(inner, args);
                }
                Obj::ClassMethod(inner) => {
                    let inner = *inner;
                    if !self.is_type(this) {
                        this = Value::Obj(self.type_of(this));
                    }
                    return self.call_bound(inner, this, args);
                }
                _ => {}
            }
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(this);
        all.extend_from_slice(args);
        self.call_kw(f, &all, &[])
    }

    /// Call `f(*args, **kwargs)` from native code.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        if let Value::Obj(g) = f {
            if let Obj::Function(_) = self.heap.get(g) {
                let depth = self.frames.len();
                if self.push_py_frame(g, args, kwargs, None)? {
                    return self.run_frames(depth);
                }
                // A generator was created and left on the stack.
                return Ok(self.stack.pop().unwrap_or(Value::None));
            }
        }
        self.call_nonpy(f, args, kwargs)
    }

    /// A native method called without `self`, in CPython's words.
    fn unbound_needs_argument(
        &mut self,
        d: &'static crate::native::Decl,
        owner: Option<Gc>,
        name: &str,
    ) -> PyResult<Value> {
        let t = owner.filter(|&t| self.is_type(Value::Obj(t)));
        if let Some(t) = t {
            let tn = self.tp_name(t);
            if d.sig.style == crate::native::Style::Slot || d.attr != d.sig.name {
                return self.type_error(format!(
                    "descriptor '{name}' of '{tn}' object needs an argument"
                ));
            }
            return self.type_error(format!("unbound method {tn}.{name}() needs an argument"));
        }
        self.type_error(format!("unbound method {}() needs an argument", name))
    }

    /// Calls of everything except plain Python functions.
    pub fn call_nonpy(&mut self, f: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let Value::Obj(g) = f else {
            return self.not_callable(f);
        };
        match self.heap.get(g) {
            Obj::NativeFn(n) => {
                let (decl, bound, is_method, name, owner, data) =
                    (n.decl, n.bound, n.is_method, n.name, n.owner, n.data);
                // Native code calling native code (dunder wrappers and the
                // like) can recurse without a Python frame: guard the Rust
                // stack here too.
                self.check_stack()?;
                if is_method && bound.is_none() && args.is_empty() {
                    if name == "__new__" {
                        let t = owner.filter(|&t| self.is_type(Value::Obj(t)));
                        return match t.map(|t| self.type_obj(t).name.clone()) {
                            Some(tn) => {
                                self.type_error(format!("{tn}.__new__(): not enough arguments"))
                            }
                            None => self.type_error("__new__(): not enough arguments"),
                        };
                    }
                    return self.unbound_needs_argument(decl, owner, name);
                }
                self.call_declared(decl, owner, bound, data, args, kwargs)
            }
            Obj::BoundMethod(func, this) => {
                let (func, this) = (*func, *this);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this);
                all.extend_from_slice(args);
                self.call_kw(func, &all, kwargs)
            }
            Obj::Type(_) => self.call_type(g, args, kwargs),
            Obj::Function(_) => self.call_kw(f, args, kwargs),
            Obj::Instance(_) | Obj::Native(..) | Obj::Exception(_) => {
                match self.lookup_special(f, self.names.__call__) {
                    Some(c) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(f);
                        all.extend_from_slice(args);
                        self.call_kw(c, &all, kwargs)
                    }
                    None => self.not_callable(f),
                }
            }
            Obj::ClassMethod(_) | Obj::StaticMethod(_) => {
                let inner = match self.heap.get(g) {
                    Obj::ClassMethod(x) | Obj::StaticMethod(x) => *x,
                    _ => Value::None,
                };
                if matches!(self.heap.get(g), Obj::StaticMethod(_)) {
                    self.call_kw(inner, args, kwargs)
                } else {
                    self.not_callable(f)
                }
            }
            _ => self.not_callable(f),
        }
    }

    fn not_callable<T>(&mut self, f: Value) -> PyResult<T> {
        let t = self.type_name(f);
        self.type_error(format!("'{}' object is not callable", t))
    }

    /// `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: Gc, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        // A metaclass with its own __call__.
        let meta = self.type_of(Value::Obj(cls));
        if meta != self.types.type_ {
            if let Some(c) = self.lookup_type(meta, self.names.__call__) {
                if !self.is_object_slot(c, "__call__") {
                    let mut all = vec![Value::Obj(cls)];
                    all.extend_from_slice(args);
                    return self.call_kw(c, &all, kwargs);
                }
            }
        }
        self.call_type_default(cls, args, kwargs)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn call_type_default(
        &mut self,
        cls: Gc,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if cls == self.types.type_ && args.len() == 1 && kwargs.is_empty() {
            return Ok(Value::Obj(self.type_of(args[0])));
        }
        let new = self.lookup_type(cls, self.names.__new__);
        let inst = match new {
            Some(n) => {
                let n = match n {
                    Value::Obj(ng) => match self.heap.get(ng) {
                        Obj::StaticMethod(f) => *f,
                        _ => n,
                    },
                    _ => n,
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Obj(cls));
                all.extend_from_slice(args);
                self.call_kw(n, &all, kwargs)?
            }
            None => return self.type_error("cannot create instances"),
        };
        // __init__ runs only on instances of cls.
        if !self.isinstance(inst, cls) {
            return Ok(inst);
        }
        let init = self.lookup_type(cls, self.names.__init__);
        if let Some(init) = init {
            let (init_name, new_name) = (self.names.__init__, self.names.__new__);
            let object_init = self.is_slot_named(init, init_name, self.types.object);
            if !object_init && !self.is_slot_named(init, init_name, self.types.type_) {
                self.roots.push(inst);
                let r = self.call_bound_kw(init, inst, args, kwargs)?;
                if !r.is_none() {
                    let t = self.type_name(r);
                    return self.type_error(format!("__init__() should return None, not '{}'", t));
                }
            } else if (!args.is_empty() || !kwargs.is_empty())
                && object_init
                && new.is_some_and(|n| self.is_slot_named(n, new_name, self.types.object))
            {
                let n = self.type_obj(cls).name.clone();
                return self.type_error(format!("{}() takes no arguments", n));
            }
        }
        Ok(inst)
    }

    pub fn call_bound_kw(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(this);
        all.extend_from_slice(args);
        self.call_kw(f, &all, kwargs)
    }

    /// Push a frame for Python function `fg` with the given arguments.
    /// Returns false if the function is a generator: the generator object
    /// was pushed on the value stack instead.
    pub fn push_py_frame(
        &mut self,
        fg: Gc,
        args: &[Value],
        kwargs: Kwargs,
        init_self: Option<Value>,
    ) -> PyResult<bool> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            let t = self.types.recursion_error;
            return self.err(t, "maximum recursion depth exceeded");
        }
        let (code, globals) = match self.heap.get(fg) {
            Obj::Function(f) => (f.code.clone(), f.globals),
            _ => return self.type_error("not a function"),
        };
        let base = self.stack.len();
        let nlocals = code.nlocals;
        self.stack.resize(base + nlocals, Value::None);
        if let Err(e) = self.bind_args(fg, &code, base, args, kwargs) {
            self.stack.truncate(base);
            return Err(e);
        }
        // Cells: fresh ones for cellvars (seeded from arguments), the
        // closure's for freevars.
        let co = &code.co;
        let nvar = co.varnames.len();
        for (i, c2a) in co.cell2arg.clone().iter().enumerate() {
            let init = match c2a {
                Some(a) => self.stack[base + *a as usize],
                None => Value::None,
            };
            let cell = match self.alloc(Obj::Cell(if c2a.is_some() { init } else { UNBOUND })) {
                Ok(c) => c,
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            };
            self.stack[base + nvar + i] = Value::Obj(cell);
        }
        if !co.freevars.is_empty() {
            if let Obj::Function(f) = self.heap.get(fg) {
                let ncell = co.cellvars.len();
                for (i, c) in f.closure.iter().enumerate() {
                    self.stack[base + nvar + ncell + i] = *c;
                }
            }
        }
        let frame = Frame {
            code: code.clone(),
            ip: 0,
            base,
            globals,
            locals: None,
            blocks: Vec::new(),
            gen: None,
            init_self,
            binop: None,
        };
        if code.co.is_generator() {
            let kind = if code.co.flags & upy_compiler::code::CO_COROUTINE != 0 {
                GenKind::Coroutine
            } else if code.co.flags & upy_compiler::code::CO_ASYNC_GENERATOR != 0 {
                GenKind::AsyncGenerator
            } else {
                GenKind::Generator
            };
            let saved: Vec<Value> = self.stack.drain(base..).collect();
            let name = match self.heap.get(fg) {
                Obj::Function(f) => f.name,
                _ => Value::None,
            };
            self.roots.extend(saved.iter().copied());
            let g = self.alloc_val(Obj::Generator(Box::new(GenObj {
                kind,
                state: GenState::Created,
                name,
                frame: Some(SavedFrame {
                    frame,
                    stack: saved,
                }),
                finalizable: false,
            })))?;
            self.stack.push(g);
            return Ok(false);
        }
        self.frames.push(frame);
        Ok(true)
    }

    fn bind_args(
        &mut self,
        fg: Gc,
        code: &Rc<Code>,
        base: usize,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<()> {
        let co = &code.co;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & CO_VARARGS != 0;
        let has_varkw = co.flags & CO_VARKEYWORDS != 0;
        let npos = args.len().min(argcount);
        // Fast path: exact positional call.
        if kwargs.is_empty() && args.len() == argcount && kwonly == 0 && !has_varargs && !has_varkw
        {
            self.stack[base..base + argcount].copy_from_slice(args);
            return Ok(());
        }
        for i in 0..argcount {
            self.stack[base + i] = UNBOUND;
        }
        for i in 0..kwonly {
            self.stack[base + argcount + i] = UNBOUND;
        }
        self.stack[base..base + npos].copy_from_slice(&args[..npos]);
        let mut slot = argcount + kwonly;
        if has_varargs {
            let rest = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            let t = self.new_tuple(rest)?;
            self.stack[base + slot] = t;
            slot += 1;
        } else if args.len() > argcount {
            let fname = self.func_name(fg);
            let ndef = self.func_defaults_len(fg);
            let given = args.len();
            let takes = if ndef > 0 {
                format!("from {} to {}", argcount - ndef, argcount)
            } else {
                argcount.to_string()
            };
            let kwgiven = kwargs.len();
            let plural = if argcount == 1 && ndef == 0 { "" } else { "s" };
            let msg = if kwgiven > 0 {
                format!(
                    "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    fname, takes, plural, given, if given == 1 { "" } else { "s" }, kwgiven, if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    fname,
                    takes,
                    plural,
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return self.type_error(msg);
        }
        let kwdict = if has_varkw {
            let d = Value::Obj(self.new_dict()?);
            self.stack[base + slot] = d;
            d.as_gc()
        } else {
            None
        };
        let posonly = co.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for &(k, v) in kwargs {
            let kname = self.as_str(k).unwrap_or("").to_string();
            let idx = co.varnames[..argcount + kwonly]
                .iter()
                .position(|n| *n == kname);
            match idx {
                Some(i) if i >= posonly => {
                    if !matches!(self.stack[base + i], Value::Obj(g) if g == UNBOUND_GC) {
                        let fname = self.func_name(fg);
                        return self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname, kname
                        ));
                    }
                    self.stack[base + i] = v;
                }
                _ => {
                    if let Some(d) = kwdict {
                        crate::objects::dict::dict_set(self, d, k, v)?;
                    } else if idx.is_some() {
                        posonly_as_kw.push(kname);
                    } else {
                        let fname = self.func_name(fg);
                        return self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname, kname
                        ));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let fname = self.func_name(fg);
            return self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname,
                posonly_as_kw.join(", ")
            ));
        }
        // Defaults for missing positional parameters.
        let (defaults, kwdefaults) = match self.heap.get(fg) {
            Obj::Function(f) => (f.defaults.clone(), f.kwdefaults.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if is_unbound(self.stack[base + i]) {
                if i >= first_default {
                    self.stack[base + i] = defaults[i - first_default];
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            let fname = self.func_name(fg);
            return self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            ));
        }
        for i in argcount..argcount + kwonly {
            if is_unbound(self.stack[base + i]) {
                let name = &co.varnames[i];
                let d = kwdefaults
                    .iter()
                    .find(|(k, _)| self.as_str(*k) == Some(name.as_str()))
                    .map(|(_, v)| *v);
                match d {
                    Some(v) => self.stack[base + i] = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            let fname = self.func_name(fg);
            return self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            ));
        }
        Ok(())
    }

    /// The name argument errors use: the qualified name (`C.m`), as
    /// CPython's messages.
    pub fn func_name(&self, fg: Gc) -> String {
        match self.heap.get(fg) {
            Obj::Function(f) => f.code.co.qualname.clone(),
            _ => "?".into(),
        }
    }

    fn func_defaults_len(&self, fg: Gc) -> usize {
        match self.heap.get(fg) {
            Obj::Function(f) => f.defaults.len(),
            _ => 0,
        }
    }

    /// Look up a global then a builtin by interned name.
    pub fn lookup_global(&self, globals: Gc, name: Value) -> Option<Value> {
        dict_get_str(self, globals, name).or_else(|| dict_get_str(self, self.builtins, name))
    }
}

/// Marker for a not-yet-bound argument or an empty cell. Slot 0 of the heap
/// is always the first interned name, never a user-visible value in a
/// parameter slot, so the handle doubles as a sentinel.
pub const UNBOUND_GC: Gc = Gc(u32::MAX);
pub const UNBOUND: Value = Value::Obj(UNBOUND_GC);

#[inline]
pub fn is_unbound(v: Value) -> bool {
    matches!(v, Value::Obj(g) if g == UNBOUND_GC)
}

fn quote_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
