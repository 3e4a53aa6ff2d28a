//! Cross-document entity resolution: mentions grouped into persons.
//!
//! Full names are linked when the matcher says they are the same person
//! (candidate pairs come from shared informative skeletons, so the work
//! grows with the number of similar names, not the square of all names).
//! A partial mention joins the full name it agrees with in its own
//! document first — "Meshaal" in an article about Khaled Meshaal — and
//! only then one elsewhere in the corpus.

use std::collections::HashMap;

use newswire_text::Span;

use crate::{Mention, MentionFinder, Name, NameMatcher};

/// Full names scoring at least this are the same person when clustering
/// ([`cluster_corpus`], [`group_names`]). Stricter than the pair
/// threshold: in news, a wrong merge misattributes quotes.
pub const MERGE_THRESHOLD: f32 = 0.6;

/// One mention of a person in a corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PersonMention {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// Byte span in that document.
    pub span: Span,
    /// The mention as written.
    pub text: String,
}

/// A person found across a corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person {
    /// The most complete, most frequent full name (titles removed).
    pub canonical: String,
    /// Every distinct spelling, in order of first appearance.
    pub variants: Vec<String>,
    /// Every mention, in corpus order.
    pub mentions: Vec<PersonMention>,
}

/// Finds the persons of a corpus of documents.
///
/// ```
/// let docs = [
///     "Iran's Foreign Minister Ali Akbar Velayati met Khaled Meshaal. Meshaal spoke.",
///     "Ali-Akbar Velayaty said the war is expanding, Velayaty said.",
/// ];
/// let people = newswire_names::cluster_corpus(&docs);
/// assert_eq!(people.len(), 2);
/// assert_eq!(people[0].canonical, "Ali Akbar Velayati");
/// assert_eq!(people[0].variants, ["Ali Akbar Velayati", "Ali-Akbar Velayaty", "Velayaty"]);
/// assert_eq!(people[1].mentions.len(), 2);
/// ```
pub fn cluster_corpus(docs: &[&str]) -> Vec<Person> {
    let mentions = MentionFinder::new().find_corpus(docs);
    cluster_mentions(&mentions)
}

/// Groups mentions already found (one list per document) into persons.
pub fn cluster_mentions(docs: &[Vec<Mention>]) -> Vec<Person> {
    let matcher = NameMatcher::new();
    let finder = MentionFinder::new();
    // Distinct full-name surfaces, each with its parsed name.
    let mut surfaces: Vec<(String, Name)> = Vec::new();
    let mut surface_id: HashMap<String, usize> = HashMap::new();
    for m in docs.iter().flatten().filter(|m| !m.is_partial()) {
        if !surface_id.contains_key(m.as_str()) {
            surface_id.insert(m.as_str().to_string(), surfaces.len());
            surfaces.push((m.as_str().to_string(), m.name().clone()));
        }
    }
    let mut uf = UnionFind::new(surfaces.len());
    for (a, b) in candidate_pairs(&surfaces) {
        if matcher.score_parsed(&surfaces[a].1, &surfaces[b].1) >= MERGE_THRESHOLD {
            uf.union(a, b);
        }
    }
    // Cluster of each surface, numbered by first appearance.
    let mut n_clusters = 0;
    let mut root_cluster: HashMap<usize, usize> = HashMap::new();
    let cluster_of: Vec<usize> = (0..surfaces.len())
        .map(|s| {
            *root_cluster.entry(uf.find(s)).or_insert_with(|| {
                n_clusters += 1;
                n_clusters - 1
            })
        })
        .collect();
    let mut people: Vec<Person> = (0..n_clusters)
        .map(|_| Person { canonical: String::new(), variants: Vec::new(), mentions: Vec::new() })
        .collect();
    let mut assigned: Vec<(usize, usize, &Mention)> = Vec::new();
    let mut partials = Partials {
        finder: &finder,
        surfaces: &surfaces,
        surface_id: &surface_id,
        cluster_of: &cluster_of,
        cluster_size: {
            let mut size = vec![0; n_clusters];
            for m in docs.iter().flatten().filter(|m| !m.is_partial()) {
                if let Some(&s) = surface_id.get(m.as_str()) {
                    size[cluster_of[s]] += 1;
                }
            }
            size
        },
        supports: HashMap::new(),
        corpus: HashMap::new(),
        doc_surfaces: HashMap::new(),
        agreeing: HashMap::new(),
    };
    for (d, ms) in docs.iter().enumerate() {
        for (k, m) in ms.iter().enumerate() {
            let cluster = if m.is_partial() {
                partials.attach(docs, d, k)
            } else {
                surface_id.get(m.as_str()).map(|&s| cluster_of[s])
            };
            if let Some(c) = cluster {
                assigned.push((c, d, m));
            }
        }
    }
    for (c, d, m) in assigned {
        let p = &mut people[c];
        if !p.variants.iter().any(|v| v == m.as_str()) {
            p.variants.push(m.as_str().to_string());
        }
        p.mentions.push(PersonMention { doc: d, span: m.span(), text: m.as_str().to_string() });
    }
    for p in &mut people {
        p.canonical = canonical(p);
    }
    people.retain(|p| !p.mentions.is_empty());
    people
}

