//! Edit costs between skeletons.
//!
//! Substitutions between letters that romanisations confuse (g/j in
//! Egyptian vs Levantine "Gamal"/"Jamal", s/z, th as t or s, kh as h or k,
//! p/b and f/v across Persian and Slavic spellings) cost less than
//! arbitrary ones; an `H`, an initial-vowel mark or a `Y` is often simply
//! not written, so dropping one is cheap. The values were checked on the
//! CC0 Wikidata transliteration pairs (`examples/check_translit.rs`).

/// Cost of substituting skeleton letter `a` by `b`.
#[inline]
pub(crate) fn substitution(a: u8, b: u8) -> f32 {
    if a == b {
        return 0.0;
    }
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    match (x, y) {
        (b'A', b'Y') | (b'F', b'V') | (b'S', b'Z') | (b'D', b'Z') => 0.3,
        (b'S', b'X') | (b'D', b'T') | (b'J', b'K') | (b'H', b'K') | (b'B', b'V') | (b'J', b'X') => 0.45,
        (b'J', b'Z') | (b'S', b'T') | (b'B', b'F') | (b'A', b'H') | (b'K', b'X') | (b'T', b'Z') => 0.6,
        (b'A', b'V') | (b'M', b'N') | (b'L', b'R') | (b'N', b'Y') | (b'H', b'X') => 0.75,
        _ => 1.0,
    }
}

/// Cost of inserting or deleting skeleton letter `a`.
#[inline]
pub(crate) fn indel(a: u8) -> f32 {
    match a {
        b'H' | b'A' | b'Y' => 0.35,
        // w/v is often a written vowel glide ("Mawlud" / "Mevlut").
        b'V' => 0.45,
        b'N' => 0.7,
        _ => 1.0,
    }
}

/// Weighted edit distance between two skeletons.
pub(crate) fn distance(a: &[u8], b: &[u8]) -> f32 {
    if a == b {
        return 0.0;
    }
    if a.is_empty() {
        return b.iter().map(|&c| indel(c)).sum();
    }
    if b.is_empty() {
        return a.iter().map(|&c| indel(c)).sum();
    }
    // Two rows; skeletons are short, so a stack buffer covers most tokens.
    let n = b.len();
    let mut buf_prev = [0f32; 33];
    let mut buf_cur = [0f32; 33];
    let mut heap_prev;
    let mut heap_cur;
    let (prev, cur): (&mut [f32], &mut [f32]) = if n < 33 {
        (&mut buf_prev[..=n], &mut buf_cur[..=n])
    } else {
        heap_prev = vec![0f32; n + 1];
        heap_cur = vec![0f32; n + 1];
        (&mut heap_prev[..], &mut heap_cur[..])
    };
    for j in 1..=n {
        prev[j] = prev[j - 1] + indel(b[j - 1]);
    }
    for &ca in a {
        cur[0] = prev[0] + indel(ca);
        for j in 1..=n {
            let cb = b[j - 1];
            let sub = prev[j - 1] + substitution(ca, cb);
            let del = prev[j] + indel(ca);
            let ins = cur[j - 1] + indel(cb);
            cur[j] = sub.min(del).min(ins);
        }
        prev.copy_from_slice(cur);
    }
    prev[n]
}

/// Similarity in `[0, 1]` of two skeletons: one minus the edit distance
/// over the cost of writing the longer one from nothing.
pub(crate) fn similarity(a: &[u8], b: &[u8]) -> f32 {
    if a == b {
        return if a.is_empty() { 0.0 } else { 1.0 };
    }
    let full = |s: &[u8]| s.iter().map(|&c| indel(c)).sum::<f32>();
    let denom = full(a).max(full(b));
    if denom <= 0.0 {
        return 0.0;
    }
    (1.0 - distance(a, b) / denom).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_is_symmetric_and_zero_on_equal() {
        let pairs: [(&[u8], &[u8]); 3] = [(b"HSN", b"HSN"), (b"KML", b"JML"), (b"ABDRHMN", b"BDRHMN")];
        for (a, b) in pairs {
            assert!((distance(a, b) - distance(b, a)).abs() < 1e-6);
        }
        assert_eq!(distance(b"HSN", b"HSN"), 0.0);
        assert!(similarity(b"KML", b"JML") > similarity(b"KML", b"TML"));
    }
}
