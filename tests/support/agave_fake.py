"""A loopback Agave-like server: the v2 Jobs service behind a WSO2-like gateway, as the reference describes it.

Wire rules it follows (shared/reference/agave.md §2-§6, specs/agave.yaml):
- every JSON answer is the `{status, message, version, result}` envelope; `result` is absent on errors and on
  stop, delete and permission DELETE; submit and permission POSTs answer 201, resubmit 202;
- the gateway answers 401 with a non-envelope fault: XML `<ams:fault>` code 900903 for an expired token
  (or JSON `{"fault": …}` with `gateway="json"`), 900902 for a missing one, 900901 for an unknown one;
- `POST /token` takes HTTP Basic client credentials and the refresh_token grant, and rotates refresh tokens;
- every route answers with and without a trailing slash; `limit` is `min(abs(int) or 100, max)`, `offset`
  `abs(int) or 0`, and there is no total; search terms `<field>[.<op>]=<value>` filter the job list, unknown
  fields are ignored, an invalid status or order gives 500 on the list;
- the path-style search route returns the unfiltered job list (the 2.2.27 quirk);
- the permission list prepends the owner to every page; a per-user permission is one object;
- output listings page first and drop `.` afterwards; downloads are raw bytes, streamed, with single Ranges
  (206, 416); a missing job gives 400 on the output routes and a missing file 500;
- quirky statuses: 400 for an unknown job on permission POSTs, 404 texts as the server words them.
It records every request (raw path, query, headers, body) and every token-endpoint call, and can play
scripted faults. With `require_auth=False` it is a recorder that accepts requests without a token (agavepy
drops the Authorization header when the base URL has a port).
"""

from __future__ import annotations

import base64
import fnmatch
import json
import mimetypes
import re
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

VERSION = "2.2.27-r8265d8a"
OWNER = "jdoe"
STATUSES = {"PENDING", "STAGING_INPUTS", "CLEANING_UP", "ARCHIVING", "STAGING_JOB", "FINISHED", "KILLED", "FAILED",
            "STOPPED", "RUNNING", "PAUSED", "QUEUED", "SUBMITTING", "STAGED", "PROCESSING_INPUTS",
            "ARCHIVING_FINISHED", "ARCHIVING_FAILED", "HEARTBEAT"}  # fmt: skip
PERMISSION_VALUES = {"READ", "WRITE", "EXECUTE", "READ_WRITE", "READ_EXECUTE", "WRITE_EXECUTE", "ALL", "NONE",
                     "READ_PERMISSION", "WRITE_PERMISSION", "READ_WRITE_PERMISSION", ""}  # fmt: skip
OPERATORS = {"eq", "neq", "lt", "lte", "gt", "gte", "in", "nin", "like", "nlike", "rlike", "between", "on", "before",
             "after"}  # fmt: skip
JOB_FIELDS = {k.lower(): k for k in ("appId", "archive", "archivePath", "archiveSystem", "batchQueue", "created",
                                     "endTime", "executionSystem", "id", "localId", "maxRunTime", "memoryPerNode",
                                     "name", "nodeCount", "outputPath", "owner", "processorsPerNode", "retries",
                                     "startTime", "status", "submitTime")}  # fmt: skip
# Search fields the server knows that this fake does not model: terms on them match every job.
JOB_FIELDS.update(dict.fromkeys(("charge", "errormessage", "inputs", "lastmodified", "lastupdated", "parameters",
                                 "runtime", "visible", "walltime"), ""))  # fmt: skip
DATE_FIELDS = {"created", "endTime", "startTime", "submitTime"}
# Jobs whose outputs are served from the archive (no existence check); others read the work folder.
ARCHIVED_STATES = {"FINISHED", "ARCHIVING_FINISHED"}
SHAPING = {"limit", "offset", "order", "orderBy", "filter", "naked", "pretty"}
BASE = "https://api.tacc.utexas.edu"


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients closing idle keep-alive connections
            super().handle_error(request, client_address)


@dataclass
class Recorded:
    method: str
    raw_path: str  # as sent, percent-encoding kept
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return unquote(self.raw_path)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


