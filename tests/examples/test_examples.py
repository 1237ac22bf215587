"""Every script in examples/ runs against a Prism mock of its system, started by scripts/mock.py.

Prism answers with the examples written in the specs, so the output is known in advance.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]

# example -> (system, arguments, lines its output must hold, taken from the specs' examples)
EXAMPLES: dict[str, tuple[str, list[str], list[str]]] = {
    "panda_typed.py": (
        "panda",
        ["123"],
        [
            "'status': 'running'",
            "'task_name': 'user.jdoe.mytest.20260118/'",
            "CommandResult(code=0, message='command=finish is registered for task ID 123. "
            "will be executed in a few minutes')",
        ],
    ),
    "jdma_batches.py": (
        "jdma",
        ["gws1"],
        [
            "user alice <alice@example.ac.uk>",
            "batch 7: run1 ON_STORAGE on elastictape",
            "batch 8: - ON_DISK on objectstore",
            "request 3: PUT of batch 7",
        ],
    ),
    "agave_jobs.py": (
        "agave",
        [],
        [
            "2218546004213698070-242ac11b-0001-007  wc-demo  RUNNING",
            "status of 2218546004213698070-242ac11b-0001-007: RUNNING",
            "  output wc_out.txt (52311 bytes)",
        ],
    ),
    "poms_campaigns.py": (
        "poms",
        ["samdev"],
        ["1 campaign(s) in samdev as analysis", "campaign 890: fake demo v1.0  w/chars (active)", "  id by name: 890"],
    ),
}


def test_every_example_is_covered() -> None:
    assert sorted(path.name for path in (ROOT / "examples").glob("*.py")) == sorted(EXAMPLES)


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_example_runs_against_its_mock(example: str) -> None:
    system, args, expected = EXAMPLES[example]
    command = [sys.executable, "scripts/mock.py", system, "--", sys.executable, f"examples/{example}", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for line in expected:
        assert line in lines or any(line in got for got in lines), (line, done.stdout)
    assert done.stderr == ""


def test_mock_prints_the_environment_and_stops_on_sigterm() -> None:
    """`scripts/mock.py jdma` without a command: `export` lines for the clients, then it serves until stopped."""
    import signal

    import httpx

    proc = subprocess.Popen(
        [sys.executable, "scripts/mock.py", "jdma"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        exports = [proc.stdout.readline().strip() for _ in range(2)]
        assert exports[0].startswith("export JDMA_API_URL=http://127.0.0.1:")
        assert exports[1] == "export JDMA_USER=mockuser"
        url = exports[0].split("=", 1)[1]
        answer = httpx.get(f"{url}/list_backends/", timeout=10)
        assert answer.status_code == 200 and "elastictape" in answer.json()
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
    assert code == 0
