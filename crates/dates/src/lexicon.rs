//! The temporal vocabulary compiled in from `data/lexicon.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a word is, with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    Month(u8),
    Weekday(u8),
    Number(u32),
    Ordinal(u32),
    Unit(&'static str),
    PartOfDay(&'static str),
    Season(&'static str),
    Fuzzy(&'static str),
    Set(&'static str),
    DayRef(i32),
    Mod(&'static str),
}

fn table() -> &'static HashMap<&'static str, Vec<Word>> {
    static T: OnceLock<HashMap<&'static str, Vec<Word>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<&'static str, Vec<Word>> = HashMap::new();
        for (w, rest) in newswire_text::tsv_rows(include_str!("../data/lexicon.tsv")) {
            let (kind, value) = rest.split_once('\t').unwrap_or((rest, ""));
            let n = || value.parse::<i64>().unwrap_or(0);
            let word = match kind {
                "month" => Word::Month(n() as u8),
                "weekday" => Word::Weekday(n() as u8),
                "number" => Word::Number(n() as u32),
                "ordinal" => Word::Ordinal(n() as u32),
                "unit" => Word::Unit(value),
                "partofday" => Word::PartOfDay(value),
                "season" => Word::Season(value),
                "fuzzy" => Word::Fuzzy(value),
                "set" => Word::Set(value),
                "dayref" => Word::DayRef(n() as i32),
                "mod" => Word::Mod(value),
                _ => continue,
            };
            t.entry(w).or_default().push(word);
        }
        t
    })
}

/// Every reading of a lower-case word.
pub(crate) fn lookup(lower: &str) -> &'static [Word] {
    table().get(lower).map_or(&[], Vec::as_slice)
}

pub(crate) fn month(lower: &str) -> Option<u8> {
    lookup(lower).iter().find_map(|w| if let Word::Month(m) = w { Some(*m) } else { None })
}

pub(crate) fn weekday(lower: &str) -> Option<u8> {
    lookup(lower).iter().find_map(|w| if let Word::Weekday(d) = w { Some(*d) } else { None })
}

pub(crate) fn unit(lower: &str) -> Option<&'static str> {
    lookup(lower).iter().find_map(|w| if let Word::Unit(u) = w { Some(*u) } else { None })
}

pub(crate) fn number(lower: &str) -> Option<u32> {
    if let Ok(n) = lower.replace(',', "").parse::<u32>() {
        return Some(n);
    }
    lookup(lower).iter().find_map(|w| if let Word::Number(n) = w { Some(*n) } else { None })
}

pub(crate) fn ordinal(lower: &str) -> Option<u32> {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.len() < lower.len() && matches!(&lower[digits.len()..], "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    lookup(lower).iter().find_map(|w| if let Word::Ordinal(n) = w { Some(*n) } else { None })
}

pub(crate) fn find<T>(lower: &str, f: impl Fn(&Word) -> Option<T>) -> Option<T> {
    lookup(lower).iter().find_map(f)
}

/// True when a word is a past form (`data/tense.tsv`: "was", "bought";
/// otherwise any word in -ed not listed there as no past form, such as
/// "based" or "expected").
pub(crate) fn is_past(lower: &str) -> bool {
    match tense(lower) {
        Some(kind) => kind == "past",
        None => lower.len() >= 5 && lower.ends_with("ed") && lower.bytes().all(|b| b.is_ascii_lowercase()),
    }
}

/// True when a word is a present-tense verb that announces an
/// arrangement ahead when a bare date follows it ("resume Thursday";
/// `data/tense.tsv`).
pub(crate) fn is_scheduling(lower: &str) -> bool {
    tense(lower) == Some("scheduling")
}

/// The class `data/tense.tsv` gives a word.
fn tense(lower: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| newswire_text::tsv_rows(include_str!("../data/tense.tsv")).collect()).get(lower).copied()
}
