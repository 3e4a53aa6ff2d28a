//! Scores the pairs of a file repeatedly, from raw strings (`raw`) or
//! pre-parsed (default): a loop to profile the scorer under `perf`.
//!
//! Usage: cargo run --release -p newswire-names --example time_scored -- PAIRS.tsv [raw]

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: time_scored PAIRS.tsv [raw]")?;
    let raw = std::env::args().nth(2).is_some_and(|a| a == "raw");
    let text = std::fs::read_to_string(path)?;
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?))
        })
        .collect();
    let parsed: Vec<_> =
        pairs.iter().map(|(a, b)| (newswire_names::Name::parse(a), newswire_names::Name::parse(b))).collect();
    let m = newswire_names::NameMatcher::new();
    let mut s = 0.0;
    for _ in 0..60 {
        if raw {
            s += pairs.iter().map(|(a, b)| m.score(a, b)).sum::<f32>();
        } else {
            s += parsed.iter().map(|(a, b)| m.score_parsed(a, b)).sum::<f32>();
        }
    }
    println!("{s}");
    Ok(())
}
