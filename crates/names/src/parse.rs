//! Parsing a person name into comparable parts.
//!
//! Arabic, Persian, Turkic and Slavic names are built from parts with
//! roles: "Sheikh Faisal bin Abdulrahman Al Saud" is a title, a given
//! name, a patronymic introduced by "bin", and a family name introduced by
//! the article "Al". "Abd al-Rahman" is one name however it is spaced.
//! Titles are dropped, particles fold into the part they introduce, and
//! each part gets a skeleton and a weight.

use crate::lexicon::{self, ParticleKind, TitleKind};
use smallvec::SmallVec;

use crate::skeleton::{fold, fold_ascii_byte, fold_into, inner_skeleton, skeleton, Skeleton};

/// The role a part plays in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Role {
    /// The first name.
    Given,
    /// A name between the first and the last whose role is not marked.
    Middle,
    /// A father's (or ancestor's) name: after bin/ibn/ben/ould, or a
    /// Slavic -ovich/-evna form, or before a Turkic oglu/kyzy.
    Patronymic,
    /// The last name, or a name after an article or family particle
    /// ("Al Saud", "al-Masri", "van Gogh").
    Family,
    /// "Abu X" / "Umm X": an honorific "father/mother of".
    Kunya,
    /// A single letter.
    Initial,
}

/// One comparable part of a [`Name`].
#[derive(Clone, Debug, PartialEq)]
pub struct NamePart {
    text: String,
    role: Role,
    pub(crate) skel: Skeleton,
    /// The cost of writing `skel` from nothing (see `cost::full_cost`).
    pub(crate) full: f32,
    /// The skeleton without a glued article ("Albostani" → "Bostani") or
    /// a patronymic ending; empty when there is none. (Not an `Option`:
    /// eight bytes less bring the part to 128, which moves without a
    /// memcpy call; an empty alternative compared as one counted 0
    /// anyway.)
    pub(crate) alt: Skeleton,
    pub(crate) weight: f32,
    pub(crate) initial: Option<char>,
    /// The folded spelling, vowels included, when it is all ASCII: short
    /// Latin names differ in their vowels ("Sok" / "Sik").
    pub(crate) latin: Option<Skeleton>,
    /// The first letter as written, folded: what an initial on the other
    /// side must agree with.
    pub(crate) lead: Option<char>,
}

impl NamePart {
    /// The part as written (particles that belong to it included, e.g.
    /// "Abd al-Rahman").
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The part's role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// How informative the part is, in `(0, 1]`: a common given name such
    /// as "Mohammed" weighs little, a rare family name fully.
    pub fn weight(&self) -> f32 {
        self.weight
    }

    /// The transliteration skeleton the part is compared by (ASCII letters
    /// `A B D F H J K L M N R S T V X Y Z`).
    pub fn skeleton(&self) -> &str {
        std::str::from_utf8(&self.skel).unwrap_or("")
    }
}

/// A parsed person name: its parts, with titles removed and particles
/// folded in.
///
/// ```
/// use newswire_names::{Name, Role};
///
/// let name = Name::parse("Sheikh Faisal bin Abdulrahman Al Saud");
/// let parts: Vec<_> = name.parts().iter().map(|p| (p.as_str(), p.role())).collect();
/// assert_eq!(parts, [
///     ("Faisal", Role::Given),
///     ("Abdulrahman", Role::Patronymic),
///     ("Saud", Role::Family),
/// ]);
/// assert_eq!(Name::parse("MESHAAL, Khaled").parts()[0].as_str(), "Khaled");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    original: String,
    parts: Vec<NamePart>,
}

impl Name {
    /// Parses a name. Never fails: text with no letters gives a name with
    /// no parts, which matches nothing.
    pub fn parse(text: &str) -> Name {
        Name::parse_with(text, true)
    }

    /// The parts of a name for scoring only, into `parts` (cleared
    /// first): the text of the parts is not kept, so their `as_str` is
    /// empty. A caller scoring many names reuses one vector.
    pub(crate) fn parts_for_score(text: &str, parts: &mut Vec<NamePart>) {
        Name::parts_into(text, false, parts);
    }

    fn parse_with(text: &str, keep_text: bool) -> Name {
        let mut parts = Vec::new();
        Name::parts_into(text, keep_text, &mut parts);
        Name { original: if keep_text { text.to_string() } else { String::new() }, parts }
    }

