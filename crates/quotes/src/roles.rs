//! The role a text gives a person where it names them: a title phrase
//! just before the name ("Iran’s Foreign Minister Ali Akbar Velayati",
//! "Pentagon deputy press secretary Jane Doe", "the Saudi king, Salman")
//! or an apposition just after it ("Khaled Meshaal, head of Hamas’s
//! political bureau,"). Descriptions later in the text ("the top
//! diplomat") resolve through the role kinds found here.

use newswire_text::Span;

use crate::lexicon;

/// A role phrase as written, and the kind of role it names.
///
/// ```
/// use newswire_quotes::role;
/// use newswire_text::Span;
///
/// let text = "Iran’s Foreign Minister Ali Akbar Velayati arrived in Doha.";
/// let name = Span::new(text.find("Ali").unwrap(), text.find(" arrived").unwrap());
/// let r = role(text, name).unwrap();
/// assert_eq!(r.as_str(), "Iran’s Foreign Minister");
/// assert_eq!(r.kind(), "foreign-minister");
/// assert_eq!(r.country(), Some("iran"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role<'h> {
    haystack: &'h str,
    span: Span,
    kind: &'static str,
    country: Option<&'static str>,
}

impl<'h> Role<'h> {
    /// Byte span of the phrase in the haystack.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The phrase as written.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span.range()]
    }

    /// The role's kind: "foreign-minister", "spokesperson",
    /// "prime-minister", "president", "emir", "king", "leader", or
    /// "person" for a description with no listed role ("the analyst").
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The country the role belongs to, as a key ("iran", "us"), when the
    /// phrase names one ("Iran’s", "Iranian") or says "the country’s"
    /// after naming one.
    pub fn country(&self) -> Option<&'static str> {
        self.country
    }
}

/// The role `text` gives the person named at `name` (a byte span, e.g.
/// a `newswire_names::Mention`'s), if the words around the name state one.
pub fn role(text: &str, name: Span) -> Option<Role<'_>> {
    if name.end > text.len() || !text.is_char_boundary(name.start) || !text.is_char_boundary(name.end) {
        return None;
    }
    before(text, name).or_else(|| after(text, name))
}

fn make(text: &str, span: Span) -> Option<Role<'_>> {
    let lower = text[span.range()].to_lowercase();
    let kind = lexicon::role_of(&lower).or_else(|| {
        let last = lower.split_whitespace().last()?;
        (lexicon::is_person_noun(last) && !lexicon::is_pronoun(last)).then_some("person")
    })?;
    let country = lexicon::country_of(&lower).or_else(|| {
        // "Qatar’s Amir … and the country’s Foreign Minister": the
        // country named last before the phrase.
        if !(lower.starts_with("country") || lower.contains(" country") || lower.starts_with("its ")) {
            return None;
        }
        let from = window_start(text, span.start, 300);
        lexicon::last_country(&text[from..span.start].to_lowercase())
    });
    Some(Role { haystack: text, span, kind, country })
}

/// Words of `text[from..to]` with their byte offsets.
fn words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let region = &text[from..to];
    region.split_whitespace().map(|w| (from + (w.as_ptr() as usize - region.as_ptr() as usize), w)).collect()
}

fn window_start(text: &str, end: usize, len: usize) -> usize {
    let mut from = end.saturating_sub(len);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // Stay within the line: titles do not cross paragraph breaks.
    text[from..end].rfind('\n').map_or(from, |i| from + i + 1)
}

/// "Iran’s Foreign Minister NAME", "the Emir of Qatar, NAME".
fn before(text: &str, name: Span) -> Option<Role<'_>> {
    let from = window_start(text, name.start, 100);
    let ws = words(text, from, name.start);
    let mut k = ws.len();
    // "the Saudi king, Salman": the phrase ends at the comma.
    let comma = ws.last().is_some_and(|(_, w)| w.ends_with(','));
    while k > 0 {
        let (_, w) = ws[k - 1];
        let bare = w.trim_end_matches(',');
        if (w.ends_with(',') && !(comma && k == ws.len())) || bare.ends_with(['.', ';', ':', '"', '“', '”']) {
            break;
        }
        let lower = bare.to_lowercase();
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        let capital_at = |i: usize| ws.get(i).is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase));
        // "Foreign Minister and Prime Minister NAME": one title of two.
        let joins_titles = lower == "and" && k >= 2 && capital_at(k) && capital_at(k - 2);
        // "the country’s Foreign Minister", "the group’s leader".
        let possessive = (lower.ends_with("'s") || lower.ends_with("’s"))
            && k >= 2
            && matches!(ws[k - 2].1.to_lowercase().as_str(), "the" | "its");
        let fits = joins_titles
            || possessive
            || if capital {
                !lexicon::is_clause_opener(&lower)
            } else {
                lexicon::is_modifier(&lower) && !matches!(lower.as_str(), "and" | "for" | "at" | "in")
                    || lexicon::role_of(&lower).is_some()
                    || lexicon::is_person_noun(&lower) && !lexicon::is_pronoun(&lower)
            };
        if !fits || ws.len() - k >= 7 {
            break;
        }
        k -= 1;
    }
    // Leading function words are not part of the title, except the
    // article of "the country’s".
    let possessive_next = |k: usize| ws.get(k + 1).is_some_and(|(_, w)| w.ends_with("'s") || w.ends_with("’s"));
    while k < ws.len()
        && matches!(ws[k].1.to_lowercase().as_str(), "the" | "a" | "an" | "of" | "his" | "her" | "their")
        && !possessive_next(k)
    {
        k += 1;
    }
    if k == ws.len() {
        return None;
    }
    let (start, _) = ws[k];
    let (last_at, last) = ws[ws.len() - 1];
    let end = last_at + last.trim_end_matches(',').len();
    make(text, Span::new(start, end))
}

/// "NAME, head of Hamas’s political bureau,".
fn after(text: &str, name: Span) -> Option<Role<'_>> {
    let rest = &text[name.end..];
    let body = rest.strip_prefix(',')?;
    let stop = body.find([',', '.', ';', '(', ')', '\n', '“', '"']).unwrap_or(body.len());
    let from = name.end + 1;
    let ws = words(text, from, from + stop);
    let (first_at, first) = *ws.first()?;
    let lower = first.to_lowercase();
    let opens = matches!(lower.as_str(), "the" | "a" | "an")
        || lexicon::is_modifier(&lower) && !matches!(lower.as_str(), "and" | "for" | "at" | "in" | "of")
        || lexicon::role_of(&lower).is_some()
        || first.chars().next().is_some_and(char::is_uppercase) && !lexicon::is_clause_opener(&lower);
    if ws.len() > 8 || !opens {
        return None;
    }
    let (last_at, last) = ws[ws.len() - 1];
    make(text, Span::new(first_at, last_at + last.len()))
}
