"""`Agave(...).jobs` and `AsyncAgave(...).jobs`: the operations, plus what differs by mode.

Iterators that page through a collection to its end (`iter_list`, `iter_search`, `iter_history`,
`iter_permissions`, `iter_outputs`), and the streaming download (`download_output`, agavepy's
`downloadOutput`, which without a destination returns the bytes). Arguments are checked when the method is
called, before any request.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode
from sciclients._core._download import streamed

from . import _calls, _paging, _search
from ._agavepy import AgavepyJobs
from ._calls import Order, check_job_id
from ._download import Destination, check_destination, complete_only
from ._search import SearchValue

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import JobHistory, JobSummary, Permission, RemoteFile

__all__ = ["Jobs", "AsyncJobs"]

_PAGE = _paging.SAFE_LIMIT
_OUTPUT_PAGE_MIN = 3  # a page must hold more than the `.`/`..` the server may drop from it


T = TypeVar("T")
PageCall = Callable[[int, int], Call[list[T]]]


def _prepared(page: PageCall[T], limit: int, offset: int) -> PageCall[T]:
    page(limit, offset)  # build the first request now: bad arguments fail at the call, not at the first next()
    return page


def _jobs_page(
    terms: Mapping[str, str] | None, order: Order | NotGiven, order_by: str | NotGiven
) -> PageCall[JobSummary]:
    the_order, the_order_by = _paging.stable_order(order, order_by)
    return lambda limit, offset: _calls.jobs(limit, offset, terms, the_order, the_order_by)


def _history_page(job_id: str, search: Mapping[str, SearchValue] | None, order: Order | NotGiven,
                  order_by: str | NotGiven) -> PageCall[JobHistory]:  # fmt: skip
    return lambda limit, offset: _calls.history(job_id, limit, offset, search, order, order_by)


def _permissions_page(job_id: str) -> PageCall[Permission]:
    return lambda limit, offset: _calls.permissions(job_id, limit, offset)


def _outputs_page(job_id: str, file_path: str | None) -> PageCall[RemoteFile]:
    return lambda limit, offset: _calls.outputs(job_id, file_path, limit, offset)


class Jobs(AgavepyJobs[SyncMode]):
    """The jobs service on the blocking client."""

    def _run(self, call: Call[Any]) -> Any:
        return self._runner.run(call)

    def iter_list(
        self,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
    ) -> Iterator[JobSummary]:
        """Every job of `list` (same filters), page after page."""
        limit, start = _paging.check_page(page_size, offset)
        terms = _search.from_mapping(search) if search is not None else None
        page = _prepared(_jobs_page(terms, order, order_by), limit, start)
        return _paging.iterate(self._run, page, _paging.plain, limit, start)

    def iter_search(
        self,
        attribute: str | NotGiven = NOT_GIVEN,
        value: SearchValue | NotGiven = NOT_GIVEN,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        **filters: SearchValue,
    ) -> Iterator[JobSummary]:
        """Every job `search` matches (same terms), page after page."""
        limit, start = _paging.check_page(page_size, offset)
        terms = _calls.search_terms(attribute, value, filters)
        page = _prepared(_jobs_page(terms, order, order_by), limit, start)
        return _paging.iterate(self._run, page, _paging.plain, limit, start)

    def iter_history(
        self,
        job_id: str,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
    ) -> Iterator[JobHistory]:
        """Every event of the job, oldest first."""
        limit, start = _paging.check_page(page_size, offset)
        page = _prepared(_history_page(check_job_id(job_id), search, order, order_by), limit, start)
        return _paging.iterate(self._run, page, _paging.plain, limit, start)

    def iter_permissions(self, job_id: str, *, page_size: int = _PAGE, offset: int = 0) -> Iterator[Permission]:
        """The owner, then every user the job is shared with."""
        limit, start = _paging.check_page(page_size, offset)
        page = _prepared(_permissions_page(check_job_id(job_id)), limit, start)
        return _paging.iterate(self._run, page, _paging.PermissionPages(), limit, start)

    def iter_outputs(
        self, job_id: str, file_path: str | None = "", *, page_size: int = _PAGE, offset: int = 0
    ) -> Iterator[RemoteFile]:
        """Every entry of a directory of the job's output (page_size 3 to 100)."""
        limit, start = _paging.check_page(page_size, offset, minimum=_OUTPUT_PAGE_MIN, maximum=_PAGE)
        page = _prepared(_outputs_page(check_job_id(job_id), file_path), limit, start)
        return _paging.iterate(self._run, page, _paging.outputs, limit, start)

    def download_output(
        self, job_id: str, file_path: str, destination: Destination, *, range: str | None = None
    ) -> int:
        """Stream one output file to a path or a writable binary stream; returns the number of bytes written.

        `range` asks for one byte range (`"bytes=0-1023"`, answered 206). Failures (missing job or file,
        no permission, storage down) raise before anything is written; a path is only created when complete.
        """
        call = _calls.media(check_job_id(job_id), file_path, range)
        sink = check_destination(destination)
        written: int = self._runner.run(complete_only(streamed(call, sink)))
        return written

    def downloadOutput(  # agavepy's name
        self, *, jobId: str, filePath: str, destination: Destination | None = None, range: str | None = None
    ) -> Any:
        """agavepy `jobs.downloadOutput` (agavepy 0.9.5 JSON-decodes the bytes and fails): the file's bytes, or
        with a `destination` (path or writable binary stream) the file streamed there and the bytes written."""
        call = _calls.media(check_job_id(jobId), filePath, range)
        if destination is None:
            held = io.BytesIO()
            self._runner.run(complete_only(streamed(call, held)))
            return held.getvalue()
        written: int = self._runner.run(complete_only(streamed(call, check_destination(destination))))
        return written


