//! The arguments of one call of a declared native, as its implementation
//! reads them.

use super::signature::{Lit, ParamDefault, Sig};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// The arguments of one call, bound to the declaration's parameters.
pub struct Args<'a> {
    pub(super) sig: &'static Sig,
    pub(super) this: Value,
    /// The positional arguments as given (past `self`).
    pub(super) given: &'a [Value],
    /// One slot per parameter, when keywords were given.
    pub(super) slots: Option<Vec<Option<Value>>>,
    /// `**kwargs`: the keywords no parameter took.
    pub(super) extra_kw: Vec<(Value, Value)>,
    pub(super) data: Value,
}

impl<'a> Args<'a> {
    /// The data of the function object called (`Vm::new_native_data`).
    pub fn data(&self) -> Value {
        self.data
    }

    /// `self` of a method (None for a function).
    pub fn this(&self) -> Value {
        self.this
    }

    /// The heap object behind `self` (the builtin value inside an instance
    /// of a subclass), whose type the declaration checked.
    pub fn this_obj(&self, vm: &mut Vm) -> PyResult<Gc> {
        let v = vm.unwrap_base(self.this);
        vm.internal_obj(v)
    }

    /// Parameter `i`'s argument, if the call gave one.
    pub fn get(&self, i: usize) -> Option<Value> {
        match &self.slots {
            Some(s) => s.get(i).copied().flatten(),
            None if i < self.sig.npos => self.given.get(i).copied(),
            None => None,
        }
    }

    /// Required parameter `i`'s argument (binding made sure it is there).
    pub fn arg(&self, i: usize) -> Value {
        self.get(i).unwrap_or(Value::None)
    }

    /// Parameter `i`'s argument, or its default.
    pub fn value(&self, vm: &mut Vm, i: usize) -> PyResult<Value> {
        if let Some(v) = self.get(i) {
            return Ok(v);
        }
        match self.sig.params.get(i).map(|p| p.default) {
            Some(ParamDefault::Lit(Lit::None)) | Some(ParamDefault::Absent) | None => {
                Ok(Value::None)
            }
            Some(ParamDefault::Lit(Lit::Bool(b))) => Ok(Value::Bool(b)),
            Some(ParamDefault::Lit(Lit::Int(n))) => Ok(Value::Int(n)),
            Some(ParamDefault::Lit(Lit::Float(f))) => Ok(Value::Float(f)),
            Some(ParamDefault::Lit(Lit::Str(s))) => vm.new_str(s),
            // Binding checked that required arguments are there.
            Some(ParamDefault::Required) => Ok(Value::None),
        }
    }

    /// `*args`: the positional arguments past the named ones.
    pub fn rest(&self) -> &[Value] {
        self.given.get(self.sig.npos..).unwrap_or(&[])
    }

    /// `**kwargs`: the keyword arguments no parameter took.
    pub fn extra_kw(&self) -> &[(Value, Value)] {
        &self.extra_kw
    }

    /// How many positional arguments the call gave (past `self`).
    pub fn n_given(&self) -> usize {
        self.given.len()
    }
}
