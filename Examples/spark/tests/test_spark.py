#!/usr/bin/env python3
"""The Spark example on Spark local[2]: the sample pages (and the real-web corpus, when given)
through rdd.pipe and `tdkt stream` give the lines of `tdkt batch --format jsonl`; a WARC made
with warcio goes through the adapter with each capture's URL, date, record id and HTTP charset.

    python test_spark.py --tdkt PATH --samples SAMPLES_DIR --work EMPTY_DIR [--corpus DIR]

Exits 0 when every check passes, 1 with the failures on stderr otherwise.
"""

import argparse
import base64
import glob
import gzip
import io
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.dirname(HERE)
sys.path.insert(0, EXAMPLE)

import tdkt_spark  # noqa: E402
from warc_requests import requests_from_warc  # noqa: E402

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def read_text_output(folder):
    lines = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as handle:
            lines += [line.rstrip("\n") for line in handle if line.strip()]
    return lines


def stream(tdkt, requests):
    """`tdkt stream` on request objects, directly (the reference for the WARC lines)."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests)
    done = subprocess.run([tdkt, "stream"], input=text.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def pages_against_batch(spark, args, work):
    """Listed pages through Spark equal `tdkt batch --format jsonl` on the same list."""
    inputs = os.path.join(work, "in")
    listed = []
    for feature in ("portal", "records"):
        for case in sorted(os.listdir(os.path.join(args.samples, feature))):
            page = os.path.join(args.samples, feature, case, "input.html")
            if os.path.isfile(page):
                target = os.path.join(inputs, feature, case + ".html")
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(page, target)
                listed.append(os.path.relpath(target, inputs))
    if args.corpus:
        for name in sorted(os.listdir(args.corpus)):
            if name.endswith((".html", ".htm")):
                target = os.path.join(inputs, "real-web", name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.symlink(os.path.join(os.path.abspath(args.corpus), name), target)
                listed.append(os.path.relpath(target, inputs))
    # A page that fails must fail the same way in both.
    with open(os.path.join(inputs, "broken.html"), "wb") as handle:
        handle.write(b"%PDF-1.4\n")
    listed.append("broken.html")
    listing = os.path.join(work, "pages.txt")
    with open(listing, "w", encoding="utf-8") as handle:
        handle.write("\n".join(listed) + "\n")

    batch = subprocess.run(
        [args.tdkt, "batch", inputs, os.path.join(work, "batch"), "--format", "jsonl",
         "--files-from", listing, "--jobs", "2"],
        capture_output=True)
    check(batch.returncode == 0, "batch exit status %d: %s" % (batch.returncode, batch.stderr[-2000:]))
    with gzip.open(os.path.join(work, "batch", "part-00001-of-00001.jsonl.gz"), "rt",
                   encoding="utf-8") as handle:
        expected = [line.rstrip("\n") for line in handle]
    check(len(expected) == len(listed), "batch wrote %d lines for %d pages" % (len(expected), len(listed)))

    out = os.path.join(work, "spark-pages")
    parquet = os.path.join(work, "spark-pages.parquet")
    tdkt_spark.run(spark, tdkt_spark_args(
        ["--paths", listing, "--base", inputs, "--out", out, "--parquet", parquet,
         "--tdkt", args.tdkt, "--partitions", "4"]))
    lines = read_text_output(out)
    check(len(lines) == len(listed), "spark wrote %d lines for %d pages" % (len(lines), len(listed)))
    check(sorted(lines) == sorted(expected), "spark lines differ from batch lines")
    for line in lines:
        check(line.startswith('{"id":'), "not a result line: " + line[:100])

    table = {row["id"]: row for row in spark.read.parquet(parquet).collect()}
    check(len(table) == len(listed), "parquet has %d rows" % len(table))
    for line in expected:
        result = json.loads(line)
        row = table.get(result["id"])
        check(row is not None, "no parquet row for " + result["id"])
        if row is None:
            continue
        check(row["status"] == result["status"] and row["records"] == result["records"],
              "parquet row differs for " + result["id"])
        exchange = json.loads(row["exchange"]) if row["exchange"] is not None else None
        check(exchange == result["exchange"], "parquet exchange differs for " + result["id"])
    print("pages: %d lines, identical to batch" % len(lines), file=sys.stderr)


def tdkt_spark_args(argv):
    return tdkt_spark.parse_args(["--master", "local[2]"] + argv)


def make_warc(args, path):
    """A WARC of five records: three HTML captures (a TCVN3 page served as ISO-8859-1, a
    gzip-encoded UTF-8 page, a page without a charset), an image and a 404, both skipped."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def sample(name):
        with open(os.path.join(args.samples, name, "input.html"), "rb") as handle:
            return handle.read()

    captures = [
        ("http://www.nghean.gov.vn/tin/1", "2021-03-04T05:06:07Z",
         "text/html; charset=iso-8859-1", None, sample("portal/legacy-nghean-tcvn3")),
        ("https://soyte.example.gov.vn/a?id=2", "2022-08-02T10:00:00Z",
         "text/html; charset=UTF-8", "gzip", sample("portal/seed-sharepoint")),
        ("http://phuyen.example.vn/t/3", "2020-01-31T23:59:59Z", "text/html", None,
         sample("portal/legacy-phuyen-cp1258")),
    ]
    written = []
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True)
        for url, date, content_type, encoding, body in captures:
            payload = gzip.compress(body) if encoding else body
            headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
            if encoding:
                headers.append(("Content-Encoding", encoding))
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=http,
                warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)
            written.append((record.rec_headers.get_header("WARC-Record-ID"), url, date,
                            content_type, body))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "http://x.vn/a.png", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
            http_headers=image))
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "http://x.vn/404", "response", payload=io.BytesIO(b"<html>not here</html>"),
            http_headers=missing))
    return written


