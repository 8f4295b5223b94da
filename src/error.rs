//! The library's error type.

use std::fmt;

/// Why a run could not produce a report at all. Trouble with single inputs is not an
/// error: it lands in the report's `skipped` list.
#[derive(Debug)]
pub enum Error {
    /// No path was given and nothing could be read.
    NoInput,
    /// Reading standard input failed.
    Stdin(std::io::Error),
    /// A `-g`/`--exclude` glob does not parse.
    Glob(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoInput => write!(f, "no input: give at least one file or folder, or - for standard input"),
            Error::Stdin(e) => write!(f, "reading standard input: {e}"),
            Error::Glob(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Stdin(e) => Some(e),
            Error::NoInput | Error::Glob(_) => None,
        }
    }
}
