"""Hostile answers that do not fit the scenario table: a compression bomb, and the drop-ins' no-raise conventions
with deeply nested JSON (issue #17)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from sciclients import errors
from sciclients._core import _http

from . import server as f
from .server import FaultServer
from .systems import CALLS, call

MODES = ["sync", "async", "aiohttp"]


@pytest.mark.parametrize("mode", MODES)
def test_answer_inflating_past_the_limit_is_a_typed_error(
    mode: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gzip bomb: a small body that decodes to more than the limit is refused while decoding, not held."""
    monkeypatch.setattr(_http, "MAX_ANSWER_BYTES", 2**20)  # 1 MiB here; 512 MiB by default
    bomb = gzip.compress(b"[" + b" " * (4 * 2**20) + b"]")
    c = CALLS["agave.jobs.get_status"]
    server.script(c.path, f.reply(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    options: dict[str, Any] = {"transport": "aiohttp"} if mode == "aiohttp" else {}
    with pytest.raises(errors.APIResponseValidationError, match="larger than 1 MiB once decoded"):
        call(c, server.url, asynchronous=mode != "sync", max_retries=0, **options)
    assert len(bomb) < 2**20  # it was the decoding, not the transfer, that was too large


@pytest.mark.parametrize("mode", MODES)
def test_error_page_of_a_streamed_download_inflating_past_the_limit_is_a_typed_error(
    mode: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A download's error answer is held in memory to say what went wrong: the same limit applies (it was read
    whole, 64 MiB here, whatever it inflated to)."""
    monkeypatch.setattr(_http, "MAX_ANSWER_BYTES", 2**20)
    bomb = gzip.compress(b"x" * (64 * 2**20))
    c = CALLS["agave.jobs.download_output"]
    server.script(c.path, f.reply(502, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    options: dict[str, Any] = {"transport": "aiohttp"} if mode == "aiohttp" else {}
    with pytest.raises(errors.APIResponseValidationError, match=r"\(HTTP 502\) is larger than 1 MiB once decoded"):
        call(c, server.url, asynchronous=mode != "sync", max_retries=0, **options)
    assert server.arrivals("GET", c.path) == 1


@pytest.mark.parametrize("mode", MODES)
def test_reason_phrase_that_is_not_utf8_is_never_a_raw_error(mode: str, server: FaultServer) -> None:
    """httpx takes the answer; httpx-aiohttp fails re-encoding the phrase (UnicodeEncodeError), which the aiohttp
    transport reports as the malformed status line it is."""
    c = CALLS["agave.jobs.get_status"]
    body = b'{"status": "success", "result": {"id": "j-1", "status": "RUNNING"}}'
    head = b"HTTP/1.1 200 \xc3\xa9\xff\r\nContent-Type: application/json\r\nConnection: close\r\n"
    server.script(c.path, f.raw_keep_alive(head + b"Content-Length: %d\r\n\r\n" % len(body) + body))
    options: dict[str, Any] = {"transport": "aiohttp"} if mode == "aiohttp" else {}
    if mode == "aiohttp":
        with pytest.raises(errors.APIConnectionError, match="RemoteProtocolError"):
            call(c, server.url, asynchronous=True, max_retries=0, **options)
    else:
        assert call(c, server.url, asynchronous=mode != "sync", max_retries=0).status == "RUNNING"


def test_jdma_lib_keeps_its_conventions_with_deeply_nested_json(server: FaultServer) -> None:
    """jdma_lib answers a LegacyResponse and never raises, whatever the body."""
    from sciclients.jdma import Jdma, jdma_lib

    deep = b'{"error": ' + b"[" * 100_000
    server.script("*", default=f.reply(400, deep, {"Content-Type": "application/json"}))
    with Jdma(base_url=server.url + "/jdma_control/api/v1", user="alice", max_retries=0) as client:
        jdma_lib.use_client(client)
        try:
            response = jdma_lib.info_user("alice")
        finally:
            jdma_lib.use_client(None)
    assert response.status_code == 400
    assert set(response.json()) == {"error"}  # the unreadable body replaced by the server's words, as JSON


def test_poms_client_raises_its_typed_error_with_deeply_nested_json(
    server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sciclients.poms import poms_client

    token = tmp_path / "token"
    token.write_text("t" * 30)
    monkeypatch.setenv("POMS_URL", server.url)
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token))
    server.script("*", default=f.reply(200, b"[" * 100_000, {"Content-Type": "application/json"}))
    with pytest.raises(errors.APIResponseValidationError, match="nested too deeply"):
        poms_client.get_campaign_id("samdev", "demo")


def test_panda_client_never_raises_with_deeply_nested_json(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """panda-client 2.2.0's convention: `(255, None)`, the reason logged (logger `sciclients`)."""
    from sciclients.panda import Client

    monkeypatch.setattr(Client, "baseURLSSL", server.url)  # loopback only: never the default CERN host
    monkeypatch.setenv("PANDA_AUTH", "oidc")
    monkeypatch.setenv("PANDA_AUTH_VO", "atlas")
    monkeypatch.setenv("PANDA_AUTH_ID_TOKEN", "t" * 30)
    server.script("*", default=f.reply(200, b"[" * 100_000, {"Content-Type": "text/plain"}))
    status, output = Client.getTaskStatus(1)
    assert (status, output) == (Client.EC_Failed, None)
    assert any("nested too deeply" in record.getMessage() for record in caplog.records if record.name == "sciclients")
    assert server.arrivals() == 1


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_false_keeps_only_the_per_read_limit(mode: str, server: FaultServer) -> None:
    """The documented opt-out: each read still has `timeout`, the whole answer may take longer."""
    import asyncio

    from sciclients.agave import Agave, AsyncAgave

    body = b'{"status": "success", "result": {"id": "j-1", "status": "RUNNING"}}'
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    c = CALLS["agave.jobs.get_status"]
    server.script(c.path, f.trickle(body, 0.03, head=head + b"Content-Length: %d\r\n\r\n" % len(body)))
    options: dict[str, Any] = {"transport": "aiohttp"} if mode == "aiohttp" else {}
    if mode == "sync":
        with Agave(base_url=server.url, token="t" * 30, timeout=0.5, max_retries=0) as agave:
            assert agave.with_options(total_timeout=False).jobs.get_status("j-1").status == "RUNNING"
    else:

        async def run() -> str:
            async with AsyncAgave(base_url=server.url, token="t" * 30, timeout=0.5, max_retries=0, **options) as agave:
                return (await agave.with_options(total_timeout=False).jobs.get_status("j-1")).status

        assert asyncio.run(run()) == "RUNNING"
    assert len(body) * 0.03 > 0.5  # the whole answer takes longer than the timeout
