//! The seed articles in `seeds/`: cases a news segmenter must get right on
//! real scraped text.

use newswire_text::{ParagraphKind, Segmenter};

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let entry = std::fs::read_dir(dir)
        .expect("seeds/ folder")
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .expect("seed article");
    std::fs::read_to_string(entry.path()).expect("UTF-8 seed")
}

fn sentences(text: &str) -> Vec<&str> {
    Segmenter::new().sentences(text).map(|s| s.as_str()).collect()
}

fn containing<'a>(sents: &[&'a str], needle: &str) -> Vec<&'a str> {
    sents.iter().copied().filter(|s| s.contains(needle)).collect()
}

#[test]
fn glued_words_stay_inside_their_sentences() {
    let text = seed("000_");
    let sents = sentences(&text);
    let hit = containing(&sents, "Hamas.Ismail Haniya");
    assert_eq!(hit.len(), 1, "{sents:#?}");
    assert!(hit[0].starts_with("Abdolahian also met") && hit[0].ends_with("Iran Nuances media."));
    let hit = containing(&sents, "Abdolahianstated");
    assert_eq!(hit.len(), 1);
    assert!(hit[0].starts_with("The Iranian Foreign Minister") && hit[0].ends_with("stop the war."));
}

#[test]
fn tweet_embed_is_not_split_mid_url() {
    let text = seed("003_");
    let sents = sentences(&text);
    let hit = containing(&sents, "https://t.co/");
    assert_eq!(hit.len(), 1);
    assert!(hit[0].contains("pic.twitter.com/") && hit[0].ends_with("October 31, 2023"), "{:?}", hit[0]);
    assert!(sents.iter().all(|s| !s.starts_with("co/") && !s.starts_with("twitter.com")));
}

#[test]
fn headline_timestamp_and_debris_lines() {
    let text = seed("001_");
    let kinds: Vec<_> = Segmenter::new().paragraphs(&text).map(|p| (p.kind(), p.as_str())).collect();
    assert_eq!(kinds[0].0, ParagraphKind::Heading);
    assert_eq!(kinds[1], (ParagraphKind::Meta, "2023-10-31 20:22:40"));
    assert_eq!(kinds.last().map(|k| k.0), Some(ParagraphKind::Debris));
    let body = kinds.iter().filter(|k| k.0 == ParagraphKind::Body).count();
    assert!(body >= 10, "{kinds:#?}");

    let text = seed("000_");
    let last = Segmenter::new().paragraphs(&text).last().expect("paragraphs");
    assert_eq!((last.kind(), last.as_str()), (ParagraphKind::Meta, "EFE"));
}

#[test]
fn quoted_sentences_keep_their_speech_verb() {
    let text = seed("001_");
    let sents = sentences(&text);
    let hit = containing(&sents, "he added.");
    assert_eq!(hit.len(), 1);
    assert!(hit[0].starts_with("“Therefore, if the war crimes"));
}
