#!/usr/bin/env bash
# Dev-set evaluation of every newswire crate against ../shared/eval/, with
# the scorers shipped beside the data, printed as one table:
#   task  metric  newswire  peer  (peer = the figure the eval README or our
#   own peer run reports for the best tool the users use today)
#
# Each task is a script in benches/eval.d/NAME.sh that prints TSV rows
# `task<TAB>metric<TAB>ours<TAB>peer<TAB>note` on stdout; this script builds
# the release binary once, exports what tasks need, and collects the rows.
# Not run in CI (the data is not in the repository and must not be).
#
# Usage: bash benches/eval.sh [TASK...]      (default: every task)
#   EVAL_DIR=/path/to/eval  overrides ../shared/eval
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export NEWSWIRE_ROOT="$root"
export EVAL_DIR="${EVAL_DIR:-$root/../shared/eval}"
export EVAL_OUT="$root/benches/out"
if [ ! -d "$EVAL_DIR" ]; then
  echo "eval: no evaluation data at $EVAL_DIR (set EVAL_DIR)" >&2
  exit 2
fi
mkdir -p "$EVAL_OUT"
cargo build --release -q -p newswire-cli --manifest-path "$root/Cargo.toml"
export NEWSWIRE="$root/target/release/newswire"

tasks=("$@")
if [ ${#tasks[@]} -eq 0 ]; then
  for f in "$root"/benches/eval.d/*.sh; do
    [ -e "$f" ] && tasks+=("$(basename "$f" .sh)")
  done
fi

rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
status=0
for t in "${tasks[@]}"; do
  script="$root/benches/eval.d/$t.sh"
  if [ ! -f "$script" ]; then
    echo "eval: no task $t (benches/eval.d/$t.sh)" >&2
    status=1
    continue
  fi
  echo "eval: running $t" >&2
  if ! bash "$script" >>"$rows"; then
    printf '%s\t(failed)\t-\t-\tsee stderr\n' "$t" >>"$rows"
    status=1
  fi
done

{
  printf 'task\tmetric\tnewswire\tpeer\tnote\n'
  cat "$rows"
} | column -t -s $'\t'
exit $status
