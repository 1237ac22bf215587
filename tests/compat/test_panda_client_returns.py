"""Side by side with panda-client 2.2.0: every public function of `pandaclient.Client`, through it and through
`sciclients.panda.Client`, against one loopback server answering like panda-server 1.0.4, under a success
answer, a refusal (`success: false`) and a connection failure. The returned values must be equal.

CALLS is the table (data, not copied tests). EXITS lists the only functions where the values cannot be equal,
because 2.2.0 exits instead of returning, with the reason and what ours returns instead.
"""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.compat.side_by_side import TOKEN, Side, outcome, side_by_side

pytest.importorskip("pandaclient", reason="panda-client==2.2.0 is a dev dependency (pip install -e '.[dev]')")

Args = Callable[[Path], tuple[tuple[Any, ...], dict[str, Any]]]


def plain(*args: Any, **kwargs: Any) -> Args:
    return lambda _tmp: (args, kwargs)


def sandbox(**kwargs: Any) -> Args:
    """A fresh gzip-like sandbox file per call (putFile reads the CRC from the last 8 bytes)."""

    def make(tmp: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
        path = tmp / "sources.1234.tar.gz"
        path.write_bytes(b"\x1f\x8b" + b"x" * 2000 + b"\x01\x02\x03\x04\xd2\x07\x00\x00")
        return (str(path),), kwargs

    return make


def jobs(_tmp: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Fresh panda-client JobSpec objects (submitJobs sets creationHost on them)."""
    from pandaclient.FileSpec import FileSpec
    from pandaclient.JobSpec import JobSpec

    job = JobSpec()
    job.jobName, job.prodSourceLabel, job.computingSite = "user.jdoe.1", "user", "CERN"
    file = FileSpec()
    file.lfn, file.type = "in.root", "input"
    job.addFile(file)
    return ([job],), {}


def task_dict(_tmp: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return ({"jediTaskID": 5, "mine": "kept"}, True, True), {}


def token_file(_tmp: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return (None, False), {}


# Every 2.2.0 function, at least once; several call forms for the ones with options.
CALLS: list[tuple[str, Args]] = [
    # local helpers
    ("decode_special_cases", plain({"__datetime__": "2026-11-22T22:22:10.5"})),
    ("decode_special_cases", plain({"a": 1})),
    ("bytes_decode", plain(b"\xc3\xa9t\xc3\xa9")),
    ("bytes_decode", plain(3)),
    ("is_https", plain("https://pandaserver.cern.ch")),
    ("hide_sensitive_info", plain("Authorization: Bearer abc.def.ghi")),
    ("use_oidc", plain()),
    ("use_x509_no_grid", plain()),
    ("build_grid_setup_command", plain()),
    ("getDN", plain("/DC=ch/DC=cern/OU=Users/CN=John Doe/CN=123")),
    ("getDN", plain("/DC=ch/CN=jdoe/CN=proxy")),
    ("dump_log", plain("f", ValueError("x"), "out")),
    ("get_token_string", token_file),
    ("get_user_name_from_token", plain()),
    ("get_new_token", plain()),
    ("useDevServer", plain()),
    ("useIntrServer", plain()),
    ("setCacheServer", plain("cache2.example")),
    # system
    ("hello", plain()),
    ("get_cert_attributes", plain()),
    # tasks
    ("getTaskStatus", plain(5)),
    ("killTask", plain(5)),
    ("finishTask", plain(5)),
    ("finishTask", plain(5, soft=True)),
    ("pauseTask", plain(5)),
    ("resumeTask", plain(5)),
    ("reactivateTask", plain(5)),
    ("reload_input", plain(5)),
    ("increase_attempt_nr", plain(5, 7)),
    ("retryTask", plain(5)),
    ("retryTask", plain(5, newParams={"ramCount": 4000})),
    ("insertTaskParams", plain({"taskName": "user.jdoe.t", "vo": "atlas"}, parent_tid=4)),
    ("getTaskParamsMap", plain(5)),
    ("getJediTaskDetails", task_dict),
    ("getJobIDsJediTasksInTimeRange", plain("2026-11-01 00:00:00", dn="Jane Doe", minTaskID=3)),
    ("get_tasks_detailed_info_since", plain()),
    ("get_tasks_detailed_info_since", plain(since="2026-11-01 00:00:00", filters={"status": "done"}, n_tasks=10)),
    ("getPandaIDsWithTaskID", plain(5)),
    ("get_job_descriptions", plain(5, unsuccessful_only=True)),
    ("get_task_details_json", plain(5)),
    ("get_parent_detailed_info", plain(6)),
    ("get_files_in_datasets", plain(5)),
    ("getUserJobMetadata", plain(5)),
    # jobs and events
    ("getJobStatus", plain([11, 12])),
    ("getFullJobStatus", plain([11])),
    ("killJobs", plain([11, 12])),
    ("setDebugMode", plain(11, True, False)),
    ("submitJobs", jobs),
    ("get_events_status", plain([{"task_id": 5, "panda_id": 11}])),
    ("update_events", plain([{"eventRangeID": "5-11-1-1-1", "eventStatus": "finished"}])),
    # files, secrets, workflows, relays
    ("putFile", sandbox()),
    ("putFile", sandbox(reuseSandbox=True)),
    ("putFile", sandbox(useCacheSrv=True)),
    ("getFile", plain("sources.abc.tar.gz")),
    ("send_file_recovery_request", plain(5, True)),
    ("set_user_secret", plain("k", "v")),
    ("get_user_secrets", plain()),
    ("submit_workflow", plain({"name": "wf1", "steps": []})),
    ("submit_workflow_tmp", plain({"name": "wf1", "steps": []})),
    ("get_workflow_details", plain(42)),
    ("call_idds_command", plain("get_requests", kwargs={"request_id": 7})),
    ("call_idds_command", plain("get_status", [7], None, json.dumps, False, False, True, json.loads)),
    ("call_idds_user_workflow_command", plain("get_status", {"request_id": 7})),
    ("send_workflow_request", plain({"name": "wf1"}, check=True)),
    ("send_workflow_request", plain({"name": "wf1"})),
    ("requestEventPicking", lambda tmp: (event_picking(tmp), {})),
]

# Where the values cannot be equal, because 2.2.0 does not return: the reason, and ours per mode.
EXITS = {
    "requestEventPicking": "2.2.0 compares the raw bytes answer with True, so it calls sys.exit(255) whatever the "
    "server answers; ours returns (True, userDatasetName) or (False, the server's error)",
}
OUR_VALUE_WHERE_2_2_0_EXITS = {
    ("requestEventPicking", "success"): lambda value: value[0] is True and value[1].startswith("user.jdoe."),
    ("requestEventPicking", "refusal"): lambda value: value[0] is False and "no events" in value[1],
    ("requestEventPicking", "unreachable"): lambda value: value[0] is False and "connection failed" in value[1],
}
MODES = ("success", "refusal", "unreachable")
# Module-level values a local function changes, compared after the call as well.
SETTINGS = ("baseURL", "baseURLSSL", "baseURLCSRVSSL")


def event_picking(tmp: Path) -> tuple[Any, ...]:
    events = tmp / "events.txt"
    events.write_text("358031 1234\n")
    return str(events), "AOD", "physics_Main", "data18.x", "r1", [], "", "user.jdoe.pick.v1", "", "", 1, False, ""


def public_functions(module: Any) -> list[str]:
    """2.2.0's public functions, as the module has them at run time ("*_internal" builders and the decorator
    aside). Decorated functions are named `wrapper` by 2.2.0's decorator; their module is still Client's."""
    return sorted(
        name
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_") and not name.endswith("_internal")
        and name != "http_request_decorator"
    )  # fmt: skip


def undecorated(function: Any) -> Any:
    """The function 2.2.0's http_request_decorator wrapped (its signature is the one users call)."""
    if function.__name__ == "wrapper":
        return inspect.getclosurevars(function).nonlocals["func"]
    return function


def parameters(function: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


@pytest.fixture(scope="module")
def side() -> Iterator[Side]:
    with side_by_side() as side:
        yield side


def run(side: Side, module: Any, name: str, make_args: Args, tmp: Path) -> Any:
    args, kwargs = make_args(tmp)
    side.script()
    return outcome(lambda: getattr(module, name)(*args, **kwargs))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "make_args"), CALLS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CALLS)])
