"""Side by side with panda-client 2.2.0: the same classic function, through `pandaclient.Client` and through
`sciclients.panda.Client`, against one loopback recorder. Method, path, query and body must be equal, except
in the cases listed in KNOWN_DIFFERENCES, each with the reason (panda-client is wrong, or the difference is
one the server cannot see)."""

from __future__ import annotations

import base64
import importlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.recorder import Recorder, Request

pandaclient = pytest.importorskip(
    "pandaclient", reason="panda-client==2.2.0 is a dev dependency (pip install -e '.[dev]')"
)


def _jwt() -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256'})}.{part({'exp': int(time.time()) + 86400, 'sub': 'u', 'name': 'jane doe'})}.c2ln"


TOKEN = _jwt()

DATA: dict[str, Any] = {
    "/api/v1/task/get_status": "running",
    "/api/v1/task/get_job_ids": [11, 12],
    "/api/v1/task/get_task_parameters": {"taskName": "user.jdoe.test"},
    "/api/v1/task/get_details": {"status": "running", "jediTaskID": 5},
    "/api/v1/task/get_tasks_modified_since": {"7": {"jediTaskID": 5, "status": "done"}},
    "/api/v1/task/submit": 123,
    "/api/v1/job/get_description": [{"PandaID": 11, "jobStatus": "running", "Files": []}, None],
    "/api/v1/job/get_description_incl_archive": [{"PandaID": 11, "jobStatus": "finished", "Files": []}],
    "/api/v1/job/kill": [True, False],
    "/api/v1/job/get_metadata_for_analysis_jobs": {"11": {"events": 10}},
    "/api/v1/job/submit": [[11, 1, {"jobsetID": 3}]],
    "/api/v1/system/get_attributes": {"parameters": {}, "environment": {"GRST_CRED_0": "VOMS /atlas/Role=NULL"}},
    "/api/v1/creds/get_user_secrets": '{"k": "v"}',
    "/api/v1/file_server/upload_file_recovery_request": {"logFileURL": "https://h/cache/jedilog/x.log"},
}
MESSAGES = {"/api/v1/job/set_debug_mode": "Succeeded", "/api/v1/task/submit": "succeeded. new jediTaskID=123"}
LEGACY = {
    "/server/panda/relay_idds_command": json.dumps([True, "relayed"]),
    "/server/panda/execute_idds_workflow_command": json.dumps([True, "done"]),
    "/server/panda/put_workflow_request": json.dumps([True, "request was accepted"]),
    "/server/panda/putEventPickingRequest": "True",
}


def answer(request: Request) -> tuple[int, str]:
    if request.path in LEGACY:
        return 200, LEGACY[request.path]
    if request.path.startswith("/cache/"):
        return 200, "cached-file-content"
    if request.path == "/api/v1/file_server/validate_cache_file":
        return 200, json.dumps({"success": False, "message": "NOTFOUND", "data": None})
    data = DATA.get(request.path, 0 if request.path.startswith("/api/v1/task/") else None)
    return 200, json.dumps({"success": True, "message": MESSAGES.get(request.path, ""), "data": data})


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Any, Any, Recorder]]:
    recorder = Recorder(default=answer).start()
    saved = dict(os.environ)
    os.environ.update({
        "PANDA_URL_SSL": f"{recorder.url}/server/panda", "PANDA_URL": f"{recorder.url}/server/panda",
        "PANDACACHE_URL": f"{recorder.url}/server/panda", "PANDA_BEHIND_REAL_LB": "1", "PANDA_AUTH": "oidc",
        "PANDA_AUTH_VO": "atlas", "PANDA_AUTH_ID_TOKEN": TOKEN, "PANDA_CONFIG_ROOT": "/nonexistent",
    })  # fmt: skip
    legacy = importlib.reload(importlib.import_module("pandaclient.Client"))
    ours = importlib.import_module("sciclients.panda.Client")
    ours.baseURLSSL = ours.baseURLCSRVSSL = f"{recorder.url}/server/panda"
    ours._forget_clients()
    yield legacy, ours, recorder
    ours._forget_clients()
    recorder.stop()
    os.environ.clear()
    os.environ.update(saved)


