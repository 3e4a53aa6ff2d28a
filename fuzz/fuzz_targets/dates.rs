//! Arbitrary text through date finding, with and without a document
//! date: no panics, spans that slice the input, ordered and disjoint.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire_dates::{document_date, parse_dct, DateFinder};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for dct in [None, parse_dct("2023-10-31"), parse_dct("2000-02-29")] {
        let mut last = 0;
        for t in DateFinder::new().find(&text, dct) {
            assert_eq!(&text[t.span().range()], t.as_str());
            assert!(t.span().start >= last);
            last = t.span().end;
        }
    }
    let _ = document_date(&text);
    let _ = parse_dct(&text);
});
