//! `newswire quotes`: quotes and reported speech with speakers.

use newswire_quotes::QuoteFinder;
use newswire_text::{convert_spans, Document, OffsetUnit, Span};
use serde_json::{json, Value};

use crate::driver::Task;

/// The quotes task.
pub struct Quotes;

impl Task for Quotes {
    fn process(&self, doc: &Document, unit: OffsetUnit) -> Result<Value, String> {
        let text = doc.text();
        let quotes = QuoteFinder::new().find(text);
        // Every span (content, speaker, cue) converted in one pass.
        let mut spans: Vec<Span> = Vec::new();
        for q in &quotes {
            spans.push(q.span());
            spans.push(q.speaker().map_or(Span::new(0, 0), |s| s.span));
            spans.push(q.cue_span().unwrap_or(Span::new(0, 0)));
        }
        let conv = convert_spans(text, &spans, unit).map_err(|e| e.to_string())?;
        let list: Vec<Value> = quotes
            .iter()
            .zip(conv.chunks_exact(3))
            .map(|(q, c)| {
                let mut v = json!({
                    "start": c[0].0, "end": c[0].1, "text": q.as_str(), "kind": q.kind().as_str(),
                    "speaker": q.speaker().map(|s| s.text.as_str()),
                    "speaker_resolved": q.speaker().and_then(|s| s.resolved.as_deref()),
                    "cue": q.cue(), "sieve": q.sieve(),
                });
                if q.speaker().is_some() {
                    v["speaker_start"] = Value::from(c[1].0);
                    v["speaker_end"] = Value::from(c[1].1);
                }
                v
            })
            .collect();
        Ok(json!({ "id": doc.id(), "quotes": list }))
    }
}
