//! Arbitrary text through every newswire-text entry point: segmentation,
//! tokens, the normalised view and offset conversion must not panic, and
//! spans must slice the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire_text::{convert_spans, tokenize, Normalized, OffsetUnit, Segmenter, Span};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut spans = Vec::new();
    for p in Segmenter::new().paragraphs(&text) {
        spans.push(p.span());
        for s in p.sentences() {
            assert!(text.get(s.span().range()).is_some());
            spans.push(s.span());
        }
    }
    for t in tokenize(&text) {
        assert_eq!(&text[t.span()], t.as_str());
    }
    for unit in [OffsetUnit::Char, OffsetUnit::Utf16, OffsetUnit::Byte] {
        assert!(convert_spans(&text, &spans, unit).is_ok());
    }
    let norm = Normalized::new(&text);
    let n = norm.as_str().len();
    let whole = norm.to_original(Span::new(0, n));
    assert!(text.get(whole.range()).is_some());
});
