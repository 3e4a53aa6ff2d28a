//! Inputs found by the fuzz targets in `fuzz/`, each with its root cause.

use newswire_text::tokenize;

/// fuzz target `names`: U+202F (narrow no-break space) is whitespace to
/// `char::is_whitespace` but joins words under UAX #29 (ExtendNumLet), so
/// a word piece ran past the whitespace-delimited chunk the URL check
/// sliced, and slicing panicked.
#[test]
fn narrow_nbsp_inside_a_dotted_word() {
    let bytes = b"s\xb3*.t.\xe2\x80\xaf'\xbds\xb3*.t.SSSSSSS\xe2\x80\xaf'\xbd\x9dse\x9dse";
    let text = String::from_utf8_lossy(bytes);
    for t in tokenize(&text) {
        assert_eq!(&text[t.span()], t.as_str());
    }
    let text = "t.SSSSSSS\u{202f}'x pic.twitter.com\u{202f}/x";
    assert!(tokenize(text).count() > 0);
}
