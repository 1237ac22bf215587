"""Exit codes: 1 with the server's message on stderr when the service refuses, 2 for bad arguments or setup."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.jdma_fake import FakeJdma
from tests.support.panda_fake import Failure, FakePanda

from .conftest import Cli

TOKEN = "good-token"


@pytest.fixture()
def panda() -> Iterator[FakePanda]:
    server = FakePanda(tokens={TOKEN}).start()
    yield server
    server.stop()


def panda_env(fake: FakePanda) -> dict[str, str]:
    return {"PANDA_URL_SSL": fake.url, "PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas", "PANDA_AUTH_ID_TOKEN": TOKEN}


def test_a_refusal_exits_1_with_the_servers_message(cli: Cli, panda: FakePanda) -> None:
    def refuse(args: dict[str, Any], rec: Any) -> Any:
        raise Failure(f"jediTaskID={args['task_id']} is unknown")

    panda.handlers["get_task_status"] = refuse
    ran = cli("panda", "task", "status", "999", env=panda_env(panda))
    assert ran.code == 1
    assert ran.out == ""
    assert "jediTaskID=999 is unknown" in ran.err
    assert "Traceback" not in ran.err


def test_a_bulk_run_keeps_going_and_exits_1_if_one_failed(cli: Cli, panda: FakePanda) -> None:
    def status(args: dict[str, Any], rec: Any) -> Any:
        if str(args["task_id"]) == "2":
            raise Failure("jediTaskID=2 is unknown")
        return "done"

    panda.handlers["get_task_status"] = status
    ran = cli("panda", "task", "status", "1", "2", "3", "--json", env=panda_env(panda))
    assert ran.code == 1
    assert json.loads(ran.out) == [{"task_id": 1, "result": "done"}, {"task_id": 3, "result": "done"}]
    assert "task_id 2" in ran.err and "jediTaskID=2 is unknown" in ran.err


def test_many_job_ids_go_in_chunks_with_one_row_per_id(cli: Cli, panda: FakePanda) -> None:
    sizes: list[int] = []

    def kill(args: dict[str, Any], rec: Any) -> Any:
        sizes.append(len(args["job_ids"]))
        return [job_id % 2 == 0 for job_id in args["job_ids"]]

    panda.handlers["kill_jobs"] = kill
    ids = "\n".join(str(i) for i in range(1, 2501))
    ran = cli("panda", "job", "kill", "--ids-from", "-", "--json", env=panda_env(panda), stdin=ids)
    assert ran.code == 0, ran.err
    assert sizes == [1000, 1000, 500]
    rows = json.loads(ran.out)
    assert len(rows) == 2500
    assert rows[:2] == [{"job_id": 1, "result": False}, {"job_id": 2, "result": True}]


def test_a_progress_bar_is_drawn_on_a_terminal_only(cli: Cli, panda: FakePanda) -> None:
    panda.handlers["get_task_status"] = lambda args, rec: "running"
    env = panda_env(panda)
    quiet = cli("panda", "task", "status", "1", "2", "3", "--json", env=env)
    assert quiet.code == 0 and quiet.err == ""
    drawn = cli("panda", "task", "status", "1", "2", "3", "--json", env={**env, "TTY_COMPATIBLE": "1"})
    assert drawn.code == 0
    assert "3/3" in drawn.err  # rich's M/N column on stderr; stdout stays plain JSON
    assert json.loads(drawn.out) == json.loads(quiet.out)


def test_jdma_not_found_exits_1_with_the_servers_message(cli: Cli) -> None:
    fake = FakeJdma().start()
    try:
        ran = cli("jdma", "batches", "--workspace", "nowhere", env={"JDMA_API_URL": fake.url, "JDMA_USER": "alice"})
    finally:
        fake.stop()
    assert ran.code == 1
    assert ran.out == ""
    assert "Workspace not found." in ran.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("panda", "task", "status", "abc"), "is not a valid int"),
        (("panda", "task", "nosuch"), "No such command"),
        (("panda", "nosuch"), "No such command"),
        (("panda", "task", "status"), "give at least one id"),
        (("panda", "task", "status", "0"), "task_id"),  # refused by the client before any I/O
        (("panda", "task", "status", "--ids-from", "/nonexistent/ids"), "cannot read"),
        (("agave", "jobs", "list", "--limit", "ten"), "is not a valid int"),
        (("agave", "jobs", "list", "--search", "{oops"), "not valid JSON"),
        (("jdma", "batches", "--filter", "bogus"), "filter"),
        (("panda", "task", "status", "1", "--no-such-option"), "No such option"),
        (("jdma", "batches", "--workspace", "gws1", "get", "7"), "not with a command: --workspace"),
    ],
)
def test_bad_arguments_exit_2(cli: Cli, panda: FakePanda, args: tuple[str, ...], message: str) -> None:
    env = {**panda_env(panda), "TAPIS_BASE_URL": panda.url, "TAPIS_TOKEN": "t", "JDMA_API_URL": panda.url}
    ran = cli(*args, env=env)
    assert ran.code == 2, (ran.out, ran.err)
    assert message in ran.err
    assert ran.out == ""
    assert "Traceback" not in ran.err
    assert panda.requests == []  # nothing was sent


def test_missing_configuration_exits_2_and_names_the_variables(cli: Cli) -> None:
    # No credentials at all: the client refuses to start, before any connection to this (closed) port.
    env = {"PANDA_URL_SSL": "http://127.0.0.1:9", "X509_USER_PROXY": "/nonexistent/proxy"}
    ran = cli("panda", "task", "status", "1", env=env)
    assert ran.code == 2
    assert "X509_USER_PROXY" in ran.err or "proxy" in ran.err
    assert "PANDA_URL_SSL" in ran.err  # the help names the variables the system reads
    assert ran.out == ""


def test_the_token_never_reaches_the_output(cli: Cli, panda: FakePanda) -> None:
    panda.handlers["get_task_status"] = lambda args, rec: (_ for _ in ()).throw(Failure("refused"))
    ran = cli("panda", "task", "status", "5", env=panda_env(panda))
    assert ran.code == 1
    assert TOKEN not in ran.out + ran.err
