"""The scenario table: one row per (call, fault), with the outcome it must produce.

`tests/faults/test_scenarios.py` plays every row, blocking and asyncio; `README.md` shows the same table
(`test_readme_lists_every_scenario` keeps the two in step).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sciclients import errors

from . import server as f
from .systems import CALLS

__all__ = ["Scenario", "SCENARIOS", "SLOW", "TIMEOUT"]

SLOW = 2.0  # seconds the server stalls
TIMEOUT = 0.3  # the client's timeout in the slow scenarios

Actions = Callable[[str, str], list[f.Action]]  # (server URL, other host's URL) -> actions for the call's path


@dataclass(frozen=True)
class Scenario:
    call: str  # a key of systems.CALLS
    fault: str  # what the server does, as the README says it
    actions: Actions
    # None: the call succeeds (its check holds); else the sciclients.errors class (or, for bad input refused
    # before any I/O, the builtin TypeError/ValueError) and a message fragment.
    error: type[Exception] | None = None
    fragment: str = ""
    arrivals: int = 1  # deliveries of the call's path the server must have counted
    options: dict[str, Any] = field(default_factory=lambda: {"max_retries": 0})
    refused: bool = False  # point the client at a closed port instead of the server
    check: Callable[[Any], bool] | None = None  # for a success: instead of the call's own check
    xfail: str = ""  # a known bug: the reason (strict xfail)
    invoke: Callable[[Any], Any] | None = None  # client -> result, instead of the call's own invocation
    url: Callable[[str], str] | None = None  # the server's URL -> the base URL the client is given
    times: int = 1  # calls on the same client; the outcome is the last one's (earlier ones may fail)

    @property
    def id(self) -> str:
        return f"{self.call}-{self.fault}".replace(" ", "_")

    @property
    def outcome(self) -> str:
        text = "success" if self.error is None else f"`{self.error.__name__}` ({self.fragment!r})"
        return text + (" — **known bug, strict xfail**" if self.xfail else "")

    @property
    def row(self) -> str:
        """The scenario's line in README.md."""
        system, _, name = self.call.partition(".")
        client = ", ".join(f"{k}={v}" for k, v in self.options.items())
        return f"| {system} | `{name}` | {self.fault} | {client} | {self.outcome} | {self.arrivals} |"


def _then_ok(*faults: f.Action) -> Actions:
    """The faults, then the call's valid answer."""
    return lambda url, _other: [*faults]


def _only(make: Callable[[], f.Action]) -> Actions:
    return lambda _url, _other: [make()]


def _redirect(path: str) -> Actions:
    return lambda _url, other: [f.redirect(f"{other}{path}", 302)]


RETRY2 = {"max_retries": 2}
RETRY1 = {"max_retries": 1}
SLOW_OPTS = {"max_retries": 2, "timeout": TIMEOUT}
_BIG = 200_000  # list items in the very large answers (several MB of JSON)

_E = errors
_CONN, _TIMEOUT, _INVALID = _E.APIConnectionError, _E.APITimeoutError, _E.APIResponseValidationError


def _cut_error_page() -> f.Action:
    """A 500 whose error page stops before its Content-Length."""

    def act(conn: Any) -> None:
        conn.read_body()
        conn.send(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: 500\r\n"
                  b"Connection: close\r\n\r\n<html><body>Internal Server Er")  # fmt: skip

    return act


def _large_panda() -> f.Action:
    return f.reply(200, '{"success": true, "message": "", "data": [' + ", ".join(["true"] * _BIG) + "]}",
                   {"Content-Type": "text/plain"})  # fmt: skip


