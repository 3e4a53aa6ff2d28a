//! Integration tests for newswire-quotes: one binary, modules per topic.

mod cases;
mod oibits;
mod properties;
mod roles;
mod seeds;