/// Attaches partial mentions ("Meshaal", "Bin Hamad") to clusters. A
/// surname recurs hundreds of times in a corpus, so what depends only on
/// the strings is remembered: whether a full name supports a partial one,
/// and the corpus-wide best cluster of a partial name.
struct Partials<'a> {
    finder: &'a MentionFinder,
    surfaces: &'a [(String, Name)],
    surface_id: &'a HashMap<String, usize>,
    cluster_of: &'a [usize],
    /// Full-name mentions per cluster.
    cluster_size: Vec<usize>,
    /// (full surface, partial text) → supports.
    supports: HashMap<(usize, String), bool>,
    corpus: HashMap<String, Option<usize>>,
    /// Per document: each full surface and the positions it is written at.
    doc_surfaces: HashMap<usize, Vec<(usize, Vec<usize>)>>,
    /// (document, partial text) → positions of the agreeing full mentions,
    /// sorted: a surname repeated a thousand times in one long document is
    /// decided once and placed by binary search.
    agreeing: HashMap<(usize, String), Vec<usize>>,
}

impl Partials<'_> {
    fn agrees(&mut self, full: usize, partial: &Mention) -> bool {
        if let Some(&known) = self.supports.get(&(full, partial.as_str().to_string())) {
            return known;
        }
        let yes = self.finder.supports(&self.surfaces[full].1, partial.name());
        self.supports.insert((full, partial.as_str().to_string()), yes);
        yes
    }

    /// The cluster of partial mention `k` of document `d`: the agreeing
    /// full mention in the same document (the nearest before it, else
    /// after), else the cluster of the corpus's full name that has it as
    /// a part and scores best.
    fn attach(&mut self, docs: &[Vec<Mention>], d: usize, k: usize) -> Option<usize> {
        let m = &docs[d][k];
        let key = (d, m.as_str().to_string());
        if !self.agreeing.contains_key(&key) {
            // Taken out of the map while `agrees` borrows `self`, put back
            // after: no copy per partial spelling.
            let surfaces = self.doc_surfaces.remove(&d).unwrap_or_else(|| {
                let mut at: HashMap<usize, Vec<usize>> = HashMap::new();
                for (i, f) in docs[d].iter().enumerate().filter(|(_, f)| !f.is_partial()) {
                    if let Some(&s) = self.surface_id.get(f.as_str()) {
                        at.entry(s).or_default().push(i);
                    }
                }
                at.into_iter().collect()
            });
            let mut positions: Vec<usize> = Vec::new();
            for (s, at) in &surfaces {
                if self.agrees(*s, m) {
                    positions.extend(at);
                }
            }
            positions.sort_unstable();
            self.doc_surfaces.insert(d, surfaces);
            self.agreeing.insert(key.clone(), positions);
        }
        let positions = &self.agreeing[&key];
        // The nearest before, else the nearest after.
        let i = positions.partition_point(|&p| p < k);
        let pick = if i > 0 { positions.get(i - 1) } else { positions.get(i) };
        if let Some(&p) = pick {
            return self.surface_id.get(docs[d][p].as_str()).map(|&s| self.cluster_of[s]);
        }
        if let Some(&known) = self.corpus.get(m.as_str()) {
            return known;
        }
        // Best score; on ties the person named most often ("Trump" is
        // Donald Trump, not a headline's "Melania Trump").
        let matcher = NameMatcher::new();
        let mut best: Option<(f32, usize, usize)> = None;
        for s in 0..self.surfaces.len() {
            if self.finder.part_of(&self.surfaces[s].1, m.name()) {
                let score = matcher.score_parsed(&self.surfaces[s].1, m.name());
                let size = self.cluster_size[self.cluster_of[s]];
                if best.is_none_or(|(b, n, _)| score > b || score == b && size > n) {
                    best = Some((score, size, s));
                }
            }
        }
        let found = best.map(|(_, _, s)| self.cluster_of[s]);
        self.corpus.insert(m.as_str().to_string(), found);
        found
    }
}

