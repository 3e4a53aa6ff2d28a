//! Runs a task over a stream of records: batches read in order, processed
//! in parallel, written in input order; bad records become error records.

use std::io::{self, IsTerminal, Write};

use indicatif::{ProgressBar, ProgressStyle};
use newswire_text::{Document, OffsetUnit};
use rayon::prelude::*;
use serde_json::{json, Value};

use newswire_text::corpus::{BadRecord, Record, Records};

/// One subcommand's work on one document.
pub trait Task: Sync {
    /// The JSON object to print for `doc`, with offsets in `unit`.
    ///
    /// # Errors
    ///
    /// A message for the error record when the document cannot be
    /// processed.
    fn process(&self, doc: &Document, unit: OffsetUnit) -> Result<Value, String>;
}

/// Limits on one batch: records are read until either is reached, so
/// memory stays bounded whatever the input size.
pub struct BatchLimits {
    /// Documents per batch.
    pub records: usize,
    /// Bytes of text per batch.
    pub bytes: usize,
}

/// What a run did, for the summary on stderr and the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    /// Documents processed.
    pub ok: u64,
    /// Records that failed.
    pub failed: u64,
}

/// Processes every record and writes one JSON line per record to `out`.
///
/// # Errors
///
/// Only when writing the output fails.
pub fn run<T: Task, W: Write>(
    task: &T,
    mut records: Records,
    unit: OffsetUnit,
    limits: &BatchLimits,
    out: &mut W,
) -> io::Result<Summary> {
    let progress = progress_bar();
    let mut summary = Summary::default();
    loop {
        let batch = next_batch(&mut records, limits);
        if batch.is_empty() {
            break;
        }
        let results: Vec<Value> = batch
            .par_iter()
            .map(|record| match record {
                // A bug on one document must not stop the run: it becomes
                // that document's error record.
                Ok(doc) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| task.process(doc, unit)))
                    .unwrap_or_else(|_| Err("internal error while processing this document (please report it)".into()))
                    .map_err(|error| error_record(Some(doc.id()), None, &error, None)),
                Err(bad) => Err(bad_record(bad)),
            })
            .map(|r| r.unwrap_or_else(|e| e))
            .collect();
        for (value, record) in results.iter().zip(&batch) {
            serde_json::to_writer(&mut *out, value)?;
            out.write_all(b"\n")?;
            if record.is_ok() && value.get("error").is_none() {
                summary.ok += 1;
            } else {
                summary.failed += 1;
            }
        }
        if let Some(p) = &progress {
            p.inc(batch.len() as u64);
            p.set_message(format!("{} failed", summary.failed));
        }
    }
    out.flush()?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    for note in &records.notes {
        eprintln!("newswire: {note}");
    }
    Ok(summary)
}

fn next_batch(records: &mut Records, limits: &BatchLimits) -> Vec<Record> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < limits.records && bytes < limits.bytes {
        let Some(record) = records.next() else { break };
        bytes += record.as_ref().map_or(0, |d| d.text().len());
        batch.push(record);
    }
    batch
}

fn progress_bar() -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    let style = ProgressStyle::with_template("{spinner} {pos} documents, {per_sec} ({msg}) {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    Some(bar)
}

fn bad_record(bad: &BadRecord) -> Value {
    error_record(bad.id.as_deref(), bad.line, &bad.error, Some(&bad.source))
}

fn error_record(id: Option<&str>, line: Option<u64>, error: &str, source: Option<&str>) -> Value {
    let mut v = json!({ "id": id, "line": line, "error": error });
    if let (Some(source), Some(obj)) = (source, v.as_object_mut()) {
        obj.insert("source".into(), Value::from(source));
    }
    v
}