    fn parts_into(text: &str, keep_text: bool, parts: &mut Vec<NamePart>) {
        let reordered = reorder_comma(text);
        let raw = split_tokens(&reordered);
        // All tokens fold into one buffer: on the stack for short ASCII
        // names (most), else a String.
        let mut ends: SmallVec<[usize; 8]> = SmallVec::with_capacity(raw.len());
        let mut stack = [0u8; 256];
        let heap: String;
        let buf: &str = match fold_ascii(&raw, &mut stack, &mut ends) {
            Some(folded) => folded,
            None => {
                ends.clear();
                let mut s = String::with_capacity(reordered.len() + 8);
                for t in &raw {
                    fold_into(t, &mut s);
                    ends.push(s.len());
                }
                heap = s;
                &heap
            }
        };
        let mut start = 0;
        let mut folded: SmallVec<[(&str, &str); 8]> = raw
            .iter()
            .zip(&ends)
            .map(|(t, &end)| {
                let f = &buf[start..end];
                start = end;
                (*t, f)
            })
            .collect();
        drop_titles(&mut folded);
        build_parts(&folded, keep_text, parts);
    }

    /// The text the name was parsed from.
    pub fn as_str(&self) -> &str {
        &self.original
    }

    /// The parts, in written order ("SURNAME, Given" is reordered).
    pub fn parts(&self) -> &[NamePart] {
        &self.parts
    }

    /// True when nothing comparable was found.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The blocking keys of the name: two names that can match share at
    /// least one. What [`crate::NameIndex`] and clustering file names
    /// under, exposed so a distributed job (a Spark `groupBy`) can block
    /// the same way.
    ///
    /// ```
    /// use newswire_names::Name;
    ///
    /// let a = Name::parse("Ali Akbar Velayati").blocking_keys();
    /// let b = Name::parse("Aliakbar Velayaty").blocking_keys();
    /// assert!(a.iter().any(|k| b.contains(k)));
    /// ```
    pub fn blocking_keys(&self) -> Vec<String> {
        crate::index::blocking_keys(self).into_iter().map(|k| String::from_utf8_lossy(&k).into_owned()).collect()
    }
}

/// [`fold_into`] for tokens that are all ASCII and fit `stack`: the
/// folded tokens one after another, their ends pushed to `ends`. `None`
/// for any other name.
fn fold_ascii<'s>(raw: &[&str], stack: &'s mut [u8; 256], ends: &mut SmallVec<[usize; 8]>) -> Option<&'s str> {
    let mut n = 0;
    for t in raw {
        if !t.is_ascii() || n + t.len() > stack.len() {
            return None;
        }
        for b in t.bytes().filter_map(fold_ascii_byte) {
            stack[n] = b;
            n += 1;
        }
        ends.push(n);
    }
    std::str::from_utf8(&stack[..n]).ok()
}

/// "MESHAAL, Khaled" → "Khaled MESHAAL"; "Pestano, Jr. Lavilla" keeps its
/// order with the suffix dropped.
fn reorder_comma(text: &str) -> std::borrow::Cow<'_, str> {
    if !crate::score::has_byte(text, b',') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut pieces = text.split(',').map(str::trim).filter(|p| !p.is_empty());
    let (Some(first), Some(second), None) = (pieces.next(), pieces.next(), pieces.next()) else {
        return text.replace(',', " ").into();
    };
    let second_first = second.split_whitespace().next().unwrap_or("");
    if is_suffix(&fold(second_first)) {
        return format!("{first} {second}").into();
    }
    format!("{second} {first}").into()
}

fn is_suffix(folded: &str) -> bool {
    matches!(folded, "jr" | "sr" | "ii" | "iii" | "iv" | "junior" | "senior")
}

/// Splits on spaces, hyphens and punctuation that separate name parts;
/// keeps apostrophes inside tokens (they are removed by folding).
fn split_tokens(text: &str) -> SmallVec<[&str; 8]> {
    fn separates(c: char) -> bool {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '‐' | '‑' | '–' | '—' | '_' | '/' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | ';' | ':'
            )
    }
    let mut out = SmallVec::new();
    let mut begin = 0;
    let bytes = text.as_bytes();
    // Most names are ASCII: a table lookup per byte, nothing decoded.
    if text.is_ascii() {
        for (i, &b) in bytes.iter().enumerate() {
            if ASCII_SEPARATES[usize::from(b)] {
                push_piece(&text[begin..i], &mut out);
                begin = i + 1;
            }
        }
        push_piece(&text[begin..], &mut out);
        return out;
    }
    // Otherwise one pass in which ASCII bytes are still checked without
    // decoding.
    let mut i = 0;
    while i <= bytes.len() {
        let (sep, width) = if i == bytes.len() {
            (true, 0)
        } else if bytes[i].is_ascii() {
            (ASCII_SEPARATES[usize::from(bytes[i])], 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (separates(c), c.len_utf8())
        };
        if sep {
            push_piece(&text[begin..i], &mut out);
            begin = i + width.max(1);
        }
        i += width.max(1);
    }
    out
}

