//! Times scoring on a pairs file in one thread, in process: from raw
//! strings, with names parsed beforehand, and parsing alone. Prints µs per
//! pair (used by `benches/peers/names_peers.py` to compare with the Python
//! peers) and per parsed name.
//!
//! With a mode (`raw`, `parsed` or `parse`) only that loop runs, repeated
//! for a few seconds: a steady loop to profile under `perf`.
//!
//! Usage: cargo run --release -p newswire-names --example time_pairs -- PAIRS.tsv [raw|parsed|parse]

use std::time::Instant;

use newswire_names::{Name, NameMatcher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: time_pairs PAIRS.tsv [raw|parsed|parse]")?;
    let mode = std::env::args().nth(2);
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
    let parsed: Vec<(Name, Name)> = pairs.iter().map(|(a, b)| (Name::parse(a), Name::parse(b))).collect();
    let mut sum = 0f32;
    // µs per pair of one loop, run `reps` times over the pairs.
    let mut time = |reps: usize, f: &mut dyn FnMut(usize) -> f32| {
        let t = Instant::now();
        for _ in 0..reps {
            for k in 0..pairs.len() {
                sum += f(k);
            }
        }
        t.elapsed().as_secs_f64() * 1e6 / (reps * pairs.len()).max(1) as f64
    };
    // About 200,000 calls a loop (`TIME_PAIRS_CALLS` sets another number:
    // a short run to count instructions under callgrind).
    let calls: usize = std::env::var("TIME_PAIRS_CALLS").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000);
    let reps = (calls / pairs.len().max(1)).max(1);
    let mut raw = |k: usize| m.score(pairs[k].0, pairs[k].1);
    let mut parsed_loop = |k: usize| m.score_parsed(&parsed[k].0, &parsed[k].1);
    let mut parse_loop =
        |k: usize| (Name::parse(pairs[k].0).parts().len() + Name::parse(pairs[k].1).parts().len()) as f32;
    match mode.as_deref() {
        Some("raw") => println!("raw_us_per_pair\t{:.3}", time(reps * 30, &mut raw)),
        Some("parsed") => println!("parsed_us_per_pair\t{:.3}", time(reps * 30, &mut parsed_loop)),
        Some("parse") => println!("parse_us_per_name\t{:.3}", time(reps * 30, &mut parse_loop) / 2.0),
        Some(other) => return Err(format!("unknown mode {other:?}: raw, parsed or parse").into()),
        None => {
            println!("raw_us_per_pair\t{:.3}", time(reps, &mut raw));
            println!("parsed_us_per_pair\t{:.3}", time(reps, &mut parsed_loop));
            println!("parse_us_per_name\t{:.3}", time(reps, &mut parse_loop) / 2.0);
        }
    }
    println!("checksum\t{sum:.1}");
    Ok(())
}
