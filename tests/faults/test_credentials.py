"""Hostile credentials and configuration (issue #17, items 2, 3, 4, 5, 8, 9, 13, 15, 16, and what came after).

Tokens, token files, token caches, proxies, CA files, environment values and token endpoints that a broken
setup or a hostile server produces: each ends in a `sciclients.errors` exception (or the builtin
ValueError/TypeError for a bad argument) that names its source, before any request carries the credential,
and no credential shows in any output channel (`channels.shown`). Where a transport is involved, every test
runs blocking, asyncio and asyncio over aiohttp.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sciclients import errors
from sciclients.agave import Agave, AsyncAgave
from sciclients.panda import Panda
from sciclients.poms import Poms

from . import server as f
from .channels import assert_hidden, shown
from .pki import BAD_PROXIES, bad_proxy, proxy_file
from .server import FaultServer
from .systems import CALLS, SYSTEMS, TOKEN, call, make_client

MODES = ["sync", "async", "aiohttp"]  # aiohttp: the asyncio client with transport="aiohttp"
PROBE = {"panda": "panda.task.get_status", "jdma": "jdma.user.get", "poms": "poms.campaigns.get_id",
         "agave": "agave.jobs.get_status"}  # fmt: skip
SECRET = "tok-FAULTSUITE-hostile-5e3c7a9b1d"
REFRESH_TOKEN = "rt-FAULTSUITE-refresh-77aa88bb99"
API_SECRET = "as-FAULTSUITE-api-secret-0f0f0f"
CLIENT_SECRET = "cs-FAULTSUITE-client-secret-1e1e1e"


def _probe(system: str, url: str, mode: str, **options: Any) -> Any:
    if mode == "aiohttp":
        options["transport"] = "aiohttp"
    return call(CALLS[PROBE[system]], url, asynchronous=mode != "sync", **options)


def _caught(action: Callable[[], Any], *expected: type[BaseException]) -> BaseException:
    with pytest.raises(expected or (errors.SciClientsError,)) as caught:
        action()
    return caught.value


@pytest.fixture()
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to reach a host other than loopback fails here, and is recorded: a refusal that comes too
    late (after a connection attempt) is caught without a packet leaving the machine."""
    attempts: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in ("127.0.0.1", "localhost", "::1") and not name.startswith("127."):
            attempts.append(name)
            raise socket.gaierror(socket.EAI_NONAME, f"blocked by the test: {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    return attempts


# -- item 2: credentials never over plain http to another host, from any surface -----------------------------
def test_drop_in_panda_client_refuses_a_token_over_plain_http(
    monkeypatch: pytest.MonkeyPatch, loopback_only: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    from sciclients.panda import Client

    monkeypatch.setattr(Client, "baseURLSSL", "http://pandaserver.example.org:25080/server/panda")
    monkeypatch.setenv("PANDA_AUTH", "oidc")
    monkeypatch.setenv("PANDA_AUTH_VO", "atlas")
    monkeypatch.setenv("PANDA_AUTH_ID_TOKEN", SECRET)
    Client._forget_clients()
    try:
        status, output = Client.getTaskStatus(1)
    finally:
        Client._forget_clients()
    assert status == Client.EC_Failed
    assert "plain http" in output and "SCICLIENTS_ALLOW_INSECURE_HTTP" in output
    assert loopback_only == []  # refused before any connection attempt
    assert_hidden(shown(caplog, output), SECRET)


@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_the_one_environment_variable_opts_in_and_the_argument_wins(
    system: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "http://service.example.org"
    monkeypatch.setenv("SCICLIENTS_ALLOW_INSECURE_HTTP", "1")
    make_client(system, url, max_retries=0).close()  # construction only: no I/O
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        make_client(system, url, max_retries=0, allow_insecure_http=False)  # explicit argument > environment
    monkeypatch.setenv("SCICLIENTS_ALLOW_INSECURE_HTTP", "perhaps")
    with pytest.raises(errors.ConfigurationError, match="SCICLIENTS_ALLOW_INSECURE_HTTP='perhaps'"):
        make_client(system, url, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_panda_refresh_never_sends_the_refresh_token_over_plain_http(
    mode: str, server: FaultServer, panda_cache: Path, loopback_only: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    _script_panda_refresh(server, token_endpoint="http://sso.example.org/token")
    exc = _caught(lambda: _probe_panda_oidc(server.url, mode), errors.ConfigurationError)
    assert "plain http" in str(exc) and "token_endpoint" in str(exc)
    assert loopback_only == [] and server.arrivals(path="/api/v1/task/get_status") == 0
    assert_hidden(shown(caplog, exc), REFRESH_TOKEN, CLIENT_SECRET)


@pytest.fixture()
def tls_server(tmp_path: Path) -> Iterator[FaultServer]:
    import ssl

    from .pki import self_signed

    cert, key = self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with FaultServer(tls=context) as fault_server:
        yield fault_server


@pytest.mark.parametrize("mode", MODES)
def test_a_https_panda_server_cannot_send_the_refresh_to_a_plain_http_loopback_port(
    mode: str, tls_server: FaultServer, other_host: FaultServer, panda_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Loopback is exempt for a URL the user chose, not for a token endpoint a https server names: on a shared
    login node whoever listens on that port would read the refresh token and the client secret in clear."""
    _script_panda_refresh(tls_server, token_endpoint=f"{other_host.url}/oidc/token")
    other_host.script("/oidc/token", default=f.ok_json({"id_token": "eyJ.stolen.sig"}))
    exc = _caught(lambda: _probe_panda_oidc(tls_server.url, mode, verify=False), errors.APIResponseValidationError)
    assert "plain http" in str(exc) and "token_endpoint" in str(exc)
    assert other_host.arrivals() == 0 and tls_server.arrivals(path="/api/v1/task/get_status") == 0
    assert_hidden(shown(caplog, exc), REFRESH_TOKEN, CLIENT_SECRET)


# -- item 3: malformed tokens are refused where they are read, their source named, their value never shown ---
MALFORMED = {"newline": f"{SECRET}\nsecond-line-{SECRET}", "CRLF": f"{SECRET}\r\nX-Injected: {SECRET}",
             "NUL": f"{SECRET}\x00tail", "non-ASCII": f"{SECRET}é", "space": f"{SECRET} {SECRET}"}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(MALFORMED))
@pytest.mark.parametrize("system", ["panda", "poms", "agave"])
def test_a_malformed_token_argument_is_a_value_error_naming_token(
    system: str, kind: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    kwargs = SYSTEMS[system].kwargs(server.url) | {"token": MALFORMED[kind]}
    exc = _caught(lambda: SYSTEMS[system].sync(**kwargs), ValueError)
    assert str(exc).startswith("token: the token holds")
    assert server.arrivals() == 0
    assert_hidden(shown(caplog, exc), MALFORMED[kind], SECRET)


_TOKEN_SOURCES = [("panda", "PANDA_AUTH_ID_TOKEN"), ("panda", "OIDC_AUTH_ID_TOKEN"), ("panda", "OIDC_AUTH_TOKEN_FILE"),
                  ("poms", "BEARER_TOKEN_FILE"), ("agave", "TAPIS_TOKEN")]  # fmt: skip


@pytest.mark.parametrize(
    ("system", "variable", "kind"),
    [(system, variable, kind) for system, variable in _TOKEN_SOURCES for kind in ("newline", "CRLF", "NUL", "non-ASCII")
     if kind != "NUL" or variable.endswith("_FILE")],  # an environment value cannot hold NUL: files only
)  # fmt: skip
def test_a_malformed_token_from_the_environment_or_a_file_names_its_source(
    system: str, variable: str, kind: str, server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    value = MALFORMED[kind]
    if variable.endswith("_FILE"):
        token_file = tmp_path / "token"
        token_file.write_bytes(value.encode() + b"\n")
        monkeypatch.setenv(variable, str(token_file))
    else:
        monkeypatch.setenv(variable, value)
    kwargs: dict[str, Any] = {"panda": {"auth": "oidc", "vo": "atlas"}, "poms": {"experiment": "samdev"},
                              "agave": {}}[system]  # fmt: skip
    exc = _caught(lambda: SYSTEMS[system].sync(base_url=server.url, max_retries=0, **kwargs),
                  errors.ConfigurationError)  # fmt: skip
    assert str(exc).startswith(variable) and "the token holds" in str(exc)
    assert server.arrivals() == 0
    assert_hidden(shown(caplog, exc), value, SECRET)


@pytest.mark.parametrize("system", ["panda", "poms"])
def test_one_trailing_newline_of_a_token_file_is_dropped(
    system: str, server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file = tmp_path / "token"
    token_file.write_bytes(SECRET.encode() + b"\r\n")
    monkeypatch.setenv("OIDC_AUTH_TOKEN_FILE" if system == "panda" else "BEARER_TOKEN_FILE", str(token_file))
    c = CALLS[PROBE[system]]
    server.script(c.path, default=c.answer(server.url))
    kwargs: dict[str, Any] = {"auth": "oidc", "vo": "atlas"} if system == "panda" else {"experiment": "samdev"}
    with SYSTEMS[system].sync(base_url=server.url, max_retries=0, **kwargs) as client:
        assert c.check(c.invoke(client))
    assert server.received[0].headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("mode", MODES)
def test_a_poms_token_file_rewritten_between_calls_is_checked_again(
    mode: str, server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """POMS reads BEARER_TOKEN_FILE for every call (htgettoken renews it): a renewal that leaves two lines is
    refused with the file named, the new lines never shown. (A guard: this held already.)"""
    from sciclients.poms import AsyncPoms

    token_file = tmp_path / "bt_u1000"
    token_file.write_text(f"{SECRET}\n")
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    c = CALLS["poms.campaigns.get_id"]
    server.script(c.path, default=c.answer(server.url))
    renewed = f"{SECRET}\nsecond-line-{REFRESH_TOKEN}\n"
    options: dict[str, Any] = {"base_url": server.url, "experiment": "samdev", "max_retries": 0}

    def run() -> Any:
        if mode == "sync":
            with Poms(**options) as poms:
                assert c.check(c.invoke(poms))
                token_file.write_text(renewed)
                return c.invoke(poms)

        async def run_async() -> Any:
            async with AsyncPoms(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as poms:
                assert c.check(await c.invoke(poms))
                token_file.write_text(renewed)
                return await c.invoke(poms)

        return asyncio.run(run_async())

    exc = _caught(run, errors.ConfigurationError)
    assert "BEARER_TOKEN_FILE" in str(exc) and "newline" in str(exc)
    assert server.arrivals(path=c.path) == 1
    assert_hidden(shown(caplog, exc), SECRET, REFRESH_TOKEN)


# -- the token endpoints: answers that are not usable tokens -------------------------------------------------------
@pytest.fixture()
def panda_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "pathena"
    root.mkdir()
    claims = base64.urlsafe_b64encode(json.dumps({"exp": int(time.time()) - 3600}).encode()).decode().rstrip("=")
    (root / ".token").write_text(json.dumps({"id_token": f"eyJhbGciOiJSUzI1NiJ9.{claims}.c2ln",
                                             "refresh_token": REFRESH_TOKEN}))  # fmt: skip
    monkeypatch.setenv("PANDA_CONFIG_ROOT", str(root))
    return root / ".token"


def _script_panda_refresh(
    server: FaultServer, answer: f.Action | None = None, *, oidc_config_url: Any = "", token_endpoint: Any = ""
) -> None:
    config = {"oidc_config_url": oidc_config_url or f"{server.url}/oidc/config", "client_id": "panda-client",
              "client_secret": CLIENT_SECRET}  # fmt: skip
    server.script("/auth/atlas_auth_config.json", default=f.ok_json(config))
    server.script("/oidc/config", default=f.ok_json({"token_endpoint": token_endpoint or f"{server.url}/oidc/token"}))
    if answer is not None:
        server.script("/oidc/token", answer)
    server.script("/api/v1/task/get_status", default=f.ok_json({"success": True, "message": "", "data": "running"}))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("answer", "error", "fragment"),
    [({"id_token": f"{SECRET}\nX-Injected: 1"}, errors.APIResponseValidationError, "id_token answered by the PanDA"),
     ({"id_token": 12345}, errors.APIResponseValidationError, "is a int, not a string"),
     ({"id_token": ""}, errors.AuthenticationError, "without an id_token (or an empty one)"),
     ({"id_token": f"{SECRET}é"}, errors.APIResponseValidationError, "non-ASCII")],
    ids=["newline", "integer", "empty", "non-ASCII"],
)  # fmt: skip
def test_panda_refresh_answer_that_is_no_usable_token(
    answer: dict[str, Any], error: type[Exception], fragment: str, mode: str, server: FaultServer,
    panda_cache: Path, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    _script_panda_refresh(server, f.ok_json(answer))
    exc = _caught(lambda: _probe_panda_oidc(server.url, mode), error)
    assert fragment in str(exc)
    assert server.arrivals(path="/api/v1/task/get_status") == 0
    assert_hidden(shown(caplog, exc), SECRET, REFRESH_TOKEN, CLIENT_SECRET)


def _probe_panda_oidc(url: str, mode: str, **extra: Any) -> Any:
    from sciclients.panda import AsyncPanda

    options: dict[str, Any] = {"base_url": url, "auth": "oidc", "vo": "atlas", "max_retries": 0, **extra}
    if mode == "sync":
        with Panda(**options) as panda:
            return panda.task.get_status(1)

    async def run() -> Any:
        async with AsyncPanda(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as panda:
            return await panda.task.get_status(1)

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("where", "value"),
    [("oidc_config_url", "https://[::1"), ("oidc_config_url", 42), ("token_endpoint", "https://[::1/token"),
     ("token_endpoint", "ftp://sso.example.org/token")],
)  # fmt: skip
@pytest.mark.parametrize("mode", MODES)
def test_panda_refresh_with_an_unusable_endpoint_url_is_a_typed_error(
    where: str, value: Any, mode: str, server: FaultServer, panda_cache: Path, loopback_only: list[str]
) -> None:
    _script_panda_refresh(server, **{where: value})
    exc = _caught(lambda: _probe_panda_oidc(server.url, mode), errors.APIResponseValidationError)
    assert where in str(exc)
    assert loopback_only == []
    assert server.arrivals(path="/oidc/token") == 0


def test_panda_token_endpoint_answering_a_page_that_quotes_the_refresh_token_does_not_show_it(
    server: FaultServer, panda_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    page = f"<html>invalid grant {REFRESH_TOKEN} for client {CLIENT_SECRET}</html>"
    _script_panda_refresh(server, f.reply(200, page, {"Content-Type": "text/html"}))
    exc = _caught(lambda: _probe_panda_oidc(server.url, "sync"), errors.AuthenticationError)
    assert "not a JSON object" in str(exc)
    assert_hidden(shown(caplog, exc), REFRESH_TOKEN, CLIENT_SECRET)


def _agave_refresh_setup(server: FaultServer, token_answer: f.Action) -> dict[str, Any]:
    server.script("/token", token_answer)
    c = CALLS["agave.jobs.get_status"]
    server.script(c.path, default=c.answer(server.url))
    return {"base_url": server.url, "token": TOKEN, "refresh_token": REFRESH_TOKEN, "api_key": "ak-fault",
            "api_secret": API_SECRET, "expires_at": time.time() - 10, "max_retries": 0}  # fmt: skip


def _agave_call(options: dict[str, Any], mode: str) -> Any:
    if mode == "sync":
        with Agave(**options) as agave:
            return agave.jobs.get_status("j-1")

    async def run() -> Any:
        async with AsyncAgave(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as agave:
            return await agave.jobs.get_status("j-1")

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("body", "fragment"),
    [('{"access_token": "", "expires_in": 3600}', "without an access_token (or an empty one)"),
     (f'{{"access_token": "{SECRET}\\n", "expires_in": 3600}}', None),  # one trailing newline: dropped, works
     (f'{{"access_token": "{SECRET}\\nX-Injected: 1"}}', "holds a newline"),
     (f'{{"access_token": "{SECRET}", "expires_in": 1e400}}', "expires_in is inf"),
     (f'{{"access_token": "{SECRET}", "expires_in": NaN}}', "expires_in is nan"),
     (f'{{"access_token": "{SECRET}", "expires_in": "-1e300"}}', "expires_in is -1e+300"),
     (f'{{"access_token": "{SECRET}", "expires_in": "soon"}}', "expires_in is not a number"),
     (f'{{"access_token": "{SECRET}", "expires_in', "not a JSON object")],
    ids=["empty", "trailing-newline", "newline", "1e400", "NaN", "-1e300", "text", "truncated"],
)  # fmt: skip
def test_agave_refresh_answer_checked(
    body: str, fragment: str | None, mode: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    options = _agave_refresh_setup(server, f.reply(200, body, {"Content-Type": "application/json"}))
    if fragment is None:
        assert _agave_call(options, mode).status == "RUNNING"
        call_request = next(r for r in server.received if r.path == "/jobs/v2/j-1/status")
        assert call_request.headers["authorization"] == f"Bearer {SECRET}"
        return
    exc = _caught(lambda: _agave_call(options, mode), errors.APIResponseValidationError)
    assert fragment in str(exc) and "connection failed" not in str(exc)
    assert server.arrivals(path="/jobs/v2/j-1/status") == 0
    assert_hidden(shown(caplog, exc), SECRET, REFRESH_TOKEN, API_SECRET)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", ["panda", "agave"])
def test_a_token_endpoint_trickling_its_answer_cannot_hold_the_call_past_its_timeout(
    system: str, mode: str, server: FaultServer, panda_cache: Path
) -> None:
    """Item 6 on the refresh path: the refresh made inside a call keeps to that call's deadline. The blocking
    client's refresh used its own connection pool, outside the deadline: ~12 s here with timeout=0.5."""
    body = b'{"id_token": "eyJ.x.y", "access_token": "at-1", "expires_in": 3600, "pad": "' + b"x" * 80 + b'"}'
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    trickled = f.trickle(body, 0.1, head=head + b"Content-Length: %d\r\n\r\n" % len(body))
    if system == "agave":
        options = {**_agave_refresh_setup(server, trickled), "timeout": 0.5}
        exc = _caught(lambda: _agave_call(options, mode), errors.APITimeoutError)
    else:
        _script_panda_refresh(server, trickled)
        exc = _caught(lambda: _probe_panda_oidc(server.url, mode, timeout=0.5), errors.APITimeoutError)
    if mode == "sync":  # the refresh itself timed out (it used to finish, and the call's connect then expired)
        assert "token endpoint" in str(exc), str(exc)


# -- item 13: one refresh in flight per token source, shared by concurrent calls ------------------------------------
def _newest_token_only(current: list[str]) -> f.Action:
    """A job-status route that accepts only the newest token the /token route handed out (it revokes the rest)."""
    ok = CALLS["agave.jobs.get_status"].answer("")
    refused = f.reply(401, '{"fault": {"message": "Invalid Credentials"}}', {"Content-Type": "application/json"})

    def act(conn: Any) -> None:
        accepted = conn.request.headers.get("authorization") == f"Bearer {current[-1]}"
        time.sleep(0.05)  # slow enough that many calls are in flight with the same stale token
        (ok if accepted else refused)(conn)

    return act


def _rotating_token_endpoint(current: list[str], lifetime: int) -> f.Action:
    lock = threading.Lock()

    def act(conn: Any) -> None:
        with lock:
            current.append(f"tok-FAULTSUITE-rotated-{len(current):04d}")
            token = current[-1]
        time.sleep(0.05)  # a refresh takes a while: concurrent calls pile up behind it
        f.ok_json({"access_token": token, "refresh_token": f"rt-FAULTSUITE-{token}", "expires_in": lifetime})(conn)

    return act


@pytest.mark.parametrize("expired", [True, False], ids=["expires_at-passed", "revoked-401"])
@pytest.mark.parametrize("mode", MODES)
def test_200_concurrent_calls_with_a_stale_agave_token_make_one_refresh(
    mode: str, expired: bool, server: FaultServer
) -> None:
    current = [TOKEN]
    # An expired token is renewed a minute early; a lifetime shorter than that must not make every call renew.
    server.script("/token", default=_rotating_token_endpoint(current, 30 if expired else 3600))
    server.script("/jobs/v2/j-1/status", default=_newest_token_only(current))
    options: dict[str, Any] = {"base_url": server.url, "token": TOKEN, "refresh_token": REFRESH_TOKEN,
                               "api_key": "ak-fault", "api_secret": API_SECRET, "max_retries": 0}  # fmt: skip
    if expired:
        options["expires_at"] = time.time() - 10
    else:
        current.append("tok-FAULTSUITE-server-side-rotation")  # the client's token was revoked: every call gets 401

    if mode == "sync":
        with Agave(**options) as agave, ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(lambda _i: agave.jobs.get_status("j-1"), range(200)))
    else:

        async def run() -> list[Any]:
            async with AsyncAgave(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as agave:
                return await agave.gather((agave.jobs.get_status("j-1") for _ in range(200)), limit=200)

        results = asyncio.run(run())
    assert [r.status for r in results] == ["RUNNING"] * 200
    assert server.arrivals("POST", "/token") == 1


# -- item 4: errors built from answers of credential endpoints never quote them -------------------------------------
CREDENTIAL = "ghp_FAULTSUITE0credential0123456789"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("operation", "path", "answer", "error"),
    [("get_access_token", "/api/v1/creds/get_access_token",
      f'{{"success": true, "message": "", "data": {{"user_proxy": "{CREDENTIAL}"', errors.APIResponseValidationError),
     ("get_access_token", "/api/v1/creds/get_access_token",
      json.dumps({"success": True, "message": "", "data": [CREDENTIAL]}), errors.APIResponseValidationError),
     ("get_user_secrets", "/api/v1/creds/get_user_secrets",
      json.dumps({"success": True, "message": "", "data": '{"S3_KEY": "' + CREDENTIAL}),
      errors.APIResponseValidationError),
     ("get_user_secrets", "/api/v1/creds/get_user_secrets",
      json.dumps({"S3_KEY": CREDENTIAL}), errors.APIResponseValidationError),
     ("get_user_secrets", "/api/v1/creds/get_user_secrets",
      json.dumps({"success": False, "message": f"could not decrypt {CREDENTIAL}", "data": {"S3_KEY": CREDENTIAL}}),
      errors.OperationFailedError),
     ("get_access_token", "/api/v1/creds/get_access_token", f"<html>500: {CREDENTIAL}</html>",
      errors.APIResponseValidationError)],
    ids=["truncated", "wrong-shape", "secrets-truncated", "no-envelope", "failure-echoing", "html"],
)  # fmt: skip
def test_panda_credential_answers_never_show_in_errors(
    operation: str, path: str, answer: str, error: type[Exception], mode: str, server: FaultServer,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    from sciclients.panda import AsyncPanda

    server.script(path, default=f.reply(200, answer, {"Content-Type": "text/plain"}))
    invoke: Callable[[Any], Any] = {"get_access_token": lambda p: p.creds.get_access_token("panda_target"),
                                    "get_user_secrets": lambda p: p.creds.get_user_secrets()}[operation]  # fmt: skip
    options: dict[str, Any] = {"base_url": server.url, "token": TOKEN, "vo": "atlas", "max_retries": 0}

    def run() -> Any:
        if mode == "sync":
            with Panda(**options) as panda:
                return invoke(panda)

        async def arun() -> Any:
            async with AsyncPanda(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as panda:
                return await invoke(panda)

        return asyncio.run(arun())

    exc = _caught(run, error)
    assert server.arrivals(path=path) == 1
    assert_hidden(shown(caplog, exc), CREDENTIAL, TOKEN)


def test_a_token_key_echoed_by_the_server_is_masked(server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    key = "tk-FAULTSUITE-key-31337"
    server.script("/api/v1/creds/get_access_token",
                  default=f.ok_json({"success": False, "message": f"failed since token key is invalid: {key}",
                                    "data": None}))  # fmt: skip
    with Panda(base_url=server.url, token=TOKEN, vo="atlas", max_retries=0) as panda:
        exc = _caught(lambda: panda.creds.get_access_token("t", token_key=key), errors.PermissionDeniedError)
    assert "is invalid" in str(exc)
    assert_hidden(shown(caplog, exc), key)


# -- items 5 and 8: proxies and CA files that cannot be used ---------------------------------------------------------
@pytest.fixture(scope="module")
def proxies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("proxies")
    return {kind: bad_proxy(folder / kind.replace(" ", "_"), kind) for kind in BAD_PROXIES if
            (folder / kind.replace(" ", "_")).mkdir() is None}  # fmt: skip


PROXY_PROBLEM = {"encrypted key": "encrypted private key", "empty": "is empty", "not PEM": "is not a PEM file",
                 "DER": "is not a PEM file", "certificate only": "no private key",
                 "mismatched key": "does not match its certificate", "directory": "is a directory"}  # fmt: skip


@pytest.mark.parametrize("kind", BAD_PROXIES)
@pytest.mark.parametrize(
    ("surface", "given_by"),
    [("Panda", "argument"), ("Panda", "X509_USER_PROXY"), ("Poms", "argument"), ("Poms", "X509_USER_PROXY"),
     ("Client", "X509_USER_PROXY"), ("poms_client", "X509_USER_PROXY")],  # the drop-ins read the environment only
)  # fmt: skip
def test_an_unusable_proxy_is_a_configuration_error_naming_the_file(
    surface: str, kind: str, given_by: str, proxies: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
    server: FaultServer, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    path = proxies[kind]
    argument = {"proxy": path} if given_by == "argument" else {}
    if given_by == "X509_USER_PROXY":
        monkeypatch.setenv("X509_USER_PROXY", str(path))
    name = "proxy" if given_by == "argument" else "X509_USER_PROXY"
    expected = f"{name}: "
    if surface == "Panda":
        exc = _caught(lambda: Panda(base_url=server.url, auth="x509", **argument), errors.ConfigurationError)
        text = str(exc)
    elif surface == "Poms":
        exc = _caught(lambda: Poms(base_url=server.url, auth="x509", experiment="samdev", **argument),
                      errors.ConfigurationError)  # fmt: skip
        text = str(exc)
    elif surface == "Client":
        from sciclients.panda import Client

        monkeypatch.setattr(Client, "baseURLSSL", server.url)
        Client._forget_clients()
        status, text = Client.getTaskStatus(1)
        Client._forget_clients()
        assert status == Client.EC_Failed
    else:
        from sciclients.poms import poms_client

        monkeypatch.setenv("POMS_URL", server.url)
        monkeypatch.setenv("EXPERIMENT", "samdev")
        poms_client._reset()
        exc = _caught(lambda: poms_client.get_campaign_id("samdev", "x"), errors.ConfigurationError)
        text = str(exc)
    assert expected in text and str(path) in text and PROXY_PROBLEM[kind] in text, text
    assert "pass phrase:" not in text.lower().replace("a pass phrase", "")
    assert server.arrivals() == 0
    if kind != "directory" and path.stat().st_size:
        body_lines = [line for line in path.read_bytes().splitlines() if line and not line.startswith(b"-----")]
        logged = shown(caplog, text)
        assert all(line.decode("latin-1") not in logged for line in body_lines[:3])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["encrypted key", "not PEM", "deleted"])
def test_a_proxy_replaced_after_construction_is_named_at_the_handshake(
    kind: str, mode: str, tls_server: FaultServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The system CAs load on the first handshake, and the proxy is read again then: a proxy renewed badly in
    between is a ConfigurationError naming it (never a prompt, nothing sent). aiohttp builds its context when
    the client is constructed, so it keeps the proxy it read then."""
    from sciclients.panda import AsyncPanda

    (tmp_path / "good").mkdir()
    (tmp_path / "bad").mkdir()
    target = tmp_path / "x509up"
    target.write_bytes(proxy_file(tmp_path / "good").read_bytes())
    c = CALLS["panda.task.get_status"]
    tls_server.script(c.path, default=c.answer(tls_server.url))
    options: dict[str, Any] = {"base_url": tls_server.url, "auth": "x509", "proxy": target, "verify": False,
                               "max_retries": 0}  # fmt: skip

    def replace() -> None:
        if kind == "deleted":
            target.unlink()
        else:
            os.replace(bad_proxy(tmp_path / "bad", kind), target)

    def run() -> Any:
        if mode == "sync":
            with Panda(**options) as panda:
                replace()
                return panda.task.get_status(1)

        async def run_async() -> Any:
            async with AsyncPanda(**options, **({"transport": "aiohttp"} if mode == "aiohttp" else {})) as panda:
                replace()
                return await panda.task.get_status(1)

        return asyncio.run(run_async())

    if mode == "aiohttp":
        assert run() == "running" and tls_server.arrivals(path=c.path) == 1
        return
    exc = _caught(run, errors.ConfigurationError)
    assert str(target) in str(exc) and "proxy" in str(exc), str(exc)
    assert tls_server.arrivals() == 0
    assert "enter pem pass phrase" not in (caplog.text + str(exc)).lower()  # never a prompt


@pytest.mark.parametrize("problem", ["missing", "not PEM", "directory", "a key, not a certificate"])
@pytest.mark.parametrize("system", ["jdma", "agave"])
def test_an_unusable_ca_file_is_a_configuration_error_naming_it(
    system: str, problem: str, tmp_path: Path, server: FaultServer
) -> None:
    ca = tmp_path / "ca.pem"
    if problem == "not PEM":
        ca.write_text("not a certificate\n")
    elif problem == "directory":
        ca.mkdir()
    elif problem == "a key, not a certificate":
        key = proxy_file(tmp_path).read_text()
        ca.write_text(key[key.index("-----BEGIN PRIVATE KEY") :])
    exc = _caught(lambda: make_client(system, server.url, ca_file=ca), errors.ConfigurationError)
    assert str(exc).startswith("ca_file: ") and str(ca) in str(exc)
    assert server.arrivals() == 0


# -- item 9: files that are not text, and values that are not URLs ---------------------------------------------------
@pytest.mark.parametrize(("system", "variable"), [("panda", "OIDC_AUTH_TOKEN_FILE"), ("poms", "BEARER_TOKEN_FILE")])
@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe" + SECRET.encode(), SECRET.encode() + b"\x80\x81\n", b"\xef\xbb\xbf" + SECRET.encode()],
    ids=["utf16-bom", "latin1", "utf8-bom"],
)
def test_a_token_file_that_is_not_ascii_names_the_variable(
    system: str, variable: str, content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    server: FaultServer, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    token_file = tmp_path / "token"
    token_file.write_bytes(content)
    monkeypatch.setenv(variable, str(token_file))
    kwargs: dict[str, Any] = {"auth": "oidc", "vo": "atlas"} if system == "panda" else {"experiment": "samdev"}
    exc = _caught(lambda: SYSTEMS[system].sync(base_url=server.url, **kwargs), errors.ConfigurationError)
    assert str(exc).startswith(f"{variable}: {token_file}") and "non-ASCII" in str(exc)
    assert exc.__context__ is None  # no UnicodeDecodeError holding the bytes
    assert_hidden(shown(caplog, exc), SECRET)


@pytest.mark.parametrize(
    ("variable", "value", "fragment"),
    [("PANDACACHE_URL", "https://[::1", "PANDACACHE_URL"), ("PANDACACHE_URL", "ftp://x", "PANDACACHE_URL"),
     ("PANDA_URL_SSL", "https://[::1", "PANDA_URL_SSL"), ("PANDA_URL_SSL", "pandaserver.cern.ch", "PANDA_URL_SSL"),
     ("PANDA_AUTH", "bogus", "PANDA_AUTH='bogus'"), ("PANDA_VERIFY_HOST", "maybe", "PANDA_VERIFY_HOST='maybe'")],
)  # fmt: skip
def test_panda_environment_values_are_validated_with_the_variable_named(
    variable: str, value: str, fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, value)
    exc = _caught(lambda: Panda(auth="none"), errors.ConfigurationError)
    assert fragment in str(exc)


# -- item 15: every configuration value validated, the variable named -------------------------------------------------
def test_panda_auth_bogus_is_refused_not_silently_x509(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PANDA_AUTH", "bogus")
    monkeypatch.setenv("X509_USER_PROXY", str(proxy_file(tmp_path)))  # x509 would work: the value must still fail
    with pytest.raises(errors.ConfigurationError, match="PANDA_AUTH='bogus': expected 'oidc'"):
        Panda()


@pytest.mark.parametrize("system", ["panda", "poms"])
def test_an_empty_token_file_names_its_variable(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: FaultServer
) -> None:
    variable = "OIDC_AUTH_TOKEN_FILE" if system == "panda" else "BEARER_TOKEN_FILE"
    empty = tmp_path / "token"
    empty.write_text("\n")
    monkeypatch.setenv(variable, str(empty))
    kwargs: dict[str, Any] = {"auth": "oidc", "vo": "atlas"} if system == "panda" else {"experiment": "samdev"}
    with pytest.raises(errors.ConfigurationError, match=f"^{variable}: .* is empty"):
        SYSTEMS[system].sync(base_url=server.url, **kwargs)


@pytest.mark.parametrize(
    ("system", "variable", "value", "fragment"),
    [("jdma", "JDMA_API_URL", "ftp://jdma.example.org", "JDMA_API_URL"),
     ("jdma", "JDMA_USER", "alice smith", "JDMA_USER"),
     ("jdma", "JDMA_VERIFY", "sometimes", "JDMA_VERIFY='sometimes'"),
     ("poms", "POMS_URL", "ftp://poms.example.org", "POMS_URL"),
     ("poms", "X509_CERT_DIR", "/nonexistent/certificates", "X509_CERT_DIR"),
     ("agave", "TAPIS_BASE_URL", "ftp://agave.example.org", "TAPIS_BASE_URL"),
     ("agave", "TAPIS_BASE_URL", "https://[::1", "TAPIS_BASE_URL"),
     ("panda", "X509_CERT_DIR", "/nonexistent/certificates", "X509_CERT_DIR")],
)  # fmt: skip
def test_environment_values_of_every_system_are_validated_with_the_variable_named(
    system: str, variable: str, value: str, fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, value)
    options: dict[str, Any] = {
        "panda": {"base_url": "https://pandaserver.example.org", "auth": "oidc", "token": TOKEN, "vo": "atlas"},
        "jdma": {} if variable == "JDMA_API_URL" else {"base_url": "https://jdma.example.org/api/v1"},
        "poms": {"token": TOKEN, "experiment": "samdev"} | ({} if variable == "POMS_URL" else
                                                          {"base_url": "https://poms.example.org"}),
        "agave": {"token": TOKEN},
    }[system]  # fmt: skip
    exc = _caught(lambda: SYSTEMS[system].sync(**options), errors.ConfigurationError)
    assert fragment in str(exc)


# -- item 16: messages that say what happened ---------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", ["panda", "agave"])
def test_a_307_is_a_redirect_not_a_body_that_is_not_json(system: str, mode: str, server: FaultServer) -> None:
    c = CALLS[PROBE[system]]
    server.script(c.path, default=f.redirect(f"{server.url}/moved", 307))
    exc = _caught(lambda: _probe(system, server.url, mode, max_retries=0), errors.APIResponseValidationError)
    assert "HTTP 307" in str(exc) and "not followed" in str(exc) and "not JSON" not in str(exc)
    assert server.arrivals(path="/moved") == 0


@pytest.mark.parametrize(
    ("body", "fragment"),
    [({"name": "x", "appId": "a-1.0", "inputs": ["a"]}, "body['inputs']"),
     ({"name": "x", "appId": "a-1.0", "parameters": "many"}, "body['parameters']"),
     ({"name": "x", "appId": "a-1.0", "notifications": [1]}, "body['notifications']")],
)  # fmt: skip
def test_agave_submit_type_errors_name_the_field(body: dict[str, Any], fragment: str, server: FaultServer) -> None:
    with Agave(base_url=server.url, token=TOKEN) as agave:
        exc = _caught(lambda: agave.jobs.submit(body), TypeError)
    assert str(exc).startswith(fragment) and "dictionary update sequence" not in str(exc).split(":")[0]
    assert server.arrivals() == 0


def _broken_status_line(conn: Any) -> None:
    conn.read_body()
    body = b'{"error": "no such user"}'
    conn.send(b"HTTP/1.1 404 Not\nFound\r\nContent-Type: application/json\r\nContent-Length: "
              + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_a_status_line_broken_by_the_server_is_not_a_connection_failure(
    system: str, mode: str, server: FaultServer
) -> None:
    c = CALLS[PROBE[system]]
    server.script(c.path, default=_broken_status_line)
    try:
        _probe(system, server.url, mode, max_retries=0)
    except errors.APIStatusError as exc:  # a lenient parser kept the answer: its status and words are there
        assert exc.status_code == 404
    except errors.APIError as exc:
        assert "connection failed" not in str(exc) and "not valid HTTP" in str(exc), str(exc)
    else:
        pytest.fail("a 404 was taken for a success")


# -- beyond the list: token files and caches that are not what they seem ------------------------------------------
@pytest.mark.parametrize(
    "kind", ["symlink to /dev/zero", "fifo", "huge", "directory", "dangling symlink", "symlink to a good file"]
)
@pytest.mark.parametrize(("system", "variable"), [("panda", "OIDC_AUTH_TOKEN_FILE"), ("poms", "BEARER_TOKEN_FILE")])
def test_token_files_that_are_not_small_regular_files(
    system: str, variable: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: FaultServer
) -> None:
    path = tmp_path / "token"
    if kind == "symlink to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "huge":
        path.write_bytes(b"A" * (2 * 1024 * 1024))
    elif kind == "directory":
        path.mkdir()
    elif kind == "dangling symlink":
        path.symlink_to(tmp_path / "nothing-here")
    else:
        (tmp_path / "real").write_text(SECRET + "\n")
        path.symlink_to(tmp_path / "real")
    monkeypatch.setenv(variable, str(path))
    kwargs: dict[str, Any] = {"auth": "oidc", "vo": "atlas"} if system == "panda" else {"experiment": "samdev"}
    if system == "poms" and kind == "dangling symlink":
        kwargs["auth"] = "token"  # without it POMS falls back to a proxy when the token file does not exist
    build = lambda: SYSTEMS[system].sync(base_url=server.url, max_retries=0, **kwargs)  # noqa: E731
    if kind == "symlink to a good file":
        build().close()
        return
    exc = _caught(build, errors.ConfigurationError)
    assert str(exc).startswith(f"{variable}: ") and str(path) in str(exc)


@pytest.mark.parametrize(
    ("system", "kind"),
    [(system, kind) for system in ("panda", "agave")
     for kind in ("deeply nested", "not UTF-8", "huge", "token with a newline", "fifo")
     if (system, kind) != ("panda", "fifo")],  # PanDA reads its cache only when it is a regular file: no cache
)  # fmt: skip
def test_token_caches_that_are_broken(system: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / (".token" if system == "panda" else "current")
    key = "id_token" if system == "panda" else "access_token"
    content = {
        "deeply nested": b"[" * 100000 + b"]" * 100000,
        "not UTF-8": json.dumps({key: SECRET}).encode().replace(b"tok", b"t\xffk"),
        "huge": json.dumps({key: SECRET, "padding": "x" * (2 * 1024 * 1024)}).encode(),
        "token with a newline": json.dumps({key: SECRET + "\nX-Injected: 1", "refresh_token": REFRESH_TOKEN}).encode(),
    }  # fmt: skip
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(content[kind])
    if system == "panda":
        monkeypatch.setenv("PANDA_CONFIG_ROOT", str(folder))

        def build() -> Any:
            with Panda(base_url=server.url, auth="oidc", vo="atlas") as panda:
                return panda.task.get_status(1)
    else:
        monkeypatch.setenv("AGAVE_CACHE_DIR", str(folder))

        def build() -> Any:
            return Agave(base_url=server.url)

    exc = _caught(build, errors.ConfigurationError)
    assert str(path) in str(exc)
    assert exc.__context__ is None or not isinstance(exc.__context__, (UnicodeDecodeError, RecursionError))
    assert server.arrivals(path="/api/v1/task/get_status") == 0
    assert_hidden(shown(caplog, exc), SECRET)


@pytest.mark.parametrize("vo", ["atlas\nX-Injected: 1", "atlasé"])
def test_a_vo_that_cannot_go_in_a_header_is_refused(vo: str, server: FaultServer) -> None:
    with pytest.raises(ValueError, match="^vo: the VO holds") as caught:
        Panda(base_url=server.url, token=TOKEN, vo=vo)
    assert "a token" not in str(caught.value) and "Origin header" in str(caught.value)
    assert server.arrivals() == 0


@pytest.fixture(autouse=True)
def _no_leftover_clients() -> Iterator[None]:
    yield
    from sciclients.panda import Client

    Client._forget_clients()


# -- and further: configuration files and values that are not what they seem ----------------------------------------
@pytest.mark.parametrize("kind", ["fifo", "directory", "not UTF-8", "no section header"])
def test_a_poms_client_cfg_that_cannot_be_used_is_named(kind: str, tmp_path: Path) -> None:
    cfg = tmp_path / "client.cfg"
    if kind == "fifo":
        os.mkfifo(cfg)
    elif kind == "directory":
        cfg.mkdir()
    elif kind == "not UTF-8":
        cfg.write_bytes(b"[url]\nbase_prod = https://poms.example.org\n\xff\xfe\n")
    else:
        cfg.write_text("base_prod = https://poms.example.org\n")
    exc = _caught(lambda: Poms(configfile=cfg, auth="none"), errors.ConfigurationError)
    assert str(cfg) in str(exc)


def test_panda_auth_config_quoting_the_client_secret_is_not_shown(
    server: FaultServer, panda_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    truncated = json.dumps({"oidc_config_url": f"{server.url}/oidc/config", "client_secret": CLIENT_SECRET})[:-5]
    server.script("/auth/atlas_auth_config.json", default=f.reply(200, truncated, {"Content-Type": "application/json"}))
    exc = _caught(lambda: _probe_panda_oidc(server.url, "sync"), errors.APIResponseValidationError)
    assert "auth config is not a JSON object" in str(exc)
    assert_hidden(shown(caplog, exc), CLIENT_SECRET, REFRESH_TOKEN)


def test_an_unknown_sciclients_log_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from sciclients._core import _logging

    monkeypatch.setattr(_logging, "_configured", False)
    monkeypatch.setenv("SCICLIENTS_LOG", "verbose")
    with pytest.raises(errors.ConfigurationError, match="SCICLIENTS_LOG='verbose'"):
        Panda(base_url="https://pandaserver.example.org", auth="none")


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [({"access_token": 12345}, "access_token: the token is a int"),
     ({"access_token": TOKEN, "created_at": "1", "expires_in": "NaN"}, "expires_in is nan"),
     ({"access_token": TOKEN, "baseurl": "http://agave.example.org"}, "plain http")],
    ids=["integer-token", "nan-lifetime", "plain-http-baseurl"],
)  # fmt: skip
def test_agave_cache_values_are_checked_with_the_file_named(
    entry: dict[str, Any], fragment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_only: list[str]
) -> None:
    (tmp_path / "current").write_text(json.dumps(entry))
    monkeypatch.setenv("AGAVE_CACHE_DIR", str(tmp_path))
    exc = _caught(lambda: Agave(), errors.ConfigurationError)
    assert fragment in str(exc) and str(tmp_path / "current") in str(exc)
    assert loopback_only == []


@pytest.mark.parametrize("expires_at", [float("nan"), float("inf"), 10**400])
def test_agave_expires_at_must_be_finite(expires_at: Any) -> None:
    with pytest.raises(ValueError, match="^expires_at must be finite"):
        Agave(base_url="https://agave.example.org", token=TOKEN, expires_at=expires_at)


@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "fifo", "huge"])
@pytest.mark.parametrize("system", ["panda", "poms"])
def test_proxies_that_are_not_small_regular_files(system: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "x509up"
    if kind == "symlink to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.write_text(proxy_file(tmp_path).read_text() + "#" * (2 * 1024 * 1024))
    build = {"panda": lambda: Panda(base_url="https://pandaserver.example.org", auth="x509", proxy=path),
             "poms": lambda: Poms(base_url="https://poms.example.org", auth="x509", proxy=path)}[system]  # fmt: skip
    exc = _caught(build, errors.ConfigurationError)
    assert str(exc).startswith(f"proxy: {path}")


@pytest.mark.parametrize("content", [SECRET.encode() + b"\xff\n", f"{SECRET}\n{SECRET}\n".encode(), b""],
                         ids=["not-ascii", "two-lines", "empty"])  # fmt: skip
def test_drop_in_get_token_string_checks_the_token_file(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sciclients.panda import Client

    token_file = tmp_path / "token"
    token_file.write_bytes(content)
    monkeypatch.setenv("OIDC_AUTH_TOKEN_FILE", str(token_file))
    assert Client.get_token_string(None, False) is None  # the classic convention: None, the reason logged
    assert "OIDC_AUTH_TOKEN_FILE" in caplog.text
    assert_hidden(shown(caplog), SECRET)


def test_a_panda_token_cache_that_cannot_be_rewritten_keeps_the_refreshed_token(
    server: FaultServer, panda_cache: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import tempfile

    def read_only(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    fresh = f"eyJhbGciOiJSUzI1NiJ9.{base64.urlsafe_b64encode(b'{}').decode().rstrip('=')}.c2lnLW5ldw"
    _script_panda_refresh(server, f.ok_json({"id_token": fresh}))
    monkeypatch.setattr(tempfile, "mkstemp", read_only)  # a folder the user cannot write (root could)
    assert _probe_panda_oidc(server.url, "sync") == "running"
    assert "could not update" in caplog.text
    assert_hidden(shown(caplog), fresh, REFRESH_TOKEN)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("answer", "error", "fragment"),
    [(f.bad_gzip, errors.APIResponseValidationError, "could not be decoded"),
     (lambda: f.large_json({"access_token": SECRET, "padding": "x" * (2 * 1024 * 1024)}),
      errors.APIResponseValidationError, "answered more than"),
     (f.reset_after_body, errors.APIConnectionError, "cannot reach the Agave token endpoint")],
    ids=["bad-gzip", "huge", "reset"],
)  # fmt: skip
def test_agave_token_endpoint_failures_are_typed(
    answer: Callable[[], f.Action], error: type[Exception], fragment: str, mode: str, server: FaultServer,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    options = _agave_refresh_setup(server, answer())
    exc = _caught(lambda: _agave_call(options, mode), error)
    assert fragment in str(exc)
    assert server.arrivals(path="/jobs/v2/j-1/status") == 0
    assert_hidden(shown(caplog, exc), SECRET, REFRESH_TOKEN, API_SECRET)


@pytest.mark.parametrize("where", ["/auth/atlas_auth_config.json", "/oidc/token"])
def test_panda_token_flow_answers_with_bad_gzip_are_typed(where: str, server: FaultServer, panda_cache: Path) -> None:
    _script_panda_refresh(server)  # queues nothing for /oidc/token: the bad answer is the only one
    server.script(where, f.bad_gzip())
    exc = _caught(lambda: _probe_panda_oidc(server.url, "sync"), errors.APIResponseValidationError)
    assert "could not be decoded" in str(exc)


@pytest.mark.parametrize("drop_in", ["poms_client", "jdma_lib"])
def test_the_other_drop_ins_refuse_credentials_over_plain_http(
    drop_in: str, monkeypatch: pytest.MonkeyPatch, loopback_only: list[str]
) -> None:
    if drop_in == "poms_client":
        from sciclients.poms import poms_client

        monkeypatch.setenv("POMS_URL", "http://poms.example.org:8080")
        monkeypatch.setenv("EXPERIMENT", "samdev")
        token_file = Path(os.environ["HOME"]) / "bt"
        token_file.write_text(SECRET + "\n")
        monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
        poms_client._reset()
        try:
            exc = _caught(lambda: poms_client.get_campaign_id("samdev", "x"), errors.ConfigurationError)
        finally:
            poms_client._reset()
    else:
        from sciclients.jdma import jdma_lib

        monkeypatch.setenv("JDMA_API_URL", "http://jdma.example.org/jdma_control/api/v1")
        jdma_lib.use_client(None)
        try:
            exc = _caught(lambda: jdma_lib.get_storage(), errors.ConfigurationError)
        finally:
            jdma_lib.use_client(None)
    assert "plain http" in str(exc) and "SCICLIENTS_ALLOW_INSECURE_HTTP" in str(exc)
    assert loopback_only == []
