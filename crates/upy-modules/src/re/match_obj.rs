//! `re.Match`: the result of a successful match, its groups, spans and
//! attributes, and template expansion (`expand`, shared with `sub`).

use std::rc::Rc;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::exec::{Exec, NONE};
use super::pattern::{name_values, truncated, Target};
use super::subject::{code_points, Out, Subject};
use super::template::{parse_template, Piece};
use crate::util::{self, native};

/// A match (`re.Match`).
pub struct MatchObj {
    target: Target,
    /// Start and end of each group, group 0 first (`NONE`: no part in
    /// the match).
    spans: Rc<[usize]>,
    lastindex: u32,
}

impl NativeObject for MatchObj {
    fn type_name(&self) -> &'static str {
        "Match"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        self.target.trace(out);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        96 + self.spans.len() * 8
    }
}

/// A Match for what `ex` found in `t`.
pub fn new_match(vm: &mut Vm, t: &Target, ex: &Exec) -> PyResult<Value> {
    let cls = match_type(vm)?;
    let m = MatchObj {
        target: t.clone(),
        spans: ex.slots().into(),
        lastindex: ex.lastindex(),
    };
    vm.alloc_val(Obj::Native(cls, Box::new(m)))
}

/// Append the expansion of `template` (made of code points of a str, or
/// of bytes, as `istext` says) for a match with `spans` to `out`.
/// Mixing str and bytes fails as CPython's join of the pieces does.
pub fn expand_into(
    vm: &mut Vm,
    template: &[Piece],
    istext: bool,
    subj: &Subject,
    spans: &[usize],
    out: &mut Out,
) -> PyResult<()> {
    for (k, piece) in template.iter().enumerate() {
        match piece {
            Piece::Literal(cs) => {
                if istext != subj.is_str() {
                    let msg = if subj.is_str() {
                        format!("sequence item {}: expected str instance, bytes found", k)
                    } else {
                        format!(
                            "sequence item {}: expected a bytes-like object, str found",
                            k
                        )
                    };
                    return vm.type_error(msg);
                }
                out.push_chars(cs);
            }
            Piece::Group(g) => {
                let (s, e) = (spans[2 * g], spans[2 * g + 1]);
                if s != NONE && e != NONE {
                    subj.push_to(vm, s, e, out);
                }
            }
        }
    }
    Ok(())
}

/// The Match behind a method's `self`, copied out of the heap (its parts
/// are shared, not cloned deeply).
fn this(vm: &mut Vm, a: &Args) -> PyResult<MatchObj> {
    let s = util::this::<MatchObj>(vm, a)?;
    match native::<MatchObj>(vm, s) {
        Some(m) => Ok(MatchObj {
            target: m.target.clone(),
            spans: Rc::clone(&m.spans),
            lastindex: m.lastindex,
        }),
        None => vm.type_error("expected a Match"),
    }
}

impl MatchObj {
    /// The number of group `key` (an int or a group name).
    fn index(&self, vm: &mut Vm, key: Value) -> PyResult<usize> {
        let i = if util::is_int(vm, key) {
            util::i64_arg(vm, key).ok()
        } else if let Some(name) = vm.as_str(key) {
            self.target
                .info
                .names
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, g)| *g as i64)
        } else {
            None
        };
        match i {
            Some(i) if i >= 0 && i as usize <= self.target.info.groups => Ok(i as usize),
            _ => vm.index_error("no such group"),
        }
    }

    fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.spans[2 * g], self.spans[2 * g + 1]);
        (s != NONE && e != NONE).then_some((s, e))
    }

    fn group(&self, vm: &mut Vm, g: usize, dflt: Value) -> PyResult<Value> {
        match self.span(g) {
            Some((s, e)) => self.target.subject.slice(vm, s, e),
            None => Ok(dflt),
        }
    }
}

fn m_group(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let keys = a.rest();
    if keys.is_empty() {
        return m.group(vm, 0, Value::None);
    }
    if keys.len() == 1 {
        let g = m.index(vm, keys[0])?;
        return m.group(vm, g, Value::None);
    }
    let mut out = Vec::with_capacity(keys.len());
    for &k in keys {
        let g = m.index(vm, k)?;
        out.push(m.group(vm, g, Value::None)?);
    }
    vm.new_tuple(out)
}

fn m_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let g = m.index(vm, a.arg(0))?;
    m.group(vm, g, Value::None)
}

fn m_groups(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let dflt = a.get(0).unwrap_or(Value::None);
    let mut out = Vec::with_capacity(m.target.info.groups);
    for g in 1..=m.target.info.groups {
        out.push(m.group(vm, g, dflt)?);
    }
    vm.new_tuple(out)
}

