//! Where documents come from: text files, directories of them, and JSONL
//! files or stdin, read as a stream so a 1 GB JSONL file is never held
//! whole. Every record that cannot become a [`Document`] comes out as a
//! [`BadRecord`] naming its source and line: nothing is dropped silently.
//!
//! ```no_run
//! use newswire_text::corpus::{InputFormat, Records};
//!
//! for record in Records::open(&["articles/".into()], InputFormat::Auto) {
//!     match record {
//!         Ok(doc) => println!("{}: {} bytes", doc.id(), doc.text().len()),
//!         Err(bad) => eprintln!("{bad}"),
//!     }
//! }
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::Document;
use serde::Deserialize;

/// How to read an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// By extension: `.jsonl`/`.ndjson` are JSONL, other files plain text;
    /// stdin is JSONL.
    Auto,
    /// Each file (or stdin) is one plain-text document.
    Text,
    /// One JSON object per line: {"id", "text", "dct"?}.
    Jsonl,
}

/// A record that could not become a document. It is reported, never
/// dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRecord {
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// The file it came from ("-" for stdin).
    pub source: String,
    /// Its 1-based line, for JSONL.
    pub line: Option<u64>,
    /// Why it is not a document.
    pub error: String,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(id) = &self.id {
            write!(f, " ({id})")?;
        }
        write!(f, ": {}", self.error)
    }
}

impl std::error::Error for BadRecord {}

/// One input record: a document or the reason it is not one.
pub type Record = Result<Document, BadRecord>;

#[derive(Deserialize)]
struct JsonRecord {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    dct: Option<serde_json::Value>,
}

/// A stream of records over all inputs, in the order given.
pub struct Records {
    pending: std::vec::IntoIter<Source>,
    current: Option<Current>,
    format: InputFormat,
    /// Notes for stderr: files skipped in directories.
    pub notes: Vec<String>,
}

enum Source {
    Stdin,
    Path { path: PathBuf, id: String },
    Unreadable { source: String, error: String },
}

enum Current {
    Jsonl { reader: Box<dyn BufRead>, source: String, line: u64 },
}

impl Records {
    /// Expands directories (recursively, sorted) and prepares the stream.
    pub fn open(inputs: &[PathBuf], format: InputFormat) -> Records {
        let mut sources = Vec::new();
        let mut notes = Vec::new();
        if inputs.is_empty() {
            sources.push(Source::Stdin);
        }
        for input in inputs {
            if input.as_os_str() == "-" {
                sources.push(Source::Stdin);
            } else if input.is_dir() {
                expand_dir(input, input, format, &mut sources, &mut notes);
            } else {
                let id = input.file_name().map_or_else(|| input.display().to_string(), |n| n.to_string_lossy().into());
                sources.push(Source::Path { path: input.clone(), id });
            }
        }
        Records { pending: sources.into_iter(), current: None, format, notes }
    }

    fn is_jsonl(&self, path: &Path) -> bool {
        match self.format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => has_jsonl_ext(path),
        }
    }
}

fn has_jsonl_ext(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson")
}

fn expand_dir(root: &Path, dir: &Path, format: InputFormat, out: &mut Vec<Source>, notes: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Source::Unreadable { source: dir.display().to_string(), error: e.to_string() });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            expand_dir(root, &path, format, out, notes);
            continue;
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        let usable =
            format != InputFormat::Auto || matches!(ext.as_deref(), None | Some("txt" | "text" | "jsonl" | "ndjson"));
        if !usable {
            notes.push(format!("skipped {} (not .txt or .jsonl; pass it explicitly to read it)", path.display()));
            continue;
        }
        let id = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().into_owned();
        out.push(Source::Path { path, id });
    }
}

impl Iterator for Records {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(Current::Jsonl { reader, source, line }) = &mut self.current {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => self.current = None,
                    Ok(_) => {
                        *line += 1;
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(parse_jsonl_line(&buf, source, *line));
                    }
                    Err(e) => {
                        let bad = BadRecord {
                            id: None,
                            source: source.clone(),
                            line: Some(*line + 1),
                            error: format!("read error: {e}"),
                        };
                        self.current = None;
                        return Some(Err(bad));
                    }
                }
                continue;
            }
            match self.pending.next()? {
                Source::Unreadable { source, error } => {
                    return Some(Err(BadRecord { id: None, source, line: None, error }));
                }
                Source::Stdin => {
                    if self.format == InputFormat::Text {
                        let mut bytes = Vec::new();
                        return Some(match io::stdin().lock().read_to_end(&mut bytes) {
                            Ok(_) => text_document("stdin".into(), "-", bytes),
                            Err(e) => Err(BadRecord {
                                id: Some("stdin".into()),
                                source: "-".into(),
                                line: None,
                                error: e.to_string(),
                            }),
                        });
                    }
                    let reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
                    self.current = Some(Current::Jsonl { reader, source: "-".into(), line: 0 });
                }
                Source::Path { path, id } => {
                    let source = path.display().to_string();
                    if self.is_jsonl(&path) {
                        match File::open(&path) {
                            Ok(f) => {
                                let reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 16, f));
                                self.current = Some(Current::Jsonl { reader, source, line: 0 });
                            }
                            Err(e) => {
                                return Some(Err(BadRecord { id: None, source, line: None, error: e.to_string() }))
                            }
                        }
                        continue;
                    }
                    return Some(match std::fs::read(&path) {
                        Ok(bytes) => text_document(id, &source, bytes),
                        Err(e) => Err(BadRecord { id: Some(id), source, line: None, error: e.to_string() }),
                    });
                }
            }
        }
    }
}

fn text_document(id: String, source: &str, bytes: Vec<u8>) -> Record {
    Document::from_bytes(id.clone(), bytes).map_err(|e| BadRecord {
        id: Some(id),
        source: source.to_string(),
        line: None,
        error: e.to_string(),
    })
}

fn parse_jsonl_line(buf: &[u8], source: &str, line: u64) -> Record {
    let bad = |id: Option<String>, error: String| BadRecord { id, source: source.to_string(), line: Some(line), error };
    let text = match std::str::from_utf8(buf) {
        Ok(t) => t,
        Err(e) => {
            // Name the record if its id survives a lossy decode.
            let lossy = String::from_utf8_lossy(buf);
            let id = serde_json::from_str::<JsonRecord>(&lossy).ok().and_then(|r| match r.id {
                Some(serde_json::Value::String(s)) => Some(s),
                Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                _ => None,
            });
            return Err(bad(id, format!("invalid UTF-8 after byte {}", e.valid_up_to())));
        }
    };
    let rec: JsonRecord = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => return Err(bad(None, format!("not a JSON object: {e}"))),
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => format!("{source}:{line}"),
        Some(other) => return Err(bad(None, format!("\"id\" must be a string or number, not {other}"))),
    };
    let text = match rec.text {
        Some(serde_json::Value::String(s)) => s,
        None | Some(serde_json::Value::Null) => return Err(bad(Some(id), "record has no \"text\"".into())),
        Some(_) => return Err(bad(Some(id), "\"text\" must be a string".into())),
    };
    let mut doc = Document::new(id.clone(), text);
    match rec.dct {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::String(d)) => doc = doc.with_dct(d),
        Some(_) => return Err(bad(Some(id), "\"dct\" must be a string (YYYY-MM-DD)".into())),
    }
    Ok(doc)
}
