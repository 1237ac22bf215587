"""A loopback HTTP/1.1 server that plays, per request path, the failures grid services produce.

Written on raw sockets so that it can misbehave in ways a well-behaved HTTP server cannot: reset the
connection before or after reading the body, stall before the headers or in the middle of the body, send
fewer bytes than its Content-Length promises, or send bytes that are no HTTP at all.

    server = FaultServer().start()
    server.script("/api/v1/task/submit", fault.reset_after_body(), ok_json({...}))
    ...  # point a client at server.url
    assert server.arrivals("POST", "/api/v1/task/submit") == 1

Each path has a queue of actions, used one per request; when the queue is empty the path's `default`
action (or the server's `fallback`) answers. The key "*" matches every path without a queue of its own.
Every request is counted when its headers have arrived (`arrivals`), whether or not its body was read:
the strictest count for proving a non-idempotent call was not delivered twice.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Action",
    "FaultServer",
    "Received",
    "closed_port_url",
    "reply",
    "ok_json",
    "reset_before_body",
    "reset_after_body",
    "slow_headers",
    "slow_body",
    "short_body",
    "garbage_bytes",
    "status",
    "html_error",
    "text_plain",
    "wrong_content_type",
    "bad_gzip",
    "redirect",
    "large_json",
    "empty_200",
    "truncated_json",
    "raw_keep_alive",
    "answer_bytes",
    "trickle",
]

_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently",
            302: "Found", 303: "See Other", 307: "Temporary Redirect", 400: "Bad Request", 401: "Unauthorized",
            403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}  # fmt: skip


@dataclass
class Received:
    """One request as it arrived (`body` is None when the server hung up before reading it)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes | None


class _Conn:
    """What an action may do with the connection of one request."""

    def __init__(self, sock: socket.socket, request: Received, server: FaultServer, rest: bytes) -> None:
        self.sock, self.request, self.server, self._rest = sock, request, server, rest
        self.keep_alive = False  # an action sets it to serve the next request on the same connection

    def read_body(self) -> bytes:
        if self.request.body is None:
            self.request.body = _read_body(self.sock, self.request.headers, self._rest)
        return self.request.body

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reset(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) instead of an orderly FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def sleep(self, seconds: float) -> None:
        self.server._stopping.wait(seconds)


Action = Callable[[_Conn], None]


