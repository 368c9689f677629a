//! The compiler's output: code objects holding bytecode, constants and
//! names. Nothing here refers to run-time heap values; the VM turns constants
//! into values when it loads a code object.

use std::rc::Rc;

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer too big for `i64`, as its literal's text (optional sign,
    /// `0x`/`0o`/`0b` prefix, digits).
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Rc<CodeObject>),
}

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// One bytecode instruction. Jump targets are instruction indices.
///
/// The set follows MicroPython's stack-machine operations closely (load/store
/// by kind of variable, `LoadMethod`/`CallMethod`, `ForIter`, block set-up for
/// exception handling) so that `.mpy` bytecode can be translated to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Nop,
    LoadConst(u32),
    LoadNone,
    LoadTrue,
    LoadFalse,
    LoadSmallInt(i32),
    Pop,
    DupTop,
    DupTopTwo,
    RotTwo,
    RotThree,
    RotFour,

    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Index into the frame's cells (cellvars then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself, to build a closure.
    LoadClosure(u32),
    /// Class body reading a free variable: namespace first, then the cell.
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `(method, self)` or `(callable, NULL)` for `CallMethod`.
    LoadMethod(u32),
    LoadSubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),

    BinaryOp(BinOp),
    InplaceOp(BinOp),
    UnaryOp(UnOp),
    CompareOp(CmpOp),
    /// Pops an exception class (or tuple) and tests the exception below it;
    /// jumps if it does not match.
    JumpIfNotExcMatch(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Builds a dict from `n` key/value pairs.
    BuildMap(u32),
    /// Comprehension helpers: append TOS to the container `n` slots below.
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// Extend the list `n` slots below with the iterable on top.
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate` but refuses duplicate keys (for `f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    /// Flags: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 spec on stack.
    FormatValue(u32),
    BuildString(u32),
    UnpackSequence(u32),
    /// Low byte: targets before the star; next byte: targets after it.
    UnpackEx(u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push next item, or pop the iterator and jump when exhausted.
    ForIter(u32),

    /// Flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; code on top.
    MakeFunction(u32),
    Call(u32),
    /// Like `Call`; a tuple of keyword names is on top of the arguments.
    CallKw(u32),
    /// Flag 1: a kwargs dict is on top of the args tuple.
    CallEx(u32),
    CallMethod(u32),
    CallMethodKw(u32),
    ReturnValue,
    LoadBuildClass,

    YieldValue,
    /// TOS is the value to send, below it the sub-iterator.
    YieldFrom,
    GetYieldFromIter,
    GetAwaitable,
    GetAiter,
    GetAnext,
    /// End of an `async for`: the exception on top must be StopAsyncIteration.
    EndAsyncFor,

    SetupExcept(u32),
    SetupFinally(u32),
    /// Pops a context manager, pushes its bound `__exit__`, calls `__enter__`
    /// and sets up a finally block at `target`.
    SetupWith(u32),
    SetupAsyncWith(u32),
    /// Pops the innermost block.
    PopBlock,
    /// Leaves an except handler: pops its block and restores the previously
    /// handled exception.
    PopExcept,
    /// Stack `[exit, exc]` -> `[exit, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.
    Raise(u32),
    /// Re-raise the exception on top of the stack, keeping its traceback.
    Reraise,

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Interactive mode: print repr of TOS if it is not None.
    PrintExpr,
    /// `assert` failure: raise AssertionError (with TOS as message if flag 1).
    RaiseAssert(u32),
}

/// Code flags.
pub const CO_VARARGS: u32 = 1;
pub const CO_VARKEYWORDS: u32 = 2;
pub const CO_GENERATOR: u32 = 4;
pub const CO_COROUTINE: u32 = 8;
pub const CO_ASYNC_GENERATOR: u32 = 16;
/// Locals live in a dict (module level, class bodies); names use `LoadName`.
pub const CO_NAME_LOCALS: u32 = 32;
/// The class body returns its `__class__` cell.
pub const CO_CLASS_CELL: u32 = 64;

/// A compiled function body, class body or module.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub name: String,
    /// Dotted path from the module (`C.m`, `f.<locals>.g`), as CPython's
    /// `__qualname__`.
    pub qualname: String,
    pub filename: Rc<str>,
    pub ops: Vec<Op>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Local variable names; parameters come first.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, the parameter's index.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstline: u32,
    /// `(first instruction index, line)` pairs in increasing index order.
    pub lines: Vec<(u32, u32)>,
}

impl CodeObject {
    /// Source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        let ip = ip as u32;
        match self.lines.binary_search_by(|&(i, _)| i.cmp(&ip)) {
            Ok(k) => self.lines[k].1,
            Err(0) => self.firstline,
            Err(k) => self.lines[k - 1].1,
        }
    }

    pub fn is_generator(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + u32::from(self.flags & CO_VARARGS != 0)
            + u32::from(self.flags & CO_VARKEYWORDS != 0)) as usize
    }
}
