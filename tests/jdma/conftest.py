"""Fixtures for the typed JDMA client: a loopback JDMA-like server and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sciclients.jdma import AsyncJdma, Jdma

from tests.support.jdma_fake import FakeJdma


@pytest.fixture()
def fake() -> Iterator[FakeJdma]:
    server = FakeJdma().start()
    yield server
    server.stop()


@pytest.fixture()
def jdma(fake: FakeJdma) -> Iterator[Jdma]:
    """alice: a member of gws1, owner of batches 7 and 8."""
    with Jdma(base_url=fake.url, user="alice", max_retries=0) as client:
        yield client


@pytest.fixture()
async def ajdma(fake: FakeJdma) -> AsyncIterator[AsyncJdma]:
    async with AsyncJdma(base_url=fake.url, user="alice", max_retries=0) as client:
        yield client
