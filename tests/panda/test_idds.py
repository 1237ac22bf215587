"""panda.idds against the loopback PanDA: JSON-text arguments, results, checks, errors."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, CommandResult, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda


def sent(fake: FakePanda, path: str) -> dict[str, Any]:
    request = fake.requests[-1]
    assert request.method == "POST"
    assert request.path == f"/api/v1/idds/{path}"
    assert request.headers["content-type"] == "application/json"
    body: dict[str, Any] = json.loads(request.body)
    return body


def test_relay_idds_command_encodes_args_and_kwargs(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["relay_idds_command"] = lambda args, rec: [
        {"request_id": 1234, "status": "Finished", "created_at": {"__datetime__": "2026-11-22T10:00:00"}}
    ]
    result = panda.idds.relay_idds_command(
        "get_requests", args=[1234], kwargs={"request_id": 1234, "with_detail": False}, manager=True, json_outputs=True
    )
    body = sent(fake, "relay_idds_command")
    assert body == {
        "command_name": "get_requests", "args": "[1234]", "kwargs": '{"request_id": 1234, "with_detail": false}',
        "manager": True, "json_outputs": True,
    }  # fmt: skip
    assert json.loads(body["kwargs"]) == {"request_id": 1234, "with_detail": False}
    assert result == [{"request_id": 1234, "status": "Finished", "created_at": datetime(2026, 11, 22, 10, 0)}]


def test_relay_idds_command_minimal_and_json_text(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["relay_idds_command"] = lambda args, rec: "ok"
    assert panda.idds.relay_idds_command("ping+idds.cern.ch") == "ok"
    assert sent(fake, "relay_idds_command") == {"command_name": "ping+idds.cern.ch"}
    panda.idds.relay_idds_command("get_requests", args=("a", 2), kwargs='{"x": 1}', manager=False)
    assert sent(fake, "relay_idds_command") == {
        "command_name": "get_requests", "args": '["a", 2]', "kwargs": '{"x": 1}', "manager": False,
    }  # fmt: skip
    panda.idds.relay_idds_command("get_requests", args=None, kwargs=None)
    assert sent(fake, "relay_idds_command") == {"command_name": "get_requests", "args": None, "kwargs": None}


def test_execute_idds_workflow_command_with_message(fake: FakePanda, panda: Panda) -> None:
    # the server's {status, message} branch: the iDDS message in `message`, its status in `data`
    fake.faults["/api/v1/idds/execute_idds_workflow_command"].append(
        (200, json.dumps({"success": True, "message": "Command registered successfully", "data": 0}), {})
    )
    result = panda.idds.execute_idds_workflow_command("abort", kwargs={"request_id": 1234})
    assert sent(fake, "execute_idds_workflow_command") == {"command_name": "abort", "kwargs": '{"request_id": 1234}'}
    assert result == CommandResult(0, "Command registered successfully")
    assert result.ok


def test_execute_idds_workflow_command_raw_result(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["execute_idds_workflow_command"] = lambda args, rec: {"status": "Finished", "request_id": 1234}
    result = panda.idds.execute_idds_workflow_command(
        "get_status+idds.cern.ch", kwargs='{"request_id": 1234}', json_outputs=True
    )
    assert sent(fake, "execute_idds_workflow_command") == {
        "command_name": "get_status+idds.cern.ch", "kwargs": '{"request_id": 1234}', "json_outputs": True,
    }  # fmt: skip
    assert result == {"status": "Finished", "request_id": 1234}
    panda.idds.execute_idds_workflow_command("get_status")
    assert sent(fake, "execute_idds_workflow_command") == {"command_name": "get_status"}


@pytest.mark.parametrize(
    ("kwargs", "exc", "text"),
    [
        ({"command_name": ""}, ValueError, "command_name must not be empty"),
        ({"command_name": 3}, TypeError, "command_name must be a str"),
        ({"command_name": "x", "args": "not json"}, ValueError, "args is not valid JSON"),
        ({"command_name": "x", "args": '{"a": 1}'}, ValueError, "args must be JSON text of a list"),
        ({"command_name": "x", "args": {"a": 1}}, TypeError, "args must be a list"),
        ({"command_name": "x", "args": 5}, TypeError, "args must be a list"),
        ({"command_name": "x", "kwargs": [1]}, TypeError, "kwargs must be a dict"),
        ({"command_name": "x", "kwargs": "[1]"}, ValueError, "kwargs must be JSON text of an object"),
        ({"command_name": "x", "kwargs": {1: 2}}, TypeError, "kwargs keys must be str"),
        ({"command_name": "x", "kwargs": {"a": object()}}, TypeError, "kwargs cannot be encoded as JSON"),
        ({"command_name": "x", "manager": "True"}, TypeError, "manager must be a bool"),
        ({"command_name": "x", "json_outputs": 1}, TypeError, "json_outputs must be a bool"),
    ],
)
def test_bad_relay_input_is_refused_before_any_request(
    fake: FakePanda, panda: Panda, kwargs: dict[str, Any], exc: type[Exception], text: str
) -> None:
    with pytest.raises(exc, match=text):
        panda.idds.relay_idds_command(**kwargs)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("command_name", "kwargs", "exc", "text"),
    [
        ("delete", {"request_id": 1}, ValueError, "command_name must be one of"),
        ("abort+", {"request_id": 1}, ValueError, "iDDS host after '\\+' is empty"),
        ("abort", {}, ValueError, "kwargs must hold request_id for 'abort'"),
        ("retry", None, ValueError, "kwargs must hold request_id for 'retry'"),
        ("finish", '{"request_id": null}', ValueError, "kwargs must hold request_id"),
        ("suspend", "{", ValueError, "kwargs is not valid JSON"),
    ],
)
def test_bad_workflow_input_is_refused_before_any_request(
    fake: FakePanda, panda: Panda, command_name: str, kwargs: Any, exc: type[Exception], text: str
) -> None:
    with pytest.raises(exc, match=text):
        panda.idds.execute_idds_workflow_command(command_name, kwargs=kwargs)
    assert fake.requests == []


def test_failures_map_to_error_classes(fake: FakePanda, panda: Panda) -> None:
    def not_a_command(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("foo is not a command of iDDS Client")

    fake.handlers["relay_idds_command"] = not_a_command
    with pytest.raises(PandaAPIError, match="foo is not a command of iDDS Client") as caught:
        panda.idds.relay_idds_command("foo")
    assert caught.value.server_message == "foo is not a command of iDDS Client"

    def not_owner(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("request 1234 is not owned by jdoe")

    fake.handlers["execute_idds_workflow_command"] = not_owner
    with pytest.raises(errors.PermissionDeniedError, match="not owned by jdoe"):
        panda.idds.execute_idds_workflow_command("abort", kwargs={"request_id": 1234})

    def not_found(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("request 1234 is not found")

    fake.handlers["execute_idds_workflow_command"] = not_found
    with pytest.raises(errors.NotFoundError, match="request 1234 is not found"):
        panda.idds.execute_idds_workflow_command("resume", kwargs={"request_id": 1234})


def test_anonymous_caller_is_not_authenticated(fake: FakePanda) -> None:
    with Panda(base_url=fake.url, auth="none", max_retries=0) as anonymous:
        with pytest.raises(errors.AuthenticationError, match="SSL secure connection is required"):
            anonymous.idds.relay_idds_command("get_requests")


@pytest.mark.anyio
async def test_async_client(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["relay_idds_command"] = lambda args, rec: {"echo": json.loads(args["args"])}
    assert await apanda.idds.relay_idds_command("echo", args=[1, "two"]) == {"echo": [1, "two"]}
    fake.handlers["execute_idds_workflow_command"] = lambda args, rec: [{"status": "Transforming"}]
    assert await apanda.idds.execute_idds_workflow_command("get_status", kwargs={"request_id": 9}) == [
        {"status": "Transforming"}
    ]
    assert sent(fake, "execute_idds_workflow_command") == {"command_name": "get_status", "kwargs": '{"request_id": 9}'}
