//! From inputs to outputs: what the `newswire-examples` binary and the
//! `newswire analyze` subcommand both do.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use newswire_text::corpus::{InputFormat, Records};

use crate::{build, html, report};

/// What to write.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The story as one JSON document on `out` instead of the report.
    pub json: bool,
    /// Also write the web page to this file.
    pub html: Option<PathBuf>,
}

/// Reads every input (text files, directories, JSONL), builds the story
/// and writes it. Records that cannot be read are listed on `err` and
/// counted in the result; the story is built from the others.
pub fn analyze(
    inputs: &[PathBuf],
    format: InputFormat,
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u64> {
    let mut records = Records::open(inputs, format);
    let mut docs = Vec::new();
    let mut bad = 0;
    for r in records.by_ref() {
        match r {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                writeln!(err, "{e}")?;
                bad += 1;
            }
        }
    }
    for note in &records.notes {
        writeln!(err, "{note}")?;
    }
    let story = build(&docs);
    if let Some(path) = &options.html {
        write_page(path, &html::page(&story))?;
        writeln!(err, "wrote {}", path.display())?;
    }
    if options.json {
        serde_json::to_writer_pretty(&mut *out, &story)?;
        writeln!(out)?;
    } else {
        report::write_report(&story, out)?;
    }
    out.flush()?;
    Ok(bad)
}

fn write_page(path: &Path, page: &str) -> io::Result<()> {
    std::fs::write(path, page).map_err(|e| io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display())))
}
