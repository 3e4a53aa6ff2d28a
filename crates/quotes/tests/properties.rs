//! Invariants: no panic on arbitrary text, spans on char boundaries and
//! inside the text, a direct quote's content inside its paragraph.

use newswire_quotes::{QuoteFinder, QuoteKind};
use proptest::prelude::*;

fn quoty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "\\PC{0,8}",
        3 => prop::sample::select(vec![
            "“", "”", "\"", "‘", "’", "«", "»", "„", " said ", " he said.", ", according to ", "Ismail Haniyeh", "told reporters",
            " that ", ":", "\n", "\n\n", " — ", "Kan’ani", ". ", "PENCE:", "the top diplomat added", "’s",
        ]).prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_text(text in quoty_text()) {
        for q in QuoteFinder::new().find(&text) {
            let s = q.span();
            prop_assert!(text.get(s.range()).is_some() && s.start < s.end);
            if let Some(sp) = q.speaker() {
                prop_assert_eq!(text.get(sp.span.range()), Some(sp.text.as_str()));
            }
            if let Some(c) = q.cue_span() {
                prop_assert!(text.get(c.range()).is_some());
            }
            if q.kind() == QuoteKind::Direct {
                // The content never crosses a paragraph break.
                prop_assert!(!q.as_str().contains("\n\n"));
            }
        }
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,300}") {
        for q in QuoteFinder::new().find(&text) {
            prop_assert!(text.get(q.span().range()).is_some());
        }
    }
}
