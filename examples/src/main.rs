//! The newswire examples crate: reads a corpus (a directory of articles)
//! and reports what newswire finds in it: each document's structure
//! (headings, metadata lines, scraping debris, sentences), the people
//! across all documents with every spelling they appear under, and who
//! said what, with each document's stated date. The story issue adds
//! inferred dates, statements across sources and disagreeing figures.
//!
//! Usage: `newswire-examples [DIR]` (default `seeds/`).

use std::path::PathBuf;
use std::process::ExitCode;

use newswire_text::{Document, ParagraphKind};

fn main() -> ExitCode {
    let dir = std::env::args_os().nth(1).map_or_else(|| PathBuf::from("seeds"), PathBuf::from);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("newswire-examples: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    paths.sort();
    let mut failed = 0;
    let mut docs = Vec::new();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let id = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| Document::from_bytes(id.clone(), b).map_err(|e| e.to_string()))
        {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("{id}: {e}");
                failed += 1;
                continue;
            }
        };
        report(&doc);
        docs.push(doc);
    }
    let persons = people(&docs);
    quotes(&docs, &persons);
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn report(doc: &Document) {
    let paragraphs: Vec<_> = doc.paragraphs().collect();
    let sentences = doc.sentences().count();
    println!("{} — {} paragraphs, {} sentences", doc.id(), paragraphs.len(), sentences);
    for p in &paragraphs {
        let label = match p.kind() {
            ParagraphKind::Heading => "heading",
            ParagraphKind::Meta => "meta",
            ParagraphKind::Debris => "debris",
            _ => continue,
        };
        println!("  {label:8} {}", p.as_str());
    }
}

fn people(docs: &[Document]) -> Vec<newswire_names::Person> {
    let texts: Vec<&str> = docs.iter().map(Document::text).collect();
    let persons = newswire_names::cluster_corpus(&texts);
    println!("\nPeople ({})", persons.len());
    for p in &persons {
        let in_docs: std::collections::BTreeSet<&str> = p.mentions.iter().map(|m| docs[m.doc].id()).collect();
        println!("  {} — {} mentions in {} documents", p.canonical, p.mentions.len(), in_docs.len());
        println!("      written: {}", p.variants.join(" · "));
    }
    persons
}

/// Who said what: every quote, under the person its speaker resolves to,
/// with the document's date (stated in its header, when it has one).
fn quotes(docs: &[Document], persons: &[newswire_names::Person]) {
    let matcher = newswire_names::NameMatcher::new();
    let mut by_person: Vec<Vec<String>> = vec![Vec::new(); persons.len()];
    let mut unattributed = 0;
    for doc in docs {
        let dct = newswire_dates::document_date(doc.text()).map(|d| d.date.to_string());
        for q in newswire_quotes::QuoteFinder::new().find(doc.text()) {
            let resolved = q.speaker().and_then(|s| s.resolved.as_deref());
            // The person whose spellings include the resolved speaker.
            let who = resolved.and_then(|r| {
                persons.iter().position(|p| p.variants.iter().any(|v| v == r) || matcher.score(&p.canonical, r) >= 0.75)
            });
            let Some(who) = who else {
                unattributed += 1;
                continue;
            };
            let text: String = q.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            let short: String = text.chars().take(110).collect();
            let date = dct.as_deref().unwrap_or("date not stated");
            by_person[who].push(format!(
                "[{} · {} · {}] {}{}",
                doc.id(),
                date,
                q.kind().as_str(),
                short,
                if text.len() > short.len() { "…" } else { "" }
            ));
        }
    }
    println!("\nWho said what");
    for (p, said) in persons.iter().zip(&by_person).filter(|(_, s)| !s.is_empty()) {
        println!("  {} ({} statements)", p.canonical, said.len());
        for line in said {
            println!("    {line}");
        }
    }
    println!("  ({unattributed} quotes with no identified person)");
}
