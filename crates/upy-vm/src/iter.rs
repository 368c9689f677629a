//! The iteration protocol: `iter()`, `next()`, collecting an iterable, and
//! sequence unpacking. Builtin iterables get `Obj::Iter` state objects;
//! other objects go through `__iter__`/`__next__` (or `__getitem__`).

use crate::interp::GenResult;
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    fn new_iter(&mut self, k: IterKind) -> PyResult<Value> {
        self.alloc_val(Obj::Iter(Box::new(k)))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            let kind = match self.heap.get(g) {
                Obj::Str(_) => Some(IterKind::Str { s: g, byte: 0 }),
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    Some(IterKind::Seq { seq: v, idx: 0 })
                }
                Obj::Dict(d) => Some(IterKind::Dict {
                    dict: g,
                    idx: 0,
                    what: DictViewKind::Keys,
                    len: d.len(),
                }),
                Obj::DictView(d, k) => {
                    let (d, k) = (*d, *k);
                    let len = crate::objects::dict::dict_len(self, d);
                    Some(IterKind::Dict {
                        dict: d,
                        idx: 0,
                        what: k,
                        len,
                    })
                }
                Obj::Set(s) | Obj::FrozenSet(s) => Some(IterKind::Set {
                    set: g,
                    idx: 0,
                    len: s.len(),
                }),
                Obj::Range(r) => Some(r.iter_state()),
                Obj::Iter(_) => return Ok(v),
                Obj::Generator(gen) if gen.kind == GenKind::Generator => return Ok(v),
                _ => None,
            };
            if let Some(k) = kind {
                return self.new_iter(k);
            }
        }
        if self.is_user_value(v) && !self.is_type(v) {
            if let Some(f) = self.lookup_special(v, self.names.__iter__) {
                if f.is_none() {
                    return self.not_iterable(v);
                }
                let it = self.call_bound(f, v, &[])?;
                if self.lookup_special(it, self.names.__next__).is_none()
                    && !matches!(it, Value::Obj(g) if matches!(self.heap.get(g), Obj::Iter(_) | Obj::Generator(_)))
                {
                    let t = self.type_name(it);
                    return self
                        .type_error(format!("iter() returned non-iterator of type '{}'", t));
                }
                return Ok(it);
            }
            if self.lookup_special(v, self.names.__getitem__).is_some() {
                return self.new_iter(IterKind::GetItem { obj: v, idx: 0 });
            }
            let base = self.unwrap_base(v);
            if !base.is(v) {
                return self.get_iter(base);
            }
        }
        self.not_iterable(v)
    }

    fn not_iterable<T>(&mut self, v: Value) -> PyResult<T> {
        let t = self.type_name(v);
        self.type_error(format!("'{}' object is not iterable", t))
    }

    /// Advance an iterator: Ok(None) when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Native code iterating (sum, list, join) has no safe points of
        // its own: its steps count against the budget here.
        self.take_step()?;
        let Value::Obj(g) = it else {
            return self.not_an_iterator(it);
        };
        match self.heap.get(g) {
            Obj::Iter(_) => self.next_builtin(g),
            Obj::Generator(_) => match self.gen_resume(g, Value::None, None)? {
                GenResult::Yielded(v) => Ok(Some(v)),
                GenResult::Returned(_) => Ok(None),
            },
            _ => {
                let Some(f) = self.lookup_special(it, self.names.__next__) else {
                    return self.not_an_iterator(it);
                };
                match self.call_bound(f, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(e, self.types.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn not_an_iterator<T>(&mut self, it: Value) -> PyResult<T> {
        let t = self.type_name(it);
        self.type_error(format!("'{}' object is not an iterator", t))
    }

    /// `next(it)` raising StopIteration (with a generator's return value).
    pub fn next_raw(&mut self, it: Value) -> PyResult<Value> {
        if let Value::Obj(g) = it {
            match self.heap.get(g) {
                Obj::Generator(_) => {
                    return match self.gen_resume(g, Value::None, None)? {
                        GenResult::Yielded(v) => Ok(v),
                        GenResult::Returned(v) => {
                            let t = self.types.stop_iteration;
                            let args = if v.is_none() { vec![] } else { vec![v] };
                            Err(self.new_exc_args(t, args))
                        }
                    }
                }
                Obj::Iter(_) => {}
                _ => {
                    if let Some(f) = self.lookup_special(it, self.names.__next__) {
                        return self.call_bound(f, it, &[]);
                    }
                    return self.not_an_iterator(it);
                }
            }
        }
        match self.next(it)? {
            Some(v) => Ok(v),
            None => {
                let t = self.types.stop_iteration;
                Err(self.new_exc_obj(t, Value::None)?)
            }
        }
    }

    /// Mark an iterator finished (keeping its type).
    fn exhaust(&mut self, g: Gc) {
        let t = self.type_of(Value::Obj(g));
        self.set_iter_state(g, IterKind::Exhausted(t));
    }

    fn set_iter_state(&mut self, g: Gc, k: IterKind) {
        if let Obj::Iter(b) = self.heap.get_mut(g) {
            **b = k;
        }
    }

    fn next_builtin(&mut self, g: Gc) -> PyResult<Option<Value>> {
        let Obj::Iter(state) = self.heap.get_mut(g) else {
            return Ok(None);
        };
        match &mut **state {
            IterKind::Exhausted(_) => Ok(None),
            IterKind::Range { cur, step, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                let v = *cur;
                *left -= 1;
                *cur = cur.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterKind::BigRange(_) => crate::objects::range::long_iter_next(self, g),
            IterKind::Seq { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                let Value::Obj(sg) = seq else { return Ok(None) };
                let v = match self.heap.get(sg) {
                    Obj::List(l) => l.get(i).copied(),
                    Obj::Tuple(t) => t.get(i).copied(),
                    Obj::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    Obj::ByteArray(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        if let Obj::Iter(b) = self.heap.get_mut(g) {
                            if let IterKind::Seq { idx, .. } = &mut **b {
                                *idx += 1;
                            }
                        }
                        Ok(Some(v))
                    }
                    None => {
                        self.exhaust(g);
                        Ok(None)
                    }
                }
            }
            IterKind::Str { s, byte } => {
                let (s, b) = (*s, *byte);
                let ch = match self.heap.get(s) {
                    Obj::Str(so) => so.s[b..].chars().next(),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        if let Obj::Iter(st) = self.heap.get_mut(g) {
                            if let IterKind::Str { byte, .. } = &mut **st {
                                *byte += c.len_utf8();
                            }
                        }
                        let mut buf = [0u8; 4];
                        Ok(Some(self.intern_char(c.encode_utf8(&mut buf))?))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Dict {
                dict,
                idx,
                what,
                len,
            } => {
                let (d, mut i, what, len) = (*dict, *idx, *what, *len);
                let (cur_len, entry) = {
                    let dobj = match self.heap.get(d) {
                        Obj::Dict(x) => Some(&**x),
                        Obj::Instance(inst) => match inst.base {
                            Some(Value::Obj(b)) => match self.heap.get(b) {
                                Obj::Dict(x) => Some(&**x),
                                _ => None,
                            },
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some(dobj) = dobj else { return Ok(None) };
                    let mut found = None;
                    while i < dobj.slots() {
                        if let Some(e) = dobj.entry(i) {
                            found = Some(*e);
                            i += 1;
                            break;
                        }
                        i += 1;
                    }
                    (dobj.len(), found)
                };
                if cur_len != len {
                    self.exhaust(g);
                    let t = self.types.runtime_error;
                    return self.err(t, "dictionary changed size during iteration");
                }
                if let Obj::Iter(st) = self.heap.get_mut(g) {
                    if let IterKind::Dict { idx, .. } = &mut **st {
                        *idx = i;
                    }
                }
                match entry {
                    None => Ok(None),
                    Some(e) => Ok(Some(match what {
                        DictViewKind::Keys => e.key,
                        DictViewKind::Values => e.value,
                        DictViewKind::Items => self.new_tuple(vec![e.key, e.value])?,
                    })),
                }
            }
            IterKind::Set { set, idx, len } => {
                let (s, mut i, len) = (*set, *idx, *len);
                let (cur_len, item) = match self.heap.get(s) {
                    Obj::Set(so) | Obj::FrozenSet(so) => {
                        let mut found = None;
                        while i < so.slots() {
                            let e = so.get_slot(i);
                            i += 1;
                            if let Some((_, k)) = e {
                                found = Some(k);
                                break;
                            }
                        }
                        (so.len(), found)
                    }
                    _ => return Ok(None),
                };
                if cur_len != len {
                    self.exhaust(g);
                    let t = self.types.runtime_error;
                    return self.err(t, "Set changed size during iteration");
                }
                if let Obj::Iter(st) = self.heap.get_mut(g) {
                    if let IterKind::Set { idx, .. } = &mut **st {
                        *idx = i;
                    }
                }
                Ok(item)
            }
            IterKind::Enumerate { it, n } => {
                let (it, n) = (*it, *n);
                // Iterators of iterators nest as deep as a program makes them.
                self.check_stack()?;
                let Some(v) = self.next(it)? else {
                    return Ok(None);
                };
                self.roots.push(v);
                let n1 = self.binary_op(upy_compiler::code::BinOp::Add, n, Value::Int(1))?;
                if let Obj::Iter(st) = self.heap.get_mut(g) {
                    if let IterKind::Enumerate { n, .. } = &mut **st {
                        *n = n1;
                    }
                }
                Ok(Some(self.new_tuple(vec![n, v])?))
            }
            IterKind::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                // Iterators of iterators nest as deep as a program makes them.
                self.check_stack()?;
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                let mark = self.roots.len();
                for (k, it) in its.iter().enumerate() {
                    match self.next(*it)? {
                        Some(v) => {
                            self.roots.push(v);
                            out.push(v);
                        }
                        None => {
                            self.roots.truncate(mark);
                            self.exhaust(g);
                            if strict {
                                if k > 0 {
                                    let msg = format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        k + 1,
                                        if k == 1 { "" } else { "s" },
                                        if k == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{}", k)
                                        }
                                    );
                                    return self.value_error(msg);
                                }
                                for (j, it2) in its.iter().enumerate().skip(1) {
                                    if self.next(*it2)?.is_some() {
                                        let msg = format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{}", j)
                                            }
                                        );
                                        return self.value_error(msg);
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                let t = self.new_tuple(out);
                self.roots.truncate(mark);
                t.map(Some)
            }
            IterKind::Map { f, its } => {
                let (f, its) = (*f, its.clone());
                // Iterators of iterators nest as deep as a program makes them.
                self.check_stack()?;
                let mut args = Vec::with_capacity(its.len());
                let mark = self.roots.len();
                for it in its {
                    match self.next(it)? {
                        Some(v) => {
                            self.roots.push(v);
                            args.push(v);
                        }
                        None => {
                            self.roots.truncate(mark);
                            return Ok(None);
                        }
                    }
                }
                let r = self.call(f, &args);
                self.roots.truncate(mark);
                r.map(Some)
            }
            IterKind::Filter { f, it } => {
                let (f, it) = (*f, *it);
                // Iterators of iterators nest as deep as a program makes them.
                self.check_stack()?;
                loop {
                    let Some(v) = self.next(it)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(v)?
                    } else {
                        self.roots.push(v);
                        let r = self.call(f, &[v])?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterKind::Reversed { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                if i == 0 {
                    return Ok(None);
                }
                if let Obj::Iter(st) = self.heap.get_mut(g) {
                    if let IterKind::Reversed { idx, .. } = &mut **st {
                        *idx -= 1;
                    }
                }
                // The sequence may have shrunk: stop quietly as CPython does.
                let len = self.len_of(seq)?;
                if i > len {
                    self.exhaust(g);
                    return Ok(None);
                }
                self.get_item(seq, Value::Int(i as i64 - 1)).map(Some)
            }
            IterKind::Callable { f, sentinel } => {
                let (f, s) = (*f, *sentinel);
                let v = match self.call(f, &[]) {
                    Ok(v) => v,
                    Err(e) if self.exc_matches(e, self.types.stop_iteration) => {
                        self.exhaust(g);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(v, s)? {
                    self.exhaust(g);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::GetItem { obj, idx } => {
                let (obj, i) = (*obj, *idx);
                if let Obj::Iter(st) = self.heap.get_mut(g) {
                    if let IterKind::GetItem { idx, .. } = &mut **st {
                        *idx += 1;
                    }
                }
                match self.get_item(obj, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.exc_matches(e, self.types.index_error)
                            || self.exc_matches(e, self.types.stop_iteration) =>
                    {
                        self.exhaust(g);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// One-character strings are interned: iterating a str allocates nothing.
    pub fn intern_char(&mut self, s: &str) -> PyResult<Value> {
        Ok(self.intern(s))
    }

    /// All items of an iterable. Items made by an iterator stay rooted
    /// (on `roots`, until the native call returns): the iterator may have
    /// let go of them, and the caller allocates before it stores them.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(g) = v {
            match self.heap.get(g) {
                Obj::List(l) => return Ok(l.clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let mark = self.roots.len();
        self.roots.push(v);
        let it = self.get_iter(v)?;
        self.roots.push(it);
        let mut out = Vec::new();
        loop {
            match self.next(it) {
                Ok(Some(x)) => {
                    self.roots.push(x);
                    out.push(x);
                    if out.len() % 4096 == 0 {
                        self.check_alloc(out.len() * 16)?;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.drain(mark..mark + 2);
        Ok(out)
    }

    /// `a, b, c = v`.
    pub fn unpack(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Obj(g) = v {
            let items = match self.heap.get(g) {
                Obj::Tuple(t) => Some(t.to_vec()),
                Obj::List(l) => Some(l.clone()),
                _ => None,
            };
            if let Some(items) = items {
                return self.check_unpack_len(items, n);
            }
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) if self.exc_matches(e, self.types.type_error) => {
                let t = self.type_name(v);
                return self.type_error(format!("cannot unpack non-iterable {} object", t));
            }
            Err(e) => return Err(e),
        };
        let mark = self.roots.len();
        self.roots.push(it);
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(it)? {
            if out.len() == n {
                self.roots.truncate(mark);
                return self.value_error(format!("too many values to unpack (expected {})", n));
            }
            self.roots.push(x);
            out.push(x);
        }
        // The items stay rooted: the caller stores them after allocating.
        self.roots.remove(mark);
        self.check_unpack_len(out, n)
    }

    fn check_unpack_len(&mut self, items: Vec<Value>, n: usize) -> PyResult<Vec<Value>> {
        if items.len() < n {
            return self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            ));
        }
        if items.len() > n {
            return self.value_error(format!("too many values to unpack (expected {})", n));
        }
        Ok(items)
    }

    /// `a, *b, c = v`: `before` items, a list of the middle, `after` items.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.collect_iterable(v) {
            Ok(i) => i,
            Err(e) if self.exc_matches(e, self.types.type_error) && self.get_iter(v).is_err() => {
                let t = self.type_name(v);
                return self.type_error(format!("cannot unpack non-iterable {} object", t));
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            ));
        }
        let mid_end = items.len() - after;
        let mid = self.new_list(items[before..mid_end].to_vec())?;
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        out.push(mid);
        out.extend_from_slice(&items[mid_end..]);
        Ok(out)
    }
}
