"""`panda.pilot` against the loopback PanDA-like server: wire requests, typed results, argument checks, errors."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import JobUpdateResult, PilotJobStatus, UpdateJobEnvelope
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda, Recorded


def body_of(rec: Recorded) -> Any:
    raw = gzip.decompress(rec.body) if rec.headers.get("content-encoding") == "gzip" else rec.body
    return json.loads(raw)


def envelope(success: bool, message: str, data: Any = None) -> tuple[int, str, dict[str, str]]:
    return 200, json.dumps({"success": success, "message": message, "data": data}), {}


def failing(message: str, data: Any = None) -> Any:
    def handler(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure(message, data)

    return handler


# -- acquire_jobs ---------------------------------------------------------------------------------------------------


def test_acquire_jobs_sends_given_fields_and_returns_jobs(fake: FakePanda, prod_panda: Panda) -> None:
    jobs = [{"StatusCode": 0, "PandaID": 4567, "jobName": "job.4567", "nSent": 0}]
    fake.handlers["acquire_jobs"] = lambda args, rec: {"StatusCode": 0, "jobs": jobs}
    result = prod_panda.pilot.acquire_jobs(
        "CERN", prod_source_label="managed", node="slot1@wn001.cern.ch", n_jobs=1, resource_type="SCORE",
        memory=2000, background=None, target_architecture={"gpus": []},
    )  # fmt: skip
    assert result == jobs
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/acquire_jobs")
    assert body_of(rec) == {
        "site_name": "CERN", "prod_source_label": "managed", "node": "slot1@wn001.cern.ch", "n_jobs": 1,
        "resource_type": "SCORE", "memory": 2000, "background": None, "target_architecture": {"gpus": []},
    }  # fmt: skip


def test_acquire_jobs_minimal_body_and_json_text_architecture(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["acquire_jobs"] = lambda args, rec: {"StatusCode": 0, "jobs": []}
    panda.pilot.acquire_jobs("CERN")
    assert body_of(fake.requests[-1]) == {"site_name": "CERN"}
    text = '{"gpus": [{"vendor": "NVIDIA", "model": "A100", "vram": 40960}]}'
    panda.pilot.acquire_jobs("CERN", prod_source_label="user", target_architecture=text)
    assert body_of(fake.requests[-1]) == {"site_name": "CERN", "prod_source_label": "user", "target_architecture": text}


def test_acquire_jobs_no_jobs_is_an_empty_list(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["acquire_jobs"] = failing("No jobs in PanDA")
    assert prod_panda.pilot.acquire_jobs("CERN") == []


def test_acquire_jobs_role_failure(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["acquire_jobs"] = failing("no production/pilot role in VOMS FQANs or non pilot owner")
    with pytest.raises(errors.APIStatusError, match="no production/pilot role"):
        panda.pilot.acquire_jobs("CERN", prod_source_label="managed")


# -- get_job_status -------------------------------------------------------------------------------------------------


def test_get_job_status(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_pilot_job_status"] = lambda args, rec: [
        {"job_id": 4567, "status": "running", "attempt_number": 1},
        {"job_id": 9999, "status": "not found", "attempt_number": 0},
    ]
    result = panda.pilot.get_job_status([4567, 9999], timeout=10)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", "/api/v1/pilot/get_job_status")
    assert rec.query == {"job_ids": ["4567", "9999"], "timeout": ["10"]}
    assert all(isinstance(item, PilotJobStatus) for item in result)
    assert [(s.job_id, s.status, s.attempt_number) for s in result] == [(4567, "running", 1), (9999, "not found", 0)]


def test_get_job_status_failure(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_pilot_job_status"] = failing("Database error")
    with pytest.raises(PandaAPIError, match="Database error"):
        panda.pilot.get_job_status([1])


# -- update_job -----------------------------------------------------------------------------------------------------


def test_update_job_sends_exact_wire_names(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_job"] = lambda args, rec: {"StatusCode": 0, "command": "tobekilled", "pilotSecrets": {"a": 1}}
    result = prod_panda.pilot.update_job(
        4567, "finished", node="slot1@wn001.cern.ch", site_name="CERN", start_time=datetime(2026, 11, 22, 22, 22, 10),
        end_time="2026-11-22 23:00:00", core_count=8, cpu_conversion_factor=1, max_rss=2048000, tot_rbytes=1.5,
        corrupted_files=["a.root", "b.root"], mean_core_count=8, pilot_error_diag=None, job_output_report="",
        timeout=120,
    )  # fmt: skip
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/update_job")
    assert body_of(rec) == {
        "job_id": 4567, "job_status": "finished", "node": "slot1@wn001.cern.ch", "site_name": "CERN",
        "start_time": "2026-11-22 22:22:10", "end_time": "2026-11-22 23:00:00", "core_count": 8,
        "cpu_conversion_factor": 1.0, "max_rss": 2048000.0, "tot_rbytes": 1.5, "corrupted_files": "a.root,b.root",
        "mean_core_count": 8, "pilot_error_diag": None, "job_output_report": "", "timeout": 120,
    }  # fmt: skip
    assert isinstance(result, JobUpdateResult)
    assert (result.status_code, result.command, result.pilot_secrets) == (0, "tobekilled", {"a": 1})


def test_update_job_minimal_body(fake: FakePanda, prod_panda: Panda) -> None:
    prod_panda.pilot.update_job(1, "running")
    assert body_of(fake.requests[-1]) == {"job_id": 1, "job_status": "running"}


def test_update_job_status_code_failure_with_success_true(fake: FakePanda, prod_panda: Panda) -> None:
    fake.faults["/api/v1/pilot/update_job"].append(envelope(True, "Timed out", {"StatusCode": 10}))
    with pytest.raises(PandaAPIError, match="Timed out") as info:
        prod_panda.pilot.update_job(1, "running")
    assert info.value.code == 10  # type: ignore[attr-defined]
    assert info.value.data == {"StatusCode": 10}


def test_update_job_invalid_status_failure(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_job"] = failing("Invalid job status: x", {"StatusCode": 50})
    with pytest.raises(PandaAPIError, match="Invalid job status") as info:
        prod_panda.pilot.update_job(1, "running")
    assert info.value.code == 50  # type: ignore[attr-defined]


def test_update_job_needs_the_production_role(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.pilot.update_job(1, "running")


# -- update_jobs_bulk -----------------------------------------------------------------------------------------------


def test_update_jobs_bulk(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_jobs_bulk"] = lambda args, rec: [
        {"success": True, "message": "", "data": {"StatusCode": 0, "command": None}},
        {"success": False, "message": "Argument error: got an unexpected keyword argument 'x'", "data": None},
    ]
    result = prod_panda.pilot.update_jobs_bulk(
        [{"job_id": 1, "job_status": "running"}, {"job_id": 2, "job_status": "finished", "trans_exit_code": 0,
                                                   "max_rss": 10}],
        harvester_id="harvester_central_A",
    )  # fmt: skip
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/update_jobs_bulk")
    assert body_of(rec) == {
        "job_list": [{"job_id": 1, "job_status": "running"},
                     {"job_id": 2, "job_status": "finished", "trans_exit_code": 0, "max_rss": 10.0}],
        "harvester_id": "harvester_central_A",
    }  # fmt: skip
    assert all(isinstance(item, UpdateJobEnvelope) for item in result)
    assert result[0].success and isinstance(result[0].data, JobUpdateResult) and result[0].data.status_code == 0
    assert not result[1].success and result[1].data is None


def test_update_jobs_bulk_whole_failure(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_jobs_bulk"] = failing("failed with KeyError 'job_id'", [])
    with pytest.raises(PandaAPIError, match="failed with KeyError"):
        prod_panda.pilot.update_jobs_bulk([{"job_id": 1, "job_status": "running"}])


# -- update_worker_status / update_worker_node / update_worker_node_gpu ---------------------------------------------


def test_update_worker_status(fake: FakePanda, prod_panda: Panda) -> None:
    assert prod_panda.pilot.update_worker_status(123456, "harvester_central_A", "started", node_id="wn001") is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/update_worker_status")
    assert body_of(rec) == {"worker_id": "123456", "harvester_id": "harvester_central_A", "status": "started",
                            "node_id": "wn001"}  # fmt: skip


def test_update_worker_status_failure(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_worker_status"] = failing("Failed to update worker status")
    with pytest.raises(PandaAPIError, match="Failed to update worker status"):
        prod_panda.pilot.update_worker_status("1", "h", "finished")


def test_update_worker_node_returns_the_message(fake: FakePanda, prod_panda: Panda) -> None:
    fake.faults["/api/v1/pilot/update_worker_node"].append(envelope(True, "Inserted new worker node"))
    message = prod_panda.pilot.update_worker_node(
        "CERN-PROD", "slot1@wn001.cern.ch", "AMD EPYC 7351", panda_queue="CERN", n_logical_cpus=64, n_sockets=2,
        cores_per_socket=16, threads_per_core=2, cpu_architecture="x86_64", cpu_architecture_level="x86-64-v3",
        clock_speed=2400, total_memory=257000, total_local_disk=1800,
    )  # fmt: skip
    assert message == "Inserted new worker node"
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/update_worker_node")
    assert body_of(rec) == {
        "site": "CERN-PROD", "host_name": "slot1@wn001.cern.ch", "cpu_model": "AMD EPYC 7351", "panda_queue": "CERN",
        "n_logical_cpus": 64, "n_sockets": 2, "cores_per_socket": 16, "threads_per_core": 2,
        "cpu_architecture": "x86_64", "cpu_architecture_level": "x86-64-v3", "clock_speed": 2400.0,
        "total_memory": 257000, "total_local_disk": 1800,
    }  # fmt: skip
    # Through the fake's own type checks too (clock_speed must be a float literal on the wire).
    assert prod_panda.pilot.update_worker_node("S", "h", "cpu", clock_speed=2400) == ""


def test_update_worker_node_gpu(fake: FakePanda, prod_panda: Panda) -> None:
    assert prod_panda.pilot.update_worker_node_gpu("CERN-PROD", "wn001", "NVIDIA", "A100 80GB", 4, vram=81920) == ""
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/pilot/update_worker_node_gpu")
    assert body_of(rec) == {"site": "CERN-PROD", "host_name": "wn001", "vendor": "NVIDIA", "model": "A100 80GB",
                            "count": 4, "vram": 81920}  # fmt: skip
    fake.handlers["update_worker_node_gpu"] = failing("Updating worker node GPU timed out")
    with pytest.raises(PandaAPIError, match="timed out"):
        prod_panda.pilot.update_worker_node_gpu("S", "h", "NVIDIA", "A100", 1)


# -- argument checks ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda p: p.pilot.acquire_jobs(""), ValueError, "site_name must not be empty"),
        (lambda p: p.pilot.acquire_jobs("S", n_jobs=0), ValueError, "n_jobs must be >= 1"),
        (lambda p: p.pilot.acquire_jobs("S", memory=-1), ValueError, "memory must be >= 0"),
        (lambda p: p.pilot.acquire_jobs("S", via_topic="yes"), TypeError, "via_topic must be a bool"),
        (lambda p: p.pilot.acquire_jobs("S", target_architecture="[1]"), TypeError, "target_architecture must be"),
        (lambda p: p.pilot.acquire_jobs("S", target_architecture="{"), ValueError, "not valid JSON text"),
        (lambda p: p.pilot.acquire_jobs("S", target_architecture={"gpus": {}}), TypeError, r"\['gpus'\] must be a"),
        (lambda p: p.pilot.acquire_jobs("S", target_architecture=[]), TypeError, "target_architecture must be a dict"),
        (lambda p: p.pilot.get_job_status([]), ValueError, "job_ids must not be empty"),
        (lambda p: p.pilot.update_job(1, "done"), ValueError, "job_status must be one of"),
        (lambda p: p.pilot.update_job("1", "running"), TypeError, "job_id must be an int"),
        (lambda p: p.pilot.update_job(1, "running", max_rss="1"), TypeError, "max_rss must be a number"),
        (lambda p: p.pilot.update_job(1, "running", mean_core_count=1.5), TypeError, "mean_core_count must be an int"),
        (lambda p: p.pilot.update_job(1, "running", start_time="22/11/2026"), ValueError, "start_time must be a"),
        (lambda p: p.pilot.update_job(1, "running", pilot_log=None), TypeError, "pilot_log must be a str"),
        (lambda p: p.pilot.update_job(1, "running", corrupted_files=[""]), ValueError, r"corrupted_files\[0\]"),
        (lambda p: p.pilot.update_jobs_bulk([]), ValueError, "job_list must not be empty"),
        (lambda p: p.pilot.update_jobs_bulk({"job_id": 1}), TypeError, "job_list must be a list of dicts"),
        (lambda p: p.pilot.update_jobs_bulk([{"job_id": 1}]), ValueError, r"job_list\[0\] needs the key 'job_status'"),
        (lambda p: p.pilot.update_jobs_bulk([{"job_id": 1, "job_status": "running", "x": 1}]), ValueError,
         r"job_list\[0\] has keys update_job does not take: 'x'"),
        (lambda p: p.pilot.update_jobs_bulk([{"job_id": 1, "job_status": "running", "n_events": -1}]), ValueError,
         r"job_list\[0\]\['n_events'\] must be >= 0"),
        (lambda p: p.pilot.update_worker_status(1, "h", "running"), ValueError, "status must be one of"),
        (lambda p: p.pilot.update_worker_status(1.5, "h", "started"), TypeError, "worker_id must be a str"),
        (lambda p: p.pilot.update_worker_node("S", "h", "", n_sockets=2), ValueError, "cpu_model must not be empty"),
        (lambda p: p.pilot.update_worker_node("S", "h", "c", clock_speed="fast"), TypeError, "clock_speed must be"),
        (lambda p: p.pilot.update_worker_node_gpu("S", "h", "v", "m", 0), ValueError, "count must be >= 1"),
    ],
)  # fmt: skip
def test_bad_arguments_fail_before_any_request(
    fake: FakePanda, prod_panda: Panda, call: Any, exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        call(prod_panda)
    assert fake.requests == []


# -- async ----------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_pilot_calls(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["acquire_jobs"] = failing("No jobs in PanDA")
    assert await apanda.pilot.acquire_jobs("CERN") == []
    result = await apanda.pilot.update_job(4567, "running", cpu_consumption_time=12)
    assert result.status_code == 0
    assert body_of(fake.requests[-1]) == {"job_id": 4567, "job_status": "running", "cpu_consumption_time": 12}
