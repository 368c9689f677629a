//! The virtual machine state: heap, value stack, frames, interned names,
//! builtin types, and the helpers every other file uses to allocate objects
//! and raise exceptions.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::dict::DictObj;
use crate::frame::Frame;
use crate::heap::Heap;
use crate::obj::*;
use crate::set::SetObj;
use crate::value::{Gc, Value};
use crate::PyResult;

macro_rules! names {
    ($($field:ident),* $(,)?) => {
        /// Interned names used by the VM itself.
        #[allow(non_snake_case)]
        pub struct Names { $(pub $field: Value,)* }
        impl Names {
            fn new(vm: &mut Vm) -> Names {
                Names { $($field: vm.intern(stringify!($field)),)* }
            }
            fn placeholder() -> Names {
                Names { $($field: Value::None,)* }
            }
        }
    };
}

names!(
    __init__,
    __new__,
    __call__,
    __getattr__,
    __getattribute__,
    __setattr__,
    __delattr__,
    __get__,
    __set__,
    __delete__,
    __repr__,
    __str__,
    __format__,
    __hash__,
    __eq__,
    __ne__,
    __lt__,
    __le__,
    __gt__,
    __ge__,
    __len__,
    __getitem__,
    __setitem__,
    __delitem__,
    __contains__,
    __iter__,
    __next__,
    __bool__,
    __enter__,
    __exit__,
    __add__,
    __radd__,
    __iadd__,
    __sub__,
    __rsub__,
    __isub__,
    __mul__,
    __rmul__,
    __imul__,
    __matmul__,
    __rmatmul__,
    __imatmul__,
    __truediv__,
    __rtruediv__,
    __itruediv__,
    __floordiv__,
    __rfloordiv__,
    __ifloordiv__,
    __mod__,
    __rmod__,
    __imod__,
    __pow__,
    __rpow__,
    __ipow__,
    __lshift__,
    __rlshift__,
    __ilshift__,
    __rshift__,
    __rrshift__,
    __irshift__,
    __and__,
    __rand__,
    __iand__,
    __or__,
    __ror__,
    __ior__,
    __xor__,
    __rxor__,
    __ixor__,
    __neg__,
    __pos__,
    __invert__,
    __abs__,
    __int__,
    __float__,
    __complex__,
    __index__,
    __round__,
    __name__,
    __qualname__,
    __module__,
    __doc__,
    __dict__,
    __class__,
    __main__,
    __all__,
    __file__,
    __path__,
    __package__,
    __builtins__,
    __slots__,
    __await__,
    __aiter__,
    __anext__,
    __aenter__,
    __aexit__,
    __reversed__,
    __set_name__,
    __init_subclass__,
    __class_getitem__,
    __bases__,
    __mro__,
    __classcell__,
    __traceback__,
    __cause__,
    __context__,
    __suppress_context__,
    __del__,
    __missing__,
    __dir__,
    __sizeof__,
    __instancecheck__,
    __subclasscheck__,
    __fspath__,
    __length_hint__,
    __trunc__,
    __floor__,
    __ceil__,
    __divmod__,
    __rdivmod__,
    __import__,
    __debug__,
    args,
    value,
    errno,
    strerror,
    filename,
    code,
    send,
    throw,
    close,
    keys,
    items,
    values,
    append,
    extend,
    get,
    write,
    read,
    readinto,
    readline,
    flush,
    ioctl,
    name,
    end,
    sep,
    file,
    key,
    reverse,
    default,
    start,
    step,
    stop,
    real,
    imag,
    msg,
);

macro_rules! types {
    ($($field:ident: $name:literal),* $(,)?) => {
        /// The builtin type objects.
        pub struct Types { $(pub $field: Gc,)* }
        impl Types {
            fn placeholder() -> Types { Types { $($field: Gc(0),)* } }
            /// A copy of the handles (they are plain indices).
            pub fn clone_basic(&self) -> Types { Types { $($field: self.$field,)* } }
        }
        /// `(field name, Python name)` of each builtin type, in creation order.
        pub const TYPE_LIST: &[&str] = &[$($name,)*];
        fn set_type(t: &mut Types, i: usize, g: Gc) {
            let mut k = 0;
            $( if k == i { t.$field = g; } k += 1; )*
            let _ = k;
        }
        fn get_type(t: &Types, i: usize) -> Gc {
            let mut k = 0;
            $( if k == i { return t.$field; } k += 1; )*
            let _ = k;
            t.object
        }
    };
}

