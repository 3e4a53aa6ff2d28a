//! Invariants: arbitrary text never panics, spans slice the text, values
//! are well-formed TIMEX3, the same input always gives the same output.

use newswire_dates::{parse_dct, DateFinder};
use proptest::prelude::*;

use crate::validate::is_valid;

fn temporal_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "\\PC{0,8}",
        3 => prop::sample::select(vec![
            "Tuesday", "last", "next", "year", "years", "ago", "the", "past", "three", "a", "few", "-", "October",
            "7", "2023", "quarter", "third", "daily", "every", "Monday", "6", "p.m.", "noon", "earlier", "this",
            "month", "decades", "long", "more than", "now", "recent", ",", ".", "—", "’s", "Sept.", "31st", "1990s",
        ]).prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_values_and_determinism(text in temporal_text(), day in 1i8..28, month in 1i8..13) {
        let dct = parse_dct(&format!("2023-{month:02}-{day:02}"));
        let a = DateFinder::new().find(&text, dct);
        let b = DateFinder::new().find(&text, dct);
        prop_assert_eq!(&a, &b);
        let mut last = 0;
        for t in &a {
            let s = t.span();
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start < s.end);
            prop_assert!(s.start >= last, "overlapping or unordered timexes");
            last = s.end;
            prop_assert!(is_valid(t.kind().as_str(), t.value()), "{} {:?} -> {}", t.kind().as_str(), t.as_str(), t.value());
        }
        // Without a DCT nothing panics either.
        let _ = DateFinder::new().find(&text, None);
        let _ = newswire_dates::document_date(&text);
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,200}") {
        for t in DateFinder::new().find(&text, parse_dct("2023-10-31")) {
            prop_assert!(text.get(t.span().range()).is_some());
        }
    }
}
