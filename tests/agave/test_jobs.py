"""`agave.jobs`, typed names, against the loopback Agave-like server: the request on the wire, the typed result."""

from __future__ import annotations

from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.agave_api.models import (
    Job,
    JobHistory,
    JobStatus,
    JobSummary,
    Permission,
    RemoteFile,
    SubmitJobRequest,
)
from sciclients.agave import Agave, AsyncAgave

from tests.support.agave_fake import OWNER, FakeAgave

SUBMIT_BODY: dict[str, Any] = {
    "name": "wc-demo",
    "appId": "wc-1.00",
    "executionSystem": "tacc.stampede2.jdoe",
    "memoryPerNode": 4,
    "maxRunTime": "01:00:00",
    "archive": True,
    "inputs": {"query1": "agave://data.tacc.utexas.edu/jdoe/inputs/picksumipsum.txt"},
    "parameters": {"printLongestLine": False},
    "notifications": [{"url": "jdoe@example.org", "event": "FINISHED", "persistent": False}],
}


def last(fake: FakeAgave) -> tuple[str, str, dict[str, list[str]]]:
    rec = fake.requests[-1]
    return rec.method, rec.raw_path, rec.query


# -- jobs ---------------------------------------------------------------------------------------------------------
def test_list_sends_no_query_by_default_and_returns_summaries(agave: Agave, fake: FakeAgave) -> None:
    older, newer = fake.add_job(name="older"), fake.add_job(name="newer", status="RUNNING")
    jobs = agave.jobs.list()
    assert last(fake) == ("GET", "/jobs/v2/", {})
    assert all(isinstance(job, JobSummary) for job in jobs)
    assert [(j.id, j.name, j.status) for j in jobs] == [(newer["id"], "newer", "RUNNING"), (older["id"], "older",
                                                                                            "FINISHED")]  # fmt: skip
    assert jobs[0].links.archive_data.href.endswith(f"/jobs/v2/{newer['id']}/outputs/listings")  # type: ignore[union-attr]


def test_list_paging_sorting_and_search_terms_on_the_wire(agave: Agave, fake: FakeAgave) -> None:
    for i in range(5):
        fake.add_job(name=f"job{i}", status="RUNNING" if i % 2 else "QUEUED")
    jobs = agave.jobs.list(limit=2, offset=1, order="asc", order_by="name", search={"status.in": ["RUNNING"]})
    assert last(fake) == ("GET", "/jobs/v2/", {"limit": ["2"], "offset": ["1"], "order": ["ASC"],
                                               "orderBy": ["name"], "status.in": ["RUNNING"]})  # fmt: skip
    assert [j.name for j in jobs] == ["job3"]  # RUNNING: job1, job3; ASC by name; offset 1


def test_submit_posts_the_body_and_returns_the_new_job(agave: Agave, fake: FakeAgave) -> None:
    job = agave.jobs.submit(SUBMIT_BODY)
    rec = fake.requests[-1]
    assert (rec.method, rec.raw_path) == ("POST", "/jobs/v2/")
    assert rec.headers["content-type"] == "application/json"
    assert rec.json() == SUBMIT_BODY
    assert isinstance(job, Job) and job.status == "PENDING" and job.id in fake.jobs
    assert job.inputs["query1"] == ["agave://data.tacc.utexas.edu/jdoe/inputs/picksumipsum.txt"]  # type: ignore[index]
    again = agave.jobs.submit(SubmitJobRequest.from_dict(SUBMIT_BODY))
    assert fake.requests[-1].json() == SUBMIT_BODY and again.id != job.id


def test_get_and_get_status(agave: Agave, fake: FakeAgave) -> None:
    stored = fake.add_job(status="RUNNING", memoryPerNode="4GB")
    job = agave.jobs.get(stored["id"])
    assert last(fake) == ("GET", f"/jobs/v2/{stored['id']}", {})
    assert isinstance(job, Job) and (job.id, job.status, job.memory_per_node) == (stored["id"], "RUNNING", "4GB")
    assert job.created.isoformat() == "2019-02-12T10:15:30-06:00"  # type: ignore[union-attr]
    status = agave.jobs.get_status(stored["id"])
    assert last(fake) == ("GET", f"/jobs/v2/{stored['id']}/status", {})
    assert isinstance(status, JobStatus) and status.status == "RUNNING"


