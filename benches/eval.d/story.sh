#!/usr/bin/env bash
# The story of seeds/ against the analyst's reading beside the seed
# articles (../shared/seeds/expected.json): document dates, persons and
# variants, quotes with kind and speaker, cross-source statement groups
# (pairwise precision/recall), figure groups. STORY_VERBOSE=1 lists misses.
set -euo pipefail
expected="${SEEDS_EXPECTED:-$NEWSWIRE_ROOT/../shared/seeds/expected.json}"
out="$EVAL_OUT/story_seeds.json"
cargo run --release -q -p newswire-examples --manifest-path "$NEWSWIRE_ROOT/Cargo.toml" -- "$NEWSWIRE_ROOT/seeds" --json >"$out"
python3 "$NEWSWIRE_ROOT/benches/eval.d/story.py" "$out" "$expected" ${STORY_VERBOSE:+--verbose}
