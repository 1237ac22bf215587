"""The commands of the issue against Prism mocks of the specs (Prism answers with the specs' examples)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, Cli, Mocks

pytestmark = pytest.mark.contract

AGAVE_JOB = "2218546004213698070-242ac11b-0001-007"  # the job of the examples in specs/agave.yaml


def test_panda_task_status(cli: Cli, mocks: Mocks) -> None:
    env = mocks.env("panda")
    ran = cli("panda", "task", "status", "123", env=env)
    assert (ran.code, ran.out, ran.err) == (0, "running\n", "")
    ran = cli("panda", "task", "status", "123", "--json", env=env)
    assert ran.code == 0 and json.loads(ran.out) == "running"


def test_panda_task_status_of_many_ids_gives_one_row_each(cli: Cli, mocks: Mocks) -> None:
    env = mocks.env("panda")
    ran = cli("panda", "task", "status", "1", "2", "3", "--json", env=env)
    assert ran.code == 0, ran.err
    assert json.loads(ran.out) == [{"task_id": i, "result": "running"} for i in (1, 2, 3)]
    table = cli("panda", "task", "status", "1", "2", "3", env=env)
    assert table.code == 0
    assert "task_id" in table.out and table.out.count("running") == 3


def test_ids_from_stdin_and_from_a_file(cli: Cli, mocks: Mocks, tmp_path: Path) -> None:
    env = mocks.env("panda")
    ran = cli("panda", "task", "status", "--ids-from", "-", "--json", env=env, stdin="4\n5, 6\n")
    assert ran.code == 0, ran.err
    assert [row["task_id"] for row in json.loads(ran.out)] == [4, 5, 6]
    ids = tmp_path / "ids.txt"
    ids.write_text("7 8\n")
    ran = cli("panda", "task", "status", "1", "--ids-from", str(ids), "--json", env=env)
    assert [row["task_id"] for row in json.loads(ran.out)] == [1, 7, 8]


def test_panda_job_kill(cli: Cli, mocks: Mocks) -> None:
    ran = cli("panda", "job", "kill", "1", "2", "3", "--json", env=mocks.env("panda"))
    # Prism sends the spec's example, [true, false], whatever the ids: not one entry per id, so it is shown as sent.
    assert ran.code == 0, ran.err
    assert json.loads(ran.out) == [True, False]


def test_panda_job_status_as_a_table(cli: Cli, mocks: Mocks) -> None:
    ran = cli("panda", "job", "status", "1", "2", env=mocks.env("panda"))
    assert ran.code == 0, ran.err
    header, *rows = [line for line in ran.out.splitlines() if "│" in line or "┃" in line]
    assert "job_id" in header and "status" in header and "command" in header
    assert "running" in rows[0] and "tobekilled" in rows[1]


def test_agave_jobs_list(cli: Cli, mocks: Mocks) -> None:
    env = mocks.env("agave")
    ran = cli("agave", "jobs", "list", "--limit", "10", "--json", env=env)
    assert ran.code == 0, ran.err
    jobs = json.loads(ran.out)
    assert [(job["id"], job["name"], job["status"]) for job in jobs] == [(AGAVE_JOB, "wc-demo", "RUNNING")]
    table = cli("agave", "jobs", "list", "--limit", "10", env=env)
    assert table.code == 0 and "wc-demo" in table.out and "RUNNING" in table.out
    # The group runs its listing when given no command.
    assert cli("agave", "jobs", "--limit", "10", "--json", env=env).out == ran.out


def test_agave_job_status(cli: Cli, mocks: Mocks) -> None:
    ran = cli("agave", "jobs", "status", AGAVE_JOB, "--json", env=mocks.env("agave"))
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["status"] == "RUNNING"


def test_jdma_batches(cli: Cli, mocks: Mocks) -> None:
    env = mocks.env("jdma")
    ran = cli("jdma", "batches", "--workspace", "gws1", "--json", env=env)
    assert ran.code == 0, ran.err
    batches = json.loads(ran.out)
    assert [(b["migration_id"], b["label"], b["storage"]) for b in batches] == [
        (7, "run1", "elastictape"),
        (8, None, "objectstore"),
    ]
    table = cli("jdma", "batches", "--workspace", "gws1", env=env)
    assert table.code == 0 and "migration_id" in table.out and "elastictape" in table.out


def test_poms_campaigns(cli: Cli, mocks: Mocks) -> None:
    env = mocks.env("poms")
    ran = cli("poms", "campaigns", "--experiment", "samdev", "--json", env=env)
    assert ran.code == 0, ran.err
    listing = json.loads(ran.out)
    assert listing["experiment"] == "samdev"
    assert [(c["campaign_id"], c["name"]) for c in listing["tl"]] == [(890, "fake demo v1.0  w/chars")]
    table = cli("poms", "campaigns", "--experiment", "samdev", env=env)
    assert table.code == 0
    assert "campaign_id" in table.out and "fake demo v1.0  w/chars" in table.out and "samdev" in table.out


def test_a_json_argument_is_decoded(cli: Cli, mocks: Mocks) -> None:
    ran = cli("agave", "jobs", "list", "--search", '{"status.eq": "RUNNING"}', "--json", env=mocks.env("agave"))
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)[0]["id"] == AGAVE_JOB


def test_as_a_separate_process(mocks: Mocks) -> None:
    """`python -m sciclients.cli` (what the `sciclients` script runs): real stdout, stderr and exit codes."""
    env = {**os.environ, **mocks.env("panda")}
    command = [sys.executable, "-m", "sciclients.cli", "panda", "task", "status"]
    done = subprocess.run([*command, "123"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "running\n", "")
    bad = subprocess.run([*command, "x"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and bad.stdout == "" and "not a valid int" in bad.stderr


def test_agave_download_an_output(cli: Cli, mocks: Mocks, tmp_path: Path) -> None:
    env = mocks.env("agave")
    target = tmp_path / "out.txt"
    ran = cli("agave", "jobs", "download", AGAVE_JOB, "wc_out.txt", "-o", str(target), env=env)
    assert ran.code == 0, ran.err
    assert target.read_text().startswith("Lorem ipsum dolor sit amet")  # the spec's example for the media call
    assert f"{target.stat().st_size} bytes written to {target}" in ran.err
    # To stdout: Prism's body as it is, nothing else.
    done = subprocess.run(
        [sys.executable, "-m", "sciclients.cli", "agave", "jobs", "download", AGAVE_JOB, "wc_out.txt", "-o", "-"],
        capture_output=True, env={**os.environ, **env}, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == target.read_bytes()
