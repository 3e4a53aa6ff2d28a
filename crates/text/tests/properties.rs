//! Invariants users rely on, for arbitrary Unicode input: no panics, spans
//! on char boundaries, in order and covering the text, offsets that
//! round-trip, and a normalised view that maps back and is idempotent.

use newswire_text::{convert_offsets, convert_spans, tokenize, Normalized, OffsetUnit, Segmenter, Span};
use proptest::prelude::*;

/// Arbitrary characters mixed with the pieces segmentation decides on, so
/// the interesting paths are hit far more often than by `any::<String>()`.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => "[a-zA-Z]{1,8}",
        1 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ". ", "! ", "? ", ".", "…", "..", "“", "”", "‘", "’", "\"", "'", "«", "»", "\n", "\r\n", "\n\n",
            "\u{2029}", "\u{a0}", "\u{ad}", "\u{200b}", "U.S. ", "Dr. ", "Jan. ", "J. ", "a.m. ", "e.g. ",
            "https://t.co/x ", "pic.twitter.com/a ", "@h ", "#t ", "。", "؟ ", "حسين ", "8,306", "3.5", "—",
            "Read More:", "ﬁ", "Ａ", "\u{301}", "𝄞",
        ]).prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn is_boundary_span(text: &str, s: Span) -> bool {
    s.start <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn sentences_partition_the_text(text in newsy_text()) {
        let seg = Segmenter::new();
        let mut covered = vec![false; text.len()];
        let mut last_end = 0;
        for p in seg.paragraphs(&text) {
            prop_assert!(is_boundary_span(&text, p.span()));
            prop_assert!(p.span().start >= last_end, "paragraphs overlap or go back");
            prop_assert!(!p.span().is_empty());
            let mut inner_end = p.span().start;
            for s in p.sentences() {
                let span = s.span();
                prop_assert!(is_boundary_span(&text, span));
                prop_assert!(span.start >= inner_end && span.end <= p.span().end);
                prop_assert!(!span.is_empty());
                prop_assert_eq!(s.as_str(), s.as_str().trim());
                covered[span.range()].iter_mut().for_each(|c| *c = true);
                inner_end = span.end;
            }
            last_end = p.span().end;
        }
        // Every non-whitespace character lies in some sentence.
        for (i, c) in text.char_indices() {
            prop_assert!(c.is_whitespace() || covered[i], "char {:?} at {} not in any sentence", c, i);
        }
    }

    #[test]
    fn tokens_cover_non_whitespace_in_order(text in newsy_text()) {
        let mut covered = vec![false; text.len()];
        let mut last_end = 0;
        for t in tokenize(&text) {
            let span = t.span();
            prop_assert!(is_boundary_span(&text, span) && !span.is_empty());
            prop_assert!(span.start >= last_end);
            prop_assert_eq!(&text[span], t.as_str());
            covered[span.range()].iter_mut().for_each(|c| *c = true);
            last_end = span.end;
        }
        for (i, c) in text.char_indices() {
            prop_assert!(c.is_whitespace() || covered[i], "char {:?} at {} not in any token", c, i);
        }
    }

    #[test]
    fn offsets_round_trip(text in newsy_text()) {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        bytes.reverse(); // conversion must not depend on input order
        for unit in [OffsetUnit::Char, OffsetUnit::Utf16] {
            let there = convert_offsets(&text, &bytes, OffsetUnit::Byte, unit).unwrap();
            let back = convert_offsets(&text, &there, unit, OffsetUnit::Byte).unwrap();
            prop_assert_eq!(&back, &bytes);
        }
        // Char offsets agree with counting chars, as Python slicing would.
        let chars = convert_offsets(&text, &bytes, OffsetUnit::Byte, OffsetUnit::Char).unwrap();
        for (&b, &c) in bytes.iter().zip(&chars) {
            prop_assert_eq!(text[..b].chars().count(), c);
        }
        let spans: Vec<Span> = Segmenter::new().sentences(&text).map(|s| s.span()).collect();
        prop_assert_eq!(convert_spans(&text, &spans, OffsetUnit::Char).unwrap().len(), spans.len());
    }

    #[test]
    fn bad_offsets_are_errors_not_panics(text in newsy_text(), offsets in prop::collection::vec(0usize..400, 0..8)) {
        for unit in [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16] {
            if let Ok(out) = convert_offsets(&text, &offsets, unit, OffsetUnit::Byte) {
                prop_assert!(out.iter().all(|&b| text.is_char_boundary(b)));
            }
        }
    }

    #[test]
    fn normalized_view_maps_back_and_is_idempotent(text in newsy_text(), a in 0usize..300, b in 0usize..300) {
        let norm = Normalized::new(&text);
        let again = Normalized::new(norm.as_str());
        prop_assert_eq!(again.as_str(), norm.as_str());
        prop_assert!(!again.is_changed());
        let n = norm.as_str();
        let (a, b) = (a.min(n.len()), b.min(n.len()));
        let span = Span::new(a, b);
        let orig = norm.to_original(span);
        prop_assert!(is_boundary_span(&text, orig));
        prop_assert!(orig.end <= text.len());
        // The original under the whole normalised text folds back to it
        // (dropped invisible characters at the edges may fall outside).
        let whole = norm.to_original(Span::new(0, n.len()));
        let refolded = Normalized::new(&text[whole]);
        prop_assert_eq!(refolded.as_str(), n);
    }
}

#[test]
fn normalized_span_maps_to_source_chars() {
    let text = "A\u{ad}b “q” — x\u{a0}y ﬁne";
    let norm = Normalized::new(text);
    assert_eq!(norm.as_str(), "Ab \"q\" - x y fine");
    let at = norm.as_str().find("\"q\"").unwrap();
    assert_eq!(&text[norm.to_original(Span::new(at, at + 3))], "“q”");
    let at = norm.as_str().find("fi").unwrap();
    // Half of a ligature maps to the whole ligature.
    assert_eq!(&text[norm.to_original(Span::new(at, at + 1))], "ﬁ");
}
