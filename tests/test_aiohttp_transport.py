"""transport="aiohttp": how it is chosen, refused and classified. The fault suite (tests/faults) plays every
scenario over it too, against real loopback servers."""

from __future__ import annotations

import sys

import aiohttp
import httpx
import pytest
from sciclients import errors
from sciclients._core._aiohttp import CorrectedAiohttpTransport, httpx_error
from sciclients.panda import AsyncPanda, Panda

REQUEST = httpx.Request("POST", "https://127.0.0.1/api/v1/task/submit")


def test_the_asyncio_clients_take_aiohttp() -> None:
    client = AsyncPanda(base_url="https://127.0.0.1:1", auth="none", transport="aiohttp")
    assert isinstance(client._http._client._transport, CorrectedAiohttpTransport)


def test_unknown_transport_names_the_argument() -> None:
    with pytest.raises(TypeError, match="transport must be an httpx.AsyncBaseTransport, 'aiohttp' or None"):
        AsyncPanda(base_url="https://127.0.0.1:1", auth="none", transport="curl")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="transport must be an httpx.BaseTransport or None"):
        Panda(base_url="https://127.0.0.1:1", auth="none", transport="aiohttp")  # type: ignore[arg-type]


def test_missing_optional_dependency_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # makes `import httpx_aiohttp` fail
    monkeypatch.delitem(sys.modules, "sciclients._core._aiohttp")
    with pytest.raises(errors.ConfigurationError, match=r"pip install 'sciclients\[aiohttp\]'"):
        AsyncPanda(base_url="https://127.0.0.1:1", auth="none", transport="aiohttp")


def _wrapped_by_httpx_aiohttp(original: BaseException) -> httpx.TransportError:
    """What httpx-aiohttp 0.2 raises: ConnectTimeout for every ClientConnectionError, caused by the original."""
    try:
        raise httpx.ConnectTimeout(str(original)) from original
    except httpx.ConnectTimeout as exc:
        return exc


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut short"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
        (TimeoutError(), httpx.ReadTimeout),
    ],
)
def test_each_failure_is_classified_by_its_own_class(original: BaseException, expected: type[Exception]) -> None:
    for raised in (original, _wrapped_by_httpx_aiohttp(original)):
        mapped = httpx_error(raised, REQUEST)
        assert type(mapped) is expected, (raised, mapped)
        assert mapped.request is REQUEST


def test_connector_failures_are_connect_errors_not_timeouts() -> None:
    """A refused connect or a bad certificate: nothing was sent, and waiting longer would not help."""
    import ssl

    from aiohttp.client_reqrep import ConnectionKey

    key = ConnectionKey("127.0.0.1", 443, True, True, None, None, None)
    refused = aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "Connection refused"))
    certificate = aiohttp.ClientConnectorCertificateError(key, ssl.SSLCertVerificationError("unknown ca"))
    for original in (refused, certificate):
        mapped = httpx_error(_wrapped_by_httpx_aiohttp(original), REQUEST)
        assert type(mapped) is httpx.ConnectError