/// Pushes the piece between two separators, trimmed, if anything is left.
fn push_piece<'t>(piece: &'t str, out: &mut SmallVec<[&'t str; 8]>) {
    let piece = trim_to_alphanumeric(piece);
    if !piece.is_empty() {
        split_article(piece, out);
    }
}

/// The piece without the non-alphanumeric characters at its ends.
fn trim_to_alphanumeric(piece: &str) -> &str {
    let b = piece.as_bytes();
    // Most pieces begin and end with an ASCII letter: nothing to decode.
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => piece,
        _ => piece.trim_matches(|c: char| !is_alphanumeric(c)),
    }
}

/// `char::is_alphanumeric`, with the basic Cyrillic, Hebrew and Arabic
/// letters answered by their ranges (all letters) before the general
/// Unicode table search.
fn is_alphanumeric(c: char) -> bool {
    matches!(c as u32, 0x0410..=0x044F | 0x05D0..=0x05EA | 0x0621..=0x063A | 0x0641..=0x064A) || c.is_alphanumeric()
}

/// `separates` for ASCII, as a table.
const ASCII_SEPARATES: [bool; 128] = {
    let mut t = [false; 128];
    let seps = b"-_/()[]\";:\t\n\x0b\x0c\r ";
    let mut i = 0;
    while i < seps.len() {
        t[seps[i] as usize] = true;
        i += 1;
    }
    t
};

/// Pushes a token, with an Arabic article written onto the word split off:
/// "الرحمن" → "ال" + "رحمن".
fn split_article<'t>(piece: &'t str, out: &mut SmallVec<[&'t str; 8]>) {
    if let Some(rest) = piece.strip_prefix("ال") {
        if rest.chars().count() >= 2 {
            out.push("ال");
            out.push(rest);
            return;
        }
    }
    out.push(piece);
}

/// The tokens left once leading titles are dropped, and suffixes ("Jr")
/// and tokens that fold to nothing with them, in place.
fn drop_titles<'t>(folded: &mut SmallVec<[(&'t str, &'t str); 8]>) {
    let mut start = 0;
    while start < folded.len() {
        let next_is_title = || folded.get(start + 1).is_some_and(|n| lexicon::title(n.1) == Some(TitleKind::Title));
        let drop = match lexicon::title(folded[start].1) {
            Some(TitleKind::Title) => true,
            Some(TitleKind::Ambiguous) => next_is_title(),
            None => false,
        };
        // Never drop the last word: "Haji" alone is still a name.
        if !drop || start + 1 == folded.len() {
            break;
        }
        start += 1;
    }
    folded.drain(..start);
    folded.retain(|(_, f)| !is_suffix(f) && !f.is_empty());
}

/// The key of one token: its skeleton, with an "abd" compound split so
/// "Abdulrahman", "Abderrahman" and "Abd al-Rahman" agree.
pub(crate) fn token_key(folded: &str) -> Skeleton {
    if let Some(rest) = abd_rest(folded) {
        let mut key = Skeleton::from_slice(b"ABD");
        key.extend(inner_skeleton(&rest));
        return key;
    }
    skeleton(folded)
}

/// For a glued "abd" compound, the name after "abd" without its article.
fn abd_rest(folded: &str) -> Option<String> {
    let rest = folded.strip_prefix("abd").or_else(|| folded.strip_prefix("عبد"))?;
    let rest = strip_article(rest);
    (rest.chars().count() >= 2).then_some(rest)
}

