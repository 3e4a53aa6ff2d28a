//! Compares two names and prints the explanation.
//!
//! Usage: cargo run -p newswire-names --example compare -- "Hosein Amir Abdolahian" "حسين أمير عبداللهيان"

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        eprintln!("usage: compare NAME NAME");
        std::process::exit(2);
    };
    let m = newswire_names::NameMatcher::new().compare(a, b);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "score {:.3}  same {}", m.score, m.same);
    for al in &m.alignments {
        let _ =
            writeln!(out, "  {} ~ {}  similarity {:.2}  weight {:.2}", al.a_text, al.b_text, al.similarity, al.weight);
    }
    let _ = writeln!(out, "  unmatched: {:?} | {:?}  penalties: {:?}", m.unmatched_a, m.unmatched_b, m.penalties);
    for name in [a, b] {
        let parts: Vec<String> = newswire_names::Name::parse(name)
            .parts()
            .iter()
            .map(|p| format!("{} [{}, {:?}, {:.2}]", p.as_str(), p.skeleton(), p.role(), p.weight()))
            .collect();
        let _ = writeln!(out, "  parts: {}", parts.join("  "));
    }
}
