//! `re.Pattern`: a compiled pattern and its methods (`match`, `search`,
//! `fullmatch`, `findall`, `finditer`, `split`, `sub`, `subn`,
//! `scanner`) and attributes.

use std::collections::HashMap;
use std::rc::Rc;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, IterKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::compile::Program;
use super::exec::{Anchor, Exec, NONE};
use super::match_obj::{self, expand_into};
use super::subject::{code_points, Out, Subject};
use super::template::{parse_template, Piece};
use super::{parse, raise, run};
use crate::util::{self, native};

/// What a pattern object knows beyond its source, shared with its
/// match objects.
pub struct Info {
    pub prog: Rc<Program>,
    pub flags: u32,
    /// Capturing groups, not counting group 0.
    pub groups: usize,
    /// Group names and numbers, in definition order.
    pub names: Vec<(String, u32)>,
    /// The same, keyed by the name's code points (for templates).
    pub by_name: HashMap<Vec<u32>, usize>,
    /// A str pattern (else bytes).
    pub istext: bool,
}

/// What a search runs over, kept by the matches and scanners it makes:
/// the Pattern object, its info, the string and the bounds given.
#[derive(Clone)]
pub struct Target {
    pub pattern: Value,
    pub info: Rc<Info>,
    pub subject: Subject,
    pub pos: usize,
    pub endpos: usize,
}

impl Target {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.pattern);
        out.push(self.subject.value);
    }
}

/// A compiled pattern (`re.Pattern`).
pub struct PatternObj {
    pub pattern: Value,
    pub info: Rc<Info>,
    /// The group names of `info.names` as str objects, made once for
    /// `groupdict`, `lastgroup` and `groupindex`.
    pub names: Vec<Value>,
}

impl NativeObject for PatternObj {
    fn type_name(&self) -> &'static str {
        "Pattern"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.pattern);
        out.extend(self.names.iter().copied());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        let p = &self.info.prog;
        128 + p.insts.len() * std::mem::size_of::<super::compile::Inst>() + p.sets.len() * 96
    }
}

/// The deepest nesting of groups a pattern may have: CPython's parser
/// recurses about twice per group and stops at the recursion limit;
/// the bound keeps the native stack safe whatever the limit.
fn max_depth(vm: &Vm) -> usize {
    let used = vm.frames.len() + vm.native_depth;
    (vm.recursion_limit.saturating_sub(used) / 2).min(1000)
}

/// Compile `pattern` (str or bytes) with `flags` into a Pattern.
pub fn compile(vm: &mut Vm, pattern: Value, flags: u32) -> PyResult<Value> {
    let Some((cps, istext)) =
        code_points(vm, pattern).filter(|_| vm.as_str(pattern).is_some() || is_bytes(vm, pattern))
    else {
        return vm.type_error("first argument must be string or compiled pattern");
    };
    // Parsing and compiling take memory in proportion to the pattern.
    vm.check_alloc(cps.len().saturating_mul(16))?;
    let parsed = match parse::parse(&cps, istext, flags, max_depth(vm)) {
        Ok(p) => p,
        Err(e) => return raise(vm, e, pattern),
    };
    let prog = match super::compile::compile(&parsed.ast, parsed.root, parsed.groups) {
        Ok(p) => p,
        Err(e) => return raise(vm, e, pattern),
    };
    let by_name = parsed
        .names
        .iter()
        .map(|(n, g)| (n.chars().map(|c| c as u32).collect(), *g as usize))
        .collect();
    let info = Info {
        prog: Rc::new(prog),
        flags: parsed.flags,
        groups: parsed.groups,
        names: parsed.names,
        by_name,
        istext,
    };
    let mut names = Vec::with_capacity(info.names.len());
    for (n, _) in &info.names {
        let v = vm.new_str(n)?;
        names.push(v);
    }
    let cls = pattern_type(vm)?;
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(PatternObj {
            pattern,
            info: Rc::new(info),
            names,
        }),
    ))
}