def _large_jdma() -> f.Action:
    item = {"request_id": 3, "user": "alice", "request_type": 0, "migration_id": 7, "label": "run1",
            "workspace": "gws1", "storage": "elastictape", "stage": 9,
            "date": "2024-11-20T10:02:11.254311"}  # fmt: skip
    return f.large_json({"requests": [item] * (_BIG // 10)})


def _large_agave() -> f.Action:
    return f.large_json({"status": "success", "message": None,
                         "result": {"id": "j-1", "status": "RUNNING", "pad": "x" * (_BIG * 20)}})  # fmt: skip


# -- issue 17: what a hostile server or careless input still got through -----------------------------------------
_VALID = {  # a valid answer of each call, as (JSON, content type)
    "panda.task.get_status": ({"success": True, "message": "", "data": "running"}, "text/plain"),
    "jdma.user.get": ({"name": "alice", "email": "a@example.org", "notify": True}, "application/json"),
    "poms.campaigns.get_id": (891, "application/json"),
    "agave.jobs.get_status": ({"status": "success", "result": {"id": "j-1", "status": "RUNNING"}}, "application/json"),
    "agave.jobs.submit": ({"status": "success", "result": {"id": "j-1", "name": "fault", "appId": "app-1.0",
                                                          "status": "PENDING"}}, "application/json"),
}  # fmt: skip
_SMUGGLED = {  # a valid answer of the same call that the server did NOT give for it: never returned to anyone
    "panda.task.get_status": ({"success": True, "message": "", "data": "SMUGGLED"}, "text/plain"),
    "jdma.user.get": ({"name": "mallory", "email": "m@example.org", "notify": True}, "application/json"),
    "poms.campaigns.get_id": (666, "application/json"),
    "agave.jobs.get_status": ({"status": "success", "result": {"id": "j-1", "status": "SMUGGLED"}}, "application/json"),
}  # fmt: skip
_DEEP = b"[" * 100_000
_TRICKLE = 0.1  # seconds between two bytes: every read is quick, the whole answer is not
_TRICKLE_OPTS = {"max_retries": 0, "timeout": 0.5}


def _answer(table: dict[str, tuple[Any, str]], call: str, status_code: int = 200, *, pad: int = 0) -> bytes:
    payload, content_type = table[call]
    body = json.dumps(payload).encode() + b" " * pad  # whitespace after JSON is still the same JSON
    return f.answer_bytes(status_code, body, {"Content-Type": content_type})


def _smuggling(call: str, status_code: int) -> Actions:
    """An answer whose framing leaves another answer in the connection: a 204/304 whose Content-Length covers
    it (such answers have no body), or a complete 200 with it right behind."""
    smuggled = _answer(_SMUGGLED, call)
    if status_code == 200:
        data = _answer(_VALID, call) + smuggled
    else:
        data = f.answer_bytes(status_code, smuggled)
    return lambda _url, _other: [f.raw_keep_alive(data)]


def _both_lengths(call: str) -> Actions:
    head, _, body = _answer(_VALID, call).partition(b"\r\n\r\n")
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    data = head + b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked
    return lambda _url, _other: [f.raw_keep_alive(data)]


def _trickled(call: str, *, headers_too: bool = False) -> Actions:
    data = _answer(_VALID, call, pad=40).replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
    head, _, body = data.partition(b"\r\n\r\n")
    if headers_too:
        return lambda _url, _other: [f.trickle(data, _TRICKLE)]
    return lambda _url, _other: [f.trickle(body, _TRICKLE, head=head + b"\r\n\r\n")]


def _deep(status_code: int, content_type: str = "application/json") -> Actions:
    return lambda _url, _other: [f.reply(status_code, _DEEP, {"Content-Type": content_type})]


def _port_beyond_range(url: str) -> str:
    """The same port plus 65536: a client that let the socket layer wrap it would reach the server."""
    base, _, port = url.rpartition(":")
    return f"{base}:{int(port) + 65536}"


def _hardening_rows() -> list[Scenario]:
    """Issue #17 (items 1, 6, 7, 10, 11, 12), over every system and transport."""
    S = Scenario
    never = _only(f.empty_200)  # bad input: nothing may be sent, so the server's answer does not matter
    rows: list[Scenario] = []
    # 1. a connection whose answer was wrongly framed is never reused: the next call reads its own answer
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "200 followed by another answer's bytes, then the call again", _smuggling(call, 200),
                      None, "", 2, times=2))  # fmt: skip
    for call, code in (("panda.task.get_status", 204), ("jdma.user.get", 304), ("poms.campaigns.get_id", 204),
                       ("agave.jobs.get_status", 204), ("agave.jobs.get_status", 304)):  # fmt: skip
        rows.append(S(call, f"{code} whose Content-Length covers another answer, then the call again",
                      _smuggling(call, code), None, "", 2, times=2))  # fmt: skip
    # ... and an answer with both Content-Length and chunked framing is refused (as aiohttp does)
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "Content-Length and Transfer-Encoding: chunked together", _both_lengths(call), _CONN,
                      "RemoteProtocolError"))  # fmt: skip
    # 6. the timeout bounds the whole answer, not each read
    for call in ("panda.task.get_status", "poms.campaigns.get_id", "agave.jobs.get_status", "agave.jobs.submit"):
        rows.append(S(call, "body trickled one byte every 0.1 s", _trickled(call), _TIMEOUT, "ReadTimeout", 1,
                      _TRICKLE_OPTS))  # fmt: skip
    headers = _trickled("jdma.user.get", headers_too=True)
    rows.append(S("jdma.user.get", "headers trickled one byte every 0.1 s", headers, _TIMEOUT, "ReadTimeout", 1,
                  _TRICKLE_OPTS))  # fmt: skip
    # 7. JSON nested deeper than Python's recursion limit
    for call, content_type in (("panda.task.get_status", "text/plain"), ("jdma.user.get", "application/json"),
                               ("poms.campaigns.get_id", "application/json"),
                               ("agave.jobs.get_status", "application/json")):  # fmt: skip
        rows.append(S(call, "JSON nested 100000 deep", _deep(200, content_type), _INVALID, "nested too deeply"))
    rows.append(S("agave.jobs.submit", "400 whose JSON is nested 100000 deep", _deep(400), _E.BadRequestError, "400"))
    rows.append(S("jdma.requests.upload", "400 whose JSON is nested 100000 deep", _deep(400), _E.BadRequestError,
                  "400"))  # fmt: skip
    # 10. a request too long for a URL is refused before any I/O, naming the argument
    rows.append(S("panda.job.get_status", "6000 ids: too long for a URL (argument)", never, ValueError, "job_ids", 0,
                  invoke=lambda c: c.job.get_status(range(1, 6001))))  # fmt: skip
    # 11. a port outside 1-65535 is refused at construction (the socket layer would wrap it to the server's)
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "base URL port + 65536 (argument)", never, ValueError, "port", 0, url=_port_beyond_range))
    # 12. path values that would name another endpoint are refused before any I/O, naming the argument
    stop = "agave.jobs.manage(stop)"
    rows.append(S(stop, "job id '.': POST /jobs/v2 is submit (argument)", never, ValueError, "job_id", 0,
                  invoke=lambda c: c.jobs.manage(".", "stop")))  # fmt: skip
    rows.append(S(stop, "delete job id '..': DELETE /jobs (argument)", never, ValueError, "job_id", 0,
                  invoke=lambda c: c.jobs.delete("..")))  # fmt: skip
    rows.append(S("agave.jobs.download_output", "file path 'a/../../..': GET /jobs/v2/j-1 (argument)", never,
                  ValueError, "file_path", 0,
                  invoke=lambda c: c.jobs.download_output("j-1", "a/../../..", io.BytesIO())))  # fmt: skip
    rows.append(S("poms.campaigns.get_id", "experiment '..': /poms/analysis (argument)", never, ValueError,
                  "experiment", 0, invoke=lambda c: c.campaigns.delete("demo", experiment="..")))  # fmt: skip
    # 14. answers of the wrong type for the spec never reach a model; neither do request fields of the wrong type
    wrong = {"status": "success", "result": {"id": "j-1", "status": 10**40}}
    rows.append(S("agave.jobs.get_status", "status a 41-digit integer", _only(lambda: f.ok_json(wrong)), _INVALID,
                  "status: expected a string"))  # fmt: skip
    nan_name = b'{"name": NaN, "email": "a@example.org", "notify": true}'
    nan_answer = _only(lambda: f.reply(200, nan_name, {"Content-Type": "application/json"}))
    rows.append(S("jdma.user.get", "name NaN", nan_answer, _INVALID, "name: expected a string"))
    rows.append(S("panda.job.get_status", "status an integer", _only(lambda: f.ok_json(
        {"success": True, "message": "", "data": [{"status": 7, "command": "NULL"}]})), _INVALID,
        "status: expected the documented type, got int"))  # fmt: skip
    wrong_msg = {"tl": None, "last_activity": "", "data": None, "msg": 12345}
    rows.append(S("poms.campaigns.delete", "msg an integer", _only(lambda: f.ok_json(wrong_msg)), _INVALID,
                  "msg: expected a string"))  # fmt: skip
    # ... request dicts: the field of the wrong type is named after the argument, and nothing is sent
    many = {"name": "fault", "appId": "app-1.0", "nodeCount": "many"}
    rows.append(S("agave.jobs.submit", "nodeCount='many' (argument)", never, TypeError, "nodeCount", 0,
                  invoke=lambda c: c.jobs.submit(many)))  # fmt: skip
    rows.append(S("panda.task.submit", "task parameter taskName=12345 (argument)", never, TypeError,
                  "task_parameters: taskName: expected a string, got int", 0,
                  invoke=lambda c: c.task.submit({"taskName": 12345})))  # fmt: skip
    rows.append(S("panda.task.submit", "task parameter prodSourceLabel a list (argument)", never, TypeError,
                  "task_parameters: prodSourceLabel: expected a string, got list", 0,
                  invoke=lambda c: c.task.submit({"taskName": "user.a.f", "prodSourceLabel": ["user"]})))  # fmt: skip
    rows.append(S("jdma.requests.upload", "credentials secret_key an integer (argument)", never, TypeError,
                  "credentials: keys and values must be strings", 0,
                  invoke=lambda c: c.requests.upload("gws1", ["/gws/gws1/a"], storage="objectstore",
                                                     credentials={"access_key": "AK", "secret_key": 42})))  # fmt: skip
    rows.append(S("jdma.requests.upload", "filelist item an integer (argument)", never, TypeError,
                  "filelist[0] must be a path", 0,
                  invoke=lambda c: c.requests.upload("gws1", [7], storage="objectstore")))  # fmt: skip
    rows.append(S("poms.campaign_stages.update", "column completion_pct='many' (argument)", never, TypeError,
                  "columns: completion_pct must be an int", 0,
                  invoke=lambda c: c.campaign_stages.update(1, {"completion_pct": "many"})))  # fmt: skip
    rows.append(S("poms.campaign_stages.update", "column software_version an integer (argument)", never,
                  TypeError, "columns: software_version must be a str", 0,
                  invoke=lambda c: c.campaign_stages.update(1, {"software_version": 3})))  # fmt: skip
    # Beyond the list: a Retry-After date whose year overflows (was a raw OverflowError) means the backoff
    far = "Mon, 01 Jan 9999999999999999999 00:00:00 GMT"
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "503 with Retry-After in the year 9999999999999999999, then ok",
                      _then_ok(f.status(503, far)), None, "", 2, RETRY1))  # fmt: skip
    return rows


