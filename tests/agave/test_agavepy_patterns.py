"""agavepy code from public projects, run unchanged through agavepy 0.9.5 and through `sciclients.agave.Agave`.

Each pattern below is the call pattern (only that) of a public project that uses agavepy: science gateways
(DesignSafe, TACC's Core-Portal), reactors and scripts (SD2E), TACC's own CLI, examples and tests. Both clients
run it against one TLS loopback server (agavepy speaks https only; `verify=False`), on the same seeded state,
and must come to the same outcome: equal values of the same types (dicts, lists, datetimes where agavepy gives
them), errors handled the same way, and the same requests on the wire. Patterns touching dates run twice: with a
post-Aloe server version (agavepy's Aloe models: `started`, `ended`, … are dates) and a pre-Aloe one
(`submitTime`, `startTime`, `endTime` are). Where agavepy 0.9.5 itself crashes, the pattern is listed at the
end with the reason, and works here.
"""

from __future__ import annotations

import io
import json
import re
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import dateutil.parser
import pytest
import requests
from sciclients.agave import Agave

from tests.faults.pki import self_signed
from tests.support import agave_fake
from tests.support.agave_fake import FakeAgave, Recorded

from .test_compat_agavepy import legacy  # skips this module too without agavepy 0.9.5

pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")

TOKEN = "good-token"
JOB = "2218546004213698070-242ac11b-0001-007"
OTHER = "4440000000000000000-242ac11b-0001-007"
ALOE = "7770000000000000000-242ac11b-0001-007"  # a job as TACC's Aloe jobs service describes it
MISSING = "0000000000000000000-000000000-0000-007"
ALOE_VERSION, PRE_ALOE_VERSION = agave_fake.VERSION, "2.2.14-r3fe5a8b"
STAMP = "2019-02-12T10:{:02d}:30.000-06:00"
JOB_REQUEST: dict[str, Any] = {
    "name": "opensees-mp", "appId": "opensees-mp-3.0.0u1", "executionSystem": "designsafe.community.exec",
    "batchQueue": "normal", "nodeCount": 1, "processorsPerNode": 8, "maxRunTime": "02:00:00", "archive": True,
    "archiveSystem": "designsafe.storage.default", "archivePath": "jdoe/archive/jobs/${JOB_NAME}-${JOB_ID}",
    "inputs": {"inputDirectory": "agave://designsafe.storage.default/jdoe/model"},
    "parameters": {"inputScript": "freeFieldEffective.tcl"},
    "notifications": [{"url": "https://gateway.example.org/webhooks/jobs/", "event": "FINISHED"}],
}  # fmt: skip


# -- the server: the loopback fake behind TLS, honouring `filter` and `naked` -------------------------------------
class ShapingFake(FakeAgave):
    """The fake, also shaping its answers with `filter=a,b.c` and `naked=true` as the server does."""

    _current = threading.local()

    def _route(self, h: Any, rec: Recorded) -> None:
        self._current.rec = rec
        super()._route(h, rec)

    def _ok(self, h: Any, result: Any, status: int = 200) -> None:
        query = self._current.rec.query
        fields = [f for f in query.get("filter", [""])[0].split(",") if f]
        if fields and result is not None:
            result = [_pick(r, fields) for r in result] if isinstance(result, list) else _pick(result, fields)
        if query.get("naked", [""])[0].lower() == "true":
            return self._send(h, status, b"" if result is None else json.dumps(result).encode(), "application/json")
        return super()._ok(h, result, status)


