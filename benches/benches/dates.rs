//! Temporal expression throughput: `dates/find/newswire` finds and
//! normalises every expression in the seed articles (repeated to ~1 MB),
//! anchored to a fixed document date. `benches/peers/dates_peers.py` runs
//! HeidelTime on the same text for the ratio.

use criterion::{black_box, criterion_main, Criterion, Throughput};
use newswire_benches::seed_articles;
use newswire_dates::{parse_dct, DateFinder};

fn bench_dates(c: &mut Criterion) {
    let one: String = seed_articles().iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    assert!(!one.is_empty(), "seeds/ is missing");
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    let dct = parse_dct("2023-10-31");
    let expected = DateFinder::new().find(&text, dct).len();
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("find/newswire", |b| {
        b.iter(|| assert_eq!(DateFinder::new().find(black_box(&text), dct).len(), expected))
    });
    g.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench_dates);
}
use group::benches;
criterion_main!(benches);
