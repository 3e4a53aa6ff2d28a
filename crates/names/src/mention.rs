//! Finding person-name mentions in running news text, without a gazetteer.
//!
//! A Latin-script mention is a run of capitalised words, particles
//! (bin, al, abu…), initials and hyphenated pieces; role words before it
//! ("Prime Minister") are cut off, runs headed by organisation or place
//! nouns ("Gaza Strip", "Defense Force") or preceded by "the" are not
//! persons. A single word ("Meshaal") or a particle-led run ("Bin Sultan")
//! is only a mention when it agrees with a full name found in the same
//! document or, failing that, in the corpus. Arabic-script names are found
//! between the titles that precede them and the role nouns that follow.
//! Words glued together by scraping ("Velayatistated", "Hamas.Khaled")
//! are split where a name seen elsewhere ends.

use std::collections::HashSet;

use newswire_text::{ParagraphKind, Script, Segmenter, Span, TokenKind};

use crate::lexicon::{self, ArabicCue, ContextKind, ParticleKind};
use crate::skeleton::fold;
use crate::{Name, NameMatcher};

/// A person-name mention in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    span: Span,
    text: String,
    name: Name,
    partial: bool,
    repaired: bool,
}

impl Mention {
    /// Byte span in the text searched.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The mention as written (a glued suffix such as "stated" removed).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The parsed name.
    pub fn name(&self) -> &Name {
        &self.name
    }

    /// True for a partial mention ("Meshaal", "Bin Sultan", "Sheikh Khalid")
    /// that was accepted because a full name in the document or corpus
    /// agrees with it.
    pub fn is_partial(&self) -> bool {
        self.partial
    }

    /// True when the mention was cut out of a word glued to the next one
    /// by scraping ("Velayatistated").
    pub fn is_repaired(&self) -> bool {
        self.repaired
    }
}

/// Finds person mentions in documents.
///
/// ```
/// use newswire_names::MentionFinder;
///
/// let text = "Prime Minister Benjamin Netanyahu met the head of Hamas.Khaled Meshaal \
///             in the Gaza Strip. Netanyahu said little. The Pentagon declined.";
/// let found: Vec<_> = MentionFinder::new().find(text).iter().map(|m| m.as_str().to_string()).collect();
/// assert_eq!(found, ["Benjamin Netanyahu", "Khaled Meshaal", "Netanyahu"]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct MentionFinder {
    matcher: NameMatcher,
}

/// A candidate before support checks.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    /// Name words (not honorifics or particles), as written.
    words: Vec<String>,
    partial: bool,
    repaired: bool,
    /// The first word of its sentence, where any word is capitalised.
    opens_sentence: bool,
}

impl MentionFinder {
    /// A finder with the default name matcher.
    pub const fn new() -> MentionFinder {
        MentionFinder { matcher: NameMatcher::new() }
    }

