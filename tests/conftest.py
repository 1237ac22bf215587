"""Shared pytest configuration."""

from importlib import metadata

import pytest


def pytest_report_header() -> str:
    """The versions under test, at the top of every run (CI installs the newest httpx the package allows)."""
    return ", ".join(f"{name} {metadata.version(name)}" for name in ("httpx", "httpcore", "attrs", "typer"))


@pytest.fixture()
def anyio_backend() -> str:
    """Async tests (marked `anyio`) run on asyncio."""
    return "asyncio"
