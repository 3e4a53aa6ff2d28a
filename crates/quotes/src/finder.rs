//! Finding quotes and attributing them, sieve by sieve.

use newswire_names::{Mention, MentionFinder};
use std::collections::HashMap;

use newswire_text::{ParagraphKind, Segmenter, Span, TokenKind};

use crate::lexicon::{self, Cue};
use crate::marks::{self, Marked};
use crate::quote::{Quote, QuoteKind, Speaker};

/// Finds quotes and reported speech in news text and attributes them.
///
/// ```
/// use newswire_quotes::{QuoteFinder, QuoteKind};
///
/// let text = "Khaled Meshaal met the minister in Doha.\n\
///             “The resistance is at its peak,” Meshaal said. “We will not stop.”\n\
///             He added that the talks would continue.";
/// let quotes = QuoteFinder::new().find(text);
/// let got: Vec<_> = quotes.iter().map(|q| (q.kind(), q.as_str(), q.speaker().map(|s| s.text.as_str()), q.sieve())).collect();
/// assert_eq!(got, [
///     (QuoteKind::Direct, "The resistance is at its peak,", Some("Meshaal"), "trailing-cue"),
///     (QuoteKind::Direct, "We will not stop.", Some("Meshaal"), "continuation"),
///     (QuoteKind::Indirect, "the talks would continue", Some("He"), "reported"),
/// ]);
/// assert_eq!(quotes[2].speaker().and_then(|s| s.resolved.as_deref()), Some("Khaled Meshaal"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteFinder {
    _private: (),
}

/// A word or punctuation token with its lower-case form.
struct Tok<'h> {
    span: Span,
    text: &'h str,
    lower: String,
    word: bool,
}

fn toks(text: &str, span: Span) -> Vec<Tok<'_>> {
    newswire_text::Tokens::within(text, span)
        .map(|t| Tok {
            span: t.span(),
            text: t.as_str(),
            lower: t.as_str().to_lowercase().replace('’', "'"),
            word: matches!(t.kind(), TokenKind::Word | TokenKind::Number),
        })
        .collect()
}

/// An attribution found by a sieve.
struct Found {
    speaker: Span,
    cue: Option<Span>,
    sieve: &'static str,
}

impl QuoteFinder {
    /// A finder with the default sieves.
    pub const fn new() -> QuoteFinder {
        QuoteFinder { _private: () }
    }

