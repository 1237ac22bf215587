"""The drop-in surface: agavepy's operation names and keywords on `Agave(...).jobs`.

agavepy code ports by changing its import: `Agave(api_server=…, token=…)`, then `ag.jobs.<nickname>(**kw)`,
answered as agavepy answers (records); a client made with `base_url=` (or `results="typed"`) answers the same
names with the typed models.
"""

from __future__ import annotations

import io

import pytest
import requests
from sciclients import errors
from sciclients._generated.agave_api.models import Job, JobHistory, JobStatus, JobSummary, Permission, RemoteFile
from sciclients.agave import Agave, AsyncAgave
from sciclients.agave._records import AgaveRecord

from tests.support.agave_fake import OWNER, FakeAgave

from .conftest import USER_TOKEN

AGAVEPY_NAMES = ["list", "submit", "get", "manage", "delete", "getHistory", "listPermissions", "updatePermissions",
                 "deletePermissions", "listPermissionsForUser", "updatePermissionsForUser", "deletePermissionsForUser",
                 "getStatus", "listOutputs", "downloadOutput", "search"]  # fmt: skip


@pytest.fixture()
def ag(fake: FakeAgave) -> Agave:
    """Constructed as agavepy users do, with `api_server` and `token`."""
    return Agave(api_server=fake.url, token=USER_TOKEN, max_retries=0)


def test_every_agavepy_name_is_there_on_both_clients(ag: Agave, fake: FakeAgave) -> None:
    asynchronous = AsyncAgave(api_server=fake.url, token=USER_TOKEN)
    for name in AGAVEPY_NAMES:
        assert callable(getattr(ag.jobs, name)) and callable(getattr(asynchronous.jobs, name))


def test_jobs_names(ag: Agave, fake: FakeAgave) -> None:
    job = ag.jobs.submit(body={"name": "n", "appId": "a-1", "archive": False})
    assert isinstance(job, AgaveRecord) and fake.requests[-1].json() == {"name": "n", "appId": "a-1", "archive": False}
    assert [j.id for j in ag.jobs.list(limit=10, offset=0, search={"status": "PENDING"})] == [job.id]
    assert isinstance(ag.jobs.list()[0], AgaveRecord)
    assert ag.jobs.get(jobId=job.id).name == "n"  # type: ignore[arg-type]
    status = ag.jobs.getStatus(jobId=job.id)  # type: ignore[arg-type]
    assert isinstance(status, AgaveRecord) and status.status == status["status"] == "PENDING"
    assert ag.jobs.manage(jobId=job.id, body={"action": "stop"}) is None  # type: ignore[arg-type]
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job.id}" and fake.requests[-1].json() == {"action": "stop"}
    assert ag.jobs.delete(jobId=job.id) is None  # type: ignore[arg-type]
    assert fake.requests[-1].method == "DELETE" and job.id in fake.hidden


