//! The story of a corpus of news articles, told with the newswire crates'
//! public APIs: documents and their dates (stated or inferred), the people
//! under every spelling with their roles, who said what and when, the same
//! statement across sources, and figures that disagree — as a terminal
//! report, one JSON document ([`Story`], schema in `story.schema.json`)
//! or a self-contained web page.
//!
//! ```
//! use newswire_text::Document;
//!
//! let docs = [
//!     Document::new("a", "Foreign Minister Ali Karimi met Khaled Meshaal on Monday.\n\n“The talks were useful,” Karimi said.")
//!         .with_dct("2024-03-05"),
//!     Document::new("b", "“The talks were very useful,” Iran’s foreign minister Ali Kareemi said on Monday."),
//! ];
//! let story = newswire_examples::build(&docs);
//! assert_eq!(story.people[0].variants, ["Ali Karimi", "Karimi", "Ali Kareemi"]);
//! assert_eq!(story.quotes.len(), 2);
//! assert!(story.quotes.iter().all(|q| q.speaker.as_deref() == Some("p1")));
//! let page = newswire_examples::html::page(&story);
//! assert!(page.contains("The talks were useful"));
//! ```
//!
//! The repository README is compiled in as doc tests so its examples
//! cannot rot.

pub mod html;
mod report;
mod run;
mod story;

pub use report::write_report;
pub use run::{analyze, Options};
pub use story::{build, DocumentInfo, Figure, FigureReport, MentionInfo, PersonInfo, QuoteInfo, Statement, Story};

/// The JSON Schema (draft 2020-12) of the `--json` output.
pub const SCHEMA: &str = include_str!("../story.schema.json");

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
