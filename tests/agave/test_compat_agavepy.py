"""Side by side with agavepy 0.9.5 against a loopback recorder: same call, same request on the wire.

For every jobs operation agavepy gets right, the same agavepy call (name and keywords) is made through agavepy
and through `sciclients.agave.Agave`, each against its own identically seeded recorder; method, path (as
sent, percent-encoding included), query and JSON body must be equal. The four operations agavepy 0.9.5
breaks (search, deletePermissionsForUser, listOutputs without a path, downloadOutput of a binary file)
are shown broken there and working here.
"""

from __future__ import annotations

import importlib.metadata
import io
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sciclients.agave import Agave

from tests.support.agave_fake import FakeAgave, Recorded

try:
    _AGAVEPY_VERSION: str | None = importlib.metadata.version("agavepy")
except importlib.metadata.PackageNotFoundError:
    _AGAVEPY_VERSION = None
if _AGAVEPY_VERSION != "0.9.5":
    pytest.skip(
        f"the side-by-side wire comparison needs agavepy==0.9.5 (found {_AGAVEPY_VERSION or 'none'}); "
        "install it with: pip install agavepy==0.9.5",
        allow_module_level=True,
    )

_saved_path = list(sys.path)
import agavepy.agave as legacy  # noqa: E402 - only once agavepy is known to be there

sys.path[:] = _saved_path  # agavepy puts its own directory first on sys.path at import

JOB = "2218546004213698070-242ac11b-0001-007"
OTHER = "4440000000000000000-242ac11b-0001-007"
BINARY = bytes(range(256)) * 8
SUBMIT_BODY: dict[str, Any] = {
    "name": "wc-demo", "appId": "wc-1.00", "executionSystem": "tacc.stampede2.jdoe", "batchQueue": "normal",
    "nodeCount": 1, "processorsPerNode": 16, "memoryPerNode": 4, "maxRunTime": "01:00:00", "archive": True,
    "archiveSystem": "data.tacc.utexas.edu", "archivePath": "jdoe/archive/jobs/wc-demo",
    "inputs": {"query1": "agave://data.tacc.utexas.edu/jdoe/inputs/picksumipsum.txt"},
    "parameters": {"printLongestLine": False},
    "notifications": [{"url": "jdoe@example.org", "event": "FINISHED", "persistent": False},
                      {"url": "https://hooks.example.org/agave?id=${JOB_ID}&status=${JOB_STATUS}", "event": "*",
                       "persistent": True}],
}  # fmt: skip


def seed(fake: FakeAgave) -> FakeAgave:
    fake.add_job(id=JOB, name="wc-demo", status="RUNNING")
    fake.add_job(id=OTHER, name="other", status="FINISHED")
    fake.shares[JOB]["bob"] = "READ"
    fake.files[JOB] = {"logs/run 1/out.txt": b"hello\n", "bin/data.bin": BINARY, "wc_out.txt": b"words\n"}
    return fake.start()


