//! AST to bytecode: symbol tables (`scope`), the code object and instruction
//! set (`code`) and the code generator (`codegen`).
//!
//! The compiler never touches the run-time heap: constants are plain Rust
//! values (`code::Const`) that the VM turns into objects when it loads code.

pub mod code;
pub mod codegen;
#[doc(hidden)]
pub mod fuzzing;
pub mod scope;

pub use code::{CodeObject, Const, Op};
pub use codegen::{compile_source, Mode, Options};
