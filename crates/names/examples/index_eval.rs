//! Measures `NameIndex` on generated names: build time, memory per name,
//! query latency, and top-10 recall against exhaustive scoring.
//!
//! Names are generated from the CC0 Wikidata transliteration tokens
//! (Latin tokens and their Arabic-script spellings), 2–4 tokens each;
//! queries are indexed names with spelling noise (a vowel changed, a
//! letter doubled, a part dropped, the parts reordered).
//!
//! Usage: cargo run --release -p newswire-names --example index_eval -- TRANSLIT_DIR [N_NAMES] [N_QUERIES]

use std::time::Instant;

use newswire_names::NameIndex;

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
    let dir = args.get(1).ok_or("usage: index_eval TRANSLIT_DIR [N_NAMES] [N_QUERIES]")?;
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let nq: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(100);
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
    let names: Vec<String> = (0..n)
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
            let id = rng.below(n);
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
    let mut lat = Vec::new();
    let (mut found_true, mut total_true, mut found_top, mut total_top, mut self_found, mut brute_self) =
        (0, 0, 0, 0, 0, 0);
    let (mut keyed, mut keyed_found) = (0, 0);
    for (id, q) in &queries {
        let t = Instant::now();
        let hits = index.query(q, 10);
        lat.push(t.elapsed().as_secs_f64() * 1e6);
        let exact = index.query_exhaustive(q, 10);
        if std::env::var_os("INDEX_EVAL_DEBUG").is_some() {
            println!("query {q:?}");
            for (e, h) in exact.iter().zip(&hits) {
                println!("  exact {:.3} {:<40} index {:.3} {}", e.score, e.name, h.score, h.name);
            }
        }
        let got: Vec<usize> = hits.iter().map(|h| h.id).collect();
        // Scores, not ids: many names tie at the 10th score, and any of
        // them is a correct answer.
        let qkeys = newswire_names::Name::parse(q).blocking_keys();
        for (rank, e) in exact.iter().enumerate() {
            let ok = hits.get(rank).is_some_and(|h| (h.score - e.score).abs() < 1e-6);
            if newswire_names::Name::parse(e.name).blocking_keys().iter().any(|k| qkeys.contains(k)) {
                keyed += 1;
                keyed_found += usize::from(hits.iter().any(|h| h.id == e.id));
            }
            total_top += 1;
            found_top += usize::from(ok);
            if e.score >= newswire_names::DEFAULT_THRESHOLD {
                total_true += 1;
                found_true += usize::from(ok);
            }
        }
        self_found += usize::from(got.contains(id));
        brute_self += usize::from(exact.iter().any(|e| e.id == *id));
    }
    println!(
        "exhaustive top-10 hits sharing a blocking key with the query: {:.3}; of those, returned by the index: {:.3}",
        keyed as f64 / total_top.max(1) as f64,
        keyed_found as f64 / keyed.max(1) as f64
    );
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize];
    println!("queries: {nq}, latency p50 {:.0} µs, p90 {:.0} µs, p99 {:.0} µs", pct(0.5), pct(0.9), pct(0.99));
    println!(
        "recall vs exhaustive (top-10 scores equal rank by rank): all {:.3}, matches (score >= threshold) {:.3}; true match (the source name) in top 10: index {:.3}, exhaustive {:.3}",
        found_top as f64 / total_top.max(1) as f64,
        found_true as f64 / total_true.max(1) as f64,
        self_found as f64 / nq as f64,
        brute_self as f64 / nq as f64
    );
    Ok(())
}
