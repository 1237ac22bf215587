"""Secrets never show: with DEBUG logs of sciclients, httpx and httpcore captured (the suite's autouse fixture),
no token, refresh token, password, client secret or proxy-file content appears in any output channel
(`channels.shown`: the logs, str/repr/attributes/traceback of clients and exceptions and of every exception
chained to them) — including when a server echoes them back, and when a malformed token is refused."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

import pytest
from sciclients import errors
from sciclients.agave import Agave
from sciclients.jdma import Jdma
from sciclients.panda import Panda
from sciclients.poms import Poms

from . import server as f
from .channels import assert_hidden, shown
from .pki import pem_bodies, proxy_file
from .server import FaultServer
from .systems import SYSTEMS, TOKEN, make_client

REFRESH_TOKEN = "rt-FAULTSUITE-refresh-0123456789"
NEW_REFRESH_TOKEN = "rt-FAULTSUITE-refresh-rotated-9876"
CLIENT_SECRET = "cs-FAULTSUITE-client-secret-abcdef"
API_KEY = "ak-FAULTSUITE-api-key"
API_SECRET = "as-FAULTSUITE-api-secret-password"
NEW_TOKEN = "tok-FAULTSUITE-refreshed-fedcba9876"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _jwt(exp: float, who: str) -> str:
    return f"{_b64({'alg': 'RS256', 'typ': 'JWT'})}.{_b64({'exp': int(exp), 'sub': who})}.c2lnbmF0dXJlLW9m{who}"


_shown = shown  # every channel: logs, str/repr/attributes/traceback and the whole exception chain
_assert_hidden = assert_hidden


# -- PanDA: the OIDC token cache, refreshed with the refresh token and the client secret ----------------------
@pytest.fixture()
def panda_token_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    root = tmp_path / "pathena"
    root.mkdir()
    expired = _jwt(time.time() - 3600, "old")
    (root / ".token").write_text(json.dumps({"id_token": expired, "refresh_token": REFRESH_TOKEN}))
    monkeypatch.setenv("PANDA_CONFIG_ROOT", str(root))
    return root / ".token", expired


def _script_panda_refresh(server: FaultServer, token_answer: f.Action) -> None:
    server.script(
        "/auth/atlas_auth_config.json",
        default=f.ok_json(
            {
                "oidc_config_url": f"{server.url}/oidc/config",
                "client_id": "panda-client",
                "client_secret": CLIENT_SECRET,
            }
        ),
    )
    server.script("/oidc/config", default=f.ok_json({"token_endpoint": f"{server.url}/oidc/token"}))
    server.script("/oidc/token", token_answer)
    server.script("/api/v1/task/get_status",
                  default=f.ok_json({"success": True, "message": "", "data": "running"}))  # fmt: skip


def test_panda_token_refresh_shows_no_token_refresh_token_or_client_secret(
    server: FaultServer, panda_token_cache: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    cache, expired = panda_token_cache
    fresh = _jwt(time.time() + 3600, "new")
    _script_panda_refresh(server, f.ok_json({"id_token": fresh, "refresh_token": NEW_REFRESH_TOKEN}))
    with Panda(base_url=server.url, auth="oidc", vo="atlas", max_retries=0) as panda:
        assert panda.task.get_status(1) == "running"
        shown = _shown(caplog, panda, panda.config, panda.config.auth)
    # The secrets were really in play: sent to the token endpoint, the new token used on the call.
    token_request = next(r for r in server.received if r.path == "/oidc/token")
    assert token_request.body and REFRESH_TOKEN.encode() in token_request.body
    assert CLIENT_SECRET.encode() in token_request.body
    call = next(r for r in server.received if r.path == "/api/v1/task/get_status")
    assert call.headers["authorization"] == f"Bearer {fresh}"
    assert fresh in cache.read_text() and cache.stat().st_mode & 0o777 == 0o600
    _assert_hidden(shown, expired, fresh, REFRESH_TOKEN, NEW_REFRESH_TOKEN, CLIENT_SECRET)


def test_panda_refused_refresh_echoing_the_secrets_is_a_redacted_authentication_error(
    server: FaultServer, panda_token_cache: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    echo = json.dumps({"error": "invalid_grant", "refresh_token": REFRESH_TOKEN, "client_secret": CLIENT_SECRET})
    _script_panda_refresh(server, f.reply(400, echo, {"Content-Type": "application/json"}))
    with Panda(base_url=server.url, auth="oidc", vo="atlas", max_retries=0) as panda:
        with pytest.raises(errors.AuthenticationError, match="token refresh was refused") as caught:
            panda.task.get_status(1)
    assert server.arrivals(path="/api/v1/task/get_status") == 0
    _assert_hidden(_shown(caplog, caught.value), REFRESH_TOKEN, CLIENT_SECRET, panda_token_cache[1])


def test_panda_token_endpoint_answering_html_is_a_typed_error(
    server: FaultServer, panda_token_cache: tuple[Path, str]
) -> None:
    _script_panda_refresh(server, f.reply(200, "<html><body>Login</body></html>", {"Content-Type": "text/html"}))
    with Panda(base_url=server.url, auth="oidc", vo="atlas", max_retries=0) as panda:
        with pytest.raises(errors.SciClientsError, match="token endpoint"):
            panda.task.get_status(1)


# -- Agave: a 401 makes it refresh with the refresh token and the API key/secret (HTTP Basic) ---------------------
def _agave_ok() -> f.Action:
    return f.ok_json({"status": "success", "message": None, "result": {"id": "j-1", "status": "RUNNING"}})


def test_agave_refresh_after_401_shows_no_token_refresh_token_or_api_secret(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/jobs/v2/j-1/status", f.reply(401, '{"fault": {"message": "Invalid Credentials"}}'),
                  default=_agave_ok())  # fmt: skip
    server.script("/token", f.ok_json({"access_token": NEW_TOKEN, "refresh_token": NEW_REFRESH_TOKEN,
                                       "expires_in": 14400, "token_type": "bearer"}))  # fmt: skip
    with Agave(base_url=server.url, token=TOKEN, refresh_token=REFRESH_TOKEN, api_key=API_KEY, api_secret=API_SECRET,
               max_retries=0) as agave:  # fmt: skip
        assert agave.jobs.get_status("j-1").status == "RUNNING"
        shown = _shown(caplog, agave, agave.config, agave.config.auth, agave.config.source)
    calls = [r for r in server.received if r.path == "/jobs/v2/j-1/status"]
    assert [c.headers["authorization"] for c in calls] == [f"Bearer {TOKEN}", f"Bearer {NEW_TOKEN}"]
    basic = base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
    token_request = next(r for r in server.received if r.path == "/token")
    assert token_request.headers["authorization"] == f"Basic {basic}"
    _assert_hidden(shown, TOKEN, NEW_TOKEN, REFRESH_TOKEN, NEW_REFRESH_TOKEN, API_SECRET, basic)


def test_agave_refused_refresh_echoing_the_secrets_is_a_redacted_authentication_error(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/jobs/v2/j-1/status", default=f.reply(401, '{"fault": {"message": "Invalid Credentials"}}'))
    echo = json.dumps({"error": "invalid_grant", "error_description": f"refresh_token {REFRESH_TOKEN} expired",
                       "client_secret": API_SECRET})  # fmt: skip
    server.script("/token", f.reply(400, echo, {"Content-Type": "application/json"}))
    with Agave(base_url=server.url, token=TOKEN, refresh_token=REFRESH_TOKEN, api_key=API_KEY, api_secret=API_SECRET,
               max_retries=0) as agave:  # fmt: skip
        with pytest.raises(errors.AuthenticationError, match="refresh was refused") as caught:
            agave.jobs.get_status("j-1")
    _assert_hidden(_shown(caplog, caught.value), TOKEN, REFRESH_TOKEN, API_SECRET)


# -- servers that echo credentials back in their error answers ------------------------------------------------
def test_jdma_storage_secret_echoed_by_the_server_is_masked(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk-FAULTSUITE-echoed-object-store-key"
    echo = {"name": "alice", "request_type": "PUT", "credentials": {"access_key": "AK-1", "secret_key": secret},
            "error": f"Could not connect to the object store with secret_key {secret}"}  # fmt: skip
    server.script("/jdma_control/api/v1/request", f.reply(404, json.dumps(echo), {"Content-Type": "application/json"}))
    with Jdma(base_url=server.url + "/jdma_control/api/v1", user="alice", max_retries=0) as jdma:
        with pytest.raises(errors.NotFoundError, match="Could not connect to the object store") as caught:
            jdma.requests.upload("gws1", ["/gws/gws1/a"], storage="objectstore",
                                 credentials={"access_key": "AK-1", "secret_key": secret})  # fmt: skip
    assert secret.encode() in (server.received[0].body or b"")  # it was really sent
    _assert_hidden(_shown(caplog, caught.value), secret)


@pytest.mark.parametrize("system", ["panda", "poms", "agave"])
def test_bearer_token_echoed_in_an_error_answer_is_masked(
    system: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("*", default=f.reply(401, f"Invalid token {TOKEN} (Authorization: Bearer {TOKEN})"))
    client = make_client(system, server.url, max_retries=0)
    try:
        with pytest.raises(errors.SciClientsError) as caught:
            {"panda": lambda: client.task.get_status(1), "poms": lambda: client.campaigns.get_id("x"),
             "agave": lambda: client.jobs.get_status("j-1")}[system]()  # fmt: skip
    finally:
        client.close()
    assert server.received[0].headers["authorization"] == f"Bearer {TOKEN}"
    _assert_hidden(_shown(caplog, caught.value, client, client.config), TOKEN)


@pytest.mark.parametrize("system", ["panda", "poms"])
def test_proxy_file_content_never_shows(
    system: str, server: FaultServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = proxy_file(tmp_path)
    content = proxy.read_text()
    # A misbehaving server that dumps what it got into its error page, PEM blocks included.
    server.script("*", default=f.reply(500, f"Internal error while checking the proxy:\n{content}"))
    if system == "panda":
        client: Any = Panda(base_url=server.url, auth="x509", proxy=proxy, max_retries=0)
        call = lambda: client.task.get_status(1)  # noqa: E731
    else:
        client = Poms(base_url=server.url, auth="x509", proxy=proxy, experiment="samdev", max_retries=0)
        call = lambda: client.campaigns.get_id("x")  # noqa: E731
    with client:
        with pytest.raises(errors.InternalServerError, match="Internal error while checking the proxy") as caught:
            call()
        shown = _shown(caplog, caught.value, client, client.config)
    assert server.arrivals() == 1
    for line in pem_bodies(proxy):
        assert line not in shown


@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_reprs_of_clients_configs_and_auth_show_no_credential(system: str) -> None:
    client = make_client(system, "https://service.example.org", max_retries=0)
    try:
        things = [client, client.config, getattr(client.config, "auth", None), client._http.options]
        assert all(TOKEN not in repr(thing) and TOKEN not in str(thing) for thing in things)
    finally:
        client.close()


@pytest.mark.parametrize("system", ["panda", "poms"])
def test_token_read_from_a_file_and_echoed_back_is_masked(
    system: str, server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Tokens from OIDC_AUTH_TOKEN_FILE (PanDA) and BEARER_TOKEN_FILE (POMS): the file's content is a secret too."""
    secret = "tok-FAULTSUITE-from-a-file-5551234"
    token_file = tmp_path / "bt_u1000"
    token_file.write_text(secret + "\n")
    server.script("*", default=f.reply(403, f"token {secret} is not allowed here"))
    if system == "panda":
        monkeypatch.setenv("OIDC_AUTH_TOKEN_FILE", str(token_file))
        client: Any = Panda(base_url=server.url, auth="oidc", vo="atlas", max_retries=0)
        call = lambda: client.task.get_status(1)  # noqa: E731
    else:
        monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
        client = Poms(base_url=server.url, experiment="samdev", max_retries=0)
        call = lambda: client.campaigns.get_id("x")  # noqa: E731
    with client:
        with pytest.raises(errors.PermissionDeniedError, match="is not allowed here") as caught:
            call()
        shown = _shown(caplog, caught.value, client, client.config)
    assert server.received[0].headers["authorization"] == f"Bearer {secret}"
    _assert_hidden(shown, secret)
