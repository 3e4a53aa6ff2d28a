//! Quote extraction throughput: `quotes/find/newswire` finds, attributes
//! and resolves every quote of the seed articles (repeated to ~256 KB, one
//! document). `benches/peers/quotes_peers.py` compares with textacy.

use criterion::{black_box, criterion_main, Criterion, Throughput};
use newswire_benches::seed_articles;
use newswire_quotes::QuoteFinder;

fn bench_quotes(c: &mut Criterion) {
    let one: String = seed_articles().iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    assert!(!one.is_empty(), "seeds/ is missing");
    let mut text = String::new();
    while text.len() < 1 << 18 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    let expected = QuoteFinder::new().find(&text).len();
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("find/newswire", |b| {
        b.iter(|| assert_eq!(QuoteFinder::new().find(black_box(&text)).len(), expected))
    });
    g.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench_quotes);
}
use group::benches;
criterion_main!(benches);
