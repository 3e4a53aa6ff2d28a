//! `newswire dates`.

use crate::common::{json_lines, newswire};

#[test]
fn jsonl_dct_anchors_relative_expressions() {
    let input = "{\"id\":\"a\",\"text\":\"He arrived on Tuesday and leaves tomorrow.\",\"dct\":\"2023-10-31\"}\n\
                 {\"id\":\"b\",\"text\":\"Headline\\n\\n2023-11-11 09:00\\n\\nIt ended yesterday.\"}\n\
                 {\"id\":\"c\",\"text\":\"x\",\"dct\":\"31 Oct\"}\n";
    let out = newswire(&["dates", "-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "the bad dct fails its record");
    let recs = json_lines(&out);
    assert_eq!(recs[0]["dct"], serde_json::json!({"value": "2023-10-31", "source": "given"}));
    let values: Vec<_> = recs[0]["timexes"].as_array().expect("timexes").iter().map(|t| t["value"].clone()).collect();
    assert_eq!(values, [serde_json::json!("2023-10-31"), "2023-11-01".into()]);
    assert_eq!(recs[0]["timexes"][0]["start"], 14);
    assert_eq!(recs[1]["dct"]["source"], "stated");
    let last = recs[1]["timexes"].as_array().expect("timexes").last().expect("one").clone();
    assert_eq!(last["value"], "2023-11-10");
    assert!(recs[2]["error"].as_str().is_some_and(|e| e.contains("dct")));
}

#[test]
fn timeml_output_tags_the_text() {
    let input = "{\"id\":\"a\",\"text\":\"Talks <ended> on Friday.\",\"dct\":\"2023-10-31\"}\n";
    let out = newswire(&["dates", "--format-out", "timeml", "-"], Some(input.as_bytes()));
    assert!(out.status.success());
    let recs = json_lines(&out);
    assert_eq!(
        recs[0]["timeml"],
        "Talks &lt;ended&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-10-27\">Friday</TIMEX3>."
    );
}
