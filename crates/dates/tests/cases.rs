//! Data-driven cases from `tests/data/cases.tsv`.

use newswire_dates::{parse_dct, DateFinder};

#[test]
fn cases() {
    let mut failures = Vec::new();
    let rows: Vec<&str> =
        include_str!("data/cases.tsv").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    assert!(rows.len() >= 20);
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        let dct = parse_dct(f[0]);
        let expected: Vec<String> =
            f.get(2).map_or(Vec::new(), |e| e.split(" ;; ").filter(|x| !x.is_empty()).map(String::from).collect());
        let got: Vec<String> = DateFinder::new()
            .find(f[1], dct)
            .iter()
            .map(|t| {
                let mut s = format!("{}|{}|{}", t.as_str(), t.kind().as_str(), t.value());
                if let Some(m) = t.modifier() {
                    s.push('|');
                    s.push_str(m);
                }
                s
            })
            .collect();
        if got != expected {
            failures.push(format!("{:?} (DCT {})\n  expected {expected:?}\n  got      {got:?}", f[1], f[0]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
