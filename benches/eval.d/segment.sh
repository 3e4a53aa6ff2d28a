#!/usr/bin/env bash
# Segmentation has no gold sentence set in ../shared/eval; what can be
# checked on real text is that paragraphs agree with the corpora's own
# paragraph annotation (PolNeAR's `paragraphs`, one per non-empty line) and
# throughput over the same files.
set -euo pipefail
data="$EVAL_DIR/quotes/quotes_dev.jsonl"
[ -f "$data" ] || { echo "segment: $data missing" >&2; exit 1; }
python3 - "$data" "$NEWSWIRE" <<'PY'
import json, subprocess, sys, time
data, exe = sys.argv[1], sys.argv[2]
docs = [json.loads(l) for l in open(data, encoding="utf-8")]
inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs).encode()
t = time.perf_counter()
out = subprocess.run([exe, "segment", "--no-tokens", "-"], input=inp, capture_output=True, check=True).stdout
dt = time.perf_counter() - t
got = [json.loads(l) for l in out.decode().splitlines()]
gold_n = agree = 0
for d, g in zip(docs, got):
    gold = {tuple(p) for p in d["paragraphs"]}
    ours = {(p["start"], p["end"]) for p in g["paragraphs"]}
    gold_n += len(gold); agree += len(gold & ours)
mb = sum(len(d["text"].encode()) for d in docs) / 1e6
print(f"segment\tparagraph agreement (PolNeAR dev)\t{agree/gold_n:.3f}\t-\tspans equal to gold paragraphs")
print(f"segment\tCLI throughput (PolNeAR dev, 1 process)\t{mb/dt:.1f} MB/s\t-\tincl. process start, JSON in/out")
PY
