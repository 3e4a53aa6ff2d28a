//! Blocking keys, and the name index built on them.

use crate::Name;

/// Keys under which a name is filed: the skeleton of each part, and of
/// each part and each adjacent pair joined with their initial-vowel marks
/// removed (so "Aliakbar" and "Ali Akbar" share a key). Two
/// names that can match share at least one key.
pub(crate) fn blocking_keys(name: &Name) -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = keys_with_parts(name).into_iter().map(|(k, _)| k.to_vec()).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The blocking keys, each with the parts it is made of (a bit per part
/// index), unsorted and possibly repeated.
fn keys_with_parts(name: &Name) -> Vec<(Key, u32)> {
    let parts: Vec<(usize, &[u8])> = name
        .parts()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.initial.is_none() && !p.skel.is_empty())
        .map(|(i, p)| (i, &p.skel[..]))
        .collect();
    let unmarked = |k: &[u8]| k.iter().copied().filter(|&b| b != b'A').collect::<Key>();
    let bit = |i: usize| if i < 32 { 1u32 << i } else { 0 };
    let mut keys: Vec<(Key, u32)> = Vec::with_capacity(parts.len() * 3);
    for (n, &(i, p)) in parts.iter().enumerate() {
        keys.push((Key::from_slice(p), bit(i)));
        keys.push((unmarked(p), bit(i)));
        if let Some(&(i2, q)) = parts.get(n + 1) {
            let mut j = unmarked(p);
            j.extend(unmarked(q));
            keys.push((j, bit(i) | bit(i2)));
        }
    }
    keys.retain(|(k, _)| !k.is_empty());
    keys
}

/// The keys the index files a name under: the blocking keys (exact), and
/// fuzzy keys — per part a coarse spelling (prefixed `~`), and for parts
/// of five to sixteen letters every skeleton with one letter left out —
/// so that spellings one or two edits apart ("Ryauzow" / "Rjauzow",
/// "Jibran" / "Gebran") meet. Each key comes with its parts (a bit per
/// part index); a key both exact and fuzzy counts as exact.
fn index_keys(name: &Name) -> Vec<(Key, u32, bool)> {
    let mut keys: Vec<(Key, u32, bool)> = keys_with_parts(name).into_iter().map(|(k, b)| (k, b, false)).collect();
    for (i, p) in name.parts().iter().enumerate().take(16) {
        if p.initial.is_some() {
            continue;
        }
        // A coarse key: letters romanisations confuse made one, the
        // letters often left unwritten dropped ("Ruzi" / "Rosy",
        // "Salman" / "Sulayman").
        let coarse: Key = p.skel.iter().filter_map(|&b| coarse_letter(b)).collect();
        if coarse.len() >= 2 {
            let mut c = Key::from_slice(b"~");
            c.extend_from_slice(&coarse);
            keys.push((c, 1 << i, true));
        }
        // The skeleton as written, its initial-vowel mark included: the
        // mark is a letter that may be missing on the other side
        // ("Awlaki" / "Aulaqi"). Not past 16 letters: a long run of junk
        // letters would give as many keys as letters, each as long.
        let k: Key = p.skel.clone();
        if !(5..=16).contains(&k.len()) {
            continue;
        }
        for d in 0..k.len() {
            let mut v = k.clone();
            v.remove(d);
            keys.push((v, 1 << i, true));
        }
    }
    // Exact before fuzzy for equal keys; merge the parts of equal keys.
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
    let mut out: Vec<(Key, u32, bool)> = Vec::with_capacity(keys.len());
    for (k, bits, fuzzy) in keys {
        match out.last_mut() {
            // A fuzzy copy of an exact key adds nothing.
            Some(last) if last.0 == k => {
                if last.2 == fuzzy {
                    last.1 |= bits;
                }
            }
            _ => out.push((k, bits, fuzzy)),
        }
    }
    out
}

/// The class of a skeleton letter in a coarse key (`None`: left out).
fn coarse_letter(b: u8) -> Option<u8> {
    Some(match b {
        b'A' | b'H' | b'Y' | b'V' => return None,
        b'S' | b'Z' | b'X' => b'S',
        b'D' | b'T' => b'T',
        // Egyptian "g" is Levantine "j" ("Gamal" / "Jamal").
        b'K' | b'J' => b'K',
        b'B' | b'F' => b'B',
        b'M' | b'N' => b'N',
        other => other,
    })
}

/// A key: a skeleton or skeletons joined, stored inline when short.
type Key = crate::skeleton::Skeleton;

