#!/usr/bin/env python3
"""Convert pages or WARC captures with tdkt on Apache Spark, through `tdkt stream`.

Each partition of requests is piped through one `tdkt stream` process (rdd.pipe), which
answers one JSON line per request in order; the lines are written as JSON-lines text and,
with --parquet, as a Parquet table (id, path, url, status, records, errors, and the exchange
as its JSON text).

    # pages listed one per line (paths every executor can read), 8 partitions:
    spark-submit tdkt_spark.py --paths pages.txt --out results/ --partitions 8

    # WARC files (each read on an executor by the warcio adapter beside this file):
    spark-submit --py-files warc_requests.py tdkt_spark.py \
        --warc crawl-00001.warc.gz crawl-00002.warc.gz --out results/ --parquet results.parquet

    # a cluster whose executors have no tdkt: ship the portable tarball of `make dist`
    spark-submit --archives tdkt-linux-x86_64.tar.gz#tdkt tdkt_spark.py \
        --tdkt ./tdkt/tdkt/bin/tdkt --paths pages.txt --out results/

Each executor task runs `tdkt stream --jobs J` (--jobs, default 1: Spark already runs one task
per core). A failed page is a line with "status": "failed" and its errors, never a failed task;
a task fails only when tdkt itself does (then Spark retries it, and the lines come again whole).
"""

import argparse
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession
from pyspark.sql import types as T

# The columns of a result line; `exchange` (and `id`, a string or an integer) kept as JSON
# text, so that the table has one schema whatever the pages hold.
RESULT_SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("path", T.StringType()),
        T.StructField("url", T.StringType()),
        T.StructField("status", T.StringType()),
        T.StructField("records", T.LongType()),
        T.StructField(
            "errors",
            T.ArrayType(
                T.StructType(
                    [
                        T.StructField("line", T.LongType()),
                        T.StructField("column", T.LongType()),
                        T.StructField("pointer", T.StringType()),
                        T.StructField("message", T.StringType()),
                    ]
                )
            ),
        ),
        T.StructField("exchange", T.StringType()),
    ]
)


def path_requests(lines, base):
    """Request lines for listed paths: {"id": the path as listed, "path": base/path}."""
    for line in lines:
        path = line.rstrip("\r")
        if not path.strip():
            continue
        full = path if os.path.isabs(path) or not base else os.path.join(base, path)
        yield json.dumps({"id": path, "path": full}, ensure_ascii=False, separators=(",", ":"))


def warc_requests(paths, max_size):
    """Request lines of the HTML captures of WARC files (read where the task runs)."""
    from warc_requests import request_lines

    for path in paths:
        with open(path, "rb") as stream:
            yield from request_lines(stream, max_size)


def stream_command(tdkt, jobs, max_size, timeout):
    return [tdkt, "stream", "--jobs", str(jobs), "--max-size", str(max_size),
            "--timeout", str(timeout)]


def run(spark, args):
    sc = spark.sparkContext
    # This module and the WARC adapter go to the executors with the job.
    here = os.path.dirname(os.path.abspath(__file__))
    for module in ("tdkt_spark.py", "warc_requests.py"):
        sc.addPyFile(os.path.join(here, module))
    if args.paths:
        # Read where the tasks run (a local file, or hdfs://, s3a://… for a large list).
        base = args.base
        requests = sc.textFile(args.paths, minPartitions=args.partitions).mapPartitions(
            lambda lines: path_requests(lines, base))
    else:
        max_size = args.max_size
        requests = sc.parallelize(args.warc, min(args.partitions, len(args.warc))).mapPartitions(
            lambda paths: warc_requests(paths, max_size))
    command = stream_command(args.tdkt, args.jobs, args.max_size, args.timeout)
    # rdd.pipe writes each element and a newline to the process and yields its output lines.
    # checkCode: a tdkt that exits with an error fails the task (Spark retries it); failed
    # pages do not, they are lines.
    results = requests.pipe(" ".join(shlex.quote(part) for part in command), checkCode=True)
    results.saveAsTextFile(args.out)
    if args.parquet:
        table = spark.read.schema(RESULT_SCHEMA).json(args.out)
        table.write.mode("overwrite").parquet(args.parquet)
    return results


def parse_args(argv=None):
    """The job's options (see --help)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--paths", help="a file listing the pages, one path per line")
    source.add_argument("--warc", nargs="+", help="WARC files (.warc or .warc.gz)")
    parser.add_argument("--base", default="",
                        help="the folder relative paths of --paths are under")
    parser.add_argument("--out", required=True, help="the output folder of JSON lines")
    parser.add_argument("--parquet", help="also write the results as a Parquet table here")
    parser.add_argument("--tdkt", default="tdkt", help="the tdkt executable on the executors")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=1, help="tdkt threads per Spark task")
    parser.add_argument("--max-size", type=int, default=50 << 20)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--master", help="e.g. local[2] (default: spark-submit's)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    builder = SparkSession.builder.appName("tdkt")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
