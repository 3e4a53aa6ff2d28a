//! `newswire dates`: temporal expressions per document, as JSONL or
//! inline TimeML.

use newswire_dates::{document_date, parse_dct, DateFinder};
use newswire_text::{convert_spans, Document, OffsetUnit};
use serde_json::{json, Value};

use crate::driver::Task;

/// The dates task: `{"id", "dct": {"value", "source"}, "timexes": […]}`.
pub struct Dates {
    /// Inline TimeML instead of the timex list.
    pub timeml: bool,
}

impl Task for Dates {
    fn process(&self, doc: &Document, unit: OffsetUnit) -> Result<Value, String> {
        let text = doc.text();
        let (dct, source) = match doc.dct() {
            Some(given) => {
                (Some(parse_dct(given).ok_or_else(|| format!("\"dct\" {given:?} is not YYYY-MM-DD"))?), "given")
            }
            None => match document_date(text) {
                Some(d) => (Some(d.date), "stated"),
                None => (None, "none"),
            },
        };
        let timexes = DateFinder::new().find(text, dct);
        let dct_value = json!({ "value": dct.map(|d| d.to_string()), "source": if dct.is_some() { Value::from(source) } else { Value::Null } });
        if self.timeml {
            let mut out = String::with_capacity(text.len() + timexes.len() * 48);
            let mut at = 0;
            for (n, t) in timexes.iter().enumerate() {
                out.push_str(&escape(&text[at..t.span().start]));
                let m = t.modifier().map(|m| format!(" mod=\"{m}\"")).unwrap_or_default();
                out.push_str(&format!(
                    "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"{m}>{}</TIMEX3>",
                    n + 1,
                    t.kind().as_str(),
                    escape(t.value()),
                    escape(t.as_str())
                ));
                at = t.span().end;
            }
            out.push_str(&escape(&text[at..]));
            return Ok(json!({ "id": doc.id(), "dct": dct_value, "timeml": out }));
        }
        let spans: Vec<_> = timexes.iter().map(|t| t.span()).collect();
        let offsets = convert_spans(text, &spans, unit).map_err(|e| e.to_string())?;
        let list: Vec<Value> = timexes
            .iter()
            .zip(offsets)
            .map(|(t, (start, end))| {
                let mut v = json!({ "start": start, "end": end, "text": t.as_str(), "type": t.kind().as_str(), "value": t.value() });
                if let Some(m) = t.modifier() {
                    v["mod"] = Value::from(m);
                }
                v
            })
            .collect();
        Ok(json!({ "id": doc.id(), "dct": dct_value, "timexes": list }))
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
