"""Type stubs for the newswire package (the Rust extension's API)."""

from typing import Any, Dict, List, Optional, Sequence, Tuple, TypedDict

__version__: str
DEFAULT_THRESHOLD: float
MERGE_THRESHOLD: float

class _Quote(TypedDict, total=False):
    start: int
    end: int
    text: str
    kind: str  # "direct" | "mixed" | "indirect"
    speaker: Optional[str]
    speaker_start: int
    speaker_end: int
    speaker_resolved: Optional[str]
    cue: Optional[str]
    sieve: str

class _Timex(TypedDict, total=False):
    start: int
    end: int
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str
    mod: str

class _Mention(TypedDict):
    start: int
    end: int
    text: str
    partial: bool
    repaired: bool

class _Dct(TypedDict):
    value: Optional[str]
    source: Optional[str]  # "given" | "stated" | None

class _Analysis(TypedDict, total=False):
    id: str
    dct: _Dct
    timexes: List[_Timex]
    quotes: List[_Quote]
    mentions: List[_Mention]
    error: str

class _Hit(TypedDict):
    id: int
    name: str
    score: float

def extract_quotes(text: str) -> List[_Quote]:
    """Quotes and reported speech with speakers; char offsets."""

def extract_dates(text: str, dct: Optional[str] = None) -> List[_Timex]:
    """TIMEX3 expressions anchored to dct (YYYY-MM-DD) or a date stated in
    the text. Raises ValueError for a malformed dct."""

def find_people(text: str) -> List[_Mention]:
    """Person-name mentions; char offsets."""

def analyze_document(text: str, dct: Optional[str] = None, id: str = "") -> _Analysis:
    """Dates, quotes and mentions of one document."""

def analyze_batch(
    texts: Sequence[str],
    ids: Optional[Sequence[str]] = None,
    dcts: Optional[Sequence[Optional[str]]] = None,
) -> List[_Analysis]:
    """analyze_document over many documents in parallel; a failing document
    gets {"id", "error"} in its place."""

def extract_quotes_batch(texts: Sequence[str]) -> List[List[_Quote]]: ...
def extract_dates_batch(
    texts: Sequence[str], dcts: Optional[Sequence[Optional[str]]] = None
) -> List[List[_Timex]]: ...
def find_people_batch(texts: Sequence[str]) -> List[List[_Mention]]: ...
def match_names(a: str, b: str) -> float:
    """Score of two person names in [0, 1]."""

def blocking_keys(name: str) -> List[str]:
    """Keys two matching names share at least one of."""

def group_names(names: Sequence[str]) -> List[List[int]]:
    """Indices of names grouped into persons."""

def block_edges(names: Sequence[str]) -> List[Tuple[int, int]]:
    """Pairs (i, j) of one block scoring at least MERGE_THRESHOLD."""

def cluster_people(texts: Sequence[str], ids: Optional[Sequence[str]] = None) -> List[Dict[str, Any]]:
    """Persons across documents with variants and mentions."""

def story(
    texts: Sequence[str],
    ids: Optional[Sequence[str]] = None,
    dcts: Optional[Sequence[Optional[str]]] = None,
) -> Dict[str, Any]:
    """The story of a corpus, as `newswire analyze --json` writes it."""

class NameMatcher:
    def __init__(self, threshold: float = ...) -> None: ...
    @property
    def threshold(self) -> float: ...
    def score(self, a: str, b: str) -> float: ...
    def is_match(self, a: str, b: str) -> bool: ...
    def compare(self, a: str, b: str) -> Dict[str, Any]: ...
    def score_many(self, pairs: Sequence[Tuple[str, str]]) -> List[float]: ...

class NameIndex:
    def __init__(self, names: Sequence[str]) -> None: ...
    def query(self, name: str, k: int = 10) -> List[_Hit]: ...
    def query_many(self, names: Sequence[str], k: int = 10) -> List[List[_Hit]]: ...
    def __len__(self) -> int: ...
