//! A document: an id, its text and the creation date the caller gave.

use crate::{Error, Paragraphs, Segmenter};

/// One article to analyse.
///
/// The creation date is kept exactly as the caller gave it (usually
/// `YYYY-MM-DD`); the dates crate parses and validates it, and can find one
/// in the text when none is given.
///
/// ```
/// use newswire_text::Document;
///
/// let doc = Document::new("a1", "Title\n\nBody one. Body two.").with_dct("2023-10-31");
/// assert_eq!(doc.dct(), Some("2023-10-31"));
/// assert_eq!(doc.sentences().count(), 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document {
    id: String,
    text: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    dct: Option<String>,
}

impl Document {
    /// A document with an id and its text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), dct: None }
    }

    /// A document from raw bytes.
    ///
    /// # Errors
    ///
    /// When the bytes are not valid UTF-8; the error says where.
    ///
    /// ```
    /// use newswire_text::Document;
    /// assert!(Document::from_bytes("ok", b"fine".to_vec()).is_ok());
    /// assert!(Document::from_bytes("bad", vec![b'a', 0xff]).unwrap_err().is_invalid_utf8());
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: Vec<u8>) -> Result<Document, Error> {
        let text = String::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.utf8_error().valid_up_to()))?;
        Ok(Document::new(id, text))
    }

    /// Sets the document creation date, as the caller knows it.
    pub fn with_dct(mut self, dct: impl Into<String>) -> Document {
        self.dct = Some(dct.into());
        self
    }

    /// The document id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The full text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The creation date the caller gave, if any.
    pub fn dct(&self) -> Option<&str> {
        self.dct.as_deref()
    }

    /// Paragraphs with the default [`Segmenter`].
    pub fn paragraphs(&self) -> Paragraphs<'_> {
        Segmenter::new().paragraphs(&self.text)
    }

    /// All sentences with the default [`Segmenter`].
    pub fn sentences(&self) -> crate::AllSentences<'_> {
        Segmenter::new().sentences(&self.text)
    }
}
