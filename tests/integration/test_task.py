"""Task submission and commands against the real server (the task row made visible as JEDI would make it)."""

from __future__ import annotations

import datetime

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, CommandResult, PandaAPIError

from ._helpers import client, make_task_visible, task_parameters

USER = "Sci Clients User"


@pytest.fixture()
def task_id(panda_server) -> int:
    with client(panda_server, "user") as panda:
        new_id = panda.task.submit(task_parameters(USER))
    assert isinstance(new_id, int) and new_id > 0
    return new_id


def test_submit_registers_the_parameters(panda_server, task_id):
    rows = panda_server.sql(f"SELECT status, username FROM doma_deft.t_task WHERE taskid = {task_id}")
    assert rows == [["waiting", USER]]
    with client(panda_server, "user") as panda:
        parameters = panda.task.get_task_parameters(task_id)
    assert parameters["userName"] == USER
    assert parameters["taskName"].startswith("user.sciuser.sciclients.")


def test_status_before_jedi_picks_the_task_up(panda_server, task_id):
    with client(panda_server, "user") as panda, pytest.raises(errors.NotFoundError) as caught:
        panda.task.get_status(task_id)
    assert caught.value.server_message == "Task not found"


def test_status_and_details_of_a_visible_task(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER)
    with client(panda_server, "user") as panda:
        assert panda.task.get_status(task_id) == "running"
        details = panda.task.get_details(task_id, include_parameters=True, include_status=True)
        detailed = panda.task.get_detailed_info(task_id)
        assert panda.task.get_job_ids(task_id) == []
        assert panda.task.get_job_descriptions(task_id) == []
        with pytest.raises(PandaAPIError) as caught:
            panda.task.get_datasets_and_files(task_id)  # JEDI would have registered the datasets
        assert caught.value.server_message == "No data found for the task"
    assert details.status == "running" and details.panda_id == []
    assert detailed["jediTaskID"] == task_id
    assert detailed["status"] == "running"


def test_tasks_modified_since(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER)
    since = (datetime.datetime.utcnow() - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    with client(panda_server, "user") as panda:
        modified = panda.task.get_tasks_modified_since(since, full=True)
        detailed = panda.task.get_tasks_detailed_info_since(since=since)
    assert any(entry["jediTaskID"] == task_id for entry in modified.values())
    assert any(entry["jediTaskID"] == task_id for entry in detailed)


def test_owner_commands(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER)
    with client(panda_server, "user") as panda:
        killed = panda.task.kill(task_id)
        finished = panda.task.finish(task_id, soft=True)
    assert killed == CommandResult(0, killed.message) and "kill" in killed.message
    assert finished.ok and "finish" in finished.message


def test_commands_of_another_user_are_refused(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER)
    with client(panda_server, "other") as panda, pytest.raises(errors.PermissionDeniedError) as caught:
        panda.task.kill(task_id)
    assert caught.value.server_message == "not the task owner or no production role"


def test_production_role_commands(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER)
    with client(panda_server, "user") as user:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.task.pause(task_id)
        assert caught.value.server_message == "production or pilot role required"
        with pytest.raises(errors.PermissionDeniedError):
            user.task.increase_attempts(task_id, 2)
    with client(panda_server, "production") as prod:
        paused = prod.task.pause(task_id)
        # the command is queued for JEDI; the server checks the status JEDI would have set
        with pytest.raises(PandaAPIError) as caught:
            prod.task.resume(task_id)
        assert caught.value.server_message == (
            "Command rejected: the resume command is not accepted if the task is in running status"
        )
        panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'paused' WHERE jeditaskid = {task_id}")
        resumed = prod.task.resume(task_id)
        with pytest.raises(PandaAPIError) as caught:
            prod.task.increase_attempts(task_id, 2)
        assert caught.value.server_message.startswith("command rejected since status=paused")
        panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'running' WHERE jeditaskid = {task_id}")
        increased = prod.task.increase_attempts(task_id, 2)
        killed = prod.task.kill(task_id)  # production may command anybody's task
    assert paused.ok and resumed.ok and killed.ok
    assert isinstance(increased, CommandResult)


def test_retry(panda_server, task_id):
    make_task_visible(panda_server, task_id, USER, status="finished")
    with client(panda_server, "user") as panda:
        retried = panda.task.retry(task_id)
    assert retried.code in (0, 3)


def test_unknown_task(panda_server):
    with client(panda_server, "user") as panda:
        with pytest.raises(errors.NotFoundError):
            panda.task.get_status(999999999)
        with pytest.raises(errors.APIStatusError):
            panda.task.kill(999999999)


@pytest.mark.anyio
async def test_async_submit_and_status(panda_server):
    async with AsyncPanda(base_url=panda_server.url("user"), auth="none") as panda:
        new_id = await panda.task.submit(task_parameters(USER))
        make_task_visible(panda_server, new_id, USER)
        assert await panda.task.get_status(new_id) == "running"
        parameters = await panda.task.get_task_parameters(new_id)
        assert parameters["userName"] == USER
        killed = await panda.task.kill(new_id)
        assert killed.ok
