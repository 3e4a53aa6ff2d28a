//! Integration tests for newswire-quotes.
