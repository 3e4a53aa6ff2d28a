//! The normalised view used for matching, with a map back to the
//! original bytes.
//!
//! News text mixes typographic and ASCII punctuation freely (“ ” ‘ ’ « »,
//! en and em dashes, no-break spaces, soft hyphens, zero-width characters),
//! often in one article. Matchers should not care, but every result must
//! still point at the caller's bytes, so the normalised text carries an
//! alignment from its bytes to the original ones.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::Span;

const FOLD_TSV: &str = include_str!("../data/fold.tsv");

fn fold_table() -> &'static HashMap<char, &'static str> {
    static TABLE: OnceLock<HashMap<char, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for (cp, rep) in crate::lexicon::tsv_rows(FOLD_TSV) {
            let Some(c) = u32::from_str_radix(cp, 16).ok().and_then(char::from_u32) else {
                continue;
            };
            let rep = match rep {
                "<drop>" => "",
                "<space>" => " ",
                other => other,
            };
            table.insert(c, rep);
        }
        table
    })
}

/// What a character folds to in the matching view: itself (`None`), or a
/// replacement string (possibly empty).
pub(crate) fn fold_char(c: char) -> Option<Folded> {
    if c.is_ascii() {
        return None;
    }
    if let Some(rep) = fold_table().get(&c) {
        return Some(Folded::Str(rep));
    }
    // Full-width ASCII forms, common in text pasted from CJK sources.
    if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        return char::from_u32(c as u32 - 0xFF01 + 0x21).map(Folded::Char);
    }
    None
}

pub(crate) enum Folded {
    Str(&'static str),
    Char(char),
}

/// Text folded for matching, borrowed when nothing changed, with a map
/// from its byte offsets back to the original text.
///
/// ```
/// use newswire_text::Normalized;
///
/// let original = "Iran’s “top diplomat” — said";
/// let norm = Normalized::new(original);
/// assert_eq!(norm.as_str(), "Iran's \"top diplomat\" - said");
/// let at = norm.as_str().find("top").unwrap();
/// let span = norm.to_original(newswire_text::Span::new(at, at + 12));
/// assert_eq!(&original[span], "top diplomat");
/// ```
#[derive(Clone, Debug)]
pub struct Normalized<'h> {
    original: &'h str,
    text: Cow<'h, str>,
    /// For every byte of `text` (and one past the end), the original byte
    /// offset it came from. Empty when `text` is borrowed.
    map: Vec<usize>,
}

impl<'h> Normalized<'h> {
    /// Folds quotation marks, apostrophes, dashes, spaces, ligatures and
    /// full-width forms to their plain ASCII counterparts and removes
    /// invisible characters (soft hyphen, zero-width space, BOM).
    pub fn new(original: &'h str) -> Normalized<'h> {
        let first = original.char_indices().find(|&(_, c)| fold_char(c).is_some());
        let Some((first, _)) = first else {
            return Normalized { original, text: Cow::Borrowed(original), map: Vec::new() };
        };
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        text.push_str(&original[..first]);
        // Every byte maps to the start of its source character, so any
        // mapped offset is a char boundary of the original.
        for (i, c) in original[..first].char_indices() {
            map.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        for (i, c) in original[first..].char_indices() {
            let at = first + i;
            match fold_char(c) {
                None => {
                    text.push(c);
                    map.extend(std::iter::repeat_n(at, c.len_utf8()));
                }
                Some(Folded::Char(r)) => {
                    text.push(r);
                    map.extend(std::iter::repeat_n(at, r.len_utf8()));
                }
                Some(Folded::Str(r)) => {
                    text.push_str(r);
                    map.extend(std::iter::repeat_n(at, r.len()));
                }
            }
        }
        map.push(original.len());
        Normalized { original, text: Cow::Owned(text), map }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text.
    pub fn original(&self) -> &'h str {
        self.original
    }

    /// True when folding changed nothing (the view borrows the original).
    ///
    /// ```
    /// assert!(!newswire_text::Normalized::new("plain ASCII").is_changed());
    /// ```
    pub fn is_changed(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }

    /// The original byte offset of a byte offset in the normalised text.
    /// Offsets past the end map to the end of the original.
    pub fn to_original_offset(&self, offset: usize) -> usize {
        if !self.is_changed() {
            let mut at = offset.min(self.original.len());
            while !self.original.is_char_boundary(at) {
                at -= 1;
            }
            return at;
        }
        self.map.get(offset).copied().unwrap_or(self.original.len())
    }

    /// Maps a span of the normalised text back to the original text. The
    /// result covers every original character that contributed to the
    /// span, so it always lies on original character boundaries (a span
    /// off boundaries or out of bounds is widened or clamped, never a
    /// panic).
    pub fn to_original(&self, span: Span) -> Span {
        if !self.is_changed() {
            // Snap outwards so a span off char boundaries still slices.
            let o = self.original;
            let mut start = span.start.min(o.len());
            while !o.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = span.end.min(o.len()).max(start);
            while !o.is_char_boundary(end) {
                end += 1;
            }
            return Span::new(start, end);
        }
        let start = self.to_original_offset(span.start);
        let end = if span.end == 0 || span.is_empty() {
            self.to_original_offset(span.end).max(start)
        } else {
            // The end is one past the original char that produced the last
            // normalised byte of the span.
            let last = self.to_original_offset(span.end - 1);
            let width = self.original[last..].chars().next().map_or(0, char::len_utf8);
            last + width
        };
        Span::new(start, end.max(start))
    }
}
