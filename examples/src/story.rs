//! The story of a corpus: documents with their dates, the people, who said
//! what and when, the same statement across sources, and figures that
//! disagree. Built only from the public APIs of the newswire crates.

use std::collections::{BTreeSet, HashMap};

use newswire_dates::{document_date, parse_dct, Date, DateFinder, TimexType};
use newswire_names::{cluster_corpus, NameIndex, Person};
use newswire_quotes::{role, Quote, QuoteFinder};
use newswire_text::{convert_offsets, Document, OffsetUnit, ParagraphKind, Segmenter};
use rayon::prelude::*;
use serde::Serialize;

/// A document's creation date and where it came from.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentInfo {
    /// The document id.
    pub id: String,
    /// YYYY-MM-DD, when known.
    pub dct: Option<String>,
    /// "given", "stated", "inferred", or null.
    pub dct_source: Option<&'static str>,
    /// Why an inferred date was chosen.
    pub dct_reason: Option<String>,
    /// The headline: the document's first paragraph when it is a heading.
    pub title: Option<String>,
    /// The outlet credited in a dateline ("Iran Press/ West Asia:",
    /// "(Reuters) —"), when the text has one.
    pub outlet: Option<String>,
}

/// A person across the corpus.
#[derive(Clone, Debug, Serialize)]
pub struct PersonInfo {
    /// Stable id: "p1", "p2", … in order of first appearance.
    pub id: String,
    /// The fullest, most frequent name.
    pub canonical: String,
    /// The role the texts give them ("Iran's Foreign Minister"): the
    /// phrase written most often next to their name, the fullest on ties.
    pub role: Option<String>,
    /// Every spelling, in order of first appearance.
    pub variants: Vec<String>,
    /// Where each mention occurs (char offsets).
    pub mentions: Vec<MentionInfo>,
}

/// One mention of a person.
#[derive(Clone, Debug, Serialize)]
pub struct MentionInfo {
    /// Document id.
    pub doc: String,
    /// Char offset of the mention.
    pub start: usize,
    /// End char offset (exclusive).
    pub end: usize,
    /// The mention as written.
    pub text: String,
}

/// A quote with its attribution and date.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteInfo {
    /// Stable id: "q1", "q2", ….
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Char offsets of the content in the document.
    pub start: usize,
    /// End char offset (exclusive).
    pub end: usize,
    /// The content.
    pub text: String,
    /// "direct", "mixed" or "indirect".
    pub kind: &'static str,
    /// The speaker mention as written.
    pub speaker_mention: Option<String>,
    /// The person id, when the speaker resolves to one.
    pub speaker: Option<String>,
    /// The cue ("said", "according to").
    pub cue: Option<String>,
    /// The date it was said: a date expression in its sentence, else the
    /// document's date.
    pub said_on: Option<String>,
}

/// Quotes from different documents reporting one statement.
#[derive(Clone, Debug, Serialize)]
pub struct Statement {
    /// Quote ids, two or more, from at least two documents.
    pub quotes: Vec<String>,
}

/// One source's figure for a quantity.
#[derive(Clone, Debug, Serialize)]
pub struct FigureReport {
    /// Document id.
    pub doc: String,
    /// The number.
    pub value: u64,
    /// The phrase it was read from.
    pub text: String,
    /// "according to …", when the sentence says so.
    pub attributed_to: Option<String>,
    /// The document's date.
    pub date: Option<String>,
}

/// Several sources' figures for one quantity.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    /// What is counted ("killed", "deaths").
    pub about: String,
    /// The reports, newest document first.
    pub reports: Vec<FigureReport>,
}

/// The whole story (the `--json` document).
#[derive(Clone, Debug, Serialize)]
pub struct Story {
    /// Documents in input order.
    pub documents: Vec<DocumentInfo>,
    /// People, in order of first appearance.
    pub people: Vec<PersonInfo>,
    /// Quotes, by document and position.
    pub quotes: Vec<QuoteInfo>,
    /// Statements reported by several sources.
    pub statements: Vec<Statement>,
    /// Figures that more than one source reports.
    pub figures: Vec<Figure>,
}

impl Story {
    /// The quote with id `id`.
    pub fn quote(&self, id: &str) -> Option<&QuoteInfo> {
        self.quotes.iter().find(|q| q.id == id)
    }