/// Drops a leading article from a glued name: "ulrahman" → "rahman",
/// "errahman" → "rahman", "ollahian" → "lahian", "الرحمن" → "رحمن".
fn strip_article(rest: &str) -> String {
    if let Some(r) = rest.strip_prefix("ال") {
        return r.to_string();
    }
    let r = rest.trim_start_matches(['a', 'e', 'i', 'o', 'u']);
    let mut cs = r.chars();
    match (cs.next(), cs.next()) {
        // Assimilated article: the consonant is doubled ("rr", "ll").
        (Some(a), Some(b)) if a == b => r[a.len_utf8()..].to_string(),
        // "ulrahman": the article's l before a consonant. Before a vowel
        // the l may be the name's own ("Abdolahad"), so it stays.
        (Some('l'), Some(c)) if !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') => r[1..].to_string(),
        _ => r.to_string(),
    }
}

fn is_slavic_patronymic(folded: &str) -> bool {
    const ENDS: [&str; 10] = ["ovich", "evich", "ovna", "evna", "ich", "ович", "евич", "овна", "евна", "ич"];
    folded.len() >= 6
        && may_end_slavic(folded)
        && ENDS.iter().any(|e| folded.ends_with(e))
        && folded.chars().count() >= 6
}

/// Whether the last byte can end a Slavic patronymic ("h", "a", "ч", "а"):
/// most tokens are rejected before trying every ending.
fn may_end_slavic(folded: &str) -> bool {
    matches!(folded.as_bytes().last(), Some(b'h' | b'a' | 0x87 | 0xb0))
}

fn build_parts(tokens: &[(&str, &str)], keep_text: bool, parts: &mut Vec<NamePart>) {
    parts.clear();
    parts.reserve(tokens.len());
    let mut pending: Option<ParticleKind> = None;
    let mut pending_text = String::new();
    let mut pending_lead: Option<char> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (text, folded) = &tokens[i];
        i += 1;
        let particle = lexicon::particle(folded);
        // A particle needs a name after it; a final one is kept as a name.
        if let Some(kind) = particle.filter(|_| i < tokens.len()) {
            match kind {
                ParticleKind::Suffix => {
                    if let Some(last) = parts.last_mut() {
                        last.role = Role::Patronymic;
                    }
                }
                ParticleKind::Article if matches!(pending, Some(ParticleKind::Abd | ParticleKind::Kunya)) => {
                    if keep_text {
                        pending_text.push_str(text);
                        pending_text.push(' ');
                    }
                }
                _ => {
                    pending = Some(kind);
                    pending_lead = folded.chars().next();
                    if keep_text {
                        pending_text.clear();
                        pending_text.push_str(text);
                        pending_text.push(' ');
                    }
                }
            }
            continue;
        }
        let own = |keep: bool| if keep { text.to_string() } else { String::new() };
        let joined = |keep: bool| if keep { format!("{pending_text}{text}") } else { String::new() };
        let (role, key, shown, lead) = match pending.take() {
            Some(ParticleKind::Abd) => {
                // The article, if any, was its own token already.
                let mut key = Skeleton::from_slice(b"ABD");
                key.extend(inner_skeleton(folded));
                (None, key, joined(keep_text), pending_lead)
            }
            Some(ParticleKind::Kunya) => {
                let mut key = Skeleton::from_slice(b"AB");
                key.extend(token_key(folded));
                (Some(Role::Kunya), key, joined(keep_text), pending_lead)
            }
            Some(ParticleKind::Patronymic) => {
                (Some(Role::Patronymic), token_key(folded), own(keep_text), folded.chars().next())
            }
            Some(ParticleKind::Article | ParticleKind::Family) => {
                (Some(Role::Family), token_key(folded), own(keep_text), folded.chars().next())
            }
            Some(ParticleKind::Suffix) | None => (None, token_key(folded), own(keep_text), folded.chars().next()),
        };
        if key.is_empty() {
            continue;
        }
        let mut letters = folded.chars();
        let single = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic());
        let role = if single {
            Some(Role::Initial)
        } else if role.is_none() && is_slavic_patronymic(folded) {
            Some(Role::Patronymic)
        } else {
            role
        };
        let alt = glued_article_alt(folded).or_else(|| slavic_base(folded)).unwrap_or_default();
        let latin = folded.is_ascii().then(|| plain_form(folded));
        let weight = if single { 0.1 } else { lexicon::weight(latin.as_deref(), &key) };
        parts.push(NamePart {
            text: shown,
            role: role.unwrap_or(Role::Middle),
            full: crate::cost::full_cost(&key),
            skel: key,
            alt,
            weight,
            initial: if single { folded.chars().next() } else { None },
            latin,
            lead,
        });
    }
    // Unmarked parts: the first is the given name, the last the family name.
    let unmarked = |p: &NamePart| p.role == Role::Middle;
    if let Some(first) = parts.iter().position(unmarked) {
        if first == 0 || parts[..first].iter().all(|p| p.role == Role::Initial) {
            parts[first].role = Role::Given;
        }
    }
    if let Some(last) = parts.iter().rposition(unmarked) {
        if last + 1 == parts.len() {
            parts[last].role = Role::Family;
        }
    }
}

