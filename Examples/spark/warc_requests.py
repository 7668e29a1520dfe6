#!/usr/bin/env python3
"""WARC archives -> `tdkt stream` requests (one JSON object per line).

Every HTML capture of a WARC file (a `response` record with an HTTP status 200 and an HTML
content type, or a `resource` record of an HTML type) becomes one request:

    {"id": WARC-Record-ID, "url": WARC-Target-URI, "retrieved": WARC-Date,
     "charsetHint": the charset of the HTTP Content-Type, when there is one,
     "content": the HTTP payload (transfer and content encodings undone) in base64}

The HTTP charset is only a hint: tdkt uses it where the page itself gives no evidence of its
encoding (no byte-order mark, no charset declaration, not UTF-8), because crawled servers often
announce ISO-8859-1 for pages written in Windows-1258, TCVN3 or VNI.

    python3 warc_requests.py crawl-00001.warc.gz | tdkt stream > results.jsonl

Needs warcio (pip install warcio).
"""

import base64
import json
import sys

from warcio.archiveiterator import ArchiveIterator

HTML_TYPES = ("text/html", "application/xhtml+xml")


def media_type_and_charset(content_type):
    """('text/html', 'windows-1258') from 'text/html; charset="windows-1258"'."""
    if not content_type:
        return "", None
    parts = content_type.split(";")
    media = parts[0].strip().lower()
    charset = None
    for part in parts[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media, charset


def requests_from_warc(stream, max_size=50 << 20):
    """The requests of the HTML captures in a WARC stream (a binary file, gzip or not)."""
    for record in ArchiveIterator(stream):
        if record.rec_type == "response":
            if record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            if status != "200":
                continue
            content_type = record.http_headers.get_header("Content-Type")
        elif record.rec_type == "resource":
            content_type = record.rec_headers.get_header("Content-Type")
        else:
            continue
        media, charset = media_type_and_charset(content_type)
        if media and media not in HTML_TYPES:
            continue
        payload = record.content_stream().read(max_size + 1)
        request = {
            "id": record.rec_headers.get_header("WARC-Record-ID"),
            "url": record.rec_headers.get_header("WARC-Target-URI"),
            "retrieved": record.rec_headers.get_header("WARC-Date"),
        }
        if charset:
            request["charsetHint"] = charset
        # A payload over the limit is still sent (truncated past the limit) so that tdkt
        # reports it as a failed line rather than the capture silently vanishing.
        request["content"] = base64.b64encode(payload).decode("ascii")
        yield {key: value for key, value in request.items() if value is not None}


def request_lines(stream, max_size=50 << 20):
    """The requests as compact JSON lines (without the newline)."""
    for request in requests_from_warc(stream, max_size):
        yield json.dumps(request, ensure_ascii=False, separators=(",", ":"))


def main(paths):
    out = sys.stdout
    for path in paths or ["-"]:
        if path == "-":
            stream = sys.stdin.buffer
            for line in request_lines(stream):
                out.write(line + "\n")
        else:
            with open(path, "rb") as stream:
                for line in request_lines(stream):
                    out.write(line + "\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
