//! The upy virtual machine: values (`value`), the garbage-collected heap
//! (`heap`), object layouts (`obj`), the hash tables behind dict and set
//! (`dict`, `set`), frames (`frame`), the interpreter loop (`interp`),
//! calls (`call`), attribute access (`attr`), operators (`ops`), types
//! (`types`), and builtin types' methods under `objects/`.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod format;
pub mod frame;
pub mod heap;
pub mod import;
pub mod inline_cache;
pub mod interp;
pub mod iter;
pub mod modules;
pub mod native;
pub mod obj;
pub mod objects;
pub mod ops;
pub mod set;
pub mod stdio;
pub mod subscript;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

/// Result of anything that can raise: the error is the exception value.
pub type PyResult<T> = Result<T, value::Value>;