/// How much an exact key match of a part is likely worth: short
/// skeletons are shared by names whose vowels differ ("Ruzi" / "Reza"),
/// which the matcher tells apart (see `score::part_similarity`).
fn exact_credit(p: &crate::NamePart) -> f32 {
    match p.skel.len() {
        0..=2 => 0.7,
        3 => 0.85,
        _ => 0.95,
    }
}

/// How much the rarity of the shared keys adds to a candidate's estimate.
const RARITY: f32 = 0.2;

/// Steps per unit of weight in `NameIndex::sizes`.
const WEIGHT_STEPS: f32 = 16.0;

/// Marks a posting made from a fuzzy key.
const FUZZY: u32 = 1 << 31;

/// Fuzzy keys with longer posting lists are not looked up.
const FUZZY_LIST_MAX: usize = 1000;

/// How much a part met only through a fuzzy key counts in the estimate.
const FUZZY_CREDIT: f32 = 0.6;

use rustc_hash::FxHashMap as HashMap;

use crate::NameMatcher;

/// How many candidates, ranked by the score they could reach (see
/// `NameIndex::query`), are scored in full.
const RESCORE: usize = 60;

/// A searchable list of names: `query` returns the best-scoring names
/// while scoring only a few candidates in full: names that share a
/// blocking key with the query, or a fuzzy key (a part's skeleton with one
/// letter left out, or a coarse spelling of it), ranked by the score they
/// could reach.
///
/// Holds up to 2³¹ names (memory, about 1 KB a name, runs out first).
///
/// ```
/// use newswire_names::NameIndex;
///
/// let index = NameIndex::new(["Khaled Meshaal", "Hassan Rouhani", "Ali Akbar Velayati", "Ali Khamenei"]);
/// let hits = index.query("Velayati Aliakbar", 2);
/// assert_eq!(hits[0].name, "Ali Akbar Velayati");
/// assert_eq!(index.query("خالد مشعل", 1)[0].id, 0);
/// ```
#[derive(Clone, Debug)]
pub struct NameIndex {
    names: Vec<crate::Name>,
    /// Per name, the summed weight of its parts in steps of 1/16 and the
    /// number of its parts (a byte each: the array stays in cache while a
    /// query visits many names).
    sizes: Vec<[u8; 2]>,
    postings: HashMap<Key, Vec<u32>>,
    matcher: NameMatcher,
}

/// One result of [`NameIndex::query`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Hit<'i> {
    /// Position of the name in the list the index was built from.
    pub id: usize,
    /// The name as given.
    pub name: &'i str,
    /// Its score against the query.
    pub score: f32,
}