types!(
    object: "object", type_: "type", int: "int", bool_: "bool", float: "float",
    complex: "complex", str_: "str", bytes: "bytes", bytearray: "bytearray", list: "list",
    tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset", none: "NoneType",
    notimpl: "NotImplementedType", ellipsis: "ellipsis", function: "function",
    builtin_function: "builtin_function_or_method", method: "bound_method", module: "module",
    cell: "cell", generator: "generator", coroutine: "coroutine",
    async_generator: "async_generator", range: "range", slice: "slice", iterator: "iterator",
    dict_keys: "dict_keys", dict_values: "dict_values", dict_items: "dict_items",
    property: "property", classmethod: "classmethod", staticmethod: "staticmethod",
    super_: "super", code: "code", enumerate: "enumerate", zip: "zip", map: "map",
    filter: "filter", reversed: "reversed", memoryview: "memoryview",
    callable_iterator: "callable_iterator", list_iterator: "list_iterator",
    tuple_iterator: "tuple_iterator", range_iterator: "range_iterator",
    longrange_iterator: "longrange_iterator",
    str_iterator: "str_ascii_iterator", bytes_iterator: "bytes_iterator",
    bytearray_iterator: "bytearray_iterator", dict_keyiterator: "dict_keyiterator",
    dict_valueiterator: "dict_valueiterator", dict_itemiterator: "dict_itemiterator",
    set_iterator: "set_iterator",
    base_exception: "BaseException", exception: "Exception", system_exit: "SystemExit",
    keyboard_interrupt: "KeyboardInterrupt", generator_exit: "GeneratorExit",
    arithmetic_error: "ArithmeticError", assertion_error: "AssertionError",
    attribute_error: "AttributeError", eof_error: "EOFError", import_error: "ImportError",
    module_not_found_error: "ModuleNotFoundError", lookup_error: "LookupError",
    index_error: "IndexError", key_error: "KeyError", memory_error: "MemoryError",
    name_error: "NameError", unbound_local_error: "UnboundLocalError", os_error: "OSError",
    overflow_error: "OverflowError", runtime_error: "RuntimeError",
    recursion_error: "RecursionError", not_implemented_error: "NotImplementedError",
    stop_iteration: "StopIteration", stop_async_iteration: "StopAsyncIteration",
    syntax_error: "SyntaxError", indentation_error: "IndentationError",
    type_error: "TypeError", value_error: "ValueError", unicode_error: "UnicodeError",
    zero_division_error: "ZeroDivisionError", file_exists_error: "FileExistsError",
    file_not_found_error: "FileNotFoundError", is_a_directory_error: "IsADirectoryError",
    not_a_directory_error: "NotADirectoryError", permission_error: "PermissionError",
    timeout_error: "TimeoutError", buffer_error: "BufferError",
    floating_point_error: "FloatingPointError", reference_error: "ReferenceError",
    unicode_decode_error: "UnicodeDecodeError", unicode_encode_error: "UnicodeEncodeError",
    warning: "Warning", user_warning: "UserWarning", deprecation_warning: "DeprecationWarning",
    runtime_warning: "RuntimeWarning", blocking_io_error: "BlockingIOError",
    interrupted_error: "InterruptedError", connection_error: "ConnectionError",
    broken_pipe_error: "BrokenPipeError", child_process_error: "ChildProcessError",
    process_lookup_error: "ProcessLookupError", connection_aborted_error: "ConnectionAbortedError",
    connection_refused_error: "ConnectionRefusedError", connection_reset_error: "ConnectionResetError",
    tab_error: "TabError", unicode_translate_error: "UnicodeTranslateError",
    syntax_warning: "SyntaxWarning", future_warning: "FutureWarning",
    pending_deprecation_warning: "PendingDeprecationWarning", import_warning: "ImportWarning",
    unicode_warning: "UnicodeWarning", bytes_warning: "BytesWarning", resource_warning: "ResourceWarning",
    encoding_warning: "EncodingWarning", system_error: "SystemError",
);

impl Drop for Vm {
    /// Output already printed is not lost, even if the VM is dropped while
    /// unwinding from a panic.
    fn drop(&mut self) {
        self.flush_stdout();
    }
}

/// Default heap budget: four times MicroPython's 64-bit unix default, since
/// upy's values are twice as wide.
pub const DEFAULT_HEAP: usize = 8 * 1024 * 1024;

/// How many `micropython.schedule` callbacks may wait (MicroPython's
/// default `MICROPY_SCHEDULER_DEPTH`).
pub const SCHEDULER_DEPTH: usize = 4;

/// Python frames (plus native re-entries) allowed before RecursionError.
pub const MAX_DEPTH: usize = 1000;

/// The highest `sys.setrecursionlimit` honoured.
pub const MAX_DEPTH_CAP: usize = 20000;