class AsyncJobs(AgavepyJobs[AsyncMode]):
    """The jobs service on the asyncio client."""

    def _run(self, call: Call[Any]) -> Any:
        return self._runner.run(call)

    def iter_list(
        self,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[JobSummary]:
        """Every job of `list` (same filters), page after page: `async for job in agave.jobs.iter_list()`."""
        limit, start = _paging.check_page(page_size, offset)
        terms = _search.from_mapping(search) if search is not None else None
        page = _prepared(_jobs_page(terms, order, order_by), limit, start)
        return _paging.aiterate(self._run, page, _paging.plain, limit, start)

    def iter_search(
        self,
        attribute: str | NotGiven = NOT_GIVEN,
        value: SearchValue | NotGiven = NOT_GIVEN,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        **filters: SearchValue,
    ) -> AsyncIterator[JobSummary]:
        """Every job `search` matches (same terms), page after page."""
        limit, start = _paging.check_page(page_size, offset)
        terms = _calls.search_terms(attribute, value, filters)
        page = _prepared(_jobs_page(terms, order, order_by), limit, start)
        return _paging.aiterate(self._run, page, _paging.plain, limit, start)

    def iter_history(
        self,
        job_id: str,
        *,
        page_size: int = _PAGE,
        offset: int = 0,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[JobHistory]:
        """Every event of the job, oldest first."""
        limit, start = _paging.check_page(page_size, offset)
        page = _prepared(_history_page(check_job_id(job_id), search, order, order_by), limit, start)
        return _paging.aiterate(self._run, page, _paging.plain, limit, start)

    def iter_permissions(self, job_id: str, *, page_size: int = _PAGE, offset: int = 0) -> AsyncIterator[Permission]:
        """The owner, then every user the job is shared with."""
        limit, start = _paging.check_page(page_size, offset)
        page = _prepared(_permissions_page(check_job_id(job_id)), limit, start)
        return _paging.aiterate(self._run, page, _paging.PermissionPages(), limit, start)

    def iter_outputs(
        self, job_id: str, file_path: str | None = "", *, page_size: int = _PAGE, offset: int = 0
    ) -> AsyncIterator[RemoteFile]:
        """Every entry of a directory of the job's output (page_size 3 to 100)."""
        limit, start = _paging.check_page(page_size, offset, minimum=_OUTPUT_PAGE_MIN, maximum=_PAGE)
        page = _prepared(_outputs_page(check_job_id(job_id), file_path), limit, start)
        return _paging.aiterate(self._run, page, _paging.outputs, limit, start)

    async def download_output(
        self, job_id: str, file_path: str, destination: Destination, *, range: str | None = None
    ) -> int:
        """Stream one output file to a path or a writable binary stream; returns the number of bytes written."""
        call = _calls.media(check_job_id(job_id), file_path, range)
        sink = check_destination(destination)
        result: int = await self._runner.run(complete_only(streamed(call, sink)))
        return result

    async def downloadOutput(  # agavepy's name
        self, *, jobId: str, filePath: str, destination: Destination | None = None, range: str | None = None
    ) -> Any:
        """agavepy `jobs.downloadOutput`: the file's bytes, or with a `destination` the bytes written there."""
        call = _calls.media(check_job_id(jobId), filePath, range)
        if destination is None:
            held = io.BytesIO()
            await self._runner.run(complete_only(streamed(call, held)))
            return held.getvalue()
        written: int = await self._runner.run(complete_only(streamed(call, check_destination(destination))))
        return written