    /// Quotes and reported statements of `haystack`, in text order.
    pub fn find<'h>(&self, haystack: &'h str) -> Vec<Quote<'h>> {
        let persons = MentionFinder::new().find(haystack);
        let mut ctx = Resolve::new(haystack, &persons);
        let curly = haystack.contains(['“', '”']);
        let mut out: Vec<Quote<'h>> = Vec::new();
        let mut last_para_quote: Option<(Option<Speaker>, bool)> = None;
        let mut prev_para: Option<Span> = None;
        for p in Segmenter::new().paragraphs(haystack) {
            let prev_para = prev_para.replace(p.span());
            if matches!(p.kind(), ParagraphKind::Debris | ParagraphKind::Meta | ParagraphKind::Heading) {
                last_para_quote = None;
                continue;
            }
            let sentences: Vec<Span> = p.sentences().map(|s| s.span()).collect();
            // Transcripts: "PENCE: Well, look, …" — the label is the speaker
            // and the rest of the paragraph is what they said.
            if let Some(q) = transcript_turn(haystack, p.span(), &ctx) {
                last_para_quote = Some((q.speaker.clone(), true));
                out.push(q);
                continue;
            }
            let marked = marks::scan(haystack, p.span());
            ctx.marked.extend(marked.iter().copied());
            let mut prev_speaker: Option<Speaker> = None;
            let mut ended_with_quote = false;
            // Titles in marks leave their sentence to reported speech.
            let mut titles: Vec<Span> = Vec::new();
            for (k, m) in marked.iter().enumerate() {
                let words = haystack[m.inner.range()].split_whitespace().count();
                let open_sent = sentence_of(&sentences, m.outer.start);
                let close_sent = sentence_of(&sentences, m.outer.end.saturating_sub(1));
                // `“…ended.” Mr. Smith said.`: the quote closed its sentence,
                // so the cue is in the next one.
                let after_sent = if haystack[m.outer.end..close_sent.end.max(m.outer.end)].trim().is_empty() {
                    sentences
                        .iter()
                        .copied()
                        .find(|s| s.start >= m.outer.end)
                        .map_or(close_sent, |n| Span::new(close_sent.start, n.end))
                } else {
                    close_sent
                };
                let found = trailing(haystack, after_sent, m.outer.end)
                    .or_else(|| leading(haystack, open_sent, m.outer.start))
                    .or_else(|| dash(haystack, after_sent, m.outer.end))
                    .or_else(|| colon_before(haystack, p.span(), m.outer.start, prev_para));
                let (mut kind, mut span) = (QuoteKind::Direct, m.inner);
                if let Some(clause) = found.as_ref().and_then(|f| mixed_clause(haystack, open_sent, m, f)) {
                    kind = QuoteKind::Mixed;
                    span = clause;
                }
                let speaker = match &found {
                    Some(f) => Some(make_speaker(haystack, f.speaker, &ctx)),
                    None => {
                        // A cue-less quote right after an attributed one
                        // continues it, within the paragraph or across a
                        // paragraph that opens with the quote.
                        let opens_para = haystack[p.span().start..m.outer.start].trim().is_empty();
                        if k > 0 && prev_speaker.is_some() {
                            prev_speaker.clone()
                        } else if opens_para {
                            last_para_quote.clone().and_then(|(s, ended)| if ended { s } else { None })
                        } else {
                            None
                        }
                    }
                };
                // A short quote with no cue and nothing to continue is a
                // scare quote ("the ‘Axis of Unity’").
                if found.is_none() && speaker.is_none() && words <= 4 {
                    continue;
                }
                // A straight mark left open in a text set with curly marks
                // is a stray (pasted) character, not a quotation.
                if curly && !m.closed && found.is_none() && haystack[m.outer.range()].starts_with('"') {
                    continue;
                }
                // A title in quotation marks ("on CBS’s “Face the Nation,”",
                // "an ad titled “Arrogant”") is not speech.
                if is_title(haystack, m) {
                    titles.push(m.outer);
                    continue;
                }
                let mut sieve = match (&found, &speaker) {
                    (Some(f), _) => f.sieve,
                    (None, Some(_)) => "continuation",
                    (None, None) => "none",
                };
                // The only person named in the paragraph before the quote.
                let speaker = speaker.or_else(|| {
                    let before: Vec<&Mention> = ctx.persons_within(p.span().start, m.outer.start).iter().collect();
                    let only = before.last().filter(|last| {
                        before.iter().all(|x| {
                            x.name().parts().last().map(|q| q.skeleton())
                                == last.name().parts().last().map(|q| q.skeleton())
                        })
                    })?;
                    sieve = "paragraph-candidate";
                    Some(make_speaker(haystack, only.span(), &ctx))
                });
                let span = trim_span(haystack, span);
                if span.is_empty() {
                    continue;
                }
                prev_speaker = speaker.clone();
                ended_with_quote = haystack[m.outer.end..p.span().end].trim().len() <= 2 || found.is_some();
                out.push(Quote { haystack, span, kind, speaker, cue: found.and_then(|f| f.cue), sieve });
            }
            last_para_quote =
                out.last().filter(|q| p.span().contains(q.span.start)).map(|q| (q.speaker.clone(), ended_with_quote));
            for s in &sentences {
                if marked.iter().any(|m| m.outer.overlaps(*s) && !titles.contains(&m.outer)) {
                    continue;
                }
                if let Some(q) = reported(haystack, *s, &ctx) {
                    out.push(q);
                }
            }
        }
        out.sort_by_key(|q| q.span.start);
        out
    }
}

/// Words between a speaker and the cue ("my father often said", "she
/// has said").
fn is_adverb_or_aux(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "often"
            | "then"
            | "later"
            | "again"
            | "once"
            | "always"
            | "never"
            | "still"
            | "even"
            | "just"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "first"
            | "simply"
    )
}

/// A quoted title: a few title-case words right after a word that
/// introduces a name of a show, work or slogan, or after a possessive.
fn is_title(text: &str, m: &Marked) -> bool {
    let inner = text[m.inner.range()].trim_end_matches([',', '.', ' ', '!', '?']);
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return false;
    }
    let title_case = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || matches!(*w, "a" | "an" | "the" | "of" | "and" | "in" | "on" | "for" | "to" | "at" | "with" | "or")
    });
    if !title_case {
        return false;
    }
    let before = text[..m.outer.start].trim_end();
    let last_raw = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let last = last_raw.trim_end_matches([',', ':']).to_lowercase();
    // A nickname between a given name and a surname: Marcia “Cia” Price.
    let after = text[m.outer.end..].trim_start();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let nickname = words.len() == 1 && capital(last_raw) && !last_raw.ends_with([',', '.', ':']) && capital(after);
    nickname
        || matches!(
            last.as_str(),
            "on" | "of"
                | "titled"
                | "commentary"
                | "essay"
                | "article"
                | "editorial"
                | "entitled"
                | "called"
                | "dubbed"
                | "named"
                | "nicknamed"
                | "nickname"
                | "show"
                | "program"
                | "programme"
                | "series"
                | "book"
                | "film"
                | "movie"
                | "song"
                | "anthem"
                | "album"
                | "ad"
                | "headlined"
                | "slogan"
                | "hashtag"
                | "column"
        )
        || last.ends_with("’s")
        || last.ends_with("'s")
}

