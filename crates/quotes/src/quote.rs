//! Output types.

use newswire_text::Span;

/// What kind of speech a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// The speaker's words between quotation marks.
    Direct,
    /// A reported clause with quoted words inside it.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// "direct", "mixed" or "indirect".
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said it: the mention as written, and the person it denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker {
    /// The mention in the text ("he", "the top Iranian diplomat", "Singh").
    pub span: Span,
    /// The mention as written.
    pub text: String,
    /// The person mention it resolves to ("Ali Akbar Velayati" for
    /// "he"), when one was found; the mention itself for names.
    pub resolved: Option<String>,
}

/// A quotation or reported statement with its attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote<'h> {
    pub(crate) haystack: &'h str,
    pub(crate) span: Span,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Span>,
    pub(crate) sieve: &'static str,
}

impl<'h> Quote<'h> {
    /// The content: the words between the marks for a direct quote, the
    /// reported clause otherwise.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The content as written.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// Direct, mixed or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The speaker, when attributed.
    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker.as_ref()
    }

    /// The cue ("said", "according to", "told reporters"), when there is one.
    pub fn cue(&self) -> Option<&'h str> {
        self.cue.map(|c| &self.haystack[c])
    }

    /// The cue's span.
    pub fn cue_span(&self) -> Option<Span> {
        self.cue
    }

    /// Which rule attributed the quote: "trailing-cue", "leading-cue",
    /// "according-to", "dash", "continuation", "reported", or "none".
    pub fn sieve(&self) -> &'static str {
        self.sieve
    }
}
