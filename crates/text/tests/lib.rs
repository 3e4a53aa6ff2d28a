//! Integration tests for newswire-text: one binary, modules per topic.

mod fuzz_regressions;
mod oibits;
mod properties;
mod seeds;
mod sentences;
