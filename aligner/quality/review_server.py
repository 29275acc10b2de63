"""`aligner review`: serve a QA report on localhost so its review decisions are saved next to it.

A report opened as a file cannot write to disk; served from here, the page posts its
decisions to ``/review`` and they land in ``REPORT.review.json`` (atomically), which the
next `aligner qa -o REPORT.html` reads. Only the report and its review file are served,
only on the loopback interface.
"""

from __future__ import annotations

import json
import os
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aligner.errors import InputError
from aligner.io.atomic import write_text_atomic
from aligner.io.corrected import corrected_path, parse_beads
from aligner.io.read import read_text
from aligner.quality.review import Review, load_review, parse_decisions, review_path, save_review

MAX_BODY = 8 * 1024 * 1024


def _save_alignment(path: str, data: dict) -> None:
    """Check the beads cover the documents' sentences as the page says, then write them.

    `aligner qa` checks them again against the texts themselves (their sha256) before use.
    """
    parse_beads(path, data, int(data["source"]["sentences"]), int(data["target"]["sentences"]))
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def make_server(report: str, port: int = 0, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server for ``report`` (not started): ``serve_forever()`` runs it."""
    read_text(report)  # refuse a missing or unreadable report now, in one line
    review_file = review_path(report)
    load_review(review_file)  # and a damaged review file

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in ("/", "/" + os.path.basename(report)):
                with open(report, "rb") as handle:
                    self._send(HTTPStatus.OK, handle.read(), "text/html; charset=utf-8")
            elif self.path == "/review":
                body = json.dumps({"file": review_file}).encode()
                if os.path.exists(review_file):
                    with open(review_file, "rb") as handle:
                        body = handle.read()
                self._send(HTTPStatus.OK, body, "application/json")
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")

        def do_POST(self) -> None:
            if self.path not in ("/review", "/alignment"):
                self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"too large", "text/plain")
                return
            try:
                data = json.loads(self.rfile.read(length).decode("utf-8"))
                if self.path == "/review":
                    save_review(Review(review_file, parse_decisions(review_file, data)))
                else:
                    _save_alignment(corrected_path(report), data)
            except (ValueError, TypeError, AttributeError, KeyError, InputError) as exc:
                self._send(HTTPStatus.BAD_REQUEST, str(exc).encode(), "text/plain")
                return
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

        def _send(self, status: HTTPStatus, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # one line per request would bury the one line that matters

    return ThreadingHTTPServer((host, port), Handler)
