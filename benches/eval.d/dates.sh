#!/usr/bin/env bash
# Temporal expressions on TimeBank (TempEval-3 training data) with the gold
# document dates, scored by the scorer shipped beside the data. Peer:
# HeidelTime (news mode) as measured by the eval README.
set -euo pipefail
d="$EVAL_DIR/dates"
pred="$EVAL_OUT/dates_pred.jsonl"
python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l)
    print(json.dumps({"id": d["id"], "text": d["text"], "dct": d["dct"]}))
' "$d/timex_timebank.jsonl" | "$NEWSWIRE" dates - >"$pred"
python3 "$d/score.py" "$d/timex_timebank.jsonl" "$pred" --json >"$EVAL_OUT/dates_score.json"
python3 - "$EVAL_OUT/dates_score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
rows = [("strict F1", s["strict"]["F1"], 0.853), ("relaxed F1", s["relaxed"]["F1"], 0.919),
        ("type F1", s["type_F1"], 0.895), ("value F1", s["value_F1"], 0.795)]
for name, ours, peer in rows:
    print(f"dates\t{name} (TimeBank)\t{ours:.3f}\t{peer:.3f}\tpeer: HeidelTime news mode")
PY
