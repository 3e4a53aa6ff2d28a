//! Whole-name scoring: one-to-one alignment of parts, weighted by how
//! informative each part is, with the structural checks that generic fuzzy
//! scores lack (patronymics must agree, given names must not clash).

use smallvec::SmallVec;

use crate::cost;
use crate::parse::{Name, NamePart, Role};

/// The default decision threshold, chosen on the development pairs (see
/// the crate's DESIGN.md).
pub const DEFAULT_THRESHOLD: f32 = 0.46;

/// Whether `text` holds the ASCII byte `b`: names are short, and a plain
/// loop beats `str::contains`' search set-up on them.
pub(crate) fn has_byte(text: &str, b: u8) -> bool {
    text.bytes().any(|x| x == b)
}

/// The highest score a single name can get against a full one.
const SINGLE_CAP: f32 = 0.75;

/// How two parts (or a glued part and two split ones) were aligned.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Alignment {
    /// Indices into the first name's parts (two when a compound was split
    /// there: "Ali Akbar" vs "Aliakbar").
    pub a: Vec<usize>,
    /// Indices into the second name's parts.
    pub b: Vec<usize>,
    /// The parts as written, joined with a space when there are two.
    pub a_text: String,
    /// The parts as written.
    pub b_text: String,
    /// Similarity in `[0, 1]`: 1 for equal skeletons, falling with the
    /// weighted edit cost; below about half the letters, 0.
    pub similarity: f32,
    /// How informative the aligned parts are (mean weight, in `(0, 1]`):
    /// a shared "Mohammed" weighs little, a shared rare family name fully.
    pub weight: f32,
}

/// The result of comparing two names, with what it is based on.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NameMatch {
    /// The score in `[0, 1]`.
    pub score: f32,
    /// The decision at the matcher's threshold.
    pub same: bool,
    /// Parts that aligned, strongest first.
    pub alignments: Vec<Alignment>,
    /// Parts of the first name that aligned with nothing.
    pub unmatched_a: Vec<String>,
    /// Parts of the second name that aligned with nothing.
    pub unmatched_b: Vec<String>,
    /// Rules that lowered the score ("patronymics differ", …).
    pub penalties: Vec<&'static str>,
}

/// Compares person names. Cheap to build, `Copy`, usable as a `const`.
///
/// ```
/// use newswire_names::NameMatcher;
///
/// const M: NameMatcher = NameMatcher::new();
/// assert!(M.is_match("Ali-Akbar Velayaty", "Aliakbar Velayati"));
/// assert!(M.is_match("Khalid Mashal", "خالد مشعل"));
/// assert!(!M.is_match("Khalid bin Sultan Al Saud", "Mohammed bin Nayef Al Saud"));
///
/// let m = M.compare("Faisal bin Abderrahman", "Sheikh Faisal bin Abdulrahman Al Saud");
/// assert!(m.same);
/// for a in &m.alignments {
///     println!("{} ~ {} ({:.2})", a.a_text, a.b_text, a.similarity);
/// }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct NameMatcher {
    threshold: f32,
}

impl Default for NameMatcher {
    fn default() -> NameMatcher {
        NameMatcher::new()
    }
}

impl NameMatcher {
    /// A matcher with the default threshold.
    pub const fn new() -> NameMatcher {
        NameMatcher { threshold: DEFAULT_THRESHOLD }
    }

    /// Sets the decision threshold (clamped to `[0, 1]`).
    ///
    /// ```
    /// let strict = newswire_names::NameMatcher::new().threshold(0.9);
    /// assert!(!strict.is_match("Khaled Meshaal", "Meshaal"));
    /// ```
    pub const fn threshold(self, threshold: f32) -> NameMatcher {
        let t = if threshold < 0.0 {
            0.0
        } else if threshold > 1.0 {
            1.0
        } else {
            threshold
        };
        NameMatcher { threshold: t }
    }

    /// The decision threshold.
    pub const fn get_threshold(&self) -> f32 {
        self.threshold
    }

