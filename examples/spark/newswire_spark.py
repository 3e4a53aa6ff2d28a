"""newswire on Spark: who said what, and when, over a corpus that does not
fit one machine.

    spark-submit examples/spark/newswire_spark.py INPUT OUTPUT [--block-cap N]

INPUT is JSONL or Parquet with columns ``id``, ``text`` and optionally
``dct`` (YYYY-MM-DD). OUTPUT is a directory that receives three Parquet
tables:

``documents``
    one row per input document: ``id``, ``dct`` and ``dct_source``, and the
    per-document results as JSON strings ``timexes``, ``quotes``,
    ``mentions`` (exactly the objects the ``newswire`` command prints, char
    offsets), or ``error`` for a document that could not be analysed.
``mentions``
    one row per person mention: ``doc``, ``start``, ``end``, ``text``,
    ``partial``, and ``person`` (the id of the person it resolves to).
``people``
    one row per full-name spelling: ``name``, ``person``.

Design. Per-document work (dates, quotes, mentions) runs per partition in
``mapInPandas`` through the ``newswire`` Python package: no shuffle, and the
Rust code releases the GIL and uses the executor's cores. Entity resolution
is the distributed form of ``newswire names cluster --names``: every
distinct full-name spelling emits its blocking keys (the names crate's
own), Spark groups spellings by key, the names crate scores the pairs
inside each block (``block_edges``: score >= MERGE_THRESHOLD), and
connected components over those edges, by iterated min-label propagation
in Spark, give persons. A partial mention ("Meshaal") takes the person of
the full name it agrees with in its own document.

Limits. A block larger than ``--block-cap`` spellings (a key shared by
thousands, e.g. a common given name's skeleton) is skipped and reported:
its pairs are quadratic and nearly all non-matches; names it would have
linked are still linked through their rarer keys, but a pair sharing only
capped keys stays apart. Skew: one huge block lands on one task; the cap
bounds it. Label propagation needs as many rounds as the longest chain of
spellings in one person (a few in practice; capped by ``max_rounds``).
Mention finding is per document, so a surname whose full name appears only
in other documents stays unresolved here (the single-process story uses the
whole corpus for that).
"""

import argparse
import json
import sys
from typing import Iterator

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import (
    BooleanType,
    LongType,
    StringType,
    StructField,
    StructType,
)

import newswire

DOCUMENTS = StructType(
    [
        StructField("id", StringType()),
        StructField("dct", StringType()),
        StructField("dct_source", StringType()),
        StructField("timexes", StringType()),
        StructField("quotes", StringType()),
        StructField("mentions", StringType()),
        StructField("error", StringType()),
    ]
)

MENTIONS = StructType(
    [
        StructField("doc", StringType()),
        StructField("start", LongType()),
        StructField("end", LongType()),
        StructField("text", StringType()),
        StructField("partial", BooleanType()),
        StructField("index", LongType()),
        StructField("refers_to", LongType()),
    ]
)


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _analyze_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        ids = [str(i) for i in pdf["id"]]
        has_text = [isinstance(t, str) for t in pdf["text"]]
        texts = [t if ok else "" for t, ok in zip(pdf["text"], has_text)]
        dcts = [d if isinstance(d, str) and d else None for d in pdf["dct"]] if "dct" in pdf else None
        rows = []
        for r, ok in zip(newswire.analyze_batch(texts, ids=ids, dcts=dcts), has_text):
            # A record without text is reported, as the CLI reports it.
            if not ok:
                r = {"id": r["id"], "error": 'record has no "text"'}
            if "error" in r:
                rows.append({"id": r["id"], "dct": None, "dct_source": None, "timexes": None,
                             "quotes": None, "mentions": None, "error": r["error"]})
                continue
            rows.append({
                "id": r["id"],
                "dct": r["dct"]["value"],
                "dct_source": r["dct"]["source"],
                "timexes": _dump(r["timexes"]),
                "quotes": _dump(r["quotes"]),
                "mentions": _dump(r["mentions"]),
                "error": None,
            })
        yield pd.DataFrame(rows, columns=[f.name for f in DOCUMENTS.fields])


def analyze(docs: DataFrame) -> DataFrame:
    """Per-document dates, quotes and mentions; one row per input row."""
    if "dct" not in docs.columns:
        docs = docs.withColumn("dct", F.lit(None).cast(StringType()))
    docs = docs.select(F.col("id").cast(StringType()), "text", F.col("dct").cast(StringType()))
    return docs.mapInPandas(_analyze_partition, DOCUMENTS)