    /// Mentions in one document, in text order.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_corpus(&[text]).pop().unwrap_or_default()
    }

    /// Mentions in each document of a corpus: partial mentions and glued
    /// words are resolved against names found anywhere in the corpus (the
    /// document's own first).
    pub fn find_corpus(&self, docs: &[&str]) -> Vec<Vec<Mention>> {
        let mut cands: Vec<Vec<Candidate>> = docs.iter().map(|t| candidates(t)).collect();
        // Words that stand alone as capitalised name words somewhere.
        let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for w in cands.iter().flatten().flat_map(|c| c.words.iter()) {
            *counts.entry(w.clone()).or_default() += 1;
        }
        let vocab: HashSet<String> = counts.keys().cloned().collect();
        for (doc, cs) in docs.iter().zip(cands.iter_mut()) {
            for c in cs.iter_mut() {
                // A word written the same way twice is a word, not an
                // accident of scraping ("Aliakbar" is not "Ali").
                if c.words.last().is_some_and(|w| counts.get(w).copied().unwrap_or(0) == 1) {
                    repair_glued(doc, c, &vocab);
                }
            }
        }
        trim_unknown_heads(&mut cands);
        // Distinct full names per document and in the corpus: a long
        // document repeats the same few names many times, and every
        // partial mention is checked against them.
        let mut fulls: Vec<Vec<Name>> = Vec::with_capacity(docs.len());
        let mut all_fulls: Vec<Name> = Vec::new();
        let mut seen_all: HashSet<&str> = HashSet::new();
        for (doc, cs) in docs.iter().zip(&cands) {
            let mut seen: HashSet<&str> = HashSet::new();
            let mut list = Vec::new();
            for c in cs.iter().filter(|c| !c.partial) {
                let t = &doc[c.span];
                if seen.insert(t) {
                    list.push(Name::parse(t));
                }
                if seen_all.insert(t) {
                    all_fulls.push(Name::parse(t));
                }
            }
            fulls.push(list);
        }
        // Whether a full name elsewhere in the corpus has a partial surface
        // as one of its parts: decided once per surface for the whole
        // corpus. Only a name of the same document may support a merely
        // similar word ("Satan" is not "Stein" because both are in one
        // corpus).
        let mut in_corpus: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
        docs.iter()
            .zip(cands)
            .enumerate()
            .map(|(d, (doc, cs))| {
                // Each distinct partial surface is decided once per document.
                let mut decided: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
                cs.into_iter()
                    .filter_map(|c| {
                        let text = doc[c.span].to_string();
                        let name = Name::parse(&text);
                        if name.is_empty() {
                            return None;
                        }
                        if c.partial {
                            // "Polls …", "Well, …": a lone capitalised word
                            // opening a sentence must be a part of a full
                            // name, not merely close to one.
                            if c.opens_sentence && !fulls[d].iter().chain(&all_fulls).any(|f| self.part_of(f, &name)) {
                                return None;
                            }
                            let supported = *decided.entry(text.clone()).or_insert_with(|| {
                                fulls[d].iter().any(|f| self.supports(f, &name))
                                    || *in_corpus
                                        .entry(text.clone())
                                        .or_insert_with(|| all_fulls.iter().any(|f| self.part_of(f, &name)))
                            });
                            if !supported {
                                return None;
                            }
                        }
                        Some(Mention { span: c.span, text, name, partial: c.partial, repaired: c.repaired })
                    })
                    .collect()
            })
            .collect()
    }

    /// True when every part of `partial` agrees closely with a part of
    /// the full name.
    pub(crate) fn part_of(&self, full: &Name, partial: &Name) -> bool {
        full.parts().len() >= 2
            && partial
                .parts()
                .iter()
                .all(|p| full.parts().iter().any(|q| crate::score::part_similarity(p, q).0 >= 0.85))
    }

    /// For each mention of one document, the full mention it refers to:
    /// for a partial mention ("Meshaal"), the nearest agreeing full name
    /// before it, else after it; `None` for full mentions and for partial
    /// ones with no full name in the document.
    ///
    /// ```
    /// use newswire_names::MentionFinder;
    ///
    /// let f = MentionFinder::new();
    /// let ms = f.find("Khaled Meshaal met Ali Karimi. Meshaal spoke, then Karimi.");
    /// assert_eq!(f.antecedents(&ms), [None, None, Some(0), Some(1)]);
    /// ```
    pub fn antecedents(&self, mentions: &[Mention]) -> Vec<Option<usize>> {
        // Full mentions grouped by spelling: each partial spelling is
        // checked once against each full spelling, then placed by binary
        // search, so a long document stays linear.
        let mut fulls: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
        for (i, m) in mentions.iter().enumerate().filter(|(_, m)| !m.is_partial()) {
            fulls.entry(m.as_str()).or_default().push(i);
        }
        let mut agreeing: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
        (0..mentions.len())
            .map(|k| {
                let m = &mentions[k];
                if !m.is_partial() {
                    return None;
                }
                let positions = agreeing.entry(m.as_str()).or_insert_with(|| {
                    let mut at: Vec<usize> = fulls
                        .values()
                        .filter(|at| self.supports(mentions[at[0]].name(), m.name()))
                        .flatten()
                        .copied()
                        .collect();
                    at.sort_unstable();
                    at
                });
                let i = positions.partition_point(|&p| p < k);
                if i > 0 { positions.get(i - 1) } else { positions.get(i) }.copied()
            })
            .collect()
    }

    /// True when the full name can be what the partial one refers to:
    /// every part of the partial agrees with a part of the full name.
    pub(crate) fn supports(&self, full: &Name, partial: &Name) -> bool {
        if full.parts().len() < 2 {
            return false;
        }
        self.part_of(full, partial) || (partial.parts().len() == 1 && self.matcher.score_parsed(full, partial) >= 0.6)
    }
}