pub struct Vm {
    pub heap: Heap,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Values native code holds across calls into Python.
    pub roots: Vec<Value>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// Safe points and iteration steps left before the program is stopped
    /// (`set_step_budget`; `u64::MAX`, practically unlimited, by default).
    pub steps_left: u64,
    /// `micropython.schedule` callbacks `(function, argument)` waiting for
    /// a safe point (at most `SCHEDULER_DEPTH`, as MicroPython's queue).
    pub scheduled: std::collections::VecDeque<(Value, Value)>,
    /// Set while a scheduled callback runs: the next waits for it.
    pub sched_locked: bool,
    /// The exception last raised through the interpreter, while no handler
    /// holds it: a root, as native code it propagates through may allocate.
    pub raising: Value,
    pub types: Types,
    pub names: Names,
    interned: rustc_hash::FxHashMap<Box<str>, Gc>,
    pub builtins: Gc,
    /// `sys.modules`.
    pub modules: Gc,
    pub sys_module: Option<Gc>,
    /// Re-entries of the interpreter from native code.
    pub native_depth: usize,
    pub memory_error: Value,
    pub recursion_limit: usize,
    pub optimize: u8,
    pub verbose: u8,
    /// Set by the SIGINT handler; checked at safe points.
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Type objects of library modules, by name.
    pub native_types: HashMap<&'static str, Gc>,
    /// Builtin modules: name to initialiser.
    pub builtin_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<Gc>>,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    /// `sys.stdout` and friends are looked up in the sys module each time;
    /// these hold the originals.
    pub std_streams: [Value; 3],
    /// `(text stream, its .buffer)` pairs of the standard streams.
    pub stream_buffers: Vec<(Gc, Gc)>,
    /// Output not yet written to the process's stdout.
    pub stdout_buf: Vec<u8>,
    /// Standard output and error go nowhere and standard input is at its
    /// end: for hosts that run untrusted code in-process (the fuzzers).
    pub discard_io: bool,
    /// Flush stdout after every write (interactive use).
    pub unbuffered: bool,
    /// The `builtins` module object (its dict is `builtins`).
    pub builtins_module: Option<Gc>,
    /// Containers whose repr is being computed (to print `[...]`).
    pub repr_active: Vec<Gc>,
    /// Levels of native recursion over nested data (repr, comparison)
    /// under way: they count against the recursion limit (`enter_nested`).
    pub nesting: usize,
    /// Set when the last `run_frames` ended with a yield.
    pub yielded: bool,
    /// The exception being raised is a re-raise: add no traceback entry.
    pub reraising: bool,
    /// A delegated `throw` produced a value the generator must yield.
    pub pending_yield: bool,
    /// Whether the generator that suspended last did so at its own
    /// `yield` (true) or passing on a value from a delegate (`yield from`,
    /// `await`); async generators tell their values from awaits by it.
    pub value_yield: bool,
    /// `vm.roots` length at entry to the innermost `run_frames`.
    pub roots_base: usize,
    /// Character that raises KeyboardInterrupt (`micropython.kbd_intr`).
    pub kbd_intr_char: i64,
    /// Lowest native stack address recursion may use (see `check_stack`).
    pub stack_limit: usize,
    /// Memo of `lookup_type` results.
    pub attr_cache: AttrCache,
    /// Shape transitions of instance dicts: (shape, interned key) -> shape.
    pub shapes: rustc_hash::FxHashMap<(u32, u32), u32>,
    /// State objects of library modules (the VFS mount table, ...), by
    /// name; they are GC roots.
    pub ext: HashMap<&'static str, Value>,
    /// How `import` reaches files: through the VFS once the library
    /// modules install it, the host filesystem before.
    pub import_fs: Option<ImportFs>,
    /// `os.dupterm` slots: streams that get a copy of terminal output.
    pub dupterm: [Value; 2],
    /// Set while output is being copied to the dupterm streams.
    pub in_dupterm: bool,
    /// The last dupterm input line ended with "\r": a "\n" next is part of
    /// that line end.
    pub dupterm_skip_lf: bool,
}

/// File access for `import` (see `Vm::import_fs`).
#[derive(Clone, Copy)]
pub struct ImportFs {
    /// Whether a path is a regular file (`Some(false)`: a directory;
    /// None: neither).
    pub kind: fn(&mut Vm, &str) -> Option<bool>,
    /// A file's contents.
    pub read: fn(&mut Vm, &str) -> PyResult<Vec<u8>>,
}

#[derive(Clone, Copy)]
struct CacheEntry {
    t: u32,
    name: u32,
    epoch: u32,
    value: Option<Value>,
}

/// A direct-mapped memo of class attribute look-ups (type, name) -> value.
/// Any change to a class namespace and every garbage collection (which may
/// free and reuse handles) start a new epoch, invalidating all entries.
pub struct AttrCache {
    entries: Box<[std::cell::Cell<CacheEntry>]>,
    epoch: std::cell::Cell<u32>,
}

impl AttrCache {
    const SIZE: usize = 4096;

    fn new() -> Self {
        let e = CacheEntry {
            t: u32::MAX,
            name: u32::MAX,
            epoch: 0,
            value: None,
        };
        AttrCache {
            entries: (0..Self::SIZE).map(|_| std::cell::Cell::new(e)).collect(),
            epoch: std::cell::Cell::new(1),
        }
    }

    #[inline]
    pub fn slot(&self, t: u32, name: u32) -> usize {
        ((t.wrapping_mul(0x9E37_79B1) ^ name.wrapping_mul(0x85EB_CA77)) >> 20) as usize
            & (Self::SIZE - 1)
    }

    /// Some(result) if cached in the current epoch.
    #[inline]
    pub fn get(&self, slot: usize, t: u32, name: u32) -> Option<Option<Value>> {
        let e = self.entries[slot].get();
        if e.t == t && e.name == name && e.epoch == self.epoch.get() {
            Some(e.value)
        } else {
            None
        }
    }

    #[inline]
    pub fn put(&self, slot: usize, t: u32, name: u32, value: Option<Value>) {
        self.entries[slot].set(CacheEntry {
            t,
            name,
            epoch: self.epoch.get(),
            value,
        });
    }

    /// The current type epoch (see `inline_cache`).
    #[inline]
    pub fn epoch(&self) -> u32 {
        self.epoch.get()
    }

    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get().wrapping_add(1).max(1));
    }
}

