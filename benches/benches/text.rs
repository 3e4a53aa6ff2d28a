//! newswire-text throughput on the seed articles (repeated to ~1 MB so
//! timings are not dominated by setup).
//!
//! - `text/sentences/newswire` vs `text/sentences/uax29`: our news rules
//!   against plain UAX #29 sentence bounds from unicode-segmentation (the
//!   layer we build on): what the abbreviation, quote and glued-word rules
//!   cost.
//! - `text/tokens/newswire` vs `text/tokens/uax29`: tokens with kind,
//!   script and URL/handle merging against raw UAX #29 word bounds.
//! - `text/offsets/batched` vs `text/offsets/naive`: converting every
//!   sentence span to char offsets in one pass against counting chars for
//!   each offset separately.
//!
//! Each iteration checks its result so a broken or optimised-away
//! benchmark fails loudly.

use criterion::{black_box, criterion_main, Criterion, Throughput};
use newswire_benches::seed_articles;
use newswire_text::{convert_spans, tokenize, OffsetUnit, Segmenter, Span};
use unicode_segmentation::UnicodeSegmentation;

fn corpus() -> String {
    let seeds = seed_articles();
    assert!(!seeds.is_empty(), "seeds/ is missing");
    let one: String = seeds.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn bench_text(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);

    let seg = Segmenter::new();
    let expected_sentences = seg.sentences(&text).count();
    g.bench_function("sentences/newswire", |b| {
        b.iter(|| assert_eq!(seg.sentences(black_box(&text)).count(), expected_sentences))
    });
    let expected_uax = text.split_sentence_bound_indices().count();
    g.bench_function("sentences/uax29", |b| {
        b.iter(|| assert_eq!(black_box(&text).split_sentence_bound_indices().count(), expected_uax))
    });

    let expected_tokens = tokenize(&text).count();
    g.bench_function("tokens/newswire", |b| b.iter(|| assert_eq!(tokenize(black_box(&text)).count(), expected_tokens)));
    let expected_words = text.split_word_bound_indices().filter(|(_, w)| !w.trim().is_empty()).count();
    g.bench_function("tokens/uax29", |b| {
        b.iter(|| {
            let n = black_box(&text).split_word_bound_indices().filter(|(_, w)| !w.trim().is_empty()).count();
            assert_eq!(n, expected_words)
        })
    });

    let spans: Vec<Span> = seg.sentences(&text).map(|s| s.span()).take(2000).collect();
    let expected = convert_spans(&text, &spans, OffsetUnit::Char).expect("spans from the text");
    g.bench_function("offsets/batched", |b| {
        b.iter(|| assert_eq!(convert_spans(black_box(&text), &spans, OffsetUnit::Char).ok().as_ref(), Some(&expected)))
    });
    g.bench_function("offsets/naive", |b| {
        b.iter(|| {
            let naive: Vec<(usize, usize)> =
                spans.iter().map(|s| (text[..s.start].chars().count(), text[..s.end].chars().count())).collect();
            assert_eq!(naive, expected)
        })
    });
    g.finish();
}

// criterion_group! generates an undocumented public function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::bench_text);
}
use group::benches;
criterion_main!(benches);