fn sentence_of(sentences: &[Span], at: usize) -> Span {
    sentences
        .iter()
        .copied()
        .find(|s| s.start <= at && at < s.end.max(s.start + 1))
        .unwrap_or_else(|| sentences.iter().copied().rfind(|s| s.start <= at).unwrap_or(Span::new(at, at)))
}

fn trim_span(text: &str, s: Span) -> Span {
    let inner = &text[s.range()];
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

fn is_speech(t: &Tok<'_>) -> bool {
    t.word && lexicon::cue(&t.lower) == Some(Cue::Speech)
}

/// A plausible speaker noun phrase: a pronoun, a capitalised name, or a
/// phrase headed by a person noun ("the top Iranian diplomat").
fn acceptable_np(ts: &[Tok<'_>]) -> bool {
    plausible_np(ts, false)
}

/// [`acceptable_np`]; `strict` also rejects clause-like phrases ("Tehran
/// leads what it").
fn plausible_np(ts: &[Tok<'_>], strict: bool) -> bool {
    let words: Vec<&Tok<'_>> = ts.iter().filter(|t| t.word).collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let last = words[words.len() - 1];
    // Lower-case words only as modifiers of a name that follows ("widow
    // Terry Strada") or in a description ("the top Iranian diplomat");
    // "Tehran leads what it" is a clause, not a speaker.
    let capital = |w: &Tok<'_>| w.text.chars().next().is_some_and(char::is_uppercase);
    let clause_like = words.iter().enumerate().any(|(k, w)| {
        !capital(w)
            && !lexicon::is_modifier(&w.lower)
            && !lexicon::is_person_noun(&w.lower)
            && lexicon::role_of(&w.lower).is_none()
            && !w.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
            && !words[k + 1..].iter().any(|x| capital(x))
    });
    if clause_like && strict {
        return false;
    }
    lexicon::is_person_noun(&last.lower)
        || words.iter().any(|w| {
            w.text.chars().next().is_some_and(char::is_uppercase)
                && !matches!(
                    w.lower.as_str(),
                    "the" | "a" | "an" | "but" | "and" | "in" | "on" | "it" | "this" | "that" | "there"
                )
        })
}

/// The speaker part of the words before or after a cue: after a relative
/// word ("… check out what he called" → "he"), without sentence-opening
/// adverbials ("During a", "To which she" → "she"). `None` when the words
/// are a clause, not a noun phrase ("His terminology was off",
/// "sponsored by NBC News and").
fn tidy_np<'a, 'h>(np: &'a [Tok<'h>]) -> Option<&'a [Tok<'h>]> {
    let words: Vec<usize> = (0..np.len()).filter(|&i| np[i].word).collect();
    let last = *words.last()?;
    if matches!(np[last].lower.as_str(), "and" | "but" | "or") {
        return None;
    }
    // A verb, modal or negation inside: a clause ("An attorney for X did
    // not", "They wouldn't", "would need a majority to").
    let verbal = |w: &str| {
        matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "did"
                | "does"
                | "do"
                | "would"
                | "will"
                | "can"
                | "could"
                | "should"
                | "must"
                | "might"
                | "please"
                | "rate"
                | "failed"
                | "continue"
                | "renewed"
        ) || w.ends_with("n't")
            || w.ends_with("n’t")
    };
    if words.iter().any(|&i| verbal(&np[i].lower)) {
        return None;
    }
    let mut from = words
        .iter()
        .rposition(|&i| matches!(np[i].lower.as_str(), "what" | "which" | "whom"))
        .map_or(0, |k| words.get(k + 1).copied().unwrap_or(np.len()));
    while from < np.len()
        && (!np[from].word
            || lexicon::is_clause_opener(&np[from].lower)
                && !lexicon::is_pronoun(&np[from].lower)
                && np.get(from + 1).is_some())
    {
        from += 1;
    }
    let rest = &np[from..];
    rest.iter().any(|t| t.word).then_some(rest)
}

