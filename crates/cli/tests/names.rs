//! `newswire names …`.

use crate::common::{json_lines, newswire, seeds_dir};

#[test]
fn score_writes_one_line_per_input_line_in_order() {
    let input = "a\tb\tlabel\nIsmail Haniyeh\tIsmail Haniya\t1\nno tab here\nTamim bin Hamad Al Thani\tMohammed bin Abdulrahman Al Thani\t0\n";
    let out = newswire(&["names", "score"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "a malformed line fails the run");
    let text = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!((rows[0][0], rows[0][1], rows[0][3]), ("Ismail Haniyeh", "Ismail Haniya", "1"));
    assert_eq!(rows[1][3], "0");
    assert_eq!(rows[2][3], "0");
    let s: f32 = rows[0][2].parse().expect("score");
    assert!((0.0..=1.0).contains(&s));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3"));
}

#[test]
fn cluster_seeds_prints_persons_with_char_offsets() {
    let out = newswire(&["names", "cluster", seeds_dir().to_str().expect("path")], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let people = json_lines(&out);
    assert_eq!(people.len(), 8);
    let seeds = seeds_dir();
    for p in &people {
        for m in p["mentions"].as_array().expect("mentions") {
            let doc = std::fs::read_to_string(seeds.join(m["doc"].as_str().expect("doc"))).expect("seed");
            let chars: Vec<char> = doc.chars().collect();
            let (s, e) = (m["start"].as_u64().expect("start") as usize, m["end"].as_u64().expect("end") as usize);
            let text: String = chars[s..e].iter().collect();
            assert_eq!(text, m["text"].as_str().expect("text"));
        }
    }
}

#[test]
fn cluster_names_groups_a_list() {
    let out = newswire(
        &["names", "cluster", "--names"],
        Some("Ismail Haniyeh\nEbrahim Raisi\nإسماعيل هنية\nIbrahim Raisi\n".as_bytes()),
    );
    assert!(out.status.success());
    let groups = json_lines(&out);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0]["lines"], serde_json::json!([1, 3]));
}

#[test]
fn search_answers_each_query_from_the_index() {
    let dir = crate::common::temp_dir("search");
    let list = dir.join("list.txt");
    std::fs::write(&list, "Ismail Haniyeh\nEbrahim Raisi\nHossein Amir-Abdollahian\nAli Khamenei\n").expect("write");
    let out = newswire(
        &["names", "search", "--index", list.to_str().expect("p"), "-k", "1"],
        Some("Amirabdollahian Hosein\nإبراهيم رئيسي\n".as_bytes()),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["hits"][0]["name"], "Hossein Amir-Abdollahian");
    assert_eq!(recs[0]["hits"][0]["line"], 3);
    assert_eq!(recs[1]["hits"][0]["name"], "Ebrahim Raisi");
}
