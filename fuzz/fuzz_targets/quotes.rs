//! Arbitrary text through quote finding: no panics, every span slices the
//! input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire_quotes::QuoteFinder;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for q in QuoteFinder::new().find(&text) {
        assert_eq!(&text[q.span().range()], q.as_str());
        if let Some(s) = q.speaker() {
            assert_eq!(&text[s.span.range()], s.text);
        }
    }
});
