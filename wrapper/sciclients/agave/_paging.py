"""Paging through Agave's collections with limit/offset, until the end, for both clients.

The server sends no total and no next link (reference §5): a collection ends with a page shorter than the
limit asked for. Two routes bend that rule: the permission list prepends the owner to every page (paging
covers the shared entries only), and output listings drop `.` and `..` after paging, so their pages can be
up to two entries short although more follow. A limit above the deployment's maximum is silently clamped,
so a short page only ends a collection for limits up to 100, the maximum every deployment allows. The job
list is paged in `created` order (see `stable_order`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sciclients._core import Call, NotGiven, check_int

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import Permission

__all__ = [
    "SAFE_LIMIT",
    "Step",
    "plain",
    "PermissionPages",
    "outputs",
    "check_page",
    "stable_order",
    "iterate",
    "aiterate",
]

T = TypeVar("T")
SAFE_LIMIT = 100
_SKIPPED_PER_PAGE = 2  # `.` and `..`


class Step(Protocol[T]):
    """What to yield from a page fetched at `offset` with `limit`, and the next offset (None: the end)."""

    def __call__(self, page: list[T], limit: int, offset: int) -> tuple[list[T], int | None]: ...


def _ended(count: int, limit: int) -> bool:
    return count == 0 or (count < limit and limit <= SAFE_LIMIT)


def plain(page: list[Any], limit: int, offset: int) -> tuple[list[Any], int | None]:
    return page, None if _ended(len(page), limit) else offset + len(page)


class PermissionPages:
    """The owner comes first on every page: yield it once, page over the shared entries."""

    def __init__(self) -> None:
        self._owner: str | None = None
        self._first = True

    def __call__(self, page: list[Permission], limit: int, offset: int) -> tuple[list[Permission], int | None]:
        items = page
        if page and self._first:
            self._owner = str(page[0].username)
            shared = page[1:]
        elif page and str(page[0].username) == self._owner:
            items = shared = page[1:]
        else:
            shared = page
        self._first = False
        return items, None if _ended(len(shared), limit) else offset + len(shared)


def outputs(page: list[Any], limit: int, offset: int) -> tuple[list[Any], int | None]:
    # Every slot of the page was used on the server, including the skipped `.`/`..`: advance by the limit.
    return page, None if len(page) < limit - _SKIPPED_PER_PAGE else offset + limit


def check_page(page_size: Any, offset: Any, *, minimum: int = 1, maximum: int | None = None) -> tuple[int, int]:
    return (check_int(page_size, "page_size", minimum=minimum, maximum=maximum),
            check_int(offset, "offset", minimum=0))  # fmt: skip


def stable_order(order: Any, order_by: Any) -> tuple[Any, Any]:
    """The job list's sort for paging through it. The server's default, `lastUpdated` descending, moves a job
    that changes while the pages are fetched to the front, so offset paging repeats or skips jobs; `created`
    never changes, and oldest first puts new jobs at the end. An explicit `order_by` is kept."""
    if isinstance(order_by, NotGiven):
        return ("ASC" if isinstance(order, NotGiven) else order), "created"
    return order, order_by


def iterate(
    run: Callable[[Call[list[T]]], list[T]], page: Callable[[int, int], Call[list[T]]], step: Step[T],
    limit: int, offset: int,
) -> Iterator[T]:  # fmt: skip
    next_offset: int | None = offset
    while next_offset is not None:
        items, next_offset = step(run(page(limit, next_offset)), limit, next_offset)
        yield from items


async def aiterate(
    run: Callable[[Call[list[T]]], Awaitable[list[T]]], page: Callable[[int, int], Call[list[T]]], step: Step[T],
    limit: int, offset: int,
) -> AsyncIterator[T]:  # fmt: skip
    next_offset: int | None = offset
    while next_offset is not None:
        items, next_offset = step(await run(page(limit, next_offset)), limit, next_offset)
        for item in items:
            yield item
