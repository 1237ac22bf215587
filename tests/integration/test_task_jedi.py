"""Task functions that read JEDI's rows: split rule, jumbo jobs, job cloning, global share, parent task and the
jumbo-job datasets (rows seeded as JEDI would have written them)."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients.panda import CommandResult, PandaAPIError

from ._helpers import client, make_task_visible, submit_visible_task, task_parameters

USER = "Sci Clients User"
UNKNOWN_TASK = 999999991


@pytest.fixture()
def task_id(panda_server) -> int:
    return submit_visible_task(panda_server, USER)


def split_rule(server, task_id: int) -> str:
    # bracketed: the SQL helper drops empty output lines
    query = f"SELECT '[' || COALESCE(splitrule, 'NULL') || ']' FROM doma_panda.jedi_tasks WHERE jeditaskid = {task_id}"
    return server.sql(query)[0][0][1:-1]


def test_change_split_rule(panda_server, task_id):
    with client(panda_server, "production") as prod:
        assert prod.task.change_split_rule(task_id, "NF", "5") == CommandResult(0, "1 tasks changed")
        assert split_rule(panda_server, task_id) == "NF=5"
        assert prod.task.change_split_rule(task_id, "NF", "") == CommandResult(0, "1 tasks changed")
        assert split_rule(panda_server, task_id) == ""  # "" removes the rule
        with pytest.raises(errors.NotFoundError) as caught:
            prod.task.change_split_rule(UNKNOWN_TASK, "NF", "5")
        assert caught.value.server_message == "Task not found"
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.task.change_split_rule(task_id, "NF", "5")
    assert caught.value.server_message == "production or pilot role required"


def test_jumbo_jobs(panda_server, task_id):
    with client(panda_server, "production") as prod:
        assert prod.task.enable_jumbo_jobs(task_id, 0) == CommandResult(0, "done")
        assert panda_server.sql(
            f"SELECT usejumbo, splitrule FROM doma_panda.jedi_tasks WHERE jeditaskid = {task_id}"
        ) == [["D", "NJ=0,MJ=0"]]
        # enabling works, then the server's own avalanche call fails: HTTP 500 although the change was made
        with pytest.raises(errors.InternalServerError) as caught:
            prod.task.enable_jumbo_jobs(task_id, 5, jumbo_jobs_per_site=2)
        assert "'int' object has no attribute 'subprocess_env'" in str(caught.value)
        assert panda_server.sql(
            f"SELECT usejumbo, splitrule FROM doma_panda.jedi_tasks WHERE jeditaskid = {task_id}"
        ) == [["W", "NJ=5,MJ=2"]]
        with pytest.raises(errors.NotFoundError) as caught:
            prod.task.enable_jumbo_jobs(UNKNOWN_TASK, 0)
        assert caught.value.server_message == "task not found" and caught.value.code == 2


def test_job_cloning(panda_server, task_id):
    with client(panda_server, "production") as prod:
        assert prod.task.enable_job_cloning(task_id, mode="runonce", multiplicity=2, num_sites=3) is None
        assert split_rule(panda_server, task_id) == "UC=1,ES=1,EC=2,NS=3"
        assert prod.task.disable_job_cloning(task_id) is None
        assert split_rule(panda_server, task_id) == ""
        for call in (
            lambda: prod.task.enable_job_cloning(UNKNOWN_TASK),
            lambda: prod.task.disable_job_cloning(UNKNOWN_TASK),
        ):
            with pytest.raises(errors.NotFoundError) as caught:
                call()
            assert caught.value.server_message == "task not found"


def test_reassign_global_share(panda_server, task_id):
    with client(panda_server, "production") as prod:
        assert prod.task.reassign_global_share([task_id], "Test", False) == CommandResult(0, "")
        with pytest.raises(PandaAPIError) as caught:
            prod.task.reassign_global_share([task_id], "NoSuchShare", True)
    assert caught.value.server_message.strip() == "Share NoSuchShare is not a leave share"
    assert caught.value.code == 1
    assert panda_server.sql(f"SELECT gshare FROM doma_panda.jedi_tasks WHERE jeditaskid = {task_id}") == [["Test"]]


def test_parent_detailed_info(panda_server, task_id):
    with client(panda_server, "user") as panda:
        child = panda.task.submit(task_parameters(USER))
        make_task_visible(panda_server, child, USER)
        with pytest.raises(errors.NotFoundError) as caught:
            panda.task.get_parent_detailed_info(child)
        assert caught.value.server_message == "No parent task found"
        panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET parent_tid = {task_id} WHERE jeditaskid = {child}")
        parent = panda.task.get_parent_detailed_info(child)
        panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET parent_tid = {UNKNOWN_TASK} WHERE jeditaskid = {child}")
        with pytest.raises(errors.NotFoundError) as caught:
            panda.task.get_parent_detailed_info(child)
        assert caught.value.server_message == "Parent task not found"
        with pytest.raises(errors.NotFoundError) as caught:
            panda.task.get_parent_detailed_info(UNKNOWN_TASK)
        assert caught.value.server_message == "Child task not found"
    assert parent["jediTaskID"] == task_id
    assert parent["status"] == "running"
    assert parent["userName"] == USER


def test_jumbo_job_datasets(panda_server, task_id):
    """Only managed tasks in finished/done with jumbo jobs, and only their output datasets, are listed."""
    jumbo = 880000000 + task_id
    panda_server.sql(
        "INSERT INTO doma_panda.jedi_tasks (jeditaskid, taskname, status, username, creationdate, modificationtime, "
        f"prodsourcelabel, usejumbo) VALUES ({jumbo}, 'mc.jumbo.{jumbo}', 'done', 'prod', now() - interval '3 days', "
        f"now() - interval '2 days', 'managed', 'W'), ({jumbo + 1}, 'mc.run.{jumbo}', 'running', 'prod', "
        "now() - interval '3 days', now() - interval '2 days', 'managed', 'W'); "
        "INSERT INTO doma_panda.jedi_datasets (jeditaskid, datasetid, datasetname, type, creationtime, "
        f"modificationtime) VALUES ({jumbo}, 1, 'mc.out.{jumbo}', 'output', now(), now()), "
        f"({jumbo}, 2, 'mc.log.{jumbo}', 'log', now(), now()), "
        f"({jumbo}, 3, 'mc.out2.{jumbo}', 'output', now(), now()), "
        f"({jumbo + 1}, 1, 'mc.out.running.{jumbo}', 'output', now(), now())"
    )
    with client(panda_server, "user") as panda:
        listed = panda.task.get_jumbo_job_datasets(5, to_offset=1)
        assert str(jumbo) not in panda.task.get_jumbo_job_datasets(1)  # modified before the window
    assert str(jumbo + 1) not in listed
    entry = listed[str(jumbo)]
    assert entry.status == "done"
    assert sorted(entry.datasets) == [f"mc.out.{jumbo}", f"mc.out2.{jumbo}"]
