//! The string a pattern runs over (`Subject`): where its characters are
//! read from, and slices of it as Python values.
//!
//! An ASCII str and a bytes object are read in place, from the heap, at
//! each slice of the matcher's work (positions are byte offsets there);
//! a str with other characters is turned into code points once (the
//! last one is kept, so `pattern.match(s, pos)` in a loop over one long
//! str does not convert it each time); other bytes-like objects are
//! copied, as the program may change them meanwhile.

use std::rc::Rc;

use upy_vm::obj::{NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::exec::Text;

/// Where a subject's characters are.
#[derive(Clone)]
enum Chars {
    /// An ASCII `Obj::Str` or an `Obj::Bytes`.
    Heap(Gc),
    Wide(Rc<[u32]>),
    /// A copy of a mutable buffer.
    Owned(Rc<[u8]>),
}

/// The kind of value a subject is: slices of a str are str, of any
/// bytes-like object bytes (as in CPython).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Str,
    Bytes,
}

/// A string being matched.
#[derive(Clone)]
pub struct Subject {
    /// The value as given (a str subclass instance stays one).
    pub value: Value,
    chars: Chars,
    pub len: usize,
    pub kind: Kind,
}

/// The code points of the last non-ASCII str matched, kept in `Vm::ext`.
struct WideCache {
    s: Value,
    chars: Rc<[u32]>,
}

impl NativeObject for WideCache {
    fn type_name(&self) -> &'static str {
        "re_wide_cache"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.s);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        64 + self.chars.len() * 4
    }
}

const CACHE_KEY: &str = "re.wide";

/// The code points of str `s` (the base str object `g`), from the cache
/// or converted now and cached.
fn wide_chars(vm: &mut Vm, g: Gc) -> PyResult<Rc<[u32]>> {
    if let Some(&c) = vm.ext.get(CACHE_KEY) {
        if let Some(w) = crate::util::native::<WideCache>(vm, c) {
            if w.s.is(Value::Obj(g)) {
                return Ok(Rc::clone(&w.chars));
            }
        }
    }
    let n = match vm.heap.get(g) {
        Obj::Str(s) => s.nchars,
        _ => 0,
    };
    vm.check_alloc(n * 4 + 64)?;
    let chars: Rc<[u32]> = match vm.heap.get(g) {
        Obj::Str(s) => s.s.chars().map(|c| c as u32).collect(),
        _ => Rc::from(Vec::new()),
    };
    let cls = vm.types.object;
    let cache = vm.alloc_val(Obj::Native(
        cls,
        Box::new(WideCache {
            s: Value::Obj(g),
            chars: Rc::clone(&chars),
        }),
    ))?;
    vm.ext.insert(CACHE_KEY, cache);
    Ok(chars)
}

impl Subject {
    /// The subject for `v`, or TypeError if it is neither a str nor a
    /// bytes-like object.
    pub fn of(vm: &mut Vm, v: Value) -> PyResult<Subject> {
        let base = vm.unwrap_base(v);
        if let Value::Obj(g) = base {
            match vm.heap.get(g) {
                Obj::Str(s) => {
                    let (len, ascii) = (s.nchars, s.is_ascii());
                    let chars = if ascii {
                        Chars::Heap(g)
                    } else {
                        Chars::Wide(wide_chars(vm, g)?)
                    };
                    return Ok(Subject {
                        value: v,
                        chars,
                        len,
                        kind: Kind::Str,
                    });
                }
                Obj::Bytes(b) => {
                    return Ok(Subject {
                        value: v,
                        chars: Chars::Heap(g),
                        len: b.len(),
                        kind: Kind::Bytes,
                    })
                }
                _ => {}
            }
        }
        match upy_vm::objects::bytes::try_buffer_bytes(vm, v) {
            Some(b) => Ok(Subject {
                value: v,
                len: b.len(),
                chars: Chars::Owned(Rc::from(b)),
                kind: Kind::Bytes,
            }),
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!("expected string or bytes-like object, got '{}'", t))
            }
        }
    }

    pub fn is_str(&self) -> bool {
        self.kind == Kind::Str
    }

    /// The characters, borrowed from the heap for as long as the VM is
    /// not used otherwise.
    pub fn text<'a>(&'a self, vm: &'a Vm) -> Text<'a> {
        match &self.chars {
            Chars::Heap(g) => match vm.heap.get(*g) {
                Obj::Str(s) => Text::Narrow(s.s.as_bytes()),
                Obj::Bytes(b) => Text::Narrow(b),
                _ => Text::Narrow(&[]),
            },
            Chars::Wide(w) => Text::Wide(w),
            Chars::Owned(b) => Text::Narrow(b),
        }
    }

    /// Append characters `a..b` to `out`.
    pub fn push_to(&self, vm: &Vm, a: usize, b: usize, out: &mut Out) {
        let (a, b) = (a.min(self.len), b.min(self.len));
        if a >= b {
            return;
        }
        match (self.text(vm), out) {
            (Text::Narrow(t), Out::Str(s)) => {
                // ASCII: every byte is a character.
                s.extend(t[a..b].iter().map(|&c| c as char))
            }
            (Text::Wide(t), Out::Str(s)) => s.extend(
                t[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            (Text::Narrow(t), Out::Bytes(o)) => o.extend_from_slice(&t[a..b]),
            (Text::Wide(t), Out::Bytes(o)) => o.extend(t[a..b].iter().map(|&c| c as u8)),
        }
    }

    /// An empty output of this subject's type.
    pub fn new_out(&self) -> Out {
        if self.is_str() {
            Out::Str(String::new())
        } else {
            Out::Bytes(Vec::new())
        }
    }

    /// Characters `a..b` as a value of the subject's type.
    pub fn slice(&self, vm: &mut Vm, a: usize, b: usize) -> PyResult<Value> {
        let mut out = self.new_out();
        self.push_to(vm, a, b, &mut out);
        self.value_of(vm, out)
    }

    /// An output as a value of the subject's type.
    pub fn value_of(&self, vm: &mut Vm, out: Out) -> PyResult<Value> {
        match out {
            Out::Str(s) => vm.new_string(s),
            Out::Bytes(b) => vm.new_bytes(b),
        }
    }
}

/// Text being built (by `sub`, `expand`).
pub enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    pub fn len(&self) -> usize {
        match self {
            Out::Str(s) => s.len(),
            Out::Bytes(b) => b.len(),
        }
    }

    /// Append code points (a template's literal part).
    pub fn push_chars(&mut self, cs: &[u32]) {
        match self {
            Out::Str(s) => s.extend(cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            Out::Bytes(b) => b.extend(cs.iter().map(|&c| c as u8)),
        }
    }
}

/// The code points of a str or the bytes of a bytes-like value (a
/// pattern or a template), with whether it was a str; `None` for
/// anything else.
pub fn code_points(vm: &Vm, v: Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = vm.as_str(v) {
        return Some((s.chars().map(|c| c as u32).collect(), true));
    }
    upy_vm::objects::bytes::try_buffer_bytes(vm, v)
        .map(|b| (b.into_iter().map(u32::from).collect(), false))
}
