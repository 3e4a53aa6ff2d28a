//! Token folding and the transliteration skeleton.
//!
//! Romanisations of one name differ mostly in vowels ("Hosein", "Husayn"),
//! doubled letters, and a few consonant spellings (kh/h, q/k/g, j/dj, dh/z,
//! sh/ch/sch). Arabic, Persian and Hebrew write few vowels at all. So a
//! token is reduced to a consonant skeleton over a small alphabet, with
//! one mark for an initial vowel; Latin spellings and the letters of the
//! other scripts map into the same alphabet and compare directly. What the
//! skeleton merges cheaply is then weighed by [`crate::cost`].

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// A skeleton: bytes of the alphabet `A B D F H J K L M N R S T V X Y Z`.
pub(crate) type Skeleton = smallvec::SmallVec<[u8; 16]>;

/// The first `n` bytes of `buf` as a skeleton. Short ones (nearly all)
/// move as one fixed-size array: `Skeleton::from_slice` calls memcpy.
pub(crate) fn skeleton_from_buf<const B: usize>(buf: &[u8; B], n: usize) -> Skeleton {
    match buf.get(..16).and_then(|head| <[u8; 16]>::try_from(head).ok()) {
        Some(head) if n <= 16 => Skeleton::from_buf_and_len(head, n),
        _ => Skeleton::from_slice(&buf[..n]),
    }
}

/// Folds a token for comparison: lower case, diacritics removed, Latin
/// special letters spelled out, apostrophes and other marks inside names
/// (ʿ ʾ ' ’ ` . ) dropped. Letters of other scripts are kept.
pub(crate) fn fold(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    fold_into(token, &mut out);
    out
}

/// An ASCII byte folded: lower case, or `None` for the marks dropped
/// inside names (' ` .).
#[inline]
pub(crate) fn fold_ascii_byte(b: u8) -> Option<u8> {
    (!matches!(b, b'\'' | b'`' | b'.')).then(|| b.to_ascii_lowercase())
}

/// [`fold`], appending to `out` (one buffer serves all tokens of a name).
pub(crate) fn fold_into(token: &str, out: &mut String) {
    // Most tokens are plain ASCII: no decomposition needed.
    if token.is_ascii() {
        if token.bytes().all(|b| fold_ascii_byte(b).is_some()) {
            let start = out.len();
            out.push_str(token);
            out[start..].make_ascii_lowercase();
        } else {
            out.extend(token.bytes().filter_map(fold_ascii_byte).map(char::from));
        }
        return;
    }
    // Cyrillic, Hebrew and Arabic letters fold one by one from a table,
    // without the decomposition (a few times slower per letter).
    let start = out.len();
    let table = script_folds();
    for c in token.chars() {
        if let Some(b) = u8::try_from(c).ok().filter(u8::is_ascii) {
            out.extend(fold_ascii_byte(b).map(char::from));
            continue;
        }
        match table.get((c as usize).wrapping_sub(SCRIPT_FOLDS_FROM)) {
            Some(Some(f)) => out.push_str(f),
            _ => {
                out.truncate(start);
                fold_decomposed(token, out);
                return;
            }
        }
    }
}

/// The first code point of [`script_folds`].
const SCRIPT_FOLDS_FROM: usize = 0x400;

/// The folds of U+0400..U+0700 (Cyrillic, Armenian, Hebrew, Arabic), by
/// [`fold_decomposed`] letter by letter. A token's fold is then its
/// letters' folds one after another, because every combining mark the
/// decomposition could reorder is dropped. `None` where a letter's fold
/// keeps a combining mark: no letter of the range does today, but if the
/// dropped marks ever change, such tokens take the full path.
fn script_folds() -> &'static [Option<String>] {
    static TABLE: OnceLock<Vec<Option<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (SCRIPT_FOLDS_FROM..0x700)
            .map(|cp| {
                let c = char::from_u32(u32::try_from(cp).ok()?)?;
                let mut f = String::new();
                fold_decomposed(c.encode_utf8(&mut [0; 4]), &mut f);
                f.chars().all(|x| unicode_normalization::char::canonical_combining_class(x) == 0).then_some(f)
            })
            .collect()
    })
}

