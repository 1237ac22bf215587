"""Transport security of the four clients: TLS verified by default, no credentials over plain http to a
non-loopback host without an explicit opt-in, and no request (so no Authorization header) to another host
after a redirect — the clients do not follow redirects, they turn them into typed errors."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from typing import Any

import pytest
from sciclients import errors

from . import server as f
from .pki import self_signed
from .server import FaultServer, wait_until
from .systems import CALLS, SYSTEMS, TOKEN, make_client

# One idempotent (GET-like) call per system: the kind a client would be most tempted to re-send elsewhere.
PROBE = {"panda": "panda.task.get_status", "jdma": "jdma.user.get", "poms": "poms.campaigns.get_id",
         "agave": "agave.jobs.get_status"}  # fmt: skip


@pytest.fixture(scope="module")
def tls_context(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    cert, key = self_signed(tmp_path_factory.mktemp("tls"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture()
def tls_server(tls_context: ssl.SSLContext) -> Iterator[FaultServer]:
    with FaultServer(tls=tls_context, fallback=f.status(503, body="reached over TLS")) as fault_server:
        yield fault_server


MODES = ["sync", "async", "aiohttp"]  # aiohttp: the asyncio client with transport="aiohttp"


def _run_mode(system: str, url: str, mode: str, **options: Any) -> Any:
    if mode == "aiohttp":
        options["transport"] = "aiohttp"
    return _run(system, url, asynchronous=mode != "sync", **options)


def _run(system: str, url: str, *, asynchronous: bool, **options: Any) -> Any:
    c = CALLS[PROBE[system]]
    if not asynchronous:
        with make_client(system, url, **options) as client:
            return c.invoke(client)

    async def run() -> Any:
        async with make_client(system, url, asynchronous=True, **options) as client:
            return await c.invoke(client)

    return asyncio.run(run())


# -- TLS --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_default_tls_context_verifies_certificate_and_host_name(system: str) -> None:
    with make_client(system, "https://service.example.org", max_retries=0) as client:
        context = client.config.verify
        assert isinstance(context, ssl.SSLContext)
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert client._http.options.verify is context  # the context the transport really uses


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_untrusted_server_certificate_is_refused_by_default(system: str, mode: str, tls_server: FaultServer) -> None:
    with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as caught:
        _run_mode(system, tls_server.url, mode, max_retries=0)
    assert not isinstance(caught.value, errors.APITimeoutError)  # a refusal, not something worth waiting for
    assert wait_until(lambda: tls_server.handshake_failures >= 1)
    assert tls_server.arrivals() == 0  # not one HTTP request (nor its Authorization header) went over it


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_verify_false_is_the_explicit_opt_out(system: str, mode: str, tls_server: FaultServer) -> None:
    """The same server is reachable with verify=False: the refusal above is the certificate check."""
    with pytest.raises(errors.ServiceUnavailableError, match="503"):
        _run_mode(system, tls_server.url, mode, max_retries=0, verify=False)
    assert tls_server.arrivals() == 1


@pytest.mark.parametrize("system", ["jdma", "agave"])  # the two that take a CA file
def test_a_missing_ca_file_is_refused_at_construction(system: str, tmp_path: Any) -> None:
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(errors.ConfigurationError, match="no-such-ca.pem"):
        _construct(system, "https://service.example.org", ca_file=missing)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", ["jdma", "agave"])
def test_an_unusable_ca_file_is_a_configuration_error_naming_it(
    system: str, mode: str, tls_server: FaultServer, tmp_path: Any
) -> None:
    """The CAs load on the first TLS handshake (cold start): a CA file that is readable but not PEM still
    fails as a ConfigurationError naming it, before any request is sent, never as a raw ssl error."""
    garbage = tmp_path / "garbage-ca.pem"
    garbage.write_text("not a certificate\n")
    with pytest.raises(errors.ConfigurationError, match="garbage-ca.pem"):
        _run_mode(system, tls_server.url, mode, max_retries=0, ca_file=garbage)
    assert tls_server.arrivals() == 0


# -- plain http with credentials ------------------------------------------------------------------------------------
def _construct(system: str, url: str, **options: Any) -> None:
    make_client(system, url, max_retries=0, **options).close()  # construction only: no I/O


@pytest.mark.parametrize("url", ["http://pandaserver.example.org:25080", "http://10.1.2.3", "http://[2001:db8::1]:80"])
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_credentials_over_plain_http_to_another_host_are_refused(system: str, url: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        _construct(system, url)


@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_plain_http_with_credentials_needs_allow_insecure_http(system: str) -> None:
    _construct(system, "http://service.example.org", allow_insecure_http=True)


@pytest.mark.parametrize(
    "url", ["http://localhost:8080", "http://127.0.0.1:1", "http://127.45.6.7:2", "http://[::1]:3"]
)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_plain_http_to_loopback_is_allowed(system: str, url: str) -> None:
    _construct(system, url)


BAD_PORTS = [0, 65536, 70000, 99999]  # 0 must not vanish from the URL; the others would wrap (70000 -> 4464)
BASE_VARIABLES = {"panda": "PANDA_URL_SSL", "jdma": "JDMA_API_URL", "poms": "POMS_URL", "agave": "TAPIS_BASE_URL"}


@pytest.mark.parametrize("port", BAD_PORTS)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_port_outside_the_tcp_range_is_refused_at_construction(system: str, port: int) -> None:
    """The socket layer would wrap 70000 to 4464: a request (with its credentials) to a port nobody named."""
    with pytest.raises(ValueError, match=f"^base_url: the port must be between 1 and 65535, got {port}$"):
        _construct(system, f"http://127.0.0.1:{port}")


@pytest.mark.parametrize("port", BAD_PORTS)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_port_from_the_environment_is_checked_too(system: str, port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    variable = BASE_VARIABLES[system]
    monkeypatch.setenv(variable, f"http://127.0.0.1:{port}")
    with pytest.raises(
        errors.ConfigurationError, match=f"^{variable}: the port must be between 1 and 65535, got {port}$"
    ):
        options = SYSTEMS[system].kwargs("http://127.0.0.1:1")
        del options["base_url"]  # the variable is the only source of the base
        SYSTEMS[system].sync(max_retries=0, **options).close()


URL_PASSWORD = "pw-FAULTSUITE-in-the-url-9a8b"


@pytest.mark.parametrize("given_by", ["argument", "variable"])
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_a_base_url_holding_a_password_is_refused_without_showing_it(
    system: str, given_by: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """httpx would send `user:password@` as Basic auth (over http too), and the URL is in every error and log
    line: JDMA kept it (repr, messages, logs), the others dropped it silently."""
    url = f"http://alice:{URL_PASSWORD}@127.0.0.1:1"
    options = SYSTEMS[system].kwargs(url)
    if given_by == "variable":
        monkeypatch.setenv(BASE_VARIABLES[system], options.pop("base_url"))
    expected = ValueError if given_by == "argument" else errors.ConfigurationError
    with pytest.raises(expected, match="a URL holding a user or password") as caught:
        SYSTEMS[system].sync(max_retries=0, **options).close()
    name = "base_url" if given_by == "argument" else BASE_VARIABLES[system]
    assert str(caught.value).startswith(f"{name}: ")
    assert URL_PASSWORD not in str(caught.value) + repr(caught.value) + caplog.text


@pytest.mark.parametrize("port", BAD_PORTS)
def test_panda_cache_url_port_is_checked_as_argument_and_variable(port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from sciclients.panda._config import PandaConfig

    url = f"http://127.0.0.1:{port}"
    with pytest.raises(ValueError, match=f"^cache_url: the port must be between 1 and 65535, got {port}$"):
        PandaConfig.resolve(cache_url=url, auth="none", environ={})
    with pytest.raises(
        errors.ConfigurationError, match=f"^PANDACACHE_URL: the port must be between 1 and 65535, got {port}$"
    ):
        PandaConfig.resolve(auth="none", environ={"PANDACACHE_URL": url})


@pytest.mark.parametrize("port", BAD_PORTS)
def test_panda_dropin_names_the_variable_of_a_bad_port(port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The drop-in builds its clients from PANDA_URL_SSL / PANDACACHE_URL: 2.2.0's (255, message) names them."""
    from sciclients.panda import Client

    monkeypatch.setattr(Client, "baseURLCSRVSSL", f"http://127.0.0.1:{port}")
    Client._forget_clients()
    status, message = Client.getFile("sources.tar.gz")  # any cache-server call
    assert status == 255 and "PANDACACHE_URL" in message and f"got {port}" in message


