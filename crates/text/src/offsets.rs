//! Batched conversion between byte, char (Unicode scalar) and UTF-16
//! offsets.
//!
//! Results are byte offsets because slicing a Rust `&str` needs them;
//! Python indexes strings by code point and JavaScript by UTF-16 unit.
//! Converting offsets one at a time is quadratic on long documents, so the
//! conversion sorts the batch and walks the text once.

use crate::Error;

/// A unit in which text offsets are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust, Go, C).
    Byte,
    /// Unicode scalar values (Python `str` indices).
    #[default]
    Char,
    /// UTF-16 code units (JavaScript, Java, C#).
    Utf16,
}

impl OffsetUnit {
    fn width(self, c: char) -> usize {
        match self {
            OffsetUnit::Byte => c.len_utf8(),
            OffsetUnit::Char => 1,
            OffsetUnit::Utf16 => c.len_utf16(),
        }
    }

    fn total(self, text: &str) -> usize {
        match self {
            OffsetUnit::Byte => text.len(),
            OffsetUnit::Char => text.chars().count(),
            OffsetUnit::Utf16 => text.encode_utf16().count(),
        }
    }
}

impl core::str::FromStr for OffsetUnit {
    type Err = String;

    fn from_str(s: &str) -> Result<OffsetUnit, String> {
        match s {
            "byte" | "bytes" => Ok(OffsetUnit::Byte),
            "char" | "chars" | "codepoint" => Ok(OffsetUnit::Char),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            other => Err(format!("unknown offset unit {other:?} (expected byte, char or utf16)")),
        }
    }
}

/// Converts a batch of offsets in `text` from one unit to another, in one
/// pass over the text. The output is in the order of the input; offsets
/// need not be sorted and may repeat. `text.len()` (in the source unit) is
/// a valid offset: the end of the text.
///
/// # Errors
///
/// When an offset is past the end of the text, or does not fall on a
/// character boundary in the source unit (inside a multi-byte UTF-8
/// sequence, or between the two halves of a UTF-16 surrogate pair).
///
/// ```
/// use newswire_text::{convert_offsets, OffsetUnit};
///
/// let text = "“Doha” 𝄞x";
/// // “ is 3 bytes, 𝄞 is 4 bytes and 2 UTF-16 units.
/// let bytes = [0, 3, 7, 10, 15];
/// assert_eq!(convert_offsets(text, &bytes, OffsetUnit::Byte, OffsetUnit::Char)?, [0, 1, 5, 6, 8]);
/// assert_eq!(convert_offsets(text, &bytes, OffsetUnit::Byte, OffsetUnit::Utf16)?, [0, 1, 5, 6, 9]);
/// assert_eq!(convert_offsets(text, &[0, 1, 5, 6, 8], OffsetUnit::Char, OffsetUnit::Byte)?, bytes);
/// # Ok::<(), newswire_text::Error>(())
/// ```
pub fn convert_offsets(text: &str, offsets: &[usize], from: OffsetUnit, to: OffsetUnit) -> Result<Vec<usize>, Error> {
    if from == to {
        // Still validate: a caller converting "to bytes" expects sliceable
        // offsets back.
        validate(text, offsets, from)?;
        return Ok(offsets.to_vec());
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![0; offsets.len()];
    let mut next = order.iter().peekable();
    let (mut at_from, mut at_to) = (0usize, 0usize);
    let mut chars = text.chars();
    loop {
        while let Some(&&i) = next.peek() {
            if offsets[i] != at_from {
                break;
            }
            out[i] = at_to;
            next.next();
        }
        let Some(&&i) = next.peek() else { return Ok(out) };
        let Some(c) = chars.next() else {
            return Err(Error::out_of_bounds(offsets[i], at_from));
        };
        let step = from.width(c);
        if offsets[i] < at_from + step {
            return Err(Error::not_char_boundary(offsets[i]));
        }
        at_from += step;
        at_to += to.width(c);
    }
}

fn validate(text: &str, offsets: &[usize], unit: OffsetUnit) -> Result<(), Error> {
    if unit == OffsetUnit::Byte {
        for &o in offsets {
            if o > text.len() {
                return Err(Error::out_of_bounds(o, text.len()));
            }
            if !text.is_char_boundary(o) {
                return Err(Error::not_char_boundary(o));
            }
        }
        return Ok(());
    }
    if offsets.is_empty() {
        return Ok(());
    }
    // Converting to bytes and back checks boundaries in the source unit.
    let total = unit.total(text);
    if let Some(&o) = offsets.iter().find(|&&o| o > total) {
        return Err(Error::out_of_bounds(o, total));
    }
    convert_offsets(text, offsets, unit, OffsetUnit::Byte).map(drop)
}

/// Converts the byte offsets of a batch of spans to `unit`, in one pass.
/// Returns `(start, end)` pairs in the order given.
///
/// # Errors
///
/// As [`convert_offsets`]: a span out of bounds or off a char boundary.
///
/// ```
/// use newswire_text::{convert_spans, OffsetUnit, Span};
///
/// let text = "حسين said";
/// let spans = [Span::new(0, 8), Span::new(9, 13)];
/// assert_eq!(convert_spans(text, &spans, OffsetUnit::Char)?, [(0, 4), (5, 9)]);
/// # Ok::<(), newswire_text::Error>(())
/// ```
pub fn convert_spans(text: &str, spans: &[crate::Span], unit: OffsetUnit) -> Result<Vec<(usize, usize)>, Error> {
    let flat: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let conv = convert_offsets(text, &flat, OffsetUnit::Byte, unit)?;
    Ok(conv.chunks_exact(2).map(|p| (p[0], p[1])).collect())
}
