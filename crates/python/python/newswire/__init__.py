"""newswire: who said what, and when, in news across sources, spellings and
transliterations.

Every function takes plain ``str`` and returns plain dicts and lists whose
field names are those of the ``newswire`` command's JSON, with offsets in
characters (Python string indices: ``text[q["start"]:q["end"]]``). Heavy
work runs in Rust with the GIL released; the ``*_batch`` functions spread
documents over all cores.

>>> import newswire
>>> newswire.extract_dates("The minister arrived on Tuesday.", dct="2023-11-02")[0]["value"]
'2023-10-31'
>>> newswire.match_names("Khalid Mashal", "Khaled Meshaal") > 0.8
True
"""

from ._newswire import (
    DEFAULT_THRESHOLD,
    MERGE_THRESHOLD,
    NameIndex,
    NameMatcher,
    analyze_batch,
    analyze_document,
    block_edges,
    blocking_keys,
    cluster_people,
    extract_dates,
    extract_dates_batch,
    extract_quotes,
    extract_quotes_batch,
    find_people,
    find_people_batch,
    group_names,
    match_names,
    story,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "MERGE_THRESHOLD",
    "NameIndex",
    "NameMatcher",
    "analyze_batch",
    "analyze_document",
    "block_edges",
    "blocking_keys",
    "cluster_people",
    "extract_dates",
    "extract_dates_batch",
    "extract_quotes",
    "extract_quotes_batch",
    "find_people",
    "find_people_batch",
    "group_names",
    "match_names",
    "story",
]

__version__ = "0.1.0"
