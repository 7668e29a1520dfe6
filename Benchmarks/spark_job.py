#!/usr/bin/env python3
"""Times the Spark example (Examples/spark/tdkt_spark.py) on Spark local[2] over a list of
pages, in a session already started and warmed up, so the figure is the job's and not the
JVM's start. Run by Benchmarks/run with the Spark virtual environment's Python.

Usage: spark_job.py TDKT LIST OUT_DIR   (prints the job's seconds)
"""

import os
import shutil
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Examples", "spark"))

import tdkt_spark  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402


def main(tdkt, listing, out):
    spark = (SparkSession.builder.master("local[2]").appName("tdkt-bench")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        with open(listing, encoding="utf-8") as handle:
            warm = [line for line in handle.read().split("\n") if line][:20]
        warm_list = out + ".warm.txt"
        with open(warm_list, "w", encoding="utf-8") as handle:
            handle.write("\n".join(warm) + "\n")
        shutil.rmtree(out + ".warm", ignore_errors=True)
        tdkt_spark.run(spark, tdkt_spark.parse_args(
            ["--paths", warm_list, "--out", out + ".warm", "--tdkt", tdkt, "--partitions", "2"]))
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        tdkt_spark.run(spark, tdkt_spark.parse_args(
            ["--paths", listing, "--out", out, "--tdkt", tdkt, "--partitions", "2"]))
        print(f"{time.perf_counter() - start:.3f}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:4])
