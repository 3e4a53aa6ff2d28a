//! Counts the single-word speech cues of the PolNeAR train split, to
//! check the coverage of `data/speech_verbs.tsv` (counts are facts; the
//! list in the data file is written and reviewed by hand).
//!
//! Usage: cargo run -p newswire-quotes --example gen_cues -- ../shared/eval/quotes/quotes_train.jsonl

use std::collections::HashMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: gen_cues quotes_train.jsonl")?;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in std::fs::read_to_string(path)?.lines() {
        let doc: serde_json::Value = serde_json::from_str(line)?;
        for q in doc["quotes"].as_array().into_iter().flatten() {
            let cue = q["cue"].as_str().unwrap_or("").to_lowercase();
            let words: Vec<&str> = cue
                .split_whitespace()
                .filter(|w| {
                    !matches!(
                        *w,
                        "has" | "have" | "had" | "also" | "is" | "was" | "were" | "are" | "been" | "will" | "would"
                    )
                })
                .collect();
            if let [w] = words.as_slice() {
                *counts.entry(w.trim_matches(|c: char| !c.is_alphabetic()).to_string()).or_default() += 1;
            }
        }
    }
    let known: std::collections::HashSet<&str> =
        newswire_text::tsv_rows(include_str!("../data/speech_verbs.tsv")).map(|r| r.0).collect();
    let mut rows: Vec<_> = counts.into_iter().filter(|(w, n)| *n >= 5 && !w.is_empty()).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let total: usize = rows.iter().map(|r| r.1).sum();
    let covered: usize = rows.iter().filter(|r| known.contains(r.0.as_str())).map(|r| r.1).sum();
    println!(
        "single-word cues seen >= 5 times: {} kinds, {total} uses; covered by the lexicon: {covered} ({:.1}%)",
        rows.len(),
        100.0 * covered as f64 / total.max(1) as f64
    );
    for (w, n) in rows.iter().filter(|r| !known.contains(r.0.as_str())).take(40) {
        println!("missing\t{w}\t{n}");
    }
    Ok(())
}
