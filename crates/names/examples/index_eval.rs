//! Measures `NameIndex` on generated names: build time, memory per name,
//! query latency, and recall against exhaustive scoring.
//!
//! Names are generated from the CC0 Wikidata transliteration tokens
//! (Latin tokens and their Arabic-script spellings), 2–4 tokens each;
//! queries are indexed names with spelling noise (a vowel changed, a
//! letter doubled, a part dropped, the parts reordered).
//!
//! With a labelled pairs file (`a<TAB>b<TAB>label`, e.g. the OFAC/UN
//! alias pairs), the second name of every true pair is added to the index
//! and the first is a query whose true match is that name: recall of real
//! aliases, by the index and by exhaustive scoring.
//!
//! Latency is measured apart, queries back to back as a service runs
//! them, in three passes (the median pass is reported: this machine is
//! shared). Recall needs exhaustive scoring of every query, which is slow:
//! `INDEX_EVAL_SAMPLE=k` keeps every k-th alias pair (`INDEX_EVAL_OFFSET=r`:
//! those of rank r modulo k); `INDEX_EVAL_FAST=1`
//! skips recall; `INDEX_EVAL_CACHE=FILE` keeps which aliases exhaustive
//! scoring finds in FILE (reused while only the index changes; delete it
//! when the matcher changes). `INDEX_EVAL_QUERIES=0` skips the generated
//! queries' recall. `INDEX_EVAL_SPREAD=1` puts the true matches at random
//! places among the generated names instead of after them (a cache made
//! one way does not serve the other).
//!
//! Usage: cargo run --release -p newswire-names --example index_eval -- TRANSLIT_DIR [N_NAMES] [N_QUERIES] [PAIRS.tsv]

use std::time::Instant;

