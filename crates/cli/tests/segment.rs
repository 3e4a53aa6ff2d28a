//! `newswire segment`: inputs, bad records, offsets and help.

use crate::common::{json_lines, newswire, seeds_dir, temp_dir};

#[test]
fn bad_jsonl_records_are_reported_in_place_and_fail_the_run() {
    let dir = temp_dir("bad");
    let path = dir.join("in.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(b"{\"id\":\"a\",\"text\":\"First one. Second one.\"}\n");
    data.extend_from_slice(b"{\"id\":\"broken\",\"text\":\"unterminated\n");
    data.extend_from_slice(b"{\"id\":\"b\",\"text\":\"Dr. Salem spoke.\",\"dct\":\"2023-10-31\"}\n");
    data.extend_from_slice(b"{\"id\":\"notext\"}\n");
    data.extend_from_slice(b"\n");
    data.extend_from_slice(b"{\"id\":\"latin1\",\"text\":\"caf\xe9\"}\n");
    data.extend_from_slice(b"{\"id\":7,\"text\":\"\xd8\xad\xd8\xb3\xd9\x8a\xd9\x86 said.\"}\n");
    std::fs::write(&path, &data).expect("write input");

    let out = newswire(&["segment", path.to_str().expect("utf-8 path")], None);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out);
    let ids: Vec<_> = recs.iter().map(|r| r["id"].clone()).collect();
    assert_eq!(
        ids,
        [serde_json::json!("a"), serde_json::Value::Null, "b".into(), "notext".into(), "latin1".into(), "7".into()]
    );

    assert!(recs[0].get("error").is_none());
    assert_eq!(recs[0]["paragraphs"][0]["sentences"].as_array().map(Vec::len), Some(2));
    assert_eq!((recs[1]["line"].as_u64(), recs[1]["error"].is_string()), (Some(2), true));
    assert!(recs[2].get("error").is_none());
    assert_eq!(recs[3]["line"], 4);
    assert!(recs[3]["error"].as_str().is_some_and(|e| e.contains("text")));
    // The blank line 5 is not a record; line numbers still count it.
    assert_eq!(recs[4]["line"], 6);
    assert!(recs[4]["error"].as_str().is_some_and(|e| e.contains("UTF-8")));
    assert!(recs[5].get("error").is_none());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 of 6 records failed"), "{stderr}");
}

#[test]
fn offsets_follow_the_requested_unit() {
    // "حسين" is 4 chars, 8 bytes, 4 UTF-16 units; "𝄞" is 1 char, 4 bytes, 2 units;
    // the first sentence "حسين 𝄞 said." is 12 chars, 19 bytes, 13 units.
    let input = "{\"id\":\"x\",\"text\":\"حسين 𝄞 said. Next.\"}\n";
    let end_of_first = |unit: &str| {
        let out = newswire(&["segment", "--offsets", unit, "-"], Some(input.as_bytes()));
        assert!(out.status.success());
        let recs = json_lines(&out);
        let s = &recs[0]["paragraphs"][0]["sentences"][0];
        (s["start"].as_u64(), s["end"].as_u64(), s["tokens"][1]["start"].as_u64())
    };
    assert_eq!(end_of_first("char"), (Some(0), Some(12), Some(5)));
    assert_eq!(end_of_first("byte"), (Some(0), Some(19), Some(9)));
    assert_eq!(end_of_first("utf16"), (Some(0), Some(13), Some(5)));
}

#[test]
fn directory_input_reads_each_file_in_order() {
    let out = newswire(&["segment", "--no-tokens", seeds_dir().to_str().expect("path")], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out);
    let ids: Vec<_> = recs.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), 5);
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    assert!(recs.iter().all(|r| r["paragraphs"].as_array().is_some_and(|p| !p.is_empty())));
    assert!(recs[0]["paragraphs"][0].get("tokens").is_none());
}

#[test]
fn many_records_keep_input_order_across_batches() {
    let mut input = String::new();
    for i in 0..500 {
        input.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"Record {i}. It ends.\"}}\n"));
    }
    let out = newswire(&["segment", "--batch", "7", "--jobs", "2", "--no-tokens"], Some(input.as_bytes()));
    assert!(out.status.success());
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 500);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["id"], format!("d{i}"));
    }
}

#[test]
fn plain_text_file_and_unreadable_path() {
    let dir = temp_dir("text");
    let file = dir.join("story.txt");
    std::fs::write(&file, "Headline here\n\nBody text. More.").expect("write");
    let missing = dir.join("missing.txt");
    let out = newswire(&["segment", file.to_str().expect("p"), missing.to_str().expect("p")], None);
    assert_eq!(out.status.code(), Some(1));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "story.txt");
    assert_eq!(recs[0]["paragraphs"][0]["kind"], "heading");
    assert_eq!(recs[1]["id"], "missing.txt");
    assert!(recs[1]["error"].is_string());
}

#[test]
fn help_explains_every_option() {
    let out = newswire(&["segment", "--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for opt in ["--format", "--offsets", "--jobs", "--batch", "--batch-mb", "--no-tokens", "utf16", "INPUT"] {
        assert!(help.contains(opt), "segment --help lacks {opt}:\n{help}");
    }
    let top = newswire(&["--help"], None);
    let top = String::from_utf8_lossy(&top.stdout);
    assert!(top.contains("segment") && top.contains("--offsets") && top.contains("error"), "{top}");
}
