"""Job submission, status, description and kill against the real server."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda

from ._helpers import client, job_json, jobs_text, wait_for_job_status


@pytest.fixture()
def panda_id(panda_server) -> int:
    with client(panda_server, "user") as panda:
        submitted = panda.job.submit([job_json()])
    assert len(submitted) == 1
    assert isinstance(submitted[0].panda_id, int)
    assert isinstance(submitted[0].job_definition_id, int)
    return submitted[0].panda_id


def test_submit_accepts_json_text_too(panda_server):
    with client(panda_server, "user") as panda:
        submitted = panda.job.submit(jobs_text(job_json(), job_json()))
    assert len(submitted) == 2
    assert submitted[0].panda_id != submitted[1].panda_id


def test_managed_jobs_need_the_production_role(panda_server):
    with client(panda_server, "user") as panda, pytest.raises(errors.PermissionDeniedError) as caught:
        panda.job.submit([job_json(label="managed")])
    # The server's words, classified as the permission error they are.
    assert caught.value.server_message.endswith("is missing production for prodSourceLabel=managed submission")
    with client(panda_server, "production") as prod:
        submitted = prod.job.submit([job_json(label="managed")])
    assert isinstance(submitted[0].panda_id, int)
    assert isinstance(submitted[0].job_name, str)


def test_status_and_description(panda_server, panda_id):
    with client(panda_server, "user") as panda:
        assert wait_for_job_status(panda, panda_id) == "failed"
        statuses = panda.job.get_status([panda_id, 999999999])
        described = panda.job.get_description([panda_id, 999999999])
        archived = panda.job.get_description_incl_archive([panda_id])
        pilot_view = panda.pilot.get_job_status([panda_id])
    # without a configured queue the server fails the job at submission (no site to broker to)
    assert statuses[0].status == "failed" and statuses[0].command is None
    assert statuses[1].status == "unknown"
    job = described[0]
    assert described[1] is None
    assert job is not None and job["PandaID"] == panda_id
    assert job["prodSourceLabel"] == "user"
    assert job["Files"][0]["type"] == "log"
    assert archived[0] is not None and archived[0]["PandaID"] == panda_id
    assert pilot_view[0].job_id == panda_id
    assert pilot_view[0].status == statuses[0].status


def test_kill(panda_server, panda_id):
    with client(panda_server, "user") as panda:
        result = panda.job.kill([panda_id])
        assert panda.job.reassign([panda_id]) is None
    assert result == [True] or result == [False]


def test_production_role_job_commands(panda_server, panda_id):
    with client(panda_server, "user") as user:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.job.set_debug_mode(panda_id, True)
        assert caught.value.server_message == "production or pilot role required"
        with pytest.raises(errors.PermissionDeniedError):
            user.job.set_command(panda_id, "tobekilled")


def test_offline_script_and_metadata(panda_server, panda_id):
    with client(panda_server, "anonymous") as anonymous:
        script = anonymous.job.generate_offline_execution_script(panda_id)
    assert isinstance(script, str) and script
    with client(panda_server, "user") as panda:
        assert panda.job.get_metadata_for_analysis_jobs(999999999) == {}


@pytest.mark.anyio
async def test_async_jobs(panda_server):
    async with AsyncPanda(base_url=panda_server.url("user"), auth="none") as panda:
        submitted = await panda.job.submit([job_json()])
        new_id = submitted[0].panda_id
        assert isinstance(new_id, int)
        described = await panda.job.get_description([new_id])
        assert described[0]["PandaID"] == new_id
        statuses = await panda.job.get_status([new_id])
        assert statuses[0].status in ("unknown", "failed")  # "unknown" until the server's set-up thread ends
