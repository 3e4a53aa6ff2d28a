//! Word tokens with offsets, kinds and scripts.
//!
//! Tokens follow UAX #29 word boundaries (so "O’Brien" and "1,234" stay
//! whole and "Ali-Akbar" splits at the hyphen), with URLs, @handles
//! and #hashtags kept as single tokens because embedded posts are full of
//! them and splitting "pic.twitter.com/x" into words invents names.

use core::iter::FusedIterator;

use unicode_script::UnicodeScript;
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::Span;

/// The writing system of a token (UAX #24), reduced to the scripts news
/// about names needs to tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Arabic letters (Arabic, Persian, Urdu…).
    Arabic,
    /// Cyrillic letters.
    Cyrillic,
    /// Greek letters.
    Greek,
    /// Hebrew letters.
    Hebrew,
    /// Armenian letters.
    Armenian,
    /// Georgian letters.
    Georgian,
    /// Devanagari letters.
    Devanagari,
    /// Thai letters.
    Thai,
    /// Han ideographs.
    Han,
    /// Hiragana and Katakana.
    Kana,
    /// Hangul.
    Hangul,
    /// Letters of another script.
    Other,
    /// No letters: digits, punctuation, symbols.
    Common,
}

impl Script {
    /// The script of a character; digits, punctuation and combining marks
    /// are [`Script::Common`].
    ///
    /// ```
    /// use newswire_text::Script;
    /// assert_eq!(Script::of('ح'), Script::Arabic);
    /// assert_eq!(Script::of('ж'), Script::Cyrillic);
    /// assert_eq!(Script::of('7'), Script::Common);
    /// ```
    pub fn of(c: char) -> Script {
        use unicode_script::Script as U;
        match c.script() {
            U::Latin => Script::Latin,
            U::Arabic => Script::Arabic,
            U::Cyrillic => Script::Cyrillic,
            U::Greek => Script::Greek,
            U::Hebrew => Script::Hebrew,
            U::Armenian => Script::Armenian,
            U::Georgian => Script::Georgian,
            U::Devanagari => Script::Devanagari,
            U::Thai => Script::Thai,
            U::Han => Script::Han,
            U::Hiragana | U::Katakana => Script::Kana,
            U::Hangul => Script::Hangul,
            U::Common | U::Inherited | U::Unknown => Script::Common,
            _ => Script::Other,
        }
    }

    /// The script of a string: that of its first character with a script
    /// of its own, else [`Script::Common`].
    ///
    /// ```
    /// use newswire_text::Script;
    /// assert_eq!(Script::of_str("(@حسين)"), Script::Arabic);
    /// assert_eq!(Script::of_str("1,234"), Script::Common);
    /// ```
    pub fn of_str(s: &str) -> Script {
        s.chars().map(Script::of).find(|&s| s != Script::Common).unwrap_or(Script::Common)
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (possibly with inner apostrophes, digits or marks).
    Word,
    /// Starts with a digit: "1,234", "2023-10-31" pieces, "3.5".
    Number,
    /// Punctuation: quotation marks, dashes, brackets, full stops.
    Punct,
    /// Any other symbol or emoji.
    Symbol,
    /// A web address.
    Url,
    /// A social-media handle: "@AmiriDiwan".
    Handle,
    /// A hashtag: "#Gaza".
    Hashtag,
}

/// A token: its text, span in the original text, kind and script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'h> {
    text: &'h str,
    span: Span,
    kind: TokenKind,
    script: Script,
}

impl<'h> Token<'h> {
    /// The token's text.
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// Byte span in the original text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What kind of token it is.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token's script.
    pub fn script(&self) -> Script {
        self.script
    }

    /// True for [`TokenKind::Word`].
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 4)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("script", &self.script)?;
        st.end()
    }
}

/// Iterator over the tokens of a text; whitespace yields no token.
///
/// ```
/// use newswire_text::{tokenize, Script, TokenKind};
///
/// let toks: Vec<_> = tokenize("Ali-Akbar (علي) see pic.twitter.com/x #Gaza").collect();
/// let words: Vec<_> = toks.iter().map(|t| t.as_str()).collect();
/// assert_eq!(words, ["Ali", "-", "Akbar", "(", "علي", ")", "see", "pic.twitter.com/x", "#Gaza"]);
/// assert_eq!(toks[4].script(), Script::Arabic);
/// assert_eq!(toks[7].kind(), TokenKind::Url);
/// assert_eq!(toks[8].kind(), TokenKind::Hashtag);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'h> {
    haystack: &'h str,
    base: usize,
    end: usize,
    inner: UWordBoundIndices<'h>,
}