/// The name a Slavic patronymic is made from: "Asanbekovich" → "Asanbek".
fn slavic_base(folded: &str) -> Option<Skeleton> {
    const ENDS: [&str; 8] = ["ovich", "evich", "ovna", "evna", "ович", "евич", "овна", "евна"];
    if !may_end_slavic(folded) {
        return None;
    }
    let base = ENDS.iter().find_map(|e| folded.strip_suffix(e))?;
    (base.chars().count() >= 3).then(|| token_key(base))
}

/// The spelling compared letter by letter for short names: doubled
/// letters written once and the unwritten ending dropped ("Fatemeh" and
/// "Fatema" → "fatem", "Saleem" → "salem").
pub(crate) fn plain_form(folded: &str) -> Skeleton {
    let bytes = folded.as_bytes();
    // Kept in a stack buffer, copied once: SmallVec pushes and pops cost
    // more than the work on names this short.
    let mut kept = [0u8; 64];
    if bytes.len() > kept.len() {
        let mut v = Skeleton::from_slice(bytes);
        v.dedup();
        v.truncate(ending_trimmed(&v));
        return v;
    }
    // Written unconditionally, kept when it differs from the letter
    // before: no branch to mispredict on doubled letters.
    let mut n = 0;
    let mut prev = None;
    for &b in bytes {
        kept[n] = b;
        n += usize::from(prev != Some(b));
        prev = Some(b);
    }
    crate::skeleton::skeleton_from_buf(&kept, ending_trimmed(&kept[..n]))
}

/// The length of a plain form without its unwritten ending: a final
/// vowel+h, then final vowels, keeping at least three letters.
fn ending_trimmed(v: &[u8]) -> usize {
    let mut len = v.len();
    if len > 3 && v[len - 1] == b'h' && is_plain_vowel(v[len - 2]) {
        len -= 1;
    }
    while len > 3 && is_plain_vowel(v[len - 1]) {
        len -= 1;
    }
    len
}

pub(crate) fn is_plain_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// "albostani", "alzubaidi": Latin names written with the article glued on.
fn glued_article_alt(folded: &str) -> Option<Skeleton> {
    let rest = folded.strip_prefix("al").or_else(|| folded.strip_prefix("el"))?;
    let first = rest.chars().next()?;
    (rest.chars().count() >= 4 && !matches!(first, 'a' | 'e' | 'i' | 'o' | 'u' | 'l')).then(|| token_key(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_separator_table_agrees_with_the_rule() {
        for b in 0u8..128 {
            let c = char::from(b);
            let rule = c.is_whitespace() || matches!(c, '-' | '_' | '/' | '(' | ')' | '[' | ']' | '"' | ';' | ':');
            assert_eq!(ASCII_SEPARATES[usize::from(b)], rule, "{b:#x}");
        }
    }

    #[test]
    fn the_letter_ranges_are_letters() {
        for c in (0u32..0x800).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn plain_form_is_the_deduplicated_spelling_without_its_ending() {
        // The definition, written plainly.
        fn reference(folded: &str) -> Vec<u8> {
            let mut v = folded.as_bytes().to_vec();
            v.dedup();
            let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
            if v.len() > 3 && v[v.len() - 1] == b'h' && vowel(v[v.len() - 2]) {
                v.pop();
            }
            while v.len() > 3 && v.last().is_some_and(|&b| vowel(b)) {
                v.pop();
            }
            v
        }
        let long = "abcdefghij".repeat(8);
        for t in ["fatemeh", "fatema", "saleem", "aah", "ooooo", "mohammad", "a", "", "xyzaeh", &long] {
            assert_eq!(plain_form(t).as_slice(), reference(t).as_slice(), "{t}");
        }
    }

    #[test]
    fn tokens_split_on_separators_and_lose_edge_punctuation() {
        let t = split_tokens(" Abd-al Rahman (Abu\u{2013}Ali),\tالرحمن ");
        assert_eq!(t.as_slice(), ["Abd", "al", "Rahman", "Abu", "Ali", "ال", "رحمن"]);
    }
}