/// The str objects of a pattern's group names (in `Info::names` order).
pub fn name_values(vm: &Vm, pattern: Value) -> Vec<Value> {
    native::<PatternObj>(vm, pattern).map_or(Vec::new(), |p| p.names.clone())
}

fn is_bytes(vm: &Vm, v: Value) -> bool {
    matches!(vm.unwrap_base(v), Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_)))
}

/// `self` of a Pattern method and its info.
fn this(vm: &mut Vm, a: &Args) -> PyResult<(Value, Rc<Info>)> {
    let s = util::this::<PatternObj>(vm, a)?;
    match native::<PatternObj>(vm, s).map(|p| Rc::clone(&p.info)) {
        Some(info) => Ok((s, info)),
        None => vm.type_error("expected a Pattern"),
    }
}

/// The subject `v` for a pattern, refusing a str for a bytes pattern and
/// the reverse.
pub fn subject_for(vm: &mut Vm, info: &Info, v: Value) -> PyResult<Subject> {
    let s = Subject::of(vm, v)?;
    if info.istext && !s.is_str() {
        return vm.type_error("cannot use a string pattern on a bytes-like object");
    }
    if !info.istext && s.is_str() {
        return vm.type_error("cannot use a bytes pattern on a string-like object");
    }
    Ok(s)
}

/// `pos` and `endpos` clamped to the subject, as CPython's `state_init`.
pub fn bounds(
    vm: &mut Vm,
    s: &Subject,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> PyResult<(usize, usize)> {
    let len = s.len as i64;
    let p = match pos {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    let e = match endpos {
        Some(v) => util::i64_arg(vm, v)?,
        None => len,
    };
    Ok((p.clamp(0, len) as usize, e.clamp(0, len) as usize))
}

/// The target of a method taking `(string, pos=0, endpos=...)`.
fn target(vm: &mut Vm, a: &Args) -> PyResult<Target> {
    let (pattern, info) = this(vm, a)?;
    let subject = subject_for(vm, &info, a.arg(0))?;
    let (pos, endpos) = bounds(vm, &subject, a.get(1), a.get(2))?;
    Ok(Target {
        pattern,
        info,
        subject,
        pos,
        endpos,
    })
}

/// `match`, `search` and `fullmatch`.
fn one(vm: &mut Vm, a: &Args, anchor: Anchor) -> PyResult<Value> {
    let t = target(vm, a)?;
    let mut ex = Exec::new(Rc::clone(&t.info.prog), t.pos, t.endpos, anchor);
    if run(vm, &mut ex, &t.subject)? {
        return match_obj::new_match(vm, &t, &ex);
    }
    Ok(Value::None)
}

fn p_match(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    one(vm, a, Anchor::Start)
}

fn p_search(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    one(vm, a, Anchor::Search)
}

fn p_fullmatch(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    one(vm, a, Anchor::Full)
}

/// Group `g` of the match `ex` found, or `dflt` when it did not take
/// part.
fn group_or(vm: &mut Vm, subj: &Subject, ex: &Exec, g: usize, dflt: Value) -> PyResult<Value> {
    let (s, e) = (ex.slots()[2 * g], ex.slots()[2 * g + 1]);
    if s == NONE || e == NONE {
        return Ok(dflt);
    }
    subj.slice(vm, s, e)
}

fn p_findall(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Target {
        info,
        subject: subj,
        pos,
        endpos,
        ..
    } = target(vm, a)?;
    let mut ex = Exec::new(Rc::clone(&info.prog), pos, endpos, Anchor::Search);
    let empty = subj.slice(vm, 0, 0)?;
    let mut items = Vec::new();
    while run(vm, &mut ex, &subj)? {
        let item = match info.groups {
            0 => group_or(vm, &subj, &ex, 0, empty)?,
            1 => group_or(vm, &subj, &ex, 1, empty)?,
            n => {
                let mut t = Vec::with_capacity(n);
                for g in 1..=n {
                    t.push(group_or(vm, &subj, &ex, g, empty)?);
                }
                vm.new_tuple(t)?
            }
        };
        vm.reserve(16)?;
        items.push(item);
        let (s, e) = (ex.slots()[0], ex.slots()[1]);
        ex.restart(e, s == e);
    }
    vm.new_list(items)
}

fn p_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, info) = this(vm, a)?;
    let subj = subject_for(vm, &info, a.arg(0))?;
    let maxsplit = match a.get(1) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    let mut ex = Exec::new(Rc::clone(&info.prog), 0, subj.len, Anchor::Search);
    let mut items = Vec::new();
    let mut last = 0;
    let mut n = 0;
    while maxsplit == 0 || n < maxsplit {
        if !run(vm, &mut ex, &subj)? {
            break;
        }
        let (s, e) = (ex.slots()[0], ex.slots()[1]);
        vm.reserve(16 * (info.groups + 1))?;
        items.push(subj.slice(vm, last, s)?);
        for g in 1..=info.groups {
            items.push(group_or(vm, &subj, &ex, g, Value::None)?);
        }
        n += 1;
        last = e;
        ex.restart(e, s == e);
    }
    items.push(subj.slice(vm, last, subj.len)?);
    vm.new_list(items)
}

