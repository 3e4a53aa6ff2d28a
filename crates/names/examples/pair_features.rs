//! Prints, for each line `a<TAB>b…` of a pairs file, the score and what it
//! is made of (for studying errors on development data):
//! `score  n_aligned  strongest_evidence  unmatched_a  unmatched_b  penalties`.
//!
//! Usage: cargo run --release -p newswire-names --example pair_features -- PAIRS.tsv

use newswire_names::NameMatcher;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: pair_features PAIRS.tsv")?;
    let m = NameMatcher::new();
    for (n, line) in std::fs::read_to_string(path)?.lines().enumerate() {
        let mut f = line.split('\t');
        let (Some(a), Some(b)) = (f.next(), f.next()) else { continue };
        if n == 0 && a == "a" && b == "b" {
            continue;
        }
        let r = m.compare(a, b);
        let strongest = r.alignments.iter().map(|x| x.similarity * x.weight).fold(0.0, f32::max);
        println!(
            "{:.4}\t{}\t{:.3}\t{}\t{}\t{}",
            r.score,
            r.alignments.len(),
            strongest,
            r.unmatched_a.len(),
            r.unmatched_b.len(),
            r.penalties.join(",")
        );
    }
    Ok(())
}
