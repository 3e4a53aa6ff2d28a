//! Blocking keys, and the name index built on them.

use crate::Name;

/// Keys under which a name is filed: the skeleton of each part, and of
/// each part and each adjacent pair joined with their initial-vowel marks
/// removed (so "Aliakbar" and "Ali Akbar" share a key). Two
/// names that can match share at least one key.
pub(crate) fn blocking_keys(name: &Name) -> Vec<Vec<u8>> {
    let parts: Vec<&[u8]> =
        name.parts().iter().filter(|p| p.initial.is_none() && !p.skel.is_empty()).map(|p| &p.skel[..]).collect();
    let unmarked = |k: &[u8]| k.iter().copied().filter(|&b| b != b'A').collect::<Vec<u8>>();
    let mut keys: Vec<Vec<u8>> = Vec::with_capacity(parts.len() * 3);
    for (i, p) in parts.iter().enumerate() {
        keys.push(p.to_vec());
        keys.push(unmarked(p));
        if let Some(q) = parts.get(i + 1) {
            let mut j = unmarked(p);
            j.extend(unmarked(q));
            keys.push(j);
        }
    }
    keys.retain(|k| !k.is_empty());
    keys.sort_unstable();
    keys.dedup();
    keys
}

use rustc_hash::FxHashMap as HashMap;

use crate::NameMatcher;

/// How many candidates, ranked by the rarity of the keys they share with
/// the query, are scored in full.
const RESCORE: usize = 40;

/// A searchable list of names: `query` returns the best-scoring names
/// while scoring only candidates that share a blocking key with the query.
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
    postings: HashMap<Vec<u8>, Vec<u32>>,
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
        let mut postings: HashMap<Vec<u8>, Vec<u32>> = HashMap::default();
        for (i, n) in names.iter().enumerate() {
            for k in blocking_keys(n) {
                postings.entry(k).or_default().push(i as u32);
            }
        }
        NameIndex { names, postings, matcher: NameMatcher::new() }
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
    pub fn query(&self, query: &str, k: usize) -> Vec<Hit<'_>> {
        let q = crate::Name::parse(query);
        let keys = blocking_keys(&q);
        let lists: Vec<&Vec<u32>> = keys.iter().filter_map(|key| self.postings.get(key)).collect();
        // Dense vote accumulation in a per-thread scratch array: cheaper
        // than hashing when common keys have long posting lists.
        thread_local! {
            static SCRATCH: std::cell::RefCell<(Vec<f32>, Vec<u32>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        let mut cands: Vec<(u32, f32)> = SCRATCH.with(|s| {
            let (votes, touched) = &mut *s.borrow_mut();
            if votes.len() < self.names.len() {
                votes.resize(self.names.len(), 0.0);
            }
            for list in &lists {
                // Rarer keys vote more.
                let v = 1.0 / (1.0 + (list.len() as f32).ln());
                for &id in list.iter() {
                    let slot = &mut votes[id as usize];
                    if *slot == 0.0 {
                        touched.push(id);
                    }
                    *slot += v;
                }
            }
            let out: Vec<(u32, f32)> = touched.iter().map(|&id| (id, votes[id as usize])).collect();
            for &id in touched.iter() {
                votes[id as usize] = 0.0;
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
