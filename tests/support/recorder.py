"""A loopback server that records every request in comparable form and answers from a table.

Bodies are decoded to what the server would see: JSON (gunzipped when needed, also without a
Content-Encoding header, as PanDA's legacy endpoints do), form fields, or multipart fields with
the uploaded file's name and size.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]

    def comparable(self) -> tuple[str, str, dict[str, list[str]], Any]:
        return self.method, self.path, self.query, self.body


def decode_body(raw: bytes, headers: dict[str, str]) -> Any:
    if not raw:
        return None
    ctype = headers.get("content-type", "")
    if headers.get("content-encoding") == "gzip" or raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    if ctype.startswith("application/json"):
        return json.loads(raw)
    # No Content-Type: the server's form parser (like Python's cgi) reads a POST body as urlencoded.
    if ctype.startswith("application/x-www-form-urlencoded") or not ctype:
        return {k: v if len(v) > 1 else v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
    if ctype.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + raw)
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            fields[name] = {"filename": filename, "size": len(payload)} if filename is not None else payload.decode()
        return fields
    return raw.decode(errors="replace")


Answer = Callable[[Request], tuple[int, str]]


@dataclass
class Recorder:
    answers: dict[str, Answer] = field(default_factory=dict)  # by path
    default: Answer = lambda request: (200, json.dumps({"success": True, "message": "", "data": None}))
    requests: list[Request] = field(default_factory=list)

    def start(self) -> Recorder:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                split = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                raw = self.rfile.read(int(headers.get("content-length") or 0))
                request = Request(self.command, split.path, parse_qs(split.query, keep_blank_values=True),
                                  decode_body(raw, headers), headers)  # fmt: skip
                recorder.requests.append(request)
                status, body = recorder.answers.get(split.path, recorder.default)(request)
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def take(self) -> list[Request]:
        taken, self.requests = self.requests, []
        return taken