def _booleans_lowered(query: dict[str, list[str]]) -> dict[str, list[str]]:
    """The server reads a GET boolean as true for `true`/`1` in any case: `True` and `true` are one value."""
    return {k: [v.lower() if v.lower() in ("true", "false") else v for v in vs] for k, vs in query.items()}


def _api(requests: list[Request]) -> list[tuple[str, str, dict[str, list[str]], Any]]:
    return [(r.method, r.path, _booleans_lowered(r.query), r.body) for r in requests if not r.path.startswith("/auth/")]


def run_both(clients, name: str, *args: Any, **kwargs: Any) -> tuple[list, list, Any, Any]:
    legacy, ours, recorder = clients
    recorder.take()
    legacy_result = getattr(legacy, name)(*args, **kwargs)
    legacy_requests = _api(recorder.take())
    our_result = getattr(ours, name)(*args, **kwargs)
    our_requests = _api(recorder.take())
    return legacy_requests, our_requests, legacy_result, our_result


SAME_ON_THE_WIRE = [
    ("getTaskStatus", (5,), {}),
    ("killTask", (5,), {}),
    ("finishTask", (5,), {}),
    ("finishTask", (5,), {"soft": True}),
    ("pauseTask", (5,), {}),
    ("resumeTask", (5,), {}),
    ("reactivateTask", (5,), {}),
    ("reload_input", (5,), {}),
    ("retryTask", (5,), {}),
    ("retryTask", (5,), {"newParams": {"ramCount": 4000}}),
    ("increase_attempt_nr", (5,), {}),
    ("increase_attempt_nr", (5, 7), {}),
    ("getPandaIDsWithTaskID", (5,), {}),
    ("getTaskParamsMap", (5,), {}),
    ("getUserJobMetadata", (5,), {}),
    ("getJediTaskDetails", ({"jediTaskID": 5}, True, False), {}),
    ("getJediTaskDetails", ({"jediTaskID": 5}, False, True), {}),
    ("getJobStatus", ([11, 12],), {}),
    ("getFullJobStatus", ([11],), {}),
    ("killJobs", ([11, 12],), {}),
    ("setDebugMode", (11, True, False), {}),
    ("hello", (), {}),
    ("get_cert_attributes", (), {}),
    ("get_user_secrets", (), {}),
    ("send_file_recovery_request", (5,), {}),
    ("send_file_recovery_request", (5, True), {}),
    ("insertTaskParams", ({"taskName": "user.jdoe.test", "vo": "atlas"},), {"parent_tid": 4}),
    ("getJobIDsJediTasksInTimeRange", ("2026-11-01 00:00:00",), {"dn": "Jane Doe", "minTaskID": 3}),
    ("call_idds_command", ("get_requests",), {"kwargs": {"request_id": 1}}),
    ("call_idds_command", ("get_status",), {"args": [1], "manager": True, "json_outputs": True}),
    ("call_idds_user_workflow_command", ("get_status",), {"kwargs": {"request_id": 1}}),
    ("getFile", ("sources.abc.tar.gz",), {}),
    # the functions panda-client 2.2.0 added
    ("get_tasks_detailed_info_since", (), {}),
    ("get_tasks_detailed_info_since", ("2026-11-01 00:00:00", {"status": "done"}, 10), {}),
    ("get_job_descriptions", (5,), {"unsuccessful_only": True}),
    ("get_task_details_json", (5,), {}),
    ("get_parent_detailed_info", (6,), {}),
    ("get_files_in_datasets", (5,), {}),
    ("get_files_in_datasets", (5, "output,log"), {}),
    ("submit_workflow", ({"name": "wf1"},), {}),
    ("set_user_secret", (None, None), {}),
]


