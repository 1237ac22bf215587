"""`panda.job` against the loopback PanDA-like server: wire requests, typed results, argument checks, errors."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import JobStatus
from sciclients.panda import AsyncPanda, Panda, PandaAPIError
from sciclients.panda._resources.job import SubmittedJob

from tests.support.panda_fake import Failure, FakePanda, Recorded


def body_of(rec: Recorded) -> Any:
    raw = gzip.decompress(rec.body) if rec.headers.get("content-encoding") == "gzip" else rec.body
    return json.loads(raw)


def envelope(success: bool, message: str, data: Any = None) -> tuple[int, str, dict[str, str]]:
    return 200, json.dumps({"success": success, "message": message, "data": data}), {}


# -- get_status ----------------------------------------------------------------------------------------------------


def test_get_status_sends_repeated_keys_and_returns_models(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_job_status"] = lambda args, rec: [
        {"status": "running", "command": None},
        {"status": "unknown", "command": "tobekilled"},
    ]
    result = panda.job.get_status([11, 12])
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", "/api/v1/job/get_status")
    assert rec.query == {"job_ids": ["11", "12"]}  # timeout not given: left off
    assert all(isinstance(item, JobStatus) for item in result)
    assert [(s.status, s.command) for s in result] == [("running", None), ("unknown", "tobekilled")]

    panda.job.get_status((i for i in [5]), timeout=30)
    assert fake.requests[-1].query == {"job_ids": ["5"], "timeout": ["30"]}


def test_get_status_failure_keeps_the_code(fake: FakePanda, panda: Panda) -> None:
    def timed_out(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure("time out", {"code": 10})

    fake.handlers["get_job_status"] = timed_out
    with pytest.raises(PandaAPIError) as info:
        panda.job.get_status([1])
    assert info.value.server_message == "time out"
    assert info.value.data == {"code": 10}


# -- get_description / get_description_incl_archive ---------------------------------------------------------------


def test_get_description_posts_ids_and_decodes_jobs(fake: FakePanda, panda: Panda) -> None:
    created = datetime(2026, 11, 22, 22, 22, 10, 143060)
    fake.handlers["describe_jobs_by_post"] = lambda args, rec: [
        {"PandaID": 4567, "jobStatus": "running", "creationTime": created,
         "Files": [{"lfn": "log.tgz", "type": "log"}]},
        None,
    ]  # fmt: skip
    result = panda.job.get_description([4567, 9999])
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("POST", "/api/v1/job/get_description", {})
    assert body_of(rec) == {"job_ids": [4567, 9999]}
    assert result[0] is not None and result[0]["creationTime"] == created
    assert result[0]["Files"] == [{"lfn": "log.tgz", "type": "log"}]
    assert result[1] is None


def test_get_description_incl_archive_uses_its_post(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["describe_jobs_incl_archive_by_post"] = lambda args, rec: [None, {"PandaID": 2}]
    assert panda.job.get_description_incl_archive([1, 2]) == [None, {"PandaID": 2}]
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/job/get_description_incl_archive")
    assert body_of(rec) == {"job_ids": [1, 2]}


def test_get_description_takes_5500_ids_and_refuses_more(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["describe_jobs_by_post"] = lambda args, rec: [None] * len(args["job_ids"])
    assert len(panda.job.get_description(range(1, 5501))) == 5500
    assert body_of(fake.requests[-1]) == {"job_ids": list(range(1, 5501))}
    fake.requests.clear()
    with pytest.raises(ValueError, match="job_ids has 5501 items; the server takes at most 5500"):
        panda.job.get_description_incl_archive(range(1, 5502))
    assert fake.requests == []


def test_get_description_wrong_shape_is_a_validation_error(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["describe_jobs_by_post"] = lambda args, rec: ["not a job"]
    with pytest.raises(errors.APIResponseValidationError):
        panda.job.get_description([1])


# -- generate_offline_execution_script (open, bare string) ---------------------------------------------------------

SCRIPT_PATH = "/api/v1/job/generate_offline_execution_script"


def test_offline_script_bare_string_without_credentials(fake: FakePanda) -> None:
    script = "#!/bin/bash\n# offline execution of PanDA job 4567\n"
    fake.extra_routes[SCRIPT_PATH] = lambda rec: (200, json.dumps(script), "text/plain")
    with Panda(base_url=fake.url, auth="none", max_retries=0) as anonymous:
        assert anonymous.job.generate_offline_execution_script(4567, days=7) == script
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", SCRIPT_PATH, {"job_id": ["4567"], "days": ["7"]})
    assert "authorization" not in rec.headers


def test_offline_script_days_none_is_the_server_default(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["generate_offline_execution_script"] = lambda args, rec: "#!/bin/bash\n"
    assert panda.job.generate_offline_execution_script(1, days=None) == "#!/bin/bash\n"
    assert fake.requests[-1].query == {"job_id": ["1"]}


def test_offline_script_error_text_raises(fake: FakePanda, panda: Panda) -> None:
    fake.extra_routes[SCRIPT_PATH] = lambda rec: (200, json.dumps("ERROR : job 1 not found"), "text/plain")
    with pytest.raises(errors.NotFoundError, match="ERROR : job 1 not found"):
        panda.job.generate_offline_execution_script(1)


def test_offline_script_validation_envelope_raises(fake: FakePanda, panda: Panda) -> None:
    fake.faults[SCRIPT_PATH].append(envelope(False, "Type error: could not convert 'x' to int"))
    with pytest.raises(errors.BadRequestError, match="Type error"):
        panda.job.generate_offline_execution_script(1)


# -- get_metadata_for_analysis_jobs ---------------------------------------------------------------------------------


def test_get_metadata_for_analysis_jobs(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_metadata_for_analysis_jobs"] = lambda args, rec: {"4567": {"events": 100}}
    assert panda.job.get_metadata_for_analysis_jobs(123) == {"4567": {"events": 100}}
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == (
        "GET",
        "/api/v1/job/get_metadata_for_analysis_jobs",
        {"task_id": ["123"]},
    )


# -- kill / reassign ------------------------------------------------------------------------------------------------


def test_kill_sends_only_given_options(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["kill_jobs"] = lambda args, rec: [True, False]
    assert panda.job.kill([4567, 4568]) == [True, False]
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/job/kill")
    assert body_of(rec) == {"job_ids": [4567, 4568]}

    panda.job.kill([4567, 4568], code=9, use_email_as_id=True, kill_options=["keepUnmerged", "jobSubStatus=es_toolong"])
    assert body_of(fake.requests[-1]) == {
        "job_ids": [4567, 4568], "code": 9, "use_email_as_id": True,
        "kill_options": ["keepUnmerged", "jobSubStatus=es_toolong"],
    }  # fmt: skip
    panda.job.kill([1], code=None)
    assert body_of(fake.requests[-1]) == {"job_ids": [1], "code": None}


def test_kill_result_must_be_booleans(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["kill_jobs"] = lambda args, rec: [1, 0]
    with pytest.raises(errors.APIResponseValidationError):
        panda.job.kill([1, 2])


def test_reassign(fake: FakePanda, panda: Panda) -> None:
    assert panda.job.reassign([1, 2]) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body_of(rec)) == ("POST", "/api/v1/job/reassign", {"job_ids": [1, 2]})


# -- set_command / set_debug_mode (production role) ----------------------------------------------------------------


def test_set_command(fake: FakePanda, prod_panda: Panda) -> None:
    assert prod_panda.job.set_command(4567, "tobekilled") is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/job/set_command")
    assert body_of(rec) == {"job_id": 4567, "command": "tobekilled"}


def test_set_command_failure_keeps_the_message(fake: FakePanda, prod_panda: Panda) -> None:
    def missing(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure("no active job with PandaID=4567")

    fake.handlers["set_job_command"] = missing
    with pytest.raises(errors.APIStatusError, match="no active job with PandaID=4567"):
        prod_panda.job.set_command(4567, "tobekilled")


def test_set_command_needs_the_production_role(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.job.set_command(4567, "tobekilled")


def test_set_debug_mode_inverted_success(fake: FakePanda, prod_panda: Panda) -> None:
    def succeeded(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure("Succeeded")  # the server's inverted flag: a real success says success:false

    fake.handlers["set_job_debug_mode"] = succeeded
    assert prod_panda.job.set_debug_mode(4567, True) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/job/set_debug_mode")
    assert body_of(rec) == {"job_id": 4567, "mode": True}


def test_set_debug_mode_real_failure_says_success_true(fake: FakePanda, prod_panda: Panda) -> None:
    fake.faults["/api/v1/job/set_debug_mode"].append(envelope(True, "PandaID=4567 not found in active DB"))
    with pytest.raises(errors.NotFoundError, match="PandaID=4567 not found in active DB"):
        prod_panda.job.set_debug_mode(4567, False)
    fake.faults["/api/v1/job/set_debug_mode"].append(
        envelope(True, "Permission denied. Not the owner or production manager")
    )
    with pytest.raises(errors.PermissionDeniedError, match="Not the owner"):
        prod_panda.job.set_debug_mode(4567, False)


def test_set_debug_mode_validation_failure(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.job.set_debug_mode(4567, True)


# -- submit ---------------------------------------------------------------------------------------------------------


def test_submit_encodes_jobs_as_json_text(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["submit_jobs"] = lambda args, rec: [[4567, 1, {"jobsetID": 4560}], [None, 1, "job.name.2"]]
    when = datetime(2026, 11, 22, 22, 22, 10, 143060)
    jobs = [[None, 1, None, when, [[None, None, "0A1B2C3D", "sources.tgz"]]], (None, 1, None, None, [])]
    result = panda.job.submit(jobs)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/job/submit")
    sent = body_of(rec)
    assert set(sent) == {"jobs"} and isinstance(sent["jobs"], str)
    assert json.loads(sent["jobs"]) == [
        [None, 1, None, {"_datetime_object": "2026-11-22 22:22:10.143060"}, [[None, None, "0A1B2C3D", "sources.tgz"]]],
        [None, 1, None, None, []],
    ]
    assert result == [SubmittedJob(4567, 1, {"jobsetID": 4560}), SubmittedJob(None, 1, "job.name.2")]
    assert (result[0].jobset_id, result[0].job_name) == (4560, None)
    assert (result[1].jobset_id, result[1].job_name) == (None, "job.name.2")


def test_submit_accepts_json_text_as_is(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["submit_jobs"] = lambda args, rec: [[1, 2, "x"]]
    text = '[[null, 1, [["f"]]]]'
    assert panda.job.submit(text) == [SubmittedJob(1, 2, "x")]
    assert body_of(fake.requests[-1]) == {"jobs": text}


def test_submit_failure(fake: FakePanda, panda: Panda) -> None:
    def refused(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure("No jobs were submitted")

    fake.handlers["submit_jobs"] = refused
    with pytest.raises(PandaAPIError, match="No jobs were submitted") as info:
        panda.job.submit([[None, []]])
    assert isinstance(info.value, errors.OperationFailedError)


@pytest.mark.parametrize(
    ("jobs", "exc", "match"),
    [
        ([], ValueError, "jobs must not be empty"),
        ([[None, []]] * 5001, ValueError, "jobs has 5001 items; the server takes at most 5000"),
        ({"jobs": 1}, TypeError, "jobs must be a list"),
        ([{"PandaID": 1}], TypeError, r"jobs\[0\] must be a non-empty list"),
        ([[None, 1]], TypeError, r"jobs\[0\] must end with the list of its files"),
        ("[[null", ValueError, "jobs is not valid JSON text"),
        ('{"a": 1}', TypeError, "jobs must be a list of jobs, got dict"),
        ([[object(), []]], TypeError, "jobs cannot be encoded as JSON"),
    ],
)
def test_submit_refuses_bad_jobs_before_sending(
    fake: FakePanda, panda: Panda, jobs: Any, exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        panda.job.submit(jobs)
    assert fake.requests == []


# -- argument checks ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda p: p.job.get_status([]), ValueError, "job_ids must not be empty"),
        (lambda p: p.job.get_status(["1"]), TypeError, r"job_ids\[0\] must be an int, got str '1'"),
        (lambda p: p.job.get_status([1], timeout=0), ValueError, "timeout must be >= 1"),
        (lambda p: p.job.get_description("12"), TypeError, "job_ids must be a list of ints"),
        (lambda p: p.job.get_description([0]), ValueError, r"job_ids\[0\] must be >= 1"),
        (lambda p: p.job.generate_offline_execution_script(True), TypeError, "job_id must be an int"),
        (lambda p: p.job.generate_offline_execution_script(1, days="7"), TypeError, "days must be an int"),
        (lambda p: p.job.get_metadata_for_analysis_jobs(-1), ValueError, "task_id must be >= 1"),
        (lambda p: p.job.kill([1], code="9"), TypeError, "code must be an int"),
        (lambda p: p.job.kill([1], use_email_as_id=1), TypeError, "use_email_as_id must be a bool"),
        (lambda p: p.job.kill([1], kill_options="keepUnmerged"), TypeError, "kill_options must be a list of str"),
        (lambda p: p.job.kill([1], kill_options=["keep"]), ValueError, r"kill_options\[0\] must be 'keepUnmerged'"),
        (lambda p: p.job.reassign(None), TypeError, "job_ids must be a list of ints"),
        (lambda p: p.job.set_command(1, ""), ValueError, "command must not be empty"),
        (lambda p: p.job.set_debug_mode(1, "yes"), TypeError, "mode must be a bool"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    fake: FakePanda, prod_panda: Panda, call: Any, exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        call(prod_panda)
    assert fake.requests == []


# -- async ----------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_job_calls(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["describe_jobs_by_post"] = lambda args, rec: [{"PandaID": 7}]
    assert await apanda.job.get_description([7]) == [{"PandaID": 7}]

    def succeeded(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure("Succeeded")

    fake.handlers["set_job_debug_mode"] = succeeded
    await apanda.job.set_debug_mode(7, True)
    assert body_of(fake.requests[-1]) == {"job_id": 7, "mode": True}
    with pytest.raises(ValueError, match="job_ids must not be empty"):
        await apanda.job.kill([])
