//! The result type: a temporal expression with its TIMEX3 attributes.

use newswire_text::Span;

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum TimexType {
    /// A calendar date or period: "October 31, 2023", "last year", "Q3".
    Date,
    /// A time of day: "6 a.m.", "Tuesday afternoon".
    Time,
    /// An amount of time: "75 years", "the last two weeks".
    Duration,
    /// A recurrence: "daily", "every Monday".
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a relative value was computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Anchor {
    /// The value is written out in full ("October 31, 2023").
    Absolute,
    /// Computed from the document creation date ("yesterday").
    Dct,
    /// Computed from an earlier expression of the document ("the
    /// quarter" after "the third quarter").
    Discourse,
    /// Relative, but no document date was known: the value has `X`s.
    Unanchored,
}

/// A temporal expression found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex<'h> {
    pub(crate) haystack: &'h str,
    pub(crate) span: Span,
    pub(crate) kind: TimexType,
    pub(crate) value: String,
    pub(crate) modifier: Option<&'static str>,
    pub(crate) anchor: Anchor,
}

impl<'h> Timex<'h> {
    /// Byte span in the text searched.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The expression as written.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }

    /// Its TIMEX3 type.
    pub fn kind(&self) -> TimexType {
        self.kind
    }

    /// Its TIMEX3 value ("2023-10-31", "P3Y", "PAST_REF", "XXXX-WXX-1").
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Its TIMEX3 `mod` ("APPROX", "MORE_THAN", "START", …), if any.
    pub fn modifier(&self) -> Option<&'static str> {
        self.modifier
    }

    /// What the value was computed from.
    pub fn anchor(&self) -> Anchor {
        self.anchor
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Timex<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Timex", 6)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("type", &self.kind)?;
        st.serialize_field("value", &self.value)?;
        if let Some(m) = self.modifier {
            st.serialize_field("mod", m)?;
        }
        st.end()
    }
}