/// [`fold_into`] by Unicode compatibility decomposition: any token.
fn fold_decomposed(token: &str, out: &mut String) {
    // Compatibility decomposition also maps Arabic presentation forms
    // (U+FB50..U+FEFF, common in PDF-extracted lists) to plain letters.
    for c in token.nfkd() {
        if is_combining(c) {
            continue;
        }
        match c {
            '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '`' | '´' | '.' | '\u{200c}' | '\u{200d}' | 'ـ' => {}
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'ı' => out.push('i'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'þ' | 'Þ' => out.push_str("th"),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// How a letter of a non-Latin script maps into the skeleton.
#[derive(Clone, Copy, Debug)]
enum Letter {
    Consonant(u8),
    Vowel,
    GlideY,
    GlideW,
    Drop,
}

fn script_letters() -> &'static HashMap<char, Letter> {
    static TABLE: OnceLock<HashMap<char, Letter>> = OnceLock::new();
    TABLE.get_or_init(|| {
        crate::lexicon::tsv_rows(include_str!("../data/script_letters.tsv"))
            .filter_map(|(l, v)| {
                let c = l.chars().next()?;
                let letter = match v {
                    "<vowel>" => Letter::Vowel,
                    "<glide-y>" => Letter::GlideY,
                    "<glide-w>" => Letter::GlideW,
                    "<drop>" => Letter::Drop,
                    s if s.len() == 1 => Letter::Consonant(s.as_bytes()[0]),
                    _ => return None,
                };
                Some((c, letter))
            })
            .collect()
    })
}

/// The skeleton of a folded token (see [`fold`]).
pub(crate) fn skeleton(folded: &str) -> Skeleton {
    skeleton_from(folded, true)
}

/// The skeleton of the inside of a word (after a split-off prefix such as
/// "abd"): no initial-vowel mark.
pub(crate) fn inner_skeleton(folded: &str) -> Skeleton {
    skeleton_from(folded, false)
}

fn skeleton_from(folded: &str, word_start: bool) -> Skeleton {
    // Most tokens are ASCII: their bytes are their letters, no decoding.
    if let Some(s) = skeleton_of_letters(folded.as_bytes(), word_start) {
        return s;
    }
    if folded.is_ascii() {
        return skeleton_of(folded.as_bytes(), word_start);
    }
    // Short tokens avoid a heap allocation for their characters.
    let mut stack = ['\0'; 32];
    let heap: Vec<char>;
    let chars: &[char] = if folded.len() <= stack.len() {
        // At most one char per byte, so the stack buffer is large enough.
        let mut n = 0;
        for (slot, c) in stack.iter_mut().zip(folded.chars()) {
            *slot = c;
            n += 1;
        }
        &stack[..n]
    } else {
        heap = folded.chars().collect();
        &heap
    };
    skeleton_of(chars, word_start)
}

fn skeleton_of<C: Copy + Into<char>>(chars: &[C], word_start: bool) -> Skeleton {
    let mut out = Skeleton::new();
    let mut i = 0;
    while i < chars.len() {
        let c: char = chars[i].into();
        let initial = i == 0 && word_start;
        if c.is_ascii_alphabetic() {
            let (n, push) = latin(chars, i, word_start);
            // Byte by byte: `extend_from_slice` calls memcpy for one or
            // two bytes.
            for &b in push {
                out.push(b);
            }
            i += n;
            continue;
        }
        let next: Option<char> = chars.get(i + 1).map(|&n| n.into());
        if i > 0 && chars[i - 1].into() == c {
            i += 1;
            continue;
        }
        match script_letters().get(&c) {
            Some(Letter::Consonant(b)) => {
                // A final heh is the feminine/-eh ending ("-eh", "-a").
                let final_heh = *b == b'H' && next.is_none() && !initial && matches!(c, 'ه' | 'ה');
                if !final_heh {
                    out.push(*b);
                }
            }
            Some(Letter::Vowel) if initial => out.push(b'A'),
            Some(Letter::GlideY) if initial => out.push(b'Y'),
            Some(Letter::GlideW) if initial || matches!(next, Some('ا' | 'א')) => out.push(b'V'),
            Some(_) => {}
            // Digits and unknown letters keep their identity so different
            // unknown tokens do not look alike.
            None if c.is_alphanumeric() => out.push(0x80 | (c as u32 % 128) as u8),
            None => {}
        }
        i += 1;
    }
    // Only letters doubled in writing merge (see `latin`); "Tamim" keeps
    // both its m's, so it does not collapse onto "Tam".
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The skeleton of a token of lower-case ASCII letters (most tokens), or
/// `None` for any other token: [`latin`]'s rules with the letters that
/// map alone looked up in a table, the digraphs matched on bytes, and the
/// output kept on the stack until it is complete.
fn skeleton_of_letters(bytes: &[u8], word_start: bool) -> Option<Skeleton> {
    // At most two skeleton letters per letter ("x" → "KS").
    let mut out = [0u8; 64];
    if bytes.len() * 2 > out.len() {
        return None;
    }
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if !c.is_ascii_lowercase() {
            return None;
        }
        // Doubled letters are one letter ("Haqqani", "Mohammed").
        if i > 0 && bytes[i - 1] == c {
            i += 1;
            continue;
        }
        let first = i == 0 && word_start;
        let (used, push): (usize, &[u8]) = match SINGLE[usize::from(c & 0x1F)] {
            VOWEL if first => (1, if c == b'y' { b"Y" } else { b"A" }),
            VOWEL => (1, b""),
            CONTEXT => {
                let after_vowel = || i > 0 && is_vowel(char::from(bytes[i - 1]));
                latin_rule(c, at(i + 1), at(i + 2), after_vowel, first)
            }
            _ => {
                out[n] = SINGLE[usize::from(c & 0x1F)];
                n += 1;
                i += 1;
                continue;
            }
        };
        for &b in push {
            out[n] = b;
            n += 1;
        }
        i += used;
    }
    Some(skeleton_from_buf(&out, n))
}

const VOWEL: u8 = 1;
const CONTEXT: u8 = 2;

/// For each lower-case letter (by its low five bits): the skeleton letter
/// it maps to whatever surrounds it, or VOWEL, or CONTEXT when a digraph
/// or its position decides ("sh", "kh", initial "x", final "h").
const SINGLE: [u8; 32] = {
    let mut t = [CONTEXT; 32];
    let map: [(u8, u8); 16] = [
        (b'a', VOWEL),
        (b'e', VOWEL),
        (b'i', VOWEL),
        (b'o', VOWEL),
        (b'u', VOWEL),
        (b'y', VOWEL),
        (b'b', b'B'),
        (b'f', b'F'),
        (b'j', b'J'),
        (b'l', b'L'),
        (b'm', b'M'),
        (b'n', b'N'),
        (b'q', b'K'),
        (b'r', b'R'),
        (b'v', b'V'),
        (b'w', b'V'),
    ];
    let mut k = 0;
    while k < map.len() {
        t[(map[k].0 & 0x1F) as usize] = map[k].1;
        k += 1;
    }
    t
};

/// The skeleton letters for the Latin letter(s) at `i`, and how many
/// chars they consume.
fn latin<C: Copy + Into<char>>(chars: &[C], i: usize, word_start: bool) -> (usize, &'static [u8]) {
    // The rules read bytes: other chars are 0xFF (no rule's letter), the
    // end of the token is 0.
    let at = |k: usize| chars.get(k).map_or(0, |&c| u8::try_from(c.into()).ok().filter(u8::is_ascii).unwrap_or(0xFF));
    let c = at(i);
    // Doubled letters are one letter ("Haqqani", "Mohammed").
    if i > 0 && at(i - 1) == c {
        return (1, b"");
    }
    latin_rule(c, at(i + 1), at(i + 2), || i > 0 && is_vowel(char::from(at(i - 1))), i == 0 && word_start)
}

/// The rules of [`latin`] on bytes: letter `c` followed by `next` and
/// `after` (0 past the end); `after_vowel` says whether a vowel precedes
/// (asked only for a final h); `first` at a word's start.
#[inline]
fn latin_rule(c: u8, next: u8, after: u8, after_vowel: impl Fn() -> bool, first: bool) -> (usize, &'static [u8]) {
    match c {
        b's' if next == b'c' && after == b'h' => (3, b"X"),
        b's' if next == b'h' => (2, b"X"),
        b's' => (1, b"S"),
        b't' if matches!((next, after), (b'c' | b's', b'h')) => (3, b"X"),
        b't' if matches!(next, b'h' | b's' | b'z') => (2, b"S"),
        b't' => (1, b"T"),
        b'd' if next == b'z' && after == b'h' => (3, b"J"),
        b'd' if next == b'j' => (2, b"J"),
        b'd' if next == b'h' => (2, b"Z"),
        b'd' => (1, b"D"),
        b'z' if next == b'h' => (2, b"J"),
        b'z' => (1, b"Z"),
        b'c' if next == b'h' => (2, b"X"),
        b'c' if next == b'k' => (2, b"K"),
        b'c' if matches!(next, b'e' | b'i' | b'y') => (1, b"S"),
        b'c' => (1, b"K"),
        b'k' if next == b'h' => (2, b"H"),
        b'g' if next == b'h' => (2, b"K"),
        b'q' | b'g' | b'k' => (1, b"K"),
        b'p' if next == b'h' => (2, b"F"),
        b'p' | b'b' => (1, b"B"),
        b'y' if first => (1, b"Y"),
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => (1, if first { b"A" } else { b"" }),
        b'w' => (1, b"V"),
        // "-eh", "-ah": a final h after a vowel is not written in Arabic.
        b'h' if next == 0 && after_vowel() => (1, b""),
        b'h' => (1, b"H"),
        // Pinyin x- is "sh" (Xi, Xu); elsewhere x is "ks".
        b'x' => (1, if first { b"X" } else { b"KS" }),
        b'j' => (1, b"J"),
        b'f' => (1, b"F"),
        b'v' => (1, b"V"),
        b'l' => (1, b"L"),
        b'm' => (1, b"M"),
        b'n' => (1, b"N"),
        b'r' => (1, b"R"),
        _ => (1, b""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sk(s: &str) -> String {
        String::from_utf8(skeleton(&fold(s)).to_vec()).unwrap_or_default()
    }

    #[test]
    fn romanisations_share_a_skeleton() {
        assert_eq!(sk("Hossein"), sk("Hosein"));
        assert_eq!(sk("Husayn"), sk("حسين"));
        assert_eq!(sk("Mohammed"), sk("Muhammad"));
        assert_eq!(sk("Mohamed"), sk("محمد"));
        assert_eq!(sk("Fatemeh"), sk("Fatema"));
        assert_eq!(sk("Khalid"), sk("Halid"));
        assert_eq!(sk("Qasim"), sk("Kasim"));
        assert_eq!(sk("Uthman"), sk("Usman"));
        assert_eq!(sk("Ibrahim"), sk("إبراهيم"));
        assert_eq!(sk("Ebrahim"), sk("Ibrahim"));
        assert_eq!(sk("Marwan"), sk("مروان"));
        assert_eq!(sk("Yusuf"), sk("Юсуф"));
        assert_eq!(sk("Rouhani"), sk("روحاني"));
        assert_eq!(sk("Ba'asyir"), sk("Baasyir"));
        assert_eq!(sk("Çelik"), sk("celik"));
    }

    /// Deterministic pseudo-random numbers below `n`.
    fn rng() -> impl FnMut(usize) -> usize {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        move |n| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        }
    }

    #[test]
    fn the_letter_table_path_agrees_with_the_rules() {
        // Every token of the name lexicon, and random strings dense in
        // digraphs and doubled letters.
        let mut tokens: Vec<String> =
            crate::lexicon::tsv_rows(include_str!("../data/name_freq.tsv")).map(|(t, _)| fold(t)).collect();
        let mut next = rng();
        let letters = b"aeiouyhscktdzgpxwjbfq";
        for _ in 0..20_000 {
            let len = 1 + next(12);
            tokens.push((0..len).map(|_| char::from(letters[next(letters.len())])).collect());
        }
        for t in tokens.iter().filter(|t| t.bytes().all(|b| b.is_ascii_lowercase())) {
            for start in [true, false] {
                assert_eq!(skeleton_of_letters(t.as_bytes(), start), Some(skeleton_of(t.as_bytes(), start)), "{t}");
            }
        }
    }

    #[test]
    fn the_script_table_folds_as_the_decomposition_does() {
        // Letters of U+0400..U+0700 with combining marks, Latin letters,
        // apostrophes and presentation forms mixed in: the table path
        // either gives the decomposition's fold or hands the token to it.
        let mut next = rng();
        let pool: Vec<char> = (0x400u32..0x700)
            .chain([0x301, 0x306, 0x654, 0x64e, 0xfe8d, 0x27, 0x2e, 0x41, 0x7a, 0xe9])
            .filter_map(char::from_u32)
            .collect();
        for _ in 0..50_000 {
            let len = 1 + next(8);
            let token: String = (0..len).map(|_| pool[next(pool.len())]).collect();
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_into(&token, &mut fast);
            fold_decomposed(&token, &mut slow);
            assert_eq!(fast, slow, "{token:?}");
        }
    }

    #[test]
    fn different_names_differ() {
        assert_ne!(sk("Tamim"), sk("Mohammed"));
        assert_ne!(sk("Hamad"), sk("Ahmad"));
    }
}
