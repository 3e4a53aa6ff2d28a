//! The name lexicons compiled in from `data/*.tsv`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

pub(crate) use newswire_text::tsv_rows;

use crate::skeleton::{fold, Skeleton};

/// A word table with a 4,096-bit filter in front. Most tokens of a name
/// are neither particles nor titles: one bit, indexed by the word's first
/// and last byte and length, turns them away before any hashing.
struct Gated<V> {
    bits: [u64; 64],
    map: HashMap<&'static str, V>,
}

impl<V: Copy> Gated<V> {
    fn new(map: HashMap<&'static str, V>) -> Gated<V> {
        let mut bits = [0u64; 64];
        for w in map.keys() {
            let i = gate_slot(w);
            bits[i >> 6] |= 1 << (i & 63);
        }
        Gated { bits, map }
    }

    fn get(&self, w: &str) -> Option<V> {
        let i = gate_slot(w);
        if self.bits[i >> 6] & (1 << (i & 63)) == 0 {
            return None;
        }
        self.map.get(w).copied()
    }
}

fn gate_slot(w: &str) -> usize {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => (usize::from(f) * 61 + usize::from(l) * 17 + b.len()) & 4095,
        _ => 0,
    }
}

/// What a title-like word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleKind {
    Title,
    Ambiguous,
}

pub(crate) fn title(folded: &str) -> Option<TitleKind> {
    static TABLE: OnceLock<Gated<TitleKind>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            Gated::new(
                tsv_rows(include_str!("../data/titles.tsv"))
                    .map(|(w, k)| (w, if k == "ambiguous" { TitleKind::Ambiguous } else { TitleKind::Title }))
                    .collect(),
            )
        })
        .get(folded)
}

/// What a particle does to the name after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParticleKind {
    Patronymic,
    Article,
    Kunya,
    Abd,
    Family,
    Suffix,
}

pub(crate) fn particle(folded: &str) -> Option<ParticleKind> {
    static TABLE: OnceLock<Gated<ParticleKind>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut t: HashMap<&'static str, ParticleKind> = tsv_rows(include_str!("../data/particles.tsv"))
                .filter_map(|(w, k)| {
                    let kind = match k {
                        "patronymic" => ParticleKind::Patronymic,
                        "article" => ParticleKind::Article,
                        "kunya" => ParticleKind::Kunya,
                        "abd" => ParticleKind::Abd,
                        "family" => ParticleKind::Family,
                        "suffix" => ParticleKind::Suffix,
                        _ => return None,
                    };
                    Some((w, kind))
                })
                .collect();
            // Arabic-script particles written as separate words.
            for (w, k) in [
                ("بن", ParticleKind::Patronymic),
                ("ابن", ParticleKind::Patronymic),
                ("بنت", ParticleKind::Patronymic),
                ("ال", ParticleKind::Article),
                ("آل", ParticleKind::Article),
                ("أبو", ParticleKind::Kunya),
                ("ابو", ParticleKind::Kunya),
                ("عبد", ParticleKind::Abd),
                ("бин", ParticleKind::Patronymic),
                ("ибн", ParticleKind::Patronymic),
                ("аль", ParticleKind::Article),
                ("ал", ParticleKind::Article),
                ("абу", ParticleKind::Kunya),
                ("абд", ParticleKind::Abd),
                ("абдул", ParticleKind::Abd),
            ] {
                t.insert(w, k);
            }
            Gated::new(t)
        })
        .get(folded)
}

