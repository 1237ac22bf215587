"""A loopback JDMA-like server that follows the wire rules of the reference (shared/reference/jdma.md).

It mounts the API at `/jdma_control/api/v1/` and behaves like django-jdma_control 1.0.8:
- routes are un-anchored prefixes (`user...`, `request...`, `migration/...`, `file/...`, `archive/...`,
  `list_backends/...`); `migration`, `file`, `archive` and `list_backends` without the slash answer GET with
  a 301 to the slash URL (same query) and POST/PUT with a 500 HTML page (Django's APPEND_SLASH error);
- methods a view does not implement answer 405 with an empty text/html body;
- bodies are parsed as JSON whatever the Content-Type; invalid JSON, or a non-integer id/limit, is a 500 page;
- errors are JSON `{"error": ..., ...echo}` with 404 (missing/invalid input, not found) or 403 (not
  initialised, not permitted, duplicate), and the message as the HTTP reason phrase;
- success is 200 JSON with the documented shapes and quirks ("pk " keys, integer request types and stages,
  `"error": ""` in PUT answers, digests as a presence flag, label lookups ordered by stage).
LDAP, quotas and the file system are small in-memory tables. Every request is recorded.
"""

from __future__ import annotations

import html
import json
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

MOUNT = "/jdma_control/api/v1/"
BACKENDS = {"elastictape": "Elastic Tape", "objectstore": "Object Store"}
REQUEST_TYPES = {"PUT": 0, "GET": 1, "MIGRATE": 2, "DELETE": 3}
BATCH_STAGE_NAMES = ["ON_DISK", "PUTTING", "ON_STORAGE", "FAILED", "DELETING", "DELETED"]
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


@dataclass
class Recorded:
    method: str
    path: str
    raw_query: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def params(self) -> dict[str, str]:
        """The query as Django's QueryDict.get sees it (last value of each key)."""
        return {key: values[-1] for key, values in self.query.items()}


class Answer(Exception):
    def __init__(self, status: int, payload: Any = None, *, html: str | None = None,
                 headers: dict[str, str] | None = None, exception: tuple[str, str] | None = None) -> None:  # fmt: skip
        super().__init__(status)
        self.status, self.payload, self.html, self.headers = status, payload, html, headers or {}
        self.exception = exception  # (type, value) of an uncaught exception: a 500 page


def fail(status: int, message: str, **echo: Any) -> Answer:
    return Answer(status, {**echo, "error": message})


def server_error(why: str, kind: str = "ValueError") -> Answer:
    return Answer(500, html=f"<h1>Server Error (500)</h1><!-- {why} -->", exception=(kind, why))


# Django's debug 500 (DEBUG=True, as the servers run for this project): a text/plain report when the request
# does not accept text/html (the clients send Accept: application/json), the HTML page otherwise. Both are a
# few KB: settings, then the traceback.
_SETTINGS_LINES = "".join(f"JDMA_SETTING_{i:02d} = '{'x' * 60}'\n" for i in range(40))


def _django_debug_500(kind: str, value: str, path: str, accept: str) -> tuple[bytes, str]:
    if "text/html" in accept or "*/*" in accept or not accept:
        body = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n"
                f"  <title>{html.escape(kind)} at {html.escape(path)}</title>\n  <style>{'x' * 1500}</style>\n"
                f"</head>\n<body>\n<div id=\"summary\">\n  <h1>{html.escape(kind)} at {html.escape(path)}</h1>\n"
                f"  <pre class=\"exception_value\">{html.escape(value)}</pre>\n  <table class=\"meta\">"
                f"{'<tr><th>Setting</th><td>x</td></tr>' * 40}</table>\n</div>\n</body>\n</html>\n")  # fmt: skip
        return body.encode(), "text/html; charset=utf-8"
    body = (f"{kind} at {path}\n{value}\n\nRequest Method: GET\nRequest URL: http://127.0.0.1{path}\n"
            f"Django Version: 4.2.16\nPython Version: 3.11.9\n{_SETTINGS_LINES}\n\nTraceback (most recent call "
            "last):\n  File \"/usr/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in "
            f"inner\n    response = get_response(request)\n\nException Type: {kind} at {path}\n"
            f"Exception Value: {value}\n")  # fmt: skip
    return body.encode(), "text/plain; charset=utf-8"