@pytest.mark.parametrize(("name", "args", "kwargs"), SAME_ON_THE_WIRE, ids=lambda v: v if isinstance(v, str) else "")
def test_same_request_on_the_wire(clients, name: str, args: tuple, kwargs: dict, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)  # getFile writes into the working directory
    legacy_requests, our_requests, legacy_result, our_result = run_both(clients, name, *args, **kwargs)
    assert legacy_requests, f"panda-client sent nothing for {name}"
    assert our_requests == legacy_requests
    assert our_result[0] == 0, our_result


# Differences, each with its reason; the tests below pin what we send instead.
KNOWN_DIFFERENCES = {
    "insertTaskParams without parent_tid": "panda-client sends parent_tid: null; we leave it off, which the server "
    "reads as the same default (null)",
    "getJobIDsJediTasksInTimeRange without dn/minTaskID": "panda-client sends the literal strings 'None'; we leave "
    "them off, which the server reads as the same defaults",
    "set_user_secret": "renamed from set_user_secert in panda-client 1.6.0; both names work in ours",
    "putFile": "panda-client 2.2.0 sends the full local path as the multipart filename, so the server applies the "
    "10 MB limit to sandboxes and registers the path; we send the basename",
    "send_workflow_request": "panda-client sends gzipped JSON without Content-Encoding; we send the same fields as a "
    "form, which the legacy endpoint reads identically and which needs no gzip quirk",
    "requestEventPicking": "panda-client 2.2.0 exits the process after the request (it compares bytes with 'True'); "
    "the user dataset name carries a fresh uuid in both",
    "get_events_status": "panda-client 2.2.0 sends each dict's Python repr as a query value, which the server cannot "
    "read ('database error'); we send the JSON text it reads",
    "update_events": "panda-client 2.2.0 sends a JSON list where the server wants its JSON text (Type error); we send "
    "the text",
    "submit_workflow_tmp": "panda-client 2.2.0 sends params as JSON text in a form body; we send the object as JSON, "
    "which the server reads identically",
    "get_workflow_details": "the server has no such function (403); we send nothing and return 2.2.0's (255, None)",
    "submitJobs": "creationHost is this host in both; the job's positional JSON is the same",
}


def test_insert_task_params_without_parent(clients) -> None:
    legacy_requests, our_requests, _, our_result = run_both(clients, "insertTaskParams", {"taskName": "t"})
    assert legacy_requests[0][3] == {"task_parameters": {"taskName": "t"}, "parent_tid": None}
    assert our_requests[0][3] == {"task_parameters": {"taskName": "t"}}
    assert our_result == (0, (0, "succeeded. new jediTaskID=123"))


def test_time_range_without_optional_filters(clients) -> None:
    legacy_requests, our_requests, _, _ = run_both(clients, "getJobIDsJediTasksInTimeRange", "2026-11-01 00:00:00")
    assert legacy_requests[0][2]["dn"] == ["None"] and legacy_requests[0][2]["min_task_id"] == ["None"]
    expected = {k: v for k, v in legacy_requests[0][2].items() if k not in ("dn", "min_task_id")}
    assert our_requests[0][2] == expected


def test_set_user_secret_under_both_names(clients) -> None:
    legacy, ours, recorder = clients
    recorder.take()
    legacy.set_user_secret("key1", "value1")
    expected = _api(recorder.take())
    assert ours.set_user_secert("key1", "value1") == (0, (True, None))
    assert _api(recorder.take()) == expected
    assert ours.set_user_secret("key1", "value1") == (0, (True, None))
    assert _api(recorder.take()) == expected


def test_put_file_sends_the_basename(clients, tmp_path: Path) -> None:
    sandbox = tmp_path / "sources.1234.tar.gz"
    sandbox.write_bytes(b"\x1f\x8b" + b"x" * 2000 + b"\x00" * 8)
    legacy_requests, our_requests, _, our_result = run_both(clients, "putFile", str(sandbox))
    assert [r[:3] for r in our_requests] == [r[:3] for r in legacy_requests]
    assert legacy_requests[0][3]["file"]["filename"] == str(sandbox)
    assert our_requests[0][3]["file"] == {"filename": "sources.1234.tar.gz", "size": 2010}
    assert our_result == (0, "True")


