"""What the Agave jobs service does that its status codes do not say (issue 18), read from its source and
reproduced by the fake: suffix ranges served from the start, a list sorted by lastUpdated, a live job's
missing output answered 500, archived outputs streamed without an existence check."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from sciclients import errors
from sciclients.agave import Agave, AsyncAgave, IncompleteDownloadError

from tests.support.agave_fake import FakeAgave

from .conftest import USER_TOKEN

TEXT = b"0123456789abcdefghij"


@pytest.fixture()
def job_id(fake: FakeAgave) -> str:
    job = fake.add_job()
    fake.files[job["id"]] = {"out.txt": TEXT}
    return str(job["id"])


# -- 11. suffix ranges -----------------------------------------------------------------------------------------------
def test_the_server_answers_a_suffix_range_with_the_first_bytes(fake: FakeAgave, job_id: str) -> None:
    with httpx.Client() as raw:
        answer = raw.get(f"{fake.url}/jobs/v2/{job_id}/outputs/media/out.txt",
                         headers={"Authorization": f"Bearer {USER_TOKEN}", "Range": "bytes=-5"})  # fmt: skip
    assert answer.status_code == 206 and answer.content == b"01234"  # not the last five bytes


@pytest.mark.parametrize(("suffix", "count"), [("bytes=-5", 5), ("bytes=-1", 1)])
def test_a_suffix_range_is_refused_before_any_request(agave: Agave, fake: FakeAgave, job_id: str, suffix: str,
                                                      count: int) -> None:  # fmt: skip
    with pytest.raises(ValueError, match=rf"range: the suffix range '{suffix}' .* first {count} bytes"):
        agave.jobs.download_output(job_id, "out.txt", io.BytesIO(), range=suffix)
    with pytest.raises(ValueError, match="range: the suffix range"):
        agave.jobs.downloadOutput(jobId=job_id, filePath="out.txt", destination=io.BytesIO(), range=suffix)
    assert fake.requests == []
    out = io.BytesIO()  # what the message advises: the start computed from the length
    assert agave.jobs.download_output(job_id, "out.txt", out, range=f"bytes={len(TEXT) - 5}-") == 5
    assert out.getvalue() == b"fghij"


@pytest.mark.anyio
async def test_async_suffix_range_refused(aagave: AsyncAgave, fake: FakeAgave, job_id: str) -> None:
    with pytest.raises(ValueError, match="range: the suffix range"):
        await aagave.jobs.download_output(job_id, "out.txt", io.BytesIO(), range="bytes=-5")
    assert fake.requests == []


# -- 12. paging over jobs that change --------------------------------------------------------------------------------
def test_offset_paging_in_the_default_order_repeats_or_skips_changing_jobs(fake: FakeAgave) -> None:
    """The hazard, on the fake: pages in lastUpdated order while jobs progress."""
    ids = {fake.add_job(name=f"job{i}")["id"] for i in range(6)}
    fake.progress_while_listing = True
    seen: list[str] = []
    with httpx.Client() as raw:
        for offset in (0, 2, 4):
            page = raw.get(f"{fake.url}/jobs/v2/?limit=2&offset={offset}",
                           headers={"Authorization": f"Bearer {USER_TOKEN}"}).json()["result"]  # fmt: skip
            seen += [job["id"] for job in page]
    assert len(set(seen)) < len(ids)


def test_iter_list_pages_in_creation_order_and_sees_every_job_once(agave: Agave, fake: FakeAgave) -> None:
    ids = [fake.add_job(name=f"job{i}")["id"] for i in range(7)]
    fake.progress_while_listing = True
    assert [job.id for job in agave.jobs.iter_list(page_size=2)] == ids
    assert {(r.query["orderBy"][0], r.query["order"][0]) for r in fake.requests} == {("created", "ASC")}
    assert [job.id for job in agave.jobs.iter_search(status="FINISHED", page_size=3)] == ids
    # An explicit order is the caller's: kept as given.
    list(agave.jobs.iter_list(page_size=50, order_by="name", order="DESC"))
    assert (fake.requests[-1].query["orderBy"], fake.requests[-1].query["order"]) == (["name"], ["DESC"])


@pytest.mark.anyio
async def test_async_iter_list_pages_in_creation_order(aagave: AsyncAgave, fake: FakeAgave) -> None:
    ids = [fake.add_job(name=f"job{i}")["id"] for i in range(5)]
    fake.progress_while_listing = True
    assert [job.id async for job in aagave.jobs.iter_list(page_size=2)] == ids
    assert fake.requests[0].query["orderBy"] == ["created"]


# -- 13. missing outputs ---------------------------------------------------------------------------------------------
def test_a_live_jobs_missing_output_is_not_found(agave: Agave, fake: FakeAgave, tmp_path: Path) -> None:
    job = fake.add_job(status="RUNNING")
    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / "out.txt"
    with pytest.raises(errors.NotFoundError) as caught:
        agave.jobs.download_output(job["id"], "out.txt", target)
    assert caught.value.status_code == 500
    assert caught.value.server_message == "Unable to locate job data. Work folder no longer exists."
    with pytest.raises(errors.NotFoundError, match="Unable to locate job data"):
        agave.jobs.downloadOutput(jobId=job["id"], filePath="out.txt", destination=target)
    assert not list(folder.iterdir())


def test_a_download_that_ends_short_raises_and_leaves_no_file(
    agave: Agave, fake: FakeAgave, job_id: str, tmp_path: Path
) -> None:
    fake.short_bodies["out.txt"] = 7  # the archive stops serving after 7 bytes; the 206 announced 15
    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / "part.txt"
    with pytest.raises(IncompleteDownloadError) as caught:
        agave.jobs.download_output(job_id, "out.txt", target, range="bytes=5-")
    assert (caught.value.expected, caught.value.received) == (15, 7)
    assert isinstance(caught.value, errors.APIConnectionError) and "7 of the 15 bytes" in caught.value.message
    assert not list(folder.iterdir())  # neither the file nor its .part
    with pytest.raises(IncompleteDownloadError):
        agave.jobs.downloadOutput(jobId=job_id, filePath="out.txt", destination=io.BytesIO(), range="bytes=0-9")
    del fake.short_bodies["out.txt"]
    assert agave.jobs.download_output(job_id, "out.txt", target, range="bytes=5-") == 15


@pytest.mark.anyio
async def test_async_short_download_raises(aagave: AsyncAgave, fake: FakeAgave, job_id: str) -> None:
    fake.short_bodies["out.txt"] = 3
    with pytest.raises(IncompleteDownloadError):
        await aagave.jobs.download_output(job_id, "out.txt", io.BytesIO(), range="bytes=0-9")


# -- 14. listing entries and history ---------------------------------------------------------------------------------
def test_listing_paths_are_relative_and_permissions_read_or_read_write(
    agave: Agave, fake: FakeAgave, job_id: str
) -> None:
    fake.files[job_id]["logs/run.log"] = b"log"
    entries = {entry.name: entry for entry in agave.jobs.iter_outputs(job_id)}
    assert entries["out.txt"].path == "out.txt" and entries["logs"].path == "logs"
    assert {entry.permission for entry in entries.values()} <= {"READ", "READ_WRITE"}
    (inner,) = agave.jobs.iter_outputs(job_id, "logs")
    assert inner.path == "logs/run.log"
    assert agave.jobs.download_output(job_id, inner.path, io.BytesIO()) == 3  # a listed path downloads as is


def test_a_history_event_without_description_decodes(agave: Agave, fake: FakeAgave, job_id: str) -> None:
    fake.history[job_id].append({"status": "PERMISSION_GRANT", "created": "2019-02-12T10:20:00.000-06:00",
                                 "createdBy": "jdoe", "description": None})  # fmt: skip
    events = list(agave.jobs.iter_history(job_id))
    assert events[-1].status == "PERMISSION_GRANT" and events[-1].description is None