def test_same_return_value(side: Side, name: str, make_args: Args, mode: str, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)  # getFile writes into the working directory
    results, settings = [], []
    for module in (side.legacy, side.ours):
        side.answer(mode) if mode != "unreachable" else side.unreachable()
        results.append(run(side, module, name, make_args, tmp_path))
        settings.append([getattr(module, setting) for setting in SETTINGS])
    legacy, ours = results
    if name in EXITS:
        assert legacy == ("exited", 255), EXITS[name]
        assert ours[0] == "returned" and OUR_VALUE_WHERE_2_2_0_EXITS[(name, mode)](ours[1]), ours
        return
    assert ours == legacy
    assert settings[1] == settings[0]


def test_the_modes_really_differ(side: Side, tmp_path: Path) -> None:
    """A guard for the table above: each mode gives 2.2.0 itself a different value."""
    values = []
    for mode in MODES:
        side.answer(mode) if mode != "unreachable" else side.unreachable()
        values.append(run(side, side.legacy, "killTask", plain(5), tmp_path))
    assert values == [("returned", (0, (True, 0))), ("returned", (0, (False, "not the task owner or no production "
                      "role"))), ("returned", (255, None))]  # fmt: skip


def test_every_function_is_compared(side: Side) -> None:
    compared = {name for name, _ in CALLS}
    assert set(public_functions(side.legacy)) <= compared


