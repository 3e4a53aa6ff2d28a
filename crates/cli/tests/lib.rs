//! Integration tests for the `newswire` binary: one test binary, modules
//! per topic.

mod analyze;
mod common;
mod dates;
mod names;
mod quotes;
mod segment;
