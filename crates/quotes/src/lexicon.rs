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
    const NOUNS: &[&str] = &[
        "he",
        "she",
        "they",
        "i",
        "we",
        "you",
        "it",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "minister",
        "president",
        "diplomat",
        "leader",
        "leaders",
        "source",
        "sources",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "people",
        "chairman",
        "director",
        "secretary",
        "candidate",
        "governor",
        "senator",
        "mayor",
        "aide",
        "aides",
        "advisor",
        "adviser",
        "statement",
        "ministry",
        "agency",
        "government",
        "police",
        "army",
        "military",
        "group",
        "report",
        "residents",
        "witnesses",
        "emir",
        "amir",
        "king",
        "prince",
        "envoy",
        "ambassador",
        "head",
        "chief",
        "commander",
        "campaign",
        "office",
        "department",
        "critics",
        "supporters",
        "democrats",
        "republicans",
        "voters",
        "poll",
        "polls",
        "survey",
        "study",
        "data",
        "figures",
        "authorities",
        "ceo",
        "founder",
        "lawyer",
        "attorney",
        "judge",
        "friend",
        "woman",
        "man",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "narrator",
        "announcer",
        "voter",
        "resident",
        "student",
        "teacher",
        "worker",
        "owner",
        "member",
        "members",
        "book",
        "article",
        "piece",
        "union",
        "paper",
        "newspaper",
        "ad",
        "letter",
        "memo",
        "website",
        "representative",
        "representatives",
        "officer",
        "officers",
        "staff",
        "activist",
        "activists",
        "economist",
        "economists",
        "scientist",
        "scientists",
        "researchers",
        "organizers",
        "protesters",
        "observers",
        "historian",
        "professor",
        "doctor",
        "pastor",
        "host",
        "nominee",
        "historians",
        "farmer",
        "owners",
        "executive",
        "executives",
        "businessman",
        "businesswoman",
        "billionaire",
        "lawmaker",
        "lawmakers",
        "legislator",
        "congressman",
        "congresswoman",
        "reporter",
        "journalist",
        "writer",
        "author",
        "anchor",
        "commentator",
        "strategist",
        "consultant",
        "pollster",
        "prosecutor",
        "prosecutors",
        "investigators",
        "veteran",
        "soldier",
        "nurse",
        "lawyers",
        "advocates",
        "parents",
        "spokespeople",
    ];
    NOUNS.contains(&lower)
}

/// The role a description names, as a key shared by its synonyms:
/// "the top Iranian diplomat", "the head of Iranian diplomacy" and
/// "foreign minister" are all `foreign-minister`.
pub(crate) fn role_of(lower: &str) -> Option<&'static str> {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let rows = T.get_or_init(|| newswire_text::tsv_rows(include_str!("../data/roles.tsv")).collect());
    rows.iter().filter(|(k, _)| contains_word(lower, k)).map(|(_, r)| *r).next()
}

/// The country a phrase names, by name or demonym ("Iranian" → "iran").
pub(crate) fn country_of(lower: &str) -> Option<&'static str> {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let rows = T.get_or_init(|| newswire_text::tsv_rows(include_str!("../data/countries.tsv")).collect());
    // Whole words only, and a possessive still names the country.
    let folded = lower.replace(['’', '\''], " ");
    rows.iter().find(|(k, _)| contains_word(&folded, k)).map(|(_, c)| *c)
}

/// The country named last in `lower`: what "the country’s" refers to.
pub(crate) fn last_country(lower: &str) -> Option<&'static str> {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let rows = T.get_or_init(|| newswire_text::tsv_rows(include_str!("../data/countries.tsv")).collect());
    let folded = lower.replace(['’', '\''], " ");
    rows.iter()
        .filter_map(|(k, c)| {
            let at = folded.match_indices(k).map(|(i, _)| i).filter(|&i| word_at(&folded, i, k.len())).last()?;
            Some((at, *c))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, c)| c)
}

/// Personal pronouns: speakers, but no role.
pub(crate) fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "i" | "we" | "you" | "it")
}

/// Capitalised words that open a clause or a prepositional phrase rather
/// than a title ("In Doha, …", "After the talks …").
pub(crate) fn is_clause_opener(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "with"
            | "when"
            | "while"
            | "as"
            | "but"
            | "and"
            | "meanwhile"
            | "however"
            | "also"
            | "then"
            | "since"
            | "from"
            | "for"
            | "by"
            | "to"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "this"
            | "that"
            | "there"
            | "here"
            | "if"
            | "although"
            | "despite"
            | "asked"
            | "speaking"
            | "according"
            | "earlier"
            | "later"
            | "recently"
            | "which"
    )
}

fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| word_at(hay, i, needle.len()))
}

/// Whether `hay[i..i + len]` is whole words.
fn word_at(hay: &str, i: usize, len: usize) -> bool {
    let before = hay[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = hay[i + len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// Lower-case words that may modify a speaker description.
pub(crate) fn is_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "of"
            | "top"
            | "senior"
            | "former"
            | "deputy"
            | "chief"
            | "bin"
            | "ibn"
            | "al"
            | "de"
            | "van"
            | "von"
            | "'s"
            | "’s"
            | "s"
            | "new"
            | "young"
            | "old"
            | "foreign"
            | "prime"
            | "press"
            | "state"
            | "vice"
            | "acting"
            | "interim"
            | "general"
            | "assistant"
            | "associate"
            | "executive"
            | "national"
            | "local"
            | "federal"
            | "regional"
            | "one"
            | "two"
            | "three"
            | "several"
            | "many"
            | "some"
            | "other"
            | "both"
            | "two-time"
            | "year-old"
            | "year"
            | "years"
            | "-"
            | "for"
            | "at"
            | "in"
            | "and"
            | "widow"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "head"
            | "leader"
            | "minister"
            | "president"
            | "spokesman"
            | "spokeswoman"
            | "secretary"
            | "director"
            | "chairman"
            | "governor"
            | "senator"
            | "candidate"
            | "nominee"
            | "presidential"
    )
}