def test_no_function_of_2_2_0_is_missing(side: Side) -> None:
    names = public_functions(side.legacy)
    assert len(names) >= 50, names  # the listing itself works (2.2.0 has 56)
    missing = [name for name in names if not callable(getattr(side.ours, name, None))]
    assert missing == []


def test_same_signatures(side: Side) -> None:
    different = {
        name: (parameters(undecorated(getattr(side.legacy, name))), parameters(getattr(side.ours, name)))
        for name in public_functions(side.legacy)
        if parameters(undecorated(getattr(side.legacy, name))) != parameters(getattr(side.ours, name))
    }
    assert different == {}


def test_digit_strings_are_sent_as_integers_and_junk_is_refused_before_io(side: Side) -> None:
    side.answer("success")
    side.fake.requests.clear()
    assert side.ours.killTask("5") == (0, (True, 0))
    assert json.loads(side.fake.requests[-1].body) == {"task_id": 5}
    status, message = side.ours.killTask("5; rm")
    assert status == 255 and "jediTaskID" in message and "string of digits" in message
    status, message = side.ours.getJobStatus(["11", "x"])
    assert status == 255 and "ids[1]" in message
    assert len(side.fake.requests) == 1


def test_token_file_is_read_like_2_2_0_but_stripped(side: Side, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The one local difference: 2.2.0 keeps the file's trailing newline, and every request it then sends fails
    (a newline cannot go into the Authorization header)."""
    path = tmp_path / "token"
    monkeypatch.delenv("PANDA_AUTH_ID_TOKEN")
    monkeypatch.setenv("OIDC_AUTH_TOKEN_FILE", str(path))
    path.write_text(TOKEN)
    assert side.ours.get_token_string(None, False) == side.legacy.get_token_string(None, False) == TOKEN
    path.write_text(TOKEN + "\n")
    assert side.legacy.get_token_string(None, False) == TOKEN + "\n"
    assert side.ours.get_token_string(None, False) == TOKEN
    assert os.environ["OIDC_AUTH_TOKEN_FILE"] == str(path)


def test_spec_objects_read_like_panda_client(side: Side) -> None:
    side.answer("success")
    (_, (legacy_job, _)), (_, (our_job, none)) = side.legacy.getJobStatus([11, 12]), side.ours.getJobStatus([11, 12])
    assert none is None
    assert our_job._attributes == legacy_job._attributes and our_job.values() == legacy_job.values()
    for slot in legacy_job._attributes:  # "NULL" for unset slots, datetimes decoded, as in 2.2.0
        assert getattr(our_job, slot) == getattr(legacy_job, slot), slot
    for ours, theirs in zip(our_job.Files, legacy_job.Files, strict=True):
        assert (ours._attributes, ours.values(), ours.PandaID) == (theirs._attributes, theirs.values(), 11)
    for job in (legacy_job, our_job):  # keys of the answer that are no slot are dropped by both
        with pytest.raises(AttributeError):
            _ = job.notASlot
    assert "JobSpec" in repr(our_job) and "a.root" in repr(our_job.Files[0])