use newswire_names::{Hit, NameIndex, DEFAULT_THRESHOLD};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).ok_or("usage: index_eval TRANSLIT_DIR [N_NAMES] [N_QUERIES] [PAIRS.tsv]")?;
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let nq: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(100);
    let sample: usize = std::env::var("INDEX_EVAL_SAMPLE").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    // `INDEX_EVAL_OFFSET=r` keeps the pairs whose rank is r modulo k
    // instead (a sample disjoint from the default one).
    let offset: usize = std::env::var("INDEX_EVAL_OFFSET").ok().and_then(|s| s.parse().ok()).unwrap_or(0) % sample;
    let fast = std::env::var_os("INDEX_EVAL_FAST").is_some();
    let debug = std::env::var_os("INDEX_EVAL_DEBUG").is_some();
    let mut latin = Vec::new();
    let mut arabic = Vec::new();
    for line in std::fs::read_to_string(format!("{dir}/wikidata_en_ar.tsv"))?.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() >= 2 {
            let mut l = f[0].to_string();
            if let Some(c) = l.get(..1) {
                l = c.to_uppercase() + &l[1..];
            }
            latin.push(l);
            arabic.push(f[1].replace(' ', ""));
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut names: Vec<String> = (0..n)
        .map(|_| {
            let parts = 2 + rng.below(3);
            let script_ar = rng.below(10) == 0;
            (0..parts)
                .map(|_| {
                    let t = rng.below(latin.len());
                    if script_ar {
                        arabic[t].clone()
                    } else {
                        latin[t].clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // Real aliases: (query, id of its true match in the index).
    let mut aliases: Vec<(usize, String)> = Vec::new();
    if let Some(pairs) = args.get(4) {
        let mut seen = 0usize;
        for line in std::fs::read_to_string(pairs)?.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() >= 3 && f[2] == "1" {
                seen += 1;
                if seen % sample == offset {
                    aliases.push((names.len(), f[0].to_string()));
                    names.push(f[1].to_string());
                }
            }
        }
    }
    // `INDEX_EVAL_SPREAD=1`: each true match moves to a random place among
    // the generated names (which takes its place at the end). Appended,
    // they have the highest ids and lose every tie, where the estimates
    // of the candidates tie by the hundred; a list in use has its true
    // matches anywhere.
    if std::env::var_os("INDEX_EVAL_SPREAD").is_some() {
        let generated = names.len() - aliases.len();
        let mut spread = Rng(0x2545_F491_4F6C_DD1D);
        let mut taken = std::collections::HashSet::new();
        for alias in aliases.iter_mut() {
            let mut r = spread.below(generated);
            while !taken.insert(r) {
                r = spread.below(generated);
            }
            names.swap(r, alias.0);
            alias.0 = r;
        }
    }
    let n = names.len();
    let t = Instant::now();
    let index = NameIndex::new(&names);
    let build = t.elapsed();
    let bytes: usize = names.iter().map(|s| s.len()).sum();
    println!(
        "names: {n}, build {:.2} s ({:.2} µs/name), raw text {:.1} MB",
        build.as_secs_f64(),
        build.as_secs_f64() * 1e6 / n as f64,
        bytes as f64 / 1e6
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(l) = status.lines().find(|l| l.starts_with("VmRSS")) {
            let kb: f64 = l.split_whitespace().nth(1).and_then(|v| v.parse().ok()).unwrap_or(0.0);
            println!("resident memory {:.0} MB, about {:.0} bytes per name", kb / 1024.0, kb * 1024.0 / n as f64);
        }
    }
    let queries: Vec<(usize, String)> = (0..nq)
        .map(|_| {
            let id = rng.below(n - aliases.len());
            let mut parts: Vec<String> = names[id].split(' ').map(String::from).collect();
            match rng.below(4) {
                0 => {
                    let p = rng.below(parts.len());
                    parts[p] = parts[p].replacen('a', "e", 1).replacen('o', "u", 1);
                }
                1 => {
                    let p = rng.below(parts.len());
                    if let Some((i, c)) = parts[p].char_indices().nth(1) {
                        parts[p].insert(i, c);
                    }
                }
                2 if parts.len() > 2 => {
                    let p = rng.below(parts.len());
                    parts.remove(p);
                }
                _ => parts.reverse(),
            }
            (id, parts.join(" "))
        })
        .collect();

    for (label, set) in [("generated", &queries), ("real aliases", &aliases)] {
        if set.is_empty() {
            continue;
        }
        let mut passes: Vec<(f64, f64, f64)> = (0..3)
            .map(|_| {
                let mut lat: Vec<f64> = set
                    .iter()
                    .map(|(_, q)| {
                        let t = Instant::now();
                        std::hint::black_box(index.query(q, 10));
                        t.elapsed().as_secs_f64() * 1e6
                    })
                    .collect();
                lat.sort_by(f64::total_cmp);
                let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize];
                (pct(0.5), pct(0.9), pct(0.99))
            })
            .collect();
        passes.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (p50, p90, p99) = passes[1];
        println!("{label} queries: {}, latency p50 {p50:.0} µs, p90 {p90:.0} µs, p99 {p99:.0} µs", set.len());
    }
    if fast {
        return Ok(());
    }

    // Recall. The top 10 of the exhaustive ranking, by score: a name the
    // index returns with the same score counts (many names tie).
    let same = |h: &Hit<'_>, e: &Hit<'_>| h.id == e.id || (h.score - e.score).abs() < 1e-6;
    let (mut top, mut top_found, mut matches, mut matches_found, mut rank_equal) = (0, 0, 0, 0, 0);
    let (mut src_index, mut src_brute) = (0, 0);
    let generated = std::env::var("INDEX_EVAL_QUERIES").map_or(queries.len(), |v| v.parse().unwrap_or(queries.len()));
    for (id, q) in queries.iter().take(generated) {
        let hits = index.query(q, 10);
        let exact = index.query_exhaustive(q, 10);
        if debug {
            println!("query {q:?}");
            for (e, h) in exact.iter().zip(&hits) {
                println!("  exact {:.3} {:<40} index {:.3} {}", e.score, e.name, h.score, h.name);
            }
        }
        for (rank, e) in exact.iter().enumerate() {
            let found = hits.iter().any(|h| same(h, e));
            top += 1;
            top_found += usize::from(found);
            rank_equal += usize::from(hits.get(rank).is_some_and(|h| (h.score - e.score).abs() < 1e-6));
            if e.score >= DEFAULT_THRESHOLD {
                matches += 1;
                matches_found += usize::from(found);
            }
        }
        src_index += usize::from(hits.iter().any(|h| h.id == *id));
        src_brute += usize::from(exact.iter().any(|h| h.id == *id));
    }
    if generated > 0 {
        println!(
            "generated: exhaustive top-10 found by the index {:.3} (rank by rank {:.3}); of those scoring >= the threshold {:.3}; source name in top 10: index {:.3}, exhaustive {:.3}",
            top_found as f64 / top.max(1) as f64,
            rank_equal as f64 / top.max(1) as f64,
            matches_found as f64 / matches.max(1) as f64,
            src_index as f64 / generated.max(1) as f64,
            src_brute as f64 / generated.max(1) as f64
        );
    }
    // Whether exhaustive scoring finds each alias depends on the matcher
    // only: a cache file saves recomputing it while the index is tuned.
    let cache = std::env::var("INDEX_EVAL_CACHE").ok();
    let cached: Option<Vec<bool>> = cache
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| t.lines().map(|l| l == "1").collect())
        .filter(|v: &Vec<bool>| v.len() == aliases.len());
    let mut found_by_brute = Vec::with_capacity(aliases.len());
    let (mut both, mut brute, mut idx) = (0, 0, 0);
    for (k, (id, q)) in aliases.iter().enumerate() {
        let hits = index.query(q, 10);
        let in_index = hits.iter().any(|h| h.id == *id);
        let in_brute = match &cached {
            Some(v) => v[k],
            None => index.query_exhaustive(q, 10).iter().any(|h| h.id == *id),
        };
        found_by_brute.push(in_brute);
        brute += usize::from(in_brute);
        idx += usize::from(in_index);
        both += usize::from(in_index && in_brute);
        if debug && in_brute && !in_index {
            let s = newswire_names::NameMatcher::new().score(q, &names[*id]);
            println!(
                "missed alias {q:?} -> {:?} ({s:.3}); index 10th {:.3}; candidate rank {:?}",
                names[*id],
                hits.last().map_or(0.0, |h| h.score),
                index.candidate_rank(q, *id)
            );
            println!("  shared keys {:?}", index.shared_keys(q, *id));
        }
    }
    if let (Some(p), None) = (&cache, &cached) {
        std::fs::write(p, found_by_brute.iter().map(|&b| if b { "1\n" } else { "0\n" }).collect::<String>())?;
    }
    if !aliases.is_empty() {
        println!(
            "real aliases ({} true pairs): true match in top 10 — exhaustive {brute}, index {idx}; recall of the exhaustive finds {:.4}",
            aliases.len(),
            both as f64 / brute.max(1) as f64
        );
    }
    Ok(())
}
