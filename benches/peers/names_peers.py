#!/usr/bin/env python3
"""Name matching: newswire against the peers users run today, on the same
pairs, in one run: speed (µs per pair, one core) and accuracy (AP and the
best F1 any threshold reaches, on labelled pairs).

usage: benches/.venv/bin/python benches/peers/names_peers.py [PAIRS.tsv] [--newswire BIN]

PAIRS.tsv: a<TAB>b<TAB>label with a header (default: ../shared/eval/names/pairs_dev.tsv).
Peers: rapidfuzz (ratio, token_sort_ratio), jellyfish (Jaro-Winkler),
nomenklatura (name-based and ofac matchers, on FtM Person entities).
newswire is timed two ways: in process on one thread
(`examples/time_pairs.rs`, from raw strings and from parsed names — the
like-for-like comparison with a Python call), and as the CLI
`newswire names score --jobs 1` on the pairs repeated to 50k lines, minus
the time of the same command on one line (process start, lexicon loading).
Every timing is the best of five runs; rapidfuzz is also timed through its
batch API (`process.cpdist`), which has no Python call per pair.
"""
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
args = sys.argv[1:]
from peerlib import newswire_binary  # noqa: E402  (the script's folder is on the path)

binary = newswire_binary(args, root)
pairs_path = args[0] if args else os.path.join(root, "..", "shared", "eval", "names", "pairs_dev.tsv")
rows = [l.rstrip("\n").split("\t") for l in open(pairs_path, encoding="utf-8")][1:]
pairs = [(r[0], r[1]) for r in rows]
labels = [int(r[2]) for r in rows]


def accuracy(scores):
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    pos = sum(labels)
    hits, ap, best = 0, 0.0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            ap += hits / rank
        p, r = hits / rank, hits / pos
        if p + r:
            best = max(best, 2 * p * r / (p + r))
    return ap / pos, best


# The machine may be shared: every timing is the best of RUNS runs, and
# the runs of all matchers happen in the same minute.
RUNS = 5


def time_peer(fn, sample):
    best = float("inf")
    for _ in range(RUNS):
        t = time.perf_counter()
        for a, b in sample:
            fn(a, b)
        best = min(best, time.perf_counter() - t)
    return best / len(sample) * 1e6


results = []
from rapidfuzz import fuzz, process  # noqa: E402
import jellyfish  # noqa: E402

# Timed as called, with no wrapper (a lambda would add its own call to
# the peer's time); scores are scaled to [0, 1] for accuracy only.
for name, fn, scale in [
    ("rapidfuzz ratio", fuzz.ratio, 100),
    ("rapidfuzz token_sort_ratio", fuzz.token_sort_ratio, 100),
    ("jellyfish jaro_winkler", jellyfish.jaro_winkler_similarity, 1),
]:
    us = time_peer(fn, pairs)
    ap, f1 = accuracy([fn(a, b) / scale for a, b in pairs])
    results.append((name, us, ap, f1))


# rapidfuzz's batch API: the pairs in one call, no Python call per pair.
def cpdist_us():
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    best = float("inf")
    for _ in range(RUNS):
        t = time.perf_counter()
        process.cpdist(a, b, scorer=fuzz.token_sort_ratio, workers=1)
        best = min(best, time.perf_counter() - t)
    return best / len(pairs) * 1e6


results.append(("rapidfuzz token_sort (cpdist)", cpdist_us(), results[1][2], results[1][3]))

try:
    from peerlib import nomenklatura_matchers, person_pairs

    ents = person_pairs(pairs)
    for name, fn in nomenklatura_matchers().items():
        sample = ents[:1000]
        t = time.perf_counter()
        for x, y in sample:
            fn(x, y)
        us = (time.perf_counter() - t) / len(sample) * 1e6
        ap, f1 = accuracy([fn(x, y) for x, y in ents])
        results.append((f"nomenklatura {name}", us, ap, f1))
except Exception as e:  # a peer that fails to import is reported, not fatal
    print(f"nomenklatura: {e}", file=sys.stderr)

# newswire: the CLI on one core, process start subtracted.
with tempfile.TemporaryDirectory() as d:
    reps = max(1, 50000 // len(pairs))
    big = os.path.join(d, "pairs.tsv")
    one = os.path.join(d, "one.tsv")
    with open(big, "w", encoding="utf-8") as f:
        for _ in range(reps):
            for a, b in pairs:
                f.write(f"{a}\t{b}\n")
    with open(one, "w", encoding="utf-8") as f:
        f.write(f"{pairs[0][0]}\t{pairs[0][1]}\n")

    def run(path):
        t = time.perf_counter()
        out = subprocess.run([binary, "names", "score", "--jobs", "1", path], capture_output=True, check=True).stdout
        return time.perf_counter() - t, out

    base = min(run(one)[0] for _ in range(3))
    total = min(run(big)[0] for _ in range(3))
    us = (total - base) / (reps * len(pairs)) * 1e6
    out = subprocess.run([binary, "names", "score", pairs_path], capture_output=True, check=True).stdout.decode()
    scores = [float(l.split("\t")[2]) for l in out.splitlines()]
    ap, f1 = accuracy(scores)
    ours_cli = ("newswire CLI (I/O, 1 thread)", us, ap, f1)

timing = os.path.join(root, "target", "release", "examples", "time_pairs")
subprocess.run(["cargo", "build", "-q", "--release", "-p", "newswire-names", "--example", "time_pairs"], cwd=root, check=True)
t = {}
for _ in range(RUNS):
    out = subprocess.run([timing, pairs_path], capture_output=True, check=True).stdout.decode()
    for key, value in (l.split("\t") for l in out.splitlines()):
        t[key] = min(float(value), t.get(key, float("inf")))
ours = ("newswire (raw strings)", float(t["raw_us_per_pair"]), ap, f1)
ours_parsed = ("newswire (pre-parsed names)", float(t["parsed_us_per_pair"]), ap, f1)

print(f"{'matcher':<30} {'µs/pair':>9} {'newswire ×faster':>17} {'AP':>7} {'best F1':>8}")
for name, us, ap, f1 in results + [ours, ours_parsed, ours_cli]:
    ratio = us / ours[1] if ours[1] > 0 else float("nan")
    print(f"{name:<30} {us:>9.2f} {ratio:>17.1f} {ap:>7.3f} {f1:>8.3f}")
