//! Byte spans into the caller's text.

use core::ops::{Index, Range};

/// A half-open byte range `start..end` into the text a result came from.
///
/// Every span produced by a newswire crate lies on UTF-8 character
/// boundaries of the caller's original `&str`, so `&text[span]` never
/// panics for a span that came from that text.
///
/// ```
/// use newswire_text::Span;
///
/// let text = "Doha, Tuesday";
/// let span = Span::from(6..13);
/// assert_eq!(&text[span], "Tuesday");
/// assert_eq!(span.len(), 7);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). `end` must not be less than
    /// `start`; a reversed pair is swapped rather than rejected so that no
    /// arithmetic on input-derived offsets can produce a panicking range.
    ///
    /// ```
    /// use newswire_text::Span;
    /// assert_eq!(Span::new(3, 1), Span::new(1, 3));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        if end < start {
            Span { start: end, end: start }
        } else {
            Span { start, end }
        }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(newswire_text::Span::new(2, 5).len(), 3);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    ///
    /// ```
    /// assert!(newswire_text::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// assert_eq!(newswire_text::Span::new(1, 2).range(), 1..2);
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `offset` lies inside the span (`start <= offset < end`).
    ///
    /// ```
    /// let s = newswire_text::Span::new(1, 3);
    /// assert!(s.contains(1) && s.contains(2) && !s.contains(3));
    /// ```
    #[inline]
    pub const fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use newswire_text::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use newswire_text::Span;
    /// assert_eq!(Span::new(0, 2).cover(Span::new(5, 9)), Span::new(0, 9));
    /// ```
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text under the span, or `None` when the span is out of bounds or
    /// not on character boundaries of `haystack`.
    ///
    /// ```
    /// use newswire_text::Span;
    /// assert_eq!(Span::new(0, 2).get("حسين"), Some("ح"));
    /// assert_eq!(Span::new(0, 1).get("حسين"), None);
    /// ```
    #[inline]
    pub fn get(self, haystack: &str) -> Option<&str> {
        haystack.get(self.range())
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    /// # Panics
    ///
    /// Like `&s[a..b]`, when the span is out of bounds or splits a
    /// character. Use [`Span::get`] for spans you did not produce.
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    /// # Panics
    ///
    /// As for `str`.
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
