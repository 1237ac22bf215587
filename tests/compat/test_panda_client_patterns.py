"""Call patterns taken from public code that uses `pandaclient.Client`, each run through panda-client 2.2.0 and
through `sciclients.panda.Client` against one loopback server (success, refusal, connection failure): what the
calling code ends up deciding and reading must be the same.

Only the call pattern is carried over (which function, how the arguments are passed, how the result is
unpacked and tested); each pattern names its source. Sources: panda-client 2.2.0 from PyPI (pbook's
pandaclient/PBookCore.py, prun's PrunScript.py, pchain's PchainScript.py, PsubUtils.py, idds_api.py),
HSF/iDDS main/lib/idds/tests/panda_test.py and lsst-dm/dp02-processing test-med-1/DM-35936/kill_task.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.compat.side_by_side import Side, comparable, outcome, side_by_side

pytest.importorskip("pandaclient", reason="panda-client==2.2.0 is a dev dependency (pip install -e '.[dev]')")

VERBOSE = False


def unpack_flag(status: int, output: Any) -> tuple[Any, ...]:
    """pbook's reading of an extended answer: communication error, else (flag, diagnostic)."""
    if status != 0:
        return ("communication error", output)
    flag, diagnostic = output
    return ("ok" if flag else "refused", diagnostic)


# -- panda-client 2.2.0 pandaclient/PBookCore.py (pbook) ---------------------------------------------------------
def pbook_kill(client: Any, _tmp: Path) -> Any:  # PBookCore.kill: killTask(taskID, self.verbose)
    return unpack_flag(*client.killTask(5, VERBOSE))


def pbook_finish(client: Any, _tmp: Path) -> Any:  # PBookCore.finish: finishTask(taskID, soft, self.verbose)
    return unpack_flag(*client.finishTask(5, True, VERBOSE))


def pbook_debug(client: Any, _tmp: Path) -> Any:  # PBookCore.debug: setDebugMode(pandaID, modeOn, self.verbose)
    status, output = client.setDebugMode(11, True, VERBOSE)
    return ("ok" if status == 0 else "failed", output)


def pbook_retry(client: Any, _tmp: Path) -> Any:
    # PBookCore.retry: retryTask(taskID, verbose=self.verbose, properErrorCode=True, newParams=newOpts)
    new_opts: dict[str, Any] = {}
    status, out = client.retryTask(5, verbose=VERBOSE, properErrorCode=True, newParams=new_opts)
    if status != 0:
        return ("communication error", out)
    flag, diagnostic = out
    return ("refused" if flag not in [0, True] else "ok", diagnostic)


def pbook_recover(client: Any, _tmp: Path) -> Any:
    # PBookCore.recover_lost_files: send_file_recovery_request(taskID, test_mode, self.verbose)
    return unpack_flag(*client.send_file_recovery_request(5, True, VERBOSE))


def pbook_metadata(client: Any, _tmp: Path) -> Any:
    # PBookCore.get_user_job_metadata: status, metadata = getUserJobMetadata(taskID, verbose=self.verbose)
    status, metadata = client.getUserJobMetadata(5, verbose=VERBOSE)
    return (status, metadata)


def pbook_workflow_command(client: Any, _tmp: Path) -> Any:
    # PBookCore.execute_workflow_command: call_idds_user_workflow_command(name, {"request_id": id}, self.verbose)
    status, output = client.call_idds_user_workflow_command("get_status", {"request_id": 7}, VERBOSE)
    if status != 0:
        return ("failed", output)
    return ("ok", output[-1]) if output[0] else ("refused", output[-1])


def pbook_set_secret(client: Any, _tmp: Path) -> Any:  # PBookCore.set_secret: set_user_secret(key, value, verbose=)
    return unpack_flag(*client.set_user_secret("my_key", "my_value", verbose=VERBOSE))


def pbook_list_secrets(client: Any, _tmp: Path) -> Any:
    # PBookCore.list_secrets: status, output = get_user_secrets(verbose=self.verbose); status, data = output
    status, output = client.get_user_secrets(verbose=VERBOSE)
    if status != 0:
        return ("failed", output)
    flag, data = output
    return ("ok", sorted(data.items())) if flag else ("refused", data)


def pbook_pause(client: Any, _tmp: Path) -> Any:
    # PBookCore.pause: pauseTask(task_id, self.verbose), then `if tmpStat != 0` (pbook's own test, kept as is)
    status, output = client.pauseTask(5, VERBOSE)
    if status != 0:
        return ("communication error", output)
    flag, diagnostic = output
    return ("failed" if flag != 0 else "ok", diagnostic)


