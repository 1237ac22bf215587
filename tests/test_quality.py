"""Static checks that CI enforces: the hand-written code is lint-clean and fully typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_ruff_lint_and_format() -> None:
    checked = run("ruff", "check", "wrapper", "scripts", "tests", "examples", "benchmarks")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    formatted = run("ruff", "format", "--check", "wrapper", "scripts", "examples", "benchmarks")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_mypy_strict_on_the_package_and_the_examples() -> None:
    done = run("mypy", "--strict", "wrapper/sciclients", "examples")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
