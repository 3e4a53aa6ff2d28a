//! The seed articles: document dates stated in headers, and the
//! expressions a careful reader dates (fixtures written here, from reading
//! the articles; the library knows none of them).

use newswire_dates::{document_date, parse_dct, DateFinder};
use newswire_text::corpus::{InputFormat, Records};

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut docs = Records::open(&[dir.into()], InputFormat::Auto).flatten();
    docs.find(|d| d.id().starts_with(prefix)).expect("seed").text().to_string()
}

#[test]
fn stated_document_dates() {
    assert_eq!(document_date(&seed("001_")).map(|d| d.date.to_string()), Some("2023-10-31".into()));
    assert_eq!(document_date(&seed("004_")).map(|d| d.date.to_string()), Some("2023-11-11".into()));
    // No date in the header; the embedded post's date is not the article's.
    assert!(document_date(&seed("000_")).is_none());
    assert!(document_date(&seed("003_")).is_none());
}

/// (seed, DCT, text, type, accepted values)
const EXPECTED: &[(&str, &str, &str, &str, &[&str])] = &[
    ("000_", "2023-10-31", "this Tuesday", "DATE", &["2023-10-31"]),
    ("000_", "2023-10-31", "weeks", "DURATION", &["PXW"]),
    ("000_", "2023-10-31", "October 7", "DATE", &["2023-10-07"]),
    ("000_", "2023-10-31", "tomorrow", "DATE", &["2023-11-01"]),
    ("001_", "2023-10-31", "2023-10-31 20:22:40", "TIME", &["2023-10-31T20:22:40"]),
    ("001_", "2023-10-31", "decades-long", "DURATION", &["PXDE", "PXY"]),
    ("001_", "2023-10-31", "October 14", "DATE", &["2023-10-14"]),
    ("001_", "2023-10-31", "a week", "DURATION", &["P1W"]),
    ("001_", "2023-10-31", "75 years", "DURATION", &["P75Y"]),
    ("002_", "2023-10-31", "Tuesday afternoon", "TIME", &["2023-10-31TAF"]),
    ("002_", "2023-10-31", "the last two weeks", "DURATION", &["P2W"]),
    ("002_", "2023-10-31", "the past week", "DURATION", &["P1W"]),
    ("003_", "2023-10-31", "earlier this month", "DATE", &["2023-10"]),
    ("003_", "2023-10-31", "October 31, 2023", "DATE", &["2023-10-31"]),
    ("003_", "2023-10-31", "Friday", "DATE", &["2023-10-27"]),
    ("003_", "2023-10-31", "daily", "SET", &["P1D"]),
    ("003_", "2023-10-31", "more than three weeks ago", "DATE", &["2023-10-10", "2023-W41", "PAST_REF"]),
    ("004_", "2023-11-11", "recent", "DATE", &["PAST_REF"]),
    ("004_", "2023-11-11", "the years", "DURATION", &["PXY"]),
];

#[test]
fn seed_expressions() {
    let mut failures = Vec::new();
    for &(doc, dct, text, kind, values) in EXPECTED {
        let t = seed(doc);
        let found = DateFinder::new().find(&t, parse_dct(dct));
        let ok = found.iter().any(|x| x.as_str() == text && x.kind().as_str() == kind && values.contains(&x.value()));
        if !ok {
            let near: Vec<_> = found
                .iter()
                .filter(|x| x.as_str().contains(text) || text.contains(x.as_str()))
                .map(|x| (x.as_str(), x.kind(), x.value().to_string()))
                .collect();
            failures.push(format!("{doc} {text:?}: {near:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
