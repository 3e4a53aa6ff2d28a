//! Integration tests for newswire-dates: one binary, modules per topic.

mod cases;
mod oibits;
mod properties;
mod seeds;
mod validate;
