//! Errors raised while reading source text.

use std::fmt;

/// Which Python exception a syntax problem becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
}

/// A problem in the source text, located by line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            line,
            col,
        }
    }

    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind: ErrorKind::Indentation,
            msg: msg.into(),
            line,
            col,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}

pub type SResult<T> = Result<T, SyntaxError>;