def test_job_ids_are_path_escaped(agave: Agave, fake: FakeAgave) -> None:
    with pytest.raises(errors.NotFoundError):
        agave.jobs.get("a/b c")
    assert fake.requests[-1].raw_path == "/jobs/v2/a%2Fb%20c"


def test_manage_stop_resubmit_restore_reset(agave: Agave, fake: FakeAgave) -> None:
    stored = fake.add_job(status="RUNNING")
    assert agave.jobs.manage(stored["id"], "stop") is None
    assert last(fake)[:2] == ("POST", f"/jobs/v2/{stored['id']}")
    assert fake.requests[-1].json() == {"action": "stop"} and fake.jobs[stored["id"]]["status"] == "STOPPED"

    new = agave.jobs.manage(stored["id"], {"action": "RESUBMIT", "ignoreInputConflicts": "false"})
    assert fake.requests[-1].json() == {"action": "resubmit", "ignoreInputConflicts": "false"}
    assert isinstance(new, Job) and new.id != stored["id"] and new.status == "PENDING"  # 202: the new job

    agave.jobs.delete(stored["id"])
    restored = agave.jobs.manage(stored["id"], "restore")
    assert isinstance(restored, Job) and restored.id == stored["id"] and stored["id"] not in fake.hidden

    with pytest.raises(errors.PermissionDeniedError) as caught:
        agave.jobs.manage(stored["id"], "reset")
    assert caught.value.status_code == 403
    assert caught.value.server_message == "User does not have permission to roll back this job"


def test_delete_hides_the_job(agave: Agave, fake: FakeAgave) -> None:
    stored = fake.add_job()
    assert agave.jobs.delete(stored["id"]) is None
    assert last(fake) == ("DELETE", f"/jobs/v2/{stored['id']}", {})
    with pytest.raises(errors.NotFoundError, match="is not visible"):
        agave.jobs.get(stored["id"])
    assert agave.jobs.list() == []


# -- history ------------------------------------------------------------------------------------------------------
def test_get_history(agave: Agave, fake: FakeAgave) -> None:
    stored = fake.add_job()
    fake.history[stored["id"]].append({"status": "STAGING_INPUTS", "created": "2019-02-12T10:15:41.000-06:00",
                                       "createdBy": OWNER, "description": "Copy in progress",
                                       "progress": {"uuid": "t-1", "totalFiles": 1, "totalBytes": 3235}})  # fmt: skip
    events = agave.jobs.get_history(stored["id"])
    assert last(fake) == ("GET", f"/jobs/v2/{stored['id']}/history", {})
    assert all(isinstance(e, JobHistory) for e in events)
    assert [e.status for e in events] == ["PENDING", "STAGING_INPUTS"]
    assert events[1].progress.total_bytes == 3235  # type: ignore[union-attr]
    events = agave.jobs.get_history(stored["id"], limit=1, offset=0, order="DESC", search={"status": "PENDING"})
    assert last(fake)[2] == {"limit": ["1"], "offset": ["0"], "order": ["DESC"], "status": ["PENDING"]}
    assert [e.status for e in events] == ["PENDING"]


