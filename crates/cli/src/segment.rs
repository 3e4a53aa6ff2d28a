//! `newswire segment`: paragraphs, sentences and tokens with offsets.

use newswire_text::{convert_spans, Document, OffsetUnit, Segmenter, Span};
use serde_json::{json, Value};

use crate::driver::Task;

/// The segment task; `tokens` says whether tokens are printed.
pub struct Segment {
    /// Print tokens too.
    pub tokens: bool,
}

impl Task for Segment {
    fn process(&self, doc: &Document, unit: OffsetUnit) -> Result<Value, String> {
        let text = doc.text();
        // Collect every span first so offsets convert in one pass.
        let mut spans: Vec<Span> = Vec::new();
        let mut paragraphs = Vec::new();
        for p in Segmenter::new().paragraphs(text) {
            spans.push(p.span());
            let mut sentences = Vec::new();
            for s in p.sentences() {
                spans.push(s.span());
                let tokens: Vec<_> = if self.tokens { s.tokens().collect() } else { Vec::new() };
                spans.extend(tokens.iter().map(|t| t.span()));
                sentences.push(tokens);
            }
            paragraphs.push((p.kind(), sentences));
        }
        let offsets = convert_spans(text, &spans, unit).map_err(|e| e.to_string())?;
        let mut next = offsets.into_iter();
        let mut take = || next.next().unwrap_or((0, 0));
        let paragraphs: Vec<Value> = paragraphs
            .into_iter()
            .map(|(kind, sentences)| {
                let (start, end) = take();
                let sentences: Vec<Value> = sentences
                    .into_iter()
                    .map(|tokens| {
                        let (start, end) = take();
                        let mut s = json!({ "start": start, "end": end });
                        if self.tokens {
                            let tokens: Vec<Value> = tokens
                                .iter()
                                .map(|t| {
                                    let (start, end) = take();
                                    json!({ "start": start, "end": end, "kind": t.kind(), "script": t.script() })
                                })
                                .collect();
                            s["tokens"] = Value::from(tokens);
                        }
                        s
                    })
                    .collect();
                json!({ "start": start, "end": end, "kind": kind, "sentences": sentences })
            })
            .collect();
        Ok(json!({ "id": doc.id(), "paragraphs": paragraphs }))
    }
}
