//! The segmentation lexicons compiled in from `data/*.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How an abbreviation followed by a full stop behaves at a possible
/// sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    Title,
    Month,
    Number,
    General,
    Ambiguous,
}

/// The data rows of a TSV lexicon as `(first field, rest)`: `#` comment
/// lines and blank lines are skipped, and each row is split at its first
/// tab (the rest is empty when there is none). Every newswire crate keeps
/// its lexicons in this format under `data/`.
///
/// ```
/// let tsv = "# header\nabu\tkunya\n\nbin\tpatronymic\textra\nlone\n";
/// let rows: Vec<_> = newswire_text::tsv_rows(tsv).collect();
/// assert_eq!(rows, [("abu", "kunya"), ("bin", "patronymic\textra"), ("lone", "")]);
/// ```
pub fn tsv_rows(tsv: &str) -> impl Iterator<Item = (&str, &str)> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split_once('\t').unwrap_or((l, "")))
}

pub(crate) fn abbreviation(word_lower: &str) -> Option<AbbrevKind> {
    static TABLE: OnceLock<HashMap<&'static str, AbbrevKind>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            tsv_rows(include_str!("../data/abbreviations.tsv"))
                .filter_map(|(w, k)| {
                    let kind = match k {
                        "title" => AbbrevKind::Title,
                        "month" => AbbrevKind::Month,
                        "number" => AbbrevKind::Number,
                        "general" => AbbrevKind::General,
                        "ambiguous" => AbbrevKind::Ambiguous,
                        _ => return None,
                    };
                    Some((w, kind))
                })
                .collect()
        })
        .get(word_lower)
        .copied()
}

pub(crate) fn is_sentence_opener(word_lower: &str) -> bool {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| tsv_rows(include_str!("../data/sentence_openers.tsv")).map(|r| r.0).collect());
    table.binary_search(&word_lower).is_ok()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DebrisMatch {
    Line,
    Prefix,
    /// The line starts with it and names a social network or an @handle.
    Social,
    /// A social network's name, for `Social` lines.
    Network,
}

pub(crate) fn debris_patterns() -> &'static [(&'static str, DebrisMatch)] {
    static TABLE: OnceLock<Vec<(&'static str, DebrisMatch)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        tsv_rows(include_str!("../data/debris.tsv"))
            .map(|(p, m)| {
                let how = match m {
                    "prefix" => DebrisMatch::Prefix,
                    "social" => DebrisMatch::Social,
                    "network" => DebrisMatch::Network,
                    _ => DebrisMatch::Line,
                };
                (p, how)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Binary search above needs the file sorted; a reviewer adding a word
    /// out of order must be told.
    #[test]
    fn openers_sorted() {
        let rows: Vec<_> = tsv_rows(include_str!("../data/sentence_openers.tsv")).collect();
        assert!(rows.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(is_sentence_opener("the"));
        assert!(!is_sentence_opener("state"));
    }

    #[test]
    fn abbreviations_load() {
        assert_eq!(abbreviation("dr"), Some(AbbrevKind::Title));
        assert_eq!(abbreviation("jan"), Some(AbbrevKind::Month));
        assert_eq!(abbreviation("u.s"), Some(AbbrevKind::Ambiguous));
        assert_eq!(abbreviation("doha"), None);
    }
}
