"""Iterators that page through Agave collections with limit/offset until the end, blocking and asyncio."""

from __future__ import annotations

import pytest
from sciclients.agave import Agave, AsyncAgave

from tests.support.agave_fake import OWNER, FakeAgave


def pages_asked(fake: FakeAgave) -> list[tuple[str, str]]:
    return [(r.query.get("limit", [""])[0], r.query.get("offset", [""])[0]) for r in fake.requests]


def test_iter_list_pages_until_a_short_page(agave: Agave, fake: FakeAgave) -> None:
    ids = [fake.add_job(name=f"job{i:02}")["id"] for i in range(7)]
    found = [job.id for job in agave.jobs.iter_list(page_size=3, order="ASC")]
    assert found == ids
    assert pages_asked(fake) == [("3", "0"), ("3", "3"), ("3", "6")]


def test_iter_list_asks_once_more_after_an_exactly_full_last_page(agave: Agave, fake: FakeAgave) -> None:
    for i in range(4):
        fake.add_job(name=f"job{i}")
    assert len(list(agave.jobs.iter_list(page_size=2))) == 4
    assert pages_asked(fake) == [("2", "0"), ("2", "2"), ("2", "4")]


def test_iter_list_is_not_fooled_by_a_server_that_clamps_the_limit(agave: Agave, fake: FakeAgave) -> None:
    fake.max_limit = 100  # an unconfigured deployment: 250 is silently served as 100
    for i in range(230):
        fake.add_job(name=f"job{i:03}")
    found = list(agave.jobs.iter_list(page_size=250))
    assert len(found) == 230 and len({job.id for job in found}) == 230
    assert pages_asked(fake) == [("250", "0"), ("250", "100"), ("250", "200"), ("250", "230")]


def test_iter_search_passes_the_terms_on_every_page(agave: Agave, fake: FakeAgave) -> None:
    for i in range(5):
        fake.add_job(name=f"job{i}", status="RUNNING" if i != 2 else "FAILED")
    found = list(agave.jobs.iter_search(status="RUNNING", page_size=2))
    assert len(found) == 4 and all(job.status == "RUNNING" for job in found)
    assert all(r.query["status"] == ["RUNNING"] for r in fake.requests) and len(fake.requests) == 3


def test_iter_history(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    for status in ("STAGING_INPUTS", "QUEUED", "RUNNING", "FINISHED"):
        fake.history[job_id].append({"status": status, "created": "2019-02-12T10:20:00.000-06:00",
                                     "createdBy": OWNER, "description": status.lower()})  # fmt: skip
    statuses = [e.status for e in agave.jobs.iter_history(job_id, page_size=2)]
    assert statuses == ["PENDING", "STAGING_INPUTS", "QUEUED", "RUNNING", "FINISHED"]
    assert {r.raw_path for r in fake.requests} == {f"/jobs/v2/{job_id}/history"}


def test_iter_permissions_yields_the_owner_once(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.users |= {f"user{i}" for i in range(5)}
    for i in range(5):
        fake.shares[job_id][f"user{i}"] = "READ"
    names = [p.username for p in agave.jobs.iter_permissions(job_id, page_size=2)]
    assert names == [OWNER, "user0", "user1", "user2", "user3", "user4"]
    assert pages_asked(fake) == [("2", "0"), ("2", "2"), ("2", "4")]


def test_iter_outputs_is_not_fooled_by_the_dropped_dot_entry(agave: Agave, fake: FakeAgave) -> None:
    job_id = fake.add_job()["id"]
    fake.files[job_id] = {f"out/f{i}.txt": b"x" for i in range(5)}
    names = [f.name for f in agave.jobs.iter_outputs(job_id, "out", page_size=3)]
    assert names == [f"f{i}.txt" for i in range(5)]  # the first page held `.` + 2 files
    assert pages_asked(fake) == [("3", "0"), ("3", "3"), ("3", "6")]


def test_iterator_arguments_are_checked_at_the_call(agave: Agave, fake: FakeAgave) -> None:
    with pytest.raises(ValueError, match="page_size must be >= 1"):
        agave.jobs.iter_list(page_size=0)
    with pytest.raises(ValueError, match="offset must be >= 0"):
        agave.jobs.iter_history("j1", offset=-1)
    with pytest.raises(ValueError, match="page_size must be <= 100"):
        agave.jobs.iter_outputs("j1", page_size=250)
    with pytest.raises(ValueError, match="page_size must be >= 3"):
        agave.jobs.iter_outputs("j1", page_size=2)
    with pytest.raises(ValueError, match="unknown search operator"):
        agave.jobs.iter_search(status__is="RUNNING")
    with pytest.raises(TypeError, match="job_id must be a str"):
        agave.jobs.iter_permissions(None)  # type: ignore[arg-type]
    assert fake.requests == []


@pytest.mark.anyio
async def test_async_iterators(aagave: AsyncAgave, fake: FakeAgave) -> None:
    job_id = fake.add_job(status="RUNNING")["id"]
    for i in range(4):
        fake.add_job(name=f"job{i}")
    fake.shares[job_id] = {"bob": "READ", "carol": "READ", "dave": "READ"}
    fake.files[job_id] = {f"f{i}": b"x" for i in range(4)}
    assert len([job async for job in aagave.jobs.iter_list(page_size=2)]) == 5
    assert [job.id async for job in aagave.jobs.iter_search(status="RUNNING", page_size=1)] == [job_id]
    assert [e.status async for e in aagave.jobs.iter_history(job_id)] == ["PENDING"]
    assert [p.username async for p in aagave.jobs.iter_permissions(job_id, page_size=2)] == [OWNER, "bob", "carol",
                                                                                              "dave"]  # fmt: skip
    assert [f.name async for f in aagave.jobs.iter_outputs(job_id, page_size=3)] == ["f0", "f1", "f2", "f3"]
    with pytest.raises(ValueError, match="page_size"):
        aagave.jobs.iter_list(page_size=-3)
