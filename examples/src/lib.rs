//! Library side of the newswire examples crate: the story over a corpus
//! is built here so the `newswire-examples` binary and (later) the
//! `newswire analyze` subcommand share one implementation.
//!
//! The repository README is compiled in as doc tests so its examples
//! cannot rot.

mod story;

pub use story::{build, DocumentInfo, Figure, FigureReport, PersonInfo, QuoteInfo, Statement, Story};

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
