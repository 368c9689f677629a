//! The interpreter loop. Python-to-Python calls push a frame and continue
//! in the same loop (no Rust recursion); native code that calls back into
//! Python re-enters through `run_frames`, which is bounded by the recursion
//! limit.

use std::rc::Rc;

use upy_compiler::code::{Const, Op, CO_CLASS_CELL};
use upy_compiler::CodeObject;

use crate::call::{is_unbound, UNBOUND};
use crate::frame::{Block, BlockKind, Frame};
use crate::obj::*;
use crate::objects::dict::{dict_del, dict_get_str, dict_set};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Turn compiled constants into values.
pub fn load_code(vm: &mut Vm, co: Rc<CodeObject>) -> PyResult<Rc<Code>> {
    let mut consts = Vec::with_capacity(co.consts.len());
    for c in &co.consts {
        let v = const_value(vm, c)?;
        vm.roots.push(v);
        consts.push(v);
    }
    let names = co.names.iter().map(|n| vm.intern(n)).collect();
    let nlocals = co.varnames.len() + co.cellvars.len() + co.freevars.len();
    let ncells = co.cellvars.len() + co.freevars.len();
    let global_cache = (0..co.names.len())
        .map(|_| std::cell::Cell::new(GlobalCache::default()))
        .collect();
    let attr_ic = (0..co.names.len() * crate::inline_cache::WAYS)
        .map(|_| std::cell::Cell::new(Default::default()))
        .collect();
    Ok(Rc::new(Code {
        co,
        consts,
        names,
        nlocals,
        ncells,
        global_cache,
        attr_ic,
    }))
}

fn const_value(vm: &mut Vm, c: &Const) -> PyResult<Value> {
    Ok(match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Ellipsis => Value::Ellipsis,
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => {
            let b = crate::objects::int::parse_int(s, 0).unwrap_or_default();
            vm.new_bigint(b)?
        }
        Const::Float(f) => Value::Float(*f),
        Const::Complex(r, i) => crate::objects::complex::new_complex(vm, *r, *i)?,
        Const::Str(s) => {
            if s.len() <= 32 {
                vm.intern(s)
            } else {
                vm.new_str(s)?
            }
        }
        Const::Bytes(b) => vm.new_bytes(b.clone())?,
        Const::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for it in items {
                let v = const_value(vm, it)?;
                vm.roots.push(v);
                vals.push(v);
            }
            vm.new_tuple(vals)?
        }
        Const::Code(co) => {
            let code = load_code(vm, co.clone())?;
            vm.alloc_val(Obj::Code(code))?
        }
    })
}