    /// The person with id `id`.
    pub fn person(&self, id: &str) -> Option<&PersonInfo> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// Builds the story of `docs`.
pub fn build(docs: &[Document]) -> Story {
    let texts: Vec<&str> = docs.iter().map(Document::text).collect();
    let persons = cluster_corpus(&texts);
    let dcts = document_dates(docs, &persons);
    let mut mentions = mentions(&persons, docs).into_iter();
    let people: Vec<PersonInfo> = persons
        .iter()
        .enumerate()
        .map(|(i, p)| PersonInfo {
            id: format!("p{}", i + 1),
            canonical: p.canonical.clone(),
            role: role_of(p, &texts),
            variants: p.variants.clone(),
            mentions: mentions.next().unwrap_or_default(),
        })
        .collect();
    let found: Vec<Vec<Quote<'_>>> = texts.par_iter().map(|t| QuoteFinder::new().find(t)).collect();
    let quotes = quotes(docs, &persons, &dcts, &found);
    let statements = statements(&quotes);
    let figures = figures(docs, &dcts, &found);
    Story { documents: dcts, people, quotes, statements, figures }
}

/// Every person's mentions with char offsets: one conversion per
/// document for all persons, so a long document is read once.
fn mentions(persons: &[Person], docs: &[Document]) -> Vec<Vec<MentionInfo>> {
    let mut bytes: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    for p in persons {
        for m in &p.mentions {
            bytes[m.doc].extend([m.span.start, m.span.end]);
        }
    }
    let chars: Vec<Vec<usize>> = bytes
        .iter()
        .zip(docs)
        .map(|(b, d)| convert_offsets(d.text(), b, OffsetUnit::Byte, OffsetUnit::Char).unwrap_or_else(|_| b.clone()))
        .collect();
    let mut next = vec![0usize; docs.len()];
    persons
        .iter()
        .map(|p| {
            p.mentions
                .iter()
                .map(|m| {
                    let at = next[m.doc];
                    next[m.doc] += 2;
                    MentionInfo {
                        doc: docs[m.doc].id().to_string(),
                        start: chars[m.doc][at],
                        end: chars[m.doc][at + 1],
                        text: m.text.clone(),
                    }
                })
                .collect()
        })
        .collect()
}

/// The role phrase written most often next to a person's name.
fn role_of(p: &Person, texts: &[&str]) -> Option<String> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for m in &p.mentions {
        let Some(r) = role(texts[m.doc], m.span) else { continue };
        let phrase = r.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        match seen.iter_mut().find(|(s, _)| s.eq_ignore_ascii_case(&phrase)) {
            Some((_, n)) => *n += 1,
            None => seen.push((phrase, 1)),
        }
    }
    // Ties go to the fuller phrase: "Foreign Minister and Prime Minister"
    // over "Foreign Minister".
    seen.into_iter().rev().max_by_key(|(s, n)| (*n, s.len())).map(|(s, _)| s)
}

/// Document dates: given, stated in the header, or inferred from another
/// document of the corpus that names the same people and whose date falls
/// on a weekday this document names ("on Tuesday").
fn document_dates(docs: &[Document], persons: &[Person]) -> Vec<DocumentInfo> {
    let mut out: Vec<DocumentInfo> = docs
        .iter()
        .map(|d| {
            let (dct, source) = match d.dct().and_then(parse_dct) {
                Some(g) => (Some(g), Some("given")),
                None => match document_date(d.text()) {
                    Some(s) => (Some(s.date), Some("stated")),
                    None => (None, None),
                },
            };
            let paragraphs: Vec<_> = Segmenter::new().paragraphs(d.text()).take(4).collect();
            let title = paragraphs
                .first()
                .filter(|p| p.kind() == ParagraphKind::Heading)
                .map(|p| p.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
            DocumentInfo {
                id: d.id().to_string(),
                dct: dct.map(|x| x.to_string()),
                dct_source: source,
                dct_reason: None,
                title,
                outlet: paragraphs.iter().find_map(|p| dateline_credit(p.as_str())),
            }
        })
        .collect();
    // The people each document names, computed once.
    let mut named: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); docs.len()];
    for (k, p) in persons.iter().enumerate() {
        for m in &p.mentions {
            named[m.doc].insert(k);
        }
    }
    let people_of = |i: usize| -> &BTreeSet<usize> { &named[i] };
    for i in 0..docs.len() {
        if out[i].dct.is_some() {
            continue;
        }
        let weekdays = weekdays_named(docs[i].text());
        let mine = people_of(i);
        let mut best: Option<(usize, Date, String)> = None;
        for j in 0..docs.len() {
            let Some(date) = out[j].dct.as_deref().and_then(parse_dct) else { continue };
            if j == i || out[j].dct_source == Some("inferred") {
                continue;
            }
            let shared = mine.intersection(people_of(j)).count();
            let day = date.weekday().to_monday_one_offset() as u8;
            if shared >= 2 && weekdays.contains(&day) && best.as_ref().is_none_or(|b| b.0 < shared) {
                let reason = format!(
                    "names {} of the same people as {} (dated {date}) and speaks of {} as a recent day",
                    shared,
                    docs[j].id(),
                    date.strftime("%A")
                );
                best = Some((shared, date, reason));
            }
        }
        if let Some((_, date, reason)) = best {
            out[i].dct = Some(date.to_string());
            out[i].dct_source = Some("inferred");
            out[i].dct_reason = Some(reason);
        }
    }
    out
}

