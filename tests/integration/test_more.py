"""More task commands, harvester calls and the server's own wrong-argument messages."""

from __future__ import annotations

import httpx
import pytest
from sciclients import errors
from sciclients.panda import CommandResult, PandaAPIError
from sciclients.panda._envelope import unwrap

from ._helpers import client, submit_visible_task

USER = "Sci Clients User"


@pytest.fixture()
def task_id(panda_server) -> int:
    return submit_visible_task(panda_server, USER)


def test_more_production_task_commands(panda_server, task_id):
    with client(panda_server, "production") as prod:
        results = {
            "change_priority": prod.task.change_priority(task_id, 900),
            "change_attribute": prod.task.change_attribute(task_id, "ramCount", 2000),
            "change_modification_time": prod.task.change_modification_time(task_id, 1),
            "release": prod.task.release(task_id),
            "reassign": prod.task.reassign(task_id, site="SCICLIENTS_QUEUE"),
        }
        with pytest.raises(PandaAPIError) as caught:
            prod.task.avalanche(task_id)
        assert caught.value.server_message == (
            "Command rejected: the avalanche command is not accepted if the task is in running status"
        )
    for name, result in results.items():
        assert isinstance(result, CommandResult), name
    assert panda_server.sql(
        f"SELECT currentpriority, ramcount FROM doma_panda.jedi_tasks WHERE jeditaskid = {task_id}"
    ) == [["900", "2000"]]


def test_reload_input_and_unfinished_jobs(panda_server, task_id):
    with client(panda_server, "user") as panda:
        with pytest.raises(PandaAPIError) as caught:
            panda.task.reload_input(task_id)
        assert caught.value.server_message == (
            "Command rejected: the incexec command is not accepted if the task is in running status"
        )
        assert panda.task.kill_unfinished_jobs(task_id) == []


def test_reactivate_needs_production(panda_server, task_id):
    with client(panda_server, "user") as panda, pytest.raises(errors.PermissionDeniedError) as caught:
        panda.task.reactivate(task_id)
    assert caught.value.server_message == "production or pilot role required"


def test_harvester(panda_server):
    with client(panda_server, "user") as panda:
        assert isinstance(panda.harvester.get_worker_statistics(), dict)
        with pytest.raises(errors.PermissionDeniedError):
            panda.harvester.acquire_commands("sciclients-harvester", 1)


@pytest.mark.parametrize(
    ("method", "path", "body", "params", "error", "message"),
    [
        ("GET", "task/kill", None, None, errors.BadRequestError, "expecting POST, received GET"),
        ("POST", "task/kill", {}, None, errors.BadRequestError,
         "Argument error: missing a required argument: 'task_id'"),
        ("POST", "task/kill", {"task_id": "1"}, None, errors.BadRequestError,
         "Type error: 'task_id' must be of type int, got str."),
        ("POST", "task/kill", {"task_id": 1, "foo": 1}, None, errors.BadRequestError,
         "Argument error: got an unexpected keyword argument 'foo'"),
        ("GET", "task/get_status", None, {"task_id": "abc"}, errors.BadRequestError, "jediTaskID must be an integer"),
        ("POST", "task/pause", {"task_id": 1}, None, errors.PermissionDeniedError, "production or pilot role required"),
    ],
)  # fmt: skip
def test_the_servers_own_refusals_map_to_typed_errors(panda_server, method, path, body, params, error, message):
    """The server's success:false answers to wrong calls (which the typed clients stop before sending), read by the
    clients' envelope decoder."""
    response = httpx.request(
        method, f"{panda_server.url('user')}/api/v1/{path}", json=body, params=params,
        headers={"Accept": "application/json"}, timeout=30,
    )  # fmt: skip
    assert response.status_code == 200
    with pytest.raises(error) as caught:
        unwrap(response)
    assert caught.value.server_message == message


def test_unknown_function_is_forbidden(panda_server):
    with httpx.Client(base_url=panda_server.url("user"), headers={"Accept": "application/json"}) as http:
        assert http.get("/api/v1/task/no_such_function").status_code == 403
        assert http.get("/api/v1/task/no_such_function").text == "ERROR : method no_such_function is forbidden"
        assert http.get("/server/panda/getJobStatus").status_code == 403
        assert http.get("/api/latest/system/is_alive").status_code == 403