def _default_batches() -> dict[int, dict[str, Any]]:
    run1 = "/gws/nopw/j04/gws1/data/run1"
    return {
        7: {"user": "alice", "workspace": "gws1", "label": "run1", "stage": 2, "storage": "elastictape",
            "registered_date": "2024-11-20T10:02:11.254311", "external_id": "1587", "common_path": run1,
            "filelist": [run1],
            "archives": [
                {"pk": 12, "size": 2048, "digest": SHA, "files": [
                    {"pk": 101, "path": "f1.txt", "size": 1024, "digest": "aa11"},
                    {"pk": 102, "path": "f2.txt", "size": 1024, "digest": "bb22"},
                    {"pk": 103, "path": "sub", "size": 0, "digest": "0"},  # a directory: never listed
                ]},
                {"pk": 13, "size": 4096, "digest": "cc33", "files": [
                    {"pk": 104, "path": "sub/f3.txt", "size": 4096, "digest": "dd44"},
                ]},
                {"pk": 14, "size": 0, "digest": "0", "files": []},  # dropped by the archive view
            ]},
        8: {"user": "alice", "workspace": "gws1", "label": None, "stage": 0, "storage": "objectstore",
            "registered_date": "2024-11-23T09:12:45.118202", "external_id": "", "common_path": "/gws/nopw/j04/gws1/x",
            "filelist": ["/gws/nopw/j04/gws1/x"], "archives": []},
        9: {"user": "bob", "workspace": "gws2", "label": "bobs", "stage": 2, "storage": "elastictape",
            "registered_date": "2024-11-21T08:00:00.000001", "external_id": "1600", "common_path": "/gws/nopw/j04/gws2",
            "filelist": ["/gws/nopw/j04/gws2/data"], "archives": []},
    }  # fmt: skip


def _default_requests() -> dict[int, dict[str, Any]]:
    return {
        3: {"user": "alice", "request_type": 0, "migration_id": 7, "stage": 9, "date": "2024-11-20T10:02:11.254311",
            "filelist": ["/gws/nopw/j04/gws1/data/run1"], "failure_reason": "", "target_path": None},
        4: {"user": "alice", "request_type": 1, "migration_id": 7, "stage": 100, "date": "2024-11-22T22:17:33.397684",
            "filelist": ["f1.txt"], "failure_reason": "", "target_path": "/gws/nopw/j04/gws1/out"},
        5: {"user": "bob", "request_type": 0, "migration_id": 9, "stage": 1000, "date": "2024-11-21T08:00:00.000001",
            "filelist": [], "failure_reason": "tape library offline", "target_path": None},
    }  # fmt: skip


