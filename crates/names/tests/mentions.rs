//! Mention finding on text written for these tests.

use newswire_names::MentionFinder;

fn found(text: &str) -> Vec<String> {
    MentionFinder::new().find(text).iter().map(|m| m.as_str().to_string()).collect()
}

#[test]
fn title_case_headlines_are_not_names() {
    let text = "Stealth Over Health: Maria Lopez Was Headed to Court But Diverted to Avoid Bad Optics.\n\n\
                Maria Lopez said on Sunday she would testify. And Lopez did.";
    assert_eq!(found(text), ["Maria Lopez", "Lopez"]);
}

#[test]
fn roles_cut_and_organisations_rejected() {
    let text = "Prime Minister Jean Dupont met the Gaza Strip delegation. The Pentagon said Dupont left.";
    assert_eq!(found(text), ["Jean Dupont", "Dupont"]);
}

#[test]
fn sentence_openers_places_weekdays_and_party_tags_are_not_names() {
    let text = "Although Scott Pruitt spoke, Republican Jean Dupont left Florida Friday. \
                What Dupont said was brief. Late Saturday, Many Democrats met Sen. Ann Roe, D-Nev., \
                and George Washington Carver. Florida voted.";
    assert_eq!(found(text), ["Scott Pruitt", "Jean Dupont", "Dupont", "Ann Roe", "George Washington Carver"]);
}

#[test]
fn a_sentence_opening_word_must_be_part_of_a_name() {
    // "Polls" is close to nothing but a capitalised common noun; "Dupont"
    // opening a sentence is the surname of a name in the text.
    let docs = ["Jean Dupont met Ann Roe. Polls closed late. Dupont left.", "Apples were sold."];
    let found: Vec<Vec<String>> = newswire_names::MentionFinder::new()
        .find_corpus(&docs)
        .iter()
        .map(|ms| ms.iter().map(|m| m.as_str().to_string()).collect())
        .collect();
    assert_eq!(found, [vec!["Jean Dupont", "Ann Roe", "Dupont"], vec![]]);
}