/// The tokens of `haystack`; see [`Tokens`].
pub fn tokenize(haystack: &str) -> Tokens<'_> {
    Tokens::within(haystack, Span::new(0, haystack.len()))
}

impl<'h> Tokens<'h> {
    /// Tokens of `haystack[span]`, with spans into `haystack`. A span out of
    /// bounds or off character boundaries yields no tokens.
    pub fn within(haystack: &'h str, span: Span) -> Tokens<'h> {
        let (span, region) = match span.get(haystack) {
            Some(region) => (span, region),
            None => (Span::new(0, 0), ""),
        };
        Tokens { haystack, base: span.start, end: span.end, inner: region.split_word_bound_indices() }
    }

    fn skip_to(&mut self, pos: usize) {
        let region = &self.haystack[pos..self.end];
        self.inner = region.split_word_bound_indices();
        self.base = pos;
    }
}

impl<'h> Iterator for Tokens<'h> {
    type Item = Token<'h>;

    fn next(&mut self) -> Option<Token<'h>> {
        loop {
            let (i, piece) = self.inner.next()?;
            let start = self.base + i;
            if piece.chars().all(char::is_whitespace) {
                continue;
            }
            let rest = &self.haystack[start..self.end];
            if let Some((len, kind)) = special_token(rest, piece) {
                let end = start + len;
                self.skip_to(end);
                let text = &self.haystack[start..end];
                let script = if kind == TokenKind::Url { Script::Common } else { Script::of_str(text) };
                return Some(Token { text, span: Span::new(start, end), kind, script });
            }
            let script = Script::of_str(piece);
            let kind = piece_kind(piece);
            return Some(Token { text: piece, span: Span::new(start, start + piece.len()), kind, script });
        }
    }
}

impl FusedIterator for Tokens<'_> {}

fn piece_kind(piece: &str) -> TokenKind {
    let Some(first) = piece.chars().next() else { return TokenKind::Symbol };
    if first.is_numeric() {
        TokenKind::Number
    } else if piece.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if piece.chars().all(is_punct) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(c as u32,
            0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
            | 0x055A..=0x055F | 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4
            | 0x05BE | 0x05C0 | 0x05C3 | 0x05F3 | 0x05F4 | 0x0964 | 0x0965
            | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011
            | 0x3014..=0x301F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F | 0xFF3B..=0xFF3D | 0xFF5B..=0xFF65)
}

/// Recognises a URL, handle or hashtag starting at the current word piece.
/// Returns its byte length in `rest` and its kind.
fn special_token(rest: &str, piece: &str) -> Option<(usize, TokenKind)> {
    let until_space = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let chunk = &rest[..until_space];
    let lower_starts = |p: &str| chunk.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") || is_bare_url(piece, chunk) {
        return Some((trim_url_tail(chunk), TokenKind::Url));
    }
    if piece == "@" || piece == "#" {
        let name_len = chunk[1..]
            .char_indices()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_')
            .last()
            .map(|(i, c)| i + c.len_utf8())?;
        let kind = if piece == "@" { TokenKind::Handle } else { TokenKind::Hashtag };
        return Some((1 + name_len, kind));
    }
    None
}

/// "pic.twitter.com/x", "example.org/path": a dotted word with a known
/// top-level domain immediately followed by a path.
fn is_bare_url(piece: &str, chunk: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "int", "info", "news", "co", "io", "uk", "ir", "qa", "il", "ps", "ru", "ly",
        "me", "tv", "fr", "de", "es", "it", "eu", "be", "cn", "in", "tr", "ae", "sa", "lb", "sy", "eg", "jo",
    ];
    let Some((_, tld)) = piece.rsplit_once('.') else { return false };
    // A UAX #29 word can run past the first whitespace character: U+202F
    // (narrow no-break space) joins words there but is whitespace to
    // `char::is_whitespace`. So the piece may be longer than the chunk.
    piece.chars().next().is_some_and(char::is_alphanumeric)
        && chunk.get(piece.len()..).is_some_and(|rest| rest.starts_with('/'))
        && TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
}

/// Drops sentence punctuation glued to the end of a URL ("…/x).").
fn trim_url_tail(chunk: &str) -> usize {
    chunk.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '»']).len().max(1)
}
