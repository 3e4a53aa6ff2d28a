//! `newswire analyze`: the story over a corpus, from a directory or JSONL.

use crate::common::{newswire, seeds_dir, temp_dir};

#[test]
fn seeds_story_as_json_and_page() {
    let dir = temp_dir("analyze");
    let page = dir.join("story.html");
    let seeds = seeds_dir();
    let out =
        newswire(&["analyze", seeds.to_str().expect("path"), "--json", "--html", page.to_str().expect("path")], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(story["documents"].as_array().map(Vec::len), Some(5));
    assert_eq!(story["people"].as_array().map(Vec::len), Some(8));
    let html = std::fs::read_to_string(&page).expect("page written");
    assert!(html.contains("<ol class=\"timeline\">"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_records_are_listed_and_the_rest_analysed() {
    let input = "{\"id\":\"a\",\"text\":\"“We will win,” Ali Karimi said on Monday.\",\"dct\":\"2024-03-05\"}\n\
                 {\"id\":\"b\"}\n\
                 not json\n";
    let out = newswire(&["analyze", "--json"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2 (b): record has no \"text\""), "{err}");
    assert!(err.contains("-:3: not a JSON object"), "{err}");
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(story["documents"][0]["dct_source"], "given");
    // "on Monday" in the quote's sentence, anchored to Tuesday 5 March.
    assert_eq!(story["quotes"][0]["said_on"], "2024-03-04");
    assert_eq!(story["quotes"][0]["speaker"], "p1");
}

#[test]
fn empty_input_is_an_empty_story() {
    let out = newswire(&["analyze", "--json"], Some(b""));
    assert!(out.status.success());
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(story["quotes"], serde_json::json!([]));
}
