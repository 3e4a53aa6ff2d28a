//! `newswire quotes`.

use crate::common::{json_lines, newswire};

#[test]
fn quotes_with_speakers_and_char_offsets() {
    let input = "{\"id\":\"a\",\"text\":\"حسين met Ismail Haniyeh.\\n“We will not stop,” Haniyeh said.\"}\n";
    let out = newswire(&["quotes", "-"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out);
    let q = &recs[0]["quotes"][0];
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["text"], "We will not stop,");
    assert_eq!(q["speaker"], "Haniyeh");
    assert_eq!(q["speaker_resolved"], "Ismail Haniyeh");
    assert_eq!(q["cue"], "said");
    // Char offsets: "حسين" is 4 chars (8 bytes); the quote mark is char 25.
    assert_eq!((q["start"].as_u64(), q["end"].as_u64()), (Some(26), Some(43)));
}
