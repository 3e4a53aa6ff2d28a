//! Who said what: quotations and reported speech in news, each attributed
//! to a speaker mention as written and resolved to a person.
//!
//! ```
//! use newswire_quotes::QuoteFinder;
//!
//! let text = "“No party will be safe,” the minister said.";
//! let q = &QuoteFinder::new().find(text)[0];
//! assert_eq!(q.as_str(), "No party will be safe,");
//! assert_eq!(q.speaker().map(|s| s.text.as_str()), Some("the minister"));
//! assert_eq!(q.cue(), Some("said"));
//! ```
//!
//! # Overview
//!
//! - [`QuoteFinder`]: finds [`Quote`]s — content span, [`QuoteKind`]
//!   (direct, mixed, indirect), [`Speaker`] (mention as written and the
//!   person it resolves to), cue, and the sieve that attributed it.
//! - [`role`]: the [`Role`] a text gives a person where it names them
//!   ("Iran’s Foreign Minister", ", head of Hamas’s political bureau,"),
//!   the same reading the finder uses to resolve later descriptions.
//!
//! # How it works
//!
//! A quotation-mark scanner (`marks.rs`) copes with curly, straight and
//! low-9 marks, guillemets, apostrophes inside words, quotes that run over
//! several paragraphs and unbalanced marks. Attribution sieves run in
//! precision order: a cue after the quote in its sentence (`…,” he said`,
//! `said Smith`, `according to NP`), a cue before it (`NP said: “…”`,
//! `NP said that “…”`), a post-quote dash, then continuation of the
//! previous attributed quote. Short cue-less quotes are scare quotes and
//! are not reported. Reported speech is `NP cue (that) clause`,
//! `According to NP, clause` and `clause, NP cue`. Speaker mentions that
//! are pronouns or descriptions resolve to the most recent person mention
//! found by `newswire-names`. The speech-verb lexicon is
//! `data/speech_verbs.tsv`.
//!
//! # Crate features
//!
//! - `serde`: `Serialize` for [`Quote`], [`Speaker`] and [`QuoteKind`].
//!
//! # Limits
//!
//! English; no parser, so reported speech is found only in the common
//! sentence shapes above.

mod finder;
mod lexicon;
mod marks;
mod quote;
mod roles;

pub use finder::QuoteFinder;
pub use quote::{Quote, QuoteKind, Speaker};
pub use roles::{role, Role};

#[cfg(feature = "serde")]
impl serde::Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Quote", 7)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("speaker", &self.speaker)?;
        st.serialize_field("cue", &self.cue())?;
        st.serialize_field("sieve", self.sieve)?;
        st.end()
    }
}
