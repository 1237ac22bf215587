"""What the derived commands send: options left out unless given, flags both ways, JSON from text or a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.panda_fake import FakePanda

from .conftest import Cli

TOKEN = "good-token"


@pytest.fixture()
def panda() -> Iterator[FakePanda]:
    server = FakePanda(tokens={TOKEN}).start()
    yield server
    server.stop()


@pytest.fixture()
def env(panda: FakePanda) -> dict[str, str]:
    # atlas:production: the fake refuses production-role functions otherwise.
    return {"PANDA_URL_SSL": panda.url, "PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas:production",
            "PANDA_AUTH_ID_TOKEN": TOKEN}  # fmt: skip


def recording(panda: FakePanda, operation_id: str, answer: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def handler(args: dict[str, Any], rec: Any) -> Any:
        seen.append(args)
        return answer

    panda.handlers[operation_id] = handler
    return seen


def test_an_option_not_given_is_left_off_the_wire(cli: Cli, panda: FakePanda, env: dict[str, str]) -> None:
    seen = recording(panda, "kill_task", 0)
    assert cli("panda", "task", "kill", "5", env=env).code == 0
    assert cli("panda", "task", "kill", "5", "--broadcast", env=env).code == 0
    assert cli("panda", "task", "kill", "5", "--no-broadcast", env=env).code == 0
    assert seen == [{"task_id": 5}, {"task_id": 5, "broadcast": True}, {"task_id": 5, "broadcast": False}]


def test_list_options_repeat(cli: Cli, panda: FakePanda, env: dict[str, str]) -> None:
    seen = recording(panda, "kill_jobs", [True])
    ran = cli("panda", "job", "kill", "7", "--code", "9", "--kill-options", "keepUnmerged", env=env)
    assert ran.code == 0, ran.err
    assert seen == [{"job_ids": [7], "code": 9, "kill_options": ["keepUnmerged"]}]


def test_a_json_argument_from_text_or_from_a_file(
    cli: Cli, panda: FakePanda, env: dict[str, str], tmp_path: Path
) -> None:
    seen = recording(panda, "submit_task", 4242)
    parameters = {"taskName": "user.jdoe.test/", "nEvents": 10}
    ran = cli("panda", "task", "submit", json.dumps(parameters), "--json", env=env)
    assert ran.code == 0, ran.err
    assert json.loads(ran.out) == 4242
    file = tmp_path / "task.json"
    file.write_text(json.dumps(parameters))
    assert cli("panda", "task", "submit", f"@{file}", env=env).out == "4242\n"
    assert seen == [{"task_parameters": parameters}, {"task_parameters": parameters}]


def test_bad_json_is_a_usage_error_and_nothing_is_sent(cli: Cli, panda: FakePanda, env: dict[str, str]) -> None:
    seen = recording(panda, "submit_task", 1)
    ran = cli("panda", "task", "submit", "{not json", env=env)
    assert ran.code == 2 and "not valid JSON" in ran.err
    ran = cli("panda", "task", "submit", "@/nonexistent/task.json", env=env)
    assert ran.code == 2 and "cannot read" in ran.err
    assert seen == [] and panda.requests == []