def _pick(item: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    picked: dict[str, Any] = {}
    for path in fields:
        source, target, keys = item, picked, path.split(".")
        for key in keys[:-1]:
            if not isinstance(source.get(key), dict):
                break
            source, target = source[key], target.setdefault(key, {})
        else:
            if keys[-1] in source:
                target[keys[-1]] = source[keys[-1]]
    return picked


def seed(fake: FakeAgave) -> None:
    """The same state before each client's run: three jobs, a history, a share, some output files."""
    for state in (fake.jobs, fake.history, fake.shares, fake.files, fake.faults):
        state.clear()
    fake.hidden.clear()
    fake.requests.clear()
    fake._serial = 0
    fake.add_job(id=JOB, name="opensees-mp", status="RUNNING", submitTime=STAMP.format(16),
                 startTime=STAMP.format(20), endTime=None)  # fmt: skip
    fake.history[JOB] += [
        {"status": "QUEUED", "created": STAMP.format(17), "createdBy": "jdoe", "description": "Job queued."},
        {"status": "RUNNING", "created": STAMP.format(20), "createdBy": "jdoe", "description": "Job started."},
    ]
    fake.add_job(id=OTHER, name="wc-demo", status="FINISHED")
    fake.add_job(id=ALOE, name="mpm", status="FINISHED", maxHours=2.0, systemId="frontera.tacc", appUuid="a-1",
                 remoteSubmitted=STAMP.format(30), started=STAMP.format(31), ended=STAMP.format(45),
                 lastStatusCheck=STAMP.format(44), lastStatusMessage="Job completed successfully.")  # fmt: skip
    fake.shares[JOB]["bob"] = "READ"
    fake.files[JOB] = {"wc_out.txt": b"words\n", "logs/opensees.out": b"ok\n", "logs/opensees.err": b"",
                       "outputs/a.txt": b"a", "outputs/b.txt": b"b", "outputs/deep/c.txt": b"c",
                       "outputs/.hidden": b"h"}  # fmt: skip


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("pki"))


@pytest.fixture()
def server(certificate: tuple[Path, Path]) -> Iterator[ShapingFake]:
    fake = ShapingFake(require_auth=False)  # agavepy drops Authorization when the base URL has a port
    fake.start()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    assert fake._server is not None
    fake._server.socket = context.wrap_socket(fake._server.socket, server_side=True)
    yield fake
    fake.stop()


def https(fake: FakeAgave) -> str:
    return fake.url.replace("http://", "https://", 1)


def agavepy_client(fake: FakeAgave) -> Any:
    return legacy.Agave(api_server=https(fake), token=TOKEN, verify=False)


def our_client(fake: FakeAgave) -> Agave:
    return Agave(api_server=https(fake), token=TOKEN, verify=False, max_retries=0)


# -- comparing outcomes -------------------------------------------------------------------------------------------
def kinds(value: Any) -> Any:
    """The value's shape: containers by kind, every other value by its type (AttrDict and our records are dicts)."""
    if isinstance(value, dict):
        return {"dict": {key: kinds(item) for key, item in value.items()}}
    if isinstance(value, (list, tuple)):
        return [kinds(item) for item in value]
    return type(value).__name__


def wire(requests_made: list[Recorded]) -> list[tuple[str, str, dict[str, list[str]], Any]]:
    """Method, path (repeated slashes folded, as the server folds them), query and decoded body of each request."""
    return [(r.method, re.sub("/+", "/", r.path), r.query, r.json()) for r in requests_made]


def run(pattern: Callable[[Any], Any], client: Any) -> Any:
    try:
        return pattern(client)
    except Exception as exc:  # an unhandled failure is an outcome too: its class must match
        return ("unhandled", type(exc).__name__, str(exc))


# -- helpers the patterns share (as the projects write them) ------------------------------------------------------
def django_json(value: Any) -> str:
    """Django's JsonResponse(DjangoJSONEncoder), which the gateways answer with: datetimes as ISO text."""
    return json.dumps(value, default=lambda o: o.isoformat() if isinstance(o, datetime) else str(o))


def history_times(hist: list[Any]) -> tuple[timedelta, dict[str, timedelta]]:
    total = hist[-1]["created"] - hist[0]["created"]
    per_status: dict[str, timedelta] = {}
    for i in range(len(hist) - 1):
        elapsed = hist[i + 1]["created"] - hist[i]["created"]
        per_status[hist[i]["status"]] = per_status.get(hist[i]["status"], timedelta()) + elapsed
    return total, per_status


def walk_outputs(ag: Any, path: str, page_size: int) -> list[str]:
    found, skip, keep_listing = [], 0, True
    while keep_listing:
        page = ag.jobs.listOutputs(jobId=JOB, filePath=path, limit=page_size, offset=skip)
        skip += page_size
        keep_listing = len(page) >= page_size
        for f in page:
            if f["name"] != ".":
                found.append(f["path"])
                if f["type"] == "dir":
                    found += walk_outputs(ag, f["path"].split(f"job-{JOB}", 1)[-1], page_size)
    return found


