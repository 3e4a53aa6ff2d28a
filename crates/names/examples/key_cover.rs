//! How often pairs of a labelled pairs file share a blocking key: for true
//! pairs, for pairs the matcher accepts, and for accepted pairs without a
//! shared key (what a blocking index cannot find).
//!
//! Usage: cargo run --release -p newswire-names --example key_cover -- PAIRS.tsv

use newswire_names::{Name, NameMatcher, DEFAULT_THRESHOLD};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: key_cover PAIRS.tsv")?;
    let m = NameMatcher::new();
    let (mut pos, mut pos_keyed, mut acc, mut acc_keyed, mut acc_pos, mut acc_pos_keyed) = (0, 0, 0, 0, 0, 0);
    let verbose = std::env::var_os("KEY_COVER_VERBOSE").is_some();
    for line in std::fs::read_to_string(path)?.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let (a, b, label) = (f[0], f[1], f[2] == "1");
        let ka = Name::parse(a).blocking_keys();
        let keyed = Name::parse(b).blocking_keys().iter().any(|k| ka.contains(k));
        let s = m.score(a, b);
        if label {
            pos += 1;
            pos_keyed += usize::from(keyed);
        }
        if s >= DEFAULT_THRESHOLD {
            acc += 1;
            acc_keyed += usize::from(keyed);
            if label {
                acc_pos += 1;
                acc_pos_keyed += usize::from(keyed);
            } else if !keyed && verbose {
                println!("unkeyed false match {s:.3}\t{a}\t{b}");
            }
            if label && !keyed && verbose {
                println!("unkeyed true match {s:.3}\t{a}\t{b}");
            }
        }
    }
    println!("true pairs sharing a key: {pos_keyed}/{pos}");
    println!("accepted pairs sharing a key: {acc_keyed}/{acc}");
    println!("accepted true pairs sharing a key: {acc_pos_keyed}/{acc_pos}");
    Ok(())
}