def test_environment_url_gets_the_same_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDA_URL_SSL", "http://pandaserver.example.org:25443/server/panda")
    monkeypatch.setenv("JDMA_API_URL", "http://jdma.example.org/jdma_control/api/v1")
    monkeypatch.setenv("POMS_URL", "http://poms.example.org/poms/")
    monkeypatch.setenv("TAPIS_BASE_URL", "http://agave.example.org")
    from sciclients.agave import Agave
    from sciclients.jdma import Jdma
    from sciclients.panda import Panda
    from sciclients.poms import Poms

    for build in (lambda: Panda(token=TOKEN, vo="atlas"), lambda: Jdma(user="alice"),
                  lambda: Poms(token=TOKEN, experiment="samdev"), lambda: Agave(token=TOKEN)):  # fmt: skip
        with pytest.raises(errors.ConfigurationError, match="plain http"):
            build()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_credentials_over_plain_http_to_loopback_never_go_through_an_environment_proxy(
    system: str, mode: str, server: FaultServer, other_host: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain http with credentials is allowed to loopback because that traffic stays on the machine; with
    HTTP_PROXY set (common on grid sites) httpx sent the request, bearer token included, in clear to the proxy."""
    for variable in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(variable, other_host.url)  # the "proxy": it must receive nothing
    for variable in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(variable, raising=False)
    c = CALLS[PROBE[system]]
    server.script(c.path, default=c.answer(server.url))
    assert c.check(_run_mode(system, server.url, mode, max_retries=0))
    assert other_host.arrivals() == 0 and server.arrivals() == 1


def test_panda_without_credentials_may_use_plain_http() -> None:
    from sciclients.panda import Panda

    Panda(base_url="http://pandaserver.example.org:25080", auth="none").close()


# -- redirects --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status_code", [301, 302, 307, 308])
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_redirect_to_another_host_is_a_typed_error_and_that_host_gets_nothing(
    system: str, status_code: int, mode: str, server: FaultServer, other_host: FaultServer
) -> None:
    c = CALLS[PROBE[system]]
    server.script(c.path, default=f.redirect(f"{other_host.url}{c.path}", status_code))
    with pytest.raises(errors.APIResponseValidationError, match=f"HTTP {status_code}"):
        _run_mode(system, server.url, mode, max_retries=2)
    assert other_host.arrivals() == 0
    assert server.arrivals() == 1  # a redirect is an answer: not retried either
    if system != "jdma":  # JDMA has no HTTP credentials; the others sent theirs to the first host only
        assert server.received[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_a_followed_redirect_would_have_carried_no_authorization(server: FaultServer, other_host: FaultServer) -> None:
    """Defence in depth: even httpx itself, told to follow, strips Authorization on a cross-host redirect."""
    import httpx

    server.script("/x", default=f.redirect(f"{other_host.url}/y", 302))
    other_host.script("/y", default=f.reply(200, "ok"))
    with httpx.Client(follow_redirects=True) as http:
        assert http.get(f"{server.url}/x", headers={"Authorization": f"Bearer {TOKEN}"}).text == "ok"
    assert "authorization" in server.received[0].headers
    assert "authorization" not in other_host.received[0].headers
