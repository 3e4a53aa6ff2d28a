//! Blocking keys, and the name index built on them.

use crate::Name;

/// A skeleton without its initial-vowel mark: how parts are joined
/// ("Ali Akbar" → LKBR, as "Aliakbar" is written).
fn unmarked(k: &[u8]) -> Key {
    k.iter().copied().filter(|&b| b != b'A').collect()
}

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
    // A name of initials only ("J. K.") gets them as its key, marked so
    // it meets no skeleton: else no key would find it.
    if parts.is_empty() {
        let mut k = Key::from_slice(b".");
        let mut bits = 0;
        for (i, c) in name.parts().iter().enumerate().filter_map(|(i, p)| Some((i, p.initial?))) {
            push_char(&mut k, c);
            bits |= bit(i);
        }
        if k.len() > 1 {
            keys.push((k, bits));
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
        // A kunya's name ("Abu Akram" → Akram): alias lists give a person
        // with and without the "father of" ("Abu-Akram Al-Ka'abi" /
        // "Akram Al-Ka'bi"), which the matcher scores alike.
        if p.role() == crate::Role::Kunya && p.skel.len() >= 5 && p.skel.starts_with(b"AB") {
            keys.push((Key::from_slice(&p.skel[2..]), 1 << i, true));
        }
        // The skeleton as written, its initial-vowel mark included: the
        // mark is a letter that may be missing on the other side
        // ("Awlaki" / "Aulaqi"). Not past 16 letters: a long run of junk
        // letters would give as many keys as letters, each as long.
        let k: Key = p.skel.clone();
        if !(DELETION_MIN..=16).contains(&k.len()) {
            continue;
        }
        for d in 0..k.len() {
            let mut v = k.clone();
            v.remove(d);
            keys.push((v, 1 << i, true));
        }
    }
    for (i, p) in name.parts().iter().enumerate().take(16) {
        // The skeleton without a glued article or a patronymic ending
        // ("Elkaddafi" → KDF, as "Gaddafi"), which the matcher compares
        // too.
        if !p.alt.is_empty() {
            keys.push((p.alt.clone(), 1 << i, false));
        }
        // A Latin article glued onto a name that begins with a vowel
        // ("Alousta" / "Al-Ousta"): the matcher keeps such parts whole
        // ("Alawi", "Alexander" are names), but the index also files them
        // under the rest, as a fuzzy key.
        let Some(latin) = &p.latin else { continue };
        let rest = latin.strip_prefix(b"al").or_else(|| latin.strip_prefix(b"el"));
        if let Some(rest) = rest.filter(|r| r.len() >= 4 && crate::parse::is_plain_vowel(r[0])) {
            if let Ok(rest) = std::str::from_utf8(rest) {
                keys.push((crate::parse::token_key(rest), 1 << i, true));
            }
        }
    }
    // An initial with each other part ("M." + ASHRAF): what an initial
    // agrees with is a full part's first letter (see `initial_keys`).
    for (i, c) in name.parts().iter().enumerate().take(16).filter_map(|(i, p)| Some((i, p.initial?))) {
        for (j, p) in name.parts().iter().enumerate().take(16) {
            if p.initial.is_none() && !p.skel.is_empty() {
                keys.push((initial_key(c, &p.skel), 1 << i | 1 << j, false));
            }
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

/// Query-side keys for short parts (two to four letters), which get no
/// deletion keys: each skeleton with one letter changed to one
/// romanisations confuse it with ("Purhin" BRHN → BRKN "Purgin", "Mivlut"
/// MVLT → MVLD "Mawlud"), with one letter left out ("Ying" YNK → YN
/// "Yun"; not from two letters: one is no key), with an often unwritten
/// letter added (two or three letters: "Joumaa" JM → JMH "Joumha"), or
/// with an onset h and vowel swapped ("Issène" ASN → HSN "Hissein"). They
/// meet the skeletons other names are filed under.
fn variant_keys(q: &Name) -> Vec<(Key, u32)> {
    let mut keys = Vec::new();
    // A part's skeleton, and its alternative without a glued article
    // ("Elkaddafi" KDF, to meet "Al-Qadhafi" KZF).
    let short = q
        .parts()
        .iter()
        .enumerate()
        .take(16)
        .filter(|(_, p)| p.initial.is_none())
        .flat_map(|(i, p)| [(i, &p.skel), (i, &p.alt)])
        .filter(|(_, s)| (2..DELETION_MIN).contains(&s.len()));
    for (i, skel) in short {
        for d in 0..skel.len() {
            for c in crate::cost::cheap_substitutes(skel[d], VARIANT_COST) {
                let mut v = skel.clone();
                v[d] = c;
                keys.push((v, 1 << i));
            }
            if skel.len() >= 3 {
                let mut v = skel.clone();
                v.remove(d);
                keys.push((v, 1 << i));
            }
        }
        // A letter often left unwritten, added: a part of two or three
        // letters meets the skeletons one longer, which have no keys
        // with a letter left out ("Qansu" KNS / "Qansawh" KNSV).
        if skel.len() <= 3 {
            for d in 0..=skel.len() {
                // The initial-vowel mark A only ever begins a skeleton.
                for c in [b'A', b'H', b'Y', b'V'].into_iter().filter(|&c| c != b'A' || d == 0) {
                    let mut v = skel.clone();
                    v.insert(d, c);
                    keys.push((v, 1 << i));
                }
            }
        }
        // An onset h written as a vowel or left out ("Hissein" /
        // "Issène", "Hamid" / "Amid"): Arabic ḥ, ʿ and hamza.
        let swap = match skel[0] {
            b'A' => Some(b'H'),
            b'H' => Some(b'A'),
            _ => None,
        };
        if let Some(c) = swap {
            let mut v = skel.clone();
            v[0] = c;
            keys.push((v, 1 << i));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Query-side keys of three adjacent parts joined, as two are in the
/// blocking keys: a compound written whole in the index and split in
/// three in the query ("Bordbarsheramin" / "Bordbar Shir Amin") meets
/// its skeleton. (Filing every name under its triples too cost 150
/// bytes a name, nearly all of them keys no other name shares.)
fn triple_keys(q: &Name) -> Vec<(Key, u32)> {
    let full: Vec<(usize, &crate::NamePart)> =
        q.parts().iter().enumerate().take(16).filter(|(_, p)| p.initial.is_none() && !p.skel.is_empty()).collect();
    full.windows(3)
        .map(|w| {
            let mut k = Key::new();
            let mut bits = 0;
            for &(i, p) in w {
                k.extend(unmarked(&p.skel));
                bits |= 1 << i;
            }
            (k, bits)
        })
        .collect()
}

/// A key of an initial and another part's skeleton: the letter, '.',
/// the skeleton (the '.' keeps it apart from every skeleton).
fn initial_key(c: char, skel: &[u8]) -> Key {
    let mut k = Key::new();
    push_char(&mut k, c);
    k.push(b'.');
    k.extend_from_slice(skel);
    k
}

/// Appends a letter to a key, UTF-8 encoded.
fn push_char(key: &mut Key, c: char) {
    key.extend_from_slice(c.encode_utf8(&mut [0u8; 4]).as_bytes());
}

/// Query-side keys meeting the names that give one of the query's parts
/// as an initial ("Muhammad Ashraf" / "Haji M. Ashraf"): each part's
/// first letter with each other part's skeleton, as `index_keys` files
/// names with initials.
fn initial_keys(q: &Name) -> Vec<(Key, u32)> {
    let parts = q.parts();
    let mut keys = Vec::new();
    for (i, lead) in
        parts.iter().enumerate().take(16).filter_map(|(i, p)| Some((i, p.lead.filter(|_| p.initial.is_none())?)))
    {
        for (j, p) in parts.iter().enumerate().take(16) {
            if j != i && p.initial.is_none() && !p.skel.is_empty() {
                keys.push((initial_key(lead, &p.skel), 1 << i | 1 << j));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The highest substitution cost `variant_keys` makes a variant with
/// (0.45: h/k, t/d, s/z, j/k, b/v and the like; at 0.6, with more
/// variants to look up, alias recall was 0.972 against 0.974).
const VARIANT_COST: f32 = 0.45;

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

/// The shortest skeleton filed with a letter left out. (Filing shorter
/// ones too, even with their lists only counting for names met through
/// other keys, lowered alias recall at 1 M names: 0.962 → 0.953 for
/// four letters, 0.948 for three; a short skeleton with a letter left out
/// is shared by too many names.)
const DELETION_MIN: usize = 5;

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

/// Steps per unit of weight in a posting's size.
const WEIGHT_STEPS: f32 = 16.0;

/// Marks a posting made from a fuzzy key.
const FUZZY: u32 = 1 << 31;

/// Where a posting keeps the parts of its name the key was made from (a
/// bit for each of parts 0, 1 and 2, one for any later part): a query
/// part and another that both met one part of a name ("Oshima" for
/// "Asim" and "Cheema") are one match, not two.
const PART_SHIFT: u32 = 27;

/// The name id in a posting (below the part bits and the fuzzy flag).
const ID_MASK: u32 = (1 << PART_SHIFT) - 1;

/// Where a posting keeps its name's size: the summed weight of its parts
/// in steps of 1/16 and the number of its parts, a byte each. A posting
/// is the name id, part bits and fuzzy flag in its low 32 bits, then the
/// size: a query reads a candidate's size from the list it met it on, not
/// from a per-name array at random.
const SIZE_SHIFT: u32 = 32;

/// Where an entry of a query keeps its mark, with the name's size after
/// it (see `NameIndex::estimates`).
const MARK_SHIFT: u32 = 32;

/// A name's key parts (a bit per part index) as a posting's part bits.
fn posting_parts(bits: u32) -> u32 {
    let later = u32::from(bits >> 3 != 0) << 3;
    ((bits & 0b111) | later) << PART_SHIFT
}

/// Names on a fuzzy key's list become candidates up to this length; on
/// a longer list they only count for names met through other keys.
const FUZZY_LIST_MAX: usize = 1000;

/// The same for exact keys: a part thousands of names share ("Ali",
/// "Kar") makes none of them likely, but counts for those met through a
/// rarer part. (When every exact list is longer, the shortest adds.)
/// At 1 M names this cuts the candidates of a query to about a third,
/// and more true aliases reach the names scored in full (fewer names that
/// share one common part crowd them out).
const EXACT_LIST_MAX: usize = 3000;

/// Fuzzy keys with longer posting lists are not looked up. (At 1 M
/// names, every 5th dev alias pair: 10,000 gave alias recall 0.974 and
/// cost the most time scanning; 5,000 gives 0.977; 3,000 0.967.)
const FUZZY_MARK_MAX: usize = 5_000;

/// A short part's variant list this long or shorter pairs with the long
/// lists of the query's other parts (see `NameIndex::estimates`); longer
/// ones (two-letter skeletons, mostly) cost more to read than they find.
const VARIANT_PAIR_MAX: usize = 3000;

/// How much a part met only through a fuzzy key counts in the estimate.
const FUZZY_CREDIT: f32 = 0.6;

use rustc_hash::FxHashMap as HashMap;

use crate::NameMatcher;

/// How many candidates, ranked by the score they could reach (see
/// `NameIndex::query`), are scored in full.
const RESCORE: usize = 60;

/// Names on an exact key's list this short are scored in full whatever
/// their estimate (up to `RARE_MAX` of them): a part only a handful of
/// names share is strong evidence the estimate cannot see when the
/// query's other parts met many names loosely ("Erken Tuniyaz" /
/// "Alken Tuniaz": 14 names share TNZ, and 520 candidates had higher
/// estimates). Every 7th dev alias pair at 1 M names: 0.9638 → 0.9671
/// (the same with 64; fuzzy keys' short lists added nothing).
const RARE_LIST: usize = 16;
const RARE_MAX: usize = 32;

/// What the query parts of a mask add to a candidate's estimate.
#[derive(Clone, Copy, Default)]
struct Worth {
    /// Matched weight, credited.
    m: f32,
    /// Matched weight.
    weight: f32,
    count: f32,
    rare: f32,
}

/// Query parts with a bit of their own in an entry's mark (later ones
/// share the last), exact and fuzzy; the name's part bits come after.
const QUERY_BITS: u32 = 6;

/// The query-part bits of an entry's mark.
const QUERY_MASK: u16 = (1 << QUERY_BITS) - 1;

/// Per-thread scratch of a query, kept between queries (sized to the
/// largest index queried).
struct Scratch {
    /// A bit per name: is it a candidate. An eighth of a megabyte per
    /// million names, which stays in cache while long lists are scanned
    /// for the few names met already.
    met: Vec<u64>,
    /// Four bits per name (sixteen names a word): the part bits of its
    /// posting on one long exact list, while the other long lists are
    /// checked against it (cleared after). One load per check; the four
    /// bits are what the check needs.
    on: Vec<u64>,
    /// What the query's postings say about candidates, one entry per
    /// posting (see `entry`), sorted by name before they are summed: the
    /// per-name array this replaced was read and written at random, a
    /// cache miss per posting.
    entries: Vec<u64>,
    /// The other half of the radix sort of `entries`.
    sorted: Vec<u64>,
    /// Every candidate's estimate (kept: one buffer per thread, not one
    /// of thousands of entries per query).
    all: Vec<(u32, f32)>,
}

/// A posting list of a query key.
struct PostingList<'i> {
    ids: &'i [u64],
    bits: u32,
    fuzzy: bool,
    /// Whether names on it become candidates; if not, it only counts for
    /// names met through other keys.
    adds: bool,
    /// A short part's variant (see `variant_keys`).
    variant: bool,
}

/// How rare the keys of each query part are (exact keys of the first
/// eight parts, then fuzzy ones): among candidates that would score
/// alike, those met through a rare key come first (a name shared with few
/// others is more likely the same person's).
fn part_rarity(lists: &[PostingList<'_>]) -> [f32; 16] {
    let mut rarity = [0f32; 16];
    for &PostingList { ids: list, bits, fuzzy, .. } in lists {
        let r = 1.0 / (1.0 + (list.len() as f32).ln());
        for (i, slot) in rarity.iter_mut().enumerate().skip(if fuzzy { 8 } else { 0 }).take(8) {
            if bits & (1 << (i % 8)) != 0 {
                *slot = slot.max(r);
            }
        }
    }
    rarity
}

/// Best estimate first, ties by id.
fn by_estimate(a: &(u32, f32), b: &(u32, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

/// Sorts `entries` by the name id in their low 32 bits (ids below
/// `names`), stably, with `buf` as the other half: a radix sort, in as
/// many passes of up to 11 bits as the ids need (two at a million names):
/// linear in the entries, over buffers kept between queries.
fn sort_by_id(entries: &mut Vec<u64>, buf: &mut Vec<u64>, names: usize) {
    const DIGIT: u32 = 11;
    // Ids are below 2^27 (`ID_MASK`) whatever the number of names.
    let bits = usize::BITS - names.min(ID_MASK as usize + 1).saturating_sub(1).leading_zeros();
    let passes = bits.div_ceil(DIGIT).max(1);
    let width = bits.div_ceil(passes);
    let mut count = [0u32; 1 << DIGIT];
    buf.clear();
    buf.resize(entries.len(), 0);
    for pass in 0..passes {
        let digit = |e: u64| (e as u32 >> (pass * width)) as usize & ((1 << width) - 1);
        let count = &mut count[..1 << width];
        count.fill(0);
        for &e in entries.iter() {
            count[digit(e)] += 1;
        }
        let mut sum = 0;
        for c in count.iter_mut() {
            (*c, sum) = (sum, sum + *c);
        }
        for &e in entries.iter() {
            let d = digit(e);
            buf[count[d] as usize] = e;
            count[d] += 1;
        }
        std::mem::swap(entries, buf);
    }
}

/// A searchable list of names: `query` returns the best-scoring names
/// while scoring only a few candidates in full: names that share a
/// blocking key with the query, or a fuzzy key (a part's skeleton with one
/// letter left out, or a coarse spelling of it), ranked by the score they
/// could reach.
///
/// Holds up to 2²⁷ (134 million) names in its posting lists (memory,
/// about 1.1 KB a name, runs out first); names past that are kept and seen
/// by [`NameIndex::query_exhaustive`] only.
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
    /// Per key, its names: see `posting`.
    postings: HashMap<Key, Vec<u64>>,
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
        let mut postings: HashMap<Key, Vec<u64>> = HashMap::default();
        // Ids share 32 bits with the part bits and the fuzzy flag: past
        // 2^27 names, the rest are kept (exhaustive search sees them) but
        // not filed.
        for (i, n) in names.iter().enumerate().take(ID_MASK as usize + 1) {
            let w = n.parts().iter().map(|p| p.weight).sum::<f32>();
            let size =
                u64::from((w * WEIGHT_STEPS).round().min(255.0) as u8) | u64::from(n.parts().len().min(255) as u8) << 8;
            for (k, bits, fuzzy) in index_keys(n) {
                let flag = if fuzzy { FUZZY } else { 0 };
                postings
                    .entry(k)
                    .or_default()
                    .push(u64::from(i as u32 | posting_parts(bits) | flag) | size << SIZE_SHIFT);
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
    ///
    /// Names sharing a key with the query are candidates, except that a
    /// key thousands of names share (a common part) only counts for names
    /// met through a rarer one. The candidates are ranked by the score
    /// they would get if the query parts they share a key with matched
    /// (exactly, or at a discount for a fuzzy key) and nothing else did
    /// (the matcher's formula, with the parts' weights), and the best
    /// ones are scored in full.
    pub fn query(&self, query: &str, k: usize) -> Vec<Hit<'_>> {
        let q = crate::Name::parse(query);
        let lists = self.lists(&q);
        let mut cands = self.estimates(&q, &lists, RESCORE.max(k));
        // Touch every candidate's parts first, in a loop of independent
        // reads: their cache misses overlap, where scoring one name after
        // another would wait for each in turn.
        std::hint::black_box(
            cands.iter().map(|c| self.names[c.0 as usize].parts().iter().map(|p| p.weight).sum::<f32>()).sum::<f32>(),
        );
        for c in cands.iter_mut() {
            c.1 = self.matcher.score_parsed(&q, &self.names[c.0 as usize]);
        }
        cands.sort_unstable_by(by_estimate);
        cands
            .iter()
            .take(k)
            .map(|&(id, score)| Hit { id: id as usize, name: self.names[id as usize].as_str(), score })
            .collect()
    }

    /// Where name `id` ranks among the candidates for `query` (0 first),
    /// its estimate, and the number of candidates: to see why the index
    /// missed a name. Not a stable API.
    #[doc(hidden)]
    pub fn candidate_rank(&self, query: &str, id: usize) -> Option<(usize, f32, usize)> {
        let q = crate::Name::parse(query);
        let mut cands = self.estimates(&q, &self.lists(&q), usize::MAX);
        cands.sort_by(by_estimate);
        let rank = cands.iter().position(|c| c.0 as usize == id)?;
        Some((rank, cands[rank].1, cands.len()))
    }

    /// The query's keys that name `id` is filed under, with their list
    /// lengths and whether fuzzy: to see why the index missed a name. Not
    /// a stable API.
    #[doc(hidden)]
    pub fn shared_keys(&self, query: &str, id: usize) -> Vec<(String, usize, bool)> {
        index_keys(&crate::Name::parse(query))
            .into_iter()
            .filter_map(|(key, _, fuzzy)| {
                let list = self.postings.get(&key)?;
                list.iter()
                    .any(|&p| (p as u32 & ID_MASK) as usize == id)
                    .then(|| (String::from_utf8_lossy(&key).into_owned(), list.len(), fuzzy))
            })
            .collect()
    }

    /// The `keep` best candidates for `q` (names sharing a key with it),
    /// with the score they could reach, in no order.
    fn estimates(&self, q: &crate::Name, lists: &[PostingList<'_>], keep: usize) -> Vec<(u32, f32)> {
        let parts = q.parts();
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = const { std::cell::RefCell::new(Scratch { met: Vec::new(), on: Vec::new(), entries: Vec::new(), sorted: Vec::new(), all: Vec::new() }) };
        }
        SCRATCH.with(|s| {
            let Scratch { met, on, entries, sorted, all } = &mut *s.borrow_mut();
            if met.len() < self.names.len().div_ceil(64) {
                met.resize(self.names.len().div_ceil(64), 0);
            }
            if on.len() < self.names.len().div_ceil(16) {
                on.resize(self.names.len().div_ceil(16), 0);
            }
            // An entry: the name id, then (from `MARK_SHIFT`) the query
            // parts the posting shares with it (exact ones of the first
            // six parts in bits 0 to 5, fuzzy ones in bits 6 to 11) and
            // the name's parts its key came from (bits 12 to 15), then
            // the name's size.
            let entry = |posting: u64, exact: u32, fuzzy: bool| {
                let low = posting as u32;
                let theirs = (low >> PART_SHIFT & 0xF) << (2 * QUERY_BITS);
                let mark = theirs | if fuzzy || low & FUZZY != 0 { exact << QUERY_BITS } else { exact };
                u64::from(low & ID_MASK) | u64::from(mark) << MARK_SHIFT | (posting >> SIZE_SHIFT) << (MARK_SHIFT + 16)
            };
            // Parts past the sixth share the last bit (a name met must
            // have a bit set).
            let query_bits = |bits: u32| {
                let mask = u32::from(QUERY_MASK);
                if bits & mask != 0 {
                    bits & mask
                } else {
                    1 << (QUERY_BITS - 1)
                }
            };
            // Lists that add names first; then names on the long lists of
            // two different query parts, through keys of two different
            // parts of theirs, become candidates too ("Badi ... Mualla";
            // "Andrej Purgin" / "Andrey ... Purgin" by a fuzzy and an
            // exact key; "Chung Chong Kim" / "Jung Jong Kim" by a short
            // part's variant and an exact key); then long lists only add
            // to names met.
            for l in lists.iter().filter(|l| l.adds) {
                let exact = query_bits(l.bits);
                for &posting in l.ids {
                    let id = posting as u32 & ID_MASK;
                    met[id as usize / 64] |= 1u64 << (id % 64);
                    entries.push(entry(posting, exact, l.fuzzy));
                }
            }
            // One list of the two is exact (two fuzzy keys alone are too
            // weak a sign to pair on). Each long exact list is marked in
            // `on`, by the name parts its key came from, and the other
            // long lists of other query parts are read against it: one
            // pass over each, where merging every pair of lists cost both
            // lengths per pair (a short part's dozen variant lists, each
            // merged with a common part's long list: alias latency p99
            // 1.5–1.7 ms at 1 M names; read against the marks, 0.76–0.80
            // ms, as before variants paired).
            //
            // Short parts' variant lists pair too (every 11th dev alias
            // pair from the 4th at 1 M names: recall 0.9565 → 0.9620),
            // those of up to `VARIANT_PAIR_MAX` names.
            let long: Vec<&PostingList<'_>> =
                lists.iter().filter(|l| !l.adds && (!l.variant || l.ids.len() <= VARIANT_PAIR_MAX)).collect();
            let part_bits = |posting: u64| (posting as u32 >> PART_SHIFT) & 0xF;
            // The exact lists of one query part (its skeleton with and
            // without the initial-vowel mark, most often) are marked
            // together and the other lists read once against them all.
            let mut groups: Vec<u32> = Vec::new();
            for l in long.iter().filter(|l| !l.fuzzy) {
                if !groups.contains(&l.bits) {
                    groups.push(l.bits);
                }
            }
            for (x, &g) in groups.iter().enumerate() {
                // Exact lists of groups before this one were paired with
                // it already.
                let pairs_with =
                    |b: &&PostingList<'_>| b.bits & g == 0 && (b.fuzzy || groups[x + 1..].contains(&b.bits));
                if !long.iter().any(pairs_with) {
                    continue;
                }
                let group = || long.iter().filter(|a| !a.fuzzy && a.bits == g);
                for a in group() {
                    for &p in a.ids {
                        let id = (p as u32 & ID_MASK) as usize;
                        on[id / 16] |= u64::from(part_bits(p)) << (id % 16 * 4);
                    }
                }
                for b in long.iter().filter(|b| pairs_with(b)) {
                    for &p in b.ids {
                        let id = (p as u32 & ID_MASK) as usize;
                        // Met through keys of two different parts of the
                        // name: any part on the group's lists but the one
                        // `b` met alone.
                        let theirs = part_bits(p);
                        let other = if theirs.is_power_of_two() { !theirs & 0xF } else { 0xF };
                        if (on[id / 16] >> (id % 16 * 4)) as u32 & other != 0 {
                            met[id / 64] |= 1u64 << (id % 64);
                        }
                    }
                }
                for a in group() {
                    for &p in a.ids {
                        on[(p as u32 & ID_MASK) as usize / 16] = 0;
                    }
                }
            }
            for l in lists.iter().filter(|l| !l.adds) {
                let exact = query_bits(l.bits);
                for &posting in l.ids {
                    let id = posting as u32 & ID_MASK;
                    if met[id as usize / 64] & (1u64 << (id % 64)) != 0 {
                        entries.push(entry(posting, exact, l.fuzzy));
                    }
                }
            }
            sort_by_id(entries, sorted, self.names.len());
            let rarity = part_rarity(lists);
            // What a mask of matched parts is worth is a sum over its bits:
            // per half of the mask (exact matches; fuzzy ones of parts not
            // matched exactly), a table of the sums, so the thousands of
            // candidates cost two lookups each.
            let total: f32 = parts.iter().map(|p| p.weight).sum();
            let table = |credit: &dyn Fn(&crate::NamePart) -> f32, rare: &[f32]| {
                let mut t = [Worth::default(); 1 << QUERY_BITS];
                for x in 1..t.len() {
                    let i = x.trailing_zeros() as usize;
                    let mut w = t[x & (x - 1)];
                    if let Some(p) = parts.get(i) {
                        w.m += credit(p) * p.weight;
                        w.weight += p.weight;
                        w.count += 1.0;
                        w.rare += rare[i];
                    }
                    t[x] = w;
                }
                t
            };
            let exact_t = table(&|p| exact_credit(p), &rarity[..8]);
            let fuzzy_t = table(&|_| FUZZY_CREDIT, &rarity[8..]);
            all.clear();
            let estimate = |id: u32, bits: u16, w: u8, n: u8| {
                let lo = usize::from(bits & QUERY_MASK);
                let (e, f) = (exact_t[lo], fuzzy_t[usize::from(bits >> QUERY_BITS & QUERY_MASK) & !lo]);
                let n = f32::from(n).max(1.0);
                // Query parts that met the same part of the name are
                // one match: scale the matched weight down to as many
                // parts as the name matched with (the bit for its
                // later parts counting as all of them).
                let theirs = bits >> (2 * QUERY_BITS);
                let later = if theirs & 0b1000 != 0 { (n - 3.0).max(1.0) } else { 0.0 };
                let parts_met = (theirs & 0b111).count_ones() as f32 + later;
                let count = e.count + f.count;
                let scale = if parts_met < count { parts_met / count } else { 1.0 };
                let (m, count, rare) = ((e.m + f.m) * scale, count * scale, e.rare + f.rare);
                let left = (total - (e.weight + f.weight) * scale).max(0.0);
                // The candidate's unmatched weight: its parts beyond
                // those the query matched, at its mean part weight.
                let left_c = (n - count).max(0.0) * f32::from(w) / WEIGHT_STEPS / n;
                // The matcher's score were the shared parts aligned
                // exactly and the rest unmatched on both sides.
                (id, crate::score::combine(m, left, left_c) + RARITY * rare)
            };
            // Entries of one name are adjacent now: sum each run.
            for name in entries.chunk_by(|a, b| *a as u32 == *b as u32) {
                let run = name.iter().fold(0, |run, &e| run | e);
                all.push(estimate(run as u32, (run >> MARK_SHIFT) as u16, (run >> 48) as u8, (run >> 56) as u8));
                met[run as u32 as usize / 64] = 0;
            }
            entries.clear();
            if all.len() > keep {
                all.select_nth_unstable_by(keep - 1, by_estimate);
                // Names met through a key only a handful of names share
                // are scored in full whatever their estimate.
                let mut rare: Vec<u32> = lists
                    .iter()
                    .filter(|l| !l.fuzzy && l.ids.len() <= RARE_LIST)
                    .flat_map(|l| l.ids.iter().map(|&p| p as u32 & ID_MASK))
                    .collect();
                rare.sort_unstable();
                rare.dedup();
                let mut end = keep;
                for i in keep..all.len() {
                    if end < keep + RARE_MAX && rare.binary_search(&all[i].0).is_ok() {
                        all.swap(end, i);
                        end += 1;
                    }
                }
                all.truncate(end);
            }
            all.clone()
        })
    }

    /// The posting lists of the query's keys and of its short parts'
    /// variants (see `variant_keys`), each marked as adding candidates or
    /// only counting for names met through others.
    fn lists(&self, q: &crate::Name) -> Vec<PostingList<'_>> {
        let mut lists: Vec<PostingList<'_>> = index_keys(q)
            .into_iter()
            .map(|(k, bits, fuzzy)| (k, bits, fuzzy, false))
            .chain(variant_keys(q).into_iter().map(|(k, bits)| (k, bits, true, true)))
            .chain(initial_keys(q).into_iter().chain(triple_keys(q)).map(|(k, bits)| (k, bits, false, false)))
            .filter_map(|(key, bits, fuzzy, variant)| {
                let ids = &self.postings.get(&key)?[..];
                // A fuzzy key that tens of thousands of names share tells
                // nothing, and costs the most to visit.
                if fuzzy && ids.len() > FUZZY_MARK_MAX {
                    return None;
                }
                // A variant of a short part only counts for names met
                // otherwise, or met on a long list of another part too
                // (see `estimates`): as a source of candidates on its own
                // it crowds true ones out (alias recall 0.976 against
                // 0.986).
                let adds = !variant && ids.len() <= if fuzzy { FUZZY_LIST_MAX } else { EXACT_LIST_MAX };
                Some(PostingList { ids, bits, fuzzy, adds, variant })
            })
            .collect();
        // When every exact list is long, the shortest still adds names.
        if !lists.iter().any(|l| l.adds && !l.fuzzy) {
            if let Some(l) = lists.iter_mut().filter(|l| !l.fuzzy).min_by_key(|l| l.ids.len()) {
                l.adds = true;
            }
        }
        lists
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

#[cfg(test)]
mod tests {
    use super::sort_by_id;

    /// The radix sort orders by id and keeps the order of equal ids, for
    /// index sizes that take one, two and three passes.
    #[test]
    fn sort_by_id_is_a_stable_sort_by_id() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for names in [1usize, 2, 3, 1000, 2048, 2049, 1 << 20, (1 << 27) - 5] {
            let mut entries: Vec<u64> = (0..3000u64).map(|i| (next() % names as u64) | (i << 32)).collect();
            let mut expected = entries.clone();
            expected.sort_by_key(|e| *e as u32);
            let mut buf = Vec::new();
            sort_by_id(&mut entries, &mut buf, names);
            assert_eq!(entries, expected, "{names} names");
        }
    }
}