def import_jobs(ag: Any, owner: str) -> list[tuple[str, datetime]]:
    imported, offset, done = [], 0, False
    while not done:
        jobs = ag.jobs.list(query={"owner": owner}, offset=offset, limit=100)
        imported += [(job["id"], dateutil.parser.parse(job["created"])) for job in jobs]
        offset += 100
        done = len(jobs) < 100
    return imported


def http_failure(call: Callable[[], Any]) -> Any:
    try:
        call()
    except requests.exceptions.HTTPError as e:
        return e.response.status_code, e.response.json()
    return "no failure"


def submit_job(ag: Any, job_post: dict[str, Any]) -> Any:
    try:
        return ag.jobs.submit(body=job_post)
    except requests.exceptions.ConnectionError:
        return {"status": "error", "status_code": 500, "message": "Job Service Interruption"}
    except requests.exceptions.HTTPError as e:
        if e.response.status_code >= 500:
            return {"status": "error", "status_code": e.response.status_code, "message": "Job Service Interruption"}
        err_resp = e.response.json()
        err_resp["status_code"] = e.response.status_code
        return err_resp


def stop_unfinished(ag: Any, job_ids: list[str]) -> list[Any]:
    done = []
    for tj in job_ids:
        try:
            tjob = ag.jobs.get(jobId=tj)
            if tjob.status not in ["FINISHED", "FAILED", "STOPPED"]:
                ag.jobs.manage(jobId=tj, body={"action": "stop"})
                done.append(("stopped", tj))
        except Exception as exc:
            done.append(("skipped", tj, isinstance(exc, requests.exceptions.HTTPError)))
    return done


def grant_then_list(ag: Any, username: str, permission: str) -> Any:
    result = ag.jobs.updatePermissions(jobId=JOB, body={"username": username, "permission": permission.upper()})
    rows = [[rec.get("username"), rec.get("permission", {}).get("read"), rec.get("permission", {}).get("write")]
            for rec in ag.jobs.listPermissions(jobId=JOB)]  # fmt: skip
    return result, rows


def stat(ag: Any, path: str) -> Any:
    try:
        return dict(ag.jobs.listOutputs(jobId=JOB, filePath=path, limit=2)[0])
    except requests.exceptions.HTTPError as herr:
        return "HTTPNotFoundError" if herr.response.status_code == 404 else ("AgaveError", herr.response.text)


def resubmit(ag: Any) -> Any:
    data = ag.jobs.manage(jobId=JOB, body={"action": "resubmit"})
    return data["id"], data["status"], django_json({"response": data})


def fault(path: str, status: int, message: str) -> Callable[[FakeAgave], None]:
    def setup(fake: FakeAgave) -> None:
        body = json.dumps({"status": "error", "message": message, "version": agave_fake.VERSION})
        fake.faults[path].append((status, body, {}))

    return setup


@dataclass(frozen=True)
class Pattern:
    name: str
    source: str  # where the call pattern comes from (repository@commit:path)
    run: Callable[[Any], Any]
    dates: bool = False  # run against a pre-Aloe server version too
    setup: Callable[[FakeAgave], None] | None = None


DS = "DesignSafe-CI/portal@af13089c955e:designsafe/apps/"
CORE = "TACC/Core-Portal@91a9487d0e59:server/portal/apps/workspace/"
DATACAT = "SD2E/python-datacatalog@HEAD:"
DAPI = "DesignSafe-CI/dapi@{}:dapi/jobs/jobs.py"
CLI = "TACC-Cloud/tapis-cli@d34e8635d3db:tapis_cli/commands/taccapis/v2/jobs/"
AGAVEPY = "TACC/agavepy@7f2d5f20b091:"
DOCS = "TACC-Cloud/agave-docs@1b41b09b5542:docs/agave/"
HEADERS = ["id", "name", "owner", "appId", "status", "startTime", "endTime", "started", "ended", "maxHours"]