fn m_groupdict(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let dflt = a.get(0).unwrap_or(Value::None);
    let d = vm.new_dict()?;
    vm.roots.push(Value::Obj(d));
    let names = name_values(vm, m.target.pattern);
    for ((_, g), k) in m.target.info.names.iter().zip(names) {
        let v = m.group(vm, *g as usize, dflt)?;
        upy_vm::objects::dict::dict_set(vm, d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// The span of the group `a` names (group 0 when absent), (-1, -1) when
/// it did not take part.
fn span_of(vm: &mut Vm, a: &Args) -> PyResult<(i64, i64)> {
    let m = this(vm, a)?;
    let g = match a.get(0) {
        Some(k) => m.index(vm, k)?,
        None => 0,
    };
    Ok(m.span(g).map_or((-1, -1), |(s, e)| (s as i64, e as i64)))
}

fn m_start(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, a)?.0))
}

fn m_end(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, a)?.1))
}

fn m_span(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, e) = span_of(vm, a)?;
    vm.new_tuple(vec![Value::Int(s), Value::Int(e)])
}

fn m_expand(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let t = a.arg(0);
    let Some((cps, istext)) = code_points(vm, t) else {
        let tn = vm.type_name(t);
        return vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            tn
        ));
    };
    let pieces = match parse_template(&cps, istext, m.target.info.groups, &m.target.info.by_name) {
        Ok(p) => p,
        Err(e) => return super::raise(vm, e, t),
    };
    let mut out = m.target.subject.new_out();
    expand_into(vm, &pieces, istext, &m.target.subject, &m.spans, &mut out)?;
    m.target.subject.value_of(vm, out)
}

fn m_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let g0 = m.group(vm, 0, Value::None)?;
    let r = vm.repr_string(g0)?;
    let (s, e) = m.span(0).unwrap_or((0, 0));
    vm.new_string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        s,
        e,
        truncated(r, 50)
    ))
}

fn m_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::this::<MatchObj>(vm, a)
}

fn m_new(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vm.type_error("cannot create 're.Match' instances")
}

fn g_string(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a)?.target.subject.value)
}

fn g_re(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(this(vm, a)?.target.pattern)
}

fn g_pos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a)?.target.pos as i64))
}

fn g_endpos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a)?.target.endpos as i64))
}

fn g_lastindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    Ok(match m.lastindex {
        0 => Value::None,
        g => Value::Int(g as i64),
    })
}

fn g_lastgroup(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let g = m.lastindex;
    let at = m
        .target
        .info
        .names
        .iter()
        .position(|(_, i)| *i == g && g > 0);
    Ok(match at {
        Some(k) => name_values(vm, m.target.pattern)
            .get(k)
            .copied()
            .unwrap_or(Value::None),
        None => Value::None,
    })
}

fn g_regs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this(vm, a)?;
    let mut out = Vec::with_capacity(m.target.info.groups + 1);
    for g in 0..=m.target.info.groups {
        let (s, e) = m.span(g).map_or((-1, -1), |(s, e)| (s as i64, e as i64));
        let t = vm.new_tuple(vec![Value::Int(s), Value::Int(e)])?;
        out.push(t);
    }
    vm.new_tuple(out)
}

const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", m_new),
    Native::new("group(self, *args)", m_group),
    Native::new("groups(self, /, default=None)", m_groups),
    Native::new("groupdict(self, /, default=None)", m_groupdict),
    Native::new("start(self, group=0, /)", m_start),
    Native::new("end(self, group=0, /)", m_end),
    Native::new("span(self, group=0, /)", m_span),
    Native::new("expand(self, /, template)", m_expand),
    Native::slot("__getitem__(self, key, /)", m_getitem),
    Native::new("__repr__(self, /)", m_repr),
    Native::new("__copy__(self, /)", m_copy),
    Native::new("__deepcopy__(self, memo, /)", m_copy),
];

const GETTERS: &[Native] = &[
    Native::new("string(self, /)", g_string),
    Native::new("re(self, /)", g_re),
    Native::new("pos(self, /)", g_pos),
    Native::new("endpos(self, /)", g_endpos),
    Native::new("lastindex(self, /)", g_lastindex),
    Native::new("lastgroup(self, /)", g_lastgroup),
    Native::new("regs(self, /)", g_regs),
];

/// The `re.Match` type (made once per VM).
pub fn match_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("re.Match") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "Match", "re", None, BaseKind::Other, METHODS)?;
    upy_vm::types::add_getters(vm, t, GETTERS)?;
    vm.native_types.insert("re.Match", t);
    Ok(t)
}
