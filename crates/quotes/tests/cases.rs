//! Data-driven cases from `tests/data/cases.txt`.

use newswire_quotes::QuoteFinder;

#[test]
fn cases() {
    let mut cases: Vec<(String, String, Vec<String>)> = Vec::new();
    for line in include_str!("data/cases.txt").lines() {
        if let Some(t) = line.strip_prefix("# ") {
            cases.push((t.to_string(), String::new(), Vec::new()));
        } else if let Some(t) = line.strip_prefix("> ") {
            let c = cases.last_mut().expect("title first");
            if !c.1.is_empty() {
                c.1.push('\n');
            }
            c.1.push_str(t);
        } else if let Some(q) = line.strip_prefix("= ") {
            cases.last_mut().expect("title first").2.push(q.to_string());
        }
    }
    cases.retain(|c| !c.1.is_empty());
    assert!(cases.len() >= 10);
    let mut failures = Vec::new();
    for (title, text, expected) in &cases {
        let got: Vec<String> = QuoteFinder::new()
            .find(text)
            .iter()
            .map(|q| {
                let sp = q.speaker();
                format!(
                    "{} | {} | {} | {}",
                    q.kind().as_str(),
                    q.as_str(),
                    sp.map_or("-", |s| s.text.as_str()),
                    sp.and_then(|s| s.resolved.as_deref()).unwrap_or("-")
                )
            })
            .collect();
        if &got != expected {
            failures.push(format!("{title}\n  expected {expected:#?}\n  got      {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