def _head(status_code: int, headers: dict[str, str], length: int | None, *, close: bool = True) -> bytes:
    lines = [f"HTTP/1.1 {status_code} {_REASONS.get(status_code, 'Status')}"]
    all_headers = {"Connection": "close", **headers} if close else dict(headers)
    if length is not None:
        all_headers["Content-Length"] = str(length)
    lines += [f"{k}: {v}" for k, v in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


# -- actions ------------------------------------------------------------------------------------------------
def reply(status_code: int = 200, body: bytes | str = b"", headers: dict[str, str] | None = None) -> Action:
    """A complete, well-formed answer."""
    data = body.encode() if isinstance(body, str) else body

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.send(_head(status_code, dict(headers or {}), len(data)) + data)

    return act


def ok_json(payload: Any, status_code: int = 200, content_type: str = "application/json") -> Action:
    return reply(status_code, json.dumps(payload), {"Content-Type": content_type})


def status(
    status_code: int, retry_after: str | None = None, body: str = "", content_type: str = "text/plain"
) -> Action:
    """A failure status (429/502/503/504 ...) with an optional Retry-After."""
    headers = {"Content-Type": content_type}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return reply(status_code, body or f"{status_code} {_REASONS.get(status_code, '')}", headers)


def reset_before_body() -> Action:
    """Headers read, body never read: the connection is reset."""
    return lambda conn: conn.reset()


def reset_after_body() -> Action:
    """The whole request read (it reached the server), then the connection is reset without an answer."""

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.reset()

    return act


def slow_headers(delay: float, then: Action | None = None) -> Action:
    """Nothing for `delay` seconds, then `then` (default: an empty 200)."""

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.sleep(delay)
        (then or empty_200())(conn)

    return act


def slow_body(delay: float, content_type: str = "application/json") -> Action:
    """Headers and the first bytes of a JSON body at once, the rest only after `delay` seconds."""
    body = json.dumps({"success": True, "message": "", "data": "x" * 64}).encode()

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.send(_head(200, {"Content-Type": content_type}, len(body)) + body[:10])
        conn.sleep(delay)
        conn.send(body[10:])

    return act


def short_body(content_type: str = "application/json") -> Action:
    """Content-Length promises more than is sent; then the connection closes (a body cut in transit)."""

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.send(_head(200, {"Content-Type": content_type}, 1000) + b'{"success": true, "da')

    return act


def truncated_json(content_type: str = "application/json") -> Action:
    """A complete HTTP answer whose JSON text stops half-way."""
    return reply(200, b'{"success": true, "message": "", "data": {"a": [1, 2', {"Content-Type": content_type})


def garbage_bytes() -> Action:
    """A 200 whose body is random-looking binary."""
    return reply(200, bytes(range(256)) * 4 + b"\xff\xfe\x00\x81", {"Content-Type": "application/octet-stream"})


def html_error(status_code: int = 502) -> Action:
    """What a front-end proxy answers when the application behind it is down."""
    page = ("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
            "<p>The proxy server received an invalid response from an upstream server.</p></body></html>")  # fmt: skip
    return reply(status_code, page, {"Content-Type": "text/html; charset=iso-8859-1"})


def text_plain(text: str = "Service temporarily in maintenance, try again later") -> Action:
    """A 200 text/plain sentence where JSON is expected."""
    return reply(200, text, {"Content-Type": "text/plain"})


def wrong_content_type(payload: Any) -> Action:
    """The right JSON under a content type that says otherwise."""
    return reply(200, json.dumps(payload), {"Content-Type": "image/png"})


def bad_gzip() -> Action:
    """`Content-Encoding: gzip` over bytes that are not gzip."""
    return reply(200, b"this is not gzip at all" * 10, {"Content-Type": "application/json", "Content-Encoding": "gzip"})


def redirect(location: str, status_code: int = 302) -> Action:
    return reply(status_code, "", {"Location": location, "Content-Type": "text/html"})


def large_json(payload: Any) -> Action:
    """A very large, valid JSON answer (the caller builds the payload, e.g. a list of 100 000 items)."""
    return reply(200, json.dumps(payload).encode(), {"Content-Type": "application/json"})


def empty_200() -> Action:
    return reply(200, b"", {"Content-Type": "application/json"})


def answer_bytes(status_code: int, body: bytes, headers: dict[str, str] | None = None, *, length: int | None = None,
                 close: bool = False) -> bytes:  # fmt: skip
    """The bytes of one HTTP answer (Content-Length: `length`, default the body's), keep-alive unless `close`."""
    return _head(status_code, dict(headers or {}), len(body) if length is None else length, close=close) + body


def raw_keep_alive(data: bytes) -> Action:
    """Send `data` as it is (whatever its framing) and keep the connection open for the client's next request."""

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.send(data)
        conn.keep_alive = True

    return act


def trickle(data: bytes, interval: float, *, head: bytes = b"") -> Action:
    """`head` at once, then `data` one byte every `interval` seconds: no single read ever waits long."""

    def act(conn: _Conn) -> None:
        conn.read_body()
        conn.send(head)
        for byte in data:
            conn.sleep(interval)
            if conn.server._stopping.is_set():
                return
            conn.send(bytes([byte]))

    return act


def closed_port_url(host: str = "127.0.0.1") -> str:
    """A URL whose port nobody listens on (bound, then released): connections are refused."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    return f"http://{host}:{port}"


# -- the server ---------------------------------------------------------------------------------------------
@dataclass
class FaultServer:
    host: str = "127.0.0.1"
    tls: ssl.SSLContext | None = None  # serve https with this server-side context
    fallback: Action = field(default_factory=lambda: reply(404, "no such path on the fault server"))
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queues: dict[str, deque[Action]] = defaultdict(deque)
        self._defaults: dict[str, Action] = {}
        self._counts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener: socket.socket | None = None
        self.handshake_failures = 0  # TLS handshakes the client broke off (e.g. it did not trust the certificate)

    # lifecycle
    def start(self) -> FaultServer:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, 0))
        listener.listen(64)
        listener.settimeout(0.05)
        self._listener = listener
        threading.Thread(target=self._accept_loop, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._listener is not None
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{self.host}:{self._listener.getsockname()[1]}"

    # scripting
    def script(self, path: str, *actions: Action, default: Action | None = None) -> FaultServer:
        """Queue `actions` for `path` (one per request); `default` answers once they are used up."""
        with self._lock:
            self._queues[path].extend(actions)
            if default is not None:
                self._defaults[path] = default
        return self

    def arrivals(self, method: str | None = None, path: str | None = None) -> int:
        """Requests whose headers arrived, for one method and/or path (None: any)."""
        with self._lock:
            return sum(n for (m, p), n in self._counts.items() if method in (None, m) and path in (None, p))

    @property
    def counts(self) -> dict[tuple[str, str], int]:
        with self._lock:
            return dict(self._counts)

    def _action_for(self, path: str) -> Action:
        with self._lock:
            for key in (path, "*"):
                if self._queues.get(key):
                    return self._queues[key].popleft()
            for key in (path, "*"):
                if key in self._defaults:
                    return self._defaults[key]
            return self.fallback

    # serving
    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        if self.tls is not None:
            try:
                sock = self.tls.wrap_socket(sock, server_side=True)
            except (ssl.SSLError, OSError):
                with self._lock:
                    self.handshake_failures += 1
                sock.close()
                return
        try:
            keep_alive = True
            while keep_alive:  # one request per connection unless an action keeps it alive
                head, rest = _read_head(sock)
                if head is None:
                    return
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                path, _, query = target.partition("?")
                headers = {}
                for line in header_lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                request = Received(method, path, query, headers, None)
                with self._lock:
                    self._counts[(method, path)] += 1
                    self.received.append(request)
                conn = _Conn(sock, request, self, rest)
                self._action_for(path)(conn)
                keep_alive = conn.keep_alive
        except OSError:
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass


def _read_head(sock: socket.socket) -> tuple[bytes | None, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _read_body(sock: socket.socket, headers: dict[str, str], rest: bytes) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        data, body = rest, b""
        while True:
            while b"\r\n" not in data:
                data += sock.recv(65536)
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(data) < size + 2:
                data += sock.recv(65536)
            body, data = body + data[:size], data[size + 2 :]
            if size == 0:
                return body
    length = int(headers.get("content-length") or 0)
    body = rest
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return body[:length]


def wait_until(predicate: Callable[[], bool], timeout: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