def warc_through_spark(spark, args, work):
    warc = os.path.join(work, "crawl.warc.gz")
    written = make_warc(args, warc)
    with open(warc, "rb") as handle:
        requests = list(requests_from_warc(handle))
    check(len(requests) == 3, "the adapter made %d requests, not 3" % len(requests))
    for request, (record_id, url, date, content_type, body) in zip(requests, written):
        check(request["id"] == record_id, "id %r" % request.get("id"))
        check(request["url"] == url, "url %r" % request.get("url"))
        check(request["retrieved"] == date, "retrieved %r" % request.get("retrieved"))
        hint = content_type.partition("charset=")[2] or None
        check(request.get("charsetHint") == hint, "charsetHint %r" % request.get("charsetHint"))
        check(base64.b64decode(request["content"]) == body, "content of " + url)

    out = os.path.join(work, "spark-warc")
    tdkt_spark.run(spark, tdkt_spark_args(
        ["--warc", warc, "--out", out, "--tdkt", args.tdkt, "--partitions", "2"]))
    results = [json.loads(line) for line in read_text_output(out)]
    check(len(results) == 3, "spark wrote %d WARC lines" % len(results))
    by_id = {result["id"]: result for result in results}
    reference = stream(args.tdkt, requests)
    for expected in reference:
        result = by_id.get(expected["id"])
        check(result == expected, "WARC line differs for %s" % expected["id"])
        if result is None:
            continue
        source = result["exchange"]["source"]
        check(result["status"] == "converted", "WARC capture failed: %s" % result["errors"])
        check(source["retrieved"] == expected["exchange"]["source"]["retrieved"], "retrieved")
    by_url = {r["url"]: r for r in results}
    tcvn3 = by_url.get("http://www.nghean.gov.vn/tin/1")
    check(tcvn3 is not None and tcvn3["exchange"]["source"]["encoding"] == "TCVN3",
          "the TCVN3 page served as ISO-8859-1 is not read as TCVN3")
    check(tcvn3 is not None and tcvn3["records"] > 0, "the TCVN3 page gave no records")
    check(tcvn3 is not None and tcvn3["exchange"]["source"]["retrieved"] == "2021-03-04",
          "the WARC date is not the retrieved date")
    print("warc: %d captures through the adapter" % len(results), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tdkt", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--corpus")
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("tdkt-test")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        pages_against_batch(spark, args, args.work)
        warc_through_spark(spark, args, args.work)
    finally:
        spark.stop()
    if failures:
        print("%d failures" % len(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
