"""The Python API: offsets, errors, GIL, batches, and agreement with the CLI."""

import threading
import time

import pytest

import newswire
from conftest import run_cli

TEXT = (
    "حسين أمير عبداللهيان 🙂 met Ismail Haniyeh in Doha on Tuesday.\n\n"
    "“We will not stop,” Haniyeh said. The minister said that the region is at a critical juncture."
)


def test_readme_example():
    out = newswire.extract_dates("on Tuesday", dct="2023-10-31")
    assert out == [{"start": 3, "end": 10, "text": "Tuesday", "type": "DATE", "value": "2023-10-31"}]


def test_offsets_are_python_string_indices():
    quotes = newswire.extract_quotes(TEXT)
    assert [q["kind"] for q in quotes] == ["direct", "indirect"]
    for q in quotes:
        assert TEXT[q["start"]:q["end"]] == q["text"]
        assert TEXT[q["speaker_start"]:q["speaker_end"]] == q["speaker"]
    assert quotes[0]["speaker_resolved"] == "Ismail Haniyeh"
    for m in newswire.find_people(TEXT):
        assert TEXT[m["start"]:m["end"]] == m["text"]
    for t in newswire.extract_dates(TEXT, dct="2023-10-31"):
        assert TEXT[t["start"]:t["end"]] == t["text"]


def test_bad_input_raises_clear_errors():
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        newswire.extract_dates("on Tuesday", dct="2023-13-45")
    with pytest.raises(ValueError):  # a lone surrogate is not text
        newswire.extract_quotes("bad \ud800 text")
    with pytest.raises(TypeError):
        newswire.extract_quotes(42)
    with pytest.raises(ValueError, match="dcts has 1 items but texts has 2"):
        newswire.extract_dates_batch(["a", "b"], dcts=["2024-01-01"])
    with pytest.raises(ValueError, match="threshold"):
        newswire.NameMatcher(threshold=1.5)
    # A batch keeps going: the bad document gets an error record.
    out = newswire.analyze_batch(["on Monday", "on Monday"], ids=["a", "b"], dcts=["2024-01-03", "nope"])
    assert out[0]["timexes"][0]["value"] == "2024-01-01"
    assert out[1]["id"] == "b" and "not YYYY-MM-DD" in out[1]["error"]


def test_empty_and_odd_text():
    assert newswire.extract_quotes("") == []
    assert newswire.extract_dates("") == []
    assert newswire.find_people("") == []
    assert newswire.extract_quotes("“unbalanced ‘quotes” here’ “") is not None
    assert newswire.analyze_document("\x00\x01 Ali Karimi said so.")["id"] == ""


def test_gil_is_released():
    """While one thread is inside a long Rust call, the other keeps running
    Python: with the GIL held it could not run a single bytecode."""
    texts = [TEXT * 20] * 400
    started = threading.Event()
    done = threading.Event()

    def work():
        started.set()
        newswire.extract_quotes_batch(texts)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    time.sleep(0.01)  # let the worker enter Rust
    ticks = 0
    while not done.is_set():
        ticks += 1
    t.join()
    assert ticks > 1000, f"main thread ran {ticks} iterations during the Rust call"


def test_batches_equal_single_calls(generated):
    texts = [d["text"] for d in generated[:40]]
    dcts = [d.get("dct") for d in generated[:40]]
    assert newswire.extract_quotes_batch(texts) == [newswire.extract_quotes(t) for t in texts]
    assert newswire.extract_dates_batch(texts, dcts) == [newswire.extract_dates(t, d) for t, d in zip(texts, dcts)]
    assert newswire.find_people_batch(texts) == [newswire.find_people(t) for t in texts]


def test_names():
    assert newswire.match_names("Khalid Mashal", "خالد مشعل") >= newswire.DEFAULT_THRESHOLD
    m = newswire.NameMatcher()
    assert m.is_match("Ali-Akbar Velayaty", "Aliakbar Velayati")
    assert not m.is_match("Khalid bin Sultan Al Saud", "Mohammed bin Nayef Al Saud")
    c = m.compare("Faisal bin Abderrahman", "Sheikh Faisal bin Abdulrahman Al Saud")
    assert c["same"] and c["alignments"]
    assert m.score_many([("Yusuf Demir", "Yousef Demir"), ("Yusuf Demir", "Anna Kowalczyk")])[0] > 0.8
    index = newswire.NameIndex(["Hassan Rouhani", "Khaled Meshaal", "Ali Akbar Velayati"])
    assert len(index) == 3
    assert index.query("Khalid Mashal", k=1)[0]["id"] == 1
    assert newswire.group_names(["Khaled Meshaal", "Hassan Rouhani", "Khalid Mashal"]) == [[0, 2], [1]]
    keys_a, keys_b = newswire.blocking_keys("Ali Akbar Velayati"), newswire.blocking_keys("Aliakbar Velayaty")
    assert set(keys_a) & set(keys_b)
    assert newswire.block_edges(["Khaled Meshaal", "Hassan Rouhani", "Khalid Mashal"]) == [(0, 2)]


def test_story_of_the_seeds(seeds):
    s = newswire.story([d["text"] for d in seeds], ids=[d["id"] for d in seeds])
    assert len(s["people"]) == 8
    assert {d["dct_source"] for d in s["documents"]} == {"stated", "inferred"}
    people = newswire.cluster_people([d["text"] for d in seeds], ids=[d["id"] for d in seeds])
    assert len(people) == 8


@pytest.mark.parametrize("corpus", ["seeds", "generated"])
def test_same_as_the_cli(corpus, request, newswire_bin):
    docs = request.getfixturevalue(corpus)
    ours = newswire.analyze_batch(
        [d["text"] for d in docs], ids=[d["id"] for d in docs], dcts=[d.get("dct") for d in docs]
    )
    quotes = run_cli(newswire_bin, ["quotes"], docs)
    dates = run_cli(newswire_bin, ["dates"], docs)
    mentions = run_cli(newswire_bin, ["names", "find"], docs)
    for r in ours:
        assert r["quotes"] == quotes[r["id"]]["quotes"]
        assert r["timexes"] == dates[r["id"]]["timexes"]
        assert r["dct"] == dates[r["id"]]["dct"]
        assert r["mentions"] == mentions[r["id"]]["mentions"]
