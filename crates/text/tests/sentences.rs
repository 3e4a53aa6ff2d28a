//! Data-driven sentence and paragraph cases from `tests/data/`.

use newswire_text::{ParagraphKind, Segmenter};

struct Case {
    title: String,
    text: String,
    expected: Vec<String>,
}

fn parse_cases(src: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in src.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            cases.push(Case { title: title.to_string(), text: String::new(), expected: Vec::new() });
        } else if let Some(text) = line.strip_prefix("> ") {
            let case = cases.last_mut().expect("`>` line before any `#` title");
            if !case.text.is_empty() {
                case.text.push('\n');
            }
            case.text.push_str(text);
        } else if let Some(sentence) = line.strip_prefix("= ") {
            cases.last_mut().expect("`=` line before any `#` title").expected.push(sentence.to_string());
        }
    }
    // The header comment block parses as cases without text.
    cases.retain(|c| !c.text.is_empty());
    cases
}

#[test]
fn sentence_cases() {
    let cases = parse_cases(include_str!("data/sentences.txt"));
    assert!(cases.len() >= 15, "fixture file lost its cases");
    let seg = Segmenter::new();
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<&str> = seg.sentences(&case.text).map(|s| s.as_str()).collect();
        if got != case.expected {
            failures.push(format!("{}\n  expected {:?}\n  got      {:?}", case.title, case.expected, got));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn paragraph_kinds() {
    let seg = Segmenter::new();
    let mut failures = Vec::new();
    for line in include_str!("data/paragraphs.tsv").lines().filter(|l| !l.starts_with('#')) {
        let (kind, text) = line.split_once('\t').expect("kind<TAB>line");
        let paras: Vec<_> = seg.paragraphs(text).collect();
        assert_eq!(paras.len(), 1, "{text:?}");
        let got = match paras[0].kind() {
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Meta => "meta",
            ParagraphKind::Debris => "debris",
            _ => "other",
        };
        if got != kind {
            failures.push(format!("{text:?}: expected {kind}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