impl Vm {
    pub fn new(heap_limit: usize) -> Vm {
        let mut vm = Vm {
            heap: Heap::new(heap_limit),
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            roots: Vec::new(),
            exc_info: Value::None,
            raising: Value::None,
            scheduled: Default::default(),
            steps_left: u64::MAX,
            sched_locked: false,
            types: Types::placeholder(),
            names: Names::placeholder(),
            interned: Default::default(),
            builtins: Gc(0),
            modules: Gc(0),
            sys_module: None,
            native_depth: 0,
            memory_error: Value::None,
            recursion_limit: MAX_DEPTH,
            optimize: 0,
            verbose: 0,
            interrupt: None,
            native_types: HashMap::new(),
            builtin_modules: HashMap::new(),
            argv: Vec::new(),
            path: Vec::new(),
            std_streams: [Value::None; 3],
            stream_buffers: Vec::new(),
            stdout_buf: Vec::with_capacity(8192),
            discard_io: false,
            unbuffered: false,
            builtins_module: None,
            repr_active: Vec::new(),
            nesting: 0,
            yielded: false,
            reraising: false,
            pending_yield: false,
            value_yield: false,
            roots_base: 0,
            kbd_intr_char: 3,
            stack_limit: 0,
            attr_cache: AttrCache::new(),
            shapes: Default::default(),
            ext: HashMap::new(),
            import_fs: None,
            dupterm: [Value::None; 2],
            in_dupterm: false,
            dupterm_skip_lf: false,
        };
        // Without better knowledge assume a typical 8 MiB main-thread stack
        // of which at least 4 MiB is still free.
        vm.set_stack_size(4 * 1024 * 1024);
        // The interpreter's own objects are not the program's: like
        // MicroPython's ROM, they do not count against the budget.
        let limit = vm.heap.limit;
        vm.heap.limit = usize::MAX;
        vm.names = Names::new(&mut vm);
        crate::types::init_types(&mut vm);
        vm.modules = vm.new_dict().expect("bootstrap allocation");
        vm.heap.make_permanent(vm.modules);
        crate::builtins::init_builtins(&mut vm);
        crate::modules::register(&mut vm);
        crate::modules::sys::init(&mut vm).expect("bootstrap allocation");
        let me = vm
            .new_exc_obj(vm.types.memory_error, Value::None)
            .expect("bootstrap allocation");
        if let Value::Obj(g) = me {
            vm.heap.make_permanent(g);
        }
        vm.memory_error = me;
        vm.collect_garbage();
        vm.heap.limit = limit;
        vm.heap.base = vm.heap.bytes;
        vm.heap.limit = limit.saturating_add(vm.heap.bytes);
        vm
    }

    /// Stop the program after `steps` safe points (calls, backward jumps)
    /// and iteration steps: from then on each one raises RuntimeError, so
    /// no loop or recursion can go on (for running untrusted code, and the
    /// fuzz harness).
    pub fn set_step_budget(&mut self, steps: u64) {
        // The step that takes the count to zero is the one refused.
        self.steps_left = steps.saturating_add(1);
    }

    /// One step of native work (an iteration step, a level of a nested
    /// comparison): RuntimeError once the budget is spent, and every
    /// 1024th step a look for Ctrl-C, so that loops in native code (`sum`
    /// of a long range, comparing deep structures) can be interrupted.
    #[inline(always)]
    pub fn take_step(&mut self) -> PyResult<()> {
        // Wrapping: the default budget cannot run out in practice. A
        // spent budget (zero) is also a multiple of 1024.
        self.steps_left = self.steps_left.wrapping_sub(1);
        if self.steps_left & 0x3ff == 0 {
            return self.step_due();
        }
        Ok(())
    }

    /// `n` steps at once, for native work whose time grows with the size
    /// of its operands (big-int arithmetic): the budget bounds time, not
    /// only the count of operations. Looks for Ctrl-C too.
    pub fn take_steps(&mut self, n: u64) -> PyResult<()> {
        if n >= self.steps_left {
            self.steps_left = 0;
            return self.budget_spent();
        }
        self.steps_left -= n;
        self.poll_interrupt()
    }

    #[cold]
    #[inline(never)]
    fn step_due(&mut self) -> PyResult<()> {
        if self.steps_left == 0 {
            return self.budget_spent();
        }
        self.poll_interrupt()
    }

    /// KeyboardInterrupt if Ctrl-C was pressed since the last look.
    pub(crate) fn poll_interrupt(&mut self) -> PyResult<()> {
        if let Some(flag) = &self.interrupt {
            if flag.swap(false, std::sync::atomic::Ordering::Relaxed) {
                let t = self.types.keyboard_interrupt;
                return Err(self
                    .new_exc_obj(t, Value::None)
                    .unwrap_or_else(|_| self.out_of_memory()));
            }
        }
        Ok(())
    }

    /// RuntimeError for a spent budget; the next step raises again.
    #[cold]
    #[inline(never)]
    pub(crate) fn budget_spent<T>(&mut self) -> PyResult<T> {
        self.steps_left = 1;
        let t = self.types.runtime_error;
        self.err(t, "step budget exhausted")
    }

