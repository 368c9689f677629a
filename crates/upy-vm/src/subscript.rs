//! Subscription (`v[i]`, `v[i] = x`, `del v[i]`) and `len()` for every
//! kind of object.

use crate::obj::*;
use crate::objects::dict::{dict_del, dict_get, dict_len, dict_set};
use crate::objects::seq_ops::{
    index_value, is_slice, norm_index, slice_count, slice_indices, slice_positions,
};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// `obj[idx]`.
    pub fn get_item(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        if let Value::Obj(g) = obj {
            match self.heap.get(g) {
                Obj::List(l) => {
                    if let Value::Int(i) = idx {
                        if let Some(j) = norm_index(i, l.len()) {
                            return Ok(l[j]);
                        }
                        return self.index_error("list index out of range");
                    }
                    return self.seq_get(obj, idx, "list");
                }
                Obj::Tuple(t) => {
                    if let Value::Int(i) = idx {
                        if let Some(j) = norm_index(i, t.len()) {
                            return Ok(t[j]);
                        }
                        return self.index_error("tuple index out of range");
                    }
                    return self.seq_get(obj, idx, "tuple");
                }
                Obj::Dict(_) => {
                    return match dict_get(self, g, idx)? {
                        Some(v) => Ok(v),
                        None => self.key_error(idx),
                    };
                }
                Obj::Str(_) => return crate::objects::str::str_getitem(self, obj, idx),
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    return crate::objects::bytes::bytes_getitem(self, obj, idx)
                }
                Obj::Range(..) => return crate::objects::range::range_getitem(self, g, idx),
                Obj::Type(_) => {
                    let cg = self.intern("__class_getitem__");
                    if let Some(f) = self.try_get_attr(obj, cg)? {
                        return self.call(f, &[idx]);
                    }
                    if g == self.types.type_ || self.type_obj(g).base_kind != BaseKind::Object {
                        // `list[int]` and friends: typing aliases are not
                        // modelled; the origin class stands in for them.
                        return Ok(obj);
                    }
                    let n = self.type_obj(g).name.clone();
                    return self.type_error(format!("type '{}' is not subscriptable", n));
                }
                _ => {}
            }
        }
        if self.is_user_value(obj) {
            if let Some(f) = self.lookup_special(obj, self.names.__getitem__) {
                return self.call_bound(f, obj, &[idx]);
            }
            let base = self.unwrap_base(obj);
            if !base.is(obj) {
                if let Value::Obj(bg) = base {
                    if matches!(self.heap.get(bg), Obj::Dict(_)) {
                        return match dict_get(self, bg, idx)? {
                            Some(v) => Ok(v),
                            None => {
                                let m = self.names.__missing__;
                                if let Some(f) = self.lookup_special(obj, m) {
                                    return self.call_bound(f, obj, &[idx]);
                                }
                                self.key_error(idx)
                            }
                        };
                    }
                }
                return self.get_item(base, idx);
            }
        }
        let t = self.type_name(obj);
        self.type_error(format!("'{}' object is not subscriptable", t))
    }

    /// List or tuple indexed by a non-small-int or a slice.
    fn seq_get(&mut self, obj: Value, idx: Value, what: &str) -> PyResult<Value> {
        let items = crate::objects::seq_ops::seq_items(self, obj);
        if is_slice(self, idx) {
            let (a, b, s) = slice_indices(self, idx, items.len())?;
            if what == "tuple" && a == 0 && s == 1 && b as usize == items.len() {
                return Ok(obj);
            }
            let out: Vec<Value> = if s == 1 {
                if a < b {
                    items[a as usize..b as usize].to_vec()
                } else {
                    Vec::new()
                }
            } else {
                slice_positions(a, b, s).map(|p| items[p]).collect()
            };
            return if what == "list" {
                self.new_list(out)
            } else {
                self.new_tuple(out)
            };
        }
        let i = index_value(self, idx, &format!("{} indices", what))?;
        match norm_index(i, items.len()) {
            Some(j) => Ok(items[j]),
            None => self.index_error(format!("{} index out of range", what)),
        }
    }

    /// `obj[idx] = v`.
    pub fn set_item(&mut self, obj: Value, idx: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(g) = obj {
            match self.heap.get(g) {
                Obj::List(_) => return self.list_setitem(g, idx, v),
                Obj::Dict(_) => return dict_set(self, g, idx, v),
                Obj::ByteArray(_) => {
                    return crate::objects::bytes::bytearray_setitem(self, g, idx, v)
                }
                _ => {}
            }
        }
        if self.is_user_value(obj) {
            if let Some(f) = self.lookup_special(obj, self.names.__setitem__) {
                self.call_bound(f, obj, &[idx, v])?;
                return Ok(());
            }
            let base = self.unwrap_base(obj);
            if !base.is(obj) {
                // The error names the subclass (a namedtuple's 'Point').
                return match self.set_item(base, idx, v) {
                    Err(e)
                        if self.exc_matches(e, self.types.type_error) && {
                            let bt = self.type_of(base);
                            self.lookup_type(bt, self.names.__setitem__).is_none()
                        } =>
                    {
                        let t = self.type_name(obj);
                        self.type_error(format!("'{}' object does not support item assignment", t))
                    }
                    r => r,
                };
            }
        }
        let t = self.type_name(obj);
        self.type_error(format!("'{}' object does not support item assignment", t))
    }

    fn list_setitem(&mut self, g: crate::value::Gc, idx: Value, v: Value) -> PyResult<()> {
        let len = match self.heap.get(g) {
            Obj::List(l) => l.len(),
            _ => 0,
        };
        if is_slice(self, idx) {
            let (a, b, s) = slice_indices(self, idx, len)?;
            let new_items = if matches!(v, Value::Obj(vg) if vg == g) {
                crate::objects::seq_ops::seq_items(self, v)
            } else {
                match self.collect_iterable(v) {
                    Ok(x) => x,
                    Err(e) if self.exc_matches(e, self.types.type_error) => {
                        return self.type_error("can only assign an iterable");
                    }
                    Err(e) => return Err(e),
                }
            };
            if s == 1 {
                let (a, b) = (a as usize, (b.max(a)) as usize);
                if let Obj::List(l) = self.heap.get_mut(g) {
                    let (a, b) = (a.min(l.len()), b.min(l.len()));
                    l.splice(a..b, new_items);
                }
                return Ok(());
            }
            let n = slice_count(a, b, s);
            if n != new_items.len() {
                return self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    n
                ));
            }
            if let Obj::List(l) = self.heap.get_mut(g) {
                for (k, p) in slice_positions(a, b, s).enumerate() {
                    l[p] = new_items[k];
                }
            }
            return Ok(());
        }
        let i = index_value(self, idx, "list indices")?;
        match norm_index(i, len) {
            Some(j) => {
                if let Obj::List(l) = self.heap.get_mut(g) {
                    l[j] = v;
                }
                Ok(())
            }
            None => self.index_error("list assignment index out of range"),
        }
    }

    /// `del obj[idx]`.
    pub fn del_item(&mut self, obj: Value, idx: Value) -> PyResult<()> {
        if let Value::Obj(g) = obj {
            match self.heap.get(g) {
                Obj::List(l) => {
                    let len = l.len();
                    if is_slice(self, idx) {
                        let (a, b, s) = slice_indices(self, idx, len)?;
                        let pos: Vec<usize> = slice_positions(a, b, s).collect();
                        if let Obj::List(l) = self.heap.get_mut(g) {
                            let mut keep = vec![true; l.len()];
                            for p in pos {
                                keep[p] = false;
                            }
                            let mut k = 0;
                            l.retain(|_| {
                                k += 1;
                                keep[k - 1]
                            });
                        }
                        return Ok(());
                    }
                    let i = index_value(self, idx, "list indices")?;
                    return match norm_index(i, len) {
                        Some(j) => {
                            if let Obj::List(l) = self.heap.get_mut(g) {
                                l.remove(j);
                            }
                            Ok(())
                        }
                        None => self.index_error("list assignment index out of range"),
                    };
                }
                Obj::Dict(_) => {
                    return match dict_del(self, g, idx)? {
                        Some(_) => Ok(()),
                        None => self.key_error(idx),
                    }
                }
                Obj::ByteArray(_) => return crate::objects::bytes::bytearray_delitem(self, g, idx),
                _ => {}
            }
        }
        if self.is_user_value(obj) {
            if let Some(f) = self.lookup_special(obj, self.names.__delitem__) {
                self.call_bound(f, obj, &[idx])?;
                return Ok(());
            }
            let base = self.unwrap_base(obj);
            if !base.is(obj) {
                return self.del_item(base, idx);
            }
        }
        let t = self.type_name(obj);
        self.type_error(format!("'{}' object doesn't support item deletion", t))
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(g) = v {
            let n = match self.heap.get(g) {
                Obj::Str(s) => Some(s.nchars),
                Obj::List(l) => Some(l.len()),
                Obj::Tuple(t) => Some(t.len()),
                Obj::Dict(d) => Some(d.len()),
                Obj::Set(s) | Obj::FrozenSet(s) => Some(s.len()),
                Obj::Bytes(b) => Some(b.len()),
                Obj::ByteArray(b) => Some(b.len()),
                Obj::Range(r) => match r.len() {
                    Some(n) => Some(n),
                    None => return crate::objects::range::len_overflow(self),
                },
                Obj::DictView(d, _) => Some(dict_len(self, *d)),
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        if self.is_user_value(v) {
            if let Some(f) = self.lookup_special(v, self.names.__len__) {
                let r = self.call_bound(f, v, &[])?;
                return self.len_result(r).map(|n| n as usize);
            }
            let base = self.unwrap_base(v);
            if !base.is(v) {
                return self.len_of(base);
            }
        }
        let t = self.type_name(v);
        self.type_error(format!("object of type '{}' has no len()", t))
    }
}
