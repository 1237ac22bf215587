"""A loopback PanDA-like server that follows the wire rules of the reference (shared/reference/panda.md §3).

It serves every v1 function of specs/panda.yaml and behaves like panda-server's request handling:
text/plain on every answer; JSON only when `Accept` or `Content-Type` is exactly `application/json`
(else a Python repr); HTTP 200 with `success: false` for a missing secure connection, a missing production
role, a wrong method, a missing/unknown argument or a wrong type; repeated query keys as lists with the GET
casts; JSON bodies without coercion, gzip with `Content-Encoding: gzip`; 403 text for unknown functions and
rejected tokens; 500 text for invalid JSON. Handlers per operationId decide what `data` a call returns.
It counts every delivery, so tests can prove a request was (not) sent twice, and can play scripted faults.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
_SPEC_CACHE: dict[str, Any] = {}


def load_spec() -> dict[str, Any]:
    if "panda" not in _SPEC_CACHE:
        _SPEC_CACHE["panda"] = yaml.safe_load((ROOT / "specs" / "panda.yaml").read_text())
    return _SPEC_CACHE["panda"]


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


class Failure(Exception):
    """Raised by a handler: answered as `success: false` with this message and data."""

    def __init__(self, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.data = data


@dataclass
class Answer:
    """Returned by a handler: a successful answer with a message (task/submit and the task commands have one)."""

    data: Any
    message: str


Handler = Callable[[dict[str, Any], "Recorded"], Any]


@dataclass
class FakePanda:
    """Configure, then `start()`; `url` is the base to give the clients."""

    tokens: set[str] = field(default_factory=lambda: {"good-token"})
    handlers: dict[str, Handler] = field(default_factory=dict)
    # Scripted answers per path, used before the normal handling: (status, body, headers).
    faults: dict[str, list[tuple[int, str, dict[str, str]]]] = field(default_factory=lambda: defaultdict(list))
    deliveries: Counter[str] = field(default_factory=Counter)
    requests: list[Recorded] = field(default_factory=list)
    extra_routes: dict[str, Callable[[Recorded], tuple[int, str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._routes: dict[str, dict[str, Any]] = {}
        for path, item in load_spec()["paths"].items():
            for method, op in item.items():
                self._routes.setdefault(path, {})[method.upper()] = op
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> FakePanda:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- request handling --------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        rec = Recorded(h.command, split.path, parse_qs(split.query, keep_blank_values=True),
                       {k.lower(): v for k, v in h.headers.items()}, raw)  # fmt: skip
        self.requests.append(rec)
        self.deliveries[f"{h.command} {split.path}"] += 1
        if self.faults.get(split.path):
            status, body, headers = self.faults[split.path].pop(0)
            return _send(h, status, body, headers)
        if split.path in self.extra_routes:
            status, body, ctype = self.extra_routes[split.path](rec)
            return _send(h, status, body, {"Content-Type": ctype})
        route = self._routes.get(split.path)
        if route is None or not split.path.startswith("/api/v1/"):
            return _send(h, 403, f"ERROR : method {split.path.rsplit('/', 1)[-1]} is forbidden")
        auth = rec.headers.get("authorization", "")
        if auth:
            if auth.removeprefix("Bearer ").strip() not in self.tokens:
                return _send(h, 403, "ERROR : Token authentication failed. Invalid token. Signature has expired")
            if not rec.headers.get("origin"):
                return _send(h, 403, "Traceback (most recent call last):\n  ... KeyError: 'HTTP_ORIGIN'")
        body: dict[str, Any] = {}
        if raw:
            if rec.headers.get("content-encoding") == "gzip":
                raw = gzip.decompress(raw)
            if rec.headers.get("content-type") == "application/json":
                try:
                    body = json.loads(raw)
                except ValueError as exc:
                    return _send(h, 500, f"ERROR : received invalid JSON : {exc}")
            elif not rec.headers.get("content-type", "").startswith("multipart/"):
                # A form, or a body without Content-Type, which the server's form parser reads as one: all str.
                body = {k: v[-1] for k, v in parse_qs(raw.decode(errors="replace"), keep_blank_values=True).items()}
        wants_json = (
            rec.headers.get("accept") == "application/json" or rec.headers.get("content-type") == "application/json"
        )
        op = route.get(h.command) or next(iter(route.values()))
        try:
            args = self._check(op, h.command, route, rec, body)
            handler = self.handlers.get(op["operationId"])
            data = handler(args, rec) if handler else _example_data(op)
            if isinstance(data, Answer):
                envelope = {"success": True, "message": data.message, "data": data.data}
            else:
                envelope = {"success": True, "message": "", "data": data}
        except Failure as exc:
            envelope = {"success": False, "message": str(exc), "data": exc.data}
        except Exception as exc:  # a handler bug or a scripted crash: what the server does, a 500 text
            return _send(h, 500, str(exc))
        return _send(h, 200, json.dumps(envelope, default=_encode) if wants_json else repr(envelope))

    def _check(
        self, op: dict[str, Any], method: str, route: dict[str, Any], rec: Recorded, body: dict[str, Any]
    ) -> dict[str, Any]:
        auth_kind = op.get("x-panda-auth", "secure")
        origin = rec.headers.get("origin", "")
        if auth_kind != "open" and not rec.headers.get("authorization"):
            raise Failure("SSL secure connection is required")
        if auth_kind == "production" and ":production" not in origin and ".production" not in origin:
            raise Failure("production or pilot role required")
        if method not in route:
            raise Failure(f"expecting {next(iter(route))}, received {method}")
        if method == "GET":
            params = {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "query"}
            values = {k: (v[0] if len(v) == 1 else v) for k, v in rec.query.items()}
            args = {k: _cast(v, params.get(k, {}).get("schema", {})) for k, v in values.items()}
            required = [name for name, p in params.items() if p.get("required")]
            known = set(params) if not any(p.get("style") == "form" and p.get("schema", {}).get("type") == "object"
                                           for p in params.values()) else None  # fmt: skip
        else:
            schema = _body_schema(op)
            args = dict(body)
            required = schema.get("required", [])
            known = set(schema.get("properties", {})) if schema.get("additionalProperties") is False else None
            for name, value in args.items():
                _type_check(name, value, schema.get("properties", {}).get(name, {}))
        for name in required:
            if name not in args:
                raise Failure(f"Argument error: missing a required argument: '{name}'")
        if known is not None:
            for name in args:
                if name not in known:
                    raise Failure(f"Argument error: got an unexpected keyword argument '{name}'")
        return args


def _send(h: BaseHTTPRequestHandler, status: int, body: str, headers: dict[str, str] | None = None) -> None:
    data = body.encode()
    h.send_response(status)
    h.send_header("Content-Type", (headers or {}).get("Content-Type", "text/plain"))
    for key, value in (headers or {}).items():
        if key != "Content-Type":
            h.send_header(key, value)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)


def _resolve(node: Any) -> Any:
    doc = load_spec()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _body_schema(op: dict[str, Any]) -> dict[str, Any]:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or {}
    return _resolve(media.get("schema", {})) or {}


def _example_data(op: dict[str, Any]) -> Any:
    media = (op["responses"].get("200", {}).get("content") or {}).get("text/plain", {})
    example = media.get("example")
    return example.get("data") if isinstance(example, dict) else None


def _types(schema: dict[str, Any]) -> list[str]:
    schema = _resolve(schema)
    kind = schema.get("type")
    if kind is None:
        return [t for alt in schema.get("oneOf", []) + schema.get("anyOf", []) for t in _types(alt)]
    return kind if isinstance(kind, list) else [kind]


def _cast(value: Any, schema: dict[str, Any]) -> Any:
    """The server's GET casts (reference §3.1)."""
    kinds = _types(schema)
    if value == "None" and "null" in kinds:
        return None
    if "array" in kinds:
        items = value if isinstance(value, list) else [value]
        item_kinds = _types(_resolve(schema).get("items", {}))
        return [_cast(v, {"type": item_kinds}) if "string" not in item_kinds else v for v in items]
    if isinstance(value, list):
        raise Failure(f"Type error: got a list for a {kinds} parameter")
    if "integer" in kinds:
        try:
            return int(float(value))
        except ValueError:
            raise Failure(f"Type error: could not convert {value!r} to int") from None
    if "boolean" in kinds:
        return value.lower() in ("true", "1")
    return value


_PY_TYPES = {"integer": (int,), "number": (float,), "string": (str,), "boolean": (bool,), "array": (list,),
             "object": (dict,), "null": (type(None),)}  # fmt: skip


def _type_check(name: str, value: Any, schema: dict[str, Any]) -> None:
    """POST bodies: no coercion (reference §3.1): an int is not a float, a string is not an int; bool passes as int."""
    kinds = _types(schema)
    if not kinds:
        return
    allowed = tuple(t for k in kinds for t in _PY_TYPES.get(k, (object,)))
    if "number" in kinds and "integer" in kinds:
        allowed += (int,)
    if not isinstance(value, allowed):
        raise Failure(f"Type error: '{name}' must be of type {kinds[0]}, got {type(value).__name__}.")


def _encode(value: Any) -> Any:
    from datetime import datetime

    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    raise TypeError(f"Type not serializable for {value!r} ({type(value)})")
