//! Integration tests for newswire-dates.
