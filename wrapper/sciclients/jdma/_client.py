"""`Jdma` and `AsyncJdma`: one attribute per tag of the JDMA API, each method one server operation."""

from __future__ import annotations

import os
from typing import Any, Generic, Literal, TypeVar

import httpx

from sciclients._core import (
    DEFAULT_TIMEOUT,
    AsyncHTTP,
    AsyncMode,
    HTTPOptions,
    SyncHTTP,
    SyncMode,
    coerce_timeout,
    setup_logging,
)
from sciclients._core._client import ASYNC_TRANSPORT_DOC, AsyncClient, SyncClient

from ._config import JdmaConfig
from ._errors import error_class_for_status, error_message
from ._resources import (
    ArchiveResource,
    BatchResource,
    FileResource,
    RequestResource,
    StorageResource,
    UserResource,
)

__all__ = ["Jdma", "AsyncJdma"]

M = TypeVar("M", SyncMode, AsyncMode)

_RESOURCE_CLASSES: dict[str, type[Any]] = {
    "user": UserResource,
    "storage": StorageResource,
    "requests": RequestResource,
    "batches": BatchResource,
    "files": FileResource,
    "archives": ArchiveResource,
}


class _Resources(Generic[M]):
    """The resource attributes, shared by both clients (typed by mode)."""

    user: UserResource[M]
    storage: StorageResource[M]
    requests: RequestResource[M]
    batches: BatchResource[M]
    files: FileResource[M]
    archives: ArchiveResource[M]
    config: JdmaConfig

    def _attach(self, runner: Any) -> None:
        for name, cls in _RESOURCE_CLASSES.items():
            setattr(self, name, cls(runner, self.config))

    @property
    def user_name(self) -> str | None:
        """The user name sent as `name` with every call (None: not configured)."""
        return self.config.user


def _options(
    config: JdmaConfig, timeout: float | httpx.Timeout | None, max_retries: int, transport: Any
) -> HTTPOptions:
    return HTTPOptions(
        base_url=config.base_url,
        headers={"Accept": "application/json"},
        verify=config.verify,
        timeout=DEFAULT_TIMEOUT if timeout is None else coerce_timeout(timeout),
        max_retries=max_retries,
        error_message=error_message,
        error_class=error_class_for_status,
        transport=transport,
        # Paths are built with their trailing slashes; a redirect would mean a wrong path (and lose a PUT body).
        follow_redirects=False,
    )


_DOC_ARGS = """
    Arguments:
        base_url: the API root; default `JDMA_API_URL`, else https://jdma3.ceda.ac.uk/jdma_control/api/v1.
        user: the caller's JASMIN user name, sent as `name` (JDMA trusts it; there is no HTTP login);
            default `JDMA_USER`, else `USER`. Needed by every call but `storage.list()`.
        verify: verify the server's TLS certificate; default True unless JDMA_VERIFY=0.
        ca_file: an extra CA bundle to trust (system CAs stay trusted).
        timeout: seconds or an httpx.Timeout; default 60 s read, 10 s connect.
        max_retries: retries of idempotent calls (GET, PUT) on connection errors and 429/502/503/504 (default 2).
            Submissions (POST) are never repeated once they may have reached the server.
        allow_insecure_http: allow plain http to a non-loopback host (storage credentials travel in bodies);
            default SCICLIENTS_ALLOW_INSECURE_HTTP (1/0), else False.

    Resources: `user`, `storage`, `requests` (list, get, upload, download, delete_batch), `batches`, `files`,
    `archives`. Results are the generated models (`sciclients.jdma.models`); failures raise sciclients.errors
    classes carrying the server's `error` text.
"""


class Jdma(_Resources[SyncMode], SyncClient[JdmaConfig]):
    __doc__ = "Blocking JDMA client.\n" + _DOC_ARGS

    def __init__(
        self,
        *,
        base_url: str | None = None,
        user: str | None = None,
        verify: bool | None = None,
        ca_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        setup_logging()
        config = JdmaConfig.resolve(base_url=base_url, user=user, verify=verify, ca_file=ca_file,
                                    allow_insecure_http=allow_insecure_http)  # fmt: skip
        self._bind(config, SyncHTTP(_options(config, timeout, max_retries, transport)))

    def with_options(
        self, *, user: str | None = None, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> Jdma:  # fmt: skip
        """The same client acting as another user, or with another timeout or retry count; shares the pool."""
        view = super().with_options(timeout=timeout, max_retries=max_retries, total_timeout=total_timeout)
        if user is not None:
            view._bind(self.config.with_user(user), view._http)
        return view

    def __repr__(self) -> str:
        return f"Jdma(base_url={self.config.base_url!r}, user={self.config.user!r})"


class AsyncJdma(_Resources[AsyncMode], AsyncClient[JdmaConfig]):
    __doc__ = "asyncio JDMA client.\n" + _DOC_ARGS + ASYNC_TRANSPORT_DOC

    def __init__(
        self,
        *,
        base_url: str | None = None,
        user: str | None = None,
        verify: bool | None = None,
        ca_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
    ) -> None:
        setup_logging()
        config = JdmaConfig.resolve(base_url=base_url, user=user, verify=verify, ca_file=ca_file,
                                    allow_insecure_http=allow_insecure_http)  # fmt: skip
        self._bind(config, AsyncHTTP(_options(config, timeout, max_retries, transport)))

    def with_options(
        self, *, user: str | None = None, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> AsyncJdma:  # fmt: skip
        """The same client acting as another user, or with another timeout or retry count; shares the pool."""
        view = super().with_options(timeout=timeout, max_retries=max_retries, total_timeout=total_timeout)
        if user is not None:
            view._bind(self.config.with_user(user), view._http)
        return view

    def __repr__(self) -> str:
        return f"AsyncJdma(base_url={self.config.base_url!r}, user={self.config.user!r})"
