"""`panda.task` against the loopback PanDA-like server: what goes on the wire, the typed results, the
per-function codes and quirks (retry's `success: true`, submit's codes), and argument checks before any I/O."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import TaskDatasetFiles, TaskDetails, TaskJumboJobDatasets
from sciclients.panda import AsyncPanda, CommandResult, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda

STAMP = {"__datetime__": "2026-01-19T08:00:12"}
WHEN = datetime(2026, 1, 19, 8, 0, 12)


def sent(fake: FakePanda) -> tuple[str, str, dict[str, list[str]], Any]:
    """The last request: method, path, query and the decoded JSON body (None without a body)."""
    rec = fake.requests[-1]
    return rec.method, rec.path, rec.query, json.loads(rec.body) if rec.body else None


def record(seen: list[dict[str, Any]], args: dict[str, Any], result: Any) -> Any:
    """A handler body: note the arguments the server bound, answer `result`."""
    seen.append(args)
    return result


def answer(fake: FakePanda, function: str, envelope: dict[str, Any]) -> None:
    """Script the exact envelope of the next answer of /api/v1/task/<function>."""
    fake.faults[f"/api/v1/task/{function}"].append((200, json.dumps(envelope), {}))


# -- task commands: the body on the wire and the CommandResult -------------------------------------------
COMMANDS = [
    # (client, method, args, kwargs, server function, operationId, expected body)
    ("panda", "retry", (5,), {}, "retry", "retry_task", {"task_id": 5}),
    ("panda", "retry", (5,), {"no_child_retry": True, "discard_events": False, "disable_staging_mode": True,
                              "keep_gshare_priority": True, "ignore_hard_exhausted": False},
     "retry", "retry_task", {"task_id": 5, "no_child_retry": True, "discard_events": False,
                             "disable_staging_mode": True, "keep_gshare_priority": True,
                             "ignore_hard_exhausted": False}),
    ("panda", "retry", (5,), {"new_parameters": {"nFilesPerJob": 2}}, "retry", "retry_task",
     {"task_id": 5, "new_parameters": {"nFilesPerJob": 2}}),
    ("panda", "retry", (5,), {"new_parameters": '{"ramCount": 4000}'}, "retry", "retry_task",
     {"task_id": 5, "new_parameters": {"ramCount": 4000}}),
    ("panda", "retry", (5,), {"new_parameters": None}, "retry", "retry_task", {"task_id": 5, "new_parameters": None}),
    ("prod_panda", "resume", (6,), {}, "resume", "resume_task", {"task_id": 6}),
    ("prod_panda", "release", (7,), {}, "release", "release_task", {"task_id": 7}),
    ("panda", "reassign", (8,), {"site": "CERN-PROD", "mode": "soft"}, "reassign", "reassign_task",
     {"task_id": 8, "site": "CERN-PROD", "mode": "soft"}),
    ("panda", "reassign", (8,), {"nucleus": "CERN", "cloud": None}, "reassign", "reassign_task",
     {"task_id": 8, "nucleus": "CERN", "cloud": None}),
    ("prod_panda", "pause", (9,), {}, "pause", "pause_task", {"task_id": 9}),
    ("panda", "kill", (10,), {}, "kill", "kill_task", {"task_id": 10}),
    ("panda", "kill", (10,), {"broadcast": True}, "kill", "kill_task", {"task_id": 10, "broadcast": True}),
    ("panda", "finish", (11,), {"soft": True}, "finish", "finish_task", {"task_id": 11, "soft": True}),
    ("prod_panda", "reactivate", (12,), {"keep_attempt_nr": True, "trigger_job_generation": False},
     "reactivate", "reactivate_task", {"task_id": 12, "keep_attempt_nr": True, "trigger_job_generation": False}),
    ("prod_panda", "avalanche", (13,), {}, "avalanche", "avalanche_task", {"task_id": 13}),
    ("panda", "reload_input", (14,), {"ignore_hard_exhausted": True}, "reload_input", "reload_task_input",
     {"task_id": 14, "ignore_hard_exhausted": True}),
    ("prod_panda", "reassign_global_share", ([15, 16], "User Analysis", False), {}, "reassign_global_share",
     "reassign_task_global_share",
     {"task_id_list": [15, 16], "share": "User Analysis", "reassign_running_jobs": False}),
    ("prod_panda", "enable_jumbo_jobs", (17, 10), {"jumbo_jobs_per_site": 2}, "enable_jumbo_jobs",
     "enable_task_jumbo_jobs", {"task_id": 17, "jumbo_jobs_total": 10, "jumbo_jobs_per_site": 2}),
    ("prod_panda", "enable_jumbo_jobs", (17, 0), {}, "enable_jumbo_jobs", "enable_task_jumbo_jobs",
     {"task_id": 17, "jumbo_jobs_total": 0}),
    ("prod_panda", "increase_attempts", (18, 3), {}, "increase_attempts", "increase_task_attempts",
     {"task_id": 18, "increase": 3}),
    ("prod_panda", "change_attribute", (19, "ramCount", 4000), {}, "change_attribute", "change_task_attribute",
     {"task_id": 19, "attribute_name": "ramCount", "value": 4000}),
    ("prod_panda", "change_modification_time", (20, -12), {}, "change_modification_time",
     "change_task_modification_time", {"task_id": 20, "hour_offset": -12}),
    ("prod_panda", "change_priority", (21, 900), {}, "change_priority", "change_task_priority",
     {"task_id": 21, "priority": 900}),
    ("prod_panda", "change_split_rule", (22, "NF", "5"), {}, "change_split_rule", "change_task_split_rule",
     {"task_id": 22, "attribute_name": "NF", "value": "5"}),
]  # fmt: skip


@pytest.mark.parametrize(("client", "method", "args", "kwargs", "function", "operation_id", "body"), COMMANDS)
def test_command_body_on_the_wire_and_result(
    request: pytest.FixtureRequest,
    fake: FakePanda,
    client: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    function: str,
    operation_id: str,
    body: dict[str, Any],
) -> None:
    panda: Panda = request.getfixturevalue(client)
    seen: list[dict[str, Any]] = []
    fake.handlers[operation_id] = lambda a, rec: record(seen, a, 0)
    result = getattr(panda.task, method)(*args, **kwargs)
    assert result == CommandResult(0, "")
    assert result.ok
    assert sent(fake) == ("POST", f"/api/v1/task/{function}", {}, body)
    assert seen == [body]  # the server-side checks (types, required and unknown keys) accepted it
    assert fake.requests[-1].headers["content-type"] == "application/json"


def test_command_result_keeps_the_servers_message(panda: Panda, fake: FakePanda) -> None:
    message = "command=kill is registered for task ID 1. will be executed in a few minutes"
    answer(fake, "kill", {"success": True, "message": message, "data": 0})
    assert panda.task.kill(1) == CommandResult(0, message)


def test_change_functions_return_the_tasks_changed_message(prod_panda: Panda, fake: FakePanda) -> None:
    answer(fake, "change_priority", {"success": True, "message": "1 tasks changed", "data": None})
    assert prod_panda.task.change_priority(21, 900) == CommandResult(0, "1 tasks changed")
    answer(fake, "change_attribute", {"success": False, "message": "Task not found", "data": None})
    with pytest.raises(errors.NotFoundError, match="Task not found"):
        prod_panda.task.change_attribute(21, "wallTime", 3600)


def test_reassign_global_share_success_has_a_null_message(prod_panda: Panda, fake: FakePanda) -> None:
    answer(fake, "reassign_global_share", {"success": True, "message": None, "data": 0})
    assert prod_panda.task.reassign_global_share([1], "Express", True) == CommandResult(0, "")
    answer(fake, "reassign_global_share", {"success": False, "message": None, "data": -1})
    with pytest.raises(PandaAPIError) as info:
        prod_panda.task.reassign_global_share([1], "Express", True)
    assert info.value.code == -1  # type: ignore[attr-defined]


# -- task command failures: the code is kept and chooses the class ----------------------------------------
def test_command_failure_code_2_is_not_found(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["kill_task"] = lambda a, rec: (_ for _ in ()).throw(Failure("jediTaskID=10 was not found", 2))
    with pytest.raises(errors.NotFoundError, match="jediTaskID=10 was not found") as info:
        panda.task.kill(10)
    assert info.value.code == 2  # type: ignore[attr-defined]
    assert info.value.status_code == 200


def test_command_failure_code_3_is_permission_denied(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "finish", {"success": False, "message": "the task is locked by someone else", "data": 3})
    with pytest.raises(errors.PermissionDeniedError) as info:
        panda.task.finish(11)
    assert info.value.code == 3  # type: ignore[attr-defined]


def test_command_failure_code_4_is_an_operation_failure(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "kill", {"success": False, "message": "irrelevant status=done", "data": 4})
    with pytest.raises(PandaAPIError, match="irrelevant status=done") as info:
        panda.task.kill(10)
    assert info.value.code == 4  # type: ignore[attr-defined]
    assert isinstance(info.value, errors.OperationFailedError)


def test_not_the_task_owner_is_permission_denied(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["kill_task"] = lambda a, rec: (_ for _ in ()).throw(
        Failure("not the task owner or no production role")
    )
    with pytest.raises(errors.PermissionDeniedError, match="not the task owner"):
        panda.task.kill(10)


@pytest.mark.parametrize(
    ("code", "error_class"),
    [(1, errors.NotFoundError), (2, PandaAPIError), (3, errors.PermissionDeniedError), (4, errors.BadRequestError)],
)
def test_increase_attempts_has_its_own_codes(
    prod_panda: Panda, fake: FakePanda, code: int, error_class: type[Exception]
) -> None:
    answer(fake, "increase_attempts", {"success": False, "message": "rejected", "data": code})
    with pytest.raises(error_class, match="rejected") as info:
        prod_panda.task.increase_attempts(18, 3)
    assert info.value.code == code  # type: ignore[attr-defined]


def test_change_split_rule_code_2_is_a_bad_request(prod_panda: Panda, fake: FakePanda) -> None:
    answer(fake, "change_split_rule", {"success": False, "message": "XX is refused", "data": 2})
    with pytest.raises(errors.BadRequestError, match="XX is refused") as info:
        prod_panda.task.change_split_rule(22, "NF", "5")
    assert info.value.code == 2  # type: ignore[attr-defined]


def test_change_split_rule_with_an_empty_value_removes_the_rule(prod_panda: Panda, fake: FakePanda) -> None:
    """The server drops the attribute for "" (or "None"); the client sends the empty value."""
    prod_panda.task.change_split_rule(22, "NF", "")
    assert json.loads(fake.requests[-1].body) == {"task_id": 22, "attribute_name": "NF", "value": ""}


def test_enable_jumbo_jobs_code_2_is_not_found(prod_panda: Panda, fake: FakePanda) -> None:
    answer(fake, "enable_jumbo_jobs", {"success": False, "message": "task is locked", "data": 2})
    with pytest.raises(errors.NotFoundError) as info:
        prod_panda.task.enable_jumbo_jobs(17, 5)
    assert info.value.code == 2  # type: ignore[attr-defined]


# -- retry: `success` is always true, the code decides ----------------------------------------------------
def test_retry_code_3_is_a_success(panda: Panda, fake: FakePanda) -> None:
    message = "retry has been triggered for failed jobs while the task is still running"
    answer(fake, "retry", {"success": True, "message": message, "data": 3})
    assert panda.task.retry(5, new_parameters={"nFilesPerJob": 1}) == CommandResult(3, message)


@pytest.mark.parametrize(("code", "error_class"), [(1, PandaAPIError), (2, errors.NotFoundError), (4, PandaAPIError)])
def test_retry_failure_codes_raise_although_success_is_true(
    panda: Panda, fake: FakePanda, code: int, error_class: type[Exception]
) -> None:
    answer(fake, "retry", {"success": True, "message": f"retry refused (code {code})", "data": code})
    with pytest.raises(error_class, match=f"retry refused \\(code {code}\\)") as info:
        panda.task.retry(5)
    assert info.value.code == code  # type: ignore[attr-defined]


def test_retry_success_false_is_a_failure(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "retry", {"success": False, "message": "not the task owner or no production role", "data": None})
    with pytest.raises(errors.PermissionDeniedError, match="not the task owner"):
        panda.task.retry(5)


# -- submit -----------------------------------------------------------------------------------------------
TASK_PARAMETERS = {
    "taskName": "user.jdoe.mytest.20260118/",
    "userName": "John Doe",
    "vo": "atlas",
    "prodSourceLabel": "user",
    "taskPriority": 1000,
    "noInput": True,
    "log": {"type": "template", "value": "user.jdoe.log.$JEDITASKID.${SN}.log.tgz"},
    "jobParameters": [{"type": "constant", "value": "-p echo"}],
}


def test_submit_sends_the_parameters_as_an_object_and_returns_the_task_id(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["submit_task"] = lambda a, rec: 123
    assert panda.task.submit(TASK_PARAMETERS) == 123
    assert sent(fake) == ("POST", "/api/v1/task/submit", {}, {"task_parameters": TASK_PARAMETERS})
    assert panda.task.submit(TASK_PARAMETERS, parent_tid=99) == 123
    assert sent(fake)[3] == {"task_parameters": TASK_PARAMETERS, "parent_tid": 99}
    assert panda.task.submit(TASK_PARAMETERS, parent_tid=None) == 123
    assert sent(fake)[3] == {"task_parameters": TASK_PARAMETERS, "parent_tid": None}


def test_submit_incexec_code_3_counts_as_success(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "submit", {"success": True, "message": "reactivation accepted. jediTaskID=456", "data": 456})
    assert panda.task.submit(TASK_PARAMETERS) == 456


@pytest.mark.parametrize(
    ("code", "error_class"),
    [(1, errors.ConflictError), (2, errors.ConflictError), (4, PandaAPIError), (10, PandaAPIError),
     (11, errors.NotFoundError)],
)  # fmt: skip
def test_submit_failure_codes(panda: Panda, fake: FakePanda, code: int, error_class: type[Exception]) -> None:
    fake.handlers["submit_task"] = lambda a, rec: (_ for _ in ()).throw(Failure("registration refused", code))
    with pytest.raises(error_class, match="registration refused") as info:
        panda.task.submit(TASK_PARAMETERS)
    assert info.value.code == code  # type: ignore[attr-defined]


def test_submit_success_without_a_task_id_raises_with_the_reason(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "submit", {"success": True, "message": "/DC=ch/CN=John Doe is banned", "data": None})
    with pytest.raises(errors.PermissionDeniedError, match="is banned"):
        panda.task.submit(TASK_PARAMETERS)


# -- queries ----------------------------------------------------------------------------------------------
def test_get_status(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_status"] = lambda a, rec: "running" if a["task_id"] == "123" else None
    assert panda.task.get_status(123) == "running"
    assert sent(fake) == ("GET", "/api/v1/task/get_status", {"task_id": ["123"]}, None)


def test_get_status_unknown_task_is_not_found(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_status"] = lambda a, rec: (_ for _ in ()).throw(Failure("Task not found"))
    with pytest.raises(errors.NotFoundError, match="Task not found") as info:
        panda.task.get_status(404)
    assert info.value.server_message == "Task not found"


def test_get_details(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_details"] = lambda a, rec: {
        "inDS": "data24:data24.AOD", "outDS": "user.jdoe.out/", "statistics": "finished*10,running*2",
        "PandaID": [1, 2], "mergeStatus": None, "mergePandaID": [], "status": "running", "cliParams": "prun ...",
    }  # fmt: skip
    details = panda.task.get_details(123, include_parameters=True, include_status=True)
    assert isinstance(details, TaskDetails)
    assert (details.in_ds, details.statistics, details.panda_id) == (
        "data24:data24.AOD",
        "finished*10,running*2",
        [1, 2],
    )
    assert (details.status, details.cli_params) == ("running", "prun ...")
    query = {"task_id": ["123"], "include_parameters": ["true"], "include_status": ["true"]}
    assert sent(fake) == ("GET", "/api/v1/task/get_details", query, None)
    panda.task.get_details(123)
    assert sent(fake)[2] == {"task_id": ["123"]}


def test_get_tasks_modified_since(panda: Panda, fake: FakePanda) -> None:
    task = {"jediTaskID": 123, "modificationTime": STAMP, "status": "running", "reqID": 45678, "taskName": "t/"}
    fake.handlers["get_tasks_modified_since"] = lambda a, rec: {"45678": task, "null": {**task, "reqID": None}}
    result = panda.task.get_tasks_modified_since(
        datetime(2026, 1, 18, 15, 30, 45, tzinfo=timezone(timedelta(hours=1))),
        dn="/DC=ch/CN=John Doe", full=True, min_task_id=100, prod_source_label="managed",
    )  # fmt: skip
    assert result["45678"]["modificationTime"] == WHEN
    assert result["null"]["reqID"] is None
    assert sent(fake) == ("GET", "/api/v1/task/get_tasks_modified_since", {
        "since": ["2026-01-18 14:30:45"], "dn": ["/DC=ch/CN=John Doe"], "full": ["true"], "min_task_id": ["100"],
        "prod_source_label": ["managed"],
    }, None)  # fmt: skip
    panda.task.get_tasks_modified_since("2026-01-18 14:30:45")
    assert sent(fake)[2] == {"since": ["2026-01-18 14:30:45"]}


def test_get_tasks_detailed_info_since_sends_filters_as_json_text(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_tasks_detailed_info_since"] = lambda a, rec: [{"jediTaskID": 1, "creationDate": STAMP}]
    result = panda.task.get_tasks_detailed_info_since(
        since=datetime(2026, 1, 18), filters={"status": "finished|done", "userName": "jdoe"}, n_tasks=10
    )
    assert result == [{"jediTaskID": 1, "creationDate": WHEN}]
    method, path, query, _ = sent(fake)
    assert (method, path) == ("GET", "/api/v1/task/get_tasks_detailed_info_since")
    assert query["since"] == ["2026-01-18 00:00:00"] and query["n_tasks"] == ["10"]
    assert json.loads(query["filters"][0]) == {"status": "finished|done", "userName": "jdoe"}
    panda.task.get_tasks_detailed_info_since(filters='{"status": "done"}')
    assert sent(fake)[2] == {"filters": ['{"status": "done"}']}
    panda.task.get_tasks_detailed_info_since()
    assert sent(fake)[2] == {}


def test_get_datasets_and_files(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_datasets_and_files"] = lambda a, rec: [
        {"dataset": {"name": "mc23:ds_tid123_00", "id": 987},
         "files": [{"lfn": "EVNT.123._000001.pool.root.1", "scope": "mc23", "id": 111, "status": "finished"}]},
    ]  # fmt: skip
    result = panda.task.get_datasets_and_files(123, dataset_types=["input", "output"], dataset_only=True)
    assert isinstance(result[0], TaskDatasetFiles)
    assert result[0].dataset.name == "mc23:ds_tid123_00"  # type: ignore[union-attr]
    assert result[0].files[0].lfn == "EVNT.123._000001.pool.root.1"  # type: ignore[index]
    query = {"task_id": ["123"], "dataset_types": ["input", "output"], "dataset_only": ["true"]}
    assert sent(fake) == ("GET", "/api/v1/task/get_datasets_and_files", query, None)
    panda.task.get_datasets_and_files(123, dataset_types="input, pseudo_input")
    assert sent(fake)[2] == {"task_id": ["123"], "dataset_types": ["input", "pseudo_input"]}


def test_get_job_ids(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_job_ids"] = lambda a, rec: [6512345678, 6512345679]
    assert panda.task.get_job_ids(123) == [6512345678, 6512345679]
    assert sent(fake) == ("GET", "/api/v1/task/get_job_ids", {"task_id": ["123"]}, None)


def test_get_task_parameters(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_parameters"] = lambda a, rec: TASK_PARAMETERS
    assert panda.task.get_task_parameters(123) == TASK_PARAMETERS
    assert sent(fake) == ("GET", "/api/v1/task/get_task_parameters", {"task_id": ["123"]}, None)


@pytest.mark.parametrize(
    ("method", "function", "operation_id"),
    [("get_detailed_info", "get_detailed_info", "get_task_detailed_info"),
     ("get_parent_detailed_info", "get_parent_detailed_info", "get_parent_task_detailed_info")],
)  # fmt: skip
def test_detailed_info_records_have_datetimes_decoded(
    panda: Panda, fake: FakePanda, method: str, function: str, operation_id: str
) -> None:
    fake.handlers[operation_id] = lambda a, rec: {"jediTaskID": 7, "creationDate": STAMP, "parent_tid": None}
    assert getattr(panda.task, method)(123) == {"jediTaskID": 7, "creationDate": WHEN, "parent_tid": None}
    assert sent(fake) == ("GET", f"/api/v1/task/{function}", {"task_id": ["123"]}, None)


def test_get_parent_detailed_info_without_parent_is_not_found(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_parent_task_detailed_info"] = lambda a, rec: (_ for _ in ()).throw(
        Failure("No parent task found")
    )
    with pytest.raises(errors.NotFoundError, match="No parent task found"):
        panda.task.get_parent_detailed_info(123)


def test_get_job_descriptions(panda: Panda, fake: FakePanda) -> None:
    job = {"PandaID": 1, "jobStatus": "failed", "startTime": STAMP, "jobDuration": 1800.0, "Files": []}
    fake.handlers["get_task_job_descriptions"] = lambda a, rec: [job]
    assert panda.task.get_job_descriptions(123, unsuccessful_only=True) == [{**job, "startTime": WHEN}]
    assert sent(fake) == ("GET", "/api/v1/task/get_job_descriptions",
                          {"task_id": ["123"], "unsuccessful_only": ["true"]}, None)  # fmt: skip


def test_get_jumbo_job_datasets(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_jumbo_job_datasets"] = lambda a, rec: {"123": {"status": "running", "datasets": ["mc23:ds"]}}
    result = panda.task.get_jumbo_job_datasets(7, to_offset=1)
    assert isinstance(result["123"], TaskJumboJobDatasets)
    assert (result["123"].status, result["123"].datasets) == ("running", ["mc23:ds"])
    assert sent(fake) == (
        "GET",
        "/api/v1/task/get_jumbo_job_datasets",
        {"from_offset": ["7"], "to_offset": ["1"]},
        None,
    )
    panda.task.get_jumbo_job_datasets(7)
    assert sent(fake)[2] == {"from_offset": ["7"]}


def test_kill_unfinished_jobs_returns_one_bool_per_job(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["kill_unfinished_task_jobs"] = lambda a, rec: [True, True, False]
    assert panda.task.kill_unfinished_jobs(123, code=9, use_email_as_id=True) == [True, True, False]
    assert sent(fake) == ("POST", "/api/v1/task/kill_unfinished_jobs", {},
                          {"task_id": 123, "code": 9, "use_email_as_id": True})  # fmt: skip


def test_job_cloning(prod_panda: Panda, fake: FakePanda) -> None:
    answer(fake, "enable_job_cloning", {"success": True, "message": None, "data": None})
    assert prod_panda.task.enable_job_cloning(123, mode="runonce", multiplicity=2, num_sites=2) is None
    assert sent(fake) == ("POST", "/api/v1/task/enable_job_cloning", {},
                          {"jedi_task_id": 123, "mode": "runonce", "multiplicity": 2, "num_sites": 2})  # fmt: skip
    assert prod_panda.task.disable_job_cloning(123) is None
    assert sent(fake) == ("POST", "/api/v1/task/disable_job_cloning", {}, {"jedi_task_id": 123})
    fake.handlers["disable_task_job_cloning"] = lambda a, rec: (_ for _ in ()).throw(
        Failure("failed to disable job cloning")
    )
    with pytest.raises(PandaAPIError, match="failed to disable job cloning"):
        prod_panda.task.disable_job_cloning(123)


def test_an_answer_of_the_wrong_shape_is_a_validation_error(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_task_job_ids"] = lambda a, rec: {"not": "a list"}
    with pytest.raises(errors.APIResponseValidationError, match="documented shape"):
        panda.task.get_job_ids(123)
    fake.handlers["kill_unfinished_task_jobs"] = lambda a, rec: [True, "yes"]
    with pytest.raises(errors.APIResponseValidationError):
        panda.task.kill_unfinished_jobs(123)


# -- roles ------------------------------------------------------------------------------------------------
def test_production_functions_refuse_an_ordinary_user(panda: Panda, fake: FakePanda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.task.pause(9)
    assert fake.requests[-1].path == "/api/v1/task/pause"
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.task.change_priority(9, 900)


# -- bad input: nothing is sent ---------------------------------------------------------------------------
class Weird:
    pass


BAD_INPUT: list[tuple[Callable[[Panda], Any], type[Exception], str]] = [
    (lambda p: p.task.kill("1"), TypeError, "task_id must be an int, got str '1'"),  # type: ignore[arg-type]
    (lambda p: p.task.kill(0), ValueError, "task_id must be >= 1"),
    (lambda p: p.task.kill(True), TypeError, "task_id must be an int"),
    (lambda p: p.task.kill(1, broadcast="yes"), TypeError, "broadcast must be a bool"),  # type: ignore[arg-type]
    (lambda p: p.task.get_status(1.0), TypeError, "task_id must be an int"),  # type: ignore[arg-type]
    (lambda p: p.task.retry(1, new_parameters="{not json"), ValueError, "new_parameters is not valid JSON"),
    (lambda p: p.task.retry(1, new_parameters="[1, 2]"), ValueError,
     "new_parameters must be the JSON text of an object"),
    (lambda p: p.task.retry(1, new_parameters=[1]), TypeError, "new_parameters must be a dict or the JSON text"),  # type: ignore[arg-type]
    (lambda p: p.task.retry(1, new_parameters={"x": Weird()}), TypeError, "new_parameters must be JSON-serialisable"),
    (lambda p: p.task.reassign(1), ValueError, "exactly one of site, cloud or nucleus; got none"),
    (lambda p: p.task.reassign(1, site="A", cloud="B"), ValueError,
     "exactly one of site, cloud or nucleus; got site, cloud"),
    (lambda p: p.task.reassign(1, site=""), ValueError, "site must not be empty"),
    (lambda p: p.task.reassign(1, site="A", mode="hard"), ValueError, "mode must be one of 'kill', 'soft', 'nokill'"),  # type: ignore[arg-type]
    (lambda p: p.task.kill_unfinished_jobs(1, code="9"), TypeError, "code must be an int"),  # type: ignore[arg-type]
    (lambda p: p.task.reassign_global_share([], "Express", False), ValueError, "task_id_list must not be empty"),
    (lambda p: p.task.reassign_global_share([1, -2], "Express", False), ValueError, r"task_id_list\[1\] must be >= 1"),
    (lambda p: p.task.reassign_global_share(5, "Express", False), TypeError, "task_id_list must be a list of ints"),  # type: ignore[arg-type]
    (lambda p: p.task.reassign_global_share([1], "", False), ValueError, "share must not be empty"),
    (lambda p: p.task.reassign_global_share([1], "Express", 1), TypeError, "reassign_running_jobs must be a bool"),  # type: ignore[arg-type]
    (lambda p: p.task.enable_jumbo_jobs(1, -1), ValueError, "jumbo_jobs_total must be >= 0"),
    (lambda p: p.task.enable_job_cloning(1, mode="twice"), ValueError, "mode must be one of 'runonce', 'storeonce'"),  # type: ignore[arg-type]
    (lambda p: p.task.enable_job_cloning(1, multiplicity=0), ValueError, "multiplicity must be >= 1"),
    (lambda p: p.task.increase_attempts(1, -3), ValueError, "increase must be >= 0"),
    (lambda p: p.task.change_attribute(1, "diskCount", 5), ValueError, "attribute_name must be one of 'ramCount'"),  # type: ignore[arg-type]
    (lambda p: p.task.change_modification_time(1, "-12"), TypeError, "hour_offset must be an int"),  # type: ignore[arg-type]
    (lambda p: p.task.change_split_rule(1, "XX", "5"), ValueError, "attribute_name must be one of 'AI'"),
    (lambda p: p.task.change_split_rule(1, "NF", 5), TypeError, "value must be a str"),  # type: ignore[arg-type]
    (lambda p: p.task.submit('{"taskName": "x"}'), TypeError, "task_parameters must be a dict, got str"),  # type: ignore[arg-type]
    (lambda p: p.task.submit({"when": datetime(2026, 1, 1)}), TypeError, "task_parameters must be JSON-serialisable"),
    (lambda p: p.task.submit({"taskName": "x"}, parent_tid="7"), TypeError, "parent_tid must be an int"),  # type: ignore[arg-type]
    (lambda p: p.task.get_tasks_modified_since("2026-01-18"), ValueError, "since must be a datetime or text like"),
    (lambda p: p.task.get_tasks_modified_since(1700000000), TypeError, "since must be a str"),  # type: ignore[arg-type]
    (lambda p: p.task.get_tasks_modified_since("2026-01-18 00:00:00", dn=""), ValueError, "dn must not be empty"),
    (lambda p: p.task.get_tasks_detailed_info_since(filters={"status": 1}), TypeError,  # type: ignore[dict-item]
     r"filters\['status'\] must be a str"),
    (lambda p: p.task.get_tasks_detailed_info_since(filters="status=done"), ValueError, "filters is not valid JSON"),
    (lambda p: p.task.get_tasks_detailed_info_since(n_tasks=0), ValueError, "n_tasks must be >= 1"),
    (lambda p: p.task.get_datasets_and_files(1, dataset_types=[]), ValueError, "dataset_types must not be empty"),
    (lambda p: p.task.get_datasets_and_files(1, dataset_types="input,"), ValueError,
     r"dataset_types\[1\] must not be empty"),
    (lambda p: p.task.get_jumbo_job_datasets(-1), ValueError, "from_offset must be >= 0"),
    (lambda p: p.task.get_jumbo_job_datasets(1, to_offset=3), ValueError, "to_offset must be <= from_offset"),
    (lambda p: p.task.get_details(1, include_status=1), TypeError, "include_status must be a bool"),  # type: ignore[arg-type]
]  # fmt: skip


@pytest.mark.parametrize(("call", "error", "message"), BAD_INPUT)
def test_bad_input_fails_before_any_io(
    panda: Panda, fake: FakePanda, call: Callable[[Panda], Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(panda)
    assert fake.requests == []


# -- async ------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_async_client(apanda: AsyncPanda, fake: FakePanda) -> None:
    fake.handlers["get_task_status"] = lambda a, rec: "done"
    assert await apanda.task.get_status(123) == "done"
    answer(fake, "pause", {"success": True, "message": "command=pause is registered", "data": 0})
    assert await apanda.task.pause(9) == CommandResult(0, "command=pause is registered")
    assert sent(fake) == ("POST", "/api/v1/task/pause", {}, {"task_id": 9})
    answer(fake, "retry", {"success": True, "message": "task not found", "data": 2})
    with pytest.raises(errors.NotFoundError):
        await apanda.task.retry(5)
    with pytest.raises(TypeError, match="task_id must be an int"):
        await apanda.task.kill("5")  # type: ignore[arg-type]