def pbook_reload(client: Any, _tmp: Path) -> Any:  # PBookCore.reload_input: reload_input(task_id, self.verbose)
    return unpack_flag(*client.reload_input(5, VERBOSE))


def pbook_show(client: Any, _tmp: Path) -> Any:
    # PBookCore._query_task_dicts: get_tasks_detailed_info_since(since=, filters=(combo or None), n_tasks=, verbose=)
    merged = {}
    for combo in ({"status": "done"}, {}):
        status, data = client.get_tasks_detailed_info_since(since=None, filters=(combo or None), n_tasks=100,
                                                            verbose=VERBOSE)  # fmt: skip
        if status != 0 or not isinstance(data, list):
            continue
        for task in data:
            merged[task["jediTaskID"]] = task
    return sorted(merged)


# -- panda-client 2.2.0 prun (PrunScript.py), pchain (PchainScript.py), PsubUtils.py, idds_api.py ------------------
def prun_submit(client: Any, _tmp: Path) -> Any:
    # PrunScript: insertTaskParams(newTaskParamMap, options.verbose, properErrorCode=True, parent_tid=...)
    status, out = client.insertTaskParams({"taskName": "user.jdoe.t", "vo": "atlas"}, VERBOSE, properErrorCode=True,
                                          parent_tid=None)  # fmt: skip
    if status != 0:
        return ("submission failed", status)
    return ("submitted" if out[0] in [0, 3] else "refused", out[1])


def prun_sandbox(client: Any, tmp: Path) -> Any:
    # PrunScript: putFile(archiveName, options.verbose, useCacheSrv=use_cache_srv, reuseSandbox=True)
    archive = tmp / "sources.5678.tar.gz"
    archive.write_bytes(b"\x1f\x8b" + b"y" * 100 + b"\x05\x06\x07\x08\x64\x00\x00\x00")
    status, out = client.putFile(str(archive), VERBOSE, useCacheSrv=False, reuseSandbox=True)
    if out.startswith("NewFileName:"):
        return ("reuse", out.split(":")[-1])
    return ("uploaded", status) if out == "True" else ("failed", status, out)


def pchain_submit(client: Any, _tmp: Path) -> Any:
    # PchainScript: tmpStat, tmpOut = send_workflow_request(params, **data) with data = {"check": True}
    status, out = client.send_workflow_request({"name": "wf1", "outDS": "user.jdoe.wf"}, **{"check": True})
    if status != 0:
        return ("failed", status)
    return ("accepted", out[1]) if out[0] else ("refused", out[1])


def psub_identity(client: Any, _tmp: Path) -> Any:
    # PsubUtils.get_nickname: use_oidc(), then get_user_name_from_token() -> uid, groups, nickname
    if not client.use_oidc():
        return client.build_grid_setup_command()
    uid, groups, nickname = client.get_user_name_from_token()
    return (uid, groups, nickname)


def idds_api_call(client: Any, _tmp: Path) -> Any:
    # idds_api.IddsApi: call_idds_command(self.name, args, kwargs, self.dumper, self.verbose, self.compress,
    #                                     self.manager, self.loader)  -- all positional
    return client.call_idds_command("get_requests", [], {"request_id": 7}, json.dumps, VERBOSE, False, True, None)


# -- HSF/iDDS main/lib/idds/tests/panda_test.py ------------------------------------------------------------------
def idds_full_job_status(client: Any, _tmp: Path) -> Any:
    # getFullJobStatus(ids=jobids, verbose=False); ret[1]; job_info.eventService/jobStatus/...; job_file.type/lfn
    ret = client.getFullJobStatus(ids=[11], verbose=False)
    read = []
    for job_info in ret[1] or []:
        if job_info:
            read.append((job_info.eventService, job_info.jobStatus, job_info.jobSubStatus, job_info.jobsetID,
                         job_info.taskID, job_info.jediTaskID, [(f.type, f.lfn) for f in job_info.Files]))  # fmt: skip
    return (ret[0], read)


def idds_job_status_files(client: Any, _tmp: Path) -> Any:
    # getJobStatus(jobids, verbose=1); job_info.attemptNr, maxAttempt, Files; f._attributes, f.values(), f.type
    status, jobs_list = client.getJobStatus([11, 12], verbose=1)
    read = []
    for job_info in jobs_list or []:
        if job_info is not None:
            read.append((job_info.attemptNr, job_info.maxAttempt, len(job_info.Files),
                         [(f._attributes, f.values(), f.type) for f in job_info.Files]))  # fmt: skip
    return (status, read)


