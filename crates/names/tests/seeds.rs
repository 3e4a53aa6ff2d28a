//! The seed corpus: the persons a careful reader finds, across spellings,
//! scripts and scraping damage. The expectations are written here as
//! fixtures; the library knows none of these names.

use newswire_names::cluster_corpus;
use newswire_text::corpus::{InputFormat, Records};

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    Records::open(&[dir.into()], InputFormat::Auto).map(|r| r.expect("seed article").text().to_string()).collect()
}

const PERSONS: &[&[&str]] = &[
    &[
        "Hosein Amir Abdolahian",
        "Abdolahian",
        "Hossein Amir-Abdollahian",
        "Amir-Abdollahian",
        "Hossein Amirabdollahian",
        "Amirabdollahian",
        "حسين أمير عبداللهيان",
    ],
    &["Ismail Haniya", "Ismail Haniyeh", "Haniyeh"],
    &["Tamim bin Hamad al Thani", "Bin Hamad", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"],
    &["Mohamed bin Abderrahman", "Sheikh Mohammed bin Abdulrahman Al Thani"],
    &["Ebrahim Raisi", "Raisi", "إبراهيم رئيسي"],
    &["Nasser Kan’ani"],
    &["Sabrina Singh", "Singh"],
    &["Benjamin Netanyahu", "Netanyahu"],
];

const NOT_PERSONS: &[&str] = &[
    "Hamas",
    "Hezbollah",
    "Al-Aqsa Storm",
    "Al-Aqsa",
    "Mehr",
    "QNA",
    "EFE",
    "IRNA",
    "MOFA",
    "Iran Press",
    "Houthi",
    "Pentagon",
    "AmiriDiwan",
    "Gaza Strip",
    "Doha",
];

#[test]
fn eight_persons_with_all_their_variants() {
    let docs = seeds();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let people = cluster_corpus(&refs);
    let mut sets: Vec<Vec<&str>> = people.iter().map(|p| p.variants.iter().map(String::as_str).collect()).collect();
    for s in &mut sets {
        s.sort_unstable();
    }
    let mut expected: Vec<Vec<&str>> = PERSONS.iter().map(|p| p.to_vec()).collect();
    for s in &mut expected {
        s.sort_unstable();
    }
    sets.sort();
    expected.sort();
    assert_eq!(sets, expected);
    for p in &people {
        for v in &p.variants {
            assert!(!NOT_PERSONS.contains(&v.as_str()), "{v} taken for a person");
        }
        for m in &p.mentions {
            assert_eq!(&docs[m.doc][m.span.range()], m.text);
        }
    }
    let canonical: Vec<&str> = people.iter().map(|p| p.canonical.as_str()).collect();
    assert!(canonical.contains(&"Hossein Amir-Abdollahian"), "{canonical:?}");
    assert!(canonical.contains(&"Ismail Haniyeh"), "{canonical:?}");
}

#[test]
fn glued_words_are_repaired_against_the_corpus() {
    let docs = seeds();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let found = newswire_names::MentionFinder::new().find_corpus(&refs);
    let repaired: Vec<&str> = found.iter().flatten().filter(|m| m.is_repaired()).map(|m| m.as_str()).collect();
    assert!(repaired.contains(&"Hosein Amir Abdolahian"), "{repaired:?}");
    assert!(repaired.contains(&"Tamim bin Hamad al Thani"), "{repaired:?}");
    let all: Vec<&str> = found.iter().flatten().map(|m| m.as_str()).collect();
    assert!(all.contains(&"Ismail Haniya"), "Hamas.Ismail Haniya: {all:?}");
}
