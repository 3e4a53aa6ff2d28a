//! Arbitrary text through name parsing, scoring, the index, mention
//! finding and clustering: no panics, scores in [0, 1] and symmetric, raw
//! and parsed scoring equal, index hits that are names of the index,
//! mention spans that slice the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire_names::{cluster_corpus, MentionFinder, Name, NameIndex, NameMatcher};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    let m = NameMatcher::new();
    let (x, y) = (m.score(a, b), m.score(b, a));
    assert!((0.0..=1.0).contains(&x) && (x - y).abs() < 1e-5);
    let _ = m.compare(a, b);
    if !a.contains(';') && !b.contains(';') {
        assert!((x - m.score_parsed(&Name::parse(a), &Name::parse(b))).abs() < 1e-6);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let index = NameIndex::new(&words);
    for h in index.query(a, 5) {
        assert_eq!(words[h.id], h.name);
        assert!((0.0..=1.0).contains(&h.score));
    }
    let _ = Name::parse(&text);
    for mention in MentionFinder::new().find(&text) {
        assert_eq!(&text[mention.span().range()], mention.as_str());
    }
    let docs = [a, b];
    for p in cluster_corpus(&docs) {
        for mm in p.mentions {
            assert_eq!(&docs[mm.doc][mm.span.range()], mm.text);
        }
    }
});
