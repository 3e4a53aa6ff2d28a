//! The text layer every newswire crate shares: byte [`Span`]s into the
//! caller's text and their batched conversion to char and UTF-16 offsets,
//! a [`Document`], news-tuned paragraph and sentence segmentation, word
//! tokens with their [`Script`], and a [`Normalized`] matching view that
//! maps back to the original bytes.
//!
//! ```
//! use newswire_text::{convert_spans, OffsetUnit, Segmenter};
//!
//! let text = "“No party will be safe,” the minister said in Doha.Tehran \
//!             said so too. Gen. Smith (U.S.) agreed.";
//! let sentences: Vec<_> = Segmenter::new().sentences(text).collect();
//! assert_eq!(sentences.len(), 2);
//! assert!(sentences[0].as_str().ends_with("said so too."));
//!
//! // Python users index by code point.
//! let spans: Vec<_> = sentences.iter().map(|s| s.span()).collect();
//! let chars = convert_spans(text, &spans, OffsetUnit::Char)?;
//! assert_eq!(chars[0], (0, 70));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`Span`]: a `Copy` half-open byte range that indexes `str`.
//! - [`convert_offsets`] / [`convert_spans`]: byte ↔ char ↔ UTF-16 for a
//!   whole batch in one pass ([`OffsetUnit`]).
//! - [`Segmenter`]: [`Paragraph`]s (with a [`ParagraphKind`]: body,
//!   heading, metadata, scraping debris) and [`Sentence`]s.
//! - [`tokenize`] / [`Tokens`]: [`Token`]s with [`TokenKind`] and
//!   [`Script`]; URLs, handles and hashtags stay whole.
//! - [`Normalized`]: quotes, dashes, spaces and invisible characters folded
//!   for matching, with spans mapped back to the original.
//! - [`Document`]: id, text and caller-given creation date.
//!
//! # Examples
//!
//! Sentence ends that generic splitters get wrong in news:
//!
//! ```
//! use newswire_text::Segmenter;
//!
//! let seg = Segmenter::new();
//! let split = |t| seg.sentences(t).map(|s| s.as_str()).collect::<Vec<_>>();
//! // A lost space after a full stop does not end the sentence.
//! assert_eq!(split("met the movement Hamas.Khaled Meshaal, in Doha.").len(), 1);
//! // Titles, initials and months before numbers.
//! assert_eq!(split("Sheikh Dr. A. Salem came on Jan. 7 at 6 p.m. to speak.").len(), 1);
//! // A quotation ending the sentence.
//! assert_eq!(split("He said: “It is over.” Then he left.").len(), 2);
//! // An ambiguous abbreviation before a sentence opener.
//! assert_eq!(split("Talks were held in the U.S. The next day they ended.").len(), 2);
//! ```
//!
//! Mapping a match in the normalised view back to the original:
//!
//! ```
//! use newswire_text::{Normalized, Span};
//!
//! let original = "Iran’s top diplomat";
//! let norm = Normalized::new(original);
//! let at = norm.as_str().find("Iran's").unwrap();
//! assert_eq!(&original[norm.to_original(Span::new(at, at + 6))], "Iran’s");
//! ```
//!
//! # Crate features
//!
//! - `serde`: `Serialize` (and `Deserialize` where the type owns its data)
//!   for the output types.
//!
//! # Performance and limits
//!
//! Segmentation and tokenisation are single passes with no allocation per
//! sentence; `cargo bench -p newswire-benches --bench text` measures them
//! against plain UAX #29 sentence splitting. The sentence rules are tuned
//! for English-language news; in other languages they fall back to
//! punctuation plus whitespace, and CJK full stops end sentences without
//! a following space.

#[cfg(feature = "corpus")]
pub mod corpus;
mod document;
mod error;
mod lexicon;
mod normalize;
mod offsets;
mod segment;
mod span;
mod token;

pub use document::Document;
pub use error::Error;
pub use lexicon::tsv_rows;
pub use normalize::Normalized;
pub use offsets::{convert_offsets, convert_spans, OffsetUnit};
pub use segment::{AllSentences, Paragraph, ParagraphBreak, ParagraphKind, Paragraphs, Segmenter, Sentence, Sentences};
pub use span::Span;
pub use token::{tokenize, Script, Token, TokenKind, Tokens};
