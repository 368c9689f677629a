//! Source text to abstract syntax tree: the lexer (`lexer`), the token
//! definitions (`token`), the parser (`parser`) and the tree (`ast`).
//!
//! This crate knows nothing about bytecode or run-time values.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod token;

pub use error::{ErrorKind, SResult, SyntaxError};
pub use parser::{parse_expression, parse_module};
