#!/usr/bin/env bash
# Quotes and attribution on PolNeAR dev, scored by the scorer shipped
# beside the data. Peer: textacy + spaCy en_core_web_sm, as measured in the
# eval README (direct-quote end-to-end F1 0.855).
set -euo pipefail
d="$EVAL_DIR/quotes"
pred="$EVAL_OUT/quotes_pred.jsonl"
python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l)
    print(json.dumps({"id": d["id"], "text": d["text"]}))
' "$d/quotes_dev.jsonl" | "$NEWSWIRE" quotes - >"$pred.raw"
# The scorer wants the system's speaker as a name plus the offsets of the
# mention as written ("he" -> "Barack Obama" with the offsets of "he", see
# score.py): our "speaker_resolved" is that name, "speaker_start/end" the
# mention.
python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l)
    for q in d.get("quotes", []):
        if q.get("speaker_resolved"):
            q["speaker"] = q["speaker_resolved"]
    print(json.dumps(d, ensure_ascii=False))
' "$pred.raw" >"$pred"
python3 "$d/score.py" "$d/quotes_dev.jsonl" "$pred" --json >"$EVAL_OUT/quotes_score.json"
python3 - "$EVAL_OUT/quotes_score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
def get(*path):
    x = s
    for p in path:
        x = x[p]
    return x
rows = [
    ("direct end-to-end F1", get("direct", "quote_overlap_and_speaker", "F1"), "0.855"),
    ("direct quote-span F1", get("direct", "quote_overlap", "F1"), "-"),
    ("all end-to-end F1", get("all", "quote_overlap_and_speaker", "F1"), "-"),
    ("nondirect end-to-end F1", get("nondirect", "quote_overlap_and_speaker", "F1"), "0.145"),
]
for name, ours, peer in rows:
    print(f"quotes\t{name} (PolNeAR dev)\t{ours:.3f}\t{peer}\tpeer: textacy + spaCy sm")
PY
