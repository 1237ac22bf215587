"""Pilot functions against the real server: job updates of a running job and a worker's pilot status (rows seeded
as the server's set-up and Harvester would have written them)."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator

import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client, unique

_ids = itertools.count(int(time.time()) % 100000 * 100 + os.getpid() % 100)
UNKNOWN_JOB = 99999999


@pytest.fixture()
def running_job(panda_server) -> Iterator[int]:
    """A job in jobsActive4, removed afterwards: the statistics tests count on no active job."""
    panda_id = 8000000000 + next(_ids)
    panda_server.sql(
        "INSERT INTO doma_panda.jobsactive4 (pandaid, jobdefinitionid, creationtime, modificationtime, jobstatus, "
        f"computingsite, prodsourcelabel, jobname) VALUES ({panda_id}, 1, now(), now(), 'starting', "
        "'SCICLIENTS_QUEUE', 'managed', 'sciclients.pilot.job')"
    )
    yield panda_id
    panda_server.sql(f"DELETE FROM doma_panda.jobsactive4 WHERE pandaid = {panda_id}")


def job_row(server, panda_id: int) -> list[str]:
    return server.sql(
        f"SELECT jobstatus, modificationhost, cpuconsumptiontime FROM doma_panda.jobsactive4 WHERE pandaid = {panda_id}"
    )[0]


def test_update_job(panda_server, running_job):
    with client(panda_server, "production") as prod:
        result = prod.pilot.update_job(running_job, "running", node="wn1.sciclients.invalid", cpu_consumption_time=10)
        unknown = prod.pilot.update_job(UNKNOWN_JOB, "running")
    assert (result.status_code, result.command) == (0, "NULL")  # 1.0.4 sends the text NULL for "no command"
    assert (unknown.status_code, unknown.command) == (0, "tobekilled")
    assert job_row(panda_server, running_job) == ["running", "wn1.sciclients.invalid", "10"]
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.pilot.update_job(running_job, "running")
    assert caught.value.server_message == "production or pilot role required"


def test_update_jobs_bulk(panda_server, running_job):
    with client(panda_server, "production") as prod:
        known, unknown = prod.pilot.update_jobs_bulk(
            [{"job_id": running_job, "job_status": "running", "node": "wn2.sciclients.invalid"},
             {"job_id": UNKNOWN_JOB, "job_status": "running"}]
        )  # fmt: skip
    assert (known.success, known.message, known.data.status_code, known.data.command) == (True, "", 0, "NULL")
    assert (unknown.success, unknown.data.status_code, unknown.data.command) == (True, 0, "tobekilled")
    assert job_row(panda_server, running_job)[:2] == ["running", "wn2.sciclients.invalid"]


def test_acquire_jobs_of_an_unbrokered_queue(panda_server):
    """No queue is in the server's site mapper (loaded at start-up from an empty schedconfig): no job to hand out."""
    with client(panda_server, "production") as prod:
        assert prod.pilot.acquire_jobs("SCICLIENTS_QUEUE", n_jobs=2) == []
    with client(panda_server, "user") as user, pytest.raises(PandaAPIError) as caught:
        user.pilot.acquire_jobs("SCICLIENTS_QUEUE")
    assert caught.value.server_message == "no production/pilot role in VOMS FQANs or non pilot owner"


def test_update_worker_status(panda_server):
    harvester_id = unique("sciclients-harvester-")
    with client(panda_server, "user") as panda:
        panda.harvester.update_workers(harvester_id, [{"workerID": 5, "status": "running", "computingSite": "Q"}])
    with client(panda_server, "production") as prod:
        assert prod.pilot.update_worker_status(5, harvester_id, "started") is None
        started = panda_server.sql(
            "SELECT pilotstatus, pilotstarttime IS NOT NULL, pilotendtime IS NULL FROM doma_panda.harvester_workers "
            f"WHERE harvesterid = '{harvester_id}'"
        )
        assert prod.pilot.update_worker_status(5, harvester_id, "finished") is None
    assert started == [["started", "t", "t"]]
    assert panda_server.sql(
        "SELECT pilotstatus, pilotendtime IS NOT NULL FROM doma_panda.harvester_workers "
        f"WHERE harvesterid = '{harvester_id}'"
    ) == [["finished", "t"]]
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.pilot.update_worker_status(5, harvester_id, "started")
    assert caught.value.server_message == "production or pilot role required"