/// How informative a token is, in `(0, 1]`: common names ("Mohammed",
/// "Ali", "John") weigh little, rare ones ("Velayati") fully. Based on
/// the frequency of the token among the person-name tokens of Wikidata
/// (`data/name_freq.tsv`): by its spelling (`plain`, see
/// `parse::plain_form`) for Latin tokens (so that a
/// rare name whose skeleton happens to be short is not mistaken for a
/// common one), by its skeleton for other scripts.
pub(crate) fn weight(plain: Option<&[u8]>, skel: &[u8]) -> f32 {
    /// Inverse document frequency, squared to spread the common end, for
    /// each known spelling and skeleton; unknown tokens weigh 1.
    struct Table {
        spelling: HashMap<Skeleton, f32>,
        skeleton: HashMap<Skeleton, f32>,
    }
    static TABLE: OnceLock<Table> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut spelling: HashMap<Skeleton, u32> = HashMap::default();
        let mut skeleton_counts: HashMap<Skeleton, u32> = HashMap::default();
        let mut total = 0f32;
        for (tok, count) in tsv_rows(include_str!("../data/name_freq.tsv")) {
            let count: u32 = count.trim().parse().unwrap_or(0);
            total += count as f32;
            let folded = fold(tok);
            *spelling.entry(crate::parse::plain_form(&folded)).or_default() += count;
            *skeleton_counts.entry(crate::parse::token_key(&folded)).or_default() += count;
        }
        let total = total.max(1.0);
        let idf2 = |freq: f32| {
            let idf = ((total + 1.0) / (freq + 1.0)).ln() / (total + 1.0).ln();
            idf * idf
        };
        Table {
            spelling: spelling.into_iter().map(|(k, f)| (k, idf2(f as f32))).collect(),
            // Several spellings share a skeleton; a third of their sum is a
            // fair guess at how common one of them is.
            skeleton: skeleton_counts.into_iter().map(|(k, f)| (k, idf2((f / 3) as f32))).collect(),
        }
    });
    let w = match plain {
        Some(plain) => t.spelling.get(plain).copied(),
        None => t.skeleton.get(skel).copied(),
    }
    .unwrap_or(1.0);
    let short = match skel.len() {
        0 => 0.0,
        1 => 0.5,
        _ => 1.0,
    };
    (w * short).clamp(0.05, 1.0)
}

/// True when the token is a person-name token seen in Wikidata
/// (`data/name_freq.tsv`): evidence that a capitalised word is a name.
pub(crate) fn is_known_name(folded: &str) -> bool {
    static TABLE: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| tsv_rows(include_str!("../data/name_freq.tsv")).map(|r| r.0).collect()).contains(folded)
}

/// What a capitalised word does in running text (`data/context_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContextKind {
    Role,
    Org,
    Stop,
    Honorific,
    Time,
    Place,
}

pub(crate) fn context_word(lower: &str) -> Option<ContextKind> {
    static TABLE: OnceLock<HashMap<&'static str, ContextKind>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            tsv_rows(include_str!("../data/context_words.tsv"))
                .filter_map(|(w, k)| {
                    let kind = match k {
                        "role" => ContextKind::Role,
                        "org" => ContextKind::Org,
                        "stop" => ContextKind::Stop,
                        "honorific" => ContextKind::Honorific,
                        "time" => ContextKind::Time,
                        "place" => ContextKind::Place,
                        _ => return None,
                    };
                    Some((w, kind))
                })
                .collect()
        })
        .get(lower)
        .copied()
}

/// What an Arabic cue word does (`data/arabic_cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArabicCue {
    Before,
    After,
    Stop,
}

pub(crate) fn arabic_cue(word: &str) -> Option<ArabicCue> {
    static TABLE: OnceLock<HashMap<&'static str, ArabicCue>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            tsv_rows(include_str!("../data/arabic_cues.tsv"))
                .map(|(w, k)| {
                    let kind = match k {
                        "before" => ArabicCue::Before,
                        "after" => ArabicCue::After,
                        _ => ArabicCue::Stop,
                    };
                    (w, kind)
                })
                .collect()
        })
        .get(word)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_passes_every_listed_word() {
        for (w, _) in tsv_rows(include_str!("../data/particles.tsv")) {
            assert!(particle(w).is_some(), "{w}");
        }
        for (w, _) in tsv_rows(include_str!("../data/titles.tsv")) {
            assert!(title(w).is_some(), "{w}");
        }
        assert_eq!(particle("velayati"), None);
        assert_eq!(title(""), None);
    }
}
