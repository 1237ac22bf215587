"""panda.legacy against the loopback PanDA: form fields on the wire, envelope-less answers, checks, errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import FakePanda, Recorded

LEGACY = "/server/panda"


def route(fake: FakePanda, name: str, answer: str | Callable[[Recorded], str], status: int = 200) -> None:
    """Serve the legacy function `name` with a fixed text answer (or one computed from the request)."""
    fake.extra_routes[f"{LEGACY}/{name}"] = lambda rec: (
        status, answer(rec) if callable(answer) else answer, "text/plain",
    )  # fmt: skip


def form(fake: FakePanda, name: str) -> dict[str, list[str]]:
    request = fake.requests[-1]
    assert request.method == "POST"
    assert request.path == f"{LEGACY}/{name}"
    assert request.query == {}
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["authorization"] == "Bearer good-token"
    return parse_qs(request.body.decode(), keep_blank_values=True)


# -- relay_idds_command -------------------------------------------------------------------------------------------
def test_relay_idds_command(fake: FakePanda, panda: Panda) -> None:
    route(fake, "relay_idds_command", json.dumps([True, [{"request_id": 1234, "status": "Finished"}]]))
    result = panda.legacy.relay_idds_command(
        "get_requests", args=[1], kwargs={"request_id": 1234, "with_detail": False}, manager=True, json_outputs=True
    )
    assert form(fake, "relay_idds_command") == {
        "command_name": ["get_requests"], "args": ["[1]"], "kwargs": ['{"request_id": 1234, "with_detail": false}'],
        "manager": ["True"], "json_outputs": ["True"],
    }  # fmt: skip
    assert result == [{"request_id": 1234, "status": "Finished"}]


def test_relay_idds_command_false_flags_are_left_out(fake: FakePanda, panda: Panda) -> None:
    route(fake, "relay_idds_command", "[true, null]")
    assert panda.legacy.relay_idds_command("ping", manager=False, json_outputs=False) is None
    assert form(fake, "relay_idds_command") == {"command_name": ["ping"]}


def test_relay_idds_command_failure(fake: FakePanda, panda: Panda) -> None:
    route(fake, "relay_idds_command", json.dumps([False, "foo is not a command of iDDS Client"]))
    with pytest.raises(PandaAPIError, match="foo is not a command of iDDS Client") as caught:
        panda.legacy.relay_idds_command("foo")
    assert caught.value.status_code == 200
    route(fake, "relay_idds_command", json.dumps([False, "SSL secure connection is required"]))
    with pytest.raises(errors.AuthenticationError, match="SSL secure connection is required"):
        panda.legacy.relay_idds_command("foo")


# -- execute_idds_workflow_command --------------------------------------------------------------------------------
def test_execute_idds_workflow_command(fake: FakePanda, panda: Panda) -> None:
    route(fake, "execute_idds_workflow_command", json.dumps([True, [0, "Command registered successfully"]]))
    result = panda.legacy.execute_idds_workflow_command("abort+idds.cern.ch", kwargs={"request_id": 1234})
    assert form(fake, "execute_idds_workflow_command") == {
        "command_name": ["abort+idds.cern.ch"], "kwargs": ['{"request_id": 1234}'],
    }  # fmt: skip
    assert result == [0, "Command registered successfully"]
    route(fake, "execute_idds_workflow_command", json.dumps([True, {"status": "Finished"}]))
    assert panda.legacy.execute_idds_workflow_command("get_status", json_outputs=True) == {"status": "Finished"}
    assert form(fake, "execute_idds_workflow_command") == {"command_name": ["get_status"], "json_outputs": ["True"]}


def test_execute_idds_workflow_command_failures(fake: FakePanda, panda: Panda) -> None:
    route(fake, "execute_idds_workflow_command", json.dumps([False, "request 1234 is not owned by jdoe"]))
    with pytest.raises(errors.PermissionDeniedError, match="not owned by jdoe"):
        panda.legacy.execute_idds_workflow_command("abort", kwargs='{"request_id": 1234}')
    route(fake, "execute_idds_workflow_command", json.dumps([False, "SSL_CLIENT_S_DN is missing in HTTP request"]))
    with pytest.raises(errors.AuthenticationError, match="SSL_CLIENT_S_DN is missing"):
        panda.legacy.execute_idds_workflow_command("abort", kwargs='{"request_id": 1234}')


# -- put_event_picking_request -------------------------------------------------------------------------------------
def test_put_event_picking_request(fake: FakePanda, panda: Panda) -> None:
    route(fake, "putEventPickingRequest", "True")
    result = panda.legacy.put_event_picking_request(
        runEventList=[(358031, 1234567), ("358031", "1234999")],
        eventPickDataType="AOD",
        eventPickStreamName="physics_Main",
        eventPickDS=["data18_13TeV.*.AOD.*", "data17_13TeV.*"],
        eventPickAmiTag="",
        userDatasetName="user.jdoe.0f1e/",
        lockedBy="prun",
        params="--x",
        inputFileList=["a.root", "b.root"],
        eventPickNumSites=2,
        userTaskName="task",
        ei_api="v2",
        giveGUID=False,
    )
    assert result is None
    assert form(fake, "putEventPickingRequest") == {
        "runEventList": ["358031 1234567\n358031 1234999"], "eventPickDataType": ["AOD"],
        "eventPickStreamName": ["physics_Main"], "eventPickDS": ["data18_13TeV.*.AOD.*,data17_13TeV.*"],
        "eventPickAmiTag": [""], "userDatasetName": ["user.jdoe.0f1e/"], "lockedBy": ["prun"], "params": ["--x"],
        "inputFileList": ["a.root,b.root"], "eventPickNumSites": ["2"], "userTaskName": ["task"], "ei_api": ["v2"],
        "giveGUID": ["False"],
    }  # fmt: skip


def test_put_event_picking_request_with_guids_as_text(fake: FakePanda, panda: Panda) -> None:
    route(fake, "putEventPickingRequest", "True\n")
    panda.legacy.put_event_picking_request(runEventList="1 2 guid-a\n\n3 4 guid-b\n", giveGUID=True)
    assert form(fake, "putEventPickingRequest") == {
        "runEventList": ["1 2 guid-a\n3 4 guid-b"], "giveGUID": ["True"],
    }  # fmt: skip
    panda.legacy.put_event_picking_request()
    assert form(fake, "putEventPickingRequest") == {}


def test_put_event_picking_request_error_text(fake: FakePanda, panda: Panda) -> None:
    route(fake, "putEventPickingRequest", "ERROR : cannot put request due to disk full")
    with pytest.raises(PandaAPIError, match="ERROR : cannot put request due to disk full"):
        panda.legacy.put_event_picking_request(runEventList="1 2")
    route(fake, "putEventPickingRequest", "SSL secure connection is required")
    with pytest.raises(errors.AuthenticationError, match="SSL secure connection is required"):
        panda.legacy.put_event_picking_request(runEventList="1 2")


@pytest.mark.parametrize(
    ("kwargs", "exc", "text"),
    [
        ({"runEventList": "1 2 3"}, ValueError, "runEventList line 1 must have the 2 fields 'run event'"),
        ({"runEventList": "1 2", "giveGUID": True}, ValueError, "must have the 3 fields 'run event guid'"),
        ({"runEventList": [(1,)]}, ValueError, "runEventList line 1"),
        ({"runEventList": [(1, True)]}, TypeError, "runEventList\\[0\\] items must be ints or non-empty str"),
        ({"runEventList": [(1, "a b")]}, ValueError, "runEventList line 1"),
        ({"runEventList": ["1 2"]}, TypeError, "runEventList\\[0\\] must be a \\(run, event\\) sequence"),
        ({"runEventList": 5}, TypeError, "runEventList must be a str or a list"),
        ({"eventPickDataType": 5}, TypeError, "eventPickDataType must be a str"),
        ({"eventPickDS": ["a,b"]}, ValueError, "eventPickDS\\[0\\] must not contain a comma"),
        ({"inputFileList": [""]}, ValueError, "inputFileList\\[0\\] must not be empty"),
        ({"eventPickNumSites": 0}, ValueError, "eventPickNumSites must be >= 1"),
        ({"eventPickNumSites": "2"}, TypeError, "eventPickNumSites must be an int"),
        ({"giveGUID": "True"}, TypeError, "giveGUID must be a bool"),
        ({"params": "x" * (10 * 1024 * 1024)}, ValueError, "the server takes at most 10485760"),
    ],
)
def test_bad_event_picking_input_is_refused_before_any_request(
    fake: FakePanda, panda: Panda, kwargs: dict[str, Any], exc: type[Exception], text: str
) -> None:
    with pytest.raises(exc, match=text):
        panda.legacy.put_event_picking_request(**kwargs)
    assert fake.requests == []


# -- put_file_recovery_request ------------------------------------------------------------------------------------
def test_put_file_recovery_request(fake: FakePanda, panda: Panda) -> None:
    accepted = "request was accepted and will be processed in a few minutes"
    route(fake, "put_file_recovery_request", json.dumps([True, accepted]))
    assert panda.legacy.put_file_recovery_request(12345678, dryRun=True) == accepted
    assert form(fake, "put_file_recovery_request") == {"jediTaskID": ["12345678"], "dryRun": ["True"]}
    panda.legacy.put_file_recovery_request(12345678, dryRun=False)  # a false dryRun must be left out
    assert form(fake, "put_file_recovery_request") == {"jediTaskID": ["12345678"]}


def test_put_file_recovery_request_failure(fake: FakePanda, panda: Panda) -> None:
    route(fake, "put_file_recovery_request", json.dumps([False, "cannot put request due to disk full "]))
    with pytest.raises(PandaAPIError, match="cannot put request due to disk full"):
        panda.legacy.put_file_recovery_request(1)


# -- put_workflow_request ------------------------------------------------------------------------------------------
def test_put_workflow_request(fake: FakePanda, panda: Panda) -> None:
    params = {"outDS": "user.jdoe.wf1/", "taskParams": {}, "sandbox": "sources.abc.tar.gz"}
    route(
        fake, "put_workflow_request", json.dumps([True, "request was accepted and will be processed in a few minutes"])
    )
    assert panda.legacy.put_workflow_request(params).startswith("request was accepted")  # type: ignore[union-attr]
    sent = form(fake, "put_workflow_request")
    assert list(sent) == ["data"]
    assert json.loads(sent["data"][0]) == params

    route(fake, "put_workflow_request", json.dumps([True, {"status": True, "request_id": 77, "log": "ok"}]))
    assert panda.legacy.put_workflow_request(json.dumps(params), check=True) == {
        "status": True, "request_id": 77, "log": "ok",
    }  # fmt: skip
    assert form(fake, "put_workflow_request") == {"data": [json.dumps(params)], "check": ["True"]}
    panda.legacy.put_workflow_request(params, sync=True, check=False)
    assert form(fake, "put_workflow_request") == {"data": [json.dumps(params)], "sync": ["True"]}


def test_put_workflow_request_failure_and_bad_answer(fake: FakePanda, panda: Panda) -> None:
    route(fake, "put_workflow_request", json.dumps([False, "cannot put request due to Expecting value "]))
    with pytest.raises(PandaAPIError, match="cannot put request due to Expecting value"):
        panda.legacy.put_workflow_request({"outDS": "x"})
    route(fake, "put_workflow_request", json.dumps({"success": True}))
    with pytest.raises(errors.APIResponseValidationError, match=r"\[bool, result\]"):
        panda.legacy.put_workflow_request({"outDS": "x"})
    route(fake, "put_workflow_request", "<html>oops</html>")
    with pytest.raises(errors.APIResponseValidationError, match="not JSON"):
        panda.legacy.put_workflow_request({"outDS": "x"})


# -- checkpoints ---------------------------------------------------------------------------------------------------
def test_put_checkpoint_streams_the_file_under_its_basename(fake: FakePanda, panda: Panda, tmp_path: Path) -> None:
    checkpoint = tmp_path / "12345678_3"
    checkpoint.write_bytes(b"\x00checkpoint\xff")
    route(
        fake,
        "put_checkpoint",
        json.dumps({"status": True, "message": "successfully placed at /cache/hpo_cp_12345678_3"}),
    )
    assert panda.legacy.put_checkpoint(checkpoint) == "successfully placed at /cache/hpo_cp_12345678_3"
    request = fake.requests[-1]
    assert (request.method, request.path) == ("POST", f"{LEGACY}/put_checkpoint")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'Content-Disposition: form-data; name="file"; filename="12345678_3"' in request.body
    assert b"\x00checkpoint\xff" in request.body
    assert str(tmp_path).encode() not in request.body


def test_put_checkpoint_failure(fake: FakePanda, panda: Panda, tmp_path: Path) -> None:
    checkpoint = tmp_path / "1_2"
    checkpoint.write_bytes(b"x")
    route(fake, "put_checkpoint", json.dumps({"status": False, "message": "insecure request"}))
    with pytest.raises(errors.AuthenticationError, match="insecure request"):
        panda.legacy.put_checkpoint(str(checkpoint))
    route(fake, "put_checkpoint", json.dumps({"status": False, "message": "cannot write file due to disk full"}))
    with pytest.raises(PandaAPIError, match="cannot write file due to disk full"):
        panda.legacy.put_checkpoint(checkpoint)


def test_bad_checkpoint_files_are_refused_before_any_request(fake: FakePanda, panda: Panda, tmp_path: Path) -> None:
    for name in ("checkpoint", "1_2_3", "_2", "1_"):
        bad = tmp_path / name
        bad.write_bytes(b"x")
        with pytest.raises(ValueError, match="'<task_id>_<sub_id>'"):
            panda.legacy.put_checkpoint(bad)
    with pytest.raises(ValueError, match="is not an existing file"):
        panda.legacy.put_checkpoint(tmp_path / "9_9")
    with pytest.raises(TypeError, match="file must be a path"):
        panda.legacy.put_checkpoint(123)  # type: ignore[arg-type]
    big = tmp_path / "7_7"
    with big.open("wb") as handle:  # sparse: no disk used
        handle.truncate(500 * 1024 * 1024 + 1)
    with pytest.raises(ValueError, match="at most 524288000"):
        panda.legacy.put_checkpoint(big)
    assert fake.requests == []


def test_delete_checkpoint(fake: FakePanda, panda: Panda) -> None:
    route(fake, "delete_checkpoint", json.dumps({"status": True, "message": "done"}))
    assert panda.legacy.delete_checkpoint(12345678, 3) is None
    assert form(fake, "delete_checkpoint") == {"task_id": ["12345678"], "sub_id": ["3"]}
    panda.legacy.delete_checkpoint(12345678, "0")
    assert form(fake, "delete_checkpoint") == {"task_id": ["12345678"], "sub_id": ["0"]}


def test_delete_missing_checkpoint_is_not_found(fake: FakePanda, panda: Panda) -> None:
    message = "failed to delete file due to [Errno 2] No such file or directory: '/cache/hpo_cp_1_2'"
    route(fake, "delete_checkpoint", json.dumps({"status": False, "message": message}))
    with pytest.raises(errors.NotFoundError, match="No such file"):
        panda.legacy.delete_checkpoint(1, 2)
    route(fake, "delete_checkpoint", json.dumps([True, "done"]))
    with pytest.raises(errors.APIResponseValidationError, match="status"):
        panda.legacy.delete_checkpoint(1, 2)


# -- argument checks and HTTP failures -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "args", "kwargs", "exc", "text"),
    [
        ("relay_idds_command", ("",), {}, ValueError, "command_name must not be empty"),
        ("relay_idds_command", ("x",), {"args": "{}"}, ValueError, "args must be JSON text of a list"),
        ("relay_idds_command", ("x",), {"manager": "True"}, TypeError, "manager must be a bool"),
        ("execute_idds_workflow_command", ("abort",), {}, ValueError, "kwargs must hold request_id for 'abort'"),
        ("execute_idds_workflow_command", ("drop",), {}, ValueError, "command_name must be one of"),
        ("put_file_recovery_request", ("123",), {}, TypeError, "jediTaskID must be an int, got str '123'"),
        ("put_file_recovery_request", (0,), {}, ValueError, "jediTaskID must be >= 1"),
        ("put_file_recovery_request", (1,), {"dryRun": "False"}, TypeError, "dryRun must be a bool"),
        ("put_workflow_request", ([1],), {}, TypeError, "data must be a dict"),
        ("put_workflow_request", ("[1]",), {}, ValueError, "data must be JSON text of an object"),
        ("put_workflow_request", ("{",), {}, ValueError, "data is not valid JSON"),
        ("put_workflow_request", ({},), {"check": True, "sync": True}, ValueError, "check or sync, not both"),
        ("delete_checkpoint", (0, 1), {}, ValueError, "task_id must be >= 1"),
        ("delete_checkpoint", (1, -1), {}, ValueError, "sub_id must be >= 0"),
        ("delete_checkpoint", (1, "a_b"), {}, ValueError, "sub_id must not contain"),
        ("delete_checkpoint", (1, ""), {}, ValueError, "sub_id must not be empty"),
        ("delete_checkpoint", (1, 2.0), {}, TypeError, "sub_id must be an int"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    fake: FakePanda, panda: Panda, method: str, args: tuple[Any, ...], kwargs: dict[str, Any],
    exc: type[Exception], text: str,
) -> None:  # fmt: skip
    with pytest.raises(exc, match=text):
        getattr(panda.legacy, method)(*args, **kwargs)
    assert fake.requests == []


def test_http_failures_keep_their_classes(fake: FakePanda, panda: Panda) -> None:
    # A legacy name the server does not serve answers 403 text (the fake serves no legacy route by default).
    with pytest.raises(errors.PermissionDeniedError, match="is forbidden"):
        panda.legacy.delete_checkpoint(1, 2)
    route(fake, "put_file_recovery_request", "missing a required argument", status=500)
    with pytest.raises(errors.InternalServerError, match="missing a required argument"):
        panda.legacy.put_file_recovery_request(1)


@pytest.mark.anyio
async def test_async_client(fake: FakePanda, apanda: AsyncPanda, tmp_path: Path) -> None:
    route(fake, "put_file_recovery_request", json.dumps([True, "request was accepted"]))
    assert await apanda.legacy.put_file_recovery_request(5) == "request was accepted"
    route(fake, "putEventPickingRequest", "True")
    await apanda.legacy.put_event_picking_request(runEventList=[(1, 2)])
    assert form(fake, "putEventPickingRequest") == {"runEventList": ["1 2"]}
    checkpoint = tmp_path / "5_1"
    checkpoint.write_bytes(b"data")
    route(fake, "put_checkpoint", json.dumps({"status": True, "message": "successfully placed at /x"}))
    assert await apanda.legacy.put_checkpoint(checkpoint) == "successfully placed at /x"
