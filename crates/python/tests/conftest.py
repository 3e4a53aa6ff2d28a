"""Shared fixtures: the seed articles, generated articles, and the
`newswire` binary the Python results are compared with."""

import json
import os
import pathlib
import random
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


def seed_docs():
    return [
        {"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]


# Invented people, each with spellings a transliterating press might use.
PEOPLE = [
    ["Karim Hosseini", "Kareem Husseini", "Hosseini"],
    ["Leila Farahani", "Layla Farahany", "Farahani"],
    ["Omar bin Khalid Al Mansour", "Umar bin Khaled Al-Mansur", "Al Mansour"],
    ["Yusuf Demir", "Yousef Demir", "Demir"],
    ["Anna Kowalczyk", "Anna Kowalczik", "Kowalczyk"],
    ["Pavel Orlov", "Pawel Orloff", "Orlov"],
]
ROLES = ["Foreign Minister", "the spokesman", "Interior Minister", "the envoy"]
PLACES = ["Doha", "Ankara", "Cairo", "Geneva", "Vienna"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CLAIMS = [
    "the talks will resume next week",
    "no side will be spared the consequences",
    "the border crossing must reopen",
    "the ceasefire is holding",
    "aid convoys are waiting at the border",
]


def generated_docs(n=300, seed=7):
    """Deterministic articles: a dateline, a full name, quotes (direct,
    reported, pronoun-attributed), dates relative to a DCT."""
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        a, b = rnd.sample(PEOPLE, 2)
        fa, fb = rnd.choice(a[:2]), rnd.choice(b[:2])
        day, place = rnd.choice(DAYS), rnd.choice(PLACES)
        c1, c2, c3 = rnd.sample(CLAIMS, 3)
        dct = f"2024-0{rnd.randint(1, 9)}-{rnd.randint(10, 28)}"
        text = (
            f"{place} talks on {day}\n\n"
            f"{rnd.choice(ROLES).capitalize()} {fa} met {fb} in {place} on {day}.\n\n"
            f"“{c1.capitalize()},” {a[2]} said. {fb} told reporters that {c2}.\n\n"
            f"“{c3.capitalize()},” she added, three weeks after the last meeting on October {rnd.randint(1, 28)}."
        )
        doc = {"id": f"gen-{i:04d}", "text": text}
        if i % 3:
            doc["dct"] = dct
        docs.append(doc)
    return docs


@pytest.fixture(scope="session")
def seeds():
    return seed_docs()


@pytest.fixture(scope="session")
def generated():
    return generated_docs()


@pytest.fixture(scope="session")
def newswire_bin():
    """The CLI built from this checkout (NEWSWIRE_BIN, else cargo build)."""
    path = os.environ.get("NEWSWIRE_BIN")
    if path and pathlib.Path(path).exists():
        return path
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("no cargo to build the newswire CLI (set NEWSWIRE_BIN)")
    subprocess.run([cargo, "build", "-q", "-p", "newswire-cli"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "debug" / "newswire")


def run_cli(newswire_bin, args, docs):
    """CLI JSONL output for `docs` (fed as JSONL on stdin), by id."""
    stdin = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    out = subprocess.run([newswire_bin, *args, "-"], input=stdin.encode(), capture_output=True, check=True)
    return {r["id"]: r for r in map(json.loads, out.stdout.decode().splitlines())}
