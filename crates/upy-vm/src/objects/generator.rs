//! Generators and coroutines: `send`, `throw`, `close`, and the `await` /
//! `async for` protocol helpers used by the interpreter.

use crate::interp::GenResult;
use crate::native::{Args, Native};
use crate::obj::*;
use crate::types::add_natives;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Turn a generator result into a method result (StopIteration at the end).
fn finish(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yielded(v) => Ok(v),
        GenResult::Returned(v) => {
            let t = vm.types.stop_iteration;
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.new_exc_args(t, args))
        }
    }
}

fn g_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let r = vm.gen_resume(g, Value::None, None)?;
    finish(vm, r)
}

fn g_iter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

fn g_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let r = vm.gen_resume(g, a.arg(0), None)?;
    finish(vm, r)
}

/// Build the exception for `throw(typ[, val[, tb]])`.
pub fn throw_exception(vm: &mut Vm, typ: Value, val: Option<Value>) -> PyResult<Value> {
    if let Value::Obj(g) = typ {
        match vm.heap.get(g) {
            Obj::Exception(_) => {
                if val.is_some_and(|v| !v.is_none()) {
                    return vm.type_error("instance exception may not have a separate value");
                }
                return Ok(typ);
            }
            Obj::Type(_) if vm.is_subtype(g, vm.types.base_exception) => {
                return match val {
                    None | Some(Value::None) => vm.call(typ, &[]),
                    Some(v) if vm.isinstance(v, g) => Ok(v),
                    Some(v) => {
                        if let Value::Obj(vg) = v {
                            if matches!(vm.heap.get(vg), Obj::Tuple(_)) {
                                let items = crate::objects::seq_ops::seq_items(vm, v);
                                return vm.call(typ, &items);
                            }
                        }
                        vm.call(typ, &[v])
                    }
                };
            }
            _ => {}
        }
    }
    let t = vm.type_name(typ);
    vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        t
    ))
}

fn g_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let e = throw_exception(vm, a.arg(0), a.get(1))?;
    let r = vm.gen_resume(g, Value::None, Some(e))?;
    finish(vm, r)
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, g: Gc) -> PyResult<()> {
    let state = match vm.heap.get(g) {
        Obj::Generator(gen) => gen.state,
        _ => return Ok(()),
    };
    match state {
        GenState::Created | GenState::Done => {
            if let Obj::Generator(gen) = vm.heap.get_mut(g) {
                gen.state = GenState::Done;
                gen.frame = None;
            }
            Ok(())
        }
        _ => {
            let t = vm.types.generator_exit;
            let e = vm.new_exc_obj(t, Value::None)?;
            match vm.gen_resume(g, Value::None, Some(e)) {
                Ok(GenResult::Yielded(_)) => {
                    let t = vm.types.runtime_error;
                    vm.err(t, "generator ignored GeneratorExit")
                }
                Ok(GenResult::Returned(_)) => Ok(()),
                Err(x)
                    if vm.exc_matches(x, vm.types.generator_exit)
                        || vm.exc_matches(x, vm.types.stop_iteration) =>
                {
                    Ok(())
                }
                Err(x) => Err(x),
            }
        }
    }
}

fn g_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    gen_close(vm, g)?;
    Ok(Value::None)
}

/// The iterator behind `await v`.
pub fn get_awaitable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(g) = v {
        if let Obj::Generator(gen) = vm.heap.get(g) {
            if gen.kind == GenKind::Coroutine {
                return Ok(v);
            }
        }
    }
    let aw = vm.names.__await__;
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, aw) {
            let it = vm.call_bound(f, v, &[])?;
            let is_gen = matches!(it, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Generator(gen) if gen.kind == GenKind::Generator));
            if !is_gen && vm.lookup_special(it, vm.names.__next__).is_none() {
                let t = vm.type_name(it);
                return vm.type_error(format!("__await__() returned non-iterator of type '{}'", t));
            }
            return Ok(it);
        }
    }
    let t = vm.type_name(v);
    vm.type_error(format!("object {} can't be used in 'await' expression", t))
}

