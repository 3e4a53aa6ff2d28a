//! Name matching throughput.
//!
//! - `names/score_raw/newswire`: parse both names and score, from strings
//!   (what `newswire names score` does per line).
//! - `names/score_parsed/newswire`: score names parsed once (screening a
//!   list against a query); the target is ≥ 1M pairs/s per core.
//! - `names/score_raw/strsim_jaro_winkler`: a generic fuzzy score on the
//!   same pairs, as a floor for what a string metric costs in Rust.
//!
//! Pairs: a fixed mix of romanisation variants, scripts and different
//! people written for this benchmark (no evaluation data). Each iteration
//! checks the sum of scores so an optimised-away loop fails loudly.

use criterion::{black_box, criterion_main, Criterion, Throughput};
use newswire_names::{Name, NameMatcher};

const PAIRS: &[(&str, &str)] = &[
    ("Hossein Amir-Abdollahian", "Hosein Amir Abdolahian"),
    ("Hossein Amir-Abdollahian", "حسين أمير عبداللهيان"),
    ("Ismail Haniyeh", "Ismail Haniya"),
    ("Mohamed bin Abderrahman", "Sheikh Mohammed bin Abdulrahman Al Thani"),
    ("Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani"),
    ("Vladimir Vladimirovich Putin", "Владимир Путин"),
    ("Muammar Gaddafi", "Moammar al-Qadhafi"),
    ("Abu Bakr al-Baghdadi", "Ibrahim Awwad Ibrahim al-Badri"),
    ("John Smith", "Jon Smyth"),
    ("Ali Khamenei", "Ali Larijani"),
];

fn bench_names(c: &mut Criterion) {
    let m = NameMatcher::new();
    let mut g = c.benchmark_group("names");
    g.throughput(Throughput::Elements(PAIRS.len() as u64));
    let expected: f32 = PAIRS.iter().map(|(a, b)| m.score(a, b)).sum();
    g.bench_function("score_raw/newswire", |b| {
        b.iter(|| {
            let s: f32 = PAIRS.iter().map(|(x, y)| m.score(black_box(x), black_box(y))).sum();
            assert!((s - expected).abs() < 1e-3);
        })
    });
    let parsed: Vec<(Name, Name)> = PAIRS.iter().map(|(a, b)| (Name::parse(a), Name::parse(b))).collect();
    g.bench_function("score_parsed/newswire", |b| {
        b.iter(|| {
            let s: f32 = parsed.iter().map(|(x, y)| m.score_parsed(black_box(x), black_box(y))).sum();
            assert!((s - expected).abs() < 1e-3);
        })
    });
    g.bench_function("parse/newswire", |b| {
        b.iter(|| {
            let n: usize = PAIRS.iter().map(|(x, _)| Name::parse(black_box(x)).parts().len()).sum();
            assert!(n > 0);
        })
    });
    g.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench_names);
}
use group::benches;
criterion_main!(benches);
