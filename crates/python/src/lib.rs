//! `newswire._newswire`: the CPython extension behind the `newswire`
//! Python package. Every result is built from the same per-document tasks
//! as the `newswire` command (`newswire_cli`), so field names and char
//! offsets are the CLI's. Work runs with the GIL released; batch calls
//! spread documents over the Rust thread pool.

use newswire_cli::dates::Dates;
use newswire_cli::names::Find;
use newswire_cli::quotes::Quotes;
use newswire_cli::Task;
use newswire_names::{Name, NameMatch, MERGE_THRESHOLD};
use newswire_text::{convert_offsets, Document, OffsetUnit};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use serde_json::{json, Value};

/// JSON from a task → Python objects (dicts keep the CLI's key order).
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for x in items {
                list.append(to_py(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, x) in map {
                dict.set_item(k, to_py(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

fn document(id: &str, text: &str, dct: Option<&str>) -> Document {
    let doc = Document::new(id, text);
    match dct {
        Some(d) => doc.with_dct(d),
        None => doc,
    }
}

/// One document through every per-document task: the record a Spark job
/// writes. A failure (a malformed `dct`) is the record's "error".
fn analyze_one(doc: &Document) -> Value {
    let id = doc.id();
    // A bug on one document must not take the interpreter (or a Spark
    // executor) down with it.
    let run = || -> Result<Value, String> {
        let dates = Dates { timeml: false }.process(doc, OffsetUnit::Char)?;
        let quotes = Quotes.process(doc, OffsetUnit::Char)?;
        let mentions = Find.process(doc, OffsetUnit::Char)?;
        Ok(json!({
            "id": id,
            "dct": dates["dct"],
            "timexes": dates["timexes"],
            "quotes": quotes["quotes"],
            "mentions": mentions["mentions"],
        }))
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
        .unwrap_or_else(|_| Err("internal error while processing this document (please report it)".into()))
        .unwrap_or_else(|error| json!({ "id": id, "error": error }))
}

/// Runs `task` on one text with the GIL released; an error is a ValueError.
fn single<T: Task>(py: Python<'_>, task: &T, text: &str, dct: Option<&str>, field: &str) -> PyResult<Py<PyAny>> {
    let v = py
        .detach(|| {
            let doc = document("", text, dct);
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| task.process(&doc, OffsetUnit::Char)))
                .unwrap_or_else(|_| Err("internal error while processing this text (please report it)".into()))
        })
        .map_err(PyValueError::new_err)?;
    Ok(to_py(py, &v[field])?.unbind())
}

/// Documents from parallel lists; `ids` default to "0", "1", ….
fn documents(
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    dcts: Option<Vec<Option<String>>>,
) -> PyResult<Vec<Document>> {
    check_lengths(texts.len(), ids.as_ref().map(Vec::len), "ids")?;
    check_lengths(texts.len(), dcts.as_ref().map(Vec::len), "dcts")?;
    Ok(texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let id = ids.as_ref().map_or_else(|| i.to_string(), |v| v[i].clone());
            document(&id, &text, dcts.as_ref().and_then(|v| v[i].as_deref()))
        })
        .collect())
}

/// `dcts` must be as long as `texts` when given.
fn check_lengths(texts: usize, other: Option<usize>, what: &str) -> PyResult<()> {
    match other {
        Some(n) if n != texts => Err(PyValueError::new_err(format!("{what} has {n} items but texts has {texts}"))),
        _ => Ok(()),
    }
}

/// Quotes and reported speech in `text`: a list of dicts with `start`,
/// `end` (char offsets), `text`, `kind` (direct|mixed|indirect),
/// `speaker` (as written), `speaker_start`, `speaker_end`,
/// `speaker_resolved`, `cue` and `sieve`.
#[pyfunction]
fn extract_quotes(py: Python<'_>, text: &str) -> PyResult<Py<PyAny>> {
    single(py, &Quotes, text, None, "quotes")
}

/// Temporal expressions in `text`, anchored to `dct` (YYYY-MM-DD) or, when
/// it is None, to a date stated in the text's header: a list of dicts with
/// `start`, `end`, `text`, `type`, `value` and, when there is one, `mod`.
/// Raises ValueError when `dct` is not a date.
#[pyfunction]
#[pyo3(signature = (text, dct=None))]
fn extract_dates(py: Python<'_>, text: &str, dct: Option<&str>) -> PyResult<Py<PyAny>> {
    single(py, &Dates { timeml: false }, text, dct, "timexes")
}

/// Person-name mentions in `text`: dicts with `start`, `end`, `text`,
/// `partial` (a surname agreeing with a full name in the text) and
/// `repaired` (cut out of a word glued by scraping).
#[pyfunction]
fn find_people(py: Python<'_>, text: &str) -> PyResult<Py<PyAny>> {
    single(py, &Find, text, None, "mentions")
}

/// Everything per document at once: a dict with `id`, `dct` (`value`,
/// `source`), `timexes`, `quotes` and `mentions`. Raises ValueError when
/// `dct` is not a date.
#[pyfunction]
#[pyo3(signature = (text, dct=None, id=""))]
fn analyze_document(py: Python<'_>, text: &str, dct: Option<&str>, id: &str) -> PyResult<Py<PyAny>> {
    let v = py.detach(|| analyze_one(&document(id, text, dct)));
    if let Some(e) = v.get("error").and_then(Value::as_str) {
        return Err(PyValueError::new_err(e.to_string()));
    }
    Ok(to_py(py, &v)?.unbind())
}

/// [`analyze_document`] over many documents in parallel, in order. `ids`
/// default to "0", "1", …; a document that fails (a malformed `dct`) gets
/// `{"id", "error"}` in its place instead of stopping the batch.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, dcts=None))]
fn analyze_batch(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    dcts: Option<Vec<Option<String>>>,
) -> PyResult<Py<PyAny>> {
    let docs = documents(texts, ids, dcts)?;
    let out: Vec<Value> = py.detach(|| docs.par_iter().map(analyze_one).collect());
    Ok(to_py(py, &Value::Array(out))?.unbind())
}

/// Runs a per-document field over many texts in parallel.
fn batch<T: Task>(
    py: Python<'_>,
    task: &T,
    texts: &[String],
    dcts: Option<&[Option<String>]>,
    field: &str,
) -> PyResult<Py<PyAny>> {
    let out: Result<Vec<Value>, String> = py.detach(|| {
        texts
            .par_iter()
            .enumerate()
            .map(|(i, text)| {
                let doc = document(&i.to_string(), text, dcts.and_then(|d| d[i].as_deref()));
                task.process(&doc, OffsetUnit::Char).map(|v| v[field].clone()).map_err(|e| format!("text {i}: {e}"))
            })
            .collect()
    });
    Ok(to_py(py, &Value::Array(out.map_err(PyValueError::new_err)?))?.unbind())
}

/// [`extract_quotes`] over many texts in parallel: one list per text.
#[pyfunction]
fn extract_quotes_batch(py: Python<'_>, texts: Vec<String>) -> PyResult<Py<PyAny>> {
    batch(py, &Quotes, &texts, None, "quotes")
}

/// [`extract_dates`] over many texts in parallel; `dcts` (same length,
/// items may be None) anchor them. Raises ValueError naming the first
/// text whose dct is malformed.
#[pyfunction]
#[pyo3(signature = (texts, dcts=None))]
fn extract_dates_batch(py: Python<'_>, texts: Vec<String>, dcts: Option<Vec<Option<String>>>) -> PyResult<Py<PyAny>> {
    check_lengths(texts.len(), dcts.as_ref().map(Vec::len), "dcts")?;
    batch(py, &Dates { timeml: false }, &texts, dcts.as_deref(), "timexes")
}

/// [`find_people`] over many texts in parallel.
#[pyfunction]
fn find_people_batch(py: Python<'_>, texts: Vec<String>) -> PyResult<Py<PyAny>> {
    batch(py, &Find, &texts, None, "mentions")
}

fn match_dict(m: &NameMatch) -> Value {
    json!({
        "score": m.score,
        "same": m.same,
        "alignments": m.alignments.iter().map(|a| json!({
            "a": a.a_text, "b": a.b_text, "similarity": a.similarity, "weight": a.weight,
        })).collect::<Vec<_>>(),
        "unmatched_a": m.unmatched_a,
        "unmatched_b": m.unmatched_b,
        "penalties": m.penalties,
    })
}

/// Compares person names across spellings and scripts.
///
/// `NameMatcher(threshold=DEFAULT_THRESHOLD)`; `score(a, b)` in [0, 1],
/// `is_match(a, b)`, `compare(a, b)` with the explanation (aligned parts,
/// unmatched parts, penalties), `score_many(pairs)` in parallel.
#[pyclass(module = "newswire", frozen)]
struct NameMatcher {
    inner: newswire_names::NameMatcher,
}

#[pymethods]
impl NameMatcher {
    #[new]
    #[pyo3(signature = (threshold=newswire_names::DEFAULT_THRESHOLD))]
    fn new(threshold: f32) -> PyResult<Self> {
        if !(0.0..=1.0).contains(&threshold) {
            return Err(PyValueError::new_err(format!("threshold must be in [0, 1], not {threshold}")));
        }
        Ok(NameMatcher { inner: newswire_names::NameMatcher::new().threshold(threshold) })
    }

    /// The decision threshold.
    #[getter]
    fn threshold(&self) -> f32 {
        self.inner.get_threshold()
    }

    /// Score in [0, 1].
    fn score(&self, py: Python<'_>, a: &str, b: &str) -> f32 {
        py.detach(|| self.inner.score(a, b))
    }

    /// Score at least the threshold.
    fn is_match(&self, py: Python<'_>, a: &str, b: &str) -> bool {
        py.detach(|| self.inner.is_match(a, b))
    }

    /// The score, the decision and what they rest on.
    fn compare(&self, py: Python<'_>, a: &str, b: &str) -> PyResult<Py<PyAny>> {
        let v = py.detach(|| match_dict(&self.inner.compare(a, b)));
        Ok(to_py(py, &v)?.unbind())
    }

    /// Scores of many (a, b) pairs, in parallel, in order.
    fn score_many(&self, py: Python<'_>, pairs: Vec<(String, String)>) -> Vec<f32> {
        py.detach(|| pairs.par_iter().map(|(a, b)| self.inner.score(a, b)).collect())
    }

    fn __repr__(&self) -> String {
        format!("NameMatcher(threshold={})", self.inner.get_threshold())
    }
}

/// Score of two person names in [0, 1] with the default matcher.
#[pyfunction]
fn match_names(py: Python<'_>, a: &str, b: &str) -> f32 {
    py.detach(|| newswire_names::NameMatcher::new().score(a, b))
}

/// A searchable list of names: `NameIndex(names)`, `query(name, k=10)` →
/// best hits as dicts `{id, name, score}` (id = position in `names`),
/// `query_many(names, k=10)` in parallel.
#[pyclass(module = "newswire", frozen)]
struct NameIndex {
    inner: newswire_names::NameIndex,
}

#[pymethods]
impl NameIndex {
    #[new]
    fn new(py: Python<'_>, names: Vec<String>) -> Self {
        NameIndex { inner: py.detach(|| newswire_names::NameIndex::new(names.iter().map(String::as_str))) }
    }

    /// The `k` best names for `name`, best first.
    #[pyo3(signature = (name, k=10))]
    fn query(&self, py: Python<'_>, name: &str, k: usize) -> PyResult<Py<PyAny>> {
        let v = py.detach(|| hits(&self.inner, name, k));
        Ok(to_py(py, &v)?.unbind())
    }

    /// [`NameIndex::query`] for many names, in parallel.
    #[pyo3(signature = (names, k=10))]
    fn query_many(&self, py: Python<'_>, names: Vec<String>, k: usize) -> PyResult<Py<PyAny>> {
        let v = py.detach(|| Value::Array(names.par_iter().map(|n| hits(&self.inner, n, k)).collect()));
        Ok(to_py(py, &v)?.unbind())
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }
}

fn hits(index: &newswire_names::NameIndex, name: &str, k: usize) -> Value {
    Value::Array(index.query(name, k).iter().map(|h| json!({ "id": h.id, "name": h.name, "score": h.score })).collect())
}

/// The blocking keys of a name: two names that can match share one. For
/// distributed entity resolution (group by key, compare within blocks).
#[pyfunction]
fn blocking_keys(name: &str) -> Vec<String> {
    Name::parse(name).blocking_keys()
}

/// Groups a list of names (one person each) into persons: lists of
/// indices, in order of first member. The single-process reference for
/// the Spark job's entity resolution.
#[pyfunction]
fn group_names(py: Python<'_>, names: Vec<String>) -> Vec<Vec<usize>> {
    py.detach(|| newswire_names::group_names(&names.iter().map(String::as_str).collect::<Vec<_>>()))
}

/// Pairs (i, j), i < j, of names in one block that are the same person
/// (score ≥ MERGE_THRESHOLD): the edges a distributed job joins into
/// persons with connected components.
#[pyfunction]
fn block_edges(py: Python<'_>, names: Vec<String>) -> Vec<(usize, usize)> {
    py.detach(|| {
        let parsed: Vec<Name> = names.iter().map(|n| Name::parse(n)).collect();
        let matcher = newswire_names::NameMatcher::new();
        (0..parsed.len())
            .into_par_iter()
            .flat_map_iter(|a| {
                let parsed = &parsed;
                (a + 1..parsed.len())
                    .filter(move |&b| matcher.score_parsed(&parsed[a], &parsed[b]) >= MERGE_THRESHOLD)
                    .map(move |b| (a, b))
            })
            .collect()
    })
}

/// Persons across documents: dicts with `canonical`, `variants` and
/// `mentions` (`doc` = the document's id, `start`, `end` in chars, `text`).
#[pyfunction]
#[pyo3(signature = (texts, ids=None))]
fn cluster_people(py: Python<'_>, texts: Vec<String>, ids: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
    check_lengths(texts.len(), ids.as_ref().map(Vec::len), "ids")?;
    let v = py.detach(|| {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let persons = newswire_names::cluster_corpus(&refs);
        let id = |d: usize| ids.as_ref().map_or_else(|| d.to_string(), |v| v[d].clone());
        Value::Array(
            persons
                .iter()
                .map(|p| {
                    let mentions: Vec<Value> = p
                        .mentions
                        .iter()
                        .map(|m| {
                            let text = &texts[m.doc];
                            let c =
                                convert_offsets(text, &[m.span.start, m.span.end], OffsetUnit::Byte, OffsetUnit::Char)
                                    .unwrap_or_else(|_| vec![m.span.start, m.span.end]);
                            json!({ "doc": id(m.doc), "start": c[0], "end": c[1], "text": m.text })
                        })
                        .collect();
                    json!({ "canonical": p.canonical, "variants": p.variants, "mentions": mentions })
                })
                .collect(),
        )
    });
    Ok(to_py(py, &v)?.unbind())
}

/// The story of a corpus (what `newswire analyze --json` writes): a dict
/// with `documents`, `people`, `quotes`, `statements`, `figures`.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, dcts=None))]
fn story(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    dcts: Option<Vec<Option<String>>>,
) -> PyResult<Py<PyAny>> {
    let docs = documents(texts, ids, dcts)?;
    let v = py.detach(|| serde_json::to_value(newswire_examples::build(&docs)).map_err(|e| e.to_string()));
    Ok(to_py(py, &v.map_err(PyValueError::new_err)?)?.unbind())
}

#[pymodule]
fn _newswire(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(extract_dates, m)?)?;
    m.add_function(wrap_pyfunction!(find_people, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_document, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_quotes_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_dates_batch, m)?)?;
    m.add_function(wrap_pyfunction!(find_people_batch, m)?)?;
    m.add_function(wrap_pyfunction!(match_names, m)?)?;
    m.add_function(wrap_pyfunction!(blocking_keys, m)?)?;
    m.add_function(wrap_pyfunction!(group_names, m)?)?;
    m.add_function(wrap_pyfunction!(block_edges, m)?)?;
    m.add_function(wrap_pyfunction!(cluster_people, m)?)?;
    m.add_function(wrap_pyfunction!(story, m)?)?;
    m.add_class::<NameMatcher>()?;
    m.add_class::<NameIndex>()?;
    m.add("DEFAULT_THRESHOLD", newswire_names::DEFAULT_THRESHOLD)?;
    m.add("MERGE_THRESHOLD", MERGE_THRESHOLD)?;
    Ok(())
}