    /// The score of two names as text, in `[0, 1]`. A side may list
    /// aliases separated by `;` ("Husain Salimi; Hossein Salimi"): the
    /// best-matching pair counts.
    pub fn score(&self, a: &str, b: &str) -> f32 {
        if has_byte(a, b';') || has_byte(b, b';') {
            return best_variants(a, b).0;
        }
        // Scoring needs no text of the parts: a lighter parse, into two
        // vectors each thread keeps (no allocation per pair).
        thread_local! {
            static PARTS: std::cell::RefCell<(Vec<NamePart>, Vec<NamePart>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        PARTS.with(|cell| {
            let mut fresh = (Vec::new(), Vec::new());
            let mut held = cell.try_borrow_mut();
            let (pa, pb) = match held.as_deref_mut() {
                Ok(pair) => pair,
                Err(_) => &mut fresh,
            };
            Name::parts_for_score(a, pa);
            Name::parts_for_score(b, pb);
            let score = evaluate_by(pa, pb, a <= b, false).0;
            // A junk "name" of a million words leaves no large buffer
            // behind in the thread.
            for v in [pa, pb] {
                if v.capacity() > 64 {
                    *v = Vec::new();
                }
            }
            score
        })
    }

    /// True when the score reaches the threshold.
    pub fn is_match(&self, a: &str, b: &str) -> bool {
        self.score(a, b) >= self.threshold
    }

    /// The score of two parsed names; parse once when comparing a name
    /// with many.
    pub fn score_parsed(&self, a: &Name, b: &Name) -> f32 {
        evaluate(a, b, false).0
    }

    /// Compares two names and explains the result (for `;`-separated
    /// alias lists, the best-matching pair of aliases).
    pub fn compare(&self, a: &str, b: &str) -> NameMatch {
        if has_byte(a, b';') || has_byte(b, b';') {
            let (_, x, y) = best_variants(a, b);
            return self.compare_parsed(&Name::parse(x), &Name::parse(y));
        }
        self.compare_parsed(&Name::parse(a), &Name::parse(b))
    }

    /// Compares two parsed names and explains the result.
    pub fn compare_parsed(&self, a: &Name, b: &Name) -> NameMatch {
        let (score, detail) = evaluate(a, b, true);
        let detail = detail.unwrap_or_default();
        NameMatch {
            score,
            same: score >= self.threshold,
            alignments: detail.alignments,
            unmatched_a: detail.unmatched_a,
            unmatched_b: detail.unmatched_b,
            penalties: detail.penalties,
        }
    }
}

fn variants(s: &str) -> impl Iterator<Item = &str> + Clone {
    let all = s.split(';').map(str::trim);
    let any = all.clone().any(|v| !v.is_empty());
    all.filter(move |v| !any || !v.is_empty())
}

/// The best score over the aliases of each side, with the aliases.
fn best_variants<'a>(a: &'a str, b: &'a str) -> (f32, &'a str, &'a str) {
    let bs: Vec<Name> = variants(b).map(Name::parse).collect();
    let mut best = (0.0f32, a, b);
    for va in variants(a) {
        let na = Name::parse(va);
        for (vb, nb) in variants(b).zip(&bs) {
            let s = evaluate(&na, nb, false).0;
            if s > best.0 {
                best = (s, va, vb);
            }
        }
    }
    best
}

#[derive(Default)]
struct Detail {
    alignments: Vec<Alignment>,
    unmatched_a: Vec<String>,
    unmatched_b: Vec<String>,
    penalties: Vec<&'static str>,
}

/// Similarity of two parts, as `(credit to x, credit to y)`: an initial
/// aligned with a full name fully explains the initial but only a little
/// of the name.
pub(crate) fn part_similarity(x: &NamePart, y: &NamePart) -> (f32, f32) {
    match (x.initial, y.initial) {
        (Some(i), Some(j)) => {
            let s = if i == j { 1.0 } else { 0.0 };
            return (s, s);
        }
        (Some(i), None) => return if first_letter_is(y, i) { (0.8, 0.25) } else { (0.0, 0.0) },
        (None, Some(j)) => return if first_letter_is(x, j) { (0.25, 0.8) } else { (0.0, 0.0) },
        (None, None) => {}
    }
    // Short Latin names are told apart by their vowels too ("Sok"/"Sik",
    // "Ali"/"Ala"); long ones vary their vowels freely across
    // romanisations ("Hosein"/"Husayn").
    let (share, latin_floor) = match x.skel.len().max(y.skel.len()) {
        0..=2 => (0.4, LATIN_FLOORS[0]),
        3 => (0.2, LATIN_FLOORS[1]),
        _ => (0.08, LATIN_FLOORS[2]),
    };
    let both_latin = x.latin.is_some() && y.latin.is_some();
    let floor = if both_latin { latin_floor } else { (EFFECTIVE_FLOOR - 1e-3).max(0.0) };
    let mut best = cost::similarity_with_costs(&x.skel, x.full, &y.skel, y.full, floor);
    if best < 1.0 {
        for (p, q) in [(alt(x), Some(&y.skel)), (Some(&x.skel), alt(y)), (alt(x), alt(y))] {
            if let (Some(p), Some(q)) = (p, q) {
                best = best.max(cost::similarity_above(p, q, floor));
            }
        }
    }
    if let (Some(p), Some(q)) = (&x.latin, &y.latin) {
        // Skip the letter comparison when even a perfect one could not
        // lift the similarity over the floor.
        let differ = !cost::same(p, q);
        if differ && (1.0 - share) * best + share >= EFFECTIVE_FLOOR {
            best = (1.0 - share) * best + share * plain_similarity(p, q);
        } else if differ {
            best *= 1.0 - share;
        }
    }
    let eff = effective(best);
    (eff, eff)
}

/// For each letter share of [`part_similarity`] (0.4, 0.2, 0.08): the raw
/// skeleton similarity below which a Latin part counts 0 whatever its
/// letters add ((1 - share)·raw + share stays under the floor), so the
/// edit distance may stop early there; a little lower, for rounding.
/// Computed at compile time: a division per part pair otherwise.
const LATIN_FLOORS: [f32; 3] = [latin_floor(0.4), latin_floor(0.2), latin_floor(0.08)];

const fn latin_floor(share: f32) -> f32 {
    let f = (EFFECTIVE_FLOOR - share) / (1.0 - share);
    let f = if f > 0.0 { f } else { 0.0 };
    let f = f - 1e-3;
    if f > 0.0 {
        f
    } else {
        0.0
    }
}

/// A part's alternative skeleton, if it has one.
fn alt(part: &NamePart) -> Option<&crate::skeleton::Skeleton> {
    (!part.alt.is_empty()).then_some(&part.alt)
}

fn first_letter_is(part: &NamePart, initial: char) -> bool {
    part.lead == Some(initial)
}

/// Raw similarities near the alignment floor are weak evidence: a one
/// letter difference in a three-letter skeleton is another name.
fn effective(sim: f32) -> f32 {
    ((sim - EFFECTIVE_FLOOR) / (1.0 - EFFECTIVE_FLOOR)).clamp(0.0, 1.0)
}

const EFFECTIVE_FLOOR: f32 = 0.35;

/// Levenshtein similarity of two short byte strings.
fn plain_similarity(a: &[u8], b: &[u8]) -> f32 {
    let n = b.len();
    if a.is_empty() || n == 0 {
        return 0.0;
    }
    if a.len() > 64 || n >= 64 {
        return if a == b { 1.0 } else { 0.0 };
    }
    1.0 - levenshtein(a, b) as f32 / a.len().max(n) as f32
}

/// Levenshtein distance with `a` as a bit vector (Hyyrö's form of Myers'
/// bit-parallel algorithm): one pass over `b`, a few word operations per
/// letter, no table to clear. `a` is 1 to 64 bytes.
fn levenshtein(a: &[u8], b: &[u8]) -> usize {
    let m = a.len();
    let last = 1u64 << (m - 1);
    let mut pv: u64 = if m == 64 { !0 } else { (1u64 << m) - 1 };
    let mut mv: u64 = 0;
    let mut dist = m;
    // The positions of each letter in `a`, as bits: one table read per
    // letter of `b` instead of a pass over `a`. The forms compared are
    // lower-case letters, which differ in their low five bits; any other
    // byte is matched by the pass.
    let mut peq = [0u64; 32];
    for (i, &x) in a.iter().enumerate() {
        peq[usize::from(x & 0x1F)] |= 1 << i;
    }
    let letters = a.iter().all(u8::is_ascii_lowercase);
    for &c in b {
        let eq = if letters && c.is_ascii_lowercase() {
            peq[usize::from(c & 0x1F)]
        } else {
            a.iter().enumerate().fold(0u64, |eq, (i, &x)| eq | u64::from(x == c) << i)
        };
        let xv = eq | mv;
        let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
        let ph = mv | !(xh | pv);
        let mh = pv & xh;
        if ph & last != 0 {
            dist += 1;
        } else if mh & last != 0 {
            dist -= 1;
        }
        let ph = (ph << 1) | 1;
        pv = (mh << 1) | !(xv | ph);
        mv = ph & xv;
    }
    dist
}

/// One candidate pairing: part indices on each side and the credit each
/// side gets.
#[derive(Clone, Copy)]
struct Candidate {
    a: (usize, Option<usize>),
    b: (usize, Option<usize>),
    sim_a: f32,
    sim_b: f32,
    gain: f32,
    /// Two single parts, identical (similarity 1 both ways).
    exact: bool,
}

fn joined(parts: &[NamePart], i: usize) -> Option<crate::skeleton::Skeleton> {
    let (x, y) = (parts.get(i)?, parts.get(i + 1)?);
    // Short parts joined resemble too many words by chance.
    if x.initial.is_some()
        || y.initial.is_some()
        || x.skel.len() < 2
        || y.skel.len() < 2
        || x.skel.len() + y.skel.len() < 4
    {
        return None;
    }
    let mut k = x.skel.clone();
    k.extend_from_slice(&y.skel);
    Some(k)
}

/// Weight of unmatched parts on the side with fewer of them (both names
/// carry something the other lacks: a conflict) and on the side with more
/// (an alias that leaves parts out).
const CONFLICT: f32 = 0.8;
const OMISSION: f32 = 0.3;

/// A part not aligned yet (similarities are never negative).
const UNUSED: f32 = -1.0;

/// The score before structural penalties: the matched weight `m` against
/// what each side leaves unmatched (`ua`, `ub`).
pub(crate) fn combine(m: f32, ua: f32, ub: f32) -> f32 {
    let (lo, hi) = if ua < ub { (ua, ub) } else { (ub, ua) };
    let denom = m + CONFLICT * lo + OMISSION * hi;
    if denom > 0.0 {
        m / denom
    } else {
        0.0
    }
}

/// Scores in a canonical order so that ties in the alignment break the
/// same way whichever name comes first: the score is symmetric.
fn evaluate(a: &Name, b: &Name, explain: bool) -> (f32, Option<Detail>) {
    evaluate_by(a.parts(), b.parts(), a.as_str() <= b.as_str(), explain)
}

/// [`evaluate`] with the canonical order given (`in_order`: the texts of
/// `a` and `b` are in order).
fn evaluate_by(a: &[NamePart], b: &[NamePart], in_order: bool, explain: bool) -> (f32, Option<Detail>) {
    if in_order {
        return evaluate_ordered(a, b, explain);
    }
    let (score, detail) = evaluate_ordered(b, a, explain);
    let detail = detail.map(|d| Detail {
        alignments: d
            .alignments
            .into_iter()
            .map(|al| Alignment { a: al.b, b: al.a, a_text: al.b_text, b_text: al.a_text, ..al })
            .collect(),
        unmatched_a: d.unmatched_b,
        unmatched_b: d.unmatched_a,
        penalties: d.penalties,
    });
    (score, detail)
}

fn evaluate_ordered(pa: &[NamePart], pb: &[NamePart], explain: bool) -> (f32, Option<Detail>) {
    if pa.is_empty() || pb.is_empty() {
        return (0.0, explain.then(Detail::default));
    }
    // Names have few parts: everything below stays on the stack.
    let mut cands: SmallVec<[Candidate; 32]> = SmallVec::new();
    for (i, x) in pa.iter().enumerate() {
        for (j, y) in pb.iter().enumerate() {
            let (sa, sb) = part_similarity(x, y);
            if sa.max(sb) > 0.0 {
                let gain = sa * x.weight + sb * y.weight;
                let exact = sa >= 1.0 && sb >= 1.0;
                cands.push(Candidate { a: (i, None), b: (j, None), sim_a: sa, sim_b: sb, gain, exact });
            }
        }
    }
    // Compounds written as one word on one side and two on the other.
    for (side_a, side_b, swap) in [(pa, pb, false), (pb, pa, true)] {
        for i in 0..side_a.len().saturating_sub(1) {
            // Only a part within one letter of the joined length can match
            // it: look before building the joined skeleton.
            let len = side_a[i].skel.len() + side_a[i + 1].skel.len();
            if !side_b.iter().any(|y| y.initial.is_none() && len.abs_diff(y.skel.len()) <= 1) {
                continue;
            }
            let Some(k) = joined(side_a, i) else { continue };
            for (j, y) in side_b.iter().enumerate() {
                // A compound similar enough (0.88) differs by at most one
                // letter in length; skip the edit distance otherwise.
                if y.initial.is_some() || k.len().abs_diff(y.skel.len()) > 1 {
                    continue;
                }
                let mut raw = cost::similarity_above(&k, &y.skel, 0.88);
                // In Latin script the letters of a true compound agree too
                // ("Ali Akbar" / "Aliakbar"); a chance
                // consonant match does not ("Sudri Kaanae" / "Sturgeon").
                if let (Some(p), Some(q), Some(l)) = (&side_a[i].latin, &side_a[i + 1].latin, &y.latin) {
                    if raw >= 0.88 {
                        let mut pq = p.clone();
                        pq.extend_from_slice(q);
                        raw = 0.7 * raw + 0.3 * plain_similarity(&pq, l);
                    }
                }
                if raw >= 0.88 {
                    let sim = effective(raw);
                    let gain = sim * (side_a[i].weight + side_a[i + 1].weight + y.weight);
                    let (ca, cb) = ((i, Some(i + 1)), (j, None));
                    let (a, b) = if swap { (cb, ca) } else { (ca, cb) };
                    cands.push(Candidate { a, b, sim_a: sim, sim_b: sim, gain, exact: false });
                }
            }
        }
    }
    // Identical parts pair up first, so a compound reading can never break
    // an exact correspondence; then the most informative alignments.
    cands.sort_by(|x, y| y.exact.cmp(&x.exact).then(y.gain.total_cmp(&x.gain)));

    // Each part's similarity in the alignment, UNUSED while it has none;
    // both sides in one stack buffer for names of usual length.
    let mut stack = [UNUSED; 32];
    let mut heap: Vec<f32>;
    let sims: &mut [f32] = match stack.get_mut(..pa.len() + pb.len()) {
        Some(s) => s,
        None => {
            heap = vec![UNUSED; pa.len() + pb.len()];
            &mut heap
        }
    };
    let (sim_a, sim_b) = sims.split_at_mut(pa.len());
    let mut chosen: Vec<Candidate> = Vec::new();
    for &c in cands.iter() {
        let ia = [Some(c.a.0), c.a.1];
        let ib = [Some(c.b.0), c.b.1];
        if ia.iter().flatten().any(|&i| sim_a[i] != UNUSED) || ib.iter().flatten().any(|&j| sim_b[j] != UNUSED) {
            continue;
        }
        for &i in ia.iter().flatten() {
            sim_a[i] = c.sim_a;
        }
        for &j in ib.iter().flatten() {
            sim_b[j] = c.sim_b;
        }
        if explain {
            chosen.push(c);
        }
    }
    for s in sim_a.iter_mut().chain(sim_b.iter_mut()) {
        *s = s.max(0.0);
    }
    let (sim_a, sim_b) = (&*sim_a, &*sim_b);

    let matched = |parts: &[NamePart], sims: &[f32]| -> (f32, f32) {
        let total: f32 = parts.iter().map(|p| p.weight).sum();
        let got: f32 = parts.iter().zip(sims).map(|(p, s)| p.weight * s).sum();
        (got, total - got)
    };
    let ((ma, ua), (mb, ub)) = (matched(pa, sim_a), matched(pb, sim_b));
    let mut score = combine(0.5 * (ma + mb), ua, ub);
    // The penalties applied, by name: only an explanation lists them, and
    // a list built for every scored pair was an allocation per pair.
    let mut penalties: [Option<&'static str>; 3] = [None; 3];

    // Structural conflicts: both names state a patronymic (or a given
    // name) and none of them agree. A weak alignment (below 0.6) does not
    // count as agreement. Differing family names are not penalised: alias
    // lists show the same person under different family names too often
    // (measured on the development pairs).
    let unmatched_role = |parts: &[NamePart], sims: &[f32], role: Role| {
        let has = parts.iter().any(|p| p.role() == role);
        let agrees = parts.iter().zip(sims).any(|(p, &s)| p.role() == role && s >= 0.6);
        has && !agrees
    };
    let (used_a, used_b) = (sim_a, sim_b);
    if unmatched_role(pa, used_a, Role::Patronymic) && unmatched_role(pb, used_b, Role::Patronymic) {
        score *= 0.55;
        penalties[0] = Some("patronymics differ");
    }
    let full = pa.len() > 1 && pb.len() > 1;
    if full && unmatched_role(pa, used_a, Role::Given) && unmatched_role(pb, used_b, Role::Given) {
        score *= 0.8;
        penalties[1] = Some("given names differ");
    }
    // A single name against a full one can match, but never as surely as
    // two full names.
    if (pa.len() == 1) != (pb.len() == 1) && score > SINGLE_CAP {
        score = SINGLE_CAP;
        penalties[2] = Some("single name against a full name: capped");
    }
    let score = score.clamp(0.0, 1.0);
    if !explain {
        return (score, None);
    }
    let text = |parts: &[NamePart], (i, j): (usize, Option<usize>)| match j {
        Some(j) => format!("{} {}", parts[i].as_str(), parts[j].as_str()),
        None => parts[i].as_str().to_string(),
    };
    let detail = Detail {
        alignments: chosen
            .iter()
            .map(|c| Alignment {
                a: [Some(c.a.0), c.a.1].into_iter().flatten().collect(),
                b: [Some(c.b.0), c.b.1].into_iter().flatten().collect(),
                a_text: text(pa, c.a),
                b_text: text(pb, c.b),
                similarity: c.sim_a.max(c.sim_b),
                weight: {
                    let w = |parts: &[NamePart], (i, j): (usize, Option<usize>)| {
                        parts[i].weight + j.map_or(0.0, |j| parts[j].weight)
                    };
                    0.5 * (w(pa, c.a) + w(pb, c.b))
                },
            })
            .collect(),
        unmatched_a: pa.iter().zip(used_a).filter(|(_, &s)| s <= 0.0).map(|(p, _)| p.as_str().to_string()).collect(),
        unmatched_b: pb.iter().zip(used_b).filter(|(_, &s)| s <= 0.0).map(|(p, _)| p.as_str().to_string()).collect(),
        penalties: penalties.into_iter().flatten().collect(),
    };
    (score, Some(detail))
}

#[cfg(test)]
mod levenshtein_tests {
    use super::levenshtein;

    fn dp(a: &[u8], b: &[u8]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, &ca) in a.iter().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for j in 1..=b.len() {
                cur[j] = (prev[j - 1] + usize::from(ca != b[j - 1])).min(prev[j] + 1).min(cur[j - 1] + 1);
            }
            prev = cur;
        }
        prev[b.len()]
    }

    #[test]
    fn bit_parallel_equals_the_table() {
        // Deterministic pseudo-random strings over a small alphabet, so
        // equal letters are common; half of them lower-case letters only
        // (the table path), half with other bytes (the pass).
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for round in 0..5000 {
            let la = 1 + next(64) as usize;
            let lb = next(40) as usize;
            let alphabet: &[u8] = if round % 2 == 0 { b"abcd" } else { b"ab1A" };
            let a: Vec<u8> = (0..la).map(|_| alphabet[next(4) as usize]).collect();
            let b: Vec<u8> = (0..lb).map(|_| alphabet[next(4) as usize]).collect();
            assert_eq!(levenshtein(&a, &b), dp(&a, &b), "{a:?} {b:?}");
        }
        assert_eq!(levenshtein(b"hosein", b"husayn"), 3);
    }
}
