//! Quotation marks in real news: curly and straight doubles, guillemets,
//! low-9 openers, single quotes for long quotations only, apostrophes
//! inside words ignored, unbalanced marks recovered at the paragraph end.

use newswire_text::Span;

/// A quotation found between marks in one paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marked {
    /// The marks included.
    pub outer: Span,
    /// The content between the marks.
    pub inner: Span,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‟')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// The quotations of `para` (a byte span of `text`), in order.
pub(crate) fn scan(text: &str, para: Span) -> Vec<Marked> {
    let region = &text[para.range()];
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, content start)
    let mut prev: Option<char> = None;
    let mut iter = region.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = para.start + i;
        let next = iter.peek().map(|&(_, n)| n);
        let after = at + c.len_utf8();
        let starts_word =
            prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | ',' | '/'));
        match c {
            c if is_opener(c) => {
                // An opener inside an open quotation: the previous one was
                // never closed. Close it here and start again.
                if let Some((s, cs)) = open.take() {
                    out.push(Marked { outer: Span::new(s, at), inner: Span::new(cs, at), closed: false });
                }
                open = Some((at, after));
            }
            c if is_closer(c) => {
                if let Some((s, cs)) = open.take() {
                    out.push(Marked { outer: Span::new(s, after), inner: Span::new(cs, at), closed: true });
                }
            }
            // `` opens like “ (typewriter and treebank text).
            '`' if next == Some('`') => {
                iter.next();
                if let Some((s, cs)) = open.take() {
                    out.push(Marked { outer: Span::new(s, at), inner: Span::new(cs, at), closed: false });
                }
                open = Some((at, at + 2));
                prev = Some('`');
                continue;
            }
            // '' is a straight double quote typed as two apostrophes
            // (newspaper archives: ''This isn't reform,'' he said).
            '"' | '\'' if c == '"' || next == Some('\'') => {
                let after = if c == '"' { after } else { iter.next().map_or(after, |(j, _)| para.start + j + 1) };
                let next = iter.peek().map(|&(_, n)| n);
                match open {
                    Some((s, cs)) if !starts_word || next.is_none_or(|n| !n.is_alphanumeric()) => {
                        out.push(Marked { outer: Span::new(s, after), inner: Span::new(cs, at), closed: true });
                        open = None;
                    }
                    None if starts_word && next.is_some_and(|n| !n.is_whitespace()) => open = Some((at, after)),
                    _ => {}
                }
                prev = Some('"');
                continue;
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some((s, cs)) = open {
        out.push(Marked { outer: Span::new(s, para.end), inner: Span::new(cs, para.end), closed: false });
    }
    // Single quotes: only long quotations, and never apostrophes inside a
    // word (O’Brien, Iran’s); short ones are scare quotes, left to the
    // caller to ignore.
    let singles: Vec<Marked> =
        single_quotes(text, para).into_iter().filter(|m| !out.iter().any(|d| d.outer.overlaps(m.outer))).collect();
    out.extend(singles);
    out.sort_by_key(|m| m.outer.start);
    out
}

fn single_quotes(text: &str, para: Span) -> Vec<Marked> {
    let region = &text[para.range()];
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut iter = region.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = para.start + i;
        let next = iter.peek().map(|&(_, n)| n);
        match c {
            '‘' if prev.is_none_or(|p| !p.is_alphanumeric()) => open = Some((at, at + c.len_utf8())),
            '’' if next.is_none_or(|n| !n.is_alphanumeric()) => {
                if let Some((s, cs)) = open.take() {
                    let words = text[cs..at].split_whitespace().count();
                    if words >= 1 {
                        out.push(Marked {
                            outer: Span::new(s, at + c.len_utf8()),
                            inner: Span::new(cs, at),
                            closed: true,
                        });
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}