/// The outlet a paragraph opens with: "Iran Press/ West Asia: …",
/// "(Reuters) — …", "DOHA (AFP) - …".
fn dateline_credit(para: &str) -> Option<String> {
    let head: String = para.chars().take(48).collect();
    let capitalised = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        !words.is_empty() && words.len() <= 4 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    if let (Some(open), Some(close)) = (head.find('('), head.find(')')) {
        let inside = &head[open + 1..close.max(open + 1)];
        let after = head[close + 1..].trim_start();
        if open < 24 && capitalised(inside) && after.starts_with(['—', '–', '-']) {
            return Some(inside.trim().to_string());
        }
    }
    let cut = head.find(['/', ':'])?;
    let name = head[..cut].trim();
    capitalised(name).then(|| name.to_string())
}

fn weekdays_named(text: &str) -> BTreeSet<u8> {
    // Weekdays come out of the date finder as dates; anchoring to a fixed
    // Monday reads their weekday back without knowing the real date.
    let monday = parse_dct("2024-01-01");
    DateFinder::new()
        .find(text, monday)
        .iter()
        .filter(|t| {
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
                .iter()
                .any(|w| t.as_str().to_lowercase().contains(w))
        })
        .filter_map(|t| parse_dct(t.value()).map(|d| d.weekday().to_monday_one_offset() as u8))
        .collect()
}