/// A word of a sentence with what the scanner needs to know about it.
struct Word<'h> {
    span: Span,
    text: &'h str,
    kind: TokenKind,
    script: Script,
}

fn words(text: &str, sentence: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for t in newswire_text::Tokens::within(text, sentence) {
        // "Hamas.Khaled": a full stop between a word and a capital, where
        // scraping lost the space.
        let s = t.as_str();
        let glued = s
            .char_indices()
            .find(|&(i, c)| c == '.' && i > 0 && s[i + 1..].chars().next().is_some_and(char::is_uppercase));
        if let (Some((i, _)), TokenKind::Word) = (glued, t.kind()) {
            let (a, b) =
                (Span::new(t.span().start, t.span().start + i), Span::new(t.span().start + i + 1, t.span().end));
            out.push(Word { span: a, text: &text[a], kind: TokenKind::Word, script: t.script() });
            out.push(Word {
                span: Span::new(a.end, b.start),
                text: ".",
                kind: TokenKind::Punct,
                script: Script::Common,
            });
            out.push(Word { span: b, text: &text[b], kind: TokenKind::Word, script: t.script() });
            continue;
        }
        out.push(Word { span: t.span(), text: s, kind: t.kind(), script: t.script() });
    }
    out
}

fn candidates(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for p in Segmenter::new().paragraphs(text) {
        if matches!(p.kind(), ParagraphKind::Debris | ParagraphKind::Meta) {
            continue;
        }
        // A title-case headline ("Hillary Clinton Was Headed to …")
        // capitalises every word, so capitals say nothing about names there.
        if is_title_case(p.as_str()) {
            continue;
        }
        for s in p.sentences() {
            let ws = words(text, s.span());
            latin_candidates(text, &ws, &mut out);
            arabic_candidates(&ws, &mut out);
        }
    }
    out
}

fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && (w.chars().count() == 1 || w.chars().any(char::is_lowercase))
}

fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).filter(|r| !r.is_empty())
}

fn particle_kind(w: &str) -> Option<ParticleKind> {
    lexicon::particle(&fold(w)).filter(|k| !matches!(k, ParticleKind::Suffix))
}

/// Role of a word in a capitalised run.
#[derive(Clone, Copy, PartialEq)]
enum Piece {
    Name,
    Particle,
    Honorific,
    Role,
    Org,
    Stop,
    Place,
}

fn piece(w: &str) -> Piece {
    let lower = w.to_lowercase();
    match lexicon::context_word(&lower) {
        Some(ContextKind::Role) => return Piece::Role,
        Some(ContextKind::Org) => return Piece::Org,
        Some(ContextKind::Stop) => return Piece::Stop,
        Some(ContextKind::Honorific) => return Piece::Honorific,
        Some(ContextKind::Place) => return Piece::Place,
        // Weekdays and months end a run before they are reached.
        Some(ContextKind::Time) => return Piece::Stop,
        None => {}
    }
    if lexicon::title(&fold(w)) == Some(lexicon::TitleKind::Title) {
        return Piece::Honorific;
    }
    if particle_kind(w).is_some() {
        return Piece::Particle;
    }
    Piece::Name
}