/// What `sub` replaces matches with.
enum Repl {
    Callable(Value),
    /// A str or bytes without backslashes, used as it is.
    Literal(Vec<u32>, bool),
    Template(Vec<Piece>, bool),
}

/// The TypeError of joining a piece of the wrong type, as CPython's
/// `str.join`/`bytes.join` words it.
fn join_error(vm: &mut Vm, subj: &Subject, k: usize, found: &str) -> Value {
    let msg = if subj.is_str() {
        format!(
            "sequence item {}: expected str instance, {} found",
            k, found
        )
    } else {
        format!(
            "sequence item {}: expected a bytes-like object, {} found",
            k, found
        )
    };
    vm.new_exc(vm.types.type_error, &msg)
}

fn repl_of(vm: &mut Vm, info: &Info, repl: Value) -> PyResult<Repl> {
    if vm.is_callable(repl) {
        return Ok(Repl::Callable(repl));
    }
    let Some((cps, istext)) = code_points(vm, repl) else {
        // CPython looks the template up in a cache first.
        vm.hash(repl)?;
        let t = vm.type_name(repl);
        return vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            t
        ));
    };
    if !cps.contains(&('\\' as u32)) {
        return Ok(Repl::Literal(cps, istext));
    }
    match parse_template(&cps, istext, info.groups, &info.by_name) {
        Ok(t) => Ok(Repl::Template(t, istext)),
        Err(e) => raise(vm, e, repl),
    }
}