fn quotes(docs: &[Document], persons: &[Person], dcts: &[DocumentInfo], found: &[Vec<Quote<'_>>]) -> Vec<QuoteInfo> {
    // A resolved speaker is usually a spelling the clustering saw; other
    // names ("Mr. Karimi") are looked up in an index of every variant.
    let mut person_of: HashMap<&str, usize> = HashMap::new();
    let mut variants: Vec<(&str, usize)> = Vec::new();
    for (i, p) in persons.iter().enumerate() {
        for v in &p.variants {
            person_of.entry(v.as_str()).or_insert(i);
            variants.push((v.as_str(), i));
        }
    }
    let index = NameIndex::new(variants.iter().map(|(v, _)| *v));
    // Documents are independent here: one per core.
    let per_doc = docs.par_iter().enumerate().map(|(d, doc)| {
        let mut out = Vec::new();
        let text = doc.text();
        let dct = dcts[d].dct.as_deref().and_then(parse_dct);
        let timexes = DateFinder::new().find(text, dct);
        let sentences: Vec<_> = Segmenter::new().sentences(text).map(|s| s.span()).collect();
        let found = &found[d];
        let offsets: Vec<usize> = found.iter().flat_map(|q| [q.span().start, q.span().end]).collect();
        let chars =
            convert_offsets(text, &offsets, OffsetUnit::Byte, OffsetUnit::Char).unwrap_or_else(|_| offsets.clone());
        for (k, q) in found.iter().enumerate() {
            let resolved = q.speaker().and_then(|s| s.resolved.as_deref());
            let speaker = resolved.and_then(|r| {
                person_of
                    .get(r)
                    .copied()
                    .or_else(|| index.query(r, 1).first().filter(|h| h.score >= 0.75).map(|h| variants[h.id].1))
            });
            // The date said: a calendar date in the quote's sentence that
            // is outside the quote itself, else the document's date.
            // Sentences and timexes are in text order: binary searches keep
            // a very long document linear.
            let at = q.span().start;
            let sentence =
                sentences.get(sentences.partition_point(|s| s.end <= at)).filter(|s| s.contains(at)).copied();
            // A calendar day ("XXXX-WXX-2", a Tuesday with no anchor, is
            // not one), outside the quote, in its sentence.
            let said_on = sentence
                .and_then(|s| {
                    timexes[timexes.partition_point(|t| t.span().start < s.start)..]
                        .iter()
                        .take_while(|t| t.span().start < s.end)
                        .filter(|t| !q.span().overlaps(t.span()))
                        .filter(|t| t.kind() == TimexType::Date)
                        .find_map(|t| parse_dct(t.value()))
                })
                .map(|day| day.to_string())
                .or_else(|| dcts[d].dct.clone());
            out.push(QuoteInfo {
                id: String::new(),
                doc: doc.id().to_string(),
                start: chars[2 * k],
                end: chars[2 * k + 1],
                text: q.as_str().to_string(),
                kind: q.kind().as_str(),
                speaker_mention: q.speaker().map(|s| s.text.clone()),
                speaker: speaker.map(|p| format!("p{}", p + 1)),
                cue: q.cue().map(str::to_string),
                said_on,
            });
        }
        out
    });
    let mut out: Vec<QuoteInfo> = per_doc.collect::<Vec<_>>().concat();
    for (i, q) in out.iter_mut().enumerate() {
        q.id = format!("q{}", i + 1);
    }
    out
}

/// A word's key for comparing wordings, or `None` for a function word:
/// lower case, first six letters ("consequences" = "consequence").
pub(crate) fn word_key(word: &str) -> Option<String> {
    const STOP: &[&str] = &[
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "be", "that", "this",
        "it", "its", "their", "they", "we", "with", "by", "at", "as", "from", "not", "no", "if", "so", "do", "does",
        "have", "has", "will", "would", "which", "who", "there", "these", "those", "also", "all", "any", "but", "than",
    ];
    let w = word.to_lowercase();
    (w.chars().count() > 2 && !STOP.contains(&w.as_str())).then(|| w.chars().take(6).collect())
}

/// The words of `text`, split at anything not alphanumeric.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Content words of a quote, folded: what two translations of one
/// statement share.
fn content_words(text: &str) -> BTreeSet<String> {
    words(text).filter_map(word_key).collect()
}

/// Groups quotes of different documents that share enough content words
/// and the same speaker.
fn statements(quotes: &[QuoteInfo]) -> Vec<Statement> {
    // Content words as sorted hashes: intersecting two is one merge pass.
    let words: Vec<Vec<u64>> = quotes
        .iter()
        .map(|q| {
            let mut v: Vec<u64> = content_words(&q.text).iter().map(|w| fnv(w.as_bytes())).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Only quotes of one speaker can report one statement.
    let mut by_speaker: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        if let Some(s) = q.speaker.as_deref() {
            by_speaker.entry(s).or_default().push(i);
        }
    }
    for members in by_speaker.values() {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if quotes[a].doc == quotes[b].doc {
                    continue;
                }
                let shared = shared_count(&words[a], &words[b]);
                let smaller = words[a].len().min(words[b].len()).max(1);
                // Long quotes need four shared words and a good share of the
                // shorter one; a short mixed quote ("is “actually a party to
                // the war”") needs three and most of itself.
                let share = shared as f32 / smaller as f32;
                if shared >= 4 && share >= 0.45 || shared >= 3 && share >= 0.6 {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..quotes.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Statement> = groups
        .into_values()
        .filter(|g| g.len() >= 2)
        .map(|mut g| {
            g.sort_unstable();
            Statement { quotes: g.iter().map(|&i| quotes[i].id.clone()).collect() }
        })
        .collect();
    out.sort_by(|a, b| a.quotes.first().cmp(&b.quotes.first()));
    out
}

/// Byte offset of `needle` (ASCII) in `hay`, ASCII case ignored.
fn find_ignoring_ascii_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len()) + 1)
        .find(|&i| h.len() >= i + n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Elements two sorted lists share.
fn shared_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// FNV-1a: a stable 64-bit hash of a word.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Casualty counts: "1,234 deaths", "more than 1,300 people dead",
/// "at least 1,250 civilians have been killed", grouped by order of magnitude
/// when two documents or more report one. A count inside a reported
/// statement is attributed to its speaker ("Health officials … report
/// that"), else to an "according to" in its sentence.
fn figures(docs: &[Document], dcts: &[DocumentInfo], found: &[Vec<Quote<'_>>]) -> Vec<Figure> {
    // (group sentence, report)
    let mut reports: Vec<(String, FigureReport)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let text = doc.text();
        for s in Segmenter::new().sentences(text) {
            let sent = s.as_str();
            let lower = sent.to_lowercase();
            if !["killed", "dead", "deaths", "died"].iter().any(|w| lower.contains(w)) {
                continue;
            }
            // Found in `sent` itself: lower-casing can change byte lengths
            // ("Ⱥ" → "ⱥ"), so an offset into `lower` is no offset into `sent`.
            let according = find_ignoring_ascii_case(sent, "according to ").map(|i| {
                let rest = &sent[i + "according to ".len()..];
                rest.split([',', '.', ';']).next().unwrap_or("").trim().to_string()
            });
            let words: Vec<(usize, &str)> =
                sent.split_whitespace().map(|w| (w.as_ptr() as usize - sent.as_ptr() as usize, w)).collect();
            for (i, &(at, w)) in words.iter().enumerate() {
                let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
                let Ok(value) = digits.parse::<u64>() else { continue };
                // Thousands separators mark counts; years and dates have none.
                if value < 100 || !w.contains(',') {
                    continue;
                }
                let word = |k: usize| words[k].1.trim_end_matches([',', '.', ';']).to_lowercase();
                // The phrase: "more than"/"at least"/"over"/"some" + number
                // + up to two words, ending at its noun.
                let from = if i >= 2 && matches!(word(i - 2).as_str(), "more" | "at") {
                    i - 2
                } else if i >= 1 && matches!(word(i - 1).as_str(), "over" | "some") {
                    i - 1
                } else {
                    i
                };
                let to = (i + 3).min(words.len());
                let mut end = to;
                while end > i + 1
                    && matches!(
                        word(end - 1).as_str(),
                        "and" | "on" | "in" | "have" | "has" | "including" | "since" | "of"
                    )
                {
                    end -= 1;
                }
                let near = (i..to).map(word).collect::<Vec<_>>().join(" ");
                // Injured counts and children among the dead are other
                // quantities.
                if near.contains("injur") || near.contains("children") {
                    continue;
                }
                let phrase = words[from..end].iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
                let offset = s.span().start + at;
                // Quotes come sorted by start; content spans do not nest.
                let quotes = &found[d];
                let speaker = quotes[..quotes.partition_point(|q| q.span().start <= offset)]
                    .iter()
                    .rev()
                    .find(|q| q.span().contains(offset))
                    .and_then(|q| q.speaker().map(|sp| sp.text.clone()));
                reports.push((
                    sent.to_string(),
                    FigureReport {
                        doc: doc.id().to_string(),
                        value,
                        text: phrase.trim_end_matches([',', '.', ';']).to_string(),
                        attributed_to: speaker.or_else(|| according.clone()),
                        date: dcts[d].dct.clone(),
                    },
                ));
            }
        }
    }
    // Group by order of magnitude and closeness (within a third).
    let mut groups: Vec<(Vec<String>, Vec<FigureReport>)> = Vec::new();
    for (sent, r) in reports {
        let mag = r.value.ilog10();
        let close = |x: &FigureReport| x.value.ilog10() == mag && x.value.abs_diff(r.value) * 3 < x.value;
        match groups.iter_mut().find(|(_, g)| g.iter().any(close)) {
            Some((sents, g)) => {
                if !g.iter().any(|x| x.doc == r.doc && x.value == r.value) {
                    g.push(r);
                    sents.push(sent);
                }
            }
            None => groups.push((vec![sent], vec![r])),
        }
    }
    groups.retain(|(_, g)| g.iter().map(|r| &r.doc).collect::<BTreeSet<_>>().len() >= 2);
    groups
        .into_iter()
        .map(|(sents, mut reports)| {
            reports.sort_by(|a, b| b.date.cmp(&a.date));
            Figure { about: about(&sents), reports }
        })
        .collect()
}

/// What a group of counts is about: "killed", and the place most of
/// their sentences name ("Gaza"; "Israel" also from "Israeli").
fn about(sentences: &[String]) -> String {
    let mut places: Vec<(String, usize)> = Vec::new();
    for s in sentences {
        let mut seen = BTreeSet::new();
        for w in s.split_whitespace().skip(1) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
            if w.chars().count() < 4 || !w.starts_with(char::is_uppercase) || w.chars().all(char::is_uppercase) {
                continue;
            }
            // "Israeli" counts for "Israel": compare the first five letters.
            let key: String = w.chars().take(5).collect();
            if !seen.insert(key.clone()) {
                continue;
            }
            match places.iter_mut().find(|(p, _)| p.chars().take(5).collect::<String>() == key) {
                Some((p, n)) => {
                    *n += 1;
                    if w.len() < p.len() {
                        *p = w.to_string();
                    }
                }
                None => places.push((w.to_string(), 1)),
            }
        }
    }
    let best = places.iter().map(|(_, n)| *n).max().unwrap_or(0);
    match places.into_iter().find(|(_, n)| *n == best && best >= 2) {
        Some((p, _)) => format!("killed — {p}"),
        None => "killed".to_string(),
    }
}
