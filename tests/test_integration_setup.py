"""A failed set-up of the real-server integration tests fails the run under CI (CI=true) and skips it elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

USES_THE_SERVER = """
from tests.integration.conftest import panda_server  # noqa: F401 - the fixture, as the integration tests get it


def test_talks_to_the_server(panda_server):
    assert panda_server.urls
"""


def run_without_bash(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    """An integration test whose set-up fails at once: with no PATH there is no bash to install the server."""
    (tmp_path / "test_uses_server.py").write_text(USES_THE_SERVER)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCICLIENTS_INTEGRATION", "CI"))}
    env.update(PATH="", PYTHONPATH=str(ROOT))
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("ci", ["true", "1"])
def test_under_ci_a_failed_set_up_fails_the_run(tmp_path: Path, ci: str) -> None:
    done = run_without_bash(tmp_path, ci)
    assert done.returncode == 1, done.stdout
    assert "1 error" in done.stdout
    assert "needs Linux with bash" in done.stdout and "CI is set" in done.stdout


@pytest.mark.parametrize("ci", [None, "false"])
def test_elsewhere_a_failed_set_up_skips_with_the_reason(tmp_path: Path, ci: str | None) -> None:
    done = run_without_bash(tmp_path, ci)
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout and "needs Linux with bash" in done.stdout