@dataclass
class FakeJdma:
    """Configure, then `start()`; `url` is the API root to give the clients (`.../jdma_control/api/v1`)."""

    users: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        "alice": {"name": "alice", "email": "alice@example.ac.uk", "notify": True},
        "bob": {"name": "bob", "email": "bob@example.ac.uk", "notify": False},
        "dave": {"name": "dave", "email": "dave@example.ac.uk", "notify": True},
    })  # fmt: skip
    members: dict[str, set[str]] = field(default_factory=lambda: {"gws1": {"alice", "dave"}, "gws2": {"bob"}})
    managers: dict[str, set[str]] = field(default_factory=lambda: {"gws1": {"dave"}, "gws2": set()})
    quotas: set[str] = field(default_factory=lambda: {"gws1", "gws2"})
    paths: set[str] = field(default_factory=lambda: {
        "/gws/nopw/j04/gws1", "/gws/nopw/j04/gws1/data", "/gws/nopw/j04/gws1/data/run2",
        "/gws/nopw/j04/gws1/data/run2/a.nc", "/gws/nopw/j04/gws1/data/run2/b.nc", "/gws/nopw/j04/gws1/readonly",
    })  # fmt: skip
    read_only: set[str] = field(default_factory=lambda: {"/gws/nopw/j04/gws1/readonly"})
    batches: dict[int, dict[str, Any]] = field(default_factory=_default_batches)
    jobs: dict[int, dict[str, Any]] = field(default_factory=_default_requests)  # the server's requests
    requests: list[Recorded] = field(default_factory=list)  # what clients sent
    # Scripted answers per path (after MOUNT), used before the normal handling: (status, body, headers).
    faults: dict[str, list[tuple[int, str, dict[str, str]]]] = field(default_factory=lambda: defaultdict(list))
    # Django's DEBUG: 500s are debug reports (text/plain or HTML by Accept); False: the short production page.
    debug: bool = True
    # Views that raise for every request, by path after MOUNT: (exception type, exception value).
    crashes: dict[str, tuple[str, str]] = field(default_factory=dict)

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> FakeJdma:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        # A short poll interval: stop() returns quickly, so a fresh server per test stays cheap.
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def url(self) -> str:
        return self.origin + MOUNT.rstrip("/")

    # -- dispatch --------------------------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        rec = Recorded(h.command, split.path, split.query, parse_qs(split.query, keep_blank_values=True),
                       {k.lower(): v for k, v in h.headers.items()}, raw)  # fmt: skip
        self.requests.append(rec)
        rest = split.path[len(MOUNT) :] if split.path.startswith(MOUNT) else None
        if rest is not None and self.faults.get(rest):
            status, body, headers = self.faults[rest].pop(0)
            return _send(h, status, body.encode(), headers.get("Content-Type", "application/json"), headers)
        try:
            with self._lock:
                payload = self._route(rest, rec, split.query)
            _send_json(h, 200, payload)
        except Answer as answer:
            if answer.exception is not None and self.debug:
                body, ctype = _django_debug_500(*answer.exception, split.path, rec.headers.get("accept", ""))
                return _send(h, 500, body, ctype, answer.headers)
            if answer.html is not None or answer.payload is None:
                return _send(h, answer.status, (answer.html or "").encode(), "text/html", answer.headers)
            _send_json(h, answer.status, answer.payload)

    def _route(self, rest: str | None, rec: Recorded, query: str) -> Any:
        if rest is None:
            raise Answer(404, html="<h1>Not Found</h1>")
        if rest in self.crashes:  # a view that raises (e.g. a row the code cannot handle): Django's 500
            raise server_error(self.crashes[rest][1], self.crashes[rest][0])
        for bare in ("migration", "file", "archive", "list_backends"):
            if rest == bare:  # Django's APPEND_SLASH: GET is redirected, anything with a body fails
                if rec.method in ("GET", "HEAD"):
                    location = MOUNT + bare + "/" + (f"?{query}" if query else "")
                    raise Answer(301, html="", headers={"Location": location})
                raise server_error("You called this URL via POST/PUT, but the URL doesn't end in a slash")
        views = [("user", self._user, {"GET", "POST", "PUT"}), ("request", self._request, {"GET", "POST"}),
                 ("migration/", self._migration, {"GET", "PUT"}), ("file/", self._files, {"GET"}),
                 ("archive/", self._archives, {"GET"}), ("list_backends/", None, None)]  # fmt: skip
        for prefix, view, methods in views:
            if rest.startswith(prefix):  # un-anchored: `userXYZ` and `migration/anything` match too
                if view is None:
                    return dict(BACKENDS)  # a plain function view: any method
                assert methods is not None
                if rec.method not in methods:
                    raise Answer(405, html="", headers={"Allow": ", ".join(sorted(methods))})
                return view(rec)
        raise Answer(404, html="<h1>Not Found</h1>")

    # -- helpers -------------------------------------------------------------------------------------------------
    @staticmethod
    def _body(rec: Recorded) -> dict[str, Any]:
        try:
            body = json.loads(rec.body)
        except ValueError as exc:
            raise server_error(f"JSONDecodeError: {exc}") from None
        if not isinstance(body, dict):
            raise server_error("body is not an object")
        return body

    @staticmethod
    def _int(value: str, what: str) -> int:
        try:
            return int(value)
        except ValueError:
            raise server_error(f"invalid literal for int() with base 10: {value!r} ({what})") from None

    def _may_list(self, name: str, workspace: str) -> bool:
        return name in self.members.get(workspace, set())

    def _listed(self, table: dict[int, dict[str, Any]], p: dict[str, str], deny: str,
                workspace_of: Any) -> list[int]:  # fmt: skip
        """The list forms' `workspace`/`filter` rules (reference §5)."""
        name = p["name"]
        workspace = p.get("workspace")
        if p.get("filter") == "workspace":
            if not workspace:
                raise fail(404, "No workspace supplied and filter=workspace.", name=name)
            if workspace not in self.members:
                raise fail(404, "Workspace not found.", name=name, workspace=workspace)
            if not self._may_list(name, workspace):
                raise fail(403, deny, workspace=workspace, name=name)
            return sorted(k for k, v in table.items() if workspace_of(v) == workspace)
        if workspace and workspace not in self.members:
            raise fail(404, "Workspace not found.", name=name, workspace=workspace)
        return sorted(k for k, v in table.items()
                      if v["user"] == name and (not workspace or workspace_of(v) == workspace))  # fmt: skip

    def _require_name(self, p: dict[str, str], message: str = "No name supplied.") -> str:
        if not p.get("name"):
            raise fail(404, message)
        return p["name"]

    # -- user --------------------------------------------------------------------------------------------------
    def _user(self, rec: Recorded) -> Any:
        p = rec.params
        if rec.method == "GET":
            if not rec.raw_query:
                raise fail(404, "No name supplied")
            name = p.get("name", "")
            if not name:
                raise fail(404, "Error with name parameter.", name="")
            if name not in self.users:
                raise fail(403, f"User {name} not initialised yet.  Run jdma.py init first.", name=name)
            return self.users[name]
        if rec.method == "POST":
            body = self._body(rec)
            if "name" not in body:
                raise fail(404, "No name supplied")
            if "email" not in body:
                raise fail(404, "No email supplied", **body)
            if body["name"] in self.users:
                raise fail(403, "JDMA already initialized for this user.", **body)
            self.users[body["name"]] = {"name": body["name"], "email": body["email"], "notify": True}
            return {"name": body["name"], "email": body["email"]}
        if not rec.raw_query:
            raise fail(404, "No name supplied.")
        body = self._body(rec)
        name = p.get("name", "")
        if not name:
            raise fail(404, "Error with name parameter.", **body)
        if name not in self.users:
            raise fail(403, f"User {name} not initialised yet.  Run jdma.py init first.", **body)
        if body.get("email") == "":
            raise fail(404, "No email supplied.", **body)
        for key in ("email", "notify"):
            if key in body:
                if body[key] is None:
                    raise server_error(f"null {key}")
                self.users[name][key] = body[key]
        return self.users[name]

    # -- request -----------------------------------------------------------------------------------------------
    def _summary(self, request_id: int) -> dict[str, Any]:
        job = self.jobs[request_id]
        batch = self.batches[job["migration_id"]]
        out = {"request_id": request_id, "user": job["user"], "request_type": job["request_type"],
               "migration_id": job["migration_id"], "label": batch["label"], "workspace": batch["workspace"],
               "storage": batch["storage"], "stage": job["stage"]}  # fmt: skip
        if job.get("date"):
            out["date"] = job["date"]
        return out

    def _request(self, rec: Recorded) -> Any:
        if rec.method == "POST":
            return self._submit(rec)
        p = rec.params
        name = self._require_name(p)
        if "request_id" in p:
            request_id = self._int(p["request_id"], "request_id")
            if request_id not in self.jobs:
                raise fail(404, "Request not found.", request_id=request_id, name=name)
            workspace = self.batches[self.jobs[request_id]["migration_id"]]["workspace"]
            if not self._may_list(name, workspace):
                raise fail(403, "User does not have permission to list requests in the workspace",
                           workspace=workspace, name=name)  # fmt: skip
            job, out = self.jobs[request_id], self._summary(request_id)
            if job["filelist"]:
                out["filelist"] = job["filelist"]
            if job["stage"] in (1000, 1001) and job["failure_reason"]:
                out["failure_reason"] = job["failure_reason"]
            return out
        ids = self._listed(self.jobs, p, "User does not have permission to list requests in the workspace",
                           lambda job: self.batches[job["migration_id"]]["workspace"])  # fmt: skip
        return {"requests": [self._summary(i) for i in ids]}

    def _submit(self, rec: Recorded) -> Any:
        body = self._body(rec)
        echo = dict(body)
        if "credentials" in echo:
            echo["credentials"] = {}
        if "name" not in body:
            raise fail(404, "No name supplied", **echo)
        name = body["name"]
        if name not in self.users:
            raise fail(403, f"User {name} not initialised yet.  Run jdma.py init first", **echo)
        if "request_type" not in body:
            raise fail(404, "No request type supplied", **echo)
        kind = body["request_type"]
        if kind not in REQUEST_TYPES:
            raise fail(404, "Invalid request method", **echo)
        try:
            handler = {"PUT": self._put, "MIGRATE": self._put, "GET": self._get, "DELETE": self._delete}[kind]
            return handler(body, echo)
        except (KeyError, TypeError, AttributeError) as exc:  # what the server does with a bug: 404 + the text
            raise fail(404, str(exc) if not isinstance(exc, KeyError) else repr(exc.args[0]), **echo) from None

    def _new_request(self, **job: Any) -> int:
        request_id = max(self.jobs, default=0) + 1
        self.jobs[request_id] = {"failure_reason": "", "target_path": None, "filelist": [], **job}
        return request_id

    def _backend_checks(self, storage: str, credentials: Any) -> None:
        if storage not in BACKENDS:
            raise fail(404, f"External storage: {storage} does not exist")
        for _ in credentials:  # null credentials: "'NoneType' object is not iterable"
            break
        if storage == "objectstore" and not {"access_key", "secret_key"} <= set(credentials):
            raise fail(404, "Required credentials for: objectstore not supplied  Required credentials for: "
                       "objectstore are: access_key, secret_key.  Supplied credentials: {}.")  # fmt: skip

    def _put(self, body: dict[str, Any], echo: dict[str, Any]) -> Any:
        name = body["name"]
        if "workspace" not in body:
            raise fail(404, "No workspace supplied", **echo)
        workspace = body["workspace"]
        if workspace not in self.quotas:
            raise fail(404, f"Workspace {workspace} has no associated groupworkspace quota set", **echo)
        if "filelist" not in body:
            raise fail(404, "No directory path or filelist supplied", **echo)
        filelist = body["filelist"]
        if not filelist:
            raise fail(404, "Filelist is empty", **echo)
        if "label" not in body or any(b["filelist"] == filelist and b["stage"] != 5 for b in self.batches.values()):
            raise fail(404, "'list' object has no attribute 'first'", **echo)
        if not body.get("storage"):
            raise fail(404, "External storage not specified in PUT / MIGRATE request", **echo)
        missing = "".join(f"Path {path} does not exist" for path in filelist if path not in self.paths)
        if missing:
            raise fail(404, missing, **echo)
        self._backend_checks(body["storage"], body.get("credentials", {}))
        if not self._may_list(name, workspace):
            raise fail(403, f"User: {name} does not have write permissions or the workspace: {workspace} does not "
                       f"exist for external storage: {BACKENDS[body['storage']]}", **echo)  # fmt: skip
        batch_id = max(self.batches) + 1
        self.batches[batch_id] = {"user": name, "workspace": workspace, "label": body["label"], "stage": 0,
                                  "storage": body["storage"], "registered_date": "2024-11-23T09:12:45.118202",
                                  "external_id": "", "common_path": os.path.commonpath(filelist),
                                  "filelist": list(filelist), "archives": []}  # fmt: skip
        request_id = self._new_request(user=name, request_type=REQUEST_TYPES[body["request_type"]],
                                       migration_id=batch_id, stage=0, date="2024-11-23T09:12:45.118202",
                                       filelist=list(filelist))  # fmt: skip
        answer = {**echo, "request_type": REQUEST_TYPES[body["request_type"]], "error": "",
                  "request_id": request_id, "batch_id": batch_id, "stage": 0,
                  "registered_date": datetime(2024, 11, 23, 9, 12, 45, 118202, tzinfo=UTC).isoformat()}  # fmt: skip
        if "credentials" in body:
            answer["credentials"] = {}
        return answer

    def _batch_for_request(self, body: dict[str, Any], echo: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if body.get("migration_id") is None:
            raise fail(404, "No batch id supplied", **echo)
        batch_id = body["migration_id"]
        if batch_id not in self.batches:
            raise fail(404, "Batch not found", **echo)
        return batch_id, self.batches[batch_id]

    def _get(self, body: dict[str, Any], echo: dict[str, Any]) -> Any:
        name = body["name"]
        batch_id, batch = self._batch_for_request(body, echo)
        credentials = body.get("credentials", {})
        for _ in credentials:
            break
        if batch["storage"] == "objectstore" and not {"access_key", "secret_key"} <= set(credentials):
            raise fail(404, "'error'", **echo)  # the server loses the real message here
        if not self._may_list(name, batch["workspace"]):
            raise fail(403, f"User {name} does not have permission to request batch {batch_id}", **echo)
        if batch["stage"] != 2:
            raise fail(403, f"Batch stage is: {BATCH_STAGE_NAMES[batch['stage']]}.  Cannot retrieve (GET) until "
                       "stage is ON_STORAGE", **echo)  # fmt: skip
        target = body.get("target_path")
        if not target:
            raise fail(404, "Target path not supplied", **echo)
        filelist = body.get("filelist") or []
        if not filelist and any(j["request_type"] == 1 and j["migration_id"] == batch_id and j["target_path"] == target
                                and j["stage"] != 106 and not j["filelist"] for j in self.jobs.values()):  # fmt: skip
            raise fail(403, f"Duplicate GET request made: batch: {batch_id}, Target path: {target}", **echo)
        parent = os.path.dirname(target.rstrip("/"))
        if parent not in self.paths:
            raise fail(404, f"Parent of target path {target} does not exist: {parent}", **echo)
        if parent in self.read_only:
            raise fail(403, f"User {name} does not have write permission to the directory: {target}", **echo)
        relative = None
        if filelist:
            known = {f"{batch['common_path']}/{f['path']}" for a in batch["archives"] for f in a["files"]}
            relative = [os.path.relpath(path, batch["common_path"]) for path in filelist if path in known]
            if not relative:
                raise fail(404, f"Requested file list contains zero files that belong to batch {batch_id}", **echo)
        request_id = self._new_request(user=name, request_type=1, migration_id=batch_id, stage=100,
                                       date="2024-11-24T10:00:00.000001", filelist=relative or [],
                                       target_path=target)  # fmt: skip
        answer = {**echo, "request_type": 1, "filelist": relative, "request_id": request_id, "batch_id": batch_id,
                  "workspace": batch["workspace"], "storage": batch["storage"], "stage": 100,
                  "registered_date": batch["registered_date"], "label": batch["label"]}  # fmt: skip
        if "credentials" in body:
            answer["credentials"] = {}
        return answer

    def _delete(self, body: dict[str, Any], echo: dict[str, Any]) -> Any:
        name = body["name"]
        batch_id, batch = self._batch_for_request(body, echo)
        body["storage"]  # the key must be there (KeyError -> 404 "'storage'"); its value is never used
        self._backend_checks(batch["storage"], body.get("credentials", {}))
        if name != batch["user"] and name not in self.managers.get(batch["workspace"], set()):
            raise fail(403, f"User {name} does not have permission to delete batch: {batch_id}", **echo)
        if any(j["request_type"] == 3 and j["migration_id"] == batch_id for j in self.jobs.values()):
            raise fail(403, f"Duplicate DELETE request made: batch: {batch_id}", **echo)
        request_id = self._new_request(user=name, request_type=3, migration_id=batch_id, stage=200,
                                       date="2024-11-24T11:00:00.000001")  # fmt: skip
        answer = {**echo, "request_type": 3, "request_id": request_id, "batch_id": batch_id,
                  "workspace": batch["workspace"], "storage": batch["storage"], "stage": 200,
                  "registered_date": batch["registered_date"], "label": batch["label"]}  # fmt: skip
        if "credentials" in body:
            answer["credentials"] = {}
        return answer

    # -- migration/ --------------------------------------------------------------------------------------------
    def _batch_summary(self, batch_id: int, detail: bool = False) -> dict[str, Any]:
        b = self.batches[batch_id]
        out = {"migration_id": batch_id, "user": b["user"], "workspace": b["workspace"], "label": b["label"],
               "stage": b["stage"], "storage": b["storage"], "registered_date": b["registered_date"]}  # fmt: skip
        if detail and b["external_id"]:
            out["external_id"] = b["external_id"]
        return out

    def _migration(self, rec: Recorded) -> Any:
        p = rec.params
        name = self._require_name(p)
        if rec.method == "PUT":
            if "migration_id" not in p:
                raise fail(404, "No batch id supplied.")
            batch_id = self._int(p["migration_id"], "migration_id")
            body = self._body(rec)
            if body.get("label") == "":
                raise fail(404, "No label supplied.", **body)
            if batch_id not in self.batches:
                raise fail(404, "Batch not found.", migration_id=batch_id, name=name)
            if self.batches[batch_id]["user"] != name:
                raise fail(403, f"User {name} cannot edit this batch as they do not own it!", migration_id=batch_id,
                           name=name)  # fmt: skip
            if "label" in body:
                self.batches[batch_id]["label"] = body["label"]
            return body
        if "migration_id" in p or "label" in p:
            if "migration_id" in p:
                batch_id = self._int(p["migration_id"], "migration_id")
                found = batch_id if batch_id in self.batches else None
            else:
                labelled = sorted((b["stage"], k) for k, b in self.batches.items() if b["label"] == p["label"])
                found = labelled[0][1] if labelled else None
            if found is None:
                echo = {k: v for k, v in p.items() if k in ("migration_id", "label", "workspace") and v}
                if "migration_id" in echo:
                    echo["migration_id"] = int(echo["migration_id"])
                raise fail(404, "Batch not found.", name=name, **echo)
            workspace = self.batches[found]["workspace"]
            if not self._may_list(name, workspace):
                raise fail(403, "User does not have permission to view batches in the workspace",
                           workspace=workspace, name=name)  # fmt: skip
            return self._batch_summary(found, detail=True)
        ids = self._listed(self.batches, p, "User does not have permission to view batches in the workspace",
                           lambda b: b["workspace"])  # fmt: skip
        return {"migrations": [self._batch_summary(i) for i in ids]}

    # -- file/ and archive/ --------------------------------------------------------------------------------------
    def _selected(self, p: dict[str, str], deny_one: str, deny_list: str) -> tuple[list[int], int, bool]:
        name = self._require_name(p)
        limit = self._int(p.get("limit", "0"), "limit")
        digest = "digest" in p  # a presence flag: digest=0 turns digests on too
        workspace = p.get("workspace")
        if workspace and workspace not in self.members:
            raise fail(404, "Workspace not found.", name=name, workspace=workspace)
        if "migration_id" in p:
            batch_id = self._int(p["migration_id"], "migration_id")
            if batch_id not in self.batches:
                raise fail(404, "Batch not found.", migration_id=batch_id, name=name)
            batch_ws = self.batches[batch_id]["workspace"]
            if not self._may_list(name, batch_ws):
                raise fail(403, deny_one, workspace=batch_ws, name=name)
            ids = [batch_id] if not workspace or workspace == batch_ws else []
        else:
            ids = self._listed(self.batches, p, deny_list, lambda b: b["workspace"])
            ids = [i for i in ids if self._may_list(name, self.batches[i]["workspace"])]  # skipped silently
        if limit < 0:
            raise fail(404, "Batch not found.", migration_id=None, name=name)
        return ids, limit, digest

    def _batch_head(self, batch_id: int) -> dict[str, Any]:
        b = self.batches[batch_id]
        return {"migration_id": batch_id, "user": b["user"], "workspace": b["workspace"], "label": b["label"],
                "storage": b["storage"]}  # fmt: skip

    def _files(self, rec: Recorded) -> Any:
        ids, limit, digest = self._selected(rec.params, "User does not have permission to view files in the workspace",
                                            "User does not have permission to list files in the workspace")  # fmt: skip
        out = []
        for batch_id in ids:
            batch, archives = self.batches[batch_id], []
            for a in batch["archives"]:
                entry = _archive(a, limit, digest)
                files = []
                for f in a["files"][:limit] if limit else a["files"]:
                    if f["digest"] == "0":
                        continue
                    item = {"pk ": f["pk"], "path": f"{batch['common_path']}/{f['path']}", "size": f["size"]}
                    if digest:
                        item.update(digest=f["digest"], digest_format="SHA256")
                    files.append(item)
                entry["files"] = files
                archives.append(entry)
            out.append({**self._batch_head(batch_id), "archives": archives})
        return {"migrations": out}

    def _archives(self, rec: Recorded) -> Any:
        ids, limit, digest = self._selected(
            rec.params, "User does not have permission to list archives in the workspace",
            "User does not have permission to list requests in the workspace")  # fmt: skip
        out = []
        for batch_id in ids:
            chosen = self.batches[batch_id]["archives"]
            chosen = chosen[:limit] if limit else chosen
            archives = [_archive(a, limit, digest) for a in chosen if a["digest"] != "0"]
            out.append({**self._batch_head(batch_id), "archives": archives})
        return {"migrations": out}


def _archive(a: dict[str, Any], limit: int, digest: bool) -> dict[str, Any]:
    entry = {"archive_id": f"archive_{a['pk']:010d}", "pk": a["pk"], "size": a["size"], "limit": limit}
    if digest:
        entry.update(digest=a["digest"], digest_format="SHA256")
    return entry


def _send_json(h: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
    reason = payload.get("error") if status >= 400 and isinstance(payload, dict) else None
    _send(h, status, json.dumps(payload).encode(), "application/json", {}, reason=reason)


def _send(h: BaseHTTPRequestHandler, status: int, data: bytes, ctype: str, headers: dict[str, str],
          reason: str | None = None) -> None:  # fmt: skip
    # The server uses the error message as the reason phrase (reference §5): long, with user input in it.
    phrase = (reason or "").replace("\r", " ").replace("\n", " ").encode("latin-1", "replace").decode("latin-1")
    h.send_response(status, phrase or None)
    h.send_header("Content-Type", ctype)
    for key, value in headers.items():
        if key != "Content-Type":
            h.send_header(key, value)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)