/// `sub` and `subn`: the new string and the number of replacements.
fn substitute(vm: &mut Vm, a: &Args) -> PyResult<(Value, usize)> {
    let (p, info) = this(vm, a)?;
    let repl = repl_of(vm, &info, a.arg(0))?;
    let subj = subject_for(vm, &info, a.arg(1))?;
    let count = match a.get(2) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    let mut ex = Exec::new(Rc::clone(&info.prog), 0, subj.len, Anchor::Search);
    let target = Target {
        pattern: p,
        info: Rc::clone(&info),
        subject: subj.clone(),
        pos: 0,
        endpos: subj.len,
    };
    let mut out = subj.new_out();
    // CPython builds a list of pieces and joins it at the end: a piece
    // of the wrong type fails there, after every call of `repl`.
    let mut pieces = 0;
    let mut bad_piece: Option<Value> = None;
    let (mut i, mut n) = (0, 0);
    let mut checked = 0;
    while count == 0 || (n as i64) < count {
        if !run(vm, &mut ex, &subj)? {
            break;
        }
        let (b, e) = (ex.slots()[0], ex.slots()[1]);
        if i < b {
            subj.push_to(vm, i, b, &mut out);
            pieces += 1;
        }
        match &repl {
            Repl::Callable(f) => {
                let m = match_obj::new_match(vm, &target, &ex)?;
                let r = vm.call(*f, &[m])?;
                if !r.is_none() {
                    if !append_value(vm, r, &mut out) && bad_piece.is_none() {
                        let t = vm.type_name(r);
                        bad_piece = Some(join_error(vm, &subj, pieces, &t));
                        vm.roots.push(bad_piece.unwrap_or(Value::None));
                    }
                    pieces += 1;
                }
            }
            Repl::Literal(cs, istext) => {
                if *istext != subj.is_str() && bad_piece.is_none() {
                    let t = if *istext { "str" } else { "bytes" };
                    bad_piece = Some(join_error(vm, &subj, pieces, t));
                    vm.roots.push(bad_piece.unwrap_or(Value::None));
                }
                out.push_chars(cs);
                pieces += 1;
            }
            Repl::Template(t, istext) => {
                expand_into(vm, t, *istext, &subj, ex.slots(), &mut out)?;
                pieces += 1;
            }
        }
        i = e;
        n += 1;
        ex.restart(e, b == e);
        // The result grows outside the heap until it is made a str:
        // check that it would fit as it doubles.
        if out.len() > checked.max(4096) {
            vm.check_alloc(out.len())?;
            checked = out.len() * 2;
        }
    }
    if let Some(err) = bad_piece {
        return Err(err);
    }
    subj.push_to(vm, i, subj.len, &mut out);
    vm.check_alloc(out.len())?;
    Ok((subj.value_of(vm, out)?, n))
}

/// Append what a replacement function returned, if it has the subject's
/// type.
fn append_value(vm: &mut Vm, r: Value, out: &mut Out) -> bool {
    match out {
        Out::Str(s) => match vm.as_str(r) {
            Some(t) => {
                s.push_str(t);
                true
            }
            None => false,
        },
        Out::Bytes(b) => match upy_vm::objects::bytes::try_buffer_bytes(vm, r) {
            Some(t) => {
                b.extend_from_slice(&t);
                true
            }
            None => false,
        },
    }
}

fn p_sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(substitute(vm, a)?.0)
}

fn p_subn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, n) = substitute(vm, a)?;
    vm.roots.push(s);
    vm.new_tuple(vec![s, Value::Int(n as i64)])
}

fn p_scanner(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = target(vm, a)?;
    super::scanner::new_scanner(vm, t)
}

fn p_finditer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sc = p_scanner(vm, a)?;
    vm.roots.push(sc);
    let name = vm.intern("search");
    let f = vm.get_attr(sc, name)?;
    vm.roots.push(f);
    vm.alloc_val(Obj::Iter(Box::new(IterKind::Callable {
        f,
        sentinel: Value::None,
    })))
}

/// The names of the flags `Pattern.__repr__` shows, in CPython's order.
const FLAG_NAMES: [(&str, u32); 9] = [
    ("re.TEMPLATE", parse::TEMPLATE),
    ("re.IGNORECASE", parse::IGNORECASE),
    ("re.LOCALE", parse::LOCALE),
    ("re.MULTILINE", parse::MULTILINE),
    ("re.DOTALL", parse::DOTALL),
    ("re.UNICODE", parse::UNICODE),
    ("re.VERBOSE", parse::VERBOSE),
    ("re.DEBUG", parse::DEBUG),
    ("re.ASCII", parse::ASCII),
];

