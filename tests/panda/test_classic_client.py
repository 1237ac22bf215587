"""sciclients.panda.Client: panda-client 2.2.0's return conventions, against the loopback PanDA-like server.

Shapes are 2.2.0's: `(status, output)`, 0 when the server answered, 255 (EC_Failed) when the exchange failed;
(255, None) for a refusal of the "basic" functions, (0, (False, message)) for the "extended" ones; never an
exception, never an exit. tests/compat compares every function side by side with 2.2.0 itself.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sciclients.panda import Client

from tests.support.panda_fake import Answer, Failure, FakePanda

from .conftest import USER_TOKEN


@pytest.fixture()
def classic(fake: FakePanda, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakePanda]:
    for name, value in {"PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas:production", "PANDA_AUTH_ID_TOKEN": USER_TOKEN,
                        "PANDA_CONFIG_ROOT": "/nonexistent"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(Client, "baseURLSSL", f"{fake.url}/server/panda")
    monkeypatch.setattr(Client, "baseURLCSRVSSL", f"{fake.url}/server/panda")
    Client._forget_clients()
    yield fake
    Client._forget_clients()


def refuse(message: str, data: object = None):
    def handler(args, rec):
        raise Failure(message, data)

    return handler


# -- tasks -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("function", "operation", "args"),
    [
        ("killTask", "kill_task", (5,)),
        ("finishTask", "finish_task", (5,)),
        ("pauseTask", "pause_task", (5,)),
        ("resumeTask", "resume_task", (5,)),
        ("reactivateTask", "reactivate_task", (5,)),
        ("reload_input", "reload_task_input", (5,)),
        ("increase_attempt_nr", "increase_task_attempts", (5, 2)),
    ],
)
def test_task_commands(classic: FakePanda, function: str, operation: str, args: tuple) -> None:
    classic.handlers[operation] = lambda a, r: 0
    assert getattr(Client, function)(*args) == (0, (True, 0))
    classic.handlers[operation] = refuse("not the task owner or no production role", 3)
    assert getattr(Client, function)(*args) == (0, (False, "not the task owner or no production role"))


def test_retry_task_gives_code_and_message(classic: FakePanda) -> None:
    classic.handlers["retry_task"] = lambda a, r: 0
    assert Client.retryTask(5) == (0, (0, ""))


def test_task_command_communication_failure_is_255(classic: FakePanda, caplog: pytest.LogCaptureFixture) -> None:
    classic.faults["/api/v1/task/kill"] = [(500, "ERROR : something broke", {})]
    assert Client.killTask(5) == (255, None)
    assert "something broke" in caplog.text  # the server's words are logged, not lost


def test_digit_strings_are_sent_as_integers(classic: FakePanda) -> None:
    classic.handlers["kill_task"] = lambda a, r: 0
    assert Client.killTask("5") == (0, (True, 0))
    assert json.loads(classic.requests[-1].body) == {"task_id": 5}
    classic.handlers["describe_jobs_by_post"] = lambda a, r: [None, None]
    assert Client.getJobStatus(["11", 12]) == (0, [None, None])
    assert json.loads(classic.requests[-1].body) == {"job_ids": [11, 12]}


def test_get_task_status(classic: FakePanda, caplog: pytest.LogCaptureFixture) -> None:
    classic.handlers["get_task_status"] = lambda a, r: "running"
    assert Client.getTaskStatus(5) == (0, "running")
    classic.handlers["get_task_status"] = refuse("Task not found")
    assert Client.getTaskStatus(5) == (255, None)
    assert "Task not found" in caplog.text


def test_insert_task_params(classic: FakePanda) -> None:
    classic.handlers["submit_task"] = lambda a, r: Answer(77, "succeeded. new jediTaskID=77")
    assert Client.insertTaskParams({"taskName": "user.a.b"}) == (0, (0, "succeeded. new jediTaskID=77"))
    classic.handlers["submit_task"] = refuse("task name already used", 2)
    assert Client.insertTaskParams({"taskName": "user.a.b"}) == (0, (2, "task name already used"))


def test_get_task_params_map(classic: FakePanda) -> None:
    classic.handlers["get_task_parameters"] = lambda a, r: {"taskName": "t"}
    assert Client.getTaskParamsMap(5) == (0, {"taskName": "t"})
    classic.handlers["get_task_parameters"] = refuse("task not found")
    assert Client.getTaskParamsMap(5) == (255, None)


def test_get_jedi_task_details_merges_into_the_dict(classic: FakePanda) -> None:
    classic.handlers["get_task_details"] = lambda a, r: {"status": "done", "nFiles": 3}
    task = {"jediTaskID": 5}
    status, output = Client.getJediTaskDetails(task, True, True)
    assert status == 0 and output is task and task["status"] == "done" and task["nFiles"] == 3
    assert classic.requests[-1].query == {"task_id": ["5"], "include_parameters": ["true"], "include_status": ["true"]}


def test_task_lists(classic: FakePanda) -> None:
    classic.handlers["get_task_job_ids"] = lambda a, r: [1, 2]
    assert Client.getPandaIDsWithTaskID(5) == (0, [1, 2])
    classic.handlers["get_tasks_modified_since"] = lambda a, r: {"9": {"jediTaskID": 5}}
    assert Client.getJobIDsJediTasksInTimeRange("2026-11-01 00:00:00") == (0, {"9": {"jediTaskID": 5}})
    classic.handlers["get_metadata_for_analysis_jobs"] = lambda a, r: {"11": {"n": 1}}
    assert Client.getUserJobMetadata(5) == (0, {"11": {"n": 1}})


# -- jobs ----------------------------------------------------------------------------------------------------------
def test_get_job_status_gives_jobspec_objects(classic: FakePanda) -> None:
    classic.handlers["describe_jobs_by_post"] = lambda a, r: [
        {"PandaID": 11, "jobStatus": "running", "Files": [{"lfn": "a.root", "type": "input"}]},
        None,
    ]
    status, jobs = Client.getJobStatus([11, 12])
    assert status == 0 and jobs[1] is None
    assert (jobs[0].PandaID, jobs[0].jobStatus, jobs[0].Files[0].lfn, jobs[0].computingSite) == (
        11, "running", "a.root", "NULL")  # fmt: skip
    assert jobs[0].Files[0].PandaID == 11 and jobs[0].values()[0] == 11 and "jobStatus" in jobs[0]._attributes
    classic.handlers["describe_jobs_incl_archive_by_post"] = lambda a, r: [{"PandaID": 11, "jobStatus": "finished"}]
    status, jobs = Client.getFullJobStatus([11])
    assert status == 0 and jobs[0].jobStatus == "finished"


def test_kill_jobs_and_debug_mode(classic: FakePanda) -> None:
    classic.handlers["kill_jobs"] = lambda a, r: [True, False]
    assert Client.killJobs([11, 12]) == (0, [True, False])
    assert Client.killJobs([])[0] == 255  # bad input: the classic failure value, not an exception


def test_submit_jobs_serialises_jobspec_like_objects(classic: FakePanda) -> None:
    class Job:
        creationHost = None

        def dump_to_json_serializable(self):
            return ["jobname", self.creationHost, [["file.root", "input"]]]

    classic.handlers["submit_jobs"] = lambda a, r: [[11, 1, {"jobsetID": 3}]]
    status, output = Client.submitJobs([Job()])
    assert status == 0 and output[0][0] == 11
    body = json.loads(classic.requests[-1].body)
    jobs = json.loads(body["jobs"])
    assert jobs[0][0] == "jobname" and jobs[0][1] and jobs[0][2] == [["file.root", "input"]]


# -- system, secrets, files ---------------------------------------------------------------------------------------
def test_hello(classic: FakePanda) -> None:
    classic.handlers["is_alive"] = lambda a, r: None
    assert Client.hello() == (0, "")
    classic.faults["/api/v1/system/is_alive"] = [(503, "overloaded", {})]
    assert Client.hello() == (255, "Communication issue: overloaded")


def test_secrets_under_both_spellings(classic: FakePanda) -> None:
    classic.handlers["get_user_secrets"] = lambda a, r: json.dumps({"k": "v"})
    assert Client.get_user_secrets() == (0, (True, {"k": "v"}))
    assert Client.get_user_secerts() == (0, (True, {"k": "v"}))
    classic.handlers["set_user_secrets"] = lambda a, r: None
    assert Client.set_user_secert("k", "v") == (0, (True, None))
    assert json.loads(classic.requests[-1].body) == {"key": "k", "value": "v"}
    assert Client.set_user_secret(None, "ignored") == (0, (True, None))
    assert json.loads(classic.requests[-1].body) == {"key": None, "value": None}
    classic.handlers["get_user_secrets"] = refuse("database error")
    assert Client.get_user_secrets() == (0, (False, "database error"))


def test_cert_attributes(classic: FakePanda) -> None:
    classic.handlers["get_attributes"] = lambda a, r: {"parameters": {}, "environment": {"GRST_CRED_0": "VOMS /atlas",
                                                                                          "PATH": "/bin"}}  # fmt: skip
    assert Client.get_cert_attributes() == (0, {"GRST_CRED_0": "VOMS /atlas"})


def test_file_recovery_request(classic: FakePanda) -> None:
    classic.handlers["upload_file_recovery_request"] = lambda a, r: {"logFileURL": "https://h/cache/jedilog/x.log"}
    assert Client.send_file_recovery_request(5) == (0, (True, {"logFileURL": "https://h/cache/jedilog/x.log"}))
    classic.handlers["upload_file_recovery_request"] = refuse("task_id or dataset is required")
    assert Client.send_file_recovery_request(5) == (0, (False, "task_id or dataset is required"))


def test_put_file_and_get_file(classic: FakePanda, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox = tmp_path / "sources.abc.tar.gz"
    sandbox.write_bytes(gzip.compress(b"payload" * 1000))
    classic.handlers["upload_cache_file"] = lambda a, r: None
    assert Client.putFile(str(sandbox)) == (0, "True")
    assert f'filename="{sandbox.name}"'.encode() in classic.requests[-1].body

    classic.handlers["validate_cache_file"] = lambda a, r: None
    classic.faults["/api/v1/file_server/validate_cache_file"] = [
        (200, json.dumps({"success": True, "message": "FOUND:cachehost.example:sources.old.tar.gz", "data": None}), {})
    ]
    assert Client.putFile(str(sandbox), reuseSandbox=True) == (0, "NewFileName:sources.old.tar.gz")
    assert Client.baseURLCSRVSSL.startswith("http://cachehost.example:")  # repointed, as the classic client does

    monkeypatch.setattr(Client, "baseURLCSRVSSL", f"{classic.url}/server/panda")
    Client._forget_clients()
    classic.extra_routes["/cache/sources.abc.tar.gz"] = lambda rec: (200, "cached-content", "application/octet-stream")
    monkeypatch.chdir(tmp_path)
    assert Client.getFile("sources.abc.tar.gz", output_path=str(tmp_path / "out.tgz")) == (0, True)
    assert (tmp_path / "out.tgz").read_text() == "cached-content"
    classic.extra_routes["/cache/missing"] = lambda rec: (404, "not found", "text/plain")
    status, output = Client.getFile("missing")
    assert status == 404 and "not found" in output and not (tmp_path / "missing").exists()


def test_put_file_too_large_is_the_classic_false(classic: FakePanda, tmp_path: Path) -> None:
    big = tmp_path / "user.area.tgz"
    with big.open("wb") as fh:
        fh.truncate(11 * 1024 * 1024)  # sparse: over the 10 MB limit for non-sources files
    assert Client.putFile(str(big)) == (255, "False")
    assert classic.requests == []


# -- legacy relays -----------------------------------------------------------------------------------------------
def test_idds_relays_and_workflow_requests(classic: FakePanda) -> None:
    classic.extra_routes["/server/panda/relay_idds_command"] = lambda rec: (
        200,
        json.dumps([True, [1, 2]]),
        "text/plain",
    )
    assert Client.call_idds_command("get_requests", kwargs={"request_id": 1}) == (0, [True, [1, 2]])
    classic.extra_routes["/server/panda/relay_idds_command"] = lambda rec: (200, json.dumps([False, "no such request"]),
                                                                           "text/plain")  # fmt: skip
    assert Client.call_idds_command("get_requests") == (0, [False, "no such request"])
    classic.extra_routes["/server/panda/put_workflow_request"] = lambda rec: (200, json.dumps([True, "accepted"]),
                                                                             "text/plain")  # fmt: skip
    assert Client.send_workflow_request({"name": "wf"}) == (0, [True, "accepted"])


def test_request_event_picking_never_exits(classic: FakePanda, tmp_path: Path) -> None:
    events = tmp_path / "events.txt"
    events.write_text("358031 1234\n")
    args = (str(events), "AOD", "physics_Main", "data18.x", "r1", [], "", "user.jdoe.pick", "", "", 1, False, "")
    classic.extra_routes["/server/panda/putEventPickingRequest"] = lambda rec: (200, "True", "text/plain")
    ok, dataset = Client.requestEventPicking(*args)
    assert ok is True and dataset.startswith("user.jdoe.")
    classic.extra_routes["/server/panda/putEventPickingRequest"] = lambda rec: (200, "ERROR : no events", "text/plain")
    ok, message = Client.requestEventPicking(*args)
    assert ok is False and "no events" in message


# -- removed functions and local helpers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("function", "args"),
    [
        ("getCachePrefixes", ()),
        ("getCmtConfigList", ("22.0",)),
        ("getPandaClientVer", ()),
        ("getProxyKey", ()),
        ("registerProxyKey", ("cred", "origin", "myproxy")),
    ],  # fmt: skip
)
def test_removed_functions_answer_the_failure_value(classic: FakePanda, function: str, args: tuple) -> None:
    status, message = getattr(Client, function)(*args)
    assert status == 255 and "no such function" in message and "removed" in message
    assert classic.requests == []


def test_local_helpers_do_no_io(classic: FakePanda, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Client.getDN("/DC=ch/DC=cern/OU=Users/CN=John Doe/CN=123") == "JohnDoe"
    assert Client.getDN("/DC=ch/CN=jdoe/CN=proxy") == "jdoe"
    assert Client.hide_sensitive_info("Authorization: Bearer abc.def") == 'Authorization: ***"'
    assert Client.is_https("https://x") and not Client.is_https("http://x")
    assert Client.str_decode(b"\xc3\xa9") == "é" and Client.str_decode(3) == 3
    assert Client.use_oidc() and not Client.use_x509_no_grid()
    assert Client.get_token_string(None, False) == USER_TOKEN
    Client.setGlobalTmpDir("/tmp/x")
    Client.useDevServer()
    assert Client.baseURLSSL == "https://aipanda007.cern.ch:25443/server/panda"
    Client.useIntrServer()
    assert Client.baseURLSSL == Client.baseURLCSRVSSL == "https://aipanda123.cern.ch:25443/server/panda"
    Client.setCacheServer("cache2.cern.ch")
    assert Client.baseURLCSRVSSL == "https://cache2.cern.ch:25443/server/panda"
    assert Client.dump_log("f", ValueError("x"), "out") == "f failed : x"
    assert classic.requests == []
    monkeypatch.setenv("PANDA_AUTH", "x509_no_grid")
    assert Client.use_x509_no_grid() and not Client.use_oidc()
    assert os.environ["PANDA_AUTH_ID_TOKEN"] == USER_TOKEN


def test_bad_input_is_the_failure_value_with_a_message(classic: FakePanda) -> None:
    status, message = Client.getTaskStatus("five")  # type: ignore[arg-type]
    assert status == 255 and "jediTaskID must be an int or a string of digits" in message
    status, message = Client.getJobStatus([0])
    assert status == 255 and "must be >= 1" in message
    assert classic.requests == []


def test_no_credentials_is_a_failure_value_not_an_exception(classic: FakePanda, monkeypatch) -> None:
    monkeypatch.setenv("PANDA_AUTH_VO", "")
    monkeypatch.delenv("OIDC_AUTH_VO", raising=False)
    Client._forget_clients()
    status, message = Client.killTask(5)
    assert status == 255 and "PANDA_AUTH_VO" in message
