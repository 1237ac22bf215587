"""The drop-in surface: agavepy's operation names and keywords on `Agave(...).jobs`, with typed results.

agavepy code ports by changing its import: `Agave(api_server=…, token=…)`, then `ag.jobs.<nickname>(**kw)`.
"""

from __future__ import annotations

import io

import pytest
from sciclients import errors
from sciclients._generated.agave_api.models import Job, JobHistory, JobStatus, JobSummary, Permission, RemoteFile
from sciclients.agave import Agave, AsyncAgave

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
    assert isinstance(job, Job) and fake.requests[-1].json() == {"name": "n", "appId": "a-1", "archive": False}
    assert [j.id for j in ag.jobs.list(limit=10, offset=0, search={"status": "PENDING"})] == [job.id]
    assert isinstance(ag.jobs.list()[0], JobSummary)
    assert ag.jobs.get(jobId=job.id).name == "n"  # type: ignore[arg-type]
    status = ag.jobs.getStatus(jobId=job.id)  # type: ignore[arg-type]
    assert isinstance(status, JobStatus) and status.status == "PENDING"
    assert ag.jobs.manage(jobId=job.id, body={"action": "stop"}) is None  # type: ignore[arg-type]
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job.id}" and fake.requests[-1].json() == {"action": "stop"}
    assert ag.jobs.delete(jobId=job.id) is None  # type: ignore[arg-type]
    assert fake.requests[-1].method == "DELETE" and job.id in fake.hidden


def test_history_and_permission_names(ag: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    events = ag.jobs.getHistory(jobId=job_id, limit=5, offset=0)
    assert fake.requests[-1].query == {"limit": ["5"], "offset": ["0"]}
    assert [type(e) for e in events] == [JobHistory]

    granted = ag.jobs.updatePermissions(jobId=job_id, body={"username": "bob", "permission": "READ",
                                                            "recursive": False})  # fmt: skip
    assert fake.requests[-1].json() == {"username": "bob", "permission": "READ", "recursive": False}
    assert isinstance(granted, Permission) and granted.username == "bob"
    assert [p.username for p in ag.jobs.listPermissions(jobId=job_id)] == [OWNER, "bob"]
    assert [p.username for p in ag.jobs.listPermissionsForUser(jobId=job_id, username="bob")] == ["bob"]
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/pems/bob"
    changed = ag.jobs.updatePermissionsForUser(jobId=job_id, username="bob", body={"permission": "READ_WRITE"})
    assert changed is not None and changed.permission.write is True  # type: ignore[union-attr]
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
    assert [(f.name, f.type_) for f in top] == [("logs", "dir")] and isinstance(top[0], RemoteFile)
    assert [f.name for f in ag.jobs.listOutputs(jobId=job_id, filePath="logs", limit=10)] == ["a b.txt"]
    out = io.BytesIO()
    assert ag.jobs.downloadOutput(jobId=job_id, filePath="logs/a b.txt", destination=out) == 6
    assert out.getvalue() == b"\x00\xffdata"
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/outputs/media/logs/a%20b.txt"


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


def test_failures_are_typed_errors_not_agave_exceptions(ag: Agave, fake: FakeAgave) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        ag.jobs.getHistory(jobId="no-such-job")
    assert caught.value.server_message == "No job found with job id no-such-job."


@pytest.mark.anyio
async def test_async_agavepy_names(fake: FakeAgave) -> None:
    job_id = fake.add_job(status="RUNNING")["id"]
    fake.files[job_id] = {"out.txt": b"hello"}
    async with AsyncAgave(api_server=fake.url, token=USER_TOKEN, max_retries=0) as ag:
        assert (await ag.jobs.getStatus(jobId=job_id)).status == "RUNNING"
        assert [e.status for e in await ag.jobs.getHistory(jobId=job_id)] == ["PENDING"]
        assert [f.name for f in await ag.jobs.listOutputs(jobId=job_id)] == ["out.txt"]
        await ag.jobs.updatePermissionsForUser(jobId=job_id, username="bob", body={"permission": "READ"})
        assert [p.username for p in await ag.jobs.listPermissions(jobId=job_id)] == [OWNER, "bob"]
        await ag.jobs.deletePermissionsForUser(uniqueName=job_id, username="bob")
        assert [j.id for j in await ag.jobs.search(attribute="status", value="RUNNING")] == [job_id]
        out = io.BytesIO()
        assert await ag.jobs.downloadOutput(jobId=job_id, filePath="out.txt", destination=out) == 5
