#!/usr/bin/env bash
# Name matching on the OFAC/UN alias pairs (dev split), scored by the
# scorer shipped beside the data. Peer figure: the eval README's best open
# matcher on the held-out split (nomenklatura, F1 0.755); plain fuzzy
# scores reach F1 0.687–0.748 on dev.
set -euo pipefail
d="$EVAL_DIR/names"
pred="$EVAL_OUT/names_pred.tsv"
"$NEWSWIRE" names score "$d/pairs_dev.tsv" >"$pred"
python3 "$d/score_pairs.py" "$d/pairs_dev.tsv" "$pred" --meta "$d/pairs_dev_meta.tsv" --json >"$EVAL_OUT/names_score.json"
python3 - "$EVAL_OUT/names_score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"names\tF1 (default threshold)\t{s['f1']:.4f}\t0.755\tpeer: nomenklatura, held-out split")
print(f"names\tAP\t{s['ap']:.4f}\t-\t")
print(f"names\tF1 Arabic-script pairs\t{s['f1_arabic_script']:.4f}\t-\t")
print(f"names\tprecision / recall\t{s['precision']:.3f} / {s['recall']:.3f}\t-\t")
PY