def _plain_http(node: Any) -> None:
    """agavepy renders `https://{host:port}` into every basePath; the recorder speaks plain http on loopback."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "basePath" and isinstance(value, str):
                node[key] = value.replace("https://", "http://", 1)
            else:
                _plain_http(value)
    elif isinstance(node, list):
        for value in node:
            _plain_http(value)


@pytest.fixture()
def recorders() -> Iterator[tuple[FakeAgave, FakeAgave]]:
    theirs, ours = seed(FakeAgave(require_auth=False)), seed(FakeAgave())
    yield theirs, ours
    theirs.stop()
    ours.stop()


def agavepy_client(fake: FakeAgave) -> Any:
    resources = legacy.load_resource(fake.url)
    _plain_http(resources)
    return legacy.Agave(api_server=fake.url, token="legacy-t0ken", resources=resources, proxies={})


def our_client(fake: FakeAgave) -> Agave:
    return Agave(api_server=fake.url, token="good-token", max_retries=0)


def wire(rec: Recorded) -> tuple[str, str, dict[str, list[str]], Any]:
    return rec.method, rec.raw_path, rec.query, json.loads(rec.body) if rec.body else None


CASES: list[tuple[str, dict[str, Any]]] = [
    ("list", {}),
    ("list", {"limit": 5, "offset": 10}),
    ("list", {"search": {"status.in": "RUNNING,QUEUED", "name.like": "*demo*"}}),
    ("submit", {"body": SUBMIT_BODY}),
    ("get", {"jobId": JOB}),
    ("manage", {"jobId": JOB, "body": {"action": "stop"}}),
    ("manage", {"jobId": JOB, "body": {"action": "resubmit", "ignoreInputConflicts": "true",
                                       "ignoreParameterConflicts": "false"}}),
    ("delete", {"jobId": JOB}),
    ("getHistory", {"jobId": JOB}),
    ("getHistory", {"jobId": JOB, "limit": 2, "offset": 0, "search": {"status": "PENDING"}}),
    ("listPermissions", {"jobId": JOB, "limit": 10, "offset": 0}),
    ("updatePermissions", {"jobId": JOB, "body": {"username": "carol", "permission": "READ_WRITE",
                                                  "recursive": False}}),
    ("deletePermissions", {"jobId": JOB}),
    ("listPermissionsForUser", {"jobId": JOB, "username": "bob"}),
    ("updatePermissionsForUser", {"jobId": JOB, "username": "bob", "body": {"username": "bob",
                                                                            "permission": "READ"}}),
    ("getStatus", {"jobId": JOB}),
    ("listOutputs", {"jobId": JOB, "filePath": "logs/run 1", "limit": 10}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kwargs"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_the_same_call_puts_the_same_request_on_the_wire(
    recorders: tuple[FakeAgave, FakeAgave], name: str, kwargs: dict[str, Any]
) -> None:
    theirs, ours = recorders
    getattr(agavepy_client(theirs).jobs, name)(**kwargs)
    with our_client(ours) as client:
        getattr(client.jobs, name)(**kwargs)
    assert len(theirs.requests) == len(ours.requests) == 1
    assert wire(ours.requests[0]) == wire(theirs.requests[0])
    if theirs.requests[0].body:
        assert ours.requests[0].headers["content-type"] == theirs.requests[0].headers["content-type"]


def test_authorization_is_kept_where_agavepy_drops_it(recorders: tuple[FakeAgave, FakeAgave]) -> None:
    theirs, ours = recorders
    agavepy_client(theirs).jobs.getStatus(jobId=JOB)
    with our_client(ours) as client:
        client.jobs.getStatus(jobId=JOB)
    assert "authorization" not in theirs.requests[0].headers  # agavepy: base URL with a port
    assert ours.requests[0].headers["authorization"] == "Bearer good-token"


def _fails(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except Exception as exc:  # agavepy's own failure, whatever its type
        return exc
    raise AssertionError("agavepy 0.9.5 was expected to fail here")


def test_search_misses_the_route_in_agavepy_and_searches_here(recorders: tuple[FakeAgave, FakeAgave]) -> None:
    theirs, ours = recorders
    _fails(lambda: agavepy_client(theirs).jobs.search(attribute="status", value="RUNNING"))
    assert wire(theirs.requests[0])[:2] == ("GET", "/jobs/v2/status/RUNNING")  # a job named "status": 404
    with our_client(ours) as client:
        found = client.jobs.search(attribute="status", value="RUNNING")
    assert [job.id for job in found] == [JOB]
    assert wire(ours.requests[0]) == ("GET", "/jobs/v2/", {"status": ["RUNNING"]}, None)


def test_delete_permissions_for_user_never_fills_the_job_id_in_agavepy(recorders: tuple[FakeAgave, FakeAgave]) -> None:
    theirs, ours = recorders
    _fails(lambda: agavepy_client(theirs).jobs.deletePermissionsForUser(uniqueName=JOB, username="bob"))
    assert wire(theirs.requests[0])[:2] == ("DELETE", "/jobs/v2/%7BjobId%7D/pems/bob")
    assert theirs.shares[JOB] == {"bob": "READ"}
    with our_client(ours) as client:
        assert client.jobs.deletePermissionsForUser(uniqueName=JOB, username="bob") is None
    assert wire(ours.requests[0]) == ("DELETE", f"/jobs/v2/{JOB}/pems/bob", {}, None)
    assert ours.shares[JOB] == {}


def test_list_outputs_without_a_path_is_refused_by_agavepy_and_lists_the_top_here(
    recorders: tuple[FakeAgave, FakeAgave],
) -> None:
    theirs, ours = recorders
    with pytest.raises(TypeError, match="Missing required parameter 'filePath'"):
        agavepy_client(theirs).jobs.listOutputs(jobId=JOB)
    assert theirs.requests == []
    with our_client(ours) as client:
        top = client.jobs.listOutputs(jobId=JOB)
    assert [(f.name, f.type) for f in top] == [("bin", "dir"), ("logs", "dir"), ("wc_out.txt", "file")]
    assert wire(ours.requests[0]) == ("GET", f"/jobs/v2/{JOB}/outputs/listings/", {}, None)


def test_download_output_of_a_binary_file_fails_in_agavepy_and_streams_here(
    recorders: tuple[FakeAgave, FakeAgave],
) -> None:
    theirs, ours = recorders
    failure = _fails(lambda: agavepy_client(theirs).jobs.downloadOutput(jobId=JOB, filePath="bin/data.bin"))
    assert isinstance(failure, ValueError)  # requests' JSONDecodeError: agavepy JSON-decodes the bytes
    out = io.BytesIO()
    with our_client(ours) as client:
        assert client.jobs.downloadOutput(jobId=JOB, filePath="bin/data.bin", destination=out) == len(BINARY)
    assert out.getvalue() == BINARY
    assert wire(ours.requests[0]) == wire(theirs.requests[0])  # agavepy's request itself was right
