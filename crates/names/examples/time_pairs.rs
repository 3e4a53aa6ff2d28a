//! Times scoring on a pairs file in one thread, in process: from raw
//! strings, and with names parsed beforehand. Prints µs per pair (used by
//! `benches/peers/names_peers.py` to compare with the Python peers).
//!
//! Usage: cargo run --release -p newswire-names --example time_pairs -- PAIRS.tsv

use std::time::Instant;

use newswire_names::{Name, NameMatcher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: time_pairs PAIRS.tsv")?;
    let text = std::fs::read_to_string(path)?;
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?))
        })
        .collect();
    let m = NameMatcher::new();
    let reps = (200_000 / pairs.len().max(1)).max(1);
    let mut sum = 0f32;
    let t = Instant::now();
    for _ in 0..reps {
        for (a, b) in &pairs {
            sum += m.score(a, b);
        }
    }
    let raw = t.elapsed().as_secs_f64() * 1e6 / (reps * pairs.len()) as f64;
    let parsed: Vec<(Name, Name)> = pairs.iter().map(|(a, b)| (Name::parse(a), Name::parse(b))).collect();
    let t = Instant::now();
    for _ in 0..reps {
        for (a, b) in &parsed {
            sum += m.score_parsed(a, b);
        }
    }
    let pre = t.elapsed().as_secs_f64() * 1e6 / (reps * pairs.len()) as f64;
    println!("raw_us_per_pair\t{raw:.3}\nparsed_us_per_pair\t{pre:.3}\nchecksum\t{sum:.1}");
    Ok(())
}
