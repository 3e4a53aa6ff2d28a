//! `newswire names …`: pair scoring, and (with the names crate's other
//! parts) mention finding, clustering and index search.

use std::io::{self, BufRead, Write};
use std::path::Path;

use newswire_names::NameMatcher;
use rayon::prelude::*;

/// Scores `a<TAB>b` lines from `input` (a file, or stdin for `-`/none) and
/// writes `a<TAB>b<TAB>score<TAB>same` lines in order. Returns the number
/// of malformed lines (each still gets an output line, scored 0).
///
/// # Errors
///
/// When the input cannot be read or the output written.
pub fn score(input: Option<&Path>, matcher: NameMatcher, out: &mut dyn Write) -> io::Result<u64> {
    let reader: Box<dyn BufRead> = match input {
        Some(p) if p.as_os_str() != "-" => Box::new(io::BufReader::new(std::fs::File::open(p)?)),
        _ => Box::new(io::BufReader::new(io::stdin())),
    };
    let mut bad = 0u64;
    let mut lines = reader.lines().enumerate().peekable();
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(8192);
    loop {
        batch.clear();
        while batch.len() < 8192 {
            let Some((n, line)) = lines.next() else { break };
            let line = line.unwrap_or_else(|e| {
                eprintln!("newswire names score: line {}: {e}", n + 1);
                String::new()
            });
            // A header line "a<TAB>b…" is passed over.
            if n == 0 && line.split('\t').take(2).eq(["a", "b"]) {
                continue;
            }
            batch.push((n, line));
        }
        if batch.is_empty() {
            break;
        }
        let rows: Vec<String> = batch
            .par_iter()
            .map(|(_, line)| {
                let mut f = line.split('\t');
                match (f.next(), f.next()) {
                    (Some(a), Some(b)) => {
                        let s = matcher.score(a, b);
                        format!("{a}\t{b}\t{s:.4}\t{}\n", u8::from(s >= matcher.get_threshold()))
                    }
                    _ => format!("{line}\t\t0.0000\t0\n"),
                }
            })
            .collect();
        for ((n, line), row) in batch.iter().zip(&rows) {
            if line.split('\t').count() < 2 {
                bad += 1;
                eprintln!("newswire names score: line {}: expected a<TAB>b", n + 1);
            }
            out.write_all(row.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(bad)
}

/// `newswire names find`: the person mentions of each document:
/// `{"id", "mentions": [{"start", "end", "text", "partial", "repaired",
/// "refers_to"?}]}`, `refers_to` being, for a partial mention, the index
/// of the full mention it refers to (or null).
pub struct Find;

impl crate::driver::Task for Find {
    fn process(
        &self,
        doc: &newswire_text::Document,
        unit: newswire_text::OffsetUnit,
    ) -> Result<serde_json::Value, String> {
        let text = doc.text();
        let finder = newswire_names::MentionFinder::new();
        let mentions = finder.find(text);
        let refers = finder.antecedents(&mentions);
        let spans: Vec<_> = mentions.iter().map(|m| m.span()).collect();
        let offsets = newswire_text::convert_spans(text, &spans, unit).map_err(|e| e.to_string())?;
        let list: Vec<serde_json::Value> = mentions
            .iter()
            .zip(offsets)
            .zip(refers)
            .map(|((m, (start, end)), refers_to)| {
                let mut v = serde_json::json!({
                    "start": start, "end": end, "text": m.as_str(),
                    "partial": m.is_partial(), "repaired": m.is_repaired(),
                });
                // A partial mention names the full mention it refers to
                // (its index in this list).
                if m.is_partial() {
                    v["refers_to"] = serde_json::Value::from(refers_to);
                }
                v
            })
            .collect();
        Ok(serde_json::json!({ "id": doc.id(), "mentions": list }))
    }
}

/// `newswire names cluster`: persons across all documents, one JSON line
/// each; unreadable records are printed as error records. Returns the
/// number of bad records.
///
/// # Errors
///
/// When the output cannot be written.
pub fn cluster(
    records: newswire_text::corpus::Records,
    unit: newswire_text::OffsetUnit,
    out: &mut dyn Write,
) -> io::Result<u64> {
    let mut docs = Vec::new();
    let mut bad = 0;
    for record in records {
        match record {
            Ok(doc) => docs.push(doc),
            Err(b) => {
                bad += 1;
                let v = serde_json::json!({ "id": b.id, "line": b.line, "error": b.error, "source": b.source });
                writeln!(out, "{v}")?;
            }
        }
    }
    let texts: Vec<&str> = docs.iter().map(|d| d.text()).collect();
    let people = newswire_names::cluster_corpus(&texts);
    // Offsets per document, converted in one pass each.
    let mut per_doc: Vec<Vec<newswire_text::Span>> = vec![Vec::new(); docs.len()];
    for p in &people {
        for m in &p.mentions {
            per_doc[m.doc].push(m.span);
        }
    }
    let mut converted: Vec<std::collections::HashMap<newswire_text::Span, (usize, usize)>> = Vec::new();
    for (d, spans) in per_doc.iter().enumerate() {
        let conv = newswire_text::convert_spans(texts[d], spans, unit).unwrap_or_default();
        converted.push(spans.iter().copied().zip(conv).collect());
    }
    for p in &people {
        let mentions: Vec<serde_json::Value> = p
            .mentions
            .iter()
            .map(|m| {
                let (start, end) = converted[m.doc].get(&m.span).copied().unwrap_or((m.span.start, m.span.end));
                serde_json::json!({ "doc": docs[m.doc].id(), "start": start, "end": end, "text": m.text })
            })
            .collect();
        let v = serde_json::json!({ "canonical": p.canonical, "variants": p.variants, "mentions": mentions });
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    Ok(bad)
}

/// `newswire names cluster --names`: one name per line, grouped; prints
/// `{"canonical", "variants", "lines"}` per group.
///
/// # Errors
///
/// When the input cannot be read or the output written.
pub fn cluster_names(input: Option<&Path>, out: &mut dyn Write) -> io::Result<u64> {
    let reader: Box<dyn BufRead> = match input {
        Some(p) if p.as_os_str() != "-" => Box::new(io::BufReader::new(std::fs::File::open(p)?)),
        _ => Box::new(io::BufReader::new(io::stdin())),
    };
    let lines: Vec<String> = reader.lines().collect::<io::Result<_>>()?;
    let names: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    let groups = newswire_names::group_names(&names);
    for g in groups {
        let variants: Vec<&str> = g.iter().map(|&i| names[i]).collect();
        let line_numbers: Vec<usize> = g.iter().map(|&i| i + 1).collect();
        let canonical =
            variants.iter().max_by_key(|v| newswire_names::Name::parse(v).parts().len()).copied().unwrap_or("");
        writeln!(
            out,
            "{}",
            serde_json::json!({ "canonical": canonical, "variants": variants, "lines": line_numbers })
        )?;
    }
    out.flush()?;
    Ok(0)
}

/// `newswire names search --index FILE`: builds a [`NameIndex`] from a
/// file of names (one per line) and answers each query line from `input`
/// with one JSON line `{"query", "hits": [{"line", "name", "score"}]}`.
///
/// # Errors
///
/// When a file cannot be read or the output written.
///
/// [`NameIndex`]: newswire_names::NameIndex
pub fn search(index_path: &Path, input: Option<&Path>, k: usize, out: &mut dyn Write) -> io::Result<u64> {
    let names = std::fs::read_to_string(index_path)?;
    let list: Vec<&str> = names.lines().collect();
    let index = newswire_names::NameIndex::new(&list);
    let reader: Box<dyn BufRead> = match input {
        Some(p) if p.as_os_str() != "-" => Box::new(io::BufReader::new(std::fs::File::open(p)?)),
        _ => Box::new(io::BufReader::new(io::stdin())),
    };
    for line in reader.lines() {
        let query = line?;
        let hits: Vec<serde_json::Value> = index
            .query(&query, k)
            .into_iter()
            .map(|h| serde_json::json!({ "line": h.id + 1, "name": h.name, "score": (h.score * 10000.0).round() / 10000.0 }))
            .collect();
        writeln!(out, "{}", serde_json::json!({ "query": query, "hits": hits }))?;
    }
    out.flush()?;
    Ok(0)
}
