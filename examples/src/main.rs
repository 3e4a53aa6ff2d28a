//! The newswire examples crate: reads a corpus (a directory of articles)
//! and reports what newswire finds in it. Today: each document's structure
//! (headings, metadata lines, scraping debris, sentences) as the text layer
//! reads it, and the people across all documents with every spelling they
//! appear under. The story issue grows it into who said what, when.
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
    people(&docs);
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

fn people(docs: &[Document]) {
    let texts: Vec<&str> = docs.iter().map(Document::text).collect();
    let persons = newswire_names::cluster_corpus(&texts);
    println!("\nPeople ({})", persons.len());
    for p in &persons {
        let in_docs: std::collections::BTreeSet<&str> = p.mentions.iter().map(|m| docs[m.doc].id()).collect();
        println!("  {} — {} mentions in {} documents", p.canonical, p.mentions.len(), in_docs.len());
        println!("      written: {}", p.variants.join(" · "));
    }
}