class Answer(Exception):
    """Raised by a route: send this status with an Agave error envelope (or a raw body)."""

    def __init__(self, status: int, message: str, *, raw: bytes | None = None, ctype: str = "application/json"):
        super().__init__(message)
        self.status, self.message, self.raw, self.ctype = status, message, raw, ctype


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


@dataclass
class FakeAgave:
    """Configure, `start()`; `url` is the base to give the clients. Every field is public state tests inspect."""

    tokens: dict[str, str] = field(default_factory=lambda: {"good-token": OWNER})  # access token -> user
    expired: set[str] = field(default_factory=set)
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    api_key: str = "cl13nt-k3y"
    api_secret: str = "cl13nt-s3cret"
    token_lifetime: int = 14400
    token_delay: float = 0.0  # seconds the token endpoint takes to answer
    gateway: str = "xml"  # how the gateway words a 401: "xml" (<ams:fault>) or "json" ({"fault": …})
    require_auth: bool = True
    default_limit: int = 100
    max_limit: int = 250
    users: set[str] = field(default_factory=lambda: {OWNER, "bob", "carol", "dave"})
    storage_down: bool = False
    chunk_size: int = 64 * 1024
    progress_while_listing: bool = False  # after each job-list page, the least recently updated job changes
    short_bodies: dict[str, int] = field(default_factory=dict)  # output path -> bytes sent before the stream ends

    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    shares: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    files: dict[str, dict[str, bytes]] = field(default_factory=lambda: defaultdict(dict))
    unreadable: set[str] = field(default_factory=set)  # jobs the caller may not read (outputs answer 401)

    requests: list[Recorded] = field(default_factory=list)
    token_requests: list[Recorded] = field(default_factory=list)
    faults: dict[str, list[tuple[int, str, dict[str, str]]]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()
        self._serial = 0

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> FakeAgave:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

        self._server = _QuietServer(("127.0.0.1", 0), _Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- state helpers ---------------------------------------------------------------------------------------
    def _next_id(self) -> str:
        with self._lock:
            self._serial += 1
            return f"{2218546004213698070 + self._serial}-242ac11b-0001-007"

    def add_job(self, **fields: Any) -> dict[str, Any]:
        """Store a job as the server serialises it (defaults from the spec's example) and return it."""
        job_id = fields.pop("id", None) or self._next_id()
        created = datetime(2019, 2, 12, 10, 15, 30, tzinfo=timezone(timedelta(hours=-6))) + timedelta(
            minutes=len(self.jobs)
        )
        job: dict[str, Any] = {
            "id": job_id, "name": "wc-demo", "owner": OWNER, "appId": "wc-1.00",
            "executionSystem": "tacc.stampede2.jdoe", "batchQueue": "normal", "nodeCount": 1,
            "processorsPerNode": 16, "memoryPerNode": 4.0, "maxRunTime": "01:00:00", "archive": True, "retries": 0,
            "localId": "2937613", "created": _iso(created), "lastUpdated": _iso(created),
            "archivePath": f"jdoe/archive/jobs/job-{job_id}", "archiveSystem": "data.tacc.utexas.edu",
            "outputPath": f"jdoe/job-{job_id}", "status": "FINISHED", "submitTime": _iso(created),
            "startTime": _iso(created), "endTime": _iso(created), "inputs": {}, "parameters": {},
            "_links": {"self": {"href": f"{BASE}/jobs/v2/{job_id}"}},
        }  # fmt: skip
        job.update(fields)
        self.jobs[job_id] = job
        self.history[job_id].append({"status": "PENDING", "created": job["created"], "createdBy": OWNER,
                                     "description": "Job accepted and queued for submission."})  # fmt: skip
        return job

    # -- request handling ------------------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        rec = Recorded(h.command, split.path, parse_qs(split.query, keep_blank_values=True),
                       {k.lower(): v for k, v in h.headers.items()}, raw)  # fmt: skip
        if split.path.rstrip("/") == "/token":
            self.token_requests.append(rec)
            return self._send_json(h, *self._token(rec))
        self.requests.append(rec)
        scripted = self.faults.get(split.path)
        if scripted:
            status, body, headers = scripted.pop(0)
            return self._send(h, status, body.encode(), headers.get("Content-Type", "application/json"), headers)
        try:
            if self.require_auth:
                self._authenticate(rec)
            self._route(h, rec)
        except Answer as answer:
            if answer.raw is not None:
                return self._send(h, answer.status, answer.raw, answer.ctype)
            return self._send_json(h, answer.status, {"status": "error", "message": answer.message,
                                                      "version": VERSION})  # fmt: skip

    def _authenticate(self, rec: Recorded) -> None:
        auth = rec.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if token in self.tokens:
            return
        if not token:
            code, message, why = 900902, "Missing Credentials", "Required OAuth credentials not provided"
        elif token in self.expired:
            code, message, why = 900903, "Access Token Expired", "Access token has expired"
        else:
            code, message, why = 900901, "Invalid Credentials", "Make sure you have given the correct access token"
        description = f"Access failure for API: /jobs/v2, version: v2. {why}"
        if self.gateway == "json":
            body = {"fault": {"code": code, "message": "Invalid Credentials" if code != 900902 else message,
                              "description": description}}  # fmt: skip
            raise Answer(401, message, raw=json.dumps(body).encode())
        xml = (
            f'<ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>{code}</ams:code>'
            f"<ams:message>{message}</ams:message><ams:description>{description}</ams:description></ams:fault>"
        )
        raise Answer(401, message, raw=xml.encode(), ctype="application/xml")  # fmt: skip

    def _token(self, rec: Recorded) -> tuple[int, Any]:
        time.sleep(self.token_delay)
        expected = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode()
        if rec.headers.get("authorization", "") != f"Basic {expected}":
            return 401, {"error": "invalid_client", "error_description": "Client Authentication failed."}
        form = rec.form()
        if form.get("grant_type") != "refresh_token":
            return 400, {"error": "unsupported_grant_type", "error_description": "Unsupported grant_type value"}
        user = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
        if user is None:
            return 400, {"error": "invalid_grant", "error_description": "Provided Authorization Grant is invalid"}
        serial = len(self.token_requests)
        access, refresh = f"fresh-access-{serial}", f"fresh-refresh-{serial}"
        self.tokens[access] = user
        self.refresh_tokens[refresh] = user
        return 200, {"access_token": access, "expires_in": self.token_lifetime, "refresh_token": refresh,
                     "token_type": "bearer", "scope": "default"}  # fmt: skip

    def _route(self, h: BaseHTTPRequestHandler, rec: Recorded) -> None:
        parts = rec.raw_path.split("/")
        if parts[:3] != ["", "jobs", "v2"]:
            raise Answer(404, f"No route for {rec.raw_path}")
        rest = parts[3:]
        if rest and rest[-1] == "" and not (len(rest) >= 3 and rest[1] == "outputs"):
            rest = rest[:-1]  # every route also answers with a trailing slash
        method = rec.method
        if not rest:
            if method == "GET":
                return self._ok(h, self._list(rec, self._visible_jobs()))
            if method == "POST":
                return self._ok(h, self._submit(rec), 201)
            raise Answer(405, f"Method {method} not allowed")
        if rest[0] == "search" and len(rest) >= 3 and method == "GET":
            # 2.2.27 matches the pairs against Job's public fields, of which there are none: no filtering at all.
            return self._ok(h, self._list(rec, self._visible_jobs(), search=False))
        job_id = unquote(rest[0])
        sub = [unquote(p) for p in rest[1:]]
        if sub[:1] == ["outputs"] and len(sub) >= 2:
            return self._outputs(h, rec, job_id, sub[1], "/".join(sub[2:]))
        if not sub:
            return self._job_item(h, rec, job_id)
        if sub == ["history"] and method == "GET":
            job = self._job(job_id)
            return self._ok(h, self._page(rec, self._history(rec, job["id"])))
        if sub == ["status"] and method == "GET":
            if job_id not in self.jobs or job_id in self.hidden:
                raise Answer(404, f"Not job found with job id {job_id}")
            job = self.jobs[job_id]
            return self._ok(h, {"id": job["id"], "status": job["status"], "_links": {"self": job["_links"]["self"]}})
        if sub[0] == "pems" and len(sub) <= 2:
            return self._pems(h, rec, job_id, sub[1] if len(sub) == 2 else None)
        self._job(job_id)
        raise Answer(404, f"No resource at {rec.raw_path}")

    # -- jobs --------------------------------------------------------------------------------------------------
    def _job(self, job_id: str) -> dict[str, Any]:
        if job_id not in self.jobs:
            raise Answer(404, f"No job found with job id {job_id}.")
        if job_id in self.hidden:
            raise Answer(404, f"Job with uuid {job_id} is not visible.")
        return self.jobs[job_id]

    def _visible_jobs(self) -> list[dict[str, Any]]:
        return [job for job_id, job in self.jobs.items() if job_id not in self.hidden]

    def _job_item(self, h: BaseHTTPRequestHandler, rec: Recorded, job_id: str) -> None:
        if rec.method == "GET":
            return self._ok(h, self._job(job_id))
        if rec.method == "DELETE":
            self._job(job_id)
            self.hidden.add(job_id)
            return self._ok(h, None)
        if rec.method != "POST":
            raise Answer(405, f"Method {rec.method} not allowed")
        body = self._json_body(rec)
        action = str(body.get("action") or "").lower()
        if not action:
            raise Answer(400, "No action specified")
        if action == "restore":
            if job_id not in self.jobs:
                raise Answer(404, f"No job found with job id {job_id}.")
            self.hidden.discard(job_id)
            return self._ok(h, self.jobs[job_id])
        job = self._job(job_id)
        if action == "stop":
            job["status"] = "STOPPED"
            return self._ok(h, None)
        if action == "resubmit":
            copy = {k: v for k, v in job.items() if k not in ("id", "_links")}
            copy["status"] = "PENDING"
            return self._ok(h, self.add_job(**copy), 202)
        if action == "reset":
            raise Answer(403, "User does not have permission to roll back this job")
        raise Answer(400, f"Invalid action {body.get('action')}")

    def _json_body(self, rec: Recorded) -> dict[str, Any]:
        if not rec.body:
            raise Answer(400, "No content found. Please specify the job information in a JSON document.")
        try:
            body = json.loads(rec.body)
        except ValueError:
            raise Answer(400, "Invalid JSON found. Please specify the job information in a JSON document.") from None
        if not isinstance(body, dict):
            raise Answer(400, "Invalid JSON found. Please specify the job information in a JSON document.")
        return body

    def _submit(self, rec: Recorded) -> dict[str, Any]:
        body = self._json_body(rec)
        if not body.get("name"):
            raise Answer(400, "Job name cannot be empty.")
        if not body.get("appId"):
            raise Answer(400, "appId cannot be empty")
        fields = {k: v for k, v in body.items() if k != "notifications"}
        fields.update(status="PENDING", localId=None, submitTime=None, startTime=None, endTime=None,
                      executionType="HPC", schedulerType="SLURM", outputPath=None)  # fmt: skip
        inputs = fields.get("inputs") or {}
        fields["inputs"] = {k: v if isinstance(v, list) else [v] for k, v in inputs.items()}
        job = self.add_job(**fields)
        job["lastModified"] = job.pop("lastUpdated")
        job["_links"]["notification"] = [{"href": f"{BASE}/notifications/v2/{i}", "title": n.get("event")}
                                         for i, n in enumerate(body.get("notifications") or [])]  # fmt: skip
        return job

    # -- paging, sorting and search ---------------------------------------------------------------------------
    def _limits(self, rec: Recorded) -> tuple[int, int]:
        def number(name: str, default: int) -> int:
            try:
                return abs(int(rec.query.get(name, [""])[0]))
            except ValueError:
                return default

        return min(number("limit", self.default_limit) or self.default_limit, self.max_limit), number("offset", 0)

    def _page(self, rec: Recorded, items: list[Any]) -> list[Any]:
        limit, offset = self._limits(rec)
        return items[offset : offset + limit]

    def _list(self, rec: Recorded, jobs: list[dict[str, Any]], *, search: bool = True) -> list[dict[str, Any]]:
        order = rec.query.get("order", ["DESC"])[0]
        if order.upper() not in ("ASC", "DESC"):
            raise Answer(500, f'Invalid value for order, "{order}". If specified, please provide one of: ASC, DESC')
        order_by = rec.query.get("orderBy", ["lastUpdated"])[0]
        key = "lastUpdated" if order_by.lower() == "lastupdated" else JOB_FIELDS.get(order_by.lower())
        if not key:
            raise Answer(500, f"Invalid orderBy field {order_by}")
        if search:
            for term, values in rec.query.items():
                if term not in SHAPING:
                    jobs = [job for job in jobs if self._matches(job, term, values[0])]
        jobs = sorted(jobs, key=lambda job: str(job.get(key)), reverse=order.upper() == "DESC")
        keep = ("id", "name", "owner", "executionSystem", "appId", "created", "status", "startTime", "endTime")
        page = [{**{k: job.get(k) for k in keep}, "_links": {"self": job["_links"]["self"], "archiveData": {
            "href": f"{BASE}/jobs/v2/{job['id']}/outputs/listings"}}} for job in self._page(rec, jobs)]  # fmt: skip
        if self.progress_while_listing and jobs:
            # A job changes status between two page requests: its lastUpdated becomes the newest.
            stale = min(jobs, key=lambda job: str(job["lastUpdated"]))
            newest = max(datetime.fromisoformat(str(job["lastUpdated"])) for job in jobs)
            stale["lastUpdated"] = _iso(newest + timedelta(minutes=1))
        return page

    def _matches(self, job: dict[str, Any], term: str, value: str) -> bool:
        name, _, op = term.rpartition(".")
        if not name or op.lower() not in OPERATORS:
            name, op = term, "eq"
        key = JOB_FIELDS.get(name.lower())
        if key is None or key == "":
            return True  # unknown (or unmodelled) fields are silently ignored
        op = op.lower()
        values = value.split(",") if op in ("in", "nin", "between") else [value]
        if key == "status":
            for v in values:
                if "*" not in v and v.upper() not in STATUSES:
                    raise Answer(500, f"Unknown job status {v}")
        actual = job.get(key)
        if key in DATE_FIELDS:
            if actual is None:
                return False
            when = datetime.fromisoformat(actual)
            bounds = [datetime.fromisoformat(v) for v in values]
            bounds = [b if b.tzinfo else b.replace(tzinfo=when.tzinfo) for b in bounds]
            compare = {"eq": when == bounds[0], "on": when.date() == bounds[0].date(), "neq": when != bounds[0],
                       "lt": when < bounds[0], "before": when < bounds[0], "lte": when <= bounds[0],
                       "gt": when > bounds[0], "after": when > bounds[0], "gte": when >= bounds[0],
                       "between": len(bounds) == 2 and bounds[0] <= when <= bounds[1]}  # fmt: skip
            return compare.get(op, True)
        text = "" if actual is None else (str(actual).lower() if isinstance(actual, bool) else str(actual))
        if op == "eq":
            return text.lower() == value.lower()
        if op == "neq":
            return text.lower() != value.lower()
        if op == "in":
            return text.lower() in [v.lower() for v in values]
        if op == "nin":
            return text.lower() not in [v.lower() for v in values]
        if op in ("like", "nlike"):
            hit = fnmatch.fnmatchcase(text.lower(), value.lower())
            return hit if op == "like" else not hit
        if op == "rlike":
            return re.search(value, text) is not None
        number = float(text) if text else 0.0
        bounds_n = [float(v) for v in values]
        return {"lt": number < bounds_n[0], "lte": number <= bounds_n[0], "gt": number > bounds_n[0],
                "gte": number >= bounds_n[0],
                "between": len(bounds_n) == 2 and bounds_n[0] <= number <= bounds_n[1]}.get(op, True)  # fmt: skip

    def _history(self, rec: Recorded, job_id: str) -> list[dict[str, Any]]:
        events = list(self.history[job_id])
        for term, values in rec.query.items():
            if term not in SHAPING and term.split(".")[0].lower() == "status":
                events = [e for e in events if e["status"].lower() == values[0].lower()]
        if rec.query.get("order", ["ASC"])[0].upper() == "DESC":
            events.reverse()
        return events

    # -- permissions -------------------------------------------------------------------------------------------
    def _pem(self, job_id: str, user: str, value: str) -> dict[str, Any]:
        value = value.upper().replace("_PERMISSION", "")
        return {"username": user, "internalUsername": None,
                "permission": {"read": value in ("READ", "READ_WRITE", "READ_EXECUTE", "ALL"),
                               "write": value in ("WRITE", "READ_WRITE", "WRITE_EXECUTE", "ALL")},
                "_links": {"self": {"href": f"{BASE}/jobs/v2/{job_id}/pems/{user}"},
                           "parent": {"href": f"{BASE}/jobs/v2/{job_id}"},
                           "profile": {"href": f"{BASE}/profiles/v2/{user}"}}}  # fmt: skip

    def _pems(self, h: BaseHTTPRequestHandler, rec: Recorded, job_id: str, user: str | None) -> None:
        if rec.method == "POST":
            if job_id not in self.jobs:
                raise Answer(400, "Invalid job id")  # the permission POSTs say 400, not 404
            body = self._json_body(rec)
            if user is not None and body.get("username") and str(body["username"]).lower() != user.lower():
                raise Answer(400, f"The username value in the POST body, {body['username']}, does not match the "
                                  f"username in the URL, {user}")  # fmt: skip
            target = user or body.get("username")
            if "permission" not in body:
                raise Answer(400, "Missing permission field.")
            value = str(body["permission"] or "")
            if value.upper() not in PERMISSION_VALUES:
                raise Answer(400, "Invalid permission value. Valid values are: ALL, READ, WRITE, READ_WRITE, "
                                  "EXECUTE, READ_EXECUTE, WRITE_EXECUTE,NONE")  # fmt: skip
            if not target or target not in self.users:
                raise Answer(404, f"No user found matching {target}")
            owner = self.jobs[job_id]["owner"]
            if target == owner:
                return self._ok(h, self._pem(job_id, owner, "ALL"), 201)
            if value.upper() in ("", "NONE"):
                self.shares[job_id].pop(target, None)
            else:
                self.shares[job_id][target] = value.upper()
            return self._ok(h, self._pem(job_id, target, value or "NONE"), 200 if value == "" else 201)
        job = self._job(job_id)
        if rec.method == "DELETE":
            if user is None:
                self.shares[job_id].clear()
            else:
                self.shares[job_id].pop(user, None)
            return self._ok(h, None)
        owner_entry = self._pem(job_id, job["owner"], "ALL")
        if user is None:
            shared = [self._pem(job_id, u, v) for u, v in self.shares[job_id].items()]
            return self._ok(h, [owner_entry, *self._page(rec, shared)])
        if user.lower() == job["owner"].lower():
            return self._ok(h, owner_entry)
        window = {u.lower(): (u, v) for u, v in self._page(rec, list(self.shares[job_id].items()))}
        if user.lower() not in window:
            raise Answer(404, f"No permissions found for user {user}")
        return self._ok(h, self._pem(job_id, *window[user.lower()]))

    # -- outputs ---------------------------------------------------------------------------------------------
    def _outputs(self, h: BaseHTTPRequestHandler, rec: Recorded, job_id: str, kind: str, path: str) -> None:
        if job_id not in self.jobs or job_id in self.hidden:
            raise Answer(400, f"Not job found with job id {job_id}" if kind == "listings" else "Invalid job id")
        if job_id in self.unreadable:
            raise Answer(401, "User does not have permission to view this resource.")
        if self.storage_down:
            raise Answer(504, "Job output system data.tacc.utexas.edu is currently DOWN")
        path = re.sub(r"/+", "/", path.replace("..", "").replace("~", "")).strip("/")
        files = self.files[job_id]
        if kind == "listings":
            return self._ok(h, self._listing(job_id, path, files, rec))
        if kind != "media" or rec.method not in ("GET", "HEAD"):
            raise Answer(404, f"No resource at {rec.raw_path}")
        if path not in files:
            if any(name.startswith(path + "/") for name in files):
                raise Answer(400, "Directory downloads are not supported")
            if self.jobs[job_id]["status"] not in ARCHIVED_STATES:  # read from the work folder on the system
                raise Answer(500, "Unable to locate job data. Work folder no longer exists.")
            raise Answer(500, "File/folder does not exist")
        return self._media(h, rec, path, files[path])

    def _entry(self, job_id: str, name: str, path: str, is_dir: bool, size: int) -> dict[str, Any]:
        mime = "text/directory" if is_dir else (mimetypes.guess_type(name)[0] or "application/octet-stream")
        # `path` is relative to the job's output folder; `permission` is only ever READ or READ_WRITE.
        return {"name": name, "path": path,
                "lastModified": "2019-02-12T10:19:40.000-06:00", "length": size,
                "permission": "READ_WRITE",
                "mimeType": mime,
                "format": "folder" if is_dir else "unknown", "type": "dir" if is_dir else "file",
                "_links": {"self": {"href": f"{BASE}/jobs/v2/{job_id}/outputs/media/{path}"}}}  # fmt: skip

    def _listing(self, job_id: str, path: str, files: dict[str, bytes], rec: Recorded) -> list[dict[str, Any]]:
        if path in files:
            return [self._entry(job_id, path.rsplit("/", 1)[-1], path, False, len(files[path]))]
        prefix = path + "/" if path else ""
        children: dict[str, bool] = {}
        for name in files:
            if name.startswith(prefix):
                head, slash, _ = name[len(prefix) :].partition("/")
                children[head] = children.get(head, False) or bool(slash)
        if path and not children:
            raise Answer(500, "File/folder does not exist")
        entries = [self._entry(job_id, ".", path, True, 4096)]
        for name in sorted(children):
            full = prefix + name
            entries.append(
                self._entry(job_id, name, full, children[name], 4096 if children[name] else len(files[full]))
            )
        # The server pages first and drops `.`/`..` afterwards: pages can be short although more follow.
        return [e for e in self._page(rec, entries) if e["name"] not in (".", "..")]

    def _media(self, h: BaseHTTPRequestHandler, rec: Recorded, path: str, data: bytes) -> None:
        status, body, headers = 200, data, {}
        requested = rec.headers.get("range")
        if requested:
            match = re.fullmatch(r"bytes=(\d*)-(\d*)(,.*)?", requested.strip())
            if not match:
                raise Answer(416, "Invalid Range header")
            low_s, high_s = match.group(1), match.group(2)
            if not low_s:  # a suffix range: 2.2.27 parses `-N` as 0..N-1 and sends the FIRST N bytes
                low, high = 0, int(high_s) - 1
            else:
                low, high = int(low_s), int(high_s) if high_s else len(data) - 1
            if low >= len(data):
                raise Answer(416, "Specified Range lower bound outside bounds of file")
            if high < low:
                raise Answer(416, "Specified Range upper bound less than lower bound")
            high = min(high, len(data) - 1)
            status, body = 206, data[low : high + 1]
            headers["Content-Range"] = f"bytes {low}-{high}/{len(data)}"
        ctype = mimetypes.guess_type(path)[0] or "application/octet-stream"
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        cut = self.short_bodies.get(path)
        if cut is not None and rec.method == "GET":
            # An archived job's file the storage stops serving mid-way: the status and headers announce the
            # whole body, then the stream ends (no Content-Length: the connection closes after `cut` bytes).
            h.close_connection = True
            h.send_header("Connection", "close")
            for key, value in headers.items():
                h.send_header(key, value)
            h.end_headers()
            h.wfile.write(body[:cut])
            h.wfile.flush()
            return
        h.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            h.send_header(key, value)
        h.end_headers()
        if rec.method == "GET":
            for start in range(0, len(body), self.chunk_size):
                h.wfile.write(body[start : start + self.chunk_size])
                h.wfile.flush()

    # -- answers ---------------------------------------------------------------------------------------------
    def _ok(self, h: BaseHTTPRequestHandler, result: Any, status: int = 200) -> None:
        envelope: dict[str, Any] = {"status": "success", "message": None, "version": VERSION}
        if result is not None:
            envelope["result"] = result
        self._send_json(h, status, envelope)

    def _send_json(self, h: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        self._send(h, status, json.dumps(payload).encode(), "application/json")

    def _send(self, h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str,
              headers: dict[str, str] | None = None) -> None:  # fmt: skip
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            if key != "Content-Type":
                h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(body)
