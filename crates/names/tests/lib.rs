//! Integration tests for newswire-names: one binary, modules per topic.

mod index;
mod mentions;
mod oibits;
mod pairs;
mod properties;
mod seeds;