/// Pairs of surfaces sharing an informative part skeleton.
fn candidate_pairs(surfaces: &[(String, Name)]) -> Vec<(usize, usize)> {
    let mut blocks: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
    for (i, (_, name)) in surfaces.iter().enumerate() {
        for key in crate::index::blocking_keys(name) {
            blocks.entry(key).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for ids in blocks.values() {
        for (x, &a) in ids.iter().enumerate() {
            for &b in &ids[x + 1..] {
                if a != b {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// A full name written more than once first ("Hillary Clinton", not a
/// one-off "Crooked Hillary Clinton"), then most parts, then most
/// mentions, then Latin script; leading honorifics removed.
fn canonical(p: &Person) -> String {
    let count = |v: &str| p.mentions.iter().filter(|m| m.text == v).count();
    let best = p.variants.iter().max_by_key(|v| {
        let name = Name::parse(v);
        let parts = name.parts().len();
        (
            parts >= 2 && count(v) >= 2,
            parts,
            count(v),
            v.is_ascii(),
            std::cmp::Reverse(p.variants.iter().position(|x| x == *v)),
        )
    });
    let Some(best) = best else { return String::new() };
    let words: Vec<&str> = best.split_whitespace().collect();
    let skip = words
        .iter()
        .take_while(|w| crate::lexicon::title(&crate::skeleton::fold(w)) == Some(crate::lexicon::TitleKind::Title))
        .count();
    if skip < words.len() {
        words[skip..].join(" ")
    } else {
        best.clone()
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Groups a list of names (one person each, e.g. a watch list) into
/// persons: indices into `names`, groups in order of first member.
/// Empty or unparsable names form groups of their own.
///
/// ```
/// let groups = newswire_names::group_names(&["Khaled Meshaal", "Hassan Rouhani", "Khalid Mashal", "حسن روحاني"]);
/// assert_eq!(groups, [vec![0, 2], vec![1, 3]]);
/// ```
pub fn group_names(names: &[&str]) -> Vec<Vec<usize>> {
    let parsed: Vec<(String, Name)> = names.iter().map(|n| (n.to_string(), Name::parse(n))).collect();
    let matcher = NameMatcher::new();
    let mut uf = UnionFind::new(parsed.len());
    for (a, b) in candidate_pairs(&parsed) {
        if matcher.score_parsed(&parsed[a].1, &parsed[b].1) >= MERGE_THRESHOLD {
            uf.union(a, b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut at: HashMap<usize, usize> = HashMap::new();
    for i in 0..parsed.len() {
        let r = uf.find(i);
        let g = *at.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}