/// The first `n` characters of `s` (CPython's `%.<n>R`).
pub fn truncated(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

fn p_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, info) = this(vm, a)?;
    let pat = native::<PatternObj>(vm, s).map_or(Value::None, |p| p.pattern);
    let r = vm.repr_string(pat)?;
    let mut flags = info.flags;
    if info.istext && flags & (parse::LOCALE | parse::UNICODE | parse::ASCII) == parse::UNICODE {
        flags &= !parse::UNICODE;
    }
    let mut names = Vec::new();
    for (n, f) in FLAG_NAMES {
        if flags & f != 0 {
            names.push(n.to_string());
            flags &= !f;
        }
    }
    if flags != 0 {
        names.push(format!("0x{:x}", flags));
    }
    let r = truncated(r, 200);
    let out = if names.is_empty() {
        format!("re.compile({})", r)
    } else {
        format!("re.compile({}, {})", r, names.join("|"))
    };
    vm.new_string(out)
}

fn p_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, info) = this(vm, a)?;
    let o = a.arg(0);
    let Some(other) = native::<PatternObj>(vm, o).map(|p| (p.pattern, Rc::clone(&p.info))) else {
        return Ok(Value::NotImplemented);
    };
    if s.is(o) {
        return Ok(Value::Bool(true));
    }
    let mine = native::<PatternObj>(vm, s).map_or(Value::None, |p| p.pattern);
    if info.flags != other.1.flags || info.istext != other.1.istext {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.eq(mine, other.0)?))
}

fn p_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, info) = this(vm, a)?;
    let pat = native::<PatternObj>(vm, s).map_or(Value::None, |p| p.pattern);
    let h = vm.hash(pat)?;
    let h = h ^ (info.flags as i64).wrapping_mul(0x9e37_79b9);
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn p_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a)?.0)
}

fn p_new(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vm.type_error("cannot create 're.Pattern' instances")
}

fn g_pattern(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(native::<PatternObj>(vm, a.this()).map_or(Value::None, |p| p.pattern))
}

fn g_flags(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, info) = this(vm, a)?;
    Ok(Value::Int(info.flags as i64))
}

fn g_groups(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, info) = this(vm, a)?;
    Ok(Value::Int(info.groups as i64))
}

/// `groupindex`: a new dict each time (CPython's is a read-only proxy),
/// so the pattern's own cannot be changed.
fn g_groupindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, info) = this(vm, a)?;
    let d = vm.new_dict()?;
    vm.roots.push(Value::Obj(d));
    let names = name_values(vm, p);
    for ((_, g), k) in info.names.iter().zip(names) {
        upy_vm::objects::dict::dict_set(vm, d, k, Value::Int(*g as i64))?;
    }
    Ok(Value::Obj(d))
}

const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", p_new),
    Native::new("match(self, /, string, pos=0, endpos=...)", p_match),
    Native::new("search(self, /, string, pos=0, endpos=...)", p_search),
    Native::new("fullmatch(self, /, string, pos=0, endpos=...)", p_fullmatch),
    Native::new("findall(self, /, string, pos=0, endpos=...)", p_findall),
    Native::new("finditer(self, /, string, pos=0, endpos=...)", p_finditer),
    Native::new("scanner(self, /, string, pos=0, endpos=...)", p_scanner),
    Native::new("split(self, /, string, maxsplit=0)", p_split),
    Native::new("sub(self, /, repl, string, count=0)", p_sub),
    Native::new("subn(self, /, repl, string, count=0)", p_subn),
    Native::new("__repr__(self, /)", p_repr),
    Native::new("__eq__(self, value, /)", p_eq),
    Native::new("__hash__(self, /)", p_hash),
    Native::new("__copy__(self, /)", p_copy),
    Native::new("__deepcopy__(self, memo, /)", p_copy),
];

const GETTERS: &[Native] = &[
    Native::new("pattern(self, /)", g_pattern),
    Native::new("flags(self, /)", g_flags),
    Native::new("groups(self, /)", g_groups),
    Native::new("groupindex(self, /)", g_groupindex),
];

/// The `re.Pattern` type (made once per VM).
pub fn pattern_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("re.Pattern") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "Pattern", "re", None, BaseKind::Other, METHODS)?;
    upy_vm::types::add_getters(vm, t, GETTERS)?;
    vm.native_types.insert("re.Pattern", t);
    Ok(t)
}
