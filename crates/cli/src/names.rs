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
