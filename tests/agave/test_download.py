"""`download_output`: raw bytes streamed to a path or a stream, ranges, failures before any byte is written."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sciclients import errors
from sciclients.agave import Agave, AsyncAgave

from tests.support.agave_fake import FakeAgave

BINARY = bytes(range(256)) * 64  # not JSON, not UTF-8


class ChunkRecorder(io.RawIOBase):
    """A writable binary stream that remembers the size of every write."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        self.sizes.append(len(chunk))
        self.data += chunk
        return len(chunk)


@pytest.fixture()
def job_id(fake: FakeAgave) -> str:
    job = fake.add_job()
    fake.files[job["id"]] = {"bin/data.bin": BINARY, "wc_out.txt": b"Lorem ipsum dolor sit amet\n",
                             "big.dat": os.urandom(3 * 1024 * 1024 + 17)}  # fmt: skip
    return str(job["id"])


def test_binary_file_to_a_path(agave: Agave, fake: FakeAgave, job_id: str, tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    assert agave.jobs.download_output(job_id, "bin/data.bin", target) == len(BINARY)
    assert target.read_bytes() == BINARY
    rec = fake.requests[-1]
    assert (rec.method, rec.raw_path, rec.query) == ("GET", f"/jobs/v2/{job_id}/outputs/media/bin/data.bin", {})
    assert "range" not in rec.headers and not list(tmp_path.glob("*.part"))


def test_a_large_file_is_streamed_in_chunks_not_held_whole(agave: Agave, fake: FakeAgave, job_id: str) -> None:
    sink = ChunkRecorder()
    size = len(fake.files[job_id]["big.dat"])
    assert agave.jobs.download_output(job_id, "big.dat", sink) == size
    assert bytes(sink.data) == fake.files[job_id]["big.dat"]
    assert len(sink.sizes) > 10 and max(sink.sizes) <= 1024 * 1024  # written as it arrived


def test_a_byte_range(agave: Agave, fake: FakeAgave, job_id: str) -> None:
    out = io.BytesIO()
    assert agave.jobs.download_output(job_id, "wc_out.txt", out, range="bytes=6-10") == 5
    assert out.getvalue() == b"ipsum" and fake.requests[-1].headers["range"] == "bytes=6-10"


@pytest.mark.parametrize(
    ("path", "range_", "error_class", "status", "words"),
    [
        ("missing.txt", None, errors.NotFoundError, 500, "File/folder does not exist"),
        ("wc_out.txt", "bytes=9999-", errors.APIStatusError, 416, "Specified Range lower bound outside bounds of file"),
    ],
)  # fmt: skip
def test_failures_raise_and_leave_no_file(
    agave: Agave, job_id: str, tmp_path: Path, path: str, range_: str | None, error_class: type, status: int,
    words: str,
) -> None:  # fmt: skip
    (tmp_path / "dl").mkdir()
    with pytest.raises(error_class) as caught:
        agave.jobs.download_output(job_id, path, tmp_path / "dl" / "out", range=range_)
    assert caught.value.status_code == status and caught.value.server_message == words
    assert list((tmp_path / "dl").iterdir()) == []


def test_a_missing_job_and_a_missing_permission(agave: Agave, fake: FakeAgave, job_id: str) -> None:
    with pytest.raises(errors.BadRequestError, match="Invalid job id"):
        agave.jobs.download_output("no-such-job", "x", io.BytesIO())
    fake.unreadable.add(job_id)
    with pytest.raises(errors.PermissionDeniedError) as caught:
        agave.jobs.download_output(job_id, "wc_out.txt", io.BytesIO())
    assert caught.value.status_code == 401


def test_a_download_refreshes_an_expired_token(fake: FakeAgave, job_id: str) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe"}
    out = io.BytesIO()
    with Agave(base_url=fake.url, token="stale", refresh_token="r3fresh", api_key=fake.api_key,
               api_secret=fake.api_secret, max_retries=0) as client:  # fmt: skip
        client.jobs.download_output(job_id, "wc_out.txt", out)
    assert out.getvalue() == b"Lorem ipsum dolor sit amet\n" and len(fake.token_requests) == 1


def test_a_download_is_retried_after_503_before_any_byte(fake: FakeAgave, job_id: str) -> None:
    path = f"/jobs/v2/{job_id}/outputs/media/wc_out.txt"
    fake.faults[path] = [(503, "busy", {"Retry-After": "0"})]
    out = io.BytesIO()
    with Agave(base_url=fake.url, token="good-token", max_retries=1) as client:
        client.jobs.download_output(job_id, "wc_out.txt", out)
    assert out.getvalue().startswith(b"Lorem") and len(fake.requests) == 2


def test_bad_download_arguments_fail_before_any_request(agave: Agave, fake: FakeAgave, tmp_path: Path) -> None:
    cases = [
        (lambda: agave.jobs.download_output("j1", "", io.BytesIO()), ValueError, "file_path must name a file"),
        (lambda: agave.jobs.download_output("j1", "a", tmp_path / "no" / "dir"), ValueError, "does not exist"),
        (lambda: agave.jobs.download_output("j1", "a", tmp_path), ValueError, "is a directory"),
        (lambda: agave.jobs.download_output("j1", "a", 42), TypeError, "writable binary stream"),
        (lambda: agave.jobs.download_output("j1", "a", io.BytesIO(), range="0-10"), ValueError, "one byte range"),
        (lambda: agave.jobs.download_output("j1", "a", io.BytesIO(), range="bytes=9-2"), ValueError, "below"),
        (lambda: agave.jobs.downloadOutput(jobId="", filePath="a", destination=io.BytesIO()), ValueError, "job_id"),
    ]
    for call, exception, words in cases:
        with pytest.raises(exception, match=words):
            call()  # type: ignore[no-untyped-call]
    assert fake.requests == []


@pytest.mark.anyio
async def test_async_download(aagave: AsyncAgave, fake: FakeAgave, job_id: str, tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    assert await aagave.jobs.download_output(job_id, "bin/data.bin", target) == len(BINARY)
    assert target.read_bytes() == BINARY
    sink = ChunkRecorder()
    assert await aagave.jobs.downloadOutput(jobId=job_id, filePath="big.dat", destination=sink) > 3 * 1024 * 1024
    assert len(sink.sizes) > 10
    with pytest.raises(errors.NotFoundError, match="File/folder does not exist"):
        await aagave.jobs.download_output(job_id, "nope", tmp_path / "nope")
    assert not (tmp_path / "nope").exists() and not (tmp_path / "nope.part").exists()
