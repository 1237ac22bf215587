"""`Poms` and `AsyncPoms`: one attribute per spec tag, each method one POMS server method."""

from __future__ import annotations

import os
from typing import Any, Generic, Literal, TypeVar

import httpx

from sciclients._core import (
    AsyncHTTP,
    AsyncMode,
    HTTPOptions,
    SyncHTTP,
    SyncMode,
    coerce_timeout,
    setup_logging,
)
from sciclients._core._client import ASYNC_TRANSPORT_DOC, AsyncClient, SyncClient

from ._config import DEFAULT_TIMEOUT, AuthMode, PomsConfig, Test
from ._errors import error_class_for_status, error_message
from ._resources import (
    CampaignsResource,
    CampaignStagesResource,
    FilesResource,
    JobTypesResource,
    LaunchesResource,
    LoginSetupsResource,
    SubmissionsResource,
    TagsResource,
)
from ._resources._base import Defaults

__all__ = ["Poms", "AsyncPoms"]

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")


class _Resources(Generic[M]):
    """The resource attributes, shared by both clients (typed by mode)."""

    campaigns: CampaignsResource[M]
    campaign_stages: CampaignStagesResource[M]
    submissions: SubmissionsResource[M]
    launches: LaunchesResource[M]
    job_types: JobTypesResource[M]
    login_setups: LoginSetupsResource[M]
    files: FilesResource[M]
    tags: TagsResource[M]

    config: PomsConfig

    def _attach(self, runner: Any) -> None:
        defaults = Defaults(self.config.experiment, self.config.role)
        for name, cls in _RESOURCE_CLASSES.items():
            setattr(self, name, cls(runner, defaults))


_RESOURCE_CLASSES: dict[str, type[Any]] = {
    "campaigns": CampaignsResource,
    "campaign_stages": CampaignStagesResource,
    "submissions": SubmissionsResource,
    "launches": LaunchesResource,
    "job_types": JobTypesResource,
    "login_setups": LoginSetupsResource,
    "files": FilesResource,
    "tags": TagsResource,
}


def _options(
    config: PomsConfig, timeout: float | httpx.Timeout | None, max_retries: int, transport: Any
) -> HTTPOptions:
    return HTTPOptions(
        base_url=config.base_url,
        auth=config.auth,
        verify=config.verify,
        timeout=DEFAULT_TIMEOUT if timeout is None else coerce_timeout(timeout),
        max_retries=max_retries,
        error_message=error_message,
        error_class=error_class_for_status,
        transport=transport,
        follow_redirects=False,  # a 303 is an answer: its Location holds the result
    )


_DOC_ARGS = """
    Arguments (each falls back to what classic poms_client users already have; see sciclients.poms._config):
        base_url: server URL (only scheme://host[:port] is used; POMS paths start with /poms/); default:
            configfile= or test= when given, else POMS_URL, else the [url] section of client.cfg, else the
            built-in hosts.
        test: False/None = production, True or 'dev' = development, 'int' = integration (picks the client.cfg
            key base_prod / base_dev_ssl / base_int_ssl, or the built-in host); dev/int beat POMS_URL.
        configfile: a classic client.cfg, read before $POMS_CLIENT_DIR/{etc,bin}/client.cfg and the one next to
            the running script (the first readable file is used); an explicit file beats POMS_URL.
        experiment: experiment every call acts in unless it names another; default EXPERIMENT.
        role: analysis (default), production-shifter, production or superuser.
        auth: 'x509', 'token' or 'none'; default: token if token= or BEARER_TOKEN_FILE (an existing file),
            else the X.509 proxy.
        token: a bearer token; default the content of BEARER_TOKEN_FILE (re-read when the file changes).
        proxy: X.509 proxy file presented as client certificate; default X509_USER_PROXY, else /tmp/x509up_u<uid>.
        ca_dir: extra CA directory; default X509_CERT_DIR, else /etc/grid-security/certificates if present.
        verify: verify the server certificate (default True; pass False only for a test server).
        timeout: seconds or an httpx.Timeout; default 300 s read, 30 s connect (launches are slow).
        max_retries: retries of read-only calls on connection errors and 429/502/503/504 (default 2).
        allow_insecure_http: allow credentials over plain http to a non-loopback host; default
            SCICLIENTS_ALLOW_INSECURE_HTTP (1/0), else False.
"""


class Poms(_Resources[SyncMode], SyncClient[PomsConfig]):
    __doc__ = "Blocking POMS client.\n" + _DOC_ARGS

    def __init__(
        self,
        *,
        base_url: str | None = None,
        test: Test = None,
        configfile: str | os.PathLike[str] | None = None,
        experiment: str | None = None,
        role: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        setup_logging()
        config = PomsConfig.resolve(
            base_url=base_url, test=test, configfile=configfile, experiment=experiment, role=role, auth=auth,
            token=token, proxy=proxy, ca_dir=ca_dir, verify=verify, allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, SyncHTTP(_options(config, timeout, max_retries, transport)))

    def __repr__(self) -> str:
        return f"Poms(base_url={self.config.base_url!r}, auth={self.config.auth_mode!r})"


class AsyncPoms(_Resources[AsyncMode], AsyncClient[PomsConfig]):
    __doc__ = "asyncio POMS client.\n" + _DOC_ARGS + ASYNC_TRANSPORT_DOC

    def __init__(
        self,
        *,
        base_url: str | None = None,
        test: Test = None,
        configfile: str | os.PathLike[str] | None = None,
        experiment: str | None = None,
        role: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        allow_insecure_http: bool | None = None,
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
    ) -> None:
        setup_logging()
        config = PomsConfig.resolve(
            base_url=base_url, test=test, configfile=configfile, experiment=experiment, role=role, auth=auth,
            token=token, proxy=proxy, ca_dir=ca_dir, verify=verify, allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._bind(config, AsyncHTTP(_options(config, timeout, max_retries, transport)))

    def __repr__(self) -> str:
        return f"AsyncPoms(base_url={self.config.base_url!r}, auth={self.config.auth_mode!r})"
