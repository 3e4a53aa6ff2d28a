//! Paragraph and sentence segmentation tuned for scraped news text.
//!
//! Scraped articles put one paragraph per line, glue words across lost
//! spaces ("Hamas.Ismail"), end headlines and datelines without a full
//! stop, and keep page furniture ("Read More:") as lines of their own.
//! Generic UAX #29 sentence rules break "Hamas.Ismail" in two and know no
//! abbreviations, so sentence ends here are decided by news rules: a full
//! stop ends a sentence only when followed by space and a plausible
//! opener, and not after a title, initial or abbreviation.

use core::iter::FusedIterator;

use crate::lexicon::{self, AbbrevKind, DebrisMatch};
use crate::{Span, Tokens};

/// Where paragraphs break.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParagraphBreak {
    /// Every line break ends a paragraph: scraped news, JSONL corpora.
    #[default]
    Line,
    /// Only blank lines end a paragraph; single line breaks inside are
    /// wrapping (plain-text archives, e-mail, TimeML sources).
    BlankLine,
}

/// What a paragraph is, as far as its text shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// A title-like line without final punctuation: a headline or
    /// subheading.
    Heading,
    /// A short line of metadata: a timestamp, dateline, agency sign-off or
    /// figure with no words ("2023-10-31 20:22:40", "EFE").
    Meta,
    /// Page furniture left by scraping ("Read More:", "Error! Error
    /// occured!"). Extractors should not take speech or dates from it.
    Debris,
}

/// Splits text into paragraphs and sentences. Cheap to build, `Copy`, and
/// usable as a `const`.
///
/// ```
/// use newswire_text::{Segmenter, ParagraphKind};
///
/// let text = "Iran minister meets Hamas leader\n\n\
///             Dr. Smith met the U.S. envoy on Jan. 7 in Doha. \"We agree,\" he said.\n\
///             Read More:";
/// const SEG: Segmenter = Segmenter::new();
/// let paras: Vec<_> = SEG.paragraphs(text).collect();
/// assert_eq!(paras.len(), 3);
/// assert_eq!(paras[0].kind(), ParagraphKind::Heading);
/// assert_eq!(paras[2].kind(), ParagraphKind::Debris);
/// let sents: Vec<_> = paras[1].sentences().map(|s| s.as_str()).collect();
/// assert_eq!(sents, ["Dr. Smith met the U.S. envoy on Jan. 7 in Doha.", "\"We agree,\" he said."]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Segmenter {
    paragraph_break: ParagraphBreak,
}

impl Segmenter {
    /// A segmenter with the defaults: one paragraph per line.
    pub const fn new() -> Segmenter {
        Segmenter { paragraph_break: ParagraphBreak::Line }
    }

    /// Sets where paragraphs break.
    ///
    /// ```
    /// use newswire_text::{ParagraphBreak, Segmenter};
    /// let seg = Segmenter::new().paragraph_break(ParagraphBreak::BlankLine);
    /// assert_eq!(seg.paragraphs("wrapped\nline\n\nnext").count(), 2);
    /// ```
    pub const fn paragraph_break(self, mode: ParagraphBreak) -> Segmenter {
        Segmenter { paragraph_break: mode }
    }

    /// The paragraphs of `haystack`, in order; whitespace-only lines yield
    /// none and each paragraph's span excludes surrounding whitespace.
    pub fn paragraphs<'h>(&self, haystack: &'h str) -> Paragraphs<'h> {
        Paragraphs { haystack, pos: 0, mode: self.paragraph_break }
    }

    /// All sentences of `haystack`, paragraph by paragraph. A sentence never
    /// crosses a paragraph break.
    ///
    /// ```
    /// let n = newswire_text::Segmenter::new().sentences("One. Two.\nThree").count();
    /// assert_eq!(n, 3);
    /// ```
    pub fn sentences<'h>(&self, haystack: &'h str) -> AllSentences<'h> {
        AllSentences { paragraphs: self.paragraphs(haystack), current: None }
    }
}

/// A paragraph: its span, its kind, and access to its sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'h> {
    haystack: &'h str,
    span: Span,
    kind: ParagraphKind,
}

impl<'h> Paragraph<'h> {
    /// Byte span in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What kind of paragraph this is.
    pub fn kind(&self) -> ParagraphKind {
        self.kind
    }

    /// The paragraph's text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// The sentences of this paragraph, in order.
    pub fn sentences(&self) -> Sentences<'h> {
        Sentences { haystack: self.haystack, pos: self.span.start, end: self.span.end }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Paragraph<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Paragraph", 3)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}

/// A sentence of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'h> {
    haystack: &'h str,
    span: Span,
}

