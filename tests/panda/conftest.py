"""Fixtures for the typed PanDA client: a loopback PanDA-like server and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sciclients.panda import AsyncPanda, Panda

from tests.support.panda_fake import FakePanda

USER_TOKEN = "good-token"


@pytest.fixture()
def fake() -> Iterator[FakePanda]:
    server = FakePanda(tokens={USER_TOKEN}).start()
    yield server
    server.stop()


@pytest.fixture()
def panda(fake: FakePanda) -> Iterator[Panda]:
    """An ordinary user (OIDC token, VO atlas)."""
    with Panda(base_url=fake.url, token=USER_TOKEN, vo="atlas", max_retries=0) as client:
        yield client


@pytest.fixture()
def prod_panda(fake: FakePanda) -> Iterator[Panda]:
    """A user with the production role (Origin atlas:production)."""
    with Panda(base_url=fake.url, token=USER_TOKEN, vo="atlas:production", max_retries=0) as client:
        yield client


@pytest.fixture()
async def apanda(fake: FakePanda) -> AsyncIterator[AsyncPanda]:
    async with AsyncPanda(base_url=fake.url, token=USER_TOKEN, vo="atlas:production", max_retries=0) as client:
        yield client