def test_send_workflow_request_same_fields(clients) -> None:
    params = {"workflow": "cwl", "name": "wf1"}
    legacy_requests, our_requests, _, our_result = run_both(clients, "send_workflow_request", params, check=True)
    ((method, path, _, legacy_body),) = legacy_requests
    assert (our_requests[0][0], our_requests[0][1]) == (method, path)
    assert json.loads(legacy_body["data"]) == json.loads(our_requests[0][3]["data"]) == params
    assert legacy_body["check"] is True and our_requests[0][3]["check"] == "True"
    assert our_result == (0, [True, "request was accepted"])


def test_request_event_picking_works_where_panda_client_exits(clients, tmp_path: Path) -> None:
    events = tmp_path / "events.txt"
    events.write_text("358031 1234\n358031 5678\n")
    args = (str(events), "AOD", "physics_Main", "data18_13TeV.x", "r1_p2", [], "", "user.jdoe.pick.v1", "", "", 1,
            False, "")  # fmt: skip
    legacy, ours, recorder = clients
    recorder.take()
    with pytest.raises(SystemExit):
        legacy.requestEventPicking(*args)
    (legacy_request,) = _api(recorder.take())
    ok, dataset = ours.requestEventPicking(*args)
    (our_request,) = _api(recorder.take())
    assert ok is True and dataset.startswith("user.jdoe.") and dataset.endswith("/")
    assert our_request[:2] == legacy_request[:2]
    ignore = {"userDatasetName", "runEventList"}
    assert {k: v for k, v in our_request[3].items() if k not in ignore} == {
        k: v for k, v in legacy_request[3].items() if k not in ignore
    }
    # The server reads the event list line by line: a trailing newline is no line.
    assert our_request[3]["runEventList"].splitlines() == legacy_request[3]["runEventList"].splitlines()


def test_at_least_thirty_functions_compared() -> None:
    names = {name for name, _, _ in SAME_ON_THE_WIRE} | {"insertTaskParams", "set_user_secret", "putFile",
                                                          "send_workflow_request", "requestEventPicking"}  # fmt: skip
    assert len(names) >= 30, sorted(names)


def test_submit_jobs_same_positional_json(clients) -> None:
    from pandaclient.FileSpec import FileSpec
    from pandaclient.JobSpec import JobSpec

    job = JobSpec()
    job.jobName, job.prodSourceLabel = "user.jdoe.1", "user"
    file = FileSpec()
    file.lfn, file.type = "in.root", "input"
    job.addFile(file)
    legacy_requests, our_requests, _, our_result = run_both(clients, "submitJobs", [job])
    assert our_requests == legacy_requests
    assert json.loads(our_requests[0][3]["jobs"])[0][5] == job.creationHost  # this host, in both
    assert our_result == (0, [[11, 1, {"jobsetID": 3}]])


def test_event_functions_send_the_json_text_the_server_reads(clients) -> None:
    ids = [{"task_id": 5, "panda_id": 11}]
    legacy_requests, our_requests, _, _ = run_both(clients, "get_events_status", ids)
    assert legacy_requests[0][2] == {"job_task_ids": [str(ids[0])]}  # a Python repr: the server cannot read it
    assert our_requests[0][:2] == legacy_requests[0][:2] and json.loads(our_requests[0][2]["job_task_ids"][0]) == ids
    events = [{"eventRangeID": "5-11-1-1-1", "eventStatus": "finished"}]
    legacy_requests, our_requests, _, _ = run_both(clients, "update_events", events)
    assert legacy_requests[0][3] == {"event_ranges": events}  # a list where the server wants text
    assert our_requests[0][3] == {"event_ranges": json.dumps(events)}
