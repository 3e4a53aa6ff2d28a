//! The crate's one error type.

use core::fmt;

/// An error from the text layer: an offset that does not point into the
/// text, or bytes that are not UTF-8.
///
/// The kind is private so new cases can be added without breaking callers;
/// ask with the `is_*` predicates.
///
/// ```
/// use newswire_text::{convert_offsets, OffsetUnit};
///
/// let err = convert_offsets("é", &[1], OffsetUnit::Byte, OffsetUnit::Char).unwrap_err();
/// assert!(err.is_not_char_boundary());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    OutOfBounds { offset: usize, len: usize },
    NotCharBoundary { offset: usize },
    InvalidUtf8 { valid_up_to: usize },
}

impl Error {
    pub(crate) fn out_of_bounds(offset: usize, len: usize) -> Error {
        Error { kind: ErrorKind::OutOfBounds { offset, len } }
    }

    pub(crate) fn not_char_boundary(offset: usize) -> Error {
        Error { kind: ErrorKind::NotCharBoundary { offset } }
    }

    pub(crate) fn invalid_utf8(valid_up_to: usize) -> Error {
        Error { kind: ErrorKind::InvalidUtf8 { valid_up_to } }
    }

    /// True when an offset was past the end of the text.
    pub fn is_out_of_bounds(&self) -> bool {
        matches!(self.kind, ErrorKind::OutOfBounds { .. })
    }

    /// True when a byte offset fell inside a multi-byte character (or a
    /// UTF-16 offset inside a surrogate pair).
    pub fn is_not_char_boundary(&self) -> bool {
        matches!(self.kind, ErrorKind::NotCharBoundary { .. })
    }

    /// True when input bytes were not valid UTF-8.
    pub fn is_invalid_utf8(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidUtf8 { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::OutOfBounds { offset, len } => {
                write!(f, "offset {offset} is past the end of the text ({len})")
            }
            ErrorKind::NotCharBoundary { offset } => {
                write!(f, "offset {offset} is not on a character boundary")
            }
            ErrorKind::InvalidUtf8 { valid_up_to } => {
                write!(f, "invalid UTF-8 after byte {valid_up_to}")
            }
        }
    }
}

impl std::error::Error for Error {}
