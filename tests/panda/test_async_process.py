"""panda.async_process against the loopback PanDA: wire requests, both result shapes, checks, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import (
    AsyncMetaStatus,
    AsyncRawResult,
    AsyncResultEnvelope,
    StagingOperationResult,
)
from sciclients._generated.panda_api.types import Unset
from sciclients.panda import AsyncPanda, Panda

from tests.support.panda_fake import Failure, FakePanda

REQUEST_ID = "6f1c2b9e-3d4a-4f5b-8c7d-9e0f1a2b3c4d"
RESULT_PATH = "/api/v1/async_process/get_result"


def sent(fake: FakePanda, path: str) -> dict[str, Any]:
    request = fake.requests[-1]
    assert request.method == "POST"
    assert request.path == f"/api/v1/async_process/{path}"
    body: dict[str, Any] = json.loads(request.body)
    return body


def answer(fake: FakePanda, payload: dict[str, Any]) -> None:
    """Script get_result's whole answer (the structured shape has a top-level key the fake's envelope lacks)."""
    fake.faults[RESULT_PATH].append((200, json.dumps(payload), {}))


def test_submit_grep_request(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["submit_grep_request"] = lambda args, rec: {"request_id": REQUEST_ID}
    request_id = panda.async_process.submit_grep_request(
        "jediTaskID=12345", "panda-server.log", service_name="server", max_matches=1000
    )
    assert sent(fake, "submit_grep_request") == {
        "pattern": "jediTaskID=12345", "log_filename": "panda-server.log", "service_name": "server",
        "max_matches": 1000,
    }  # fmt: skip
    assert request_id == REQUEST_ID


def test_submit_grep_request_on_one_machine(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["submit_grep_request"] = lambda args, rec: {"request_id": REQUEST_ID}
    panda.async_process.submit_grep_request(
        "error", "panda-jedi.log.gz", machine_name="aipanda181.cern.ch", service_name=None, tail_bytes=2**30
    )
    assert sent(fake, "submit_grep_request") == {
        "pattern": "error", "log_filename": "panda-jedi.log.gz", "machine_name": "aipanda181.cern.ch",
        "service_name": None, "tail_bytes": 2**30,
    }  # fmt: skip


def test_submit_sleep_echo_request(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["submit_sleep_echo_request"] = lambda args, rec: {"request_id": REQUEST_ID}
    assert prod_panda.async_process.submit_sleep_echo_request("jedi", "hello", seconds=0) == REQUEST_ID
    assert sent(fake, "submit_sleep_echo_request") == {"service_name": "jedi", "message": "hello", "seconds": 0}
    prod_panda.async_process.submit_sleep_echo_request("jedi", "")
    assert sent(fake, "submit_sleep_echo_request") == {"service_name": "jedi", "message": ""}


def test_get_result_raw_shape(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_async_result"] = lambda args, rec: {
        "overall_status": "pending",
        "expected_machines": ["aipanda181.cern.ch", "aipanda182.cern.ch"],
        "results": [{
            "machine_name": "aipanda181.cern.ch", "status": "done", "result": "line", "truncated": 0,
            "error_msg": None, "attempts": 1, "started_at": "2026-11-22 22:22:09.101010",
            "finished_at": "2026-11-22 22:22:10.202020", "stderr": "", "return_code": 0,
        }],
    }  # fmt: skip
    result = panda.async_process.get_result(REQUEST_ID)
    request = fake.requests[-1]
    assert (request.method, request.path, request.query) == ("GET", RESULT_PATH, {"request_id": [REQUEST_ID]})
    assert isinstance(result, AsyncResultEnvelope)
    assert result.success is True
    assert isinstance(result.async_meta, Unset)
    assert isinstance(result.data, AsyncRawResult)
    assert result.data.overall_status == "pending"
    assert result.data.expected_machines == ["aipanda181.cern.ch", "aipanda182.cern.ch"]
    machine = result.data.results[0]
    assert (machine.machine_name, machine.status, machine.result, machine.return_code) == (
        "aipanda181.cern.ch", "done", "line", 0,
    )  # fmt: skip
    assert machine.started_at == "2026-11-22 22:22:09.101010"


def test_get_result_structured_done(fake: FakePanda, prod_panda: Panda) -> None:
    answer(fake, {
        "success": True, "message": "status has become staging",
        "data": {"request_id": 123, "dataset": "mc20:x", "status": "staging", "ddm_rule_id": "0a1b"},
        "async_meta": {"status": "done", "attempts": 1, "started_at": "2026-11-22 22:22:09.101010",
                       "finished_at": "2026-11-22 22:22:30.303030", "error_msg": None},
    })  # fmt: skip
    result = prod_panda.async_process.get_result(REQUEST_ID)
    assert fake.requests[-1].query == {"request_id": [REQUEST_ID]}
    assert result.success is True
    assert result.message == "status has become staging"
    assert not isinstance(result.async_meta, Unset)
    assert result.async_meta.status == AsyncMetaStatus.DONE
    assert isinstance(result.data, StagingOperationResult)
    assert (result.data.request_id, result.data.status) == (123, "staging")


def test_get_result_structured_pending_is_returned_not_raised(fake: FakePanda, prod_panda: Panda) -> None:
    answer(fake, {
        "success": False, "message": "request is pending", "data": None,
        "async_meta": {"status": "pending", "attempts": 0, "started_at": None, "finished_at": None, "error_msg": None},
    })  # fmt: skip
    result = prod_panda.async_process.get_result(REQUEST_ID)
    assert result.success is False
    assert result.message == "request is pending"
    assert result.data is None
    assert not isinstance(result.async_meta, Unset)
    assert result.async_meta.status == "pending"


def test_get_result_structured_failed_operation(fake: FakePanda, prod_panda: Panda) -> None:
    answer(fake, {
        "success": False, "message": "failed to get corresponding request", "data": None,
        "async_meta": {"status": "done", "attempts": 1, "started_at": "x", "finished_at": "y", "error_msg": None},
    })  # fmt: skip
    result = prod_panda.async_process.get_result(REQUEST_ID)
    assert (result.success, result.message) == (False, "failed to get corresponding request")


def test_get_result_failed_poll_raises(fake: FakePanda, panda: Panda) -> None:
    def handler(args: dict[str, Any], rec: Any) -> Any:
        raise Failure(f"request_id '{args['request_id']}' not found")

    fake.handlers["get_async_result"] = handler
    with pytest.raises(errors.NotFoundError, match="not found"):
        panda.async_process.get_result(REQUEST_ID)

    def not_allowed(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("'jdoe' is not authorized to read results (owner mismatch)")

    fake.handlers["get_async_result"] = not_allowed
    with pytest.raises(errors.PermissionDeniedError, match="not authorized"):
        panda.async_process.get_result(REQUEST_ID)


def test_get_result_bad_answers(fake: FakePanda, panda: Panda) -> None:
    answer(fake, {"success": True, "message": "", "data": None, "async_meta": {"status": "exploded"}})
    with pytest.raises(errors.APIResponseValidationError, match="documented shape"):
        panda.async_process.get_result(REQUEST_ID)
    fake.faults[RESULT_PATH].append((200, json.dumps([True, "legacy"]), {}))
    with pytest.raises(errors.APIResponseValidationError, match="envelope"):
        panda.async_process.get_result(REQUEST_ID)


def test_submit_failure_raises(fake: FakePanda, panda: Panda) -> None:
    def handler(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("'jdoe' is not authorized")

    fake.handlers["submit_grep_request"] = handler
    with pytest.raises(errors.PermissionDeniedError, match="is not authorized"):
        panda.async_process.submit_grep_request("x", "panda-server.log", service_name="server")

    def no_machine(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("no alive machines found for service 'nothing'")

    fake.handlers["submit_grep_request"] = no_machine
    with pytest.raises(errors.OperationFailedError, match="no alive machines"):
        panda.async_process.submit_grep_request("x", "panda-server.log", service_name="nothing")


@pytest.mark.parametrize(
    ("args", "kwargs", "exc", "text"),
    [
        (("", "panda-server.log"), {"service_name": "server"}, ValueError, "pattern must not be empty"),
        ((1, "panda-server.log"), {"service_name": "server"}, TypeError, "pattern must be a str"),
        (("x", "/var/log/panda/panda-server.log"), {"service_name": "server"}, ValueError, "log_filename"),
        (("x", "server.log"), {"service_name": "server"}, ValueError, "log_filename"),
        (("x", "panda-server.txt"), {"service_name": "server"}, ValueError, "log_filename"),
        (("x", "panda-server.log"), {}, ValueError, "exactly one of service_name or machine_name"),
        (("x", "panda-server.log"), {"service_name": "a", "machine_name": "b"}, ValueError, "exactly one"),
        (("x", "panda-server.log"), {"service_name": ""}, ValueError, "service_name must not be empty"),
        (("x", "panda-server.log"), {"service_name": "s", "max_matches": 0}, ValueError, "max_matches must be >= 1"),
        (("x", "panda-server.log"), {"service_name": "s", "max_matches": 200_001}, ValueError, "max_matches"),
        (("x", "panda-server.log"), {"service_name": "s", "max_matches": "5"}, TypeError, "max_matches must be an int"),
        (("x", "panda-server.log"), {"service_name": "s", "tail_bytes": 2**30 + 1}, ValueError, "tail_bytes"),
    ],
)
def test_bad_grep_input_is_refused_before_any_request(
    fake: FakePanda, panda: Panda, args: tuple[Any, ...], kwargs: dict[str, Any], exc: type[Exception], text: str
) -> None:
    with pytest.raises(exc, match=text):
        panda.async_process.submit_grep_request(*args, **kwargs)
    assert fake.requests == []


def test_bad_echo_and_poll_input_is_refused_before_any_request(fake: FakePanda, prod_panda: Panda) -> None:
    with pytest.raises(ValueError, match="message must be at most 100 characters"):
        prod_panda.async_process.submit_sleep_echo_request("jedi", "x" * 101)
    with pytest.raises(ValueError, match="seconds must be <= 60"):
        prod_panda.async_process.submit_sleep_echo_request("jedi", "hi", seconds=61)
    with pytest.raises(TypeError, match="seconds must be an int"):
        prod_panda.async_process.submit_sleep_echo_request("jedi", "hi", seconds=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="service_name must not be empty"):
        prod_panda.async_process.submit_sleep_echo_request(" ", "hi")
    with pytest.raises(ValueError, match="request_id must not be empty"):
        prod_panda.async_process.get_result("")
    with pytest.raises(TypeError, match="request_id must be a str"):
        prod_panda.async_process.get_result(123)  # type: ignore[arg-type]
    assert fake.requests == []


def test_ordinary_user_cannot_submit_sleep_echo(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.async_process.submit_sleep_echo_request("jedi", "hello")


@pytest.mark.anyio
async def test_async_client(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["submit_sleep_echo_request"] = lambda args, rec: {"request_id": REQUEST_ID}
    assert await apanda.async_process.submit_sleep_echo_request("jedi", "hello", seconds=5) == REQUEST_ID
    assert sent(fake, "submit_sleep_echo_request") == {"service_name": "jedi", "message": "hello", "seconds": 5}
    answer(fake, {
        "success": False, "message": "request is running", "data": None,
        "async_meta": {"status": "running", "attempts": 1, "started_at": "x", "finished_at": None, "error_msg": None},
    })  # fmt: skip
    result = await apanda.async_process.get_result(REQUEST_ID)
    assert not isinstance(result.async_meta, Unset)
    assert result.async_meta.status == "running"
