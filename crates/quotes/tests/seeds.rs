//! The seed articles: who said what, as a careful reader attributes it.
//! Fixtures written here from reading the articles; the library knows
//! none of these names or sentences.

use newswire_quotes::{QuoteFinder, QuoteKind};
use newswire_text::corpus::{InputFormat, Records};

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut docs = Records::open(&[dir.into()], InputFormat::Auto).flatten();
    docs.find(|d| d.id().starts_with(prefix)).expect("seed").text().to_string()
}

/// (seed, kind, content starts with, resolved speaker contains)
const QUOTES: &[(&str, QuoteKind, &str, &str)] = &[
    ("000_", QuoteKind::Direct, "We are witnessing an increase", "Abdolahian"),
    ("000_", QuoteKind::Direct, "it is natural that the resistance groups", "Abdolahian"),
    ("000_", QuoteKind::Direct, "use the last political opportunities", "Abdolahian"),
    ("001_", QuoteKind::Direct, "The region is at a critical juncture", "Amir-Abdollahian"),
    ("001_", QuoteKind::Direct, "Therefore, if the war crimes", "Amir-Abdollahian"),
    ("001_", QuoteKind::Indirect, "the Palestinian resistance is at the peak", "Haniyeh"),
    ("002_", QuoteKind::Direct, "Palestinian resistance does not necessarily remain", "Amir-Abdollahian"),
    ("003_", QuoteKind::Direct, "There is no doubt that the Palestinian nation", "Amirabdollahian"),
    ("003_", QuoteKind::Direct, "We are not putting any limits", "Singh"),
    ("003_", QuoteKind::Direct, "That is really up to the Israeli Defense Force", "Singh"),
    ("003_", QuoteKind::Direct, "The amount of explosives used against", "Haniyeh"),
    ("003_", QuoteKind::Mixed, "the US government is", "Amirabdollahian"),
];

#[test]
fn seed_quotes_and_speakers() {
    let mut failures = Vec::new();
    for &(doc, kind, starts, speaker) in QUOTES {
        let text = seed(doc);
        let quotes = QuoteFinder::new().find(&text);
        let folded = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let hit = quotes.iter().find(|q| folded(q.as_str()).starts_with(starts) && q.kind() == kind);
        match hit.and_then(|q| q.speaker()).and_then(|s| s.resolved.as_deref()) {
            Some(r) if r.contains(speaker) => {}
            other => {
                failures.push(format!("{doc} {starts:?}: {:?} resolved {other:?}", hit.map(|q| (q.kind(), q.sieve()))))
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn scare_quotes_are_not_speech() {
    let text = seed("000_");
    let quotes = QuoteFinder::new().find(&text);
    assert!(quotes.iter().all(|q| !q.as_str().contains("Axis of Resistance")));
}
