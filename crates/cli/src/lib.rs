//! The `newswire` command's per-document work as a library: each task
//! turns one [`newswire_text::Document`] into the JSON object the command
//! prints for it. The Python package uses the same tasks, so a Python
//! dict, a Spark row and a CLI line agree field for field.
//!
//! ```
//! use newswire_cli::{quotes::Quotes, Task};
//! use newswire_text::{Document, OffsetUnit};
//!
//! let doc = Document::new("a", "“We will win,” Ali Karimi said.");
//! let v = Quotes.process(&doc, OffsetUnit::Char).unwrap();
//! assert_eq!(v["quotes"][0]["speaker"], "Ali Karimi");
//! assert_eq!(v["quotes"][0]["start"], 1);
//! ```

pub mod dates;
pub mod driver;
pub mod names;
pub mod quotes;
pub mod segment;

pub use driver::Task;
