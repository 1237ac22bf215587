"""Fixtures of the fault suite: the fault server, a second host for redirects, a clean environment, DEBUG logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from .server import FaultServer

# Everything the four clients read from the environment: no test sees the developer's own settings.
CLIENT_ENV = ("PANDA_URL_SSL", "PANDA_AUTH", "PANDA_AUTH_VO", "PANDA_AUTH_ID_TOKEN", "OIDC_AUTH_TOKEN_FILE",
              "OIDC_AUTH_ID_TOKEN", "OIDC_AUTH_VO", "PANDA_CONFIG_ROOT", "PANDA_VERIFY_HOST", "X509_USER_PROXY",
              "X509_CERT_DIR", "JDMA_API_URL", "JDMA_USER", "JDMA_VERIFY", "POMS_URL", "POMS_CLIENT_DIR",
              "BEARER_TOKEN_FILE", "EXPERIMENT", "AGAVE_CACHE_DIR", "TAPIS_CACHE_DIR", "TAPIS_BASE_URL",
              "TAPIS_TOKEN", "TAPIS_REFRESH_TOKEN", "TAPIS_API_KEY", "TAPIS_API_SECRET", "TAPIS_TENANT_ID",
              "PANDACACHE_URL", "SCICLIENTS_ALLOW_INSECURE_HTTP")  # fmt: skip
DEBUG_LOGGERS = ("sciclients", "httpx", "httpcore")


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CLIENT_ENV:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def debug_logging(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """SCICLIENTS_LOG=debug semantics for every test: DEBUG records of sciclients, httpx and httpcore captured."""
    for name in DEBUG_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


@pytest.fixture()
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


@pytest.fixture()
def other_host() -> Iterator[FaultServer]:
    """Another host (127.0.0.2) that a redirect points to; it must never be contacted."""
    with FaultServer(host="127.0.0.2") as fault_server:
        yield fault_server
