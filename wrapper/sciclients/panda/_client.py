"""`Panda` and `AsyncPanda`: one attribute per PanDA v1 module, each method one server function."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from sciclients._core import AsyncHTTP, AsyncMode, HTTPOptions, SyncHTTP, SyncMode, coerce_timeout, setup_logging
from sciclients._core._client import ASYNC_TRANSPORT_DOC, AsyncClient, SyncClient
from sciclients._lazy import lazy_exports

from . import _resources
from ._config import DEFAULT_TIMEOUT, AuthMode, PandaConfig
from ._errors import error_class_for_status

if TYPE_CHECKING:
    from ._resources import (
        AsyncProcessResource,
        CredsResource,
        DataCarouselResource,
        EventResource,
        FileServerResource,
        HarvesterResource,
        IddsResource,
        JobResource,
        LegacyResource,
        MetaconfigResource,
        PilotResource,
        StatisticsResource,
        SystemResource,
        TaskResource,
        WorkflowResource,
    )

__all__ = ["Panda", "AsyncPanda"]

# The resource classes the annotations below name, for whoever evaluates them at run time (the CLI).
__getattr__ = lazy_exports(__name__, {name: (_resources.__name__, name) for name in _resources.__all__}, globals())[0]

M = TypeVar("M", SyncMode, AsyncMode)
# JSON bodies above this size are sent gzip-compressed (the server accepts Content-Encoding: gzip).
GZIP_JSON_ABOVE = 16 * 1024


class _Resources(Generic[M]):
    """The resource attributes, shared by both clients (typed by mode)."""

    async_process: AsyncProcessResource[M]
    creds: CredsResource[M]
    data_carousel: DataCarouselResource[M]
    event: EventResource[M]
    file_server: FileServerResource[M]
    harvester: HarvesterResource[M]
    idds: IddsResource[M]
    job: JobResource[M]
    metaconfig: MetaconfigResource[M]
    pilot: PilotResource[M]
    statistics: StatisticsResource[M]
    system: SystemResource[M]
    task: TaskResource[M]
    workflow: WorkflowResource[M]
    legacy: LegacyResource[M]

    def _attach(self, runner: Any) -> None:
        self._resource_runner = runner

    if not TYPE_CHECKING:  # for mypy the annotations above are the attributes; at run time, made on first use

        def __getattr__(self, name: str) -> Any:
            """A resource the first time it is used: its module is imported then (start-up loads none)."""
            class_name = _RESOURCE_CLASSES.get(name)
            runner = self.__dict__.get("_resource_runner")
            if class_name is None or runner is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            resource = getattr(_resources, class_name)(runner)
            setattr(self, name, resource)
            return resource


# attribute -> resource class (in `_resources`, imported on first use)
_RESOURCE_CLASSES: dict[str, str] = {
    "async_process": "AsyncProcessResource",
    "creds": "CredsResource",
    "data_carousel": "DataCarouselResource",
    "event": "EventResource",
    "file_server": "FileServerResource",
    "harvester": "HarvesterResource",
    "idds": "IddsResource",
    "job": "JobResource",
    "metaconfig": "MetaconfigResource",
    "pilot": "PilotResource",
    "statistics": "StatisticsResource",
    "system": "SystemResource",
    "task": "TaskResource",
    "workflow": "WorkflowResource",
    "legacy": "LegacyResource",
}


def _options(
    config: PandaConfig, timeout: float | httpx.Timeout | None, max_retries: int, transport: Any
) -> HTTPOptions:
    return HTTPOptions(
        base_url=config.base_url,
        auth=config.auth,
        # Exactly this string: anything else (even "application/json, */*") makes PanDA answer a Python repr.
        headers={"Accept": "application/json"},
        verify=config.verify,
        timeout=DEFAULT_TIMEOUT if timeout is None else coerce_timeout(timeout),
        max_retries=max_retries,
        error_class=error_class_for_status,
        gzip_json_above=GZIP_JSON_ABOVE,
        transport=transport,
    )


_DOC_ARGS = """
    Arguments (each falls back to the environment panda-client users already have):
        base_url: server URL; default `PANDA_URL_SSL` (only scheme://host:port is used), else the production server.
        auth: 'oidc', 'x509' or 'none'; default: 'oidc' when PANDA_AUTH=oidc or a token is given, else 'x509'.
        token: an OIDC ID token; default PANDA_AUTH_ID_TOKEN, OIDC_AUTH_TOKEN_FILE, OIDC_AUTH_ID_TOKEN,
            then panda-client's cache `$PANDA_CONFIG_ROOT/.token` (refreshed when it expires).
        vo: the VO or `vo:role` sent as Origin with tokens; default PANDA_AUTH_VO, OIDC_AUTH_VO.
        proxy: X.509 proxy file; default X509_USER_PROXY, else /tmp/x509up_u<uid>.
        ca_dir: CA directory; default X509_CERT_DIR, else /etc/grid-security/certificates if present.
            System CAs stay trusted.
        verify: verify the server certificate; default True unless PANDA_VERIFY_HOST=off.
        timeout: seconds or an httpx.Timeout; default 600 s read, 30 s connect (the server's own limit).
        max_retries: retries of idempotent calls on connection errors and 429/502/503/504 (default 2).
        allow_insecure_http: allow credentials over plain http to a non-loopback host; default
            SCICLIENTS_ALLOW_INSECURE_HTTP (1/0), else False.
"""


class Panda(_Resources[SyncMode], SyncClient[PandaConfig]):
    __doc__ = "Blocking PanDA client.\n" + _DOC_ARGS

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        vo: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        setup_logging()
        config = PandaConfig.resolve(
            base_url=base_url, auth=auth, token=token, vo=vo, proxy=proxy, ca_dir=ca_dir, verify=verify,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, SyncHTTP(_options(config, timeout, max_retries, transport)))

    def __repr__(self) -> str:
        return f"Panda(base_url={self.config.base_url!r}, auth={self.config.auth_mode!r})"


class AsyncPanda(_Resources[AsyncMode], AsyncClient[PandaConfig]):
    __doc__ = "asyncio PanDA client.\n" + _DOC_ARGS + ASYNC_TRANSPORT_DOC

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        vo: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
    ) -> None:
        setup_logging()
        config = PandaConfig.resolve(
            base_url=base_url, auth=auth, token=token, vo=vo, proxy=proxy, ca_dir=ca_dir, verify=verify,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, AsyncHTTP(_options(config, timeout, max_retries, transport)))

    def __repr__(self) -> str:
        return f"AsyncPanda(base_url={self.config.base_url!r}, auth={self.config.auth_mode!r})"