/// `aiter(v)` for `async for`.
pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let name = vm.names.__aiter__;
    match vm.lookup_special(v, name) {
        Some(f) => vm.call_bound(f, v, &[]),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                t
            ))
        }
    }
}

/// The awaitable for the next step of `async for`.
pub fn get_anext(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let name = vm.names.__anext__;
    match vm.lookup_special(v, name) {
        Some(f) => {
            let a = vm.call_bound(f, v, &[])?;
            get_awaitable(vm, a)
        }
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                t
            ))
        }
    }
}

const GEN_METHODS: &[Native] = &[
    Native::new("send(self, value, /)", g_send),
    Native::new("throw(self, typ, val=..., tb=..., /)", g_throw),
    Native::new("close(self, /)", g_close),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    for t in [vm.types.generator, vm.types.coroutine] {
        add_natives(vm, t, GEN_METHODS)?;
    }
    add_natives(
        vm,
        vm.types.generator,
        &[
            Native::slot("__next__(self, /)", g_next),
            Native::slot("__iter__(self, /)", g_iter),
        ],
    )?;
    add_natives(
        vm,
        vm.types.coroutine,
        &[Native::slot("__await__(self, /)", g_iter)],
    )?;
    init_async_generator(vm)
}

/// What an async generator's awaitable does on its first step.
#[derive(Clone, Copy)]
enum AgenOp {
    /// `__anext__()` / `asend(v)`: send `v` in.
    Send(Value),
    /// `athrow(...)`: throw the exception in.
    Throw(Value),
    /// `aclose()`: throw GeneratorExit in.
    Close,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AgenState {
    Init,
    Running,
    Done,
}

/// The awaitable returned by an async generator's `__anext__`, `asend`,
/// `athrow` and `aclose`: driving it runs the generator until its next
/// `yield`, whose value becomes the awaitable's result (StopIteration);
/// values the generator passes on from its own awaits go out unchanged.
struct AgenAwait {
    agen: Gc,
    op: AgenOp,
    state: AgenState,
}

impl NativeObject for AgenAwait {
    fn type_name(&self) -> &'static str {
        "async_generator_asend"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(Value::Obj(self.agen));
        match self.op {
            AgenOp::Send(v) | AgenOp::Throw(v) => out.push(v),
            AgenOp::Close => {}
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn new_agen_await(vm: &mut Vm, agen: Gc, op: AgenOp) -> PyResult<Value> {
    let t = match vm.native_types.get("async_generator_asend") {
        Some(&t) => t,
        None => {
            let ob = vm.types.object;
            let t = crate::types::new_builtin_type(
                vm,
                "async_generator_asend",
                Some(ob),
                BaseKind::Other,
            )?;
            add_natives(vm, t, AWAIT_METHODS)?;
            vm.native_types.insert("async_generator_asend", t);
            t
        }
    };
    vm.alloc_val(Obj::Native(
        t,
        Box::new(AgenAwait {
            agen,
            op,
            state: AgenState::Init,
        }),
    ))
}

fn aw_parts(vm: &mut Vm, v: Value) -> PyResult<(Gc, AgenOp, AgenState)> {
    if let Value::Obj(g) = v {
        if let Obj::Native(_, n) = vm.heap.get(g) {
            if let Some(a) = n.as_any().downcast_ref::<AgenAwait>() {
                return Ok((a.agen, a.op, a.state));
            }
        }
    }
    vm.type_error("descriptor requires an 'async_generator_asend' object")
}

fn aw_set_state(vm: &mut Vm, v: Value, state: AgenState) {
    if let Value::Obj(g) = v {
        if let Obj::Native(_, n) = vm.heap.get_mut(g) {
            if let Some(a) = n.as_any_mut().downcast_mut::<AgenAwait>() {
                a.state = state;
            }
        }
    }
}

/// One step of the awaitable: `send` is the value sent in (None for
/// `__next__`), `throw` an exception to throw in instead.
fn aw_step(vm: &mut Vm, this: Value, send: Value, throw: Option<Value>) -> PyResult<Value> {
    let (agen, op, state) = aw_parts(vm, this)?;
    if state == AgenState::Done {
        let t = vm.types.runtime_error;
        return vm.err(t, "cannot reuse already awaited __anext__()/asend()");
    }
    let closing = matches!(op, AgenOp::Close);
    let (send, throw) = if state == AgenState::Init {
        match op {
            AgenOp::Send(v) => (v, throw),
            AgenOp::Throw(e) => (Value::None, Some(throw.unwrap_or(e))),
            AgenOp::Close => {
                let t = vm.types.generator_exit;
                let e = vm.new_exc_obj(t, Value::None)?;
                (Value::None, Some(throw.unwrap_or(e)))
            }
        }
    } else {
        (send, throw)
    };
    aw_set_state(vm, this, AgenState::Running);
    vm.roots.push(this);
    let r = vm.gen_resume(agen, send, throw);
    match r {
        Ok(GenResult::Yielded(y)) if !vm.value_yield => Ok(y),
        Ok(GenResult::Yielded(y)) => {
            aw_set_state(vm, this, AgenState::Done);
            if closing {
                let t = vm.types.runtime_error;
                return vm.err(t, "async generator ignored GeneratorExit");
            }
            let t = vm.types.stop_iteration;
            let args = if y.is_none() { vec![] } else { vec![y] };
            Err(vm.new_exc_args(t, args))
        }
        Ok(GenResult::Returned(_)) => {
            aw_set_state(vm, this, AgenState::Done);
            let t = if closing {
                vm.types.stop_iteration
            } else {
                vm.types.stop_async_iteration
            };
            Err(vm.new_exc_args(t, vec![]))
        }
        Err(e) => {
            aw_set_state(vm, this, AgenState::Done);
            if closing
                && (vm.exc_matches(e, vm.types.generator_exit)
                    || vm.exc_matches(e, vm.types.stop_async_iteration))
            {
                let t = vm.types.stop_iteration;
                return Err(vm.new_exc_args(t, vec![]));
            }
            Err(e)
        }
    }
}

fn aw_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    aw_parts(vm, a.this())?;
    Ok(a.this())
}

fn aw_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    aw_step(vm, a.this(), Value::None, None)
}

fn aw_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    aw_step(vm, a.this(), a.arg(0), None)
}

