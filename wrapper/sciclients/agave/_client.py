"""`Agave` and `AsyncAgave`: the Agave v2 Jobs service as `client.jobs`, on the shared core."""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any, Literal

import httpx

from sciclients._core import (
    DEFAULT_TIMEOUT,
    AsyncHTTP,
    AsyncRunner,
    HTTPOptions,
    SyncHTTP,
    SyncRunner,
    coerce_timeout,
    setup_logging,
)
from sciclients._core._client import ASYNC_TRANSPORT_DOC, AsyncClient, SyncClient

from ._config import AgaveConfig
from ._errors import error_class, error_message
from ._jobs import AsyncJobs, Jobs

__all__ = ["Agave", "AsyncAgave"]


def _options(
    config: AgaveConfig, timeout: float | httpx.Timeout | None, max_retries: int, transport: Any
) -> HTTPOptions:
    return HTTPOptions(
        base_url=config.base_url,
        auth=config.auth,
        verify=config.verify,
        timeout=coerce_timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
        max_retries=max_retries,
        error_message=error_message,
        error_class=error_class,
        transport=transport,
    )


def _resolve(base_url: str | None, api_server: str | None, **settings: Any) -> AgaveConfig:
    if base_url is not None and api_server is not None and base_url != api_server:
        raise ValueError("give base_url or agavepy's api_server, not both")
    return AgaveConfig.resolve(base_url=base_url if base_url is not None else api_server, **settings)


_DOC_ARGS = """
    Arguments (agavepy's names; each falls back to the environment, then to agavepy's token cache):
        base_url (or api_server): the tenant, e.g. https://api.tacc.utexas.edu; default TAPIS_BASE_URL, then
            `baseurl` of the cache, then the TACC tenant. Only scheme://host[:port] is used; the port is kept.
        token: the access token; default TAPIS_TOKEN, then `access_token` of the cache
            (`$AGAVE_CACHE_DIR/current`, else ~/.agave/current; `cache_dir` overrides the directory).
        refresh_token, api_key, api_secret: to refresh the token when it expires or is refused (401), at
            POST <base>/token; default TAPIS_REFRESH_TOKEN, TAPIS_API_KEY, TAPIS_API_SECRET, then the cache
            (`refresh_token`, `apikey`, `apisecret`). A token refreshed from the cache is written back to it.
        expires_at: when `token` expires (epoch seconds or datetime), to refresh it before it is refused.
        tenant_id: kept for reference (default TAPIS_TENANT_ID, then `tenantid` of the cache).
        verify: verify the server certificate (default True); ca_file: an extra CA bundle.
        timeout: seconds or an httpx.Timeout (default 60 s read, 10 s connect).
        max_retries: retries of idempotent calls on connection errors and 429/502/503/504 (default 2).
        allow_insecure_http: allow credentials over plain http to a non-loopback host; default
            SCICLIENTS_ALLOW_INSECURE_HTTP (1/0), else False.
        results: how agavepy's names (`list`, `get`, `getStatus`, …) answer: "agavepy" (dicts with the
            server's keys, agavepy's datetimes; failures also the `requests` exceptions agavepy raised) or
            "typed" (the generated models). Default: "agavepy" when the client is made agavepy's way
            (`api_server=`, `restore()`), else "typed". The snake_case names (`get_status`, `iter_list`, …)
            always return the typed models.
"""

Results = Literal["agavepy", "typed"]


def _agavepy_results(results: Any, api_server: str | None) -> bool:
    if results is None:
        return api_server is not None
    if results not in ("agavepy", "typed"):
        raise ValueError(f"results must be 'agavepy' or 'typed', got {results!r}")
    return bool(results == "agavepy")


class Agave(SyncClient[AgaveConfig]):
    __doc__ = "Blocking Agave jobs client: `Agave(...).jobs`.\n" + _DOC_ARGS

    jobs: Jobs

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_server: str | None = None,
        token: str | None = None,
        refresh_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        expires_at: float | datetime | None = None,
        tenant_id: str | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        verify: bool = True,
        ca_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.BaseTransport | None = None,
        results: Results | None = None,
    ) -> None:
        setup_logging()
        self._agavepy_results = _agavepy_results(results, api_server)
        config = _resolve(
            base_url, api_server, token=token, refresh_token=refresh_token, api_key=api_key, api_secret=api_secret,
            expires_at=expires_at, tenant_id=tenant_id, cache_dir=cache_dir, verify=verify, ca_file=ca_file,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, SyncHTTP(_options(config, timeout, max_retries, transport)))

    def _attach(self, runner: SyncRunner) -> None:
        self.jobs = Jobs(runner, agavepy_results=getattr(self, "_agavepy_results", False))

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> Agave:  # fmt: skip
        """The same client with another timeout or retry count, sharing the connection pool (see `SyncClient`)."""
        view = super().with_options(timeout=timeout, max_retries=max_retries, total_timeout=total_timeout)
        view._agavepy_results = self._agavepy_results  # the view was attached before it knew how to answer
        view.jobs = Jobs(view.jobs._runner, agavepy_results=self._agavepy_results)  # the view's own runner
        return view

    @classmethod
    def restore(
        cls, *, cache_dir: str | os.PathLike[str] | None = None, results: Results | None = "agavepy", **options: Any
    ) -> Agave:
        """agavepy's `Agave.restore()`: a client from the token cache (the environment still takes precedence),
        answering agavepy's names as agavepy does unless `results="typed"`."""
        return cls(cache_dir=cache_dir, results=results, **options)

    def __repr__(self) -> str:
        return f"Agave(base_url={self.config.base_url!r})"


class AsyncAgave(AsyncClient[AgaveConfig]):
    __doc__ = "asyncio Agave jobs client: `AsyncAgave(...).jobs`.\n" + _DOC_ARGS + ASYNC_TRANSPORT_DOC

    jobs: AsyncJobs

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_server: str | None = None,
        token: str | None = None,
        refresh_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        expires_at: float | datetime | None = None,
        tenant_id: str | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        verify: bool = True,
        ca_file: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
        results: Results | None = None,
    ) -> None:
        setup_logging()
        self._agavepy_results = _agavepy_results(results, api_server)
        config = _resolve(
            base_url, api_server, token=token, refresh_token=refresh_token, api_key=api_key, api_secret=api_secret,
            expires_at=expires_at, tenant_id=tenant_id, cache_dir=cache_dir, verify=verify, ca_file=ca_file,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, AsyncHTTP(_options(config, timeout, max_retries, transport)))

    def _attach(self, runner: AsyncRunner) -> None:
        self.jobs = AsyncJobs(runner, agavepy_results=getattr(self, "_agavepy_results", False))

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> AsyncAgave:  # fmt: skip
        """The same client with another timeout or retry count, sharing the connection pool (see `AsyncClient`)."""
        view = super().with_options(timeout=timeout, max_retries=max_retries, total_timeout=total_timeout)
        view._agavepy_results = self._agavepy_results  # the view was attached before it knew how to answer
        view.jobs = AsyncJobs(view.jobs._runner, agavepy_results=self._agavepy_results)
        return view

    def __repr__(self) -> str:
        return f"AsyncAgave(base_url={self.config.base_url!r})"