    /// Run `f`, whose allocations are the interpreter's rather than the
    /// program's (library modules being registered or initialised; in
    /// MicroPython they are in ROM): they do not count against the budget.
    pub fn uncharged<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        let (limit, before) = (self.heap.limit, self.heap.bytes);
        self.heap.limit = usize::MAX;
        let r = f(self);
        let used = self.heap.bytes.saturating_sub(before);
        self.heap.limit = limit.saturating_add(used);
        self.heap.base += used;
        r
    }

    pub fn set_type_slot(&mut self, i: usize, g: Gc) {
        set_type(&mut self.types, i, g);
    }

    /// The builtin type at position `i` of `TYPE_LIST`.
    pub fn get_type_slot(&self, i: usize) -> Gc {
        get_type(&self.types, i)
    }

    /// The interned str for `s`, if it was ever interned.
    pub fn lookup_interned(&self, s: &str) -> Option<Value> {
        self.interned.get(s).map(|g| Value::Obj(*g))
    }

    pub fn interned_count(&self) -> usize {
        self.interned.len()
    }

    // ----- allocation -----

    /// Allocate, turning an exhausted budget into MemoryError (after a
    /// collection, as MicroPython collects before it gives up).
    #[inline]
    pub fn alloc(&mut self, o: Obj) -> PyResult<Gc> {
        let size = o.size();
        if !self.heap.fits(size) {
            self.make_room(size, Some(&o))?;
        }
        Ok(self.heap.alloc_sized(o, size))
    }

    #[inline]
    pub fn alloc_val(&mut self, o: Obj) -> PyResult<Value> {
        self.alloc(o).map(Value::Obj)
    }

    /// Check that `bytes` more could be allocated (before building a large
    /// Rust-side buffer whose size the program controls), collecting first
    /// if they do not fit.
    #[inline]
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.fits(bytes) {
            return Ok(());
        }
        self.make_room(bytes, None)
    }

    /// Account for `bytes` more held by an existing object (a container
    /// growing), collecting first if they do not fit.
    #[inline]
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        // Growing a container under `micropython.heap_lock()` is allowed,
        // as MicroPython's containers grow into spare room.
        if !self.heap.fits(bytes) && self.heap.lock_depth == 0 {
            self.make_room(bytes, None)?;
        }
        self.heap.bytes += bytes;
        Ok(())
    }

    /// An allocation of `size` bytes does not fit: collect, keeping what
    /// native code may hold (the objects of this epoch and the children of
    /// `pending`, the object being allocated), and fail if it still does
    /// not fit.
    #[cold]
    #[inline(never)]
    pub fn make_room(&mut self, size: usize, pending: Option<&Obj>) -> PyResult<()> {
        if self.collect_for(size, pending) {
            return Ok(());
        }
        Err(self.out_of_memory())
    }

    /// `make_room` without the MemoryError: whether `size` bytes fit now.
    fn collect_for(&mut self, size: usize, pending: Option<&Obj>) -> bool {
        let due =
            !self.heap.stress_alloc || self.heap.stress_tick() || !self.heap.fits_budget(size);
        if self.heap.may_collect() && due {
            let mut extra = Vec::new();
            if let Some(o) = pending {
                o.trace(&mut extra);
            }
            self.collect_emergency(extra);
        }
        self.heap.fits_budget(size)
    }

    /// The MemoryError to raise: a new one when there is room for it,
    /// else the preallocated one, cleared of the traceback and context of
    /// its last use.
    #[cold]
    pub fn out_of_memory(&mut self) -> Value {
        if self.heap.fits_budget(256) {
            if let Ok(e) = self.new_exc_obj(self.types.memory_error, Value::None) {
                return e;
            }
        }
        let me = self.memory_error;
        if let Value::Obj(g) = me {
            if let Obj::Exception(e) = self.heap.get_mut(g) {
                e.traceback.clear();
                e.context = Value::None;
                e.cause = Value::None;
                e.suppress_context = false;
            }
        }
        me
    }

    /// Intern a name: one permanent str object per distinct name.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&g) = self.interned.get(s) {
            return Value::Obj(g);
        }
        // Interning cannot fail: a name that does not fit even after a
        // collection goes over the budget.
        let o = Obj::Str(StrObj::new(s.into()));
        let size = o.size();
        if !self.heap.fits(size) {
            self.collect_for(size, None);
        }
        let g = self.heap.alloc_sized(o, size);
        self.heap.make_permanent(g);
        self.interned.insert(s.into(), g);
        Value::Obj(g)
    }

    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if s.len() <= 1 {
            return Ok(self.intern(s));
        }
        self.alloc_val(Obj::Str(StrObj::new(s.into())))
    }

    pub fn new_string(&mut self, s: String) -> PyResult<Value> {
        if s.len() <= 1 {
            return Ok(self.intern(&s));
        }
        self.alloc_val(Obj::Str(StrObj::new(s.into_boxed_str())))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        self.alloc_val(Obj::Bytes(b.into_boxed_slice()))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc_val(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc_val(Obj::List(items))
    }

    /// The object `v` must be by construction (what the compiler put on
    /// the stack): SystemError, not a panic, if it is not one.
    pub fn internal_obj(&mut self, v: Value) -> PyResult<Gc> {
        match v {
            Value::Obj(g) => Ok(g),
            _ => {
                let t = self.types.system_error;
                self.err(t, "bad internal call")
            }
        }
    }

    /// A new empty dict (its handle: callers fill it before it escapes).
    pub fn new_dict(&mut self) -> PyResult<Gc> {
        self.alloc(Obj::Dict(Box::new(DictObj::new())))
    }

    /// A new empty set or frozenset.
    pub fn new_set(&mut self, frozen: bool) -> PyResult<Gc> {
        if frozen {
            self.alloc(Obj::FrozenSet(Box::new(SetObj::new())))
        } else {
            self.alloc(Obj::Set(Box::new(SetObj::new())))
        }
    }

    /// An int from a big integer, normalised to a small int when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> PyResult<Value> {
        match b.to_i64() {
            Some(i) => Ok(Value::Int(i)),
            None => {
                let bytes = (b.bits() as usize) / 8;
                self.check_alloc(bytes)?;
                self.alloc_val(Obj::BigInt(Box::new(b)))
            }
        }
    }

    /// The function object of a declared native function or method
    /// (`owner`: the type or module it is defined in).
    pub fn new_native(&mut self, n: &crate::native::Native, owner: Option<Gc>) -> PyResult<Value> {
        let d = crate::native::decl(n);
        self.alloc_val(Obj::NativeFn(Box::new(NativeFn {
            name: d.attr,
            decl: d,
            owner,
            bound: None,
            is_method: d.sig.has_self,
            data: Value::None,
        })))
    }

    /// A declared native carrying `data` for its implementation
    /// (`Args::data`): one declaration serving several functions.
    pub fn new_native_data(
        &mut self,
        n: &crate::native::Native,
        owner: Option<Gc>,
        data: Value,
    ) -> PyResult<Value> {
        let f = self.new_native(n, owner)?;
        if let Value::Obj(g) = f {
            if let Obj::NativeFn(nf) = self.heap.get_mut(g) {
                nf.data = data;
            }
        }
        Ok(f)
    }

    /// A declared method of type `owner` bound to `this`, as a module
    /// function: `random.random` is the method of a hidden instance.
    pub fn new_native_bound(
        &mut self,
        n: &crate::native::Native,
        owner: Gc,
        this: Value,
    ) -> PyResult<Value> {
        let d = crate::native::decl(n);
        self.alloc_val(Obj::NativeFn(Box::new(NativeFn {
            name: d.attr,
            decl: d,
            owner: Some(owner),
            bound: Some(this),
            is_method: false,
            data: Value::None,
        })))
    }

    // ----- strings -----

    /// The str payload of a value, if it is a str (or str subclass instance).
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Str(s) => Some(&s.s),
                Obj::Instance(i) => match i.base {
                    Some(Value::Obj(b)) => match self.heap.get(b) {
                        Obj::Str(s) => Some(&s.s),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Like `as_str` but raises TypeError naming the expected type.
    pub fn expect_str(&mut self, v: Value, what: &str) -> PyResult<String> {
        match self.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = self.type_name(v);
                let msg = if what.is_empty() {
                    format!("expected str, got {}", t)
                } else {
                    format!("{} must be str, not {}", what, t)
                };
                Err(self.new_exc(self.types.type_error, &msg))
            }
        }
    }

    // ----- types -----

    /// The type of a value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Gc {
        let t = &self.types;
        match v {
            Value::None => t.none,
            Value::NotImplemented => t.notimpl,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Str(_) => t.str_,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::BigInt(_) => t.int,
                Obj::Complex(..) => t.complex,
                Obj::Tuple(_) => t.tuple,
                Obj::List(_) => t.list,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Function(_) => t.function,
                Obj::NativeFn(_) => t.builtin_function,
                Obj::BoundMethod(f, _) => match f {
                    Value::Obj(fg) if matches!(self.heap.get(*fg), Obj::NativeFn(_)) => {
                        t.builtin_function
                    }
                    _ => t.method,
                },
                Obj::Type(ty) => ty.metaclass.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::Exception(e) => e.class,
                Obj::Module(_) => t.module,
                Obj::Cell(_) => t.cell,
                Obj::Generator(gen) => match gen.kind {
                    GenKind::Generator => t.generator,
                    GenKind::Coroutine => t.coroutine,
                    GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Range(..) => t.range,
                Obj::Slice(..) => t.slice,
                Obj::Iter(it) => match &**it {
                    IterKind::Enumerate { .. } => t.enumerate,
                    IterKind::Zip { .. } => t.zip,
                    IterKind::Map { .. } => t.map,
                    IterKind::Filter { .. } => t.filter,
                    IterKind::Reversed { .. } => t.reversed,
                    IterKind::Callable { .. } => t.callable_iterator,
                    IterKind::Range { .. } => t.range_iterator,
                    IterKind::BigRange(_) => t.longrange_iterator,
                    IterKind::Str { .. } => t.str_iterator,
                    IterKind::Set { .. } => t.set_iterator,
                    IterKind::Dict { what, .. } => match what {
                        DictViewKind::Keys => t.dict_keyiterator,
                        DictViewKind::Values => t.dict_valueiterator,
                        DictViewKind::Items => t.dict_itemiterator,
                    },
                    IterKind::Seq {
                        seq: Value::Obj(s), ..
                    } => match self.heap.get(*s) {
                        Obj::List(_) => t.list_iterator,
                        Obj::Tuple(_) => t.tuple_iterator,
                        Obj::Bytes(_) => t.bytes_iterator,
                        Obj::ByteArray(_) => t.bytearray_iterator,
                        _ => t.iterator,
                    },
                    IterKind::Exhausted(ty) => *ty,
                    _ => t.iterator,
                },
                Obj::DictView(_, k) => match k {
                    DictViewKind::Keys => t.dict_keys,
                    DictViewKind::Values => t.dict_values,
                    DictViewKind::Items => t.dict_items,
                },
                Obj::Property(..) => t.property,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::Super(..) => t.super_,
                Obj::Code(_) => t.code,
                Obj::Native(ty, _) => *ty,
            },
        }
    }

    /// The type object behind `t`. Callers pass handles that are types by
    /// construction (`type_of`, MRO entries, checked arguments); Python
    /// values reach it only after an `Obj::Type` check, so the panic below
    /// marks a VM bug, not bad input (the method fuzz test covers this).
    pub fn type_obj(&self, t: Gc) -> &TypeObj {
        match self.heap.get(t) {
            Obj::Type(ty) => ty,
            _ => panic!("not a type object"),
        }
    }

    pub fn is_type(&self, v: Value) -> bool {
        matches!(v, Value::Obj(g) if matches!(self.heap.get(g), Obj::Type(_)))
    }

    /// Name of a value's type, as used in error messages.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        self.type_obj(t).name.clone()
    }

    /// A native type's full name, as CPython's `tp_name`: module-qualified
    /// for library types (`collections.deque`, `_io.StringIO`), bare for
    /// builtins and for classes written in Python.
    pub fn tp_name(&self, t: Gc) -> String {
        let ty = self.type_obj(t);
        if self.heap.is_permanent(t) && ty.base_kind == BaseKind::Other {
            let key = self.names.__module__;
            if let Some(m) = crate::objects::dict::dict_get_str(self, ty.dict, key) {
                if let Some(m) = self.as_str(m).filter(|m| *m != "builtins") {
                    return format!("{}.{}", m, ty.name);
                }
            }
        }
        ty.name.clone()
    }

    /// `tp_name` of a value's type.
    pub fn value_tp_name(&self, v: Value) -> String {
        self.tp_name(self.type_of(v))
    }

    /// The class a native type's `__new__` was called for (its first
    /// argument; `name` is the native type's): the type named `name` or a
    /// subclass, else TypeError worded as CPython's. A native object
    /// given any other class (`int`, not a class at all) would reach
    /// methods that do not expect it.
    pub fn class_arg(&mut self, cls: Option<Value>, name: &str) -> PyResult<Gc> {
        let g = match cls {
            None => return self.type_error(format!("{name}.__new__(): not enough arguments")),
            Some(Value::Obj(g)) if self.is_type(Value::Obj(g)) => g,
            Some(v) => {
                let t = self.type_name(v);
                return self.type_error(format!("{name}.__new__(X): X is not a type object ({t})"));
            }
        };
        // Native types have the `Other` layout, which their subclasses
        // inherit; a Python class of the same name does not.
        let ty = self.type_obj(g);
        let native = ty.base_kind == BaseKind::Other
            && std::iter::once(&g)
                .chain(ty.mro.iter())
                .any(|&t| self.type_obj(t).name == name);
        if !native {
            let c = ty.name.clone();
            return self.type_error(format!(
                "{name}.__new__({c}): {c} is not a subtype of {name}"
            ));
        }
        Ok(g)
    }

    pub fn is_subtype(&self, t: Gc, base: Gc) -> bool {
        if t == base {
            return true;
        }
        match self.heap.get(t) {
            Obj::Type(ty) => ty.mro.contains(&base),
            _ => false,
        }
    }

    #[inline]
    pub fn isinstance(&self, v: Value, t: Gc) -> bool {
        let vt = self.type_of(v);
        vt == t || self.is_subtype(vt, t)
    }

    pub fn base_kind(&self, v: Value) -> BaseKind {
        let t = self.type_of(v);
        self.type_obj(t).base_kind
    }

    /// For instances of subclasses of builtin types, the builtin value.
    #[inline]
    pub fn unwrap_base(&self, v: Value) -> Value {
        if let Value::Obj(g) = v {
            if let Obj::Instance(i) = self.heap.get(g) {
                if let Some(b) = i.base {
                    return b;
                }
            }
        }
        v
    }

    // ----- exceptions -----

    pub fn new_exc_obj(&mut self, class: Gc, args: Value) -> PyResult<Value> {
        let args = if args.is_none() {
            self.new_tuple(Vec::new())?
        } else {
            args
        };
        self.alloc_val(Obj::Exception(Box::new(ExcObj {
            class,
            args,
            dict: None,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        })))
    }

    /// A new exception of class `t` with a message; returns the exception
    /// value (to be used as `Err(...)`).
    pub fn new_exc(&mut self, t: Gc, msg: &str) -> Value {
        let r = (|| -> PyResult<Value> {
            let m = self.new_str(msg)?;
            let args = self.new_tuple(vec![m])?;
            self.new_exc_obj(t, args)
        })();
        match r {
            Ok(v) => v,
            Err(e) => e,
        }
    }

    pub fn new_exc_args(&mut self, t: Gc, args: Vec<Value>) -> Value {
        let r = (|| -> PyResult<Value> {
            let args = self.new_tuple(args)?;
            self.new_exc_obj(t, args)
        })();
        match r {
            Ok(v) => v,
            Err(e) => e,
        }
    }

    pub fn err<T>(&mut self, t: Gc, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.new_exc(t, msg.as_ref()))
    }

    pub fn type_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.type_error;
        self.err(t, msg)
    }

    pub fn value_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.value_error;
        self.err(t, msg)
    }

    pub fn index_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.index_error;
        self.err(t, msg)
    }

    pub fn overflow_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.overflow_error;
        self.err(t, msg)
    }

    pub fn zero_div<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.zero_division_error;
        self.err(t, msg)
    }

    pub fn attr_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.types.attribute_error;
        self.err(t, msg)
    }

    pub fn key_error<T>(&mut self, key: Value) -> PyResult<T> {
        let t = self.types.key_error;
        Err(self.new_exc_args(t, vec![key]))
    }

    pub fn os_error<T>(&mut self, errno: i32, msg: &str) -> PyResult<T> {
        let t = match errno {
            2 => self.types.file_not_found_error,
            17 => self.types.file_exists_error,
            21 => self.types.is_a_directory_error,
            20 => self.types.not_a_directory_error,
            1 | 13 => self.types.permission_error,
            _ => self.types.os_error,
        };
        let m = self.new_str(msg)?;
        Err(self.new_exc_args(t, vec![Value::Int(errno as i64), m]))
    }

    /// Whether an exception value is an instance of class `t`.
    pub fn exc_matches(&self, exc: Value, t: Gc) -> bool {
        self.isinstance(exc, t)
    }

    // ----- misc -----

    /// Current Python frame's line, for diagnostics.
    pub fn current_line(&self) -> u32 {
        match self.frames.last() {
            Some(f) => f.code.co.line_of(f.ip.saturating_sub(1)),
            None => 0,
        }
    }

    pub fn code_from(&mut self, co: Rc<upy_compiler::CodeObject>) -> PyResult<Rc<Code>> {
        crate::interp::load_code(self, co)
    }

    /// Collect garbage now. Every live value must be reachable from the
    /// roots named here.
    pub fn collect_garbage(&mut self) {
        let roots = self.roots_now(Vec::new());
        self.heap.collect(roots);
        self.attr_cache.invalidate();
    }

    /// Collect between safe points (an allocation did not fit): besides
    /// the roots, keep every object of the current epoch, which native
    /// code may hold in Rust variables, and `extra`.
    pub fn collect_emergency(&mut self, extra: Vec<Value>) {
        let mut roots = self.roots_now(extra);
        self.heap.young_roots(&mut roots);
        self.heap.collect(roots);
        self.attr_cache.invalidate();
    }

    fn roots_now(&self, mut roots: Vec<Value>) -> Vec<Value> {
        roots.reserve(self.stack.len() + self.roots.len() + 64);
        roots.extend(self.stack.iter().copied());
        roots.extend(self.roots.iter().copied());
        for f in &self.frames {
            f.trace(&mut roots);
        }
        roots.push(self.exc_info);
        roots.push(self.raising);
        for (f, a) in &self.scheduled {
            roots.push(*f);
            roots.push(*a);
        }
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.modules));
        roots.push(self.memory_error);
        roots.extend(self.std_streams.iter().copied());
        if let Some(s) = self.sys_module {
            roots.push(Value::Obj(s));
        }
        roots.extend(self.native_types.values().map(|g| Value::Obj(*g)));
        roots.extend(self.ext.values().copied());
        roots.extend(self.dupterm.iter().copied());
        roots
    }

    /// Go one level deeper into nested data (`what` completes the
    /// RecursionError's message): Python frames and these levels together
    /// may not pass the recursion limit, as in CPython. The caller
    /// decrements `nesting` when it comes back up.
    pub fn enter_nested(&mut self, what: &str) -> PyResult<()> {
        if self.frames.len() + self.native_depth + self.nesting >= self.recursion_limit {
            let t = self.types.recursion_error;
            return self.err(t, format!("maximum recursion depth exceeded{}", what));
        }
        self.check_stack()?;
        // Shared substructure makes the work exponential in the depth
        // (comparing `a = [a, a]` twenty levels deep): each level is a
        // step, so the budget and Ctrl-C reach it.
        self.take_step()?;
        self.nesting += 1;
        Ok(())
    }

    /// RecursionError when the native (Rust) stack is nearly used up: every
    /// path that recurses in Rust (re-entering the interpreter from native
    /// code, repr/eq/hash of nested containers) checks this.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if here < self.stack_limit {
            let t = self.types.recursion_error;
            return self.err(t, "maximum recursion depth exceeded");
        }
        Ok(())
    }

    /// Set the lowest stack address native recursion may reach, given
    /// that `available` bytes of stack remain below the caller's frame.
    pub fn set_stack_size(&mut self, available: usize) {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        // Keep a margin for the deepest native call between checks.
        let margin = (available / 8).clamp(256 * 1024, 4 * 1024 * 1024);
        self.stack_limit = here.saturating_sub(available.saturating_sub(margin));
    }

    /// Collect if the heap asks for it. Call only at safe points.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.heap.should_collect() {
            self.collect_garbage();
        }
    }
}
