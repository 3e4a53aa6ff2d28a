#!/usr/bin/env python3
"""The Spark job on local[1] and local[2] on the same generated corpus: does
it scale with cores? Not run in CI.

usage: target/py-venv/bin/python benches/peers/spark_scaling.py [N_DOCS]
       (a virtualenv with pyspark, pandas<3, pyarrow and ./crates/python)

Times the per-document analysis (mapInPandas over 8 partitions, written to
Parquet) and the entity resolution, each after a warm-up run on the same
session, and prints documents per second and the local[2]/local[1] ratio.
"""
import os
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
sys.path.insert(0, os.path.join(root, "examples", "spark"))
sys.path.insert(0, os.path.join(root, "crates", "python", "tests"))
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
# One Rust thread per Python worker: Spark's task slots are then the only
# parallelism, so local[1] uses one core and local[2] two. (By default each
# batch call already uses every core, and local[1] is not one core.)
os.environ.setdefault("RAYON_NUM_THREADS", "1")

from pyspark.sql import SparkSession  # noqa: E402

import conftest  # noqa: E402  (the test suite's document generator)
import newswire_spark  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
docs = conftest.generated_docs(n)
# Longer documents, as news is: the generated article five times over.
rows = [(d["id"], "\n\n".join([d["text"]] * 5), d.get("dct")) for d in docs]
results = {}
for master in ("local[1]", "local[2]"):
    spark = (
        SparkSession.builder.master(master)
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    newswire_spark.ship(spark)
    df = spark.createDataFrame(rows, "id string, text string, dct string").repartition(8).cache()
    df.count()
    out = tempfile.mkdtemp()
    best = None
    for _ in range(2):  # the first run warms the Python workers
        t = time.perf_counter()
        documents = newswire_spark.analyze(df)
        documents.write.mode("overwrite").parquet(os.path.join(out, "documents"))
        t_docs = time.perf_counter() - t
        t = time.perf_counter()
        mentions = newswire_spark.mentions_of(spark.read.parquet(os.path.join(out, "documents")))
        people, _ = newswire_spark.resolve_people(mentions)
        people.count()
        t_er = time.perf_counter() - t
        best = (t_docs, t_er) if best is None else (min(best[0], t_docs), min(best[1], t_er))
    results[master] = best
    spark.stop()
    print(f"{master}: analysis {best[0]:.1f} s ({n / best[0]:,.0f} docs/s), entity resolution {best[1]:.1f} s")
a, b = results["local[1]"], results["local[2]"]
print(f"local[2] / local[1]: analysis {a[0] / b[0]:.2f}x, entity resolution {a[1] / b[1]:.2f}x")
