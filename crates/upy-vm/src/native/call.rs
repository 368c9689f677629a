//! Calling a declared native: `self` checked against its type, the
//! arguments bound (inline for positional calls that fit), then the
//! implementation run.

use super::{bind, Args, Decl, Receiver, Style};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// Call a declared native function: `self` (the bound value or the
    /// first argument) checked against the method's type, the rest bound
    /// to the parameters.
    pub fn call_declared(
        &mut self,
        d: &'static Decl,
        owner: Option<Gc>,
        bound: Option<Value>,
        data: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let sig = &d.sig;
        let (this, rest) = if !sig.has_self {
            (Value::None, args)
        } else {
            match (bound, args.split_first()) {
                (Some(b), _) => (b, args),
                (None, Some((first, rest))) => (*first, rest),
                (None, None) => {
                    return self
                        .type_error(format!("unbound method {}() needs an argument", sig.name))
                }
            }
        };
        if sig.receiver == Receiver::Instance {
            if let Some(t) = owner {
                // The common case, an instance of exactly the type, first.
                if self.type_of(this) != t
                    && self.is_type(Value::Obj(t))
                    && !self.isinstance(this, t)
                {
                    return self.not_an_instance(d, t, this);
                }
            }
        }
        // Positional arguments that fit, the call of nearly every native,
        // need no binding.
        let n = rest.len();
        let a = if kw.is_empty() && n >= sig.min_pos && (n <= sig.npos || sig.varargs) {
            Args {
                sig,
                this,
                given: rest,
                slots: None,
                extra_kw: Vec::new(),
                data,
            }
        } else {
            let mut a = bind(self, d, owner, this, rest, kw)?;
            a.data = data;
            a
        };
        (d.f)(self, &a)
    }

    /// The TypeError for a method called on an object not of its type.
    #[cold]
    fn not_an_instance(&mut self, d: &'static Decl, t: Gc, this: Value) -> PyResult<Value> {
        let (tn, xn) = (self.tp_name(t), self.value_tp_name(this));
        // Slot wrappers (and `__init__` declared under the type's name)
        // word it their own way.
        if d.sig.style == Style::Slot || d.attr != d.sig.name {
            return self.type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                d.attr, tn, xn
            ));
        }
        self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.sig.name, tn, xn
        ))
    }
}
