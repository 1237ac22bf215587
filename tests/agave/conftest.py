"""Fixtures for the Agave clients: a loopback Agave-like server, clients pointed at it, a clean environment."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sciclients.agave import Agave, AsyncAgave

from tests.support.agave_fake import FakeAgave

USER_TOKEN = "good-token"
ENV_NAMES = ("AGAVE_CACHE_DIR", "TAPIS_CACHE_DIR", "TAPIS_BASE_URL", "TAPIS_TOKEN", "TAPIS_REFRESH_TOKEN",
             "TAPIS_API_KEY", "TAPIS_API_SECRET", "TAPIS_TENANT_ID")  # fmt: skip


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the developer's ~/.agave or TAPIS_* settings: HOME and the cache dir point to tmp."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture()
def fake() -> Iterator[FakeAgave]:
    server = FakeAgave().start()
    yield server
    server.stop()


@pytest.fixture()
def agave(fake: FakeAgave) -> Iterator[Agave]:
    with Agave(base_url=fake.url, token=USER_TOKEN, max_retries=0) as client:
        yield client


@pytest.fixture()
async def aagave(fake: FakeAgave) -> AsyncIterator[AsyncAgave]:
    async with AsyncAgave(base_url=fake.url, token=USER_TOKEN, max_retries=0) as client:
        yield client
