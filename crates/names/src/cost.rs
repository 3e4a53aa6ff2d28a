//! Edit costs between skeletons.
//!
//! Substitutions between letters that romanisations confuse (g/j in
//! Egyptian vs Levantine "Gamal"/"Jamal", s/z, th as t or s, kh as h or k,
//! p/b and f/v across Persian and Slavic spellings) cost less than
//! arbitrary ones; an `H`, an initial-vowel mark or a `Y` is often simply
//! not written, so dropping one is cheap. The values were checked on the
//! CC0 Wikidata transliteration pairs (`examples/check_translit.rs`).

/// Cost of substituting skeleton letter `a` by `b`.
fn substitution(a: u8, b: u8) -> f32 {
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

/// The skeleton letters substituting `a` costs at most `max`, other
/// than `a` itself.
pub(crate) fn cheap_substitutes(a: u8, max: f32) -> impl Iterator<Item = u8> {
    b"ABDFHJKLMNRSTVXYZ".iter().copied().filter(move |&b| b != a && substitution(a, b) <= max)
}

/// Longest skeleton compared letter by letter.
const MAX_COMPARED: usize = 64;

/// The cheapest insertion or deletion (see [`indel`]).
const MIN_INDEL: f32 = 0.35;

/// Cost of inserting or deleting skeleton letter `a`.
fn indel(a: u8) -> f32 {
    match a {
        b'H' | b'A' | b'Y' => 0.35,
        // w/v is often a written vowel glide ("Mawlud" / "Mevlut").
        b'V' => 0.45,
        b'N' => 0.7,
        _ => 1.0,
    }
}

/// Letter classes for the cost tables: skeleton letters A–Z are 0–25;
/// any other byte (letters of unmapped scripts) is 26 + its low bits, so
/// different unknown letters still differ.
#[inline]
fn class(b: u8) -> usize {
    usize::from(CLASS[usize::from(b)])
}

/// [`class`] of every byte, as a table: one load in the edit distance's
/// loops instead of a branch and a division.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() { c - b'A' } else { 26 + (c & 0x1F) % 6 };
        b += 1;
    }
    t
};

const N: usize = 32;

struct Tables {
    sub: [[f32; N]; N],
    indel: [f32; N],
}

fn tables() -> &'static Tables {
    static T: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables { sub: [[1.0; N]; N], indel: [1.0; N] };
        let letters: Vec<u8> = (b'A'..=b'Z').collect();
        for &a in &letters {
            t.indel[class(a)] = indel(a);
            for &b in &letters {
                t.sub[class(a)][class(b)] = substitution(a, b);
            }
        }
        for c in 26..N {
            t.sub[c][c] = 0.0;
        }
        t
    })
}

/// The cost of writing a skeleton from nothing.
#[inline]
pub(crate) fn full_cost(a: &[u8]) -> f32 {
    let t = tables();
    a.iter().map(|&c| t.indel[class(c)]).sum()
}

/// Weighted edit distance between two skeletons.
#[cfg(test)]
pub(crate) fn distance(a: &[u8], b: &[u8]) -> f32 {
    distance_bounded(a, b, f32::INFINITY)
}

/// The distance, or a value above `bound` as soon as it is certain to
/// exceed it.
fn distance_bounded(a: &[u8], b: &[u8], bound: f32) -> f32 {
    let t = tables();
    // Equal skeletons come out 0 from the table too; the callers test
    // equality first, so it is not tested again here.
    if a.is_empty() {
        return full_cost(b);
    }
    if b.is_empty() {
        return full_cost(a);
    }
    let n = b.len();
    if n >= 24 {
        return distance_heap(a, b);
    }
    // Per column of `b`: its class and its insertion cost, looked up once.
    let mut bc = [0u8; 24];
    let mut ins = [0f32; 24];
    for (j, &c) in b.iter().enumerate() {
        let k = class(c) & (N - 1);
        bc[j] = k as u8;
        ins[j] = t.indel[k];
    }
    // One row, updated in place: `diag` and `left` carry the two cells
    // the next one needs that are already overwritten or just computed.
    let mut row = [0f32; 25];
    for j in 0..n {
        row[j + 1] = row[j] + ins[j];
    }
    let (bc, ins) = (&bc[..n], &ins[..n]);
    // Rows two at a time: each cell waits on its left neighbour, so one
    // row is a chain of dependent additions; two rows in one loop are two
    // chains the processor runs side by side. (Same cells, same order of
    // operations: the same distance.)
    let mut pairs = a.chunks_exact(2);
    for pair in pairs.by_ref() {
        let (c1, c2) = (class(pair[0]) & (N - 1), class(pair[1]) & (N - 1));
        let (del1, del2) = (t.indel[c1], t.indel[c2]);
        let (sub1, sub2) = (&t.sub[c1], &t.sub[c2]);
        let mut diag1 = row[0];
        let mut left1 = diag1 + del1;
        let mut diag2 = left1;
        let mut left2 = left1 + del2;
        row[0] = left2;
        let (mut min1, mut min2) = (left1, left2);
        for ((cell, &k), &ins_j) in row[1..=n].iter_mut().zip(bc).zip(ins) {
            let k = usize::from(k) & (N - 1);
            let up = *cell;
            let v1 = min(min(diag1 + sub1[k], up + del1), left1 + ins_j);
            let v2 = min(min(diag2 + sub2[k], v1 + del2), left2 + ins_j);
            *cell = v2;
            diag1 = up;
            left1 = v1;
            diag2 = v1;
            left2 = v2;
            min1 = min(min1, v1);
            min2 = min(min2, v2);
        }
        // Every alignment passes through every row.
        let row_min = if min1 > min2 { min1 } else { min2 };
        if row_min > bound {
            return row_min;
        }
    }
    for &ca in pairs.remainder() {
        let ca = class(ca) & (N - 1);
        let del_a = t.indel[ca];
        let sub_row = &t.sub[ca];
        let mut diag = row[0];
        let mut left = diag + del_a;
        row[0] = left;
        let mut row_min = left;
        for ((cell, &k), &ins_j) in row[1..=n].iter_mut().zip(bc).zip(ins) {
            let up = *cell;
            let v = min(min(diag + sub_row[usize::from(k) & (N - 1)], up + del_a), left + ins_j);
            *cell = v;
            diag = up;
            left = v;
            row_min = min(row_min, v);
        }
        if row_min > bound {
            return row_min;
        }
    }
    row[n]
}

