//! Times `Name::parse` alone on the names of a pairs file (one thread).
//!
//! Usage: cargo run --release -p newswire-names --example time_parse -- PAIRS.tsv

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: time_parse PAIRS.tsv")?;
    let text = std::fs::read_to_string(path)?;
    let names: Vec<&str> = text.lines().skip(1).flat_map(|l| l.split('\t').take(2)).collect();
    let reps = (400_000 / names.len().max(1)).max(1);
    let mut sum = 0usize;
    let t = Instant::now();
    for _ in 0..reps {
        for n in &names {
            sum += newswire_names::Name::parse(n).parts().len();
        }
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / (reps * names.len()) as f64;
    println!("parse_us_per_name\t{us:.3}\nchecksum\t{sum}");
    Ok(())
}