def idds_task_then_jobs(client: Any, _tmp: Path) -> Any:
    # getJediTaskDetails({'jediTaskID': id}, True, True, verbose=False); ret[1]['PandaID'] -> getJobStatus(ids=)
    ret = client.getJediTaskDetails({"jediTaskID": 5}, True, True, verbose=False)
    if ret[0] != 0:
        return ("no task", ret)
    jobs = client.getJobStatus(ids=ret[1]["PandaID"], verbose=False)
    return ("jobs", comparable(jobs))


def idds_ids_then_status(client: Any, _tmp: Path) -> Any:
    # ret = getPandaIDsWithTaskID(jediTaskID, verbose=False); jobids = ret[1]; getTaskStatus(jediTaskID)
    ret = client.getPandaIDsWithTaskID(5, verbose=False)
    return (ret[1], client.getTaskStatus(5))


def idds_events_and_files(client: Any, _tmp: Path) -> Any:
    # get_files_in_datasets(jediTaskID, verbose=False); get_events_status([{'task_id':.., 'panda_id':..}], verbose=True)
    return (client.get_files_in_datasets(5, verbose=False),
            client.get_events_status([{"task_id": 5, "panda_id": 11}], verbose=True))  # fmt: skip


def idds_kill_finish_retry(client: Any, _tmp: Path) -> Any:
    # killTask(task_id, verbose=True); finishTask(task_id, soft=True, verbose=True);
    # status, out = retryTask(taskID, verbose=True, properErrorCode=True, newParams=newOpts)
    return (client.killTask(5, verbose=True), client.finishTask(5, soft=True, verbose=True),
            client.retryTask(5, verbose=True, properErrorCode=True, newParams={}))  # fmt: skip


# -- lsst-dm/dp02-processing test-med-1/DM-35936/kill_task.py ----------------------------------------------------
def argparse_kill(client: Any, _tmp: Path) -> Any:
    # parser.add_argument('--taskid', ...); print(Client.killTask(results.taskid)): the ID arrives as a str
    return client.killTask("5")


PATTERNS: list[tuple[str, Callable[[Any, Path], Any]]] = [
    ("pbook kill", pbook_kill),
    ("pbook finish", pbook_finish),
    ("pbook debug", pbook_debug),
    ("pbook retry", pbook_retry),
    ("pbook recover", pbook_recover),
    ("pbook metadata", pbook_metadata),
    ("pbook workflow command", pbook_workflow_command),
    ("pbook set secret", pbook_set_secret),
    ("pbook list secrets", pbook_list_secrets),
    ("pbook pause", pbook_pause),
    ("pbook reload", pbook_reload),
    ("pbook show", pbook_show),
    ("prun submit", prun_submit),
    ("prun sandbox", prun_sandbox),
    ("pchain submit", pchain_submit),
    ("psub identity", psub_identity),
    ("idds_api call", idds_api_call),
    ("iDDS full job status", idds_full_job_status),
    ("iDDS job status files", idds_job_status_files),
    ("iDDS task then jobs", idds_task_then_jobs),
    ("iDDS ids then status", idds_ids_then_status),
    ("iDDS events and files", idds_events_and_files),
    ("iDDS kill finish retry", idds_kill_finish_retry),
    ("argparse kill", argparse_kill),
]
# 2.2.0 sends a digit-string task ID as a JSON string, which panda-server refuses (`Type error`); ours sends the
# int. There the reference is what 2.2.0 gives for the int, i.e. what the script's author meant.
AS_INTEGER_IN_2_2_0 = {"argparse kill": lambda client, _tmp: client.killTask(5)}


@pytest.fixture(scope="module")
def side() -> Iterator[Side]:
    with side_by_side() as side:
        yield side


@pytest.mark.parametrize("mode", ("success", "refusal", "unreachable"))
@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_same_outcome(side: Side, name: str, pattern: Callable[[Any, Path], Any], mode: str, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    results = []
    for module, run in ((side.legacy, AS_INTEGER_IN_2_2_0.get(name, pattern)), (side.ours, pattern)):
        side.answer(mode) if mode != "unreachable" else side.unreachable()
        results.append(outcome(lambda module=module, run=run: run(module, tmp_path)))
    assert results[1] == results[0]


def test_at_least_fifteen_patterns() -> None:
    assert len({pattern for _, pattern in PATTERNS}) >= 15


def test_digit_string_id_is_refused_by_the_server_in_2_2_0(side: Side) -> None:
    """Why AS_INTEGER_IN_2_2_0 exists: 2.2.0's own request for "5" is refused by panda-server's type check."""
    side.answer("success")
    status, (ok, message) = side.legacy.killTask("5")
    assert (status, ok) == (0, False) and "must be of type int" in message