def test_history_and_permission_names(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    events = ag.jobs.getHistory(jobId=job_id, limit=5, offset=0)
    assert fake.requests[-1].query == {"limit": ["5"], "offset": ["0"]}
    assert [type(e) for e in events] == [AgaveRecord]

    granted = ag.jobs.updatePermissions(jobId=job_id, body={"username": "bob", "permission": "READ",
                                                            "recursive": False})  # fmt: skip
    assert fake.requests[-1].json() == {"username": "bob", "permission": "READ", "recursive": False}
    assert isinstance(granted, AgaveRecord) and granted.username == "bob"
    assert [p.username for p in ag.jobs.listPermissions(jobId=job_id)] == [OWNER, "bob"]
    assert [p.username for p in ag.jobs.listPermissionsForUser(jobId=job_id, username="bob")] == ["bob"]
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/pems/bob"
    changed = ag.jobs.updatePermissionsForUser(jobId=job_id, username="bob", body={"permission": "READ_WRITE"})
    assert changed is not None and changed.permission.write is True
    assert ag.jobs.deletePermissionsForUser(jobId=job_id, username="bob") is None
    assert (fake.requests[-1].method, fake.requests[-1].raw_path) == ("DELETE", f"/jobs/v2/{job_id}/pems/bob")
    fake.shares[job_id]["carol"] = "READ"
    assert ag.jobs.deletePermissions(jobId=job_id) is None and fake.shares[job_id] == {}


def test_delete_permissions_for_user_accepts_agavepys_unique_name(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.shares[job_id]["bob"] = "READ"
    ag.jobs.deletePermissionsForUser(uniqueName=job_id, username="bob")
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/pems/bob" and fake.shares[job_id] == {}
    with pytest.raises(TypeError, match="not both"):
        ag.jobs.deletePermissionsForUser(uniqueName=job_id, jobId=job_id, username="bob")


def test_output_names(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.files[job_id] = {"logs/a b.txt": b"\x00\xffdata"}
    top = ag.jobs.listOutputs(jobId=job_id)
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/outputs/listings/"
    assert [(f.name, f.type) for f in top] == [("logs", "dir")] and isinstance(top[0], AgaveRecord)
    assert [f.name for f in ag.jobs.listOutputs(jobId=job_id, filePath="logs", limit=10)] == ["a b.txt"]
    out = io.BytesIO()
    assert ag.jobs.downloadOutput(jobId=job_id, filePath="logs/a b.txt", destination=out) == 6
    assert out.getvalue() == b"\x00\xffdata"
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/outputs/media/logs/a%20b.txt"
    assert ag.jobs.downloadOutput(jobId=job_id, filePath="logs/a b.txt") == b"\x00\xffdata"  # no destination: bytes


def test_search_in_agavepys_form_reaches_the_servers_search(ag: Agave, fake: FakeAgave) -> None:
    running = fake.add_job(status="RUNNING")["id"]
    fake.add_job(status="FINISHED")
    found = ag.jobs.search(attribute="status", value="RUNNING", limit=10)
    assert [j.id for j in found] == [running]
    rec = fake.requests[-1]
    assert (rec.raw_path, rec.query) == ("/jobs/v2/", {"status": ["RUNNING"], "limit": ["10"]})


def test_agavepy_keywords_are_required_and_checked(ag: Agave, fake: FakeAgave) -> None:
    with pytest.raises(TypeError):
        ag.jobs.getHistory()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ag.jobs.getStatus("positional-id")  # type: ignore[misc]
    with pytest.raises(ValueError, match="limit must be >= 0"):
        ag.jobs.listPermissions(jobId="j1", limit=-10)
    with pytest.raises(ValueError, match="body\\['permission'\\] must be one of"):
        ag.jobs.updatePermissionsForUser(jobId="j1", username="bob", body={"permission": "OWNER"})
    with pytest.raises(TypeError, match="job_id is required"):
        ag.jobs.deletePermissionsForUser(username="bob")
    assert fake.requests == []


def test_failures_are_typed_errors_and_requests_http_errors(ag: Agave, fake: FakeAgave) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        ag.jobs.getHistory(jobId="no-such-job")
    assert caught.value.server_message == "No job found with job id no-such-job."
    assert isinstance(caught.value, requests.exceptions.HTTPError)
    response = caught.value.response  # type: ignore[attr-defined]
    assert response.status_code == 404 and response.json()["message"] == "No job found with job id no-such-job."
    assert response.text == response.content.decode() and "good-token" not in str(response.request.headers)


def test_a_client_made_with_base_url_answers_agavepys_names_with_typed_models(fake: FakeAgave) -> None:
    job_id = fake.add_job(status="RUNNING")["id"]
    fake.files[job_id] = {"out.txt": b"hello"}
    for client in (Agave(base_url=fake.url, token=USER_TOKEN, max_retries=0),
                   Agave(api_server=fake.url, token=USER_TOKEN, max_retries=0, results="typed")):  # fmt: skip
        with client:
            assert isinstance(client.jobs.get(jobId=job_id), Job)
            assert isinstance(client.jobs.list()[0], JobSummary)
            assert isinstance(client.jobs.getStatus(jobId=job_id), JobStatus)
            assert [type(e) for e in client.jobs.getHistory(jobId=job_id)] == [JobHistory]
            assert isinstance(client.jobs.listPermissions(jobId=job_id)[0], Permission)
            assert isinstance(client.jobs.listOutputs(jobId=job_id)[0], RemoteFile)
            with pytest.raises(errors.NotFoundError) as caught:
                client.jobs.get(jobId="no-such-job")
            assert not isinstance(caught.value, requests.exceptions.HTTPError)
            with pytest.raises(TypeError, match="typed results cannot hold"):
                client.jobs.list(filter="id,status")


def test_the_snake_case_names_stay_typed_on_an_agavepy_client(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    assert isinstance(ag.jobs.get_status(job_id), JobStatus)
    assert [type(e) for e in ag.jobs.get_history(job_id)] == [JobHistory]
    assert isinstance(next(ag.jobs.iter_list()), JobSummary)
    with pytest.raises(errors.NotFoundError) as caught:  # the client's failures are agavepy's kind everywhere
        ag.jobs.get_status("no-such-job")
    assert isinstance(caught.value, requests.exceptions.HTTPError)


def test_restore_and_with_options_keep_agavepys_results(fake: FakeAgave, monkeypatch: pytest.MonkeyPatch) -> None:
    job_id = fake.add_job()["id"]
    monkeypatch.setenv("TAPIS_BASE_URL", fake.url)
    monkeypatch.setenv("TAPIS_TOKEN", USER_TOKEN)
    with Agave.restore(max_retries=0) as restored:
        assert isinstance(restored.jobs.getStatus(jobId=job_id), AgaveRecord)
        assert isinstance(restored.with_options(timeout=5).jobs.getStatus(jobId=job_id), AgaveRecord)
    with Agave(base_url=fake.url, token=USER_TOKEN) as typed:
        assert isinstance(typed.with_options(timeout=5).jobs.getStatus(jobId=job_id), JobStatus)
    with pytest.raises(ValueError, match="results must be 'agavepy' or 'typed'"):
        Agave(base_url=fake.url, token=USER_TOKEN, results="dicts")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_agavepy_names(fake: FakeAgave) -> None:
    job_id = fake.add_job(status="RUNNING")["id"]
    fake.files[job_id] = {"out.txt": b"hello"}
    async with AsyncAgave(api_server=fake.url, token=USER_TOKEN, max_retries=0) as ag:
        assert (await ag.jobs.getStatus(jobId=job_id))["status"] == "RUNNING"
        assert [e.status for e in await ag.jobs.getHistory(jobId=job_id)] == ["PENDING"]
        assert [f.name for f in await ag.jobs.listOutputs(jobId=job_id)] == ["out.txt"]
        await ag.jobs.updatePermissionsForUser(jobId=job_id, username="bob", body={"permission": "READ"})
        assert [p.username for p in await ag.jobs.listPermissions(jobId=job_id)] == [OWNER, "bob"]
        await ag.jobs.deletePermissionsForUser(uniqueName=job_id, username="bob")
        assert [j.id for j in await ag.jobs.search(attribute="status", value="RUNNING")] == [job_id]
        out = io.BytesIO()
        assert await ag.jobs.downloadOutput(jobId=job_id, filePath="out.txt", destination=out) == 5
        assert await ag.jobs.downloadOutput(jobId=job_id, filePath="out.txt") == b"hello"
        with pytest.raises(requests.exceptions.HTTPError) as caught:
            await ag.with_options(timeout=5).jobs.getStatus(jobId="no-such-job")
        assert caught.value.response.status_code == 404


def test_agavepys_argument_forms_are_read_or_refused_before_any_request(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    ag.jobs.getHistory(jobId=job_id, limit="5", offset=" 0 ")
    assert fake.requests[-1].query == {"limit": ["5"], "offset": ["0"]}
    ag.jobs.list(limit=None, query={"owner": "jdoe"}, search={"pretty": True})
    assert fake.requests[-1].query == {"owner": ["jdoe"], "pretty": ["true"]}
    ag.jobs.getStatus(jobId=job_id, filter="id,status")
    assert fake.requests[-1].query == {"filter": ["id,status"]}
    sent = len(fake.requests)
    refusals = [
        (lambda: ag.jobs.list(limit="ten"), ValueError, "limit must be a whole number"),
        (lambda: ag.jobs.list(offset="-1"), ValueError, "offset must be a whole number"),
        (lambda: ag.jobs.submit(body='{"name": "n", "appId": '), ValueError, "body is not a JSON object"),
        (lambda: ag.jobs.submit(body="[1, 2]"), TypeError, "body must be a dict"),
        (lambda: ag.jobs.submit(body=io.StringIO("[1, 2]")), TypeError, "body must hold a JSON object"),
        (lambda: ag.jobs.manage(jobId=job_id, body=b'{"action": "explode"}'), ValueError, "body\\['action'\\]"),
        (lambda: ag.jobs.list(filter=["id"]), TypeError, "filter must be a str"),
        (lambda: ag.jobs.list(query=["owner"]), TypeError, "query must be a dict"),
        (lambda: ag.jobs.get(jobId=job_id, search={"naked": object()}), TypeError, "naked: expected a str"),
        (lambda: ag.jobs.get(jobId=job_id, colour="red"), TypeError, "get\\(\\) got unexpected keyword"),
    ]
    for call, kind, words in refusals:
        with pytest.raises(kind, match=words):
            call()
    assert len(fake.requests) == sent


def test_records_read_like_agavepys_attrdict(ag: Agave, fake: FakeAgave) -> None:
    import copy
    import json
    import pickle

    job_id = fake.add_job(status="RUNNING")["id"]
    job = ag.jobs.get(jobId=job_id)
    assert job.appId == job["appId"] and job._links.self.href.endswith(job_id) and "archivePath" in job
    assert dict(job) == json.loads(json.dumps(job)) and list(job) == list(job.keys())
    assert job.get("nosuchfield") is None and not hasattr(job, "nosuchfield")
    for missing in (AttributeError, KeyError):  # agavepy's AttrDict raises KeyError, getattr() needs AttributeError
        with pytest.raises(missing, match="no field 'nosuchfield'"):
            job.nosuchfield  # noqa: B018
    job.note = "mine"
    assert job["note"] == "mine" and "appId" in dir(job)
    del job.note
    assert "note" not in job
    assert copy.deepcopy(job) == job and pickle.loads(pickle.dumps(job)) == job


def test_without_requests_the_sciclients_error_is_raised_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from sciclients.agave._requests_errors import as_requests_error

    error = errors.NotFoundError("gone", status_code=404, body='{"status": "error"}', method="GET", url="https://x/y")
    refused = errors.APIConnectionError("connection refused", method="GET", url="https://x/y")
    assert isinstance(as_requests_error(error), requests.exceptions.HTTPError)
    assert isinstance(as_requests_error(refused), requests.exceptions.ConnectionError)
    monkeypatch.setitem(sys.modules, "requests", None)  # `import requests` now fails
    assert as_requests_error(error) is error and as_requests_error(refused) is refused


def test_an_unreachable_server_is_requests_connection_error() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]  # nothing listens there once the probe is closed
    with Agave(api_server=f"http://127.0.0.1:{closed_port}", token=USER_TOKEN, max_retries=0) as unreachable:
        with pytest.raises(requests.exceptions.ConnectionError) as caught:
            unreachable.jobs.getStatus(jobId="j1")
    assert isinstance(caught.value, errors.APIConnectionError) and caught.value.response is None
    assert USER_TOKEN not in repr(caught.value) and caught.value.request.headers is None