def _rows() -> list[Scenario]:
    S = Scenario
    rows: list[Scenario] = []

    # -- connection refused (a closed port): always safe to retry, still refused -----------------------------
    for call in ("panda.task.submit", "jdma.requests.upload", "poms.launches.launch_campaign", "agave.jobs.submit"):
        rows.append(S(call, "connection refused", _only(f.empty_200), _CONN, "ConnectError", 0, RETRY1, refused=True))

    # -- reset before/after the body: non-idempotent calls are never sent again -----------------------------
    for call in ("panda.task.submit", "panda.job.kill", "jdma.requests.upload", "poms.launches.launch_stage",
                 "agave.jobs.submit", "agave.jobs.manage(stop)"):  # fmt: skip
        rows.append(S(call, "reset after body", _only(f.reset_after_body), _CONN, "connection failed", 1, RETRY2))
    for call in ("panda.task.kill", "jdma.requests.upload", "poms.launches.launch_campaign", "agave.jobs.submit"):
        rows.append(S(call, "reset before body", _only(f.reset_before_body), _CONN, "connection failed", 1, RETRY2))
    # ... idempotent ones are retried and succeed
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "reset after body, then ok", _then_ok(f.reset_after_body()), None, "", 2, RETRY2))
    rows.append(S("jdma.requests.list", "reset before body, then ok", _then_ok(f.reset_before_body()), None, "", 2,
                  RETRY2))  # fmt: skip

    # -- 429/502/503/504 --------------------------------------------------------------------------------------
    for call, code in (("panda.task.get_status", 503), ("jdma.requests.list", 429), ("poms.campaigns.get_id", 502),
                       ("agave.jobs.get_status", 504)):  # fmt: skip
        rows.append(S(call, f"{code} with Retry-After: 0, then ok", _then_ok(f.status(code, "0")), None, "", 2,
                      RETRY1))  # fmt: skip
    rows.append(S("panda.task.get_status", "503 with Retry-After as HTTP date, then ok",
                  _then_ok(f.status(503, "Wed, 21 Oct 2015 07:28:00 GMT")), None, "", 2, RETRY1))  # fmt: skip
    rows.append(S("agave.jobs.get_status", "503 with unparsable Retry-After, then ok",
                  _then_ok(f.status(503, "soon")), None, "", 2, RETRY1))  # fmt: skip
    for call, code, cls in (("panda.task.submit", 503, _E.ServiceUnavailableError),
                            ("jdma.requests.upload", 429, _E.RateLimitError),
                            ("poms.launches.launch_campaign", 502, _E.InternalServerError),
                            ("agave.jobs.submit", 504, _E.InternalServerError),
                            ("agave.jobs.manage(stop)", 503, _E.ServiceUnavailableError)):  # fmt: skip
        rows.append(S(call, f"{code} with Retry-After: 0, not repeated", _only(lambda c=code: f.status(c, "0")),
                      cls, str(code), 1, RETRY2))  # fmt: skip
    for call, code, cls in (("panda.task.get_status", 429, _E.RateLimitError),
                            ("jdma.user.get", 502, _E.InternalServerError),
                            ("poms.campaigns.get_id", 503, _E.ServiceUnavailableError),
                            ("agave.jobs.get_status", 504, _E.InternalServerError)):  # fmt: skip
        rows.append(S(call, f"{code} twice without Retry-After, retries used up",
                      lambda _u, _o, c=code: [f.status(c), f.status(c)], cls, str(code), 2, RETRY1))  # fmt: skip

    # -- slow headers / slow body past the read timeout -------------------------------------------------------
    for call in ("panda.task.submit", "jdma.requests.upload", "poms.launches.launch_stage", "agave.jobs.submit"):
        rows.append(S(call, "slow headers", _only(lambda: f.slow_headers(SLOW)), _TIMEOUT, "ReadTimeout", 1,
                      SLOW_OPTS))  # fmt: skip
    for call in ("panda.task.get_status", "jdma.user.get", "agave.jobs.get_status"):
        rows.append(S(call, "slow body", _only(lambda: f.slow_body(SLOW)), _TIMEOUT, "ReadTimeout", 1,
                      {"max_retries": 0, "timeout": TIMEOUT}))  # fmt: skip
    rows.append(S("panda.job.kill", "slow body", _only(lambda: f.slow_body(SLOW)), _TIMEOUT, "ReadTimeout", 1,
                  SLOW_OPTS))  # fmt: skip

    # -- bodies cut short --------------------------------------------------------------------------------------
    for call in ("panda.task.kill", "jdma.requests.list", "agave.jobs.manage(stop)"):
        rows.append(S(call, "body shorter than Content-Length", _only(f.short_body), _CONN, "RemoteProtocolError"))
    for call in ("panda.task.get_status", "jdma.requests.upload"):
        rows.append(S(call, "error page shorter than Content-Length", _only(_cut_error_page), _CONN,
                      "RemoteProtocolError"))  # fmt: skip
    for call in ("panda.task.submit", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.submit"):
        rows.append(S(call, "truncated JSON", _only(f.truncated_json), _INVALID, "not JSON"))

    # -- answers that are not what the API promises -------------------------------------------------------------
    for call in ("panda.task.get_status", "jdma.requests.upload", "poms.campaigns.get_id", "agave.jobs.get_status"):
        rows.append(S(call, "garbage bytes", _only(f.garbage_bytes), _INVALID, "not JSON"))
    for call in ("panda.task.submit", "jdma.user.get", "poms.launches.launch_campaign", "agave.jobs.submit"):
        rows.append(S(call, "HTML 502 error page", _only(f.html_error), _E.InternalServerError, "502"))
    for call in ("panda.task.kill", "jdma.requests.list", "agave.jobs.get_status"):
        rows.append(S(call, "text/plain sentence instead of JSON", _only(f.text_plain), _INVALID, "not JSON"))
    rows.append(S("panda.task.get_status", "JSON of the wrong shape (no envelope)",
                  _only(lambda: f.ok_json(["running"])), _INVALID, "envelope"))  # fmt: skip
    rows.append(
        S(
            "panda.job.kill",
            "JSON of the wrong shape (data not a list)",
            _only(lambda: f.ok_json({"success": True, "message": "", "data": "yes"})),
            _INVALID,
            "shape",
        )
    )
    rows.append(S("jdma.user.get", "JSON of the wrong shape (a list)", _only(lambda: f.ok_json([1, 2])), _INVALID,
                  "where an object was expected"))  # fmt: skip
    rows.append(S("jdma.requests.upload", "JSON of the wrong shape (fields missing)",
                  _only(lambda: f.ok_json({"batch_id": "x"})), _INVALID, "documented shape"))  # fmt: skip
    rows.append(S("poms.campaigns.get_id", "JSON of the wrong shape (an object)",
                  _only(lambda: f.ok_json({"id": 891})), _INVALID, "not an id or null"))  # fmt: skip
    rows.append(S("agave.jobs.get_status", "JSON of the wrong shape (no envelope)",
                  _only(lambda: f.ok_json({"id": "j-1"})), _INVALID, "envelope"))  # fmt: skip
    rows.append(
        S(
            "agave.jobs.submit",
            "JSON of the wrong shape (result a list)",
            _only(lambda: f.ok_json({"status": "success", "result": [1]}, 201)),
            _INVALID,
            "shape",
        )
    )
    for call, payload in (("panda.task.get_status", {"success": True, "message": "", "data": "running"}),
                          ("jdma.user.get", {"name": "alice", "email": "a@example.org", "notify": True}),
                          ("agave.jobs.get_status", {"status": "success",
                                                     "result": {"id": "j-1", "status": "RUNNING"}})):  # fmt: skip
        rows.append(S(call, "right JSON, wrong content type", _only(lambda p=payload: f.wrong_content_type(p))))
    for call in ("panda.task.get_status", "jdma.user.get", "poms.campaigns.get_id", "agave.jobs.submit"):
        rows.append(S(call, "bad gzip body", _only(f.bad_gzip), _INVALID, "could not be decoded"))
    for call in ("panda.task.submit", "jdma.requests.upload", "poms.launches.launch_stage", "agave.jobs.submit",
                 "agave.jobs.get_status"):  # fmt: skip
        rows.append(S(call, "redirect to another host", _redirect("/stolen"), _INVALID, "HTTP 302"))
    malformed = _only(lambda: f.redirect("http://[malformed/poms/list_launch_file", 303))
    rows.append(S("poms.launches.launch_stage", "303 with a malformed Location", malformed, _INVALID, "Location"))
    rows.append(S("panda.job.kill", "very large body", _only(_large_panda), check=lambda r: len(r) == _BIG))
    rows.append(S("jdma.requests.list", "very large body", _only(_large_jdma), check=lambda r: len(r) == _BIG // 10))
    rows.append(S("agave.jobs.get_status", "very large body", _only(_large_agave),
                  check=lambda r: r.status == "RUNNING"))  # fmt: skip
    for call, fragment in (("panda.task.submit", "not JSON"), ("jdma.requests.list", "not JSON"),
                           ("poms.launches.launch_campaign", "not the documented 303"),
                           ("agave.jobs.submit", "not JSON"), ("agave.jobs.get_status", "not JSON")):  # fmt: skip
        rows.append(S(call, "empty 200", _only(f.empty_200), _INVALID, fragment))

    # -- a streamed download (Agave job output): its own retry and error handling --------------------------------
    d = "agave.jobs.download_output"
    rows += [
        S(d, "503 with Retry-After: 0, then ok", _then_ok(f.status(503, "0")), None, "", 2, RETRY1),
        S(d, "reset after body, then ok", _then_ok(f.reset_after_body()), None, "", 2, RETRY2),
        S(d, "body shorter than Content-Length", _only(f.short_body), _CONN, "RemoteProtocolError", 1, RETRY2),
        S(d, "slow body", _only(lambda: f.slow_body(SLOW)), _TIMEOUT, "ReadTimeout", 1, SLOW_OPTS),
        S(d, "HTML 502 error page", _only(f.html_error), _E.InternalServerError, "502"),
        S(d, "error page shorter than Content-Length", _only(_cut_error_page), _CONN, "RemoteProtocolError"),
        S(d, "bad gzip body", _only(f.bad_gzip), _INVALID, "could not be decoded"),
        S(d, "redirect to another host", _redirect("/stolen"), _INVALID, "HTTP 302"),
    ]  # fmt: skip
    rows += _hardening_rows()
    for row in rows:
        assert row.call in CALLS, row.call
    return rows


SCENARIOS: list[Scenario] = _rows()


def table() -> str:
    """The scenario table of README.md (regenerate with `python -m tests.faults.scenarios`)."""
    head = "| system | call | fault | client | outcome | deliveries |\n|---|---|---|---|---|---|\n"
    return head + "\n".join(row.row for row in SCENARIOS) + "\n"


if __name__ == "__main__":
    print(table(), end="")