# -- permissions --------------------------------------------------------------------------------------------------
def test_permissions_list_update_and_delete(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    granted = agave.jobs.update_permissions(job_id, {"username": "bob", "permission": "read"})
    rec = fake.requests[-1]
    assert (rec.method, rec.raw_path, rec.json()) == ("POST", f"/jobs/v2/{job_id}/pems",
                                                      {"username": "bob", "permission": "READ"})  # fmt: skip
    assert isinstance(granted, Permission) and granted.username == "bob"
    assert (granted.permission.read, granted.permission.write) == (True, False)  # type: ignore[union-attr]

    pems = agave.jobs.list_permissions(job_id, limit=10)
    assert last(fake) == ("GET", f"/jobs/v2/{job_id}/pems", {"limit": ["10"]})
    assert [p.username for p in pems] == [OWNER, "bob"]  # the owner first

    assert agave.jobs.delete_permissions(job_id) is None
    assert last(fake) == ("DELETE", f"/jobs/v2/{job_id}/pems", {})
    assert [p.username for p in agave.jobs.list_permissions(job_id)] == [OWNER]


def test_permissions_for_one_user(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    changed = agave.jobs.update_permissions_for_user(job_id, "carol", "READ_WRITE")
    rec = fake.requests[-1]
    assert (rec.method, rec.raw_path, rec.json()) == ("POST", f"/jobs/v2/{job_id}/pems/carol",
                                                      {"permission": "READ_WRITE"})  # fmt: skip
    assert changed is not None and changed.permission.write is True  # type: ignore[union-attr]

    found = agave.jobs.list_permissions_for_user(job_id, "carol")
    assert last(fake) == ("GET", f"/jobs/v2/{job_id}/pems/carol", {})
    assert [(p.username, p.permission.read) for p in found] == [("carol", True)]  # type: ignore[union-attr]

    assert agave.jobs.delete_permissions_for_user(job_id, "carol") is None
    assert last(fake) == ("DELETE", f"/jobs/v2/{job_id}/pems/carol", {})
    with pytest.raises(errors.NotFoundError) as caught:
        agave.jobs.list_permissions_for_user(job_id, "carol")
    assert caught.value.server_message == "No permissions found for user carol"


def test_revoking_with_none(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.shares[job_id]["bob"] = "READ"
    revoked = agave.jobs.update_permissions(job_id, {"username": "bob", "permission": "NONE"})
    assert revoked is not None and revoked.permission.read is False  # type: ignore[union-attr]
    assert "bob" not in fake.shares[job_id]


# -- outputs ------------------------------------------------------------------------------------------------------
def test_list_outputs_root_and_paths_keep_their_slashes(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.files[job_id] = {"wc_out.txt": b"x" * 52, "logs/run 1/stdout.log": b"ok"}
    top = agave.jobs.list_outputs(job_id)
    assert last(fake) == ("GET", f"/jobs/v2/{job_id}/outputs/listings/", {})
    assert all(isinstance(f, RemoteFile) for f in top)
    assert [(f.name, f.type_, f.length) for f in top] == [("logs", "dir", 4096), ("wc_out.txt", "file", 52)]
    inner = agave.jobs.list_outputs(job_id, "/logs/run 1", limit=5)
    assert last(fake) == ("GET", f"/jobs/v2/{job_id}/outputs/listings/logs/run%201", {"limit": ["5"]})
    assert [f.name for f in inner] == ["stdout.log"]


# -- search -------------------------------------------------------------------------------------------------------
def test_search_builds_terms_and_uses_the_job_list(agave: Agave, fake: FakeAgave) -> None:
    fake.add_job(name="demo-a", status="RUNNING", appId="wc-1.00")
    fake.add_job(name="demo-b", status="QUEUED", appId="wc-1.00")
    fake.add_job(name="other", status="RUNNING", appId="sleep-0.1")
    found = agave.jobs.search(status__in=["RUNNING", "QUEUED"], name__like="demo*", app_id="wc-1.00", limit=50)
    assert last(fake) == ("GET", "/jobs/v2/", {"status.in": ["RUNNING,QUEUED"], "name.like": ["demo*"],
                                               "appId": ["wc-1.00"], "limit": ["50"]})  # fmt: skip
    assert sorted(j.name for j in found) == ["demo-a", "demo-b"]  # type: ignore[type-var]
    assert [j.name for j in agave.jobs.search("status", "QUEUED")] == ["demo-b"]
    assert last(fake)[2] == {"status": ["QUEUED"]}


# -- errors -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error_class", "status", "message"),
    [
        (lambda a, j: a.jobs.get("no-such-job"), errors.NotFoundError, 404, "No job found with job id no-such-job."),
        (lambda a, j: a.jobs.get_status("no-such-job"), errors.NotFoundError, 404,
         "Not job found with job id no-such-job"),
        (lambda a, j: a.jobs.list_outputs("no-such-job"), errors.NotFoundError, 400,
         "Not job found with job id no-such-job"),
        (lambda a, j: a.jobs.update_permissions("no-such-job", {"username": "bob", "permission": "READ"}),
         errors.BadRequestError, 400, "Invalid job id"),
        (lambda a, j: a.jobs.update_permissions(j, {"username": "zed", "permission": "READ"}),
         errors.NotFoundError, 404, "No user found matching zed"),
        (lambda a, j: a.jobs.list(search={"status": "SNOOZING"}), errors.InternalServerError, 500,
         "Unknown job status SNOOZING"),
    ],
)  # fmt: skip
def test_failures_carry_status_and_the_servers_words(
    agave: Agave, fake: FakeAgave, call: Any, error_class: type[errors.APIStatusError], status: int, message: str
) -> None:
    job_id = fake.add_job()["id"]
    with pytest.raises(error_class) as caught:
        call(agave, job_id)
    assert caught.value.status_code == status
    assert caught.value.server_message == message
    assert message in str(caught.value) and caught.value.method in ("GET", "POST")


def test_output_routes_say_401_for_a_missing_read_permission(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.unreadable.add(job_id)
    with pytest.raises(errors.PermissionDeniedError) as caught:
        agave.jobs.list_outputs(job_id)
    assert caught.value.status_code == 401
    assert caught.value.server_message == "User does not have permission to view this resource."


def test_storage_down_is_a_server_error_with_its_words(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.storage_down = True
    with pytest.raises(errors.InternalServerError, match="currently DOWN") as caught:
        agave.jobs.list_outputs(job_id)
    assert caught.value.status_code == 504


def test_a_failed_stop_is_not_retried(fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.faults[f"/jobs/v2/{job_id}"] = [(502, '{"status": "error", "message": "Failed to stop job", "version": "2"}',
                                          {})]  # fmt: skip
    with Agave(base_url=fake.url, token="good-token", max_retries=2) as client:
        with pytest.raises(errors.InternalServerError, match="Failed to stop job"):
            client.jobs.manage(job_id, "stop")
    assert [r.method for r in fake.requests] == ["POST"]


def test_an_error_envelope_in_a_200_is_an_error(agave: Agave, fake: FakeAgave) -> None:
    fake.faults["/jobs/v2/"] = [(200, '{"status": "error", "message": "Unable to fetch job records.", "version": "2"}',
                                 {})]  # fmt: skip
    from sciclients.agave import AgaveAPIError

    with pytest.raises(AgaveAPIError, match="Unable to fetch job records") as caught:
        agave.jobs.list()
    assert caught.value.status_code == 200


@pytest.mark.parametrize(
    "body", ["<html>proxy error</html>", '{"no": "envelope"}', '{"status": "success", "result": 7}']
)
def test_answers_that_break_the_contract_are_validation_errors(agave: Agave, fake: FakeAgave, body: str) -> None:
    fake.faults["/jobs/v2/"] = [(200, body, {})]
    with pytest.raises(errors.APIResponseValidationError):
        agave.jobs.list()


def test_a_result_less_envelope_without_version_is_accepted(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.faults[f"/jobs/v2/{job_id}/pems"] = [(200, '{"status": "success", "message": null}', {})]
    assert agave.jobs.delete_permissions(job_id) is None


# -- bad input: refused before any I/O ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "exception", "words"),
    [
        (lambda a: a.jobs.get(), TypeError, "job_id is required"),
        (lambda a: a.jobs.get(""), ValueError, "job_id must not be empty"),
        (lambda a: a.jobs.get(7), TypeError, "job_id must be a str"),
        (lambda a: a.jobs.get("a", jobId="b"), TypeError, "not both"),
        (lambda a: a.jobs.list(limit=-1), ValueError, "limit must be >= 0"),
        (lambda a: a.jobs.list(offset=-5), ValueError, "offset must be >= 0"),
        (lambda a: a.jobs.list(limit="ten"), ValueError, "limit must be a whole number"),
        (lambda a: a.jobs.list(order="UP"), ValueError, "order must be"),
        (lambda a: a.jobs.list(search={"status.within": "RUNNING"}), ValueError, "unknown search operator"),
        (lambda a: a.jobs.list(search={"colour": "red"}), ValueError, "not a search field"),
        (lambda a: a.jobs.submit({"name": "x"}), TypeError, "body['appId'] must be a str"),
        (lambda a: a.jobs.submit("name=x"), TypeError, "body must be a dict"),
        (lambda a: a.jobs.manage("j1"), TypeError, "body is required"),
        (lambda a: a.jobs.manage("j1", "pause"), ValueError, "body['action'] must be one of"),
        (lambda a: a.jobs.update_permissions("j1", {"username": "bob", "permission": "SUPER"}), ValueError,
         "body['permission'] must be one of"),
        (lambda a: a.jobs.update_permissions("j1", {"permission": "READ"}), TypeError, "body['username']"),
        (lambda a: a.jobs.update_permissions_for_user("j1", "bob", {"username": "eve", "permission": "READ"}),
         ValueError, "must equal username"),
        (lambda a: a.jobs.list_permissions_for_user("j1", ""), ValueError, "username must not be empty"),
        (lambda a: a.jobs.list_outputs("j1", 5), TypeError, "file_path must be a str"),
        (lambda a: a.jobs.get_history("j1", search={"owner": "x"}), ValueError, "not a search field"),
        (lambda a: a.jobs.search(), TypeError, "at least one term"),
        (lambda a: a.jobs.search(status__within="RUNNING"), ValueError, "unknown search operator 'within'"),
        (lambda a: a.jobs.search(colour="red"), ValueError, "not a search field"),
        (lambda a: a.jobs.search(archive__like="tr*"), ValueError, "boolean field"),
        (lambda a: a.jobs.search(created__between=["2019-01-01"]), ValueError, "exactly two values"),
        (lambda a: a.jobs.search(status=["RUNNING"]), TypeError, "needs the in, nin or between operator"),
        (lambda a: a.jobs.search(attribute="status"), TypeError, "attribute and value go together"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_before_any_request(
    agave: Agave, fake: FakeAgave, call: Any, exception: type[Exception], words: str
) -> None:
    with pytest.raises(exception, match=__import__("re").escape(words)):
        call(agave)
    assert fake.requests == []


# -- asyncio ------------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_async_jobs(aagave: AsyncAgave, fake: FakeAgave) -> None:
    job = await aagave.jobs.submit(SUBMIT_BODY)
    assert isinstance(job, Job) and fake.requests[-1].json() == SUBMIT_BODY
    assert (await aagave.jobs.get(jobId=job.id)).name == "wc-demo"  # type: ignore[arg-type]
    assert (await aagave.jobs.get_status(job.id)).status == "PENDING"  # type: ignore[arg-type]
    assert await aagave.jobs.manage(job.id, "stop") is None  # type: ignore[arg-type]
    assert [j.id for j in await aagave.jobs.list()] == [job.id]
    assert await aagave.jobs.delete(job.id) is None  # type: ignore[arg-type]
    with pytest.raises(errors.NotFoundError, match="is not visible"):
        await aagave.jobs.get(job.id)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_history_permissions_outputs_and_search(aagave: AsyncAgave, fake: FakeAgave) -> None:
    job_id = fake.add_job(status="RUNNING")["id"]
    fake.files[job_id] = {"a/b.txt": b"x"}
    assert [e.status for e in await aagave.jobs.get_history(job_id)] == ["PENDING"]
    await aagave.jobs.update_permissions_for_user(job_id, "bob", "READ")
    assert [p.username for p in await aagave.jobs.list_permissions(job_id)] == [OWNER, "bob"]
    assert [p.username for p in await aagave.jobs.list_permissions_for_user(job_id, "bob")] == ["bob"]
    await aagave.jobs.delete_permissions_for_user(job_id, "bob")
    await aagave.jobs.update_permissions(job_id, {"username": "carol", "permission": "READ"})
    await aagave.jobs.delete_permissions(job_id)
    assert fake.shares[job_id] == {}
    assert [f.name for f in await aagave.jobs.list_outputs(job_id, "a")] == ["b.txt"]
    assert fake.requests[-1].raw_path == f"/jobs/v2/{job_id}/outputs/listings/a"
    assert [j.id for j in await aagave.jobs.search(status="RUNNING")] == [job_id]
