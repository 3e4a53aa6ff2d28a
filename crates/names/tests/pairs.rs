//! Data-driven pair decisions from `tests/data/pairs.tsv`.

use newswire_names::NameMatcher;

#[test]
fn pair_decisions() {
    let m = NameMatcher::new();
    let mut failures = Vec::new();
    let rows: Vec<_> =
        include_str!("data/pairs.tsv").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    assert!(rows.len() >= 20);
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        let (a, b, want) = (f[0], f[1], f[2] == "1");
        let r = m.compare(a, b);
        if r.same != want {
            failures.push(format!("{a} | {b}: expected {want}, score {:.3} {:?}", r.score, r.penalties));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn explanation_names_the_aligned_parts() {
    let r = NameMatcher::new().compare("Mohamed bin Abderrahman", "Sheikh Mohammed bin Abdulrahman Al Thani");
    let pairs: Vec<(&str, &str)> = r.alignments.iter().map(|a| (a.a_text.as_str(), a.b_text.as_str())).collect();
    assert!(pairs.contains(&("Mohamed", "Mohammed")), "{pairs:?}");
    assert!(pairs.contains(&("Abderrahman", "Abdulrahman")), "{pairs:?}");
    assert_eq!(r.unmatched_b, ["Thani"]);
    // The rare patronymic carries more weight than the common given name.
    let w = |t: &str| r.alignments.iter().find(|a| a.a_text == t).map(|a| a.weight).unwrap_or(0.0);
    assert!(w("Abderrahman") > w("Mohamed"));
}

#[test]
fn different_patronymics_are_penalised() {
    let r = NameMatcher::new().compare("Ahmed bin Salem Al Kuwari", "Ahmed bin Khalid Al Kuwari");
    assert!(r.penalties.contains(&"patronymics differ"), "{r:?}");
    assert!(!r.same);
}

#[test]
fn alias_lists_take_the_best_pair() {
    let m = NameMatcher::new();
    assert!(
        m.score("Husain Salimi; Hossein Saleemi", "Hosein Salimi")
            > m.score("Husain Salimi Hossein Saleemi", "Hosein Salimi")
    );
}
