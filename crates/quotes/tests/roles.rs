//! Roles read next to a name: titles before it, appositions after it.

use newswire_quotes::role;
use newswire_text::Span;

fn role_at(text: &str, name: &str) -> Option<(String, &'static str)> {
    let start = text.find(name).expect("name in text");
    role(text, Span::new(start, start + name.len())).map(|r| (r.as_str().to_string(), r.kind()))
}

#[test]
fn titles_before_the_name() {
    let cases = [
        (
            "Iran’s Foreign Minister Ali Akbar Velayati arrived.",
            "Ali Akbar Velayati",
            "Iran’s Foreign Minister",
            "foreign-minister",
        ),
        ("On Monday, Hamas spokesman Fawzi Barhoum said so.", "Fawzi Barhoum", "Hamas spokesman", "spokesperson"),
        ("He met the Saudi king, Salman Al Saud, in Riyadh.", "Salman Al Saud", "Saudi king", "king"),
        (
            "He met the country’s Foreign Minister and Prime Minister Faisal Al Saud.",
            "Faisal Al Saud",
            "the country’s Foreign Minister and Prime Minister",
            "foreign-minister",
        ),
        ("Deputy press secretary Jane Doe told reporters.", "Jane Doe", "Deputy press secretary", "spokesperson"),
    ];
    for (text, name, phrase, kind) in cases {
        assert_eq!(role_at(text, name), Some((phrase.to_string(), kind)), "{text}");
    }
}

#[test]
fn appositions_after_the_name() {
    let text = "Khaled Meshaal, head of Hamas’s political bureau, spoke in Doha.";
    assert_eq!(role_at(text, "Khaled Meshaal"), Some(("head of Hamas’s political bureau".to_string(), "leader")));
    // A relative clause is not a role, even when it names one.
    let text = "Khaled Meshaal, who met the president, spoke in Doha.";
    assert_eq!(role_at(text, "Khaled Meshaal"), None);
}

#[test]
fn no_role_where_none_is_stated() {
    for (text, name) in [
        ("In Doha Khaled Meshaal spoke.", "Khaled Meshaal"),
        ("Khaled Meshaal spoke.", "Khaled Meshaal"),
        ("The talks ended.\nKhaled Meshaal spoke.", "Khaled Meshaal"),
        ("She said Khaled Meshaal spoke.", "Khaled Meshaal"),
    ] {
        assert_eq!(role_at(text, name), None, "{text}");
    }
    // Spans outside the text or inside a character are no panic.
    assert!(role("Meshaal", Span::new(3, 40)).is_none());
    assert!(role("é Meshaal", Span::new(1, 5)).is_none());
}

#[test]
fn the_country_of_a_role() {
    let text = "He met Qatar’s Emir Tamim Al Saud and the country’s Foreign Minister Faisal Al Saud.";
    let at = text.find("Faisal").expect("name");
    let r = role(text, Span::new(at, text.len() - 1)).expect("role");
    assert_eq!((r.as_str(), r.country()), ("the country’s Foreign Minister", Some("qatar")));
    let text = "The Iranian spokesman Ali Karimi spoke.";
    let at = text.find("Ali").expect("name");
    let r = role(text, Span::new(at, at + "Ali Karimi".len())).expect("role");
    assert_eq!((r.kind(), r.country()), ("spokesperson", Some("iran")));
}
