//! Tokens for the temporal matchers: words, numbers and punctuation with
//! byte spans and lower-case forms. "a.m.", "Sept." and "7:15" stay whole;
//! hyphens are their own tokens so "third-quarter" and "two-year" match
//! like "third quarter" and "two year".

use newswire_text::Span;

#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub span: Span,
    pub lower: String,
    pub is_number: bool,
    pub capitalised: bool,
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || (matches!(b[i], b',' | b':' | b'.') && i + 1 < b.len() && b[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            // Ordinal suffixes: 7th, 1st.
            let rest = &text[i..];
            for suf in ["st", "nd", "rd", "th", "s"] {
                // `get`: the next character may be multi-byte ("7—").
                let head = rest.get(..suf.len());
                if head.is_some_and(|h| h.eq_ignore_ascii_case(suf))
                    && !rest[suf.len()..].starts_with(|ch: char| ch.is_ascii_alphanumeric())
                {
                    i += suf.len();
                    break;
                }
            }
            out.push(tok(text, start, i, true));
        } else if c.is_ascii_alphabetic() {
            while i < b.len()
                && (b[i].is_ascii_alphabetic() || (b[i] == b'\'' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic()))
            {
                i += 1;
            }
            // "Friday's": the possessive is its own token.
            if text[start..i].len() > 2 && (text[start..i].ends_with("'s") || text[start..i].ends_with("'S")) {
                i -= 2;
            }
            // Abbreviations with full stops: a.m., p.m., Sept., U.S.
            let word = &text[start..i];
            let lower = word.to_ascii_lowercase();
            if (lower == "a" || lower == "p") && text[i..].starts_with(".m.") {
                i += 3;
            } else if text[i..].starts_with('.') && is_abbreviation(&lower) {
                i += 1;
            }
            out.push(tok(text, start, i, false));
        } else {
            // One character of punctuation or another script.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            out.push(tok(text, start, i, false));
        }
    }
    out
}

fn tok(text: &str, start: usize, end: usize, is_number: bool) -> Tok {
    let s = &text[start..end];
    Tok {
        span: Span::new(start, end),
        lower: s.to_lowercase().trim_end_matches('.').replace("a.m", "am").replace("p.m", "pm"),
        is_number,
        capitalised: s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Month and weekday abbreviations written with a full stop ("Sept.",
/// "Fri."); full names ("June.") end a sentence instead.
fn is_abbreviation(lower: &str) -> bool {
    let short =
        matches!(lower, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec");
    let day = matches!(lower, "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun");
    short || day
}
