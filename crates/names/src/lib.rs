//! Transliteration-aware person-name matching for news and screening.
//!
//! The same person is written "Ali Akbar Velayati", "Ali-Akbar Velayaty",
//! "Aliakbar Velayati" and "علي أكبر ولايتي"; two different people share
//! most of "… bin … Al Saud". This crate parses names into parts with
//! roles, compares parts by a transliteration skeleton shared by Latin,
//! Arabic, Persian, Cyrillic and Hebrew script, and scores whole names by a
//! weighted one-to-one alignment, with an explanation.
//!
//! ```
//! use newswire_names::NameMatcher;
//!
//! let m = NameMatcher::new();
//! assert!(m.is_match("Ali Akbar Velayati", "علي أكبر ولايتي"));
//! assert!(m.is_match("Aliakbar Velayati", "Ali-Akbar Velayaty"));
//! assert!(!m.is_match("Khalid bin Sultan Al Saud", "Mohammed bin Nayef Al Saud"));
//!
//! let why = m.compare("Khalid bin Sultan Al Saud", "Mohammed bin Nayef Al Saud");
//! assert!(why.penalties.contains(&"patronymics differ"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`Name`]: a parsed name — titles dropped ("Sheikh", "Dr."),
//!   "SURNAME, Given" reordered, particles folded into the [`NamePart`]
//!   they introduce, each part with a [`Role`] (given, patronymic after
//!   bin/ibn/ould or a Slavic -ovich, family after al-/de/van, kunya "Abu
//!   X", initial) and a weight (how informative it is).
//! - [`NameMatcher`]: scores in `[0, 1]`, a decision at
//!   [`DEFAULT_THRESHOLD`], and [`NameMatch`] explanations: which parts
//!   aligned ([`Alignment`]), how similar and how informative they were,
//!   what stayed unmatched, which penalties applied.
//!
//! # Examples
//!
//! Parse once, compare many times:
//!
//! ```
//! use newswire_names::{Name, NameMatcher};
//!
//! let query = Name::parse("Khaled Meshaal");
//! let list = ["Khalid Mashal", "خالد مشعل", "Khaled Hassan Al-Tikriti", "Moussa Abu Marzouk"];
//! let m = NameMatcher::new();
//! let hits: Vec<_> = list.iter().filter(|n| m.score_parsed(&query, &Name::parse(n)) >= 0.5).collect();
//! assert_eq!(hits, [&"Khalid Mashal", &"خالد مشعل"]);
//! ```
//!
//! # How it works
//!
//! Each part is reduced to a consonant skeleton over the alphabet
//! `A B D F H J K L M N R S T V X Y Z` (kh→H, q/g/k→K, th→S, dh/z→Z,
//! sh/ch/ش/ш→X, vowels dropped except an initial-vowel mark), with
//! "Abd al-Rahman" / "Abdulrahman" / "Abderrahman" keyed alike. Skeletons
//! compare by an edit distance whose costs make common romanisation
//! alternations cheap; short Latin parts also compare their vowels. Parts
//! are weighted by inverse frequency among Wikidata person-name tokens
//! (CC0), so a shared "Mohammed" says little and a shared "Velayati" a
//! lot. The score is matched weight against unmatched weight, where parts
//! missing on one side cost little (aliases omit names) and parts that
//! disagree on both sides cost more; differing patronymics or given names
//! lower it further. See `DESIGN.md`.
//!
//! # Crate features
//!
//! - `serde`: `Serialize` for [`NameMatch`], [`Alignment`] and [`Role`].
//!
//! # Performance and limits
//!
//! No allocation-heavy data structures: a comparison of two parsed names
//! is a few small edit distances (`cargo bench -p newswire-benches --bench
//! names`). Scores are calibrated on sanctions-list aliases (OFAC, UN);
//! names in scripts other than Latin, Arabic/Persian, Cyrillic and Hebrew
//! compare only by identity of their letters.

mod cluster;
mod cost;
mod index;
mod lexicon;
mod mention;
mod parse;
mod score;
mod skeleton;

pub use cluster::{cluster_corpus, cluster_mentions, group_names, Person, PersonMention, MERGE_THRESHOLD};
pub use index::{Hit, NameIndex};
pub use mention::{Mention, MentionFinder};
pub use parse::{Name, NamePart, Role};
pub use score::{Alignment, NameMatch, NameMatcher, DEFAULT_THRESHOLD};
