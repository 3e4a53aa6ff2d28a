//! Temporal expressions in news: found, typed and normalised to TIMEX3
//! values, anchored to the document creation date (DCT).
//!
//! ```
//! use newswire_dates::{parse_dct, DateFinder, TimexType};
//!
//! let dct = parse_dct("2023-10-31");
//! let text = "The minister arrived on Tuesday and leaves for Ankara tomorrow. \
//!             The war began on October 7 and has lasted more than three weeks.";
//! let found: Vec<_> = DateFinder::new().find(text, dct).into_iter()
//!     .map(|t| (t.as_str(), t.kind(), t.value().to_string()))
//!     .collect();
//! assert_eq!(found, [
//!     ("Tuesday", TimexType::Date, "2023-10-31".to_string()),
//!     ("tomorrow", TimexType::Date, "2023-11-01".to_string()),
//!     ("October 7", TimexType::Date, "2023-10-07".to_string()),
//!     ("more than three weeks", TimexType::Duration, "P3W".to_string()),
//! ]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`DateFinder`]: finds [`Timex`]es — span, [`TimexType`], TIMEX3
//!   value, `mod`, and the [`Anchor`] the value was computed from.
//! - [`document_date`]: the creation date a document states in its header;
//!   [`parse_dct`] for caller-given dates. To re-anchor a document to a DCT
//!   decided later, run [`DateFinder::find`] again with it: values are a
//!   pure function of the text and the DCT.
//!
//! # How it works
//!
//! Small matchers over tokens (`rules.rs`), one per family of expressions
//! (absolute dates, weekdays, today/yesterday, last/this/next + unit, "N
//! units ago", quarters, durations, fuzzy references, sets, seasons, clock
//! times, weekends), with vocabulary from `data/lexicon.tsv`. At each
//! position the longest match wins. Relative values use jiff for calendar
//! arithmetic. Weekdays point back to the most recent one unless the
//! sentence speaks of the future; "the quarter" and "a year earlier"
//! follow the last quarter the document named, as financial news does.
//!
//! # Crate features
//!
//! - `serde`: `Serialize` for [`Timex`] (start, end, text, type, value,
//!   mod) and the enums.
//!
//! # Performance and limits
//!
//! One pass over the tokens; no model. English only. Expressions whose
//! value needs more than the DCT and the previous expressions (event
//! anchoring across sentences) get the DCT-based reading.

mod dct;
mod lexicon;
mod rules;
mod timex;
mod tokens;

pub use dct::{document_date, parse_dct, DctSource, DocumentDate};
pub use jiff::civil::Date;
pub use timex::{Anchor, Timex, TimexType};

/// Finds temporal expressions. Cheap, `Copy`, usable as a `const`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DateFinder {
    _private: (),
}

impl DateFinder {
    /// A finder with the default rules.
    pub const fn new() -> DateFinder {
        DateFinder { _private: () }
    }

    /// The expressions of `haystack`, in order, with values anchored to
    /// `dct` (relative values get `X`s without one).
    pub fn find<'h>(&self, haystack: &'h str, dct: Option<Date>) -> Vec<Timex<'h>> {
        find_timexes(haystack, dct)
    }
}

pub(crate) fn find_timexes(haystack: &str, dct: Option<Date>) -> Vec<Timex<'_>> {
    let toks = tokens::tokenize(haystack);
    rules::find_all(&toks, dct)
        .into_iter()
        .filter_map(|f| {
            let (first, last) = (toks.get(f.start)?, toks.get(f.end.checked_sub(1)?)?);
            Some(Timex {
                haystack,
                span: newswire_text::Span::new(first.span.start, last.span.end),
                kind: f.kind,
                value: f.value,
                modifier: f.modifier,
                anchor: f.anchor,
            })
        })
        .collect()
}