PATTERNS: list[Pattern] = [
    Pattern("list with the query string's limit and offset", DS + "workspace/views.py",
            lambda ag: django_json(ag.jobs.list(limit="10", offset="0")), dates=True),
    Pattern("get, then annotate the job and build its archive URL", DS + "workspace/views.py",
            lambda ag: (lambda data: (data.update(_embedded={"metadata": []}), data.__setitem__(
                "archiveUrl", "/data/agave/{}/{}/".format(data["archiveSystem"], data["archivePath"])), data)[-1])(
                ag.jobs.get(jobId=JOB)), dates=True),
    Pattern("stop with a JSON text body, then read the status", DS + "workspace/views.py",
            lambda ag: (ag.jobs.manage(jobId=JOB, body='{"action":"stop"}'), ag.jobs.getStatus(jobId=JOB)["status"])),
    Pattern("delete, then list what is left", DS + "workspace/views.py",
            lambda ag: (ag.jobs.delete(jobId=OTHER), sorted(j["id"] for j in ag.jobs.list(limit=10, offset=0)))),
    Pattern("a missing job: except HTTPError, log e.response.content", DS + "workspace/views.py",
            lambda ag: http_failure(lambda: ag.jobs.get(jobId=MISSING))),
    Pattern("check owner and status before a notification", DS + "notifications/views.py",
            lambda ag: (lambda d: d["owner"] != "jdoe" or d["status"] in ["FINISHED", "FAILED", "STOPPED"])(
                ag.jobs.get(jobId=JOB))),
    Pattern("submit a job request", DS + "workspace/tasks.py", lambda ag: submit_job(ag, dict(JOB_REQUEST))),
    Pattern("submit during a service interruption (>= 500)", DS + "workspace/tasks.py",
            lambda ag: submit_job(ag, dict(JOB_REQUEST)),
            setup=fault("/jobs/v2/", 503, "Job service is temporarily unavailable")),
    Pattern("submit refused (< 500): the server's JSON plus the status code", DS + "workspace/tasks.py",
            lambda ag: submit_job(ag, dict(JOB_REQUEST)),
            setup=fault("/jobs/v2/", 400, "Invalid job description: unknown app opensees-mp-3.0.0u1")),
    Pattern("get, then .get('archiveSystem') and the archive path", CORE + "api/views.py",
            lambda ag: (lambda d: (d.get("archiveSystem", None), "{}/{}".format(d.get("archiveSystem"),
                                                                                 d["archivePath"]).strip("/")))(
                ag.jobs.get(jobId=JOB))),
    Pattern("list(query={'id.in': …}) re-ordered by the portal's own order", CORE + "api/views.py",
            lambda ag: (lambda ids: (lambda data: [next(j for j in data if j["id"] == i) for i in ids])(
                ag.jobs.list(query={"id.in": ",".join(ids)})))([OTHER, JOB]), dates=True),
    Pattern("resubmit, answered as JsonResponse", CORE + "api/views.py", resubmit),
    Pattern("history, answered as JsonResponse", CORE + "api/views.py",
            lambda ag: django_json({"response": ag.jobs.getHistory(jobId=JOB)}), dates=True),
    Pattern("delete, answered as JsonResponse", CORE + "api/views.py",
            lambda ag: django_json({"response": ag.jobs.delete(jobId=OTHER)})),
    Pattern("import every job of a user, page by page", CORE + "management/commands/import-jobs.py",
            lambda ag: import_jobs(ag, "jdoe")),
    Pattern("stop what is not finished; skip what fails", DATACAT + "scripts/tapis_job_cleanup.py",
            lambda ag: stop_unfinished(ag, [JOB, OTHER, MISSING])),
    Pattern("submit from a reactor: 'id' in resp", DATACAT + "docs/pipelines/reactor.py",
            lambda ag: (lambda resp: resp["id"] if "id" in resp else None)(ag.jobs.submit(body=dict(JOB_REQUEST)))),
    Pattern("poll getStatus(...)['status']", DAPI.format("eedeb0e96a8d"),
            lambda ag: [ag.jobs.getStatus(jobId=j)["status"] for j in (JOB, OTHER, ALOE)]),
    Pattern("get(...)['maxHours'] to bound the monitoring loop", DAPI.format("eedeb0e96a8d"),
            lambda ag: int(ag.jobs.get(jobId=ALOE)["maxHours"] * 3600 // 15), dates=True),
    Pattern("runtime summary: differences of history 'created' datetimes", DAPI.format("ff7c16368c4b"),
            lambda ag: history_times(ag.jobs.getHistory(jobId=JOB)), dates=True),
    Pattern("history rows: rec.get(key, None) per column", CLI + "history.py",
            lambda ag: [[r.get(k, None) for k in ("status", "created", "description")]
                        for r in ag.jobs.getHistory(jobId=JOB)], dates=True),  # fmt: skip
    Pattern("grant a permission, then list them", CLI + "pems_grant.py",
            lambda ag: grant_then_list(ag, "carol", "read_write")),
    Pattern("revoke (NONE), then list", CLI + "pems_revoke.py", lambda ag: grant_then_list(ag, "bob", "none")),
    Pattern("drop every permission, then list", CLI + "pems_drop.py",
            lambda ag: (ag.jobs.deletePermissions(jobId=JOB),
                        [r.get("username") for r in ag.jobs.listPermissions(jobId=JOB)])),  # fmt: skip
    Pattern("job status rows: rec.get(key, None) per column", CLI + "status.py",
            lambda ag: [[ag.jobs.get(jobId=j).get(k, None) for k in HEADERS] for j in (JOB, ALOE)], dates=True),
    Pattern("stat a path: listOutputs(limit=2)[0] as a dict", CLI + "helpers/stat.py",
            lambda ag: stat(ag, "/logs/opensees.out"), dates=True),
    Pattern("stat a missing path: HTTPError, 404 or not", CLI + "helpers/stat.py", lambda ag: stat(ag, "/nope")),
    Pattern("walk the outputs page by page, recursively", CLI + "helpers/walk.py",
            lambda ag: walk_outputs(ag, "/outputs", 100)),
    Pattern("log file name from the job's name", CLI + "outputs_logs.py",
            lambda ag: "{}-{}.err".format(ag.jobs.get(jobId=JOB).get("name"), JOB)),
    Pattern("list()[0].id and .owner, then search on them", AGAVEPY + "tests/test_003_integration.py",
            lambda ag: (lambda first: ([j.id for j in ag.jobs.list(search={"id.like": first.id})],
                                       len(ag.jobs.list(search={"owner.like": first.owner}))))(ag.jobs.list()[0])),
    Pattern("listPermissions of the first job", AGAVEPY + "tests/test_003_integration.py",
            lambda ag: [(p["username"], p["permission"])
                        for p in ag.jobs.listPermissions(jobId=ag.jobs.list()[-1].id)]),
    Pattern("job._links['self']['href'] of a listed job", AGAVEPY + "tests/test_003_integration.py",
            lambda ag: [job._links["self"]["href"] for job in ag.jobs.list()]),
    Pattern("submit(body=job), then getStatus(jobId=my_job['id'])", AGAVEPY + "notebooks/FullExample.ipynb",
            lambda ag: (lambda my_job: ag.jobs.getStatus(jobId=my_job["id"]))(ag.jobs.submit(body=JOB_REQUEST))),
    Pattern("submit with the body read from a JSON file", CLI + "submit.py",
            lambda ag: dict(ag.jobs.submit(body=io.StringIO(json.dumps(JOB_REQUEST))))),
    Pattern("list(limit=2, filter=…) with a nested field", DOCS + "introduction/conventions-response-customization.rst",
            lambda ag: ag.jobs.list(limit=2, filter="name,status,appId,_links.archiveData.href")),
    Pattern("wait while getStatus(...)['status'] != 'FINISHED'", AGAVEPY + "notebooks/FullExample.ipynb",
            lambda ag: [ag.jobs.getStatus(jobId=OTHER)["status"] != "FINISHED" for _ in range(3)]),
]  # fmt: skip


def _cases() -> list[Any]:
    cases = []
    for pattern in PATTERNS:
        versions = (ALOE_VERSION, PRE_ALOE_VERSION) if pattern.dates else (ALOE_VERSION,)
        cases += [pytest.param(pattern, v, id=f"{pattern.name}-{'aloe' if v == ALOE_VERSION else 'pre-aloe'}")
                  for v in versions]  # fmt: skip
    return cases


@pytest.mark.parametrize(("pattern", "version"), _cases())
def test_the_pattern_has_the_same_outcome_through_both_clients(
    server: ShapingFake, pattern: Pattern, version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agave_fake, "VERSION", version)
    outcomes, requests_made = [], []
    for make in (agavepy_client, our_client):
        seed(server)
        if pattern.setup is not None:
            pattern.setup(server)
        client = make(server)
        outcomes.append(run(pattern.run, client))
        requests_made.append(wire(server.requests))
        if isinstance(client, Agave):
            client.close()
    theirs, ours = outcomes
    assert ours == theirs
    assert kinds(ours) == kinds(theirs)
    assert requests_made[1] == requests_made[0]


def test_an_unreachable_server_is_handled_the_same() -> None:
    # DesignSafe-CI/portal@af13089c955e:designsafe/apps/workspace/tasks.py: `except ConnectionError` on submit.
    fake = ShapingFake(require_auth=False).start()
    fake.stop()  # its port is closed now: nothing answers there
    theirs = submit_job(agavepy_client(fake), dict(JOB_REQUEST))
    with our_client(fake) as ag:
        ours = submit_job(ag, dict(JOB_REQUEST))
    assert ours == theirs == {"status": "error", "status_code": 500, "message": "Job Service Interruption"}


# -- where agavepy 0.9.5 itself breaks: shown broken there, working here ------------------------------------------
NAKED_SEARCH = {"appId.like": "*wc*", "naked": "true"}

CRASHES: list[tuple[str, str, Callable[[Any], Any], Callable[[Any], bool], Any]] = [
    # (pattern, source and agavepy's failure, the call, how agavepy fails, our outcome)
    ("naked=true search with filter: agavepy post-processes the bare list as an envelope (TypeError)",
     DOCS + "guides/search/introduction.rst",
     lambda ag: ag.jobs.list(search=NAKED_SEARCH, filter="id,appId,status", limit=3),
     lambda failure: isinstance(failure, TypeError),
     [{"id": ALOE, "appId": "wc-1.00", "status": "FINISHED"}, {"id": OTHER, "appId": "wc-1.00", "status": "FINISHED"},
      {"id": JOB, "appId": "wc-1.00", "status": "RUNNING"}]),
    ("downloadOutput: agavepy JSON-decodes the file (the CLI left the call commented out)", CLI + "helpers/sync.py",
     lambda ag: ag.jobs.downloadOutput(filePath="logs/opensees.out", jobId=JOB),
     lambda failure: isinstance(failure, ValueError),
     b"ok\n"),
    ("listPermissionsForUser: agavepy reads the one permission as a listing and returns its letters",
     "TACC/agavepy 0.9.5 resources (PermissionListing for a single Permission)",
     lambda ag: ag.jobs.listPermissionsForUser(jobId=JOB, username="bob"),
     lambda garbage: isinstance(garbage, list) and "username" not in garbage[0],
     [{"username": "bob", "internalUsername": None, "permission": {"read": True, "write": False},
       "_links": {"self": {"href": f"{agave_fake.BASE}/jobs/v2/{JOB}/pems/bob"},
                  "parent": {"href": f"{agave_fake.BASE}/jobs/v2/{JOB}"},
                  "profile": {"href": f"{agave_fake.BASE}/profiles/v2/bob"}}}]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "source", "call", "broken", "expected"), CRASHES, ids=[c[0][:40] for c in CRASHES])
def test_where_agavepy_breaks_the_pattern_works_here(
    server: ShapingFake, name: str, source: str, call: Callable[[Any], Any], broken: Callable[[Any], bool],
    expected: Any,
) -> None:  # fmt: skip
    seed(server)
    try:
        theirs = call(agavepy_client(server))
    except Exception as exc:  # agavepy's own failure, whatever its type
        theirs = exc
    assert broken(theirs)
    seed(server)
    with our_client(server) as ag:
        ours = call(ag)
    assert ours == expected