impl<'h> Sentence<'h> {
    /// Byte span in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The sentence's text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// The word tokens of the sentence, with spans into the original text.
    ///
    /// ```
    /// let s = newswire_text::Segmenter::new().sentences("He said so. Then left.").nth(1).unwrap();
    /// let words: Vec<_> = s.tokens().map(|t| t.as_str()).collect();
    /// assert_eq!(words, ["Then", "left", "."]);
    /// ```
    pub fn tokens(&self) -> Tokens<'h> {
        Tokens::within(self.haystack, self.span)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Sentence<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.span.serialize(s)
    }
}

/// Iterator over paragraphs; see [`Segmenter::paragraphs`].
#[derive(Clone, Debug)]
pub struct Paragraphs<'h> {
    haystack: &'h str,
    pos: usize,
    mode: ParagraphBreak,
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

impl<'h> Iterator for Paragraphs<'h> {
    type Item = Paragraph<'h>;

    fn next(&mut self) -> Option<Paragraph<'h>> {
        let hay = self.haystack;
        // Skip whitespace (including blank lines) to the paragraph start.
        let rest = &hay[self.pos..];
        let start = self.pos + rest.find(|c: char| !c.is_whitespace())?;
        let end = match self.mode {
            ParagraphBreak::Line => hay[start..].find(is_line_break).map_or(hay.len(), |i| start + i),
            ParagraphBreak::BlankLine => blank_line_end(hay, start),
        };
        self.pos = end;
        let end = start + hay[start..end].trim_end().len();
        let span = Span::new(start, end);
        Some(Paragraph { haystack: hay, span, kind: classify(&hay[span]) })
    }
}

impl FusedIterator for Paragraphs<'_> {}

/// End of the block starting at `start`: the first line break followed by
/// a whitespace-only line, or the end of the text.
fn blank_line_end(hay: &str, start: usize) -> usize {
    let mut pos = start;
    while let Some(i) = hay[pos..].find(is_line_break) {
        let brk = pos + i;
        let after = brk + hay[brk..].chars().next().map_or(1, char::len_utf8);
        let after = if hay[brk..].starts_with("\r\n") { brk + 2 } else { after };
        let next_line_end = hay[after..].find(is_line_break).map_or(hay.len(), |j| after + j);
        if hay[after..next_line_end].trim().is_empty() {
            return brk;
        }
        pos = after;
    }
    hay.len()
}

fn classify(line: &str) -> ParagraphKind {
    // One pass for the counts; paragraphs can be long.
    let (mut words, mut letters, mut visible, mut has_lower, mut in_word) = (0usize, 0usize, 0usize, false, false);
    for c in line.chars() {
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            words += 1;
            in_word = true;
        }
        visible += 1;
        if c.is_alphabetic() {
            letters += 1;
            has_lower |= c.is_lowercase();
        }
    }
    if words <= 6 && is_debris(line) {
        return ParagraphKind::Debris;
    }
    // Timestamps, bare figures and agency sign-offs ("EFE", "(AFP)").
    if letters * 3 < visible || (!has_lower && words <= 3) {
        return ParagraphKind::Meta;
    }
    if words > 25 {
        return ParagraphKind::Body;
    }
    let last = line.trim_end_matches(is_closer).chars().last();
    let ends_like_sentence = matches!(last, Some(c) if is_terminator(c) || c == ':' || c == ',' || c == ';');
    let first_upper = line.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase());
    // `“…,” he said` is speech that lost its full stop, not a headline.
    let quote_then_cue = [",”", ",\"", ",’", ",»"].iter().any(|p| line.contains(p));
    if !ends_like_sentence && first_upper && !quote_then_cue {
        return ParagraphKind::Heading;
    }
    ParagraphKind::Body
}

/// Only called on lines of at most six words.
fn is_debris(line: &str) -> bool {
    // A stray quotation mark in front changes nothing.
    let line = line.trim().trim_start_matches(['"', '“', '”', '\'', '‘', '’']);
    let lower = line.trim().trim_end_matches([':', '.', '!', '»', '›', '>', '"', '”']).trim().to_lowercase();
    if lower.is_empty() {
        return false;
    }
    let patterns = lexicon::debris_patterns();
    let starts =
        |pat: &str| lower.starts_with(pat) && lower[pat.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    // "Follow Jane Roe on Twitter @janeroe": a byline's social footer.
    let social =
        lower.contains('@') || patterns.iter().any(|&(n, how)| how == DebrisMatch::Network && lower.contains(n));
    patterns.iter().any(|&(pat, how)| match how {
        DebrisMatch::Line => lower == pat,
        DebrisMatch::Prefix => starts(pat),
        DebrisMatch::Social => social && starts(pat),
        DebrisMatch::Network => false,
    })
}

/// Iterator over the sentences of one paragraph; see
/// [`Paragraph::sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'h> {
    haystack: &'h str,
    pos: usize,
    end: usize,
}