def _explode_mentions(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        rows = []
        for doc, mentions in zip(pdf["id"], pdf["mentions"]):
            if not isinstance(mentions, str):
                continue
            for k, m in enumerate(json.loads(mentions)):
                refers = m.get("refers_to")
                rows.append({"doc": doc, "start": m["start"], "end": m["end"], "text": m["text"],
                             "partial": m["partial"], "index": k, "refers_to": -1 if refers is None else refers})
        yield pd.DataFrame(rows, columns=[f.name for f in MENTIONS.fields])


def mentions_of(documents: DataFrame) -> DataFrame:
    return documents.select("id", "mentions").mapInPandas(_explode_mentions, MENTIONS)


def _keys(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        rows = [(key, name) for name in pdf["name"] for key in newswire.blocking_keys(name)]
        yield pd.DataFrame(rows, columns=["key", "name"])


def _edges(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        rows = []
        for names in pdf["names"]:
            names = sorted(names)
            rows.extend((names[i], names[j]) for i, j in newswire.block_edges(names))
        yield pd.DataFrame(rows, columns=["a", "b"])


def resolve_people(mentions: DataFrame, block_cap: int = 2000, max_rounds: int = 50):
    """Persons over full-name spellings: returns (people, skipped_blocks),
    people = (name, person) with person = the smallest spelling of its
    component; skipped_blocks = (key, size) over the cap."""
    names = mentions.filter(~F.col("partial")).select(F.col("text").alias("name")).distinct()
    keys = names.mapInPandas(_keys, "key string, name string")
    blocks = keys.groupBy("key").agg(F.collect_set("name").alias("names"), F.count("*").alias("size"))
    skipped = blocks.filter(F.col("size") > block_cap).select("key", "size")
    edges = (
        blocks.filter((F.col("size") > 1) & (F.col("size") <= block_cap))
        .select("names")
        .mapInPandas(_edges, "a string, b string")
        .distinct()
    )
    both = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct().cache()
    labels = names.select("name", F.col("name").alias("person")).cache()
    for _ in range(max_rounds):
        # Each spelling takes the smallest label among itself and its
        # neighbours; a component ends with its smallest spelling.
        incoming = both.join(labels, both.b == labels.name).select(both.a.alias("name"), labels.person.alias("p"))
        updated = (
            labels.join(incoming, "name", "left")
            .groupBy("name")
            .agg(F.least(F.min("person"), F.coalesce(F.min("p"), F.min("person"))).alias("person"))
            .cache()
        )
        changed = updated.join(labels.withColumnRenamed("person", "old"), "name").filter(F.col("person") != F.col("old")).count()
        labels.unpersist()
        labels = updated
        if changed == 0:
            break
    return labels, skipped


def _attach_partial(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """A partial mention takes the person of the full mention it refers to
    in its own document (``refers_to``, decided by the names crate)."""
    for pdf in batches:
        out = []
        for _, group in pdf.groupby("doc", sort=False):
            group = group.sort_values("index")
            person_at = dict(zip(group["index"], group["person"]))
            for r in group.itertuples():
                person = r.person
                if r.partial:
                    person = person_at.get(r.refers_to) if r.refers_to >= 0 else None
                out.append({"doc": r.doc, "start": r.start, "end": r.end, "text": r.text,
                            "partial": r.partial, "person": person})
        yield pd.DataFrame(out, columns=["doc", "start", "end", "text", "partial", "person"])


def ship(spark: SparkSession) -> None:
    """Makes this module importable on the executors (its functions run
    there); spark-submit ships the main script, an import does not."""
    spark.sparkContext.addPyFile(__file__)


def run(spark: SparkSession, input_path: str, output: str, block_cap: int = 2000) -> dict:
    """Reads INPUT, writes the three tables under OUTPUT; a summary."""
    ship(spark)
    reader = spark.read
    docs = reader.parquet(input_path) if input_path.endswith(".parquet") else reader.json(input_path)
    documents = analyze(docs).cache()
    mentions = mentions_of(documents).cache()
    people, skipped = resolve_people(mentions, block_cap)
    resolved = (
        mentions.join(people.withColumnRenamed("name", "text"), "text", "left")
        .select("doc", "start", "end", "text", "partial", "index", "refers_to", "person")
        .repartition("doc")
        .mapInPandas(_attach_partial, "doc string, start long, end long, text string, partial boolean, person string")
    )
    documents.write.mode("overwrite").parquet(f"{output}/documents")
    resolved.write.mode("overwrite").parquet(f"{output}/mentions")
    people.write.mode("overwrite").parquet(f"{output}/people")
    return {
        "documents": documents.count(),
        "failed": documents.filter(F.col("error").isNotNull()).count(),
        "mentions": resolved.count(),
        "persons": people.select("person").distinct().count(),
        "skipped_blocks": [tuple(r) for r in skipped.collect()],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--block-cap", type=int, default=2000)
    ap.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    args = ap.parse_args(argv)
    builder = SparkSession.builder.appName("newswire")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    summary = run(spark, args.input, args.output, args.block_cap)
    print(json.dumps(summary), file=sys.stderr)
    spark.stop()
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
