//! The newswire examples crate: reads a corpus (a directory of articles)
//! and tells its story — documents and their dates (stated or inferred),
//! the people under every spelling, who said what and when, the same
//! statement across sources, and figures that disagree.
//!
//! Usage: `newswire-examples [DIR] [--json]` (default `seeds/`).

use std::path::PathBuf;
use std::process::ExitCode;

use newswire_examples::{build, Story};
use newswire_text::Document;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let dir = args.iter().find(|a| !a.starts_with("--")).map_or_else(|| PathBuf::from("seeds"), PathBuf::from);
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
        match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| Document::from_bytes(id.clone(), b).map_err(|e| e.to_string()))
        {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                eprintln!("{id}: {e}");
                failed += 1;
            }
        }
    }
    let story = build(&docs);
    if json {
        match serde_json::to_string_pretty(&story) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("newswire-examples: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        report(&story);
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn short(text: &str, n: usize) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = folded.chars().take(n).collect();
    if cut.len() < folded.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

fn report(story: &Story) {
    println!("Documents");
    for d in &story.documents {
        let how = match (d.dct_source, &d.dct_reason) {
            (Some("inferred"), Some(r)) => format!("inferred: {r}"),
            (Some(s), _) => s.to_string(),
            (None, _) => "no date".to_string(),
        };
        println!("  {}  {}  ({how})", d.id, d.dct.as_deref().unwrap_or("----------"));
    }
    println!("\nPeople");
    for p in &story.people {
        println!("  {} {} — {} mentions; written {}", p.id, p.canonical, p.mentions, p.variants.join(" · "));
    }
    println!("\nWho said what, when");
    for p in &story.people {
        let said: Vec<_> = story.quotes.iter().filter(|q| q.speaker.as_deref() == Some(p.id.as_str())).collect();
        if said.is_empty() {
            continue;
        }
        println!("  {} ({} statements)", p.canonical, said.len());
        for q in said {
            println!(
                "    {} [{} · {} · {}] {}",
                q.said_on.as_deref().unwrap_or("----------"),
                q.doc,
                q.kind,
                q.speaker_mention.as_deref().unwrap_or("?"),
                short(&q.text, 100)
            );
        }
    }
    let unattributed = story.quotes.iter().filter(|q| q.speaker.is_none()).count();
    println!("  ({unattributed} quotes with no identified person)");
    println!("\nThe same statement across sources");
    for (n, s) in story.statements.iter().enumerate() {
        println!("  #{}", n + 1);
        for id in &s.quotes {
            if let Some(q) = story.quotes.iter().find(|q| &q.id == id) {
                println!("    {} {}: {}", q.doc, q.said_on.as_deref().unwrap_or(""), short(&q.text, 110));
            }
        }
    }
    println!("\nFigures that disagree");
    for f in &story.figures {
        println!("  {}:", f.about);
        for r in &f.reports {
            let by = r.attributed_to.as_deref().map(|a| format!(" (according to {a})")).unwrap_or_default();
            println!("    {:>7}  {}  {}  “{}”{by}", r.value, r.date.as_deref().unwrap_or("----------"), r.doc, r.text);
        }
    }
}
