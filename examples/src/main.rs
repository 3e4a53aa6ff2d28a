//! Placeholder until the story issue fills the examples crate.
fn main() {}