fn aw_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let e = throw_exception(vm, a.arg(0), a.get(1))?;
    aw_step(vm, a.this(), Value::None, Some(e))
}

fn aw_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    aw_parts(vm, a.this())?;
    aw_set_state(vm, a.this(), AgenState::Done);
    Ok(Value::None)
}

fn ag_aiter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

fn ag_anext(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    new_agen_await(vm, g, AgenOp::Send(Value::None))
}

fn ag_asend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    new_agen_await(vm, g, AgenOp::Send(a.arg(0)))
}

fn ag_athrow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    let e = throw_exception(vm, a.arg(0), a.get(1))?;
    new_agen_await(vm, g, AgenOp::Throw(e))
}

fn ag_aclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.this_obj(vm)?;
    new_agen_await(vm, g, AgenOp::Close)
}

const AWAIT_METHODS: &[Native] = &[
    Native::slot("__await__(self, /)", aw_iter),
    Native::slot("__iter__(self, /)", aw_iter),
    Native::slot("__next__(self, /)", aw_next),
    Native::new("send(self, value, /)", aw_send),
    Native::new("throw(self, typ, val=..., tb=..., /)", aw_throw),
    Native::new("close(self, /)", aw_close),
];

/// The async generator protocol (`__aiter__`, `__anext__`, `asend`,
/// `athrow`, `aclose`).
pub fn init_async_generator(vm: &mut Vm) -> PyResult<()> {
    add_natives(
        vm,
        vm.types.async_generator,
        &[
            Native::slot("__aiter__(self, /)", ag_aiter),
            Native::slot("__anext__(self, /)", ag_anext),
            Native::new("asend(self, value, /)", ag_asend),
            Native::new("athrow(self, typ, val=..., tb=..., /)", ag_athrow),
            Native::new("aclose(self, /)", ag_aclose),
        ],
    )
}
