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