/// The attribution to `np` when it is a plausible speaker.
fn attribution(np: &[Tok<'_>], cue: Option<Span>, sieve: &'static str) -> Option<Found> {
    let np = tidy_np(np)?;
    if !acceptable_np(np) {
        return None;
    }
    Some(Found { speaker: np_span(np)?, cue, sieve })
}

fn np_span(ts: &[Tok<'_>]) -> Option<Span> {
    let first = ts.iter().position(|t| t.word)?;
    let last = ts.iter().rposition(|t| t.word)?;
    Some(Span::new(ts[first].span.start, ts[last].span.end))
}

/// `“…,” NP said` / `“…,” said NP` / `“…,” according to NP`.
fn trailing(text: &str, sent: Span, after: usize) -> Option<Found> {
    if after >= sent.end {
        return None;
    }
    let ts = toks(text, Span::new(after, sent.end));
    let start = ts.iter().position(|t| t.word)?;
    // Only punctuation between the quote and the cue region.
    if ts[..start].iter().any(|t| matches!(t.text, "“" | "\"" | "”")) {
        return None;
    }
    let ts = &ts[start..];
    if ts.len() >= 2 && ts[0].lower == "according" && ts[1].lower == "to" {
        let end =
            ts[2..].iter().position(|t| matches!(t.text, "," | ";" | "." | "“" | "\"")).map_or(ts.len(), |e| e + 2);
        return attribution(&ts[2..end], Some(Span::new(ts[0].span.start, ts[1].span.end)), "according-to");
    }
    let limit = ts.iter().position(|t| matches!(t.text, "!" | "?" | ";" | "“" | "\"")).unwrap_or(ts.len()).min(25);
    let v = ts[..limit].iter().position(is_speech)?;
    if v == 0 {
        // said NP[, …]: up to a comma or bracket ("said 9/11 widow Terry
        // Strada", "said Rep. Jim Jordan (R-Ohio), an …").
        let end =
            ts[1..].iter().position(|t| matches!(t.text, "," | ";" | "“" | "\"" | "(")).map_or(ts.len(), |e| e + 1);
        let mut np = &ts[1..end.min(10)];
        while np.last().is_some_and(|t| t.text == ".") {
            np = &np[..np.len() - 1];
        }
        if np.first().is_some_and(|t| matches!(t.lower.as_str(), "that" | "in" | "on" | "to" | "it")) {
            return None;
        }
        return attribution(np, Some(ts[0].span), "trailing-cue");
    }
    let mut np_end = v;
    while np_end > 0
        && (is_adverb_or_aux(&ts[np_end - 1].lower) || ts[np_end - 1].word && ts[np_end - 1].lower.ends_with("ly"))
    {
        np_end -= 1;
    }
    // "Rep. Elijah E. Cummings (D-Md.) said": the bracketed party is not
    // part of the name.
    let mut np = &ts[..np_end];
    // "Mitch McConnell, R-Ky., said": the name before the apposition.
    if let Some(comma) = np.iter().position(|t| t.text == ",") {
        np = &np[..comma];
    }
    if !acceptable_np(np) {
        return None;
    }
    let close = np.iter().position(|t| t.text == "(").unwrap_or(np.len());
    let kept = &np[..close];
    attribution(if kept.iter().any(|t| t.word) { kept } else { np }, Some(ts[v].span), "trailing-cue")
}

/// `NP said: “…”` / `NP said that “…”` / `According to NP, “…”`.
fn leading(text: &str, sent: Span, before: usize) -> Option<Found> {
    if before <= sent.start {
        return None;
    }
    let ts = toks(text, Span::new(sent.start, before));
    if ts.len() >= 3 && ts[0].lower == "according" && ts[1].lower == "to" {
        let end = ts.iter().position(|t| t.text == ",").unwrap_or(ts.len());
        let np = &ts[2..end.max(2)];
        return attribution(np, Some(Span::new(ts[0].span.start, ts[1].span.end)), "according-to");
    }
    let v = ts.iter().rposition(is_speech)?;
    // "Said Ellis:" — the verb first, the speaker after it.
    let after: Vec<&Tok<'_>> = ts[v + 1..].iter().filter(|t| t.word).collect();
    if !after.is_empty() && after.len() <= 4 && ts.last().is_some_and(|t| t.text == ":") {
        let np = &ts[v + 1..ts.len() - 1];
        if let Some(f) = attribution(np, Some(ts[v].span), "leading-cue") {
            return Some(f);
        }
    }
    // "It goes without saying that …": a manner, not a speaker's cue.
    if ts[v].lower.ends_with("ing") && v > 0 && matches!(ts[v - 1].lower.as_str(), "without" | "by") {
        return None;
    }
    // "footage of Trump saying, “…”": a name right before the participle
    // is its speaker.
    if ts[v].lower.ends_with("ing") && v > 1 {
        let capital = |t: &Tok<'_>| t.word && t.text.starts_with(char::is_uppercase);
        let mut k = v;
        while k > 0 && capital(&ts[k - 1]) {
            k -= 1;
        }
        if k < v && k > 0 {
            if let Some(f) = attribution(&ts[k..v], Some(ts[v].span), "leading-cue") {
                return Some(f);
            }
        }
    }
    // "He then defended the remark, saying, “…”": a participle's speaker is
    // the subject the sentence opened with.
    if ts[v].lower.ends_with("ing") {
        // "During a speech on Monday, Trump attacked …, saying": the
        // subject comes after an opening adverbial and its comma.
        let from = if ts.first().is_some_and(|t| lexicon::is_clause_opener(&t.lower) && !lexicon::is_pronoun(&t.lower))
        {
            ts[..v].iter().position(|t| t.text == ",").map_or(0, |c| c + 1)
        } else {
            0
        };
        let subj = &ts[from..];
        let subj_end = subj
            .iter()
            .position(|t| {
                !t.word
                    || (t.text.chars().next().is_some_and(char::is_lowercase)
                        && !lexicon::is_person_noun(&t.lower)
                        && !matches!(t.lower.as_str(), "the" | "a" | "an"))
            })
            .unwrap_or(0);
        if subj_end > 0 {
            return attribution(&subj[..subj_end], Some(ts[v].span), "leading-cue");
        }
    }
    // The noun phrase: back from the verb to a clause boundary.
    let mut np_end = v;
    while np_end > 0 && (ts[np_end - 1].lower == "also" || ts[np_end - 1].word && ts[np_end - 1].lower.ends_with("ly"))
    {
        np_end -= 1;
    }
    let np_start = ts[..np_end]
        .iter()
        .rposition(|t| {
            matches!(t.text, "," | ";" | ":" | "“" | "”" | "\"")
                || t.lower == "and"
                || t.lower == "but"
                || t.lower == "while"
        })
        .map_or(0, |i| i + 1);
    let np = &ts[np_start..np_end];
    let cue_then_quote = !ts[v + 1..].iter().any(|t| t.word);
    if !np.iter().any(|t| t.word) && np_start > 0 && cue_then_quote {
        // "Jane Roe, who runs the campaign, said, “…”", "…, I laughed and
        // said, “…”": the subject opens the clause before, or the sentence.
        let clause_start =
            ts[..np_start - 1].iter().rposition(|t| matches!(t.text, "," | ";" | ":")).map_or(0, |i| i + 1);
        for from in [clause_start, 0] {
            let run = &ts[from..np_start];
            let first = run.iter().position(|t| t.word).map(|i| &run[i..]);
            let Some(run) = first else { continue };
            let subject: &[Tok<'_>] = if lexicon::is_pronoun(&run[0].lower) {
                &run[..1]
            } else {
                let n = run
                    .iter()
                    .take_while(|t| t.word && t.text.starts_with(char::is_uppercase) || t.text == ".")
                    .count();
                &run[..n]
            };
            if subject.iter().any(|t| t.word) && !lexicon::is_clause_opener(&subject[0].lower)
                || subject.len() == 1 && lexicon::is_pronoun(&subject[0].lower)
            {
                if let Some(f) = attribution(subject, Some(ts[v].span), "leading-cue") {
                    return Some(f);
                }
            }
        }
        return None;
    }
    let found = plausible_np(np, true).then(|| np_span(np)).flatten()?;
    Some(Found { speaker: found, cue: Some(ts[v].span), sieve: "leading-cue" })
}

/// `“…” — Name`.
fn dash(text: &str, sent: Span, after: usize) -> Option<Found> {
    let ts = toks(text, Span::new(after, sent.end.max(after)));
    let first = ts.first()?;
    if !matches!(first.text, "—" | "–" | "-" | "―") {
        return None;
    }
    let end = ts[1..].iter().position(|t| !t.word).map_or(ts.len(), |e| e + 1);
    let np = &ts[1..end];
    if !np.iter().any(|t| t.text.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    Some(Found { speaker: np_span(np)?, cue: None, sieve: "dash" })
}

/// For a quote that is a fragment of a reported clause ("the US is
/// “actually a party to the war”"), the clause from after the cue to the
/// end of the quote.
fn mixed_clause(text: &str, sent: Span, m: &Marked, f: &Found) -> Option<Span> {
    let cue = f.cue?;
    if f.sieve != "leading-cue" || cue.end > m.outer.start {
        return None;
    }
    let between = toks(text, Span::new(cue.end, m.outer.start));
    // "saying that despite advising others…, the US government is “…”":
    // the clause the quote belongs to starts after the last comma.
    let from = between.iter().rposition(|t| t.text == ",").map_or(0, |i| i + 1);
    let content: Vec<&Tok<'_>> = between[from..].iter().filter(|t| t.word && t.lower != "that").collect();
    if content.is_empty() {
        return None;
    }
    let start = content[0].span.start;
    let end = if m.closed { m.inner.end } else { sent.end.min(m.inner.end) };
    Some(Span::new(start, end.max(start)))
}

/// What speaker resolution needs: the document's person mentions, the
/// roles the document gives them, the quotation marks (mentions inside
/// quotes are not antecedents) and the speakers attributed so far.
pub(crate) struct Resolve<'a> {
    pub persons: &'a [Mention],
    /// Person mention index, role kind, the role's country.
    pub roles: Vec<(usize, &'static str, Option<&'static str>)>,
    pub marked: Vec<Marked>,
    pub speakers: std::cell::RefCell<Vec<(usize, String)>>,
    full_by_last: HashMap<&'a str, &'a str>,
}

impl<'a> Resolve<'a> {
    pub(crate) fn new(text: &str, persons: &'a [Mention]) -> Resolve<'a> {
        let roles = persons
            .iter()
            .enumerate()
            .filter_map(|(k, m)| crate::roles::role(text, m.span()).map(|r| (k, r.kind(), r.country())))
            .collect();
        // The first full name for each last word, for `longest_form`.
        let mut full_by_last: HashMap<&'a str, &'a str> = HashMap::new();
        for p in persons.iter().filter(|p| !p.is_partial()) {
            if let Some(last) = p.as_str().split_whitespace().last() {
                full_by_last.entry(last).or_insert(p.as_str());
            }
        }
        Resolve { persons, roles, marked: Vec::new(), speakers: std::cell::RefCell::new(Vec::new()), full_by_last }
    }

    /// Persons in text order (mentions come sorted): those starting at or
    /// after `from` and ending at or before `to`. A binary search, so a
    /// 100 MB document costs no more per quote than a short one.
    pub(crate) fn persons_within(&self, from: usize, to: usize) -> &'a [Mention] {
        let lo = self.persons.partition_point(|m| m.span().start < from);
        let hi = self.persons.partition_point(|m| m.span().start < to).max(lo);
        let persons = &self.persons[lo..hi];
        let end = persons.iter().rposition(|m| m.span().end <= to).map_or(0, |i| i + 1);
        &persons[..end]
    }

    /// The person mention overlapping `span`, if any.
    fn person_at(&self, span: Span) -> Option<&'a Mention> {
        let i = self.persons.partition_point(|m| m.span().end <= span.start);
        self.persons.get(i).filter(|m| m.span().overlaps(span))
    }

    /// Whether `span` lies inside a quotation (mentions there are not
    /// antecedents). Quotations are recorded in text order.
    fn quoted(&self, span: Span) -> bool {
        let i = self.marked.partition_point(|q| q.inner.start < span.end);
        self.marked[..i].iter().rev().take(4).any(|q| q.inner.overlaps(span))
    }

    /// The fullest earlier form of a person mention ("Meshaal" →
    /// "Khaled Meshaal").
    fn longest_form(&self, m: &Mention) -> String {
        if !m.is_partial() {
            return m.as_str().to_string();
        }
        let last = m.as_str().split_whitespace().last().unwrap_or("");
        self.full_by_last.get(last).map_or_else(|| m.as_str().to_string(), |f| f.to_string())
    }
}

/// The speaker mention, resolved to a person: a name to itself, a
/// description with a role ("the top Iranian diplomat") to the last
/// person given that role, a pronoun or other description to the last
/// speaker (or, failing that, the last person named).
fn make_speaker(text: &str, span: Span, ctx: &Resolve<'_>) -> Speaker {
    let written = &text[span.range()];
    let persons = ctx.persons;
    // "I", "we", "my father": the writer's side, nobody named in the text.
    let first_person =
        matches!(written.split_whitespace().next().map(str::to_lowercase).as_deref(), Some("i" | "we" | "my" | "our"));
    let resolved = match ctx.person_at(span) {
        _ if first_person => None,
        Some(m) => Some(ctx.longest_form(m)),
        None => {
            let lower = written.to_lowercase();
            let role = lexicon::role_of(&lower);
            // "the top Iranian diplomat" is not Qatar's foreign minister.
            let country = lexicon::country_of(&lower);
            let by_role = role.and_then(|r| {
                let earlier = |k: usize, rr: &str| rr == r && persons[k].span().end <= span.start;
                let same = ctx.roles.iter().rfind(|(k, rr, c)| earlier(*k, rr) && country.is_some() && *c == country);
                same.or_else(|| {
                    ctx.roles.iter().rfind(|(k, rr, c)| earlier(*k, rr) && (c.is_none() || country.is_none()))
                })
                .map(|(k, _, _)| ctx.longest_form(&persons[*k]))
            });
            let last_speaker =
                ctx.speakers.borrow().iter().rev().find(|(at, _)| *at < span.start).map(|(_, n)| n.clone());
            let looks_like_name =
                written.split_whitespace().next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && role.is_none()
                    && !lexicon::is_person_noun(&written.split_whitespace().last().unwrap_or("").to_lowercase())
                    && !matches!(
                        written.split_whitespace().next(),
                        Some("The" | "A" | "An" | "This" | "That" | "It" | "He" | "She" | "They" | "We" | "I")
                    );
            if looks_like_name {
                // A name the names crate did not confirm is still a name.
                Some(written.to_string())
            } else {
                by_role.or(last_speaker).or_else(|| {
                    {
                        // The last person named before, outside quotations.
                        ctx.persons_within(0, span.start).iter().rev().find(|m| !ctx.quoted(m.span()))
                    }
                    .map(|m| ctx.longest_form(m))
                })
            }
        }
    };
    if let Some(r) = &resolved {
        ctx.speakers.borrow_mut().push((span.start, r.clone()));
    }
    Speaker { span, text: written.to_string(), resolved }
}

/// Reported speech in a sentence without quotation marks:
/// `NP said (that) CLAUSE`, `According to NP, CLAUSE`, `CLAUSE, NP said.`,
/// `NP …, stating that CLAUSE`.
fn reported<'h>(text: &'h str, sent: Span, ctx: &Resolve<'_>) -> Option<Quote<'h>> {
    let ts = toks(text, sent);
    let words = |ts: &[Tok<'_>]| ts.iter().filter(|t| t.word).count();
    let clause = |ts: &[Tok<'_>]| -> Option<Span> {
        let first = ts.iter().find(|t| t.word)?;
        let last = ts.iter().rposition(|t| t.word).map(|i| ts[i].span.end)?;
        Some(Span::new(first.span.start, last))
    };
    let quote = |content: Span, np: &[Tok<'_>], cue: Span| -> Option<Quote<'h>> {
        let sp = make_speaker(text, np_span(np)?, ctx);
        Some(Quote {
            haystack: text,
            span: content,
            kind: QuoteKind::Indirect,
            speaker: Some(sp),
            cue: Some(cue),
            sieve: "reported",
        })
    };
    if ts.len() >= 4 && ts[0].lower == "according" && ts[1].lower == "to" {
        let comma = ts.iter().position(|t| t.text == ",")?;
        let (np, content) = (&ts[2..comma], &ts[comma + 1..]);
        if !acceptable_np(np) || words(content) < 4 {
            return None;
        }
        return quote(clause(content)?, np, Span::new(ts[0].span.start, ts[1].span.end));
    }
    // CLAUSE, NP said. / CLAUSE, NP told reporters.
    if let Some(v) = (0..ts.len()).rev().find(|&i| is_speech(&ts[i])).filter(|&v| verb_use(&ts, v)) {
        let tail: Vec<&Tok<'_>> = ts[v + 1..].iter().filter(|t| t.word).collect();
        let tail_ok = tail.iter().all(|t| {
            matches!(
                t.lower.as_str(),
                "reporters"
                    | "journalists"
                    | "on"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
            )
        });
        if tail_ok && v > 0 {
            if let Some(comma) = ts[..v].iter().rposition(|t| t.text == ",") {
                let (np, content) = (&ts[comma + 1..v], &ts[..comma]);
                let np = tidy_np(np).unwrap_or(&[]);
                if acceptable_np(np) && words(content) >= 4 {
                    return quote(clause(content)?, np, ts[v].span);
                }
            }
        }
    }
    // NP said (that) CLAUSE: every cue in turn, those followed by "that"
    // first ("expressed his greetings … and said that …").
    let mut cues: Vec<usize> =
        (0..ts.len()).filter(|&i| ts[i].word && lexicon::cue(&ts[i].lower).is_some() && verb_use(&ts, i)).collect();
    cues.sort_by_key(|&i| ts.get(i + 1).is_none_or(|t| t.lower != "that"));
    for v in cues {
        let coordinated = v > 0 && ts[v - 1].lower == "and";
        let np = if ts[v].lower.ends_with("ing") || coordinated {
            // The sentence's subject speaks: its first person mention when
            // it opens the sentence ("Iran’s Foreign Minister, Ali Akbar
            // Velayati, has expressed …, stating that …").
            if let Some(m) = ctx
                .persons_within(sent.start, sent.end)
                .iter()
                .find(|m| m.span().start < ts.get(14).map_or(sent.end, |t| t.span.start))
            {
                let first = ts.iter().position(|t| t.span.start >= m.span().start).unwrap_or(0);
                let last = ts.iter().rposition(|t| t.span.end <= m.span().end).unwrap_or(first);
                &ts[first..=last.max(first)]
            } else {
                // "…, stating that …": the sentence's subject speaks.
                let end = ts
                    .iter()
                    .position(|t| {
                        t.text == ","
                            || t.word
                                && t.text.chars().next().is_some_and(char::is_lowercase)
                                && !lexicon::is_person_noun(&t.lower)
                                && !matches!(t.lower.as_str(), "the" | "a" | "an" | "bin" | "al")
                    })
                    .unwrap_or(0);
                let end = if end == 0 { 0 } else { end };
                // "Iran’s Foreign Minister, Ali Akbar Velayati, has …":
                // the name after the title's comma.
                match tidy_np(&ts[..end]) {
                    Some(np) => np,
                    None => continue,
                }
            }
        } else {
            let mut np_end = v;
            while np_end > 0
                && (matches!(ts[np_end - 1].lower.as_str(), "also" | "has" | "have" | "had" | "then")
                    || ts[np_end - 1].word && ts[np_end - 1].lower.ends_with("ly"))
            {
                np_end -= 1;
            }
            let np_start = ts[..np_end]
                .iter()
                .rposition(|t| matches!(t.text, "," | ";" | ":") || t.lower == "and")
                .map_or(0, |i| i + 1);
            &ts[np_start..np_end]
        };
        // A clause is no speaker ("They wouldn't", "An attorney … did not").
        if tidy_np(np).is_none() || !acceptable_np(np) {
            continue;
        }
        let mut c = v + 1;
        while c < ts.len()
            && (matches!(ts[c].lower.as_str(), "that" | "reporters" | "journalists") || ts[c].text == ",")
        {
            c += 1;
        }
        if c + 2 < ts.len() && ts[c].lower == "in" && ts[c + 1].lower == "a" && ts[c + 2].lower == "statement" {
            c += 3;
            while c < ts.len() && matches!(ts[c].lower.as_str(), "that" | ",") {
                c += 1;
            }
        }
        let content = &ts[c.min(ts.len())..];
        if words(content) < 4 {
            continue;
        }
        let first = content.iter().find(|t| t.word);
        // "Reporting by …; editing by …" (a credit line), "called into a
        // radio show", "wrote from Kabul": no reported clause follows.
        if first.is_some_and(|t| matches!(t.lower.as_str(), "by" | "into" | "from")) {
            continue;
        }
        // "told The Huffington Post on Thursday": after "told" comes the
        // addressee; without a "that" there is no clause to report.
        if matches!(ts[v].lower.as_str(), "told" | "tells" | "tell")
            && first.is_some_and(|t| t.text.starts_with(char::is_uppercase))
            && !content.iter().any(|t| t.lower == "that")
        {
            continue;
        }
        return quote(clause(content)?, np, ts[v].span);
    }
    None
}

/// Whether the cue word at `i` is used as a verb. Capitalised inside a
/// sentence it is part of a name ("the United States to", "the U.S. State
/// Department"); after a possessive or a determiner it is a noun ("Iran’s
/// warning", "the statement").
fn verb_use(ts: &[Tok<'_>], i: usize) -> bool {
    let first_word = ts.iter().position(|t| t.word) == Some(i);
    if !first_word && ts[i].text.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // "WARNING: Video contains …": a label, not a verb.
    if ts[i].text.len() > 1 && !ts[i].text.chars().any(char::is_lowercase) {
        return false;
    }
    // Words more often nouns than speech verbs ("battleground state
    // Florida", "state counselor") report speech only before what was
    // said: "stated that …", "claims: …".
    let next = ts.get(i + 1).map(|t| t.lower.as_str());
    if matches!(ts[i].lower.as_str(), "state" | "states" | "warning") && !matches!(next, Some("that" | "," | ":")) {
        return false;
    }
    // A bare form opening the sentence is an imperative ("Now tell us"),
    // after "to" an infinitive ("no way to tell"): nobody is reported.
    let bare = matches!(ts[i].lower.as_str(), "tell" | "say" | "ask" | "write" | "explain" | "claim" | "state");
    if bare && (first_word || i.checked_sub(1).is_some_and(|k| matches!(ts[k].lower.as_str(), "to" | "now"))) {
        return false;
    }
    // "Everything he says is a lie": the cue sits in the subject.
    if matches!(next, Some("is" | "was" | "are" | "were")) {
        return false;
    }
    let Some(prev) = i.checked_sub(1).map(|k| &ts[k]) else { return true };
    // Passive ("have barely been mentioned"), or a manner or means
    // ("goes without saying", "by asking prosecutors"): nobody speaks.
    if matches!(prev.lower.as_str(), "been" | "be" | "being")
        || ts[i].lower.ends_with("ing") && matches!(prev.lower.as_str(), "without" | "by" | "of" | "for")
    {
        return false;
    }
    let possessive = prev.lower.ends_with("'s") || prev.lower.ends_with("’s") || prev.text == "'" || prev.text == "’";
    !possessive
        && !matches!(
            prev.lower.as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "whose"
        )
}

/// A transcript turn: a paragraph opening with a capitalised speaker label
/// and a colon ("PENCE:", "Mr. Smith:").
fn transcript_turn<'h>(text: &'h str, para: Span, ctx: &Resolve<'_>) -> Option<Quote<'h>> {
    let region = &text[para.range()];
    let colon = region.find(':')?;
    let label = region[..colon].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || colon > 40 {
        return None;
    }
    let upper = words
        .iter()
        .all(|w| w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && w.chars().any(char::is_alphabetic));
    if !upper {
        return None;
    }
    let start = para.start + colon + 1;
    let content = trim_span(text, Span::new(start, para.end));
    if content.is_empty() || text[content.range()].split_whitespace().count() < 3 {
        return None;
    }
    let label_span = Span::new(para.start + region.find(label)?, para.start + region.find(label)? + label.len());
    let sp = make_speaker(text, label_span, ctx);
    Some(Quote {
        haystack: text,
        span: content,
        kind: QuoteKind::Direct,
        speaker: Some(sp),
        cue: None,
        sieve: "transcript",
    })
}

/// `He said:` ending the previous paragraph, the quote opening this one.
fn colon_before(text: &str, para: Span, open: usize, prev_para: Option<Span>) -> Option<Found> {
    if !text[para.start..open].trim().is_empty() {
        return None;
    }
    let prev = prev_para?;
    let region = text[prev.range()].trim_end();
    if !region.ends_with(':') {
        return None;
    }
    let f = leading(text, Span::new(prev.start, prev.start + region.len()), prev.start + region.len() - 1)?;
    Some(Found { sieve: "leading-cue", ..f })
}