/// How a generator resumption ended.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Run module-level code with the given globals (and locals) dicts.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Gc, locals: Option<Gc>) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.resize(base + code.nlocals, Value::None);
        let depth = self.frames.len();
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            globals,
            locals: Some(locals.unwrap_or(globals)),
            blocks: Vec::new(),
            gen: None,
            init_self: None,
            binop: None,
        });
        self.run_frames(depth)
    }

    /// Execute until the frame stack shrinks back to `depth`; returns the
    /// value of the frame that returned (or yielded, with `yielded` set).
    pub fn run_frames(&mut self, depth: usize) -> PyResult<Value> {
        if let Err(e) = self.check_stack() {
            // Drop the frame that was about to run.
            while self.frames.len() > depth {
                if let Some(f) = self.frames.pop() {
                    self.stack.truncate(f.base);
                }
            }
            return Err(e);
        }
        // Native code calling back into Python has rooted what it holds:
        // this is a safe point, so the garbage of a callback called over
        // and over (`sum(map(f, ...))`) is collected even when it makes
        // no Python calls of its own.
        self.heap.advance_epoch();
        self.maybe_collect();
        self.native_depth += 1;
        // Roots pushed by helpers inside this loop are dropped at its safe
        // points; the caller's roots (below this mark) are kept.
        let saved_base = self.roots_base;
        self.roots_base = self.roots.len();
        let r = self.run_loop(depth);
        self.roots.truncate(self.roots_base);
        self.roots_base = saved_base;
        self.native_depth -= 1;
        r
    }

    fn run_loop(&mut self, depth: usize) -> PyResult<Value> {
        loop {
            match self.execute(depth) {
                Ok(Flow::Return(v)) => {
                    self.roots.truncate(self.roots_base);
                    let f = self.frames.pop().expect("returning frame");
                    self.stack.truncate(f.base);
                    let mut v = v;
                    if let Some(g) = f.gen {
                        self.finish_gen(g);
                        self.yielded = false;
                    } else if let Some((op, a, b)) = f.binop {
                        if matches!(v, Value::NotImplemented) {
                            self.roots.push(a);
                            self.roots.push(b);
                            match self.binary_op_after_left(op, a, b) {
                                Ok(r) => v = r,
                                Err(e) => {
                                    self.handle_error(e, depth)?;
                                    continue;
                                }
                            }
                        }
                    } else if let Some(s) = f.init_self {
                        if !v.is_none() {
                            let t = self.type_name(v);
                            let e = self.new_exc(
                                self.types.type_error,
                                &format!("__init__() should return None, not '{}'", t),
                            );
                            self.handle_error(e, depth)?;
                            continue;
                        }
                        v = s;
                    }
                    if self.frames.len() <= depth {
                        return Ok(v);
                    }
                    self.stack.push(v);
                }
                Ok(Flow::Yield(v)) => {
                    // The generator frame was saved and popped by YieldValue.
                    self.yielded = true;
                    if self.frames.len() <= depth {
                        return Ok(v);
                    }
                    self.stack.push(v);
                }
                Ok(Flow::Switch) => {}
                Err(e) => self.handle_error(e, depth)?,
            }
        }
    }

    fn finish_gen(&mut self, g: Gc) {
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.state = GenState::Done;
            gen.frame = None;
        }
    }

    /// Find a handler for `exc` in frames above `depth`; Err if none.
    fn handle_error(&mut self, exc: Value, depth: usize) -> PyResult<()> {
        let mut exc = exc;
        let mut fresh = !self.reraising;
        self.reraising = false;
        loop {
            // Rooted while it is only in Rust variables (until a handler
            // has it on the stack), here and in native code it returns to.
            self.raising = exc;
            let Some(frame) = self.frames.last_mut() else {
                return Err(exc);
            };
            if fresh {
                let line = frame.code.co.line_of(frame.ip.saturating_sub(1));
                let code = frame.code.clone();
                if let Value::Obj(g) = exc {
                    if let Obj::Exception(e) = self.heap.get_mut(g) {
                        e.traceback.push((code, line));
                    }
                }
            }
            fresh = true;
            // Chain to the exception being handled.
            let cur = self.exc_info;
            if !cur.is_none() && !cur.is(exc) {
                // As CPython: no cycle through __context__ (if the handled
                // exception's chain leads back to this one, cut it there).
                let mut o = cur;
                for _ in 0..10_000 {
                    let Value::Obj(og) = o else { break };
                    let next = match self.heap.get(og) {
                        Obj::Exception(x) => x.context,
                        _ => break,
                    };
                    if next.is(exc) {
                        if let Obj::Exception(x) = self.heap.get_mut(og) {
                            x.context = Value::None;
                        }
                        break;
                    }
                    o = next;
                }
                if let Value::Obj(g) = exc {
                    if let Obj::Exception(e) = self.heap.get_mut(g) {
                        if e.context.is_none() {
                            e.context = cur;
                        }
                    }
                }
            }
            let frame = self.frames.last_mut().expect("frame");
            while let Some(b) = frame.blocks.pop() {
                match b.kind {
                    BlockKind::ExceptHandler => {
                        self.exc_info = b.saved_exc;
                    }
                    BlockKind::Except | BlockKind::Finally => {
                        let base = frame.base;
                        frame.blocks.push(Block {
                            kind: BlockKind::ExceptHandler,
                            handler: 0,
                            level: b.level,
                            saved_exc: self.exc_info,
                        });
                        frame.ip = b.handler as usize;
                        self.raising = Value::None;
                        self.stack.truncate(base + b.level as usize);
                        self.stack.push(exc);
                        self.exc_info = exc;
                        return Ok(());
                    }
                }
            }
            // No handler here: pop the frame.
            let f = self.frames.pop().expect("frame");
            self.stack.truncate(f.base);
            if let Some(g) = f.gen {
                self.finish_gen(g);
                // StopIteration escaping a generator becomes RuntimeError,
                // and so does StopAsyncIteration escaping an async
                // generator (a coroutine may raise it: `__anext__` does).
                let kind = match self.heap.get(g) {
                    Obj::Generator(gen) => gen.kind,
                    _ => GenKind::Generator,
                };
                if self.exc_matches(exc, self.types.stop_iteration)
                    || (kind == GenKind::AsyncGenerator
                        && self.exc_matches(exc, self.types.stop_async_iteration))
                {
                    let msg = if !self.exc_matches(exc, self.types.stop_iteration) {
                        "async generator raised StopAsyncIteration"
                    } else if kind == GenKind::Coroutine {
                        "coroutine raised StopIteration"
                    } else if kind == GenKind::AsyncGenerator {
                        "async generator raised StopIteration"
                    } else {
                        "generator raised StopIteration"
                    };
                    let ne = self.new_exc(self.types.runtime_error, msg);
                    if let Value::Obj(ng) = ne {
                        if let Obj::Exception(e) = self.heap.get_mut(ng) {
                            e.cause = exc;
                            e.context = exc;
                        }
                    }
                    exc = ne;
                }
            }
            if self.frames.len() <= depth {
                return Err(exc);
            }
        }
    }

    /// Resume a generator with a value to send or an exception to throw.
    pub fn gen_resume(&mut self, g: Gc, send: Value, throw: Option<Value>) -> PyResult<GenResult> {
        let (state, kind) = match self.heap.get(g) {
            Obj::Generator(gen) => (gen.state, gen.kind),
            _ => return self.type_error("not a generator"),
        };
        match state {
            GenState::Running => {
                let what = if kind == GenKind::Coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                return self.value_error(format!("{} already executing", what));
            }
            GenState::Done => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if kind == GenKind::Coroutine {
                    let t = self.types.runtime_error;
                    return self.err(t, "cannot reuse already awaited coroutine");
                }
                return Ok(GenResult::Returned(Value::None));
            }
            GenState::Created if throw.is_none() && !send.is_none() => {
                let what = if kind == GenKind::Coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                return self.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    what
                ));
            }
            _ => {}
        }
        let saved = match self.heap.get_mut(g) {
            Obj::Generator(gen) => {
                gen.state = GenState::Running;
                gen.frame.take()
            }
            _ => None,
        };
        let Some(saved) = saved else {
            return Ok(GenResult::Returned(Value::None));
        };
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.state = state;
                gen.frame = Some(saved);
            }
            let t = self.types.recursion_error;
            return self.err(t, "maximum recursion depth exceeded");
        }
        let mut frame = saved.frame;
        let base = self.stack.len();
        frame.base = base;
        frame.gen = Some(g);
        self.stack.extend(saved.stack);
        let depth = self.frames.len();
        self.frames.push(frame);
        self.yielded = false;
        let mark = self.roots.len();
        let r = if let Some(e) = throw {
            // The exception is raised in the frame after the delegate has
            // run (and maybe collected).
            self.roots.push(e);
            // Delegate to a sub-iterator suspended in `yield from`.
            match self.throw_into_delegate(e) {
                Some(Ok(())) => self.run_frames(depth),
                Some(Err(e2)) => match self.handle_error(e2, depth) {
                    Ok(()) => self.run_frames(depth),
                    Err(e3) => Err(e3),
                },
                None => match self.handle_error(e, depth) {
                    Ok(()) => self.run_frames(depth),
                    Err(e3) => Err(e3),
                },
            }
        } else {
            if state != GenState::Created {
                self.stack.push(send);
            }
            self.run_frames(depth)
        };
        self.roots.truncate(mark);
        let yielded = std::mem::replace(&mut self.yielded, false);
        match r {
            Ok(v) if yielded => Ok(GenResult::Yielded(v)),
            Ok(v) => Ok(GenResult::Returned(v)),
            Err(e) => Err(e),
        }
    }

    /// If the top frame is suspended in `yield from`, throw into the
    /// sub-iterator. Some(Ok) means the sub-iterator yielded or returned and
    /// the frame can continue; Some(Err) an exception to raise in the frame.
    fn throw_into_delegate(&mut self, exc: Value) -> Option<PyResult<()>> {
        let f = self.frames.last()?;
        if f.ip == 0 || !matches!(f.code.co.ops.get(f.ip), Some(Op::YieldFrom)) {
            return None;
        }
        let sub = *self.stack.last()?;
        let is_gen_exit = self.exc_matches(exc, self.types.generator_exit);
        let r = if let Value::Obj(sg) = sub {
            if matches!(self.heap.get(sg), Obj::Generator(_)) {
                if is_gen_exit {
                    match crate::objects::generator::gen_close(self, sg) {
                        Ok(()) => Err(exc),
                        Err(e) => Err(e),
                    }
                } else {
                    self.gen_resume(sg, Value::None, Some(exc))
                }
            } else {
                let throw = self.names.throw;
                match self.try_get_attr(sub, throw) {
                    Ok(Some(t)) if !is_gen_exit => match self.call(t, &[exc]) {
                        Ok(v) => Ok(GenResult::Yielded(v)),
                        Err(e) => Err(e),
                    },
                    _ => Err(exc),
                }
            }
        } else {
            Err(exc)
        };
        match r {
            Ok(GenResult::Yielded(v)) => {
                // Stay suspended at the same YieldFrom: push the value the
                // generator's caller sees by yielding it.
                self.stack.push(v);
                self.pending_yield = true;
                Some(Ok(()))
            }
            Ok(GenResult::Returned(v)) => {
                self.stack.pop();
                self.stack.push(v);
                if let Some(f) = self.frames.last_mut() {
                    f.ip += 1;
                }
                Some(Ok(()))
            }
            Err(e) => {
                // The sub-iterator is finished: drop it, raise in the frame
                // after the YieldFrom.
                self.stack.pop();
                if let Some(f) = self.frames.last_mut() {
                    f.ip += 1;
                }
                self.reraising = false;
                Some(Err(e))
            }
        }
    }

    /// Execute instructions of the top frame until it returns, yields,
    /// raises or calls.
    ///
    /// Calls of Python functions and plain returns to a frame above
    /// `depth` switch frames here, without leaving this function.
    fn execute(&mut self, depth: usize) -> Result<Flow, Value> {
        'frame: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            let ops = &code.co.ops[..];
            if self.pending_yield {
                // Re-yield a value produced by a delegated throw.
                self.pending_yield = false;
                let v = self.stack.pop().unwrap_or(Value::None);
                self.frames[fi].ip = ip;
                self.suspend_gen(fi);
                self.value_yield = false;
                return Ok(Flow::Yield(v));
            }
            macro_rules! pop {
                () => {
                    match self.stack.pop() {
                        Some(v) => v,
                        None => Value::None,
                    }
                };
            }
            macro_rules! top {
                () => {
                    *self.stack.last().unwrap_or(&Value::None)
                };
            }
            // The frame's ip is written back only when control leaves this
            // function (errors, calls, returns), not at every instruction.
            macro_rules! bail {
                ($e:expr) => {{
                    let e = $e;
                    self.frames[fi].ip = ip;
                    return Err(e);
                }};
            }
            macro_rules! tryop {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[fi].ip = ip;
                            bail!(e);
                        }
                    }
                };
            }
            loop {
                let op = ops[ip];
                ip += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => self.stack.push(code.consts[i as usize]),
                    Op::LoadNone => self.stack.push(Value::None),
                    Op::LoadTrue => self.stack.push(Value::Bool(true)),
                    Op::LoadFalse => self.stack.push(Value::Bool(false)),
                    Op::LoadSmallInt(i) => self.stack.push(Value::Int(i as i64)),
                    Op::Pop => {
                        self.stack.pop();
                    }
                    Op::DupTop => {
                        let v = top!();
                        self.stack.push(v);
                    }
                    Op::DupTopTwo => {
                        let n = self.stack.len();
                        let a = self.stack[n - 2];
                        let b = self.stack[n - 1];
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::RotTwo => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::RotThree => {
                        let v = pop!();
                        let n = self.stack.len();
                        self.stack.insert(n - 2, v);
                    }
                    Op::RotFour => {
                        let v = pop!();
                        let n = self.stack.len();
                        self.stack.insert(n - 3, v);
                    }
                    Op::LoadFast(i) => {
                        let v = self.stack[base + i as usize];
                        if is_unbound_local(v) {
                            bail!(self.unbound_local(&code, i));
                        }
                        self.stack.push(v);
                    }
                    Op::StoreFast(i) => {
                        let v = pop!();
                        self.stack[base + i as usize] = v;
                    }
                    Op::DeleteFast(i) => {
                        if is_unbound_local(self.stack[base + i as usize]) {
                            bail!(self.unbound_local(&code, i));
                        }
                        self.stack[base + i as usize] = UNBOUND_LOCAL;
                    }
                    Op::LoadDeref(i) => {
                        let cell = self.stack[base + code.co.varnames.len() + i as usize];
                        let v = self.cell_get(cell);
                        if is_unbound(v) {
                            let name = self.cell_name(&code, i);
                            let t = self.types.name_error;
                            bail!(self.new_exc(
                            t,
                            &format!(
                                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                                name
                            ),
                        ));
                        }
                        self.stack.push(v);
                    }
                    Op::StoreDeref(i) => {
                        let v = pop!();
                        let cell = self.stack[base + code.co.varnames.len() + i as usize];
                        self.cell_set(cell, v);
                    }
                    Op::DeleteDeref(i) => {
                        let cell = self.stack[base + code.co.varnames.len() + i as usize];
                        self.cell_set(cell, UNBOUND);
                    }
                    Op::LoadClosure(i) => {
                        let cell = self.stack[base + code.co.varnames.len() + i as usize];
                        self.stack.push(cell);
                    }
                    Op::LoadClassDeref(i) => {
                        let name = self.cell_name(&code, i);
                        let key = self.intern(&name);
                        let locals = self.frames[fi].locals;
                        let v = locals.and_then(|l| dict_get_str(self, l, key));
                        match v {
                            Some(v) => self.stack.push(v),
                            None => {
                                let cell = self.stack[base + code.co.varnames.len() + i as usize];
                                let v = self.cell_get(cell);
                                self.stack.push(v);
                            }
                        }
                    }
                    Op::LoadName(i) => {
                        let name = code.names[i as usize];
                        let f = &self.frames[fi];
                        let (locals, globals) = (f.locals, f.globals);
                        let mut v = match locals {
                            Some(l) => tryop!(self.namespace_get(l, name)),
                            None => None,
                        };
                        if v.is_none() && locals != Some(globals) {
                            v = dict_get_str(self, globals, name);
                        }
                        if v.is_none() {
                            let b = self.custom_builtins(globals).unwrap_or(self.builtins);
                            v = dict_get_str(self, b, name);
                        }
                        match v {
                            Some(v) => self.stack.push(v),
                            None => bail!(self.name_error(name)),
                        }
                    }
                    Op::StoreName(i) => {
                        // The value stays on the stack (rooted) while the
                        // dict grows, which may collect.
                        let name = code.names[i as usize];
                        let v = top!();
                        let d = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        tryop!(self.namespace_set(d, name, v));
                        self.stack.pop();
                    }
                    Op::DeleteName(i) => {
                        let name = code.names[i as usize];
                        let d = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        if !tryop!(self.namespace_del(d, name)) {
                            bail!(self.name_error(name));
                        }
                    }
                    Op::LoadGlobal(i) => {
                        let globals = self.frames[fi].globals;
                        match self.cached_global(&code, i as usize, globals) {
                            Some(v) => self.stack.push(v),
                            None => {
                                let name = code.names[i as usize];
                                bail!(self.name_error(name));
                            }
                        }
                    }
                    Op::StoreGlobal(i) => {
                        let v = top!();
                        let g = self.frames[fi].globals;
                        tryop!(self.op_store_global(&code, i as usize, g, v));
                        self.stack.pop();
                    }
                    Op::DeleteGlobal(i) => {
                        let name = code.names[i as usize];
                        let g = self.frames[fi].globals;
                        if tryop!(dict_del(self, g, name)).is_none() {
                            bail!(self.name_error(name));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = top!();
                        let v = match self.ic_load_attr(&code, i as usize, obj) {
                            Some(v) => v,
                            None => {
                                let v = tryop!(self.get_attr(obj, code.names[i as usize]));
                                self.ic_fill(&code, i as usize, obj);
                                v
                            }
                        };
                        *self.stack.last_mut().expect("attr") = v;
                    }
                    Op::StoreAttr(i) => {
                        let n = self.stack.len();
                        let (v, obj) = (self.stack[n - 2], self.stack[n - 1]);
                        if !self.ic_store_attr(&code, i as usize, obj, v) {
                            tryop!(self.set_attr(obj, code.names[i as usize], v));
                            self.ic_fill(&code, i as usize, obj);
                        }
                        self.stack.truncate(n - 2);
                    }
                    Op::DeleteAttr(i) => {
                        let obj = top!();
                        tryop!(self.del_attr(obj, code.names[i as usize]));
                        self.stack.pop();
                    }
                    Op::LoadMethod(i) => {
                        let obj = top!();
                        let (m, this) = match self.ic_load_method(&code, i as usize, obj) {
                            Some(r) => r,
                            None => {
                                let r = tryop!(self.load_method(obj, code.names[i as usize]));
                                self.ic_fill(&code, i as usize, obj);
                                r
                            }
                        };
                        let n = self.stack.len();
                        match this {
                            Some(s) => {
                                self.stack[n - 1] = m;
                                self.stack.push(s);
                            }
                            None => {
                                self.stack[n - 1] = m;
                                self.stack.push(NULL);
                            }
                        }
                    }
                    Op::LoadSubscr => {
                        let n = self.stack.len();
                        let (obj, idx) = (self.stack[n - 2], self.stack[n - 1]);
                        let v = tryop!(self.get_item(obj, idx));
                        self.stack.truncate(n - 2);
                        self.stack.push(v);
                    }
                    Op::StoreSubscr => {
                        let n = self.stack.len();
                        let (v, obj, idx) =
                            (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                        tryop!(self.set_item(obj, idx, v));
                        self.stack.truncate(n - 3);
                    }
                    Op::DeleteSubscr => {
                        let n = self.stack.len();
                        let (obj, idx) = (self.stack[n - 2], self.stack[n - 1]);
                        tryop!(self.del_item(obj, idx));
                        self.stack.truncate(n - 2);
                    }
                    Op::BuildSlice(n) => {
                        let k = self.stack.len() - n as usize;
                        let (start, stop) = (self.stack[k], self.stack[k + 1]);
                        let step = if n == 3 {
                            self.stack[k + 2]
                        } else {
                            Value::None
                        };
                        let s = tryop!(self.alloc_val(Obj::Slice(start, stop, step)));
                        self.stack.truncate(k);
                        self.stack.push(s);
                    }
                    Op::BinaryOp(bop) => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let r = match crate::ops::fast_binop(bop, a, b) {
                            Some(r) => r,
                            None => {
                                if tryop!(self.binop_frame(bop, a, b, n, false)) {
                                    self.frames[fi].ip = ip;
                                    continue 'frame;
                                }
                                // The operands are on the stack: a new epoch, so
                                // that straight-line code making a string or big
                                // int per operator (`'a' + 'a' + ...`) can free
                                // the ones it is done with when the heap fills.
                                self.heap.advance_epoch();
                                tryop!(self.binary_op(bop, a, b))
                            }
                        };
                        self.stack.truncate(n - 1);
                        self.stack[n - 2] = r;
                    }
                    // Kept apart from BinaryOp on purpose: one merged arm
                    // measured 3-5% more instructions on every benchmark.
                    Op::InplaceOp(bop) => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        // Numbers are immutable: in-place is the plain operator.
                        let r = match crate::ops::fast_binop(bop, a, b) {
                            Some(r) => r,
                            None => {
                                if tryop!(self.binop_frame(bop, a, b, n, true)) {
                                    self.frames[fi].ip = ip;
                                    continue 'frame;
                                }
                                // The operands are on the stack: a new epoch, so
                                // that straight-line code making a string or big
                                // int per operator (`'a' + 'a' + ...`) can free
                                // the ones it is done with when the heap fills.
                                self.heap.advance_epoch();
                                tryop!(self.inplace_op(bop, a, b))
                            }
                        };
                        self.stack.truncate(n - 1);
                        self.stack[n - 2] = r;
                    }
                    Op::UnaryOp(u) => {
                        let a = top!();
                        let r = tryop!(self.unary_op(u, a));
                        *self.stack.last_mut().expect("operand") = r;
                    }
                    Op::CompareOp(c) => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let r = match crate::ops::fast_compare(c, a, b) {
                            Some(r) => Value::Bool(r),
                            None => tryop!(self.compare(c, a, b)),
                        };
                        self.stack.truncate(n - 1);
                        self.stack[n - 2] = r;
                    }
                    Op::JumpIfNotExcMatch(t) => {
                        let n = self.stack.len();
                        let (exc, typ) = (self.stack[n - 2], self.stack[n - 1]);
                        let m = tryop!(self.exception_matches(exc, typ));
                        self.stack.truncate(n - 2);
                        if !m {
                            ip = t as usize;
                        }
                    }
                    Op::BuildTuple(n) => {
                        self.heap.advance_epoch();
                        let start = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack[start..].to_vec();
                        let t = tryop!(self.new_tuple(items));
                        self.stack.truncate(start);
                        self.stack.push(t);
                    }
                    Op::BuildList(n) => {
                        self.heap.advance_epoch();
                        let start = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack[start..].to_vec();
                        let t = tryop!(self.new_list(items));
                        self.stack.truncate(start);
                        self.stack.push(t);
                    }
                    Op::BuildSet(n) => {
                        let start = self.stack.len() - n as usize;
                        let sg = tryop!(self.new_set(false));
                        let s = Value::Obj(sg);
                        self.stack.push(s);
                        for k in 0..n as usize {
                            let item = self.stack[start + k];
                            tryop!(crate::objects::set::set_add(self, sg, item));
                        }
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Op::BuildMap(n) => {
                        self.heap.advance_epoch();
                        let start = self.stack.len() - 2 * n as usize;
                        let dg = tryop!(self.new_dict());
                        let d = Value::Obj(dg);
                        self.stack.push(d);
                        for k in 0..n as usize {
                            let key = self.stack[start + 2 * k];
                            let v = self.stack[start + 2 * k + 1];
                            tryop!(dict_set(self, dg, key, v));
                        }
                        self.stack.truncate(start);
                        self.stack.push(d);
                    }
                    Op::ListAppend(n) => {
                        let v = top!();
                        let l = self.stack[self.stack.len() - 1 - n as usize];
                        tryop!(crate::objects::list::list_append(self, l, v));
                        self.stack.pop();
                    }
                    Op::SetAdd(n) => {
                        let v = pop!();
                        let s = self.stack[self.stack.len() - n as usize];
                        self.stack.push(v);
                        let sg = tryop!(self.internal_obj(s));
                        tryop!(crate::objects::set::set_add(self, sg, v));
                        self.stack.pop();
                    }
                    Op::MapAdd(n) => {
                        let v = pop!();
                        let k = pop!();
                        let d = self.stack[self.stack.len() - n as usize];
                        self.stack.push(k);
                        self.stack.push(v);
                        let dg = tryop!(self.internal_obj(d));
                        tryop!(dict_set(self, dg, k, v));
                        self.stack.pop();
                        self.stack.pop();
                    }
                    Op::ListExtend(n) => {
                        let it = top!();
                        let l = self.stack[self.stack.len() - 1 - n as usize];
                        let lg = tryop!(self.internal_obj(l));
                        tryop!(crate::objects::list::list_extend_star(self, lg, it));
                        self.stack.pop();
                    }
                    Op::SetUpdate(n) => {
                        let it = top!();
                        let s = self.stack[self.stack.len() - 1 - n as usize];
                        tryop!(crate::objects::set::set_update(self, s, it));
                        self.stack.pop();
                    }
                    Op::DictUpdate(n) | Op::DictMerge(n) => {
                        let m = top!();
                        let d = self.stack[self.stack.len() - 1 - n as usize];
                        let merge = matches!(op, Op::DictMerge(_));
                        tryop!(crate::objects::dict::dict_merge_op(self, d, m, merge));
                        self.stack.pop();
                    }
                    Op::ListToTuple => {
                        let l = top!();
                        let items = crate::objects::seq_ops::seq_items(self, l);
                        let t = tryop!(self.new_tuple(items));
                        *self.stack.last_mut().expect("list") = t;
                    }
                    Op::FormatValue(flags) => {
                        tryop!(self.op_format_value(flags));
                    }
                    Op::BuildString(n) => {
                        self.heap.advance_epoch();
                        let start = self.stack.len() - n as usize;
                        let mut s = String::new();
                        for k in start..self.stack.len() {
                            s.push_str(self.as_str(self.stack[k]).unwrap_or(""));
                        }
                        let r = tryop!(self.new_string(s));
                        self.stack.truncate(start);
                        self.stack.push(r);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = top!();
                        let items = tryop!(self.unpack(seq, n as usize));
                        self.stack.pop();
                        self.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx(spec) => {
                        let before = (spec & 0xff) as usize;
                        let after = (spec >> 8) as usize;
                        let seq = top!();
                        let items = tryop!(self.unpack_ex(seq, before, after));
                        self.stack.pop();
                        self.stack.extend(items.into_iter().rev());
                    }
                    Op::Jump(t) => {
                        if (t as usize) < ip {
                            self.roots.truncate(self.roots_base);
                            tryop!(self.safe_point());
                        }
                        ip = t as usize;
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => tryop!(self.truthy(v)),
                        };
                        if !b {
                            ip = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => tryop!(self.truthy(v)),
                        };
                        if b {
                            ip = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let v = top!();
                        if !tryop!(self.truthy(v)) {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let v = top!();
                        if tryop!(self.truthy(v)) {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = top!();
                        let it = tryop!(self.get_iter(v));
                        *self.stack.last_mut().expect("iterable") = it;
                    }
                    Op::ForIter(t) => {
                        let it = top!();
                        match tryop!(self.next(it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                ip = t as usize;
                            }
                        }
                    }
                    Op::MakeFunction(flags) => {
                        let f = tryop!(self.op_make_function(flags, fi));
                        self.stack.push(f);
                    }
                    Op::Call(n) => {
                        let fpos = self.stack.len() - n as usize - 1;
                        let f = self.stack[fpos];
                        if let Some(flow) = tryop!(self.call_op(f, fpos, fpos + 1, &[], None)) {
                            self.frames[fi].ip = ip;
                            if matches!(flow, Flow::Switch) {
                                continue 'frame;
                            }
                            return Ok(flow);
                        }
                    }
                    Op::CallKw(n) => {
                        let names = pop!();
                        let fpos = self.stack.len() - n as usize - 1;
                        let f = self.stack[fpos];
                        let kwnames = crate::objects::seq_ops::seq_items(self, names);
                        if let Some(flow) = tryop!(self.call_op(f, fpos, fpos + 1, &kwnames, None))
                        {
                            self.frames[fi].ip = ip;
                            if matches!(flow, Flow::Switch) {
                                continue 'frame;
                            }
                            return Ok(flow);
                        }
                    }
                    Op::CallMethod(n) | Op::CallMethodKw(n) => {
                        let kwnames = if matches!(op, Op::CallMethodKw(_)) {
                            let names = pop!();
                            crate::objects::seq_ops::seq_items(self, names)
                        } else {
                            Vec::new()
                        };
                        let mpos = self.stack.len() - n as usize - 2;
                        let f = self.stack[mpos];
                        let this = self.stack[mpos + 1];
                        let argstart = if is_null(this) { mpos + 2 } else { mpos + 1 };
                        if let Some(flow) = tryop!(self.call_op(f, mpos, argstart, &kwnames, None))
                        {
                            self.frames[fi].ip = ip;
                            if matches!(flow, Flow::Switch) {
                                continue 'frame;
                            }
                            return Ok(flow);
                        }
                    }
                    Op::CallEx(flags) => {
                        tryop!(self.op_call_ex(flags));
                    }
                    Op::ReturnValue => {
                        let v = pop!();
                        self.frames[fi].ip = ip;
                        let f = &self.frames[fi];
                        if fi > depth
                            && f.gen.is_none()
                            && f.init_self.is_none()
                            && f.binop.is_none()
                        {
                            // A plain return to a caller in this loop.
                            self.roots.truncate(self.roots_base);
                            if let Some(f) = self.frames.pop() {
                                self.stack.truncate(f.base);
                            }
                            self.stack.push(v);
                            continue 'frame;
                        }
                        return Ok(Flow::Return(v));
                    }
                    Op::LoadBuildClass => {
                        let bc = self.intern("__build_class__");
                        match dict_get_str(self, self.builtins, bc) {
                            Some(v) => self.stack.push(v),
                            None => bail!(self.name_error(bc)),
                        }
                    }
                    Op::YieldValue => {
                        let v = pop!();
                        self.frames[fi].ip = ip;
                        self.suspend_gen(fi);
                        self.value_yield = true;
                        return Ok(Flow::Yield(v));
                    }
                    Op::YieldFrom => {
                        let v = pop!();
                        let sub = top!();
                        let r = tryop!(self.delegate(sub, v));
                        match r {
                            GenResult::Yielded(y) => {
                                // Resume at this YieldFrom with the sent value.
                                ip -= 1;
                                self.frames[fi].ip = ip;
                                self.suspend_gen(fi);
                                self.value_yield = false;
                                return Ok(Flow::Yield(y));
                            }
                            GenResult::Returned(r) => {
                                *self.stack.last_mut().expect("sub-iterator") = r;
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = top!();
                        let is_gen = matches!(v, Value::Obj(g) if matches!(self.heap.get(g), Obj::Generator(_)));
                        if !is_gen {
                            let it = tryop!(self.get_iter(v));
                            *self.stack.last_mut().expect("iterable") = it;
                        }
                    }
                    Op::GetAwaitable => {
                        let v = top!();
                        let a = tryop!(crate::objects::generator::get_awaitable(self, v));
                        *self.stack.last_mut().expect("awaitable") = a;
                    }
                    Op::GetAiter => {
                        let v = top!();
                        let a = tryop!(crate::objects::generator::get_aiter(self, v));
                        *self.stack.last_mut().expect("aiterable") = a;
                    }
                    Op::GetAnext => {
                        let v = top!();
                        let a = tryop!(crate::objects::generator::get_anext(self, v));
                        self.stack.push(a);
                    }
                    Op::EndAsyncFor => {
                        let exc = pop!();
                        if self.exc_matches(exc, self.types.stop_async_iteration) {
                            // Leave the handler block and drop the iterator.
                            if let Some(b) = self.frames[fi].blocks.pop() {
                                self.exc_info = b.saved_exc;
                            }
                            self.stack.pop();
                        } else {
                            self.reraising = true;
                            bail!(exc);
                        }
                    }
                    Op::SetupExcept(t) | Op::SetupFinally(t) => {
                        let level = (self.stack.len() - base) as u32;
                        self.frames[fi].blocks.push(Block {
                            kind: if matches!(op, Op::SetupExcept(_)) {
                                BlockKind::Except
                            } else {
                                BlockKind::Finally
                            },
                            handler: t,
                            level,
                            saved_exc: Value::None,
                        });
                    }
                    Op::SetupWith(t) => {
                        tryop!(self.op_setup_with(t, fi, base, false));
                    }
                    Op::SetupAsyncWith(t) => {
                        tryop!(self.op_setup_with(t, fi, base, true));
                    }
                    Op::PopBlock => {
                        self.frames[fi].blocks.pop();
                    }
                    Op::PopExcept => {
                        if let Some(b) = self.frames[fi].blocks.pop() {
                            self.exc_info = b.saved_exc;
                        }
                    }
                    Op::WithExceptStart => {
                        let n = self.stack.len();
                        let (exit, exc) = (self.stack[n - 2], self.stack[n - 1]);
                        let t = Value::Obj(self.type_of(exc));
                        let tb = tryop!(crate::objects::exception::traceback_value(self, exc));
                        let r = tryop!(self.call(exit, &[t, exc, tb]));
                        self.stack.push(r);
                    }
                    Op::Raise(n) => {
                        let e = self.op_raise(n);
                        bail!(e);
                    }
                    Op::Reraise => {
                        let e = pop!();
                        self.reraising = true;
                        bail!(e);
                    }
                    Op::ImportName(i) => {
                        let fromlist = pop!();
                        let level = pop!();
                        let name = code.names[i as usize];
                        let globals = self.frames[fi].globals;
                        let m = tryop!(crate::import::import_name(
                            self, name, fromlist, level, globals
                        ));
                        self.stack.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let m = top!();
                        let name = code.names[i as usize];
                        let v = tryop!(crate::import::import_from(self, m, name));
                        self.stack.push(v);
                    }
                    Op::ImportStar => {
                        let m = pop!();
                        let d = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        self.stack.push(m);
                        tryop!(crate::import::import_star(self, m, d));
                        self.stack.pop();
                    }
                    Op::PrintExpr => {
                        tryop!(self.op_print_expr());
                    }
                    Op::RaiseAssert(flag) => {
                        let t = self.types.assertion_error;
                        let e = if flag == 1 {
                            let m = pop!();
                            self.new_exc_args(t, vec![m])
                        } else {
                            tryop!(self.new_exc_obj(t, Value::None))
                        };
                        bail!(e);
                    }
                }
            }
        }
    }

    // Instructions handled out of line: keeping rare, bulky cases out of
    // `execute` keeps its hot loop small (measured: every arm added to the
    // match costs the common ones registers).

    /// `SetupWith(t)` / `SetupAsyncWith(t)`: replace the manager on top by
    /// its bound `__exit__`, push what `__enter__` returns, and open a
    /// finally block at `t`.
    #[inline(never)]
    fn op_setup_with(&mut self, t: u32, fi: usize, base: usize, is_async: bool) -> PyResult<()> {
        let mgr = *self.stack.last().unwrap_or(&Value::None);
        let (exit_name, exit_s, enter_name, enter_s) = if is_async {
            (
                self.names.__aexit__,
                "__aexit__",
                self.names.__aenter__,
                "__aenter__",
            )
        } else {
            (
                self.names.__exit__,
                "__exit__",
                self.names.__enter__,
                "__enter__",
            )
        };
        let enter = self.special_method(mgr, enter_name, enter_s)?;
        self.roots.push(enter);
        let exit = self.special_method(mgr, exit_name, exit_s)?;
        if let Some(top) = self.stack.last_mut() {
            *top = exit;
        }
        let r = self.call(enter, &[])?;
        let level = (self.stack.len() - base) as u32;
        self.frames[fi].blocks.push(Block {
            kind: BlockKind::Finally,
            handler: t,
            level,
            saved_exc: Value::None,
        });
        self.stack.push(r);
        Ok(())
    }

    /// `CallEx(flags)`: `f(*args, **kwargs)` from the stack.
    #[inline(never)]
    fn op_call_ex(&mut self, flags: u32) -> PyResult<()> {
        let n = self.stack.len();
        let keep = if flags & 1 != 0 { 3 } else { 2 };
        let (f, args) = (self.stack[n - keep], self.stack[n - keep + 1]);
        let kwargs = (keep == 3).then(|| self.stack[n - 1]);
        let argv = crate::objects::seq_ops::seq_items(self, args);
        let kw = match kwargs {
            Some(k) => crate::objects::dict::dict_pairs(self, k),
            None => Vec::new(),
        };
        if kw.iter().any(|(k, _)| self.as_str(*k).is_none()) {
            let t = self.types.type_error;
            return Err(self.new_exc(t, "keywords must be strings"));
        }
        let r = self.call_kw(f, &argv, &kw)?;
        self.stack.truncate(n - keep);
        self.stack.push(r);
        Ok(())
    }

    /// `PrintExpr`: the interactive prompt's echo of a value.
    #[inline(never)]
    fn op_print_expr(&mut self) -> PyResult<()> {
        let v = *self.stack.last().unwrap_or(&Value::None);
        if !v.is_none() {
            let r = self.repr_of(v)?;
            let s = self.as_str(r).unwrap_or("").to_string();
            crate::builtins::write_stdout(self, &format!("{}\n", s))?;
        }
        self.stack.pop();
        Ok(())
    }

    /// UnboundLocalError for local `i` of `code`.
    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, code: &Code, i: u32) -> Value {
        let name = code.co.varnames[i as usize].clone();
        let t = self.types.unbound_local_error;
        self.new_exc(
            t,
            &format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    /// `Raise(n)`: the exception to raise (see `Op::Raise`).
    #[inline(never)]
    fn op_raise(&mut self, n: u32) -> Value {
        let pop = |vm: &mut Vm| vm.stack.pop().unwrap_or(Value::None);
        match n {
            0 => {
                let cur = self.exc_info;
                if cur.is_none() {
                    let t = self.types.runtime_error;
                    return self.new_exc(t, "No active exception to reraise");
                }
                self.reraising = true;
                cur
            }
            1 => {
                let v = pop(self);
                match self.make_exception(v) {
                    Ok(e) | Err(e) => e,
                }
            }
            _ => {
                let cause = pop(self);
                let v = pop(self);
                let e = match self.make_exception(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let c = if cause.is_none() {
                    Value::None
                } else {
                    match self.make_exception(cause) {
                        Ok(c) => c,
                        Err(_) => {
                            let t = self.types.type_error;
                            return self
                                .new_exc(t, "exception causes must derive from BaseException");
                        }
                    }
                };
                if let Value::Obj(g) = e {
                    if let Obj::Exception(x) = self.heap.get_mut(g) {
                        x.cause = c;
                        x.suppress_context = true;
                    }
                }
                e
            }
        }
    }

    /// `MakeFunction(flags)`: the function built from the code object and
    /// the defaults, keyword defaults and closure below it.
    #[inline(never)]
    fn op_make_function(&mut self, flags: u32, fi: usize) -> PyResult<Value> {
        let pop = |vm: &mut Vm| vm.stack.pop().unwrap_or(Value::None);
        let codev = pop(self);
        let closure = if flags & 8 != 0 {
            let c = pop(self);
            crate::objects::seq_ops::seq_items(self, c)
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            let d = pop(self);
            crate::objects::dict::dict_pairs(self, d)
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            let d = pop(self);
            crate::objects::seq_ops::seq_items(self, d)
        } else {
            Vec::new()
        };
        let c = match codev {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Code(c) => c.clone(),
                _ => return Err(self.new_exc(self.types.system_exit, "bad code")),
            },
            _ => return Err(self.new_exc(self.types.system_exit, "bad code")),
        };
        let name = self.intern(&c.co.name);
        let globals = self.frames[fi].globals;
        self.alloc_val(Obj::Function(Box::new(Function {
            code: c,
            globals,
            name,
            qualname: None,
            defaults,
            kwdefaults,
            closure,
            dict: None,
        })))
    }

    /// `FormatValue(flags)`: convert and format the value on top (with the
    /// spec above it when flag 4).
    #[inline(never)]
    fn op_format_value(&mut self, flags: u32) -> PyResult<()> {
        let spec = if flags & 4 != 0 {
            Some(self.stack.pop().unwrap_or(Value::None))
        } else {
            None
        };
        let v = *self.stack.last().unwrap_or(&Value::None);
        let v = match flags & 3 {
            1 => self.str_of(v)?,
            2 => self.repr_of(v)?,
            3 => self.ascii_of(v)?,
            _ => v,
        };
        if let Some(top) = self.stack.last_mut() {
            *top = v;
        }
        let r = match spec {
            Some(s) => self.format_value(v, s)?,
            None => {
                if self.as_str(v).is_some() && !self.is_user_value(v) {
                    v
                } else {
                    let empty = self.intern("");
                    self.format_value(v, empty)?
                }
            }
        };
        if let Some(top) = self.stack.last_mut() {
            *top = r;
        }
        Ok(())
    }

    /// Save the top frame into its generator and pop it.
    fn suspend_gen(&mut self, fi: usize) {
        let frame = self.frames.remove(fi);
        let stack: Vec<Value> = self.stack.drain(frame.base..).collect();
        if let Some(g) = frame.gen {
            let in_block = !frame.blocks.is_empty();
            let mut register = false;
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Suspended;
                gen.frame = Some(crate::frame::SavedFrame { frame, stack });
                // As CPython: a generator collected while suspended in a
                // `try` or `with` is closed, so that its `finally` runs.
                if in_block && !gen.finalizable && gen.kind != GenKind::AsyncGenerator {
                    gen.finalizable = true;
                    register = true;
                }
            }
            if register {
                self.heap.register_finalizer(g);
            }
        }
    }

    /// One step of `yield from`/`await`: send `v` into `sub`.
    fn delegate(&mut self, sub: Value, v: Value) -> PyResult<GenResult> {
        if let Value::Obj(g) = sub {
            if matches!(self.heap.get(g), Obj::Generator(_)) {
                return self.gen_resume(g, v, None);
            }
        }
        let r = if v.is_none() {
            self.next_raw(sub)
        } else {
            let send = self.names.send;
            let m = self.get_attr(sub, send)?;
            self.call(m, &[v])
        };
        match r {
            Ok(y) => Ok(GenResult::Yielded(y)),
            Err(e) if self.exc_matches(e, self.types.stop_iteration) => {
                let val = crate::objects::exception::stop_iteration_value(self, e);
                Ok(GenResult::Returned(val))
            }
            Err(e) => Err(e),
        }
    }

    /// Call `f` with arguments on the stack from `argstart`; the callable
    /// sits at `fpos`. Python functions get a new frame (Some(Switch)).
    fn call_op(
        &mut self,
        f: Value,
        fpos: usize,
        argstart: usize,
        kwnames: &[Value],
        _unused: Option<()>,
    ) -> PyResult<Option<Flow>> {
        let nkw = kwnames.len();
        let total = self.stack.len() - argstart;
        let npos = total - nkw;
        if let Value::Obj(g) = f {
            if matches!(self.heap.get(g), Obj::Function(_)) {
                if nkw == 0 && self.is_simple_function(g, npos) {
                    // Fast path: arguments are already where the new
                    // frame's locals go.
                    if self.frames.len() + self.native_depth >= self.recursion_limit {
                        let t = self.types.recursion_error;
                        return self.err(t, "maximum recursion depth exceeded");
                    }
                    self.safe_point()?;
                    let (code, globals) = match self.heap.get(g) {
                        Obj::Function(func) => (func.code.clone(), func.globals),
                        _ => unreachable!("checked above"),
                    };
                    // Move args down over the callable (and NULL/self slot).
                    let nlocals = code.nlocals;
                    self.stack.copy_within(argstart.., fpos);
                    self.stack.truncate(fpos + npos);
                    self.stack.resize(fpos + nlocals, UNBOUND_LOCAL);
                    self.frames.push(Frame {
                        code,
                        ip: 0,
                        base: fpos,
                        globals,
                        locals: None,
                        blocks: Vec::new(),
                        gen: None,
                        init_self: None,
                        binop: None,
                    });
                    return Ok(Some(Flow::Switch));
                }
                self.safe_point()?;
                let args: Vec<Value> = self.stack[argstart..argstart + npos].to_vec();
                let kw: Vec<(Value, Value)> = kwnames
                    .iter()
                    .copied()
                    .zip(self.stack[argstart + npos..].iter().copied())
                    .collect();
                let pushed = self.push_py_frame(g, &args, &kw, None)?;
                if pushed {
                    // Remove the call's arguments from below the frame.
                    let fr = self.frames.last_mut().expect("frame");
                    let newbase = fpos;
                    let len = self.stack.len() - fr.base;
                    let old = fr.base;
                    self.stack.copy_within(old..old + len, newbase);
                    self.stack.truncate(newbase + len);
                    fr.base = newbase;
                    return Ok(Some(Flow::Switch));
                }
                let gen = self.stack.pop().unwrap_or(Value::None);
                self.stack.truncate(fpos);
                self.stack.push(gen);
                return Ok(None);
            }
            // A plain class whose __init__ is Python code: create the
            // instance and run __init__ as a frame of this loop (no
            // re-entry); the frame's return produces the instance.
            if let Some(init) = self.plain_class_init(g) {
                self.safe_point()?;
                let inst = crate::objects::object::new_instance(self, g)?;
                let Value::Obj(ig) = init else {
                    return Ok(None);
                };
                if nkw == 0 && self.is_simple_function(ig, npos + 1) {
                    if self.frames.len() + self.native_depth >= self.recursion_limit {
                        let t = self.types.recursion_error;
                        return self.err(t, "maximum recursion depth exceeded");
                    }
                    // The instance takes the class's slot: with the
                    // arguments after it, that is `__init__`'s locals.
                    let (code, globals) = match self.heap.get(ig) {
                        Obj::Function(func) => (func.code.clone(), func.globals),
                        _ => return Ok(None),
                    };
                    self.stack[fpos] = inst;
                    self.stack.copy_within(argstart.., fpos + 1);
                    self.stack.truncate(fpos + 1 + npos);
                    self.stack.resize(fpos + code.nlocals, UNBOUND_LOCAL);
                    self.frames.push(Frame {
                        code,
                        ip: 0,
                        base: fpos,
                        globals,
                        locals: None,
                        blocks: Vec::new(),
                        gen: None,
                        init_self: Some(inst),
                        binop: None,
                    });
                    return Ok(Some(Flow::Switch));
                }
                let mut args: Vec<Value> = Vec::with_capacity(npos + 1);
                args.push(inst);
                args.extend_from_slice(&self.stack[argstart..argstart + npos]);
                let kw: Vec<(Value, Value)> = kwnames
                    .iter()
                    .copied()
                    .zip(self.stack[argstart + npos..].iter().copied())
                    .collect();
                self.push_py_frame(ig, &args, &kw, Some(inst))?;
                let fr = self.frames.last_mut().expect("frame");
                let len = self.stack.len() - fr.base;
                let old = fr.base;
                self.stack.copy_within(old..old + len, fpos);
                self.stack.truncate(fpos + len);
                fr.base = fpos;
                return Ok(Some(Flow::Switch));
            }
        }
        let args: Vec<Value> = self.stack[argstart..argstart + npos].to_vec();
        let kw: Vec<(Value, Value)> = kwnames
            .iter()
            .copied()
            .zip(self.stack[argstart + npos..].iter().copied())
            .collect();
        let roots = self.roots.len();
        // What the interpreter holds is on its stack: objects allocated
        // before this call need not be kept by an emergency collection.
        self.heap.advance_epoch();
        let r = self.call_nonpy(f, &args, &kw);
        self.roots.truncate(roots);
        let r = r?;
        self.stack.truncate(fpos);
        self.stack.push(r);
        Ok(None)
    }

    /// `a op b` where `a` is an instance whose class defines `__op__` in
    /// Python: run it as a frame of this loop over the two operands, which
    /// are already on the stack as its arguments. False when the operator
    /// needs the general path (`b` a subclass of `a`'s class, which gets
    /// the first try; `__iop__` defined; not a plain Python function).
    fn binop_frame(
        &mut self,
        op: upy_compiler::code::BinOp,
        a: Value,
        b: Value,
        n: usize,
        inplace: bool,
    ) -> PyResult<bool> {
        let Value::Obj(ag) = a else { return Ok(false) };
        let Obj::Instance(inst) = self.heap.get(ag) else {
            return Ok(false);
        };
        let ta = inst.class;
        let tb = self.type_of(b);
        if tb != ta && self.is_subtype(tb, ta) {
            return Ok(false);
        }
        let (name, _, iname) = self.binop_names(op);
        if inplace && self.lookup_type(ta, iname).is_some() {
            return Ok(false);
        }
        let Some(Value::Obj(fg)) = self.lookup_type(ta, name) else {
            return Ok(false);
        };
        if !self.is_simple_function(fg, 2) {
            return Ok(false);
        }
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            let t = self.types.recursion_error;
            return self.err(t, "maximum recursion depth exceeded");
        }
        self.safe_point()?;
        let (code, globals) = match self.heap.get(fg) {
            Obj::Function(func) => (func.code.clone(), func.globals),
            _ => return Ok(false),
        };
        self.stack.resize(n - 2 + code.nlocals, UNBOUND_LOCAL);
        self.frames.push(Frame {
            code,
            ip: 0,
            base: n - 2,
            globals,
            locals: None,
            blocks: Vec::new(),
            gen: None,
            init_self: None,
            binop: Some((op, a, b)),
        });
        Ok(true)
    }

    /// A Python function that takes exactly `nargs` positional arguments
    /// and nothing else (no defaults used, no cells, not a generator): its
    /// arguments on the stack are already its locals.
    #[inline]
    fn is_simple_function(&self, f: Gc, nargs: usize) -> bool {
        let Obj::Function(func) = self.heap.get(f) else {
            return false;
        };
        let co = &func.code.co;
        co.argcount as usize == nargs
            && co.kwonlyargcount == 0
            && co.flags & 3 == 0
            && co.cellvars.is_empty()
            && co.freevars.is_empty()
            && !co.is_generator()
    }

    /// `StoreGlobal`: through the per-name memo when it knows where the
    /// name is in these globals (overwriting keeps the key set, so the
    /// version), else a dict store that fills the memo.
    #[inline(never)]
    fn op_store_global(&mut self, code: &Code, i: usize, globals: Gc, v: Value) -> PyResult<()> {
        let e = code.global_cache[i].get();
        if e.valid && !e.in_builtins && e.globals == globals.0 {
            if let Obj::Dict(d) = self.heap.get_mut(globals) {
                if d.version == e.gver {
                    d.set_value(e.idx as usize, v);
                    return Ok(());
                }
            }
        }
        let name = code.names[i];
        dict_set(self, globals, name, v)?;
        // Remember where it went (builtins' version as LoadGlobal expects).
        let bver = match self.heap.get(self.builtins) {
            Obj::Dict(d) => d.version,
            _ => return Ok(()),
        };
        if let Some(idx) = crate::objects::dict::dict_index_str(self, globals, name) {
            if let Obj::Dict(d) = self.heap.get(globals) {
                code.global_cache[i].set(GlobalCache {
                    globals: globals.0,
                    gver: d.version,
                    bver,
                    idx: idx as u32,
                    in_builtins: false,
                    valid: true,
                });
            }
        }
        Ok(())
    }

    /// `name` in a frame's locals: a dict, or for `eval`/`exec` any
    /// mapping (read with `__getitem__`, a KeyError meaning absent).
    fn namespace_get(&mut self, ns: Gc, name: Value) -> PyResult<Option<Value>> {
        if matches!(self.heap.get(ns), Obj::Dict(_)) {
            return Ok(dict_get_str(self, ns, name));
        }
        match self.get_item(Value::Obj(ns), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.types.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Bind `name` in a frame's locals (a dict or any mapping).
    fn namespace_set(&mut self, ns: Gc, name: Value, v: Value) -> PyResult<()> {
        if matches!(self.heap.get(ns), Obj::Dict(_)) {
            return dict_set(self, ns, name, v);
        }
        self.set_item(Value::Obj(ns), name, v)
    }

    /// Unbind `name` in a frame's locals; false if it was not bound.
    fn namespace_del(&mut self, ns: Gc, name: Value) -> PyResult<bool> {
        if matches!(self.heap.get(ns), Obj::Dict(_)) {
            return Ok(dict_del(self, ns, name)?.is_some());
        }
        match self.del_item(Value::Obj(ns), name) {
            Ok(()) => Ok(true),
            Err(e) if self.exc_matches(e, self.types.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The builtins of code running with `globals` when they are not the
    /// interpreter's: as CPython, `globals['__builtins__']` (a dict, or a
    /// module's dict) names them (`exec(src, {'__builtins__': {...}})`).
    pub fn custom_builtins(&self, globals: Gc) -> Option<Gc> {
        let v = dict_get_str(self, globals, self.names.__builtins__)?;
        let g = v.as_gc()?;
        if g == self.builtins || Some(g) == self.builtins_module {
            return None;
        }
        match self.heap.get(g) {
            Obj::Dict(_) => Some(g),
            Obj::Module(_) => self.module_dict(g).filter(|d| *d != self.builtins),
            _ => None,
        }
    }

    /// `LoadGlobal` through the code object's per-name memo.
    #[inline]
    fn cached_global(&self, code: &Code, i: usize, globals: Gc) -> Option<Value> {
        let dict_of = |g: Gc| match self.heap.get(g) {
            Obj::Dict(d) => Some(&**d),
            _ => None,
        };
        let e = code.global_cache[i].get();
        if e.valid && e.globals == globals.0 {
            if let (Some(gd), Some(bd)) = (dict_of(globals), dict_of(self.builtins)) {
                if gd.version == e.gver && (!e.in_builtins || bd.version == e.bver) {
                    let d = if e.in_builtins { bd } else { gd };
                    if let Some(en) = d.entry(e.idx as usize) {
                        return Some(en.value);
                    }
                }
            }
        }
        let name = code.names[i];
        if let Some(custom) = self.custom_builtins(globals) {
            // Not memoised: rare, and the memo knows only the builtins.
            return dict_get_str(self, globals, name).or_else(|| dict_get_str(self, custom, name));
        }
        let (gd, bd) = (dict_of(globals)?, dict_of(self.builtins)?);
        let (idx, in_builtins) = match crate::objects::dict::dict_index_str(self, globals, name) {
            Some(ix) => (ix, false),
            None => (
                crate::objects::dict::dict_index_str(self, self.builtins, name)?,
                true,
            ),
        };
        code.global_cache[i].set(GlobalCache {
            globals: globals.0,
            gver: gd.version,
            bver: bd.version,
            idx: idx as u32,
            in_builtins,
            valid: true,
        });
        let d = if in_builtins { bd } else { gd };
        d.entry(idx).map(|en| en.value)
    }

    /// For a class called with the default metaclass and `object.__new__`,
    /// its `__init__` if that is a plain (non-generator) Python function.
    fn plain_class_init(&self, cls: Gc) -> Option<Value> {
        let Obj::Type(t) = self.heap.get(cls) else {
            return None;
        };
        if t.metaclass.is_some() || t.base_kind != BaseKind::Object {
            return None;
        }
        let new = self.lookup_type(cls, self.names.__new__)?;
        if !self.is_slot_named(new, self.names.__new__, self.types.object) {
            return None;
        }
        let init = self.lookup_type(cls, self.names.__init__)?;
        match init {
            Value::Obj(f) => match self.heap.get(f) {
                Obj::Function(func) if !func.code.co.is_generator() => Some(init),
                _ => None,
            },
            _ => None,
        }
    }

    /// Collect garbage if due; also where Ctrl-C is noticed, callbacks
    /// waiting (weak reference callbacks, finalisers, scheduled functions)
    /// run and the step budget is taken from.
    #[inline(always)]
    pub fn safe_point(&mut self) -> PyResult<()> {
        self.heap.advance_epoch();
        self.steps_left = self.steps_left.wrapping_sub(1);
        // One test of everything that is rarely due, so the common case
        // stays a few instructions inlined in the loop. A plain load of
        // the interrupt flag: the swap is a locked instruction.
        let interrupted = self
            .interrupt
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed));
        if (self.steps_left == 0) | interrupted | self.heap.should_collect() | self.heap.work_due {
            return self.safe_point_due();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn safe_point_due(&mut self) -> PyResult<()> {
        if self.steps_left == 0 {
            return self.budget_spent();
        }
        self.poll_interrupt()?;
        self.maybe_collect();
        if !self.heap.weak_callbacks.is_empty() {
            self.run_weak_callbacks();
        }
        if !self.heap.to_finalize.is_empty() {
            self.run_finalizers();
        }
        if !self.scheduled.is_empty() && !self.sched_locked {
            self.run_scheduled();
        }
        self.heap.work_due = !self.heap.weak_callbacks.is_empty()
            || !self.heap.to_finalize.is_empty()
            || !self.scheduled.is_empty();
        Ok(())
    }

    /// Run one waiting `micropython.schedule` callback, as MicroPython's
    /// scheduler does at a safe point: others wait until it returns, and an
    /// exception from it is printed, not raised.
    fn run_scheduled(&mut self) {
        let Some((f, arg)) = self.scheduled.pop_front() else {
            return;
        };
        let mark = self.roots.len();
        self.roots.push(f);
        self.roots.push(arg);
        self.sched_locked = true;
        let r = self.call(f, &[arg]);
        self.sched_locked = false;
        if let Err(e) = r {
            let text = crate::traceback::format_exception(self, e);
            self.write_stderr(&text);
        }
        self.roots.truncate(mark);
    }

    /// Run the finalisers (`__del__`) of objects the last collection found
    /// unreachable, each once. As in CPython, an exception in one is
    /// reported on stderr and otherwise ignored.
    pub fn run_finalizers(&mut self) {
        let pending = std::mem::take(&mut self.heap.to_finalize);
        let mark = self.roots.len();
        self.roots.extend(pending.iter().copied());
        let key = self.intern("__del__");
        for obj in pending {
            if let Value::Obj(g) = obj {
                if matches!(self.heap.get(g), Obj::Generator(_)) {
                    if let Err(e) = crate::objects::generator::gen_close(self, g) {
                        self.report_ignored(obj, e);
                    }
                    continue;
                }
            }
            let Some(f) = self.lookup_special(obj, key) else {
                continue;
            };
            if let Err(e) = self.call_bound(f, obj, &[]) {
                self.report_ignored(f, e);
            }
        }
        self.roots.truncate(mark);
    }

    /// An exception from a callback nobody waits for (a weak-reference
    /// callback, a finaliser), reported on stderr as CPython does.
    fn report_ignored(&mut self, f: Value, e: Value) {
        let r = self.repr_of(f).ok();
        let name = r.and_then(|r| self.as_str(r).map(|s| s.to_string()));
        let text = crate::traceback::format_exception(self, e);
        self.write_stderr(&format!(
            "Exception ignored in: {}\n{}",
            name.unwrap_or_default(),
            text
        ));
    }

    /// At exit: finalise every object still waiting for it, as CPython
    /// does when the interpreter shuts down.
    pub fn finalize_at_exit(&mut self) {
        self.heap.finalize_all();
        while !self.heap.to_finalize.is_empty() {
            self.run_finalizers();
            // Finalisers may have made more objects with finalisers.
            self.heap.finalize_all();
        }
        self.flush_stdout();
    }

    /// Register `obj` (a new instance of `cls`) for finalisation if its
    /// class defines `__del__`.
    pub fn track_finalizer(&mut self, cls: Gc, obj: Value) {
        let epoch = self.attr_cache.epoch();
        let (seen, has) = self.type_obj(cls).del_cache;
        let has = if seen == epoch {
            has
        } else {
            let key = self.intern("__del__");
            let has = self.lookup_type(cls, key).is_some();
            if let Obj::Type(t) = self.heap.get_mut(cls) {
                t.del_cache = (epoch, has);
            }
            has
        };
        if let (true, Value::Obj(g)) = (has, obj) {
            self.heap.register_finalizer(g);
        }
    }

    /// Call the callbacks of weak references cleared by the last
    /// collection. As in CPython, an exception in a callback is reported
    /// on stderr and otherwise ignored.
    pub fn run_weak_callbacks(&mut self) {
        let pending = std::mem::take(&mut self.heap.weak_callbacks);
        let mark = self.roots.len();
        for (cb, w) in &pending {
            self.roots.push(*cb);
            self.roots.push(*w);
        }
        for (cb, w) in pending {
            if let Err(e) = self.call(cb, &[w]) {
                self.report_ignored(cb, e);
            }
        }
        self.roots.truncate(mark);
    }

    fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Cell(v) => *v,
                _ => UNBOUND,
            },
            _ => UNBOUND,
        }
    }

    fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Obj(g) = cell {
            if let Obj::Cell(c) = self.heap.get_mut(g) {
                *c = v;
            }
        }
    }

    fn cell_name(&self, code: &Code, i: u32) -> String {
        let i = i as usize;
        let nc = code.co.cellvars.len();
        if i < nc {
            code.co.cellvars[i].clone()
        } else {
            code.co.freevars.get(i - nc).cloned().unwrap_or_default()
        }
    }

    fn name_error(&mut self, name: Value) -> Value {
        let n = self.as_str(name).unwrap_or("?").to_string();
        let t = self.types.name_error;
        let e = self.new_exc(t, &format!("name '{}' is not defined", n));
        self.set_exc_fields(e, &[("name", name)]);
        e
    }

    /// A special method bound to `obj`, or TypeError/AttributeError as
    /// CPython raises for a missing context-manager method.
    fn special_method(&mut self, obj: Value, name: Value, pretty: &str) -> PyResult<Value> {
        match self.lookup_special(obj, name) {
            Some(f) => {
                let t = self.type_of(obj);
                self.bind_descriptor(f, obj, t)
            }
            None => {
                let t = self.type_name(obj);
                let kind = if pretty.starts_with("__a") {
                    "asynchronous context manager"
                } else {
                    "context manager"
                };
                // CPython names a missing exit method (the enter one is
                // looked up first).
                let suffix = if pretty.ends_with("exit__") {
                    format!(" (missed {} method)", pretty)
                } else {
                    String::new()
                };
                self.type_error(format!(
                    "'{}' object does not support the {} protocol{}",
                    t, kind, suffix
                ))
            }
        }
    }

    /// Turn the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            match self.heap.get(g) {
                Obj::Exception(_) => return Ok(v),
                Obj::Type(_) if self.is_subtype(g, self.types.base_exception) => {
                    return self.call(v, &[]);
                }
                _ => {}
            }
        }
        self.type_error("exceptions must derive from BaseException")
    }

    fn exception_matches(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        let items = match typ {
            Value::Obj(g) if matches!(self.heap.get(g), Obj::Tuple(_)) => {
                crate::objects::seq_ops::seq_items(self, typ)
            }
            _ => vec![typ],
        };
        let mut classes = Vec::with_capacity(items.len());
        for t in items {
            match t {
                Value::Obj(g)
                    if matches!(self.heap.get(g), Obj::Type(_))
                        && self.is_subtype(g, self.types.base_exception) =>
                {
                    classes.push(g)
                }
                _ => {
                    return self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    )
                }
            }
        }
        Ok(classes.into_iter().any(|g| self.isinstance(exc, g)))
    }

    /// Call a class body function with a fresh namespace; returns the
    /// namespace and the `__class__` cell (if any).
    pub fn run_class_body(&mut self, body: Value, ns: Gc) -> PyResult<Value> {
        let Value::Obj(fg) = body else {
            return self.type_error("__build_class__: func must be a function");
        };
        let (code, globals, closure) = match self.heap.get(fg) {
            Obj::Function(f) => (f.code.clone(), f.globals, f.closure.clone()),
            _ => return self.type_error("__build_class__: func must be a function"),
        };
        let base = self.stack.len();
        self.stack.resize(base + code.nlocals, Value::None);
        let nvar = code.co.varnames.len();
        for i in 0..code.co.cellvars.len() {
            let c = self.alloc(Obj::Cell(UNBOUND))?;
            self.stack[base + nvar + i] = Value::Obj(c);
        }
        let ncell = code.co.cellvars.len();
        for (i, c) in closure.iter().enumerate() {
            self.stack[base + nvar + ncell + i] = *c;
        }
        let depth = self.frames.len();
        let has_cell = code.co.flags & CO_CLASS_CELL != 0;
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            globals,
            locals: Some(ns),
            blocks: Vec::new(),
            gen: None,
            init_self: None,
            binop: None,
        });
        let r = self.run_frames(depth)?;
        Ok(if has_cell { r } else { Value::None })
    }
}

/// Control transfer out of `execute`.
pub enum Flow {
    Return(Value),
    Yield(Value),
    /// A new frame was pushed.
    Switch,
}

/// Marks the empty `self` slot of `LoadMethod` (a handle no object has).
pub const NULL: Value = Value::Obj(Gc(u32::MAX - 1));

#[inline]
fn is_null(v: Value) -> bool {
    matches!(v, Value::Obj(g) if g.0 == u32::MAX - 1)
}

/// An unassigned local variable.
pub const UNBOUND_LOCAL: Value = UNBOUND;

#[inline]
fn is_unbound_local(v: Value) -> bool {
    is_unbound(v)
}
