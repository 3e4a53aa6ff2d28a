"""Scores the story of seeds/ (`newswire-examples seeds --json`) against the
analyst's reading in ../shared/seeds/expected.json. Written by the newswire
developers. Prints TSV rows for benches/eval.sh; with --verbose, the misses.

Matching: a quote matches an expected one when they are in the same
document and one's whitespace-folded text contains the other's `starts`
prefix (quotes are often cut differently at their edges)."""
import json
import sys


def fold(s):
    return " ".join(s.split()).lower().replace("’", "'").replace("“", '"').replace("”", '"')


def main(story_path, expected_path, verbose=False):
    story = json.load(open(story_path, encoding="utf-8"))
    exp = json.load(open(expected_path, encoding="utf-8"))
    rows = []
    miss = []

    # Documents: date and how it was found.
    docs = {d["id"]: d for d in story["documents"]}
    ok = 0
    for doc_id, e in exp["documents"].items():
        d = docs.get(doc_id, {})
        src = e["dct_source"].split()[0]
        if d.get("dct") == e["dct"] and d.get("dct_source") == src:
            ok += 1
        else:
            miss.append(f"document {doc_id}: got {d.get('dct')} {d.get('dct_source')}, want {e['dct']} {src}")
    rows.append(("document dates (value and source)", f"{ok}/{len(exp['documents'])}"))

    # People: each expected person is one of ours holding all its variants,
    # and no person of ours merges two expected ones.
    people = story["people"]
    owner = {}
    for e in exp["persons"]:
        for m in e["mentions"]:
            owner[fold(m)] = e["id"]
    found = 0
    ours_of = {}
    for e in exp["persons"]:
        want = {fold(m) for m in e["mentions"]}
        best = max(people, key=lambda p: len(want & {fold(v) for v in p["variants"]}), default=None)
        if best and want <= {fold(v) for v in best["variants"]}:
            found += 1
        else:
            miss.append(f"person {e['id']}: variants {sorted(want - {fold(v) for v in (best or {}).get('variants', [])})} missing")
        ours_of[e["id"]] = best["id"] if best else None
    merged = sum(1 for p in people if len({owner[fold(v)] for v in p["variants"] if fold(v) in owner}) > 1)
    not_persons = {fold(n) for n in exp["not_persons"]}
    bogus = sum(1 for p in people if any(fold(v) in not_persons for v in p["variants"]))
    rows.append(("persons with all variants", f"{found}/{len(exp['persons'])}"))
    rows.append(("persons wrongly merged / not persons", f"{merged} / {bogus}"))
    rows.append(("people found (expected 8)", str(len(people))))

    # Quotes: found (same doc, text overlaps `starts`), right kind, right speaker.
    def match(doc, starts):
        s = fold(starts)
        for q in story["quotes"]:
            if q["doc"] == doc and (s in fold(q["text"]) or fold(q["text"])[:40] in s):
                return q
        return None

    quotes = [q for q in exp["quotes"] if q["kind"] != "not_a_quote"]
    got = kind = speaker = 0
    for e in quotes:
        q = match(e["doc"], e["starts"])
        if not q:
            miss.append(f"quote missed {e['doc'][:3]} {e['kind']}: {e['starts']}")
            continue
        got += 1
        kind += q["kind"] == e["kind"]
        if q["speaker"] is not None and q["speaker"] == ours_of.get(e["speaker"]):
            speaker += 1
        else:
            miss.append(f"speaker {e['doc'][:3]} {e['starts'][:40]}: got {q['speaker_mention']}→{q['speaker']}, want {e['speaker']}")
    scare = sum(1 for e in exp["quotes"] if e["kind"] == "not_a_quote" and match(e["doc"], e["starts"]))
    rows.append(("quotes found", f"{got}/{len(quotes)}"))
    rows.append(("quotes with the right kind", f"{kind}/{len(quotes)}"))
    rows.append(("quotes with the right speaker", f"{speaker}/{len(quotes)}"))
    rows.append(("scare quotes reported as speech", str(scare)))
    rows.append(("quotes reported in all (expected lists " + str(len(quotes)) + ")", str(len(story["quotes"]))))

    # Statements: pairwise precision and recall. A pair of ours is right
    # when both quotes belong to one expected group (reports or may_include).
    group_of = {}
    report_ids = []
    for g, e in enumerate(exp["same_statement_across_sources"]):
        for r in e["reports"]:
            q = match(r["doc"], r["starts"])
            if q:
                group_of[q["id"]] = g
                report_ids.append((g, q["id"]))
        for r in e.get("may_include", []):
            q = match(r["doc"], r["starts"])
            if q:
                group_of.setdefault(q["id"], g)
    ours = {}
    for k, s in enumerate(story["statements"]):
        for qid in s["quotes"]:
            ours[qid] = k
    tp = fp = 0
    for s in story["statements"]:
        qs = s["quotes"]
        for i in range(len(qs)):
            for j in range(i + 1, len(qs)):
                a, b = group_of.get(qs[i]), group_of.get(qs[j])
                if a is not None and a == b:
                    tp += 1
                else:
                    fp += 1
                    miss.append(f"statement pair wrongly grouped: {qs[i]} {qs[j]}")
    want_pairs = [(a, b) for (g, a) in report_ids for (h, b) in report_ids if g == h and a < b]
    found_pairs = sum(1 for a, b in want_pairs if a in ours and ours.get(a) == ours.get(b))
    for a, b in want_pairs:
        if not (a in ours and ours.get(a) == ours.get(b)):
            miss.append(f"statement pair missed: {a} {b}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = found_pairs / len(want_pairs) if want_pairs else 1.0
    rows.append(("statement pairs precision", f"{p:.3f}"))
    rows.append(("statement pairs recall", f"{r:.3f}"))
    rows.append(("statement groups (expected " + str(len(exp["same_statement_across_sources"])) + ")", str(len(story["statements"]))))

    # Figures: each expected group is one of ours with the same values per doc.
    fig_ok = 0
    for e in exp["figures_that_disagree"]:
        want = sorted((r["doc"], r["value"]) for r in e["reports"])
        if any(sorted((r["doc"], r["value"]) for r in f["reports"]) == want for f in story["figures"]):
            fig_ok += 1
        else:
            miss.append(f"figure group missed: {e['about']}")
    attr_want = [(r["doc"], r["value"]) for e in exp["figures_that_disagree"] for r in e["reports"] if r.get("attributed_to")]
    attr_got = sum(
        1
        for doc, v in attr_want
        if any(r["doc"] == doc and r["value"] == v and r.get("attributed_to") for f in story["figures"] for r in f["reports"])
    )
    rows.append(("figure groups", f"{fig_ok}/{len(exp['figures_that_disagree'])}"))
    rows.append(("figure attributions found", f"{attr_got}/{len(attr_want)}"))

    for name, value in rows:
        print(f"story\t{name} (seeds)\t{value}\t-\tvs ../shared/seeds/expected.json")
    if verbose:
        for m in miss:
            print("  " + m, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--verbose" in sys.argv)
