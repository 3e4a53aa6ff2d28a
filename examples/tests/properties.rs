//! The story of arbitrary text: never a panic, every quote's char offsets
//! slice its document to its text, every id a quote or person points to
//! exists, and the page escapes whatever the text holds.

use newswire_examples::{build, html};
use newswire_text::Document;
use proptest::prelude::*;

fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "\\PC{0,10}",
        3 => prop::sample::select(vec![
            "“", "”", "\"", "‘", "’", " said ", " he said.", ", according to ", "Khaled Meshaal", "Meshaal",
            "خالد مشعل", " on Tuesday", " 2024-03-05 ", " killed 1,234 people", "\n\n", ". ", "<b>", "&", "'",
            " the top diplomat added", "Foreign Minister Ali Karimi", " date 2024-03-01 ",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn stories_of_arbitrary_text_hold_together(texts in prop::collection::vec(newsy_text(), 0..4)) {
        let docs: Vec<Document> =
            texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), t.clone())).collect();
        let story = build(&docs);
        prop_assert_eq!(story.documents.len(), docs.len());
        for q in &story.quotes {
            let doc = docs.iter().find(|d| d.id() == q.doc).expect("quote's document");
            let chars: Vec<char> = doc.text().chars().collect();
            prop_assert!(q.start <= q.end && q.end <= chars.len());
            prop_assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text.clone());
            if let Some(p) = &q.speaker {
                prop_assert!(story.person(p).is_some());
            }
        }
        for s in &story.statements {
            prop_assert!(s.quotes.len() >= 2 && s.quotes.iter().all(|id| story.quote(id).is_some()));
        }
        for p in &story.people {
            for m in &p.mentions {
                let doc = docs.iter().find(|d| d.id() == m.doc).expect("mention's document");
                let chars: Vec<char> = doc.text().chars().collect();
                prop_assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text.clone());
            }
        }
        let page = html::page(&story);
        prop_assert!(!page.contains("<b>") && page.matches("<style>").count() == 1);
    }
}