fn latin_candidates(text: &str, ws: &[Word<'_>], out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < ws.len() {
        // Collect a run: (span, name text, piece).
        let mut run: Vec<(Span, String, Piece)> = Vec::new();
        let mut j = i;
        let mut ended_by_possessive = false;
        while j < ws.len() {
            let w = &ws[j];
            if w.script != Script::Latin || w.kind != TokenKind::Word {
                // "D-Nev.", "R-Ohio": a party and state tag, not a name.
                let party_tag = matches!(w.text, "-" | "‐") && run.len() == 1 && run[0].1.chars().count() == 1;
                if party_tag {
                    run.clear();
                    j += 2;
                    break;
                }
                // A hyphen or initial's full stop inside a run.
                let joins = matches!(w.text, "-" | "‐")
                    && !run.is_empty()
                    && ws.get(j + 1).is_some_and(|n| is_capitalised(n.text));
                let initial_dot = w.text == "."
                    && run.last().is_some_and(|r| r.1.chars().count() == 1)
                    && w.span.start == run.last().map_or(0, |r| r.0.end);
                if joins || initial_dot {
                    if initial_dot {
                        if let Some(last) = run.last_mut() {
                            last.0 = Span::new(last.0.start, w.span.end);
                        }
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            let (core, possessive) = match strip_possessive(w.text) {
                Some(c) => (c, true),
                None => (w.text, false),
            };
            let lower_particle = !is_capitalised(core) && particle_kind(core).is_some() && !run.is_empty();
            if !is_capitalised(core) && !lower_particle {
                break;
            }
            // "Florida Friday", "Netanyahu Tuesday": a weekday or month
            // is never part of a name, and what follows it is another run.
            if lexicon::context_word(&core.to_lowercase()) == Some(ContextKind::Time) {
                if run.is_empty() {
                    j += 1;
                }
                break;
            }
            let span = Span::new(w.span.start, w.span.start + core.len());
            run.push((span, core.to_string(), piece(core)));
            j += 1;
            if possessive {
                ended_by_possessive = true;
                break;
            }
        }
        let preceded_by_the = i > 0 && ws[i - 1].text.eq_ignore_ascii_case("the");
        let _ = ended_by_possessive;
        if !run.is_empty() && !preceded_by_the {
            if let Some(mut c) = shape_run(text, run) {
                let first_word = ws.iter().find(|w| w.kind == TokenKind::Word).map(|w| w.span.start);
                c.opens_sentence = first_word == Some(c.span.start);
                out.push(c);
            }
        }
        i = j.max(i + 1);
    }
}

/// Turns a capitalised run into a candidate: drops leading function words,
/// cuts at the last role word, rejects organisation names.
fn shape_run(text: &str, mut run: Vec<(Span, String, Piece)>) -> Option<Candidate> {
    // Sentence-opening function words and leading place, nationality or
    // party words ("Republican Donald Trump") are not part of the name.
    while run.first().is_some_and(|r| matches!(r.2, Piece::Stop | Piece::Place)) {
        run.remove(0);
    }
    // "Amir Sheikh Tamim": an ambiguous title before an honorific is a role.
    for k in 0..run.len().saturating_sub(1) {
        if run[k + 1].2 == Piece::Honorific && lexicon::title(&fold(&run[k].1)).is_some() {
            run[k].2 = Piece::Role;
        }
    }
    if let Some(last_role) = run.iter().rposition(|r| r.2 == Piece::Role) {
        run.drain(..=last_role);
    }
    if run.iter().any(|r| matches!(r.2, Piece::Org | Piece::Stop | Piece::Role)) {
        return None;
    }
    while run.last().is_some_and(|r| matches!(r.2, Piece::Particle | Piece::Honorific)) {
        run.pop();
    }
    let first = run.first()?;
    let last = run.last()?;
    // A place word after the first name word is a surname ("George
    // Washington").
    let words: Vec<String> =
        run.iter().filter(|r| matches!(r.2, Piece::Name | Piece::Place)).map(|r| r.1.clone()).collect();
    if words.is_empty() || words.iter().any(|w| w.chars().all(|c| c.is_uppercase()) && w.chars().count() > 1) {
        return None;
    }
    // A lone capital is an initial or a sentence-opening article ("A man").
    if words.iter().all(|w| w.chars().count() == 1) {
        return None;
    }
    let starts_with_particle = first.2 == Piece::Particle;
    let partial = words.len() < 2 || starts_with_particle;
    let span = Span::new(first.0.start, last.0.end);
    let _ = text;
    Some(Candidate { span, words, partial, repaired: false, opens_sentence: false })
}

fn arabic_candidates(ws: &[Word<'_>], out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < ws.len() {
        if ws[i].script == Script::Arabic && lexicon::arabic_cue(ws[i].text) == Some(ArabicCue::Before) {
            let mut j = i + 1;
            // Skip further titles: "الرئيس الدكتور".
            while j < ws.len() && lexicon::arabic_cue(ws[j].text) == Some(ArabicCue::Before) {
                j += 1;
            }
            let start = j;
            while j < ws.len()
                && j - start < 4
                && ws[j].script == Script::Arabic
                && ws[j].kind == TokenKind::Word
                && lexicon::arabic_cue(ws[j].text).is_none()
            {
                j += 1;
            }
            // Only a role noun closing the run shows where the name ends.
            let closed = ws.get(j).is_some_and(|w| lexicon::arabic_cue(w.text) == Some(ArabicCue::After));
            if j - start >= 2 && closed {
                let span = Span::new(ws[start].span.start, ws[j - 1].span.end);
                let words = ws[start..j].iter().map(|w| w.text.to_string()).collect();
                out.push(Candidate { span, words, partial: false, repaired: false, opens_sentence: false });
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
}

/// "Velayatistated": the last word of a candidate starts with a name
/// word seen standing alone elsewhere and goes on in lower case.
fn repair_glued(text: &str, c: &mut Candidate, vocab: &HashSet<String>) {
    let Some(last) = c.words.last().cloned() else { return };
    if last.chars().count() < 7 {
        return;
    }
    let best = vocab
        .iter()
        .filter(|v| v.len() >= 4 && v.len() + 3 <= last.len() && last.starts_with(v.as_str()))
        .filter(|v| last[v.len()..].chars().all(|ch| ch.is_ascii_lowercase()))
        .max_by_key(|v| v.len());
    let Some(v) = best else { return };
    let cut = last.len() - v.len();
    if !text[c.span].ends_with(&last) {
        return;
    }
    c.span = Span::new(c.span.start, c.span.end - cut);
    if let Some(w) = c.words.last_mut() {
        *w = v.clone();
    }
    c.repaired = true;
}

/// "Regional Tour Velayati": leading capitalised words that are neither
/// known name words nor seen elsewhere in the corpus, before a last word
/// that is, belong to a heading glued to the sentence: keep the last word.
fn trim_unknown_heads(cands: &mut [Vec<Candidate>]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for c in cands.iter().flatten() {
        for w in &c.words {
            *seen.entry(w.clone()).or_default() += 1;
        }
    }
    for c in cands.iter_mut().flatten() {
        if c.partial || c.words.len() < 3 {
            continue;
        }
        let (last, head) = match c.words.split_last() {
            Some(x) => x,
            None => continue,
        };
        let unknown = |w: &String| seen.get(w).copied().unwrap_or(0) <= 1 && !lexicon::is_known_name(&fold(w));
        if seen.get(last).copied().unwrap_or(0) > 1 && head.iter().all(unknown) {
            let last = last.clone();
            c.span = Span::new(c.span.end - last.len(), c.span.end);
            c.words = vec![last];
            c.partial = true;
        }
    }
}

fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> =
        line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    // Headlines do not end like sentences; a sentence dense with names
    // ("Foreign Minister Ali Akbar Velayati met …") does.
    let headline = !line.trim_end().ends_with(['.', '!', '?', '”', '"']);
    (headline && words.len() >= 4 && caps * 10 >= words.len() * 8)
        || (words.len() >= 8 && caps * 100 >= words.len() * 85)
}