impl NameIndex {
    /// Builds an index over `names` (ids are their positions).
    pub fn new<I, S>(names: I) -> NameIndex
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let names: Vec<crate::Name> = names.into_iter().map(|n| crate::Name::parse(n.as_ref())).collect();
        let mut postings: HashMap<Key, Vec<u32>> = HashMap::default();
        // Ids share their u32 with the fuzzy flag: past 2^31 names, the
        // rest are kept (exhaustive search sees them) but not filed.
        for (i, n) in names.iter().enumerate().take(FUZZY as usize) {
            for (k, _, fuzzy) in index_keys(n) {
                postings.entry(k).or_default().push(i as u32 | if fuzzy { FUZZY } else { 0 });
            }
        }
        let sizes = names
            .iter()
            .map(|n| {
                let w = n.parts().iter().map(|p| p.weight).sum::<f32>();
                [(w * WEIGHT_STEPS).round().min(255.0) as u8, n.parts().len().min(255) as u8]
            })
            .collect();
        NameIndex { names, sizes, postings, matcher: NameMatcher::new() }
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when the index holds no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The `k` best-scoring names for `query`, best first (ties by id).
    ///
    /// Every name sharing a blocking key with the query is a candidate;
    /// the candidates are ranked by the score they would get if the query
    /// parts they share a key with matched exactly and nothing else did
    /// (the matcher's formula, with the parts' weights), and the best
    /// ones are scored in full.
    pub fn query(&self, query: &str, k: usize) -> Vec<Hit<'_>> {
        let q = crate::Name::parse(query);
        let parts = q.parts();
        let lists: Vec<(&Vec<u32>, u32, bool)> = index_keys(&q)
            .into_iter()
            .filter_map(|(key, bits, fuzzy)| Some((self.postings.get(&key)?, bits, fuzzy)))
            // A fuzzy key that thousands of names share tells nothing.
            .filter(|(list, _, fuzzy)| !fuzzy || list.len() <= FUZZY_LIST_MAX)
            .collect();
        // Per-thread scratch: the query parts each name shares a key with.
        thread_local! {
            static SCRATCH: std::cell::RefCell<(Vec<u16>, Vec<u32>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        let mut cands: Vec<(u32, f32)> = SCRATCH.with(|s| {
            let (shared, touched) = &mut *s.borrow_mut();
            if shared.len() < self.names.len() {
                shared.resize(self.names.len(), 0);
            }
            // Exact matches of the first eight parts in the low byte of
            // the mask, fuzzy ones in the high byte (two bytes a name: the
            // array a query visits at random stays small).
            for &(list, bits, fuzzy) in &lists {
                // Parts past the eighth share the last bit (a name marked
                // touched must have a bit set).
                let exact = if bits & 0xFF != 0 { (bits & 0xFF) as u16 } else { 0x80 };
                let inexact = exact << 8;
                for &posting in list.iter() {
                    let id = posting & !FUZZY;
                    let slot = &mut shared[id as usize];
                    if *slot == 0 {
                        touched.push(id);
                    }
                    *slot |= if fuzzy || posting & FUZZY != 0 { inexact } else { exact };
                }
            }
            // The matched weight of a mask: masks repeat, so a short list
            // of the ones seen serves as a cache.
            // How rare the keys of each query part are: among candidates
            // that would score alike, those met through a rare key come
            // first (a name shared with few others is more likely the
            // same person's).
            let mut rarity = [0f32; 16];
            for &(list, bits, fuzzy) in &lists {
                let r = 1.0 / (1.0 + (list.len() as f32).ln());
                for (i, slot) in rarity.iter_mut().enumerate().skip(if fuzzy { 8 } else { 0 }).take(8) {
                    if bits & (1 << (i % 8)) != 0 {
                        *slot = slot.max(r);
                    }
                }
            }
            // Per mask: the matched weight (credited), the query weight
            // left unmatched, the number of query parts matched, rarity.
            let matched = |bits: u16| -> (f32, f32, f32, f32) {
                let (mut m, mut left, mut count, mut rare) = (0.0, 0.0, 0.0, 0.0);
                for (i, p) in parts.iter().enumerate() {
                    if i < 8 && bits & (1 << i) != 0 {
                        m += exact_credit(p) * p.weight;
                        count += 1.0;
                        rare += rarity[i];
                    } else if i < 8 && bits & (1 << (i + 8)) != 0 {
                        m += FUZZY_CREDIT * p.weight;
                        count += 1.0;
                        rare += rarity[i + 8];
                    } else {
                        left += p.weight;
                    }
                }
                (m, left, count, rare)
            };
            let mut seen: Vec<(u16, (f32, f32, f32, f32))> = Vec::with_capacity(16);
            let out: Vec<(u32, f32)> = touched
                .iter()
                .map(|&id| {
                    let bits = shared[id as usize];
                    let (m, left, count, rare) = match seen.iter().find(|(b, _)| *b == bits) {
                        Some(&(_, v)) => v,
                        None => {
                            let v = matched(bits);
                            seen.push((bits, v));
                            v
                        }
                    };
                    // The candidate's unmatched weight: its parts beyond
                    // those the query matched, at its mean part weight.
                    let [w, n] = self.sizes[id as usize];
                    let n = f32::from(n).max(1.0);
                    let left_c = (n - count).max(0.0) * f32::from(w) / WEIGHT_STEPS / n;
                    // The matcher's score were the shared parts aligned
                    // exactly and the rest unmatched on both sides.
                    (id, crate::score::combine(m, left, left_c) + RARITY * rare)
                })
                .collect();
            for &id in touched.iter() {
                shared[id as usize] = 0;
            }
            touched.clear();
            out
        });
        let keep = RESCORE.max(k);
        if cands.len() > keep {
            cands.select_nth_unstable_by(keep - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            cands.truncate(keep);
        }
        let mut hits: Vec<Hit<'_>> = cands
            .into_iter()
            .map(|(id, _)| {
                let n = &self.names[id as usize];
                Hit { id: id as usize, name: n.as_str(), score: self.matcher.score_parsed(&q, n) }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
        hits.truncate(k);
        hits
    }

    /// The `k` best names by scoring every name: the reference the index
    /// is measured against.
    pub fn query_exhaustive(&self, query: &str, k: usize) -> Vec<Hit<'_>> {
        let q = crate::Name::parse(query);
        let mut hits: Vec<Hit<'_>> = self
            .names
            .iter()
            .enumerate()
            .map(|(id, n)| Hit { id, name: n.as_str(), score: self.matcher.score_parsed(&q, n) })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
        hits.truncate(k);
        hits
    }
}
