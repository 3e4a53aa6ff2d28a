//! Speech verbs compiled in from `data/speech_verbs.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How strongly a verb reports speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Speech,
    Belief,
}

pub(crate) fn cue(lower: &str) -> Option<Cue> {
    static T: OnceLock<HashMap<&'static str, Cue>> = OnceLock::new();
    T.get_or_init(|| {
        newswire_text::tsv_rows(include_str!("../data/speech_verbs.tsv"))
            .map(|(w, k)| (w, if k == "belief" { Cue::Belief } else { Cue::Speech }))
            .collect()
    })
    .get(lower)
    .copied()
}

/// Words that can head a speaker noun phrase without a capital letter.
pub(crate) fn is_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she"
            | "they"
            | "i"
            | "we"
            | "you"
            | "official"
            | "officials"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "minister"
            | "president"
            | "diplomat"
            | "leader"
            | "leaders"
            | "source"
            | "sources"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "people"
            | "chairman"
            | "director"
            | "secretary"
            | "candidate"
            | "governor"
            | "senator"
            | "aide"
            | "aides"
            | "advisor"
            | "adviser"
            | "statement"
            | "ministry"
            | "agency"
            | "government"
            | "police"
            | "army"
            | "military"
            | "group"
            | "report"
            | "residents"
            | "witnesses"
            | "emir"
            | "amir"
            | "king"
            | "prince"
            | "envoy"
            | "ambassador"
            | "head"
            | "chief"
            | "commander"
            | "campaign"
            | "office"
            | "department"
            | "critics"
            | "supporters"
            | "democrats"
            | "republicans"
            | "voters"
            | "poll"
            | "polls"
            | "survey"
            | "study"
            | "data"
            | "figures"
            | "authorities"
            | "ceo"
            | "founder"
            | "lawyer"
            | "attorney"
            | "judge"
    )
}