impl<'h> Iterator for Sentences<'h> {
    type Item = Sentence<'h>;

    fn next(&mut self) -> Option<Sentence<'h>> {
        let hay = self.haystack;
        let region = &hay[self.pos..self.end];
        let start = self.pos + region.find(|c: char| !c.is_whitespace())?;
        let stop = sentence_end(hay, start, self.end);
        self.pos = stop;
        let stop = start + hay[start..stop].trim_end().len();
        Some(Sentence { haystack: hay, span: Span::new(start, stop) })
    }
}

impl FusedIterator for Sentences<'_> {}

/// Iterator over every sentence of a text; see [`Segmenter::sentences`].
#[derive(Clone, Debug)]
pub struct AllSentences<'h> {
    paragraphs: Paragraphs<'h>,
    current: Option<Sentences<'h>>,
}

impl<'h> Iterator for AllSentences<'h> {
    type Item = Sentence<'h>;

    fn next(&mut self) -> Option<Sentence<'h>> {
        loop {
            if let Some(s) = self.current.as_mut().and_then(Iterator::next) {
                return Some(s);
            }
            self.current = Some(self.paragraphs.next()?.sentences());
        }
    }
}

impl FusedIterator for AllSentences<'_> {}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟' | '۔' | '।' | '。' | '！' | '？' | '｡')
}

/// Terminators after which no space is written (CJK full stops).
fn is_spaceless_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '(' | '[' | '「' | '『' | '（' | '¿' | '¡')
}

/// Byte offset one past the end of the sentence starting at `start`,
/// never beyond `limit`.
fn sentence_end(hay: &str, start: usize, limit: usize) -> usize {
    let text = &hay[..limit];
    let mut iter = text[start..].char_indices().map(|(i, c)| (start + i, c)).peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminator(c) {
            continue;
        }
        // Take the whole run of terminators and closing marks: `?!`, `...”)`.
        let mut end = i + c.len_utf8();
        let mut spaceless = is_spaceless_terminator(c);
        while let Some(&(j, d)) = iter.peek() {
            if is_terminator(d) || is_closer(d) {
                spaceless |= is_spaceless_terminator(d);
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        if end >= limit {
            return limit;
        }
        if ends_sentence(text, i, c, end, spaceless) {
            return end;
        }
    }
    limit
}

/// Decides whether the terminator `term` at `at` (whose run ends at `end`)
/// closes the sentence.
fn ends_sentence(text: &str, at: usize, term: char, end: usize, spaceless: bool) -> bool {
    let after = &text[end..];
    if spaceless {
        return true;
    }
    // "Hamas.Ismail", "t.co/x", "3.5", "U.S.": no space, no sentence end.
    if !after.starts_with(char::is_whitespace) {
        return false;
    }
    let rest = after.trim_start();
    let Some(next) = rest.chars().next() else { return true };
    // Lower case continues the sentence ("e.g. the", "“Stop!” he said").
    // An opening mark may hide the first letter; a quote opening after a
    // full stop starts a sentence whatever its case.
    if next.is_lowercase() {
        return false;
    }
    if term != '.' {
        return true;
    }
    let word = word_before(text, at);
    let next_word = rest.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let next_is_number = next.is_ascii_digit();
    // Initials: "J. Smith", "Mohammed J. Al" — one capital letter.
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() && !is_opener(next) {
            return false;
        }
    }
    let lower = word.to_lowercase();
    let kind = lexicon::abbreviation(&lower).or_else(|| {
        // Dotted initialisms not in the list ("U.A.E", "N.Y").
        (word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)).then_some(AbbrevKind::Ambiguous)
    });
    match kind {
        None => true,
        Some(AbbrevKind::Title | AbbrevKind::General) => false,
        Some(AbbrevKind::Month | AbbrevKind::Number) => !next_is_number,
        Some(AbbrevKind::Ambiguous) => is_opener(next) || lexicon::is_sentence_opener(&next_word.to_lowercase()),
    }
}

/// The word (letters, digits and inner full stops) ending just before
/// byte `at`.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start =
        head.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric() || c == '.').last().map_or(at, |(i, _)| i);
    head[start..].trim_start_matches('.')
}
