//! The document creation date: given by the caller, or stated in the
//! document's header (a timestamp line under the headline, "date
//! 2023-11-11" at the start, a dateline with a full date).

use jiff::civil::Date;
use newswire_text::{ParagraphKind, Segmenter, Span};

/// Where a document date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum DctSource {
    /// The caller supplied it.
    Given,
    /// The document states it in its header.
    Stated,
    /// Decided later from other documents (set by the caller).
    Inferred,
}

/// A document creation date and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentDate {
    /// The date.
    pub date: Date,
    /// Where it is written in the text, when stated there.
    pub span: Option<Span>,
    /// How it was obtained.
    pub source: DctSource,
}

/// Parses a caller-given date: `YYYY-MM-DD`, optionally followed by a time
/// (`2023-10-31T20:22:40`, `2023-10-31 20:22`), which is ignored.
///
/// ```
/// let d = newswire_dates::parse_dct("2023-10-31T08:00:00").unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 10, 31));
/// assert!(newswire_dates::parse_dct("31 Oct").is_none());
/// ```
pub fn parse_dct(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    let mut it = head.split('-');
    let (y, m, d) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
    if s.len() > 10 && !s[10..].starts_with(['T', ' ', 't']) {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// The creation date a document states in its header: the first
/// absolute full date within its first paragraphs or in a metadata line
/// (a timestamp under the headline). Dates inside the body (an embedded
/// post, a quoted report) are not the document's.
///
/// ```
/// use newswire_dates::{document_date, DctSource};
///
/// let text = "Iran minister meets Hamas leader\n\n2023-10-31 20:22:40\n\nThe minister met…";
/// let d = document_date(text).unwrap();
/// assert_eq!(d.date.to_string(), "2023-10-31");
/// assert_eq!(d.source, DctSource::Stated);
/// assert_eq!(&text[d.span.unwrap()], "2023-10-31 20:22:40");
/// assert!(document_date("He left on Tuesday.").is_none());
/// ```
pub fn document_date(text: &str) -> Option<DocumentDate> {
    for (n, p) in Segmenter::new().paragraphs(text).enumerate() {
        let header = n < 3 || p.kind() == ParagraphKind::Meta;
        if !header {
            continue;
        }
        // Only the start of a body paragraph counts as a dateline.
        let limit = if p.kind() == ParagraphKind::Body { 60.min(p.span().len()) } else { p.span().len() };
        let mut end = p.span().start + limit;
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let region = &text[p.span().start..end];
        for t in crate::find_timexes(region, None) {
            let full = t.value().len() >= 10 && t.value().as_bytes()[4] == b'-' && !t.value().starts_with('X');
            if full && t.anchor() == crate::Anchor::Absolute {
                if let Some(date) = parse_dct(&t.value()[..10]) {
                    let s = t.span();
                    return Some(DocumentDate {
                        date,
                        span: Some(Span::new(p.span().start + s.start, p.span().start + s.end)),
                        source: DctSource::Stated,
                    });
                }
            }
        }
    }
    None
}
