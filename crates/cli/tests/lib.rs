//! Integration tests for the `newswire` binary: one test binary, modules
//! per topic.

mod common;
mod names;
mod segment;