/// The smaller of two costs. Costs are never NaN, so the plain comparison
/// (one `minss`) replaces `f32::min`, whose NaN handling costs a few
/// instructions in the innermost loop.
#[inline(always)]
fn min(a: f32, b: f32) -> f32 {
    if b < a {
        b
    } else {
        a
    }
}

fn distance_heap(a: &[u8], b: &[u8]) -> f32 {
    let t = tables();
    let n = b.len();
    let mut prev: Vec<f32> = vec![0.0; n + 1];
    let mut cur: Vec<f32> = vec![0.0; n + 1];
    for j in 1..=n {
        prev[j] = prev[j - 1] + t.indel[class(b[j - 1])];
    }
    for &ca in a {
        let ca = class(ca);
        cur[0] = prev[0] + t.indel[ca];
        for j in 1..=n {
            let cb = class(b[j - 1]);
            cur[j] = (prev[j - 1] + t.sub[ca][cb]).min(prev[j] + t.indel[ca]).min(cur[j - 1] + t.indel[cb]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n]
}

/// Similarity in `[0, 1]` of two skeletons: one minus the edit distance
/// over the cost of writing the longer one from nothing. Similarities
/// below `floor` come back as 0 (computed with an early exit).
pub(crate) fn similarity_above(a: &[u8], b: &[u8], floor: f32) -> f32 {
    similarity_with_costs(a, full_cost(a), b, full_cost(b), floor)
}

/// `a == b` for the short byte strings of names, in a loop: slice
/// equality calls memcmp, which costs more than the compare on them.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// [`similarity_above`] with the full costs of both skeletons known.
#[inline]
pub(crate) fn similarity_with_costs(a: &[u8], full_a: f32, b: &[u8], full_b: f32, floor: f32) -> f32 {
    if same(a, b) {
        return if a.is_empty() { 0.0 } else { 1.0 };
    }
    // No name part has this many letters; junk this long compares by
    // identity rather than in time quadratic in its length.
    if a.len() > MAX_COMPARED || b.len() > MAX_COMPARED {
        return 0.0;
    }
    let denom = full_a.max(full_b);
    if denom <= 0.0 {
        return 0.0;
    }
    let bound = (1.0 - floor) * denom;
    // Every letter of length difference needs an insertion or deletion,
    // the cheapest of which costs MIN_INDEL.
    if a.len().abs_diff(b.len()) as f32 * MIN_INDEL > bound {
        return 0.0;
    }
    let d = distance_bounded(a, b, bound);
    if d > bound {
        return 0.0;
    }
    (1.0 - d / denom).clamp(0.0, 1.0)
}

/// Similarity in `[0, 1]` of two skeletons.
#[cfg(test)]
pub(crate) fn similarity(a: &[u8], b: &[u8]) -> f32 {
    similarity_above(a, b, 0.0)
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

    /// The stack version (two rows at a time, early exit) gives the
    /// distance of the plain one-row-at-a-time version, for odd and even
    /// numbers of rows, and exits only above its bound.
    #[test]
    fn bounded_distance_agrees_with_the_plain_one() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let letters = b"ABDHKLMNRSTVYZXJQ";
        for _ in 0..20_000 {
            let (la, lb) = (1 + next(9), 1 + next(9));
            let a: Vec<u8> = (0..la).map(|_| letters[next(letters.len() as u64) as usize]).collect();
            let b: Vec<u8> = (0..lb).map(|_| letters[next(letters.len() as u64) as usize]).collect();
            let exact = distance_heap(&a, &b);
            assert_eq!(distance_bounded(&a, &b, f32::INFINITY), exact, "{a:?} {b:?}");
            let bound = next(40) as f32 / 10.0;
            let d = distance_bounded(&a, &b, bound);
            if exact <= bound {
                assert_eq!(d, exact, "{a:?} {b:?} bound {bound}");
            } else {
                assert!(d > bound, "{a:?} {b:?} bound {bound}");
            }
        }
    }
}
