//! The story of the seed corpus, pinned with fixtures written from reading
//! the articles (the library knows none of them).

use newswire_examples::build;
use newswire_text::corpus::{InputFormat, Records};
use newswire_text::Document;

fn seeds() -> Vec<Document> {
    let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds"));
    Records::open(&[dir], InputFormat::Auto).map(|r| r.expect("seed article")).collect()
}

#[test]
fn documents_people_statements_figures() {
    let story = build(&seeds());
    let dates: Vec<_> = story.documents.iter().map(|d| (d.dct.as_deref(), d.dct_source)).collect();
    assert_eq!(
        dates,
        [
            (Some("2023-10-31"), Some("inferred")),
            (Some("2023-10-31"), Some("stated")),
            (Some("2023-10-31"), Some("inferred")),
            (Some("2023-10-31"), Some("inferred")),
            (Some("2023-11-11"), Some("stated")),
        ]
    );
    assert_eq!(story.people.len(), 8);
    // Everyone's role is stated somewhere; the minister's is read off a title.
    assert!(story.people.iter().all(|p| p.role.is_some()), "{:#?}", story.people);
    let minister = story.people.iter().find(|p| p.canonical == "Hossein Amir-Abdollahian").expect("minister");
    assert_eq!(minister.role.as_deref(), Some("Iran’s Foreign Minister"));
    for v in ["Hosein Amir Abdolahian", "Amirabdollahian", "حسين أمير عبداللهيان"] {
        assert!(minister.variants.iter().any(|x| x == v), "{v}");
    }
    // "the top Iranian diplomat" is the Iranian minister, not Qatar's.
    let diplomat = story.quotes.iter().find(|q| q.speaker_mention.as_deref() == Some("the top Iranian diplomat"));
    assert_eq!(diplomat.and_then(|q| q.speaker.as_deref()), Some(minister.id.as_str()));

    // Statement groups: each spans two documents or more, and members of
    // one group share a speaker.
    assert_eq!(story.statements.len(), 6, "{:#?}", story.statements);
    let quote = |id: &str| story.quotes.iter().find(|q| q.id == id).expect("quote id");
    for s in &story.statements {
        let docs: std::collections::BTreeSet<_> = s.quotes.iter().map(|id| quote(id).doc.clone()).collect();
        assert!(docs.len() >= 2);
        let speakers: std::collections::BTreeSet<_> = s.quotes.iter().map(|id| quote(id).speaker.clone()).collect();
        assert_eq!(speakers.len(), 1);
    }
    // The explosives statement is reported by two outlets and grouped.
    let explosives: Vec<_> = story
        .quotes
        .iter()
        .filter(|q| q.text.to_lowercase().starts_with("the amount of explosives"))
        .map(|q| q.id.clone())
        .collect();
    assert_eq!(explosives.len(), 2);
    assert!(story.statements.iter().any(|s| explosives.iter().all(|id| s.quotes.contains(id))));

    // Figures: the Gaza death toll from five sources, and the October 7 toll.
    let mut values: Vec<Vec<u64>> = story.figures.iter().map(|f| f.reports.iter().map(|r| r.value).collect()).collect();
    for v in &mut values {
        v.sort_unstable();
    }
    values.sort();
    assert_eq!(values, [vec![1400, 1400], vec![7000, 8306, 8500, 8525, 8525]]);
    let gaza = story.figures.iter().find(|f| f.reports.len() == 5).expect("toll");
    assert_eq!(gaza.reports[0].date.as_deref(), Some("2023-11-11"), "newest first");
    assert_eq!(gaza.about, "killed — Gaza");
    // Attributed through reported speech ("Health officials … report that").
    assert!(gaza.reports[0].attributed_to.as_deref().is_some_and(|a| a.starts_with("Health officials")));
}

#[test]
fn json_has_the_documented_fields() {
    let story = build(&seeds());
    let v = serde_json::to_value(&story).expect("serialisable");
    for key in ["documents", "people", "quotes", "statements", "figures"] {
        assert!(v[key].is_array(), "{key}");
    }
    for key in ["id", "dct", "dct_source"] {
        assert!(v["documents"][0].get(key).is_some(), "documents.{key}");
    }
    for key in ["id", "canonical", "variants"] {
        assert!(v["people"][0].get(key).is_some(), "people.{key}");
    }
    for key in ["id", "doc", "start", "end", "text", "kind", "speaker_mention", "speaker", "cue", "said_on"] {
        assert!(v["quotes"][0].get(key).is_some(), "quotes.{key}");
    }
    // Char offsets slice the document as Python would.
    let docs = seeds();
    for q in v["quotes"].as_array().expect("quotes") {
        let doc = docs.iter().find(|d| d.id() == q["doc"]).expect("doc");
        let chars: Vec<char> = doc.text().chars().collect();
        let (s, e) = (q["start"].as_u64().expect("start") as usize, q["end"].as_u64().expect("end") as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), q["text"].as_str().expect("text"));
    }
}

#[test]
fn json_validates_against_the_documented_schema() {
    let schema: serde_json::Value = serde_json::from_str(newswire_examples::SCHEMA).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let docs = seeds();
    for story in [build(&docs), build(&docs[..1]), build(&[])] {
        let v = serde_json::to_value(&story).expect("serialisable");
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| format!("{} at {}", e, e.instance_path)).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The schema has teeth: a wrong kind, a missing field, a bad id fail.
    let mut v = serde_json::to_value(build(&docs)).expect("serialisable");
    v["quotes"][0]["kind"] = "quote".into();
    assert!(!validator.is_valid(&v));
    let mut v = serde_json::to_value(build(&docs)).expect("serialisable");
    v["people"][0].as_object_mut().expect("object").remove("canonical");
    assert!(!validator.is_valid(&v));
    let mut v = serde_json::to_value(build(&docs)).expect("serialisable");
    v["statements"][0]["quotes"][0] = "x1".into();
    assert!(!validator.is_valid(&v));
}
