"""Event-service functions against the real server: an event-service job with its event ranges, seeded as JEDI
writes them (jobsActive4, filesTable4, JEDI_Datasets, JEDI_Dataset_Contents, JEDI_Events with the jobset ID in
event_offset), then counted, acquired, updated and read back."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator

import attrs
import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client

_ids = itertools.count(int(time.time()) % 100000 * 100 + os.getpid() % 100)


@attrs.frozen
class EventJob:
    task_id: int
    panda_id: int
    jobset_id: int

    def range_id(self, process_id: int) -> str:
        return f"{self.task_id}-{self.panda_id}-1-{process_id}-3"


@pytest.fixture()
def event_job(panda_server) -> Iterator[EventJob]:
    """A running event-service job (eventService=1) of a task, one input file and three ready event ranges of ten
    events each (status 0, attempt 3), held by the jobset until a job acquires them. The job row is removed
    afterwards: the statistics tests count on no active job."""
    task_id = 900000000 + next(_ids)
    job = EventJob(task_id, task_id * 10 + 1, task_id * 10)
    panda_server.sql(
        "INSERT INTO doma_panda.jobsactive4 (pandaid, jobdefinitionid, creationtime, modificationtime, jobstatus, "
        "eventservice, jeditaskid, jobsetid, computingsite, prodsourcelabel, jobname) VALUES "
        f"({job.panda_id}, 1, now(), now(), 'running', 1, {task_id}, {job.jobset_id}, 'SCICLIENTS_QUEUE', 'managed', "
        "'sciclients.es.job'); "
        "INSERT INTO doma_panda.filestable4 (row_id, pandaid, modificationtime, fsize, type, jeditaskid, datasetid, "
        f"fileid, lfn, status) VALUES (nextval('doma_panda.filestable4_row_id_seq'), {job.panda_id}, now(), 100, "
        f"'input', {task_id}, 1, 1, 'EVNT.{task_id}.pool.root.1', 'ready'); "
        "INSERT INTO doma_panda.jedi_datasets (jeditaskid, datasetid, datasetname, type, creationtime, "
        f"modificationtime) VALUES ({task_id}, 1, 'mc23.evnt.{task_id}', 'input', now(), now()); "
        "INSERT INTO doma_panda.jedi_dataset_contents (jeditaskid, datasetid, fileid, creationdate, lfn, guid, type, "
        f"status, scope) VALUES ({task_id}, 1, 1, now(), 'EVNT.{task_id}.pool.root.1', 'a1b2c3', 'input', 'running', "
        "'mc23'); "
        "INSERT INTO doma_panda.jedi_events (jeditaskid, pandaid, fileid, job_processid, datasetid, status, "
        "def_min_eventid, def_max_eventid, attemptnr, event_offset) VALUES "
        + ", ".join(
            f"({task_id}, {job.jobset_id}, 1, {n}, 1, 0, {(n - 1) * 10}, {n * 10 - 1}, 3, {job.jobset_id})"
            for n in (1, 2, 3)
        )  # fmt: skip
    )
    yield job
    panda_server.sql(f"DELETE FROM doma_panda.jobsactive4 WHERE pandaid = {job.panda_id}")


def event_rows(server, job: EventJob) -> list[list[str]]:
    return server.sql(
        "SELECT pandaid, job_processid, status, error_code FROM doma_panda.jedi_events "
        f"WHERE jeditaskid = {job.task_id} ORDER BY job_processid"
    )


def test_acquire_update_and_read_event_ranges(panda_server, event_job):
    job = event_job
    with client(panda_server, "production") as prod:
        assert prod.event.get_available_event_range_count(job.panda_id, job.jobset_id, job.task_id) == 3
        first, second = prod.event.acquire_event_ranges(job.panda_id, job.jobset_id, task_id=job.task_id, n_ranges=2)
        assert prod.event.get_available_event_range_count(job.panda_id, job.jobset_id, job.task_id) == 1
        # running is accepted and skipped: the server answers success:null, read as "no command"
        assert prod.event.update_single_event_range(first.event_range_id, "running") == {}
        commands = prod.event.update_single_event_range(
            first.event_range_id, "finished", core_count=8, cpu_consumption_time=12.5
        )
        # the bulk update is stored, but server 1.0.4 cannot encode its own answer
        with pytest.raises(errors.InternalServerError) as caught:
            prod.event.update_event_ranges(
                [{"eventRangeID": second.event_range_id, "eventStatus": "failed", "errorCode": 1, "errorDiag": "x"}]
            )
        assert "Type not serializable" in str(caught.value)
    assert (first.event_range_id, first.start_event, first.last_event) == (job.range_id(1), 0, 9)
    assert (second.event_range_id, second.start_event, second.last_event) == (job.range_id(2), 10, 19)
    assert (first.lfn, first.guid, first.scope) == (f"EVNT.{job.task_id}.pool.root.1", "a1b2c3", "mc23")
    assert commands == {str(job.panda_id): None}
    # 3 finished, 7 failed; the third range is still the jobset's and ready (0)
    assert event_rows(panda_server, job) == [
        [str(job.panda_id), "1", "3", ""], [str(job.panda_id), "2", "7", "1"], [str(job.jobset_id), "3", "0", ""],
    ]  # fmt: skip
    with client(panda_server, "user") as panda:
        statuses = panda.event.get_event_range_statuses([{"task_id": job.task_id, "panda_id": job.panda_id}])
    ranges = statuses[str(job.panda_id)]
    assert (ranges[job.range_id(1)].status, ranges[job.range_id(1)].error) == ("finished", None)
    assert (ranges[job.range_id(2)].status, ranges[job.range_id(2)].error, ranges[job.range_id(2)].dialog) == (
        "failed", 1, "x",
    )  # fmt: skip
    assert set(ranges) == {job.range_id(1), job.range_id(2)}


def test_event_refusals(panda_server, event_job):
    job = event_job
    with client(panda_server, "production") as prod, pytest.raises(PandaAPIError) as caught:
        # a range that was never dispatched to this job: the job exists but the range is not sent/running
        prod.event.update_single_event_range(f"{job.task_id}-999-1-1-3", "finished")
    assert caught.value.server_message == "database error in the PanDA server"
    with client(panda_server, "user") as user:
        for call in (
            lambda: user.event.acquire_event_ranges(job.panda_id, job.jobset_id),
            lambda: user.event.get_available_event_range_count(job.panda_id, job.jobset_id, job.task_id),
            lambda: user.event.update_single_event_range(job.range_id(1), "finished"),
            lambda: user.event.update_event_ranges([{"eventRangeID": job.range_id(1), "eventStatus": "failed"}]),
        ):
            with pytest.raises(errors.PermissionDeniedError) as caught:
                call()
            assert caught.value.server_message == "production or pilot role required"
