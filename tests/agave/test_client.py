"""The Agave clients' shared behaviour: configuration (arguments, environment, agavepy's token cache), bearer
auth and token refresh (expired token, 401), gateway faults, retries and redaction."""

from __future__ import annotations

import base64
import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest
from sciclients import errors
from sciclients.agave import Agave, AsyncAgave

from tests.support.agave_fake import FakeAgave

from .conftest import USER_TOKEN

API_KEY, API_SECRET = "cl13nt-k3y", "cl13nt-s3cret"


def write_cache(directory: Path, **entry: Any) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "current"
    path.write_text(json.dumps(entry))
    return path


def cli_cache(fake: FakeAgave, access: str, refresh: str, *, created_at: float, expires_in: int = 14400) -> dict:
    """The key set the Agave CLI and agavepy write to ~/.agave/current."""
    return {"tenantid": "tacc.prod", "baseurl": fake.url, "devurl": "", "apisecret": API_SECRET, "apikey": API_KEY,
            "username": "jdoe", "access_token": access, "refresh_token": refresh, "created_at": str(int(created_at)),
            "expires_in": str(expires_in), "expires_at": time.ctime(created_at + expires_in)}  # fmt: skip


# -- auth on the wire -----------------------------------------------------------------------------------------
def test_bearer_token_is_sent_although_the_base_url_has_a_port(agave: Agave, fake: FakeAgave) -> None:
    agave.jobs.list()
    assert ":" in fake.url.rsplit("/", 1)[-1]  # agavepy drops Authorization in exactly this case
    assert fake.requests[-1].headers["authorization"] == f"Bearer {USER_TOKEN}"
    assert fake.requests[-1].headers["accept"] == "*/*"  # what agavepy (requests) sends; downloads are any type


@pytest.mark.parametrize(
    ("gateway", "token", "words"),
    [
        ("xml", "expired-token", "Access Token Expired: Access failure for API: /jobs/v2, version: v2. Access token "
                                 "has expired (code 900903)"),
        ("json", "expired-token", "Invalid Credentials: Access failure for API: /jobs/v2, version: v2. Access token "
                                  "has expired (code 900903)"),
        ("json", "unknown-token", "Invalid Credentials: Access failure for API: /jobs/v2, version: v2. Make sure you "
                                  "have given the correct access token (code 900901)"),
    ],
)  # fmt: skip
def test_gateway_faults_are_authentication_errors_with_their_words(
    fake: FakeAgave, gateway: str, token: str, words: str
) -> None:
    fake.gateway, fake.expired = gateway, {"expired-token"}
    with Agave(base_url=fake.url, token=token, max_retries=0) as client:  # no refresh token: nothing to refresh
        with pytest.raises(errors.AuthenticationError) as caught:
            client.jobs.list()
    assert caught.value.status_code == 401 and caught.value.server_message == words
    assert fake.token_requests == [] and len(fake.requests) == 1


# -- token refresh --------------------------------------------------------------------------------------------
def test_an_expired_cached_token_is_refreshed_before_the_call_and_the_cache_updated(
    fake: FakeAgave, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.expired, fake.refresh_tokens = {"old-access"}, {"old-refresh": "jdoe"}
    entry = cli_cache(fake, "old-access", "old-refresh", created_at=time.time() - 20000)
    cache = write_cache(tmp_path / "cache", **entry)
    monkeypatch.setenv("AGAVE_CACHE_DIR", str(tmp_path / "cache"))
    with Agave(max_retries=0) as client:
        assert client.base_url == fake.url
        client.jobs.list()
        client.jobs.list()  # the new token is reused, not refreshed again
    assert len(fake.token_requests) == 1
    sent = fake.token_requests[0]
    assert sent.form() == {"grant_type": "refresh_token", "refresh_token": "old-refresh", "scope": "PRODUCTION"}
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert [r.headers["authorization"] for r in fake.requests] == ["Bearer fresh-access-1"] * 2  # no failed call
    saved = json.loads(cache.read_text())
    assert (saved["access_token"], saved["refresh_token"]) == ("fresh-access-1", "fresh-refresh-1")
    assert saved["expires_in"] == "14400" and abs(int(saved["created_at"]) - time.time()) < 60
    assert {k: saved[k] for k in ("tenantid", "baseurl", "apikey", "apisecret", "username")} == {
        k: entry[k] for k in ("tenantid", "baseurl", "apikey", "apisecret", "username")
    }  # other keys kept
    assert cache.stat().st_mode & 0o777 == 0o600


def test_a_401_refreshes_once_and_retries_the_call(fake: FakeAgave) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe"}
    job_id = fake.add_job()["id"]
    with Agave(base_url=fake.url, token="stale", refresh_token="r3fresh", api_key=API_KEY, api_secret=API_SECRET,
               max_retries=0) as client:  # fmt: skip
        assert client.jobs.get(job_id).id == job_id
    assert len(fake.token_requests) == 1
    assert [(r.method, r.headers["authorization"]) for r in fake.requests] == [
        ("GET", "Bearer stale"), ("GET", "Bearer fresh-access-1")]  # fmt: skip


def test_a_401_on_a_post_resends_the_body_with_the_new_token(fake: FakeAgave) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe"}
    with Agave(base_url=fake.url, token="stale", refresh_token="r3fresh", api_key=API_KEY, api_secret=API_SECRET,
               max_retries=0) as client:  # fmt: skip
        job = client.jobs.submit({"name": "n", "appId": "a-1"})
    assert [r.json() for r in fake.requests] == [{"name": "n", "appId": "a-1"}] * 2
    assert job.id in fake.jobs and len(fake.token_requests) == 1


def test_a_second_401_after_the_refresh_is_an_error_not_a_loop(fake: FakeAgave) -> None:
    fake.refresh_tokens = {"r3fresh": "jdoe"}
    fake.faults["/jobs/v2/"] = [(401, '{"fault": {"code": 900901, "message": "Invalid Credentials"}}', {})] * 2
    with Agave(base_url=fake.url, token=USER_TOKEN, refresh_token="r3fresh", api_key=API_KEY,
               api_secret=API_SECRET, max_retries=2) as client:  # fmt: skip
        with pytest.raises(errors.AuthenticationError, match="Invalid Credentials"):
            client.jobs.list()
    assert len(fake.requests) == 2 and len(fake.token_requests) == 1


def test_a_refused_refresh_is_an_authentication_error_with_the_endpoints_words(fake: FakeAgave) -> None:
    fake.expired = {"stale"}
    with Agave(base_url=fake.url, token="stale", refresh_token="already-used", api_key=API_KEY,
               api_secret=API_SECRET, max_retries=0) as client:  # fmt: skip
        with pytest.raises(errors.AuthenticationError) as caught:
            client.jobs.list()
    assert caught.value.status_code == 400
    assert caught.value.server_message == "invalid_grant: Provided Authorization Grant is invalid"
    assert len(fake.token_requests) == 1


def test_wrong_client_credentials_at_the_token_endpoint(fake: FakeAgave) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe"}
    with Agave(base_url=fake.url, token="stale", refresh_token="r3fresh", api_key=API_KEY, api_secret="wr0ng-secret",
               max_retries=0) as client:  # fmt: skip
        with pytest.raises(errors.AuthenticationError, match="invalid_client") as caught:
            client.jobs.list()
    assert caught.value.status_code == 401


def test_explicit_expires_at_triggers_a_refresh_before_the_call(fake: FakeAgave) -> None:
    fake.refresh_tokens = {"r3fresh": "jdoe"}
    with Agave(base_url=fake.url, token=USER_TOKEN, refresh_token="r3fresh", api_key=API_KEY, api_secret=API_SECRET,
               expires_at=time.time() + 30, max_retries=0) as client:  # fmt: skip
        client.jobs.list()
    assert len(fake.token_requests) == 1 and fake.requests[0].headers["authorization"] == "Bearer fresh-access-1"


def test_a_refresh_token_alone_gets_the_first_access_token(fake: FakeAgave) -> None:
    fake.refresh_tokens = {"r3fresh": "jdoe"}
    with Agave(base_url=fake.url, refresh_token="r3fresh", api_key=API_KEY, api_secret=API_SECRET,
               max_retries=0) as client:  # fmt: skip
        client.jobs.list()
    assert len(fake.token_requests) == 1 and len(fake.requests) == 1


def test_a_cache_is_not_rewritten_for_tokens_given_some_other_way(
    fake: FakeAgave, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe", "cached-refresh": "jdoe"}
    cache = write_cache(tmp_path / "c", **cli_cache(fake, "cached-access", "cached-refresh", created_at=time.time()))
    before = cache.read_text()
    monkeypatch.setenv("AGAVE_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("TAPIS_TOKEN", "stale")
    monkeypatch.setenv("TAPIS_REFRESH_TOKEN", "r3fresh")
    with Agave(max_retries=0) as client:  # key and secret still come from the cache
        client.jobs.list()
    assert fake.token_requests[0].form()["refresh_token"] == "r3fresh"
    assert cache.read_text() == before


@pytest.mark.anyio
async def test_async_client_refreshes_on_401(fake: FakeAgave) -> None:
    fake.expired, fake.refresh_tokens = {"stale"}, {"r3fresh": "jdoe"}
    fake.add_job()
    async with AsyncAgave(base_url=fake.url, token="stale", refresh_token="r3fresh", api_key=API_KEY,
                          api_secret=API_SECRET, max_retries=0) as client:  # fmt: skip
        assert len(await client.jobs.list()) == 1
    assert len(fake.token_requests) == 1 and len(fake.requests) == 2


@pytest.mark.anyio
async def test_async_refresh_does_not_block_the_event_loop(fake: FakeAgave) -> None:
    """The token POST runs in a worker thread: other tasks of the loop keep running while it takes 0.5 s."""
    import anyio

    fake.refresh_tokens, fake.token_delay = {"r3fresh": "jdoe"}, 0.5
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.01)
            ticks += 1

    async with AsyncAgave(base_url=fake.url, token=USER_TOKEN, refresh_token="r3fresh", api_key=API_KEY,
                          api_secret=API_SECRET, expires_at=time.time() + 30, max_retries=0) as client:  # fmt: skip
        async with anyio.create_task_group() as group:
            group.start_soon(ticker)
            await client.jobs.list()
            group.cancel_scope.cancel()
        ticks_during_refresh = ticks
        await client.jobs.list()  # the fresh token is used inline now: no second refresh
    assert ticks_during_refresh >= 20, ticks_during_refresh  # a blocked loop ticks about once in 0.5 s
    assert len(fake.token_requests) == 1
    assert [r.headers["authorization"] for r in fake.requests] == ["Bearer fresh-access-1"] * 2


# -- configuration --------------------------------------------------------------------------------------------
def test_base_url_keeps_the_port_and_drops_a_path(fake: FakeAgave) -> None:
    with Agave(api_server=fake.url + "/some/prefix/", token=USER_TOKEN, max_retries=0) as client:
        assert client.base_url == fake.url
        client.jobs.list()
    assert fake.requests[-1].raw_path == "/jobs/v2/"


def test_precedence_argument_then_environment_then_cache(
    fake: FakeAgave, tmp_path: Path, clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cache(clean_environment / ".agave", baseurl="https://cache.example.org", access_token="cached-t0ken")
    client = Agave()
    assert client.base_url == "https://cache.example.org" and client.config.cache is not None
    assert client.config.source.token() == "cached-t0ken"
    monkeypatch.setenv("TAPIS_BASE_URL", "https://env.example.org:8443")
    monkeypatch.setenv("TAPIS_TOKEN", "env-t0ken")
    client = Agave()
    assert client.base_url == "https://env.example.org:8443" and client.config.source.token() == "env-t0ken"
    assert client.config.cache is None  # the token is not the cache's: the file is left alone
    client = Agave(base_url="https://arg.example.org", token="arg-t0ken")
    assert client.base_url == "https://arg.example.org" and client.config.source.token() == "arg-t0ken"


def test_the_default_tenant_is_tacc(clean_environment: Path) -> None:
    assert Agave(token="abcdefgh").base_url == "https://api.tacc.utexas.edu"


def test_restore_reads_an_old_style_list_cache_under_agave_cache_dir(
    fake: FakeAgave, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "current").write_text(json.dumps([{"baseurl": fake.url, "access_token": USER_TOKEN,
                                                           "tenantid": "tacc.prod"}]))  # fmt: skip
    monkeypatch.setenv("AGAVE_CACHE_DIR", str(tmp_path / "old"))
    with Agave.restore(max_retries=0) as client:
        assert client.config.tenant_id == "tacc.prod"
        client.jobs.list()
    assert fake.requests[-1].headers["authorization"] == f"Bearer {USER_TOKEN}"


def test_a_broken_cache_file_is_a_configuration_error(clean_environment: Path) -> None:
    write_cache(clean_environment / ".agave")
    (clean_environment / ".agave" / "current").write_text("{not json")
    with pytest.raises(errors.ConfigurationError, match="Agave token cache.*not valid JSON"):
        Agave()


def test_no_token_anywhere_says_what_to_set(clean_environment: Path) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        Agave()
    assert "TAPIS_TOKEN" in str(caught.value) and str(clean_environment / ".agave" / "current") in str(caught.value)


def test_credentials_over_plain_http_to_a_remote_host_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        Agave(base_url="http://agave.example.org", token="abcdefgh")
    Agave(base_url="http://agave.example.org", token="abcdefgh", allow_insecure_http=True)


def test_bad_configuration_arguments() -> None:
    with pytest.raises(ValueError, match="not both"):
        Agave(base_url="https://a.example.org", api_server="https://b.example.org", token="abcdefgh")
    with pytest.raises(TypeError, match="token must be a str"):
        Agave(token=123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a valid URL|expected an http"):
        Agave(base_url="ftp://agave.example.org", token="abcdefgh")
    with pytest.raises(TypeError, match="expires_at"):
        Agave(token="abcdefgh", expires_at="tomorrow")  # type: ignore[arg-type]


# -- retries --------------------------------------------------------------------------------------------------
def fast(client: Agave) -> Agave:
    client._http._options = __import__("attrs").evolve(client._http._options, backoff_base=0.01)
    return client


def test_a_get_is_retried_after_503(fake: FakeAgave) -> None:
    fake.faults["/jobs/v2/"] = [(503, "busy", {}), (503, "busy", {"Retry-After": "0"})]
    with fast(Agave(base_url=fake.url, token=USER_TOKEN, max_retries=2)) as client:
        assert client.jobs.list() == []
    assert len(fake.requests) == 3


def test_with_options_shares_the_pool(fake: FakeAgave) -> None:
    fake.faults["/jobs/v2/"] = [(503, "busy", {})]
    with fast(Agave(base_url=fake.url, token=USER_TOKEN, max_retries=2)) as client:
        once = client.with_options(max_retries=0, timeout=5)
        assert once._http._client is client._http._client and once.config is client.config
        with pytest.raises(errors.ServiceUnavailableError, match="busy"):
            once.jobs.list()


# -- redaction ------------------------------------------------------------------------------------------------
def test_secrets_never_reach_logs_reprs_or_errors(fake: FakeAgave, caplog: pytest.LogCaptureFixture) -> None:
    access, refresh, secret = "acc3ss-" + "t0ken-xyz", "r3fr3sh-" + "t0ken-xyz", "api-" + "s3cr3t-xyz"
    fake.expired, fake.refresh_tokens, fake.api_secret = {access}, {refresh: "jdoe"}, secret
    caplog.set_level(logging.DEBUG)
    with Agave(base_url=fake.url, token=access, refresh_token=refresh, api_key=API_KEY, api_secret=secret,
               max_retries=0) as client:  # fmt: skip
        client.jobs.list()
        fake.faults["/jobs/v2/"] = [(500, f'{{"status": "error", "message": "boom {access} {refresh}"}}', {})]
        with pytest.raises(errors.InternalServerError) as caught:
            client.jobs.list()
        config = client.config
        texts = [caplog.text, repr(client), repr(config), repr(config.source), repr(config.auth), str(caught.value),
                 repr(caught.value), str(caught.value.body), caught.value.server_message]  # fmt: skip
    assert any("/jobs/v2/" in record.getMessage() for record in caplog.records)
    for text in texts:
        for value in (access, refresh, secret, "fresh-access-1", "fresh-refresh-1"):
            assert value not in text


# -- package edges --------------------------------------------------------------------------------------------
def test_import_is_lazy_and_models_and_api_are_re_exported() -> None:
    import subprocess
    import sys

    script = (
        "import sys, sciclients.agave as a\n"
        "print(sorted(m for m in sys.modules if m.startswith('sciclients._generated.agave_api')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    from sciclients.agave import api, models

    assert models.Job.__module__ == "sciclients._generated.agave_api.models.job"
    assert api.jobs.get_job.__name__ == "sciclients._generated.agave_api.api.jobs.get_job"
    assert "JobSummary" in dir(models) and "outputs" in dir(api)
    import sciclients.agave as package

    assert package.__all__ == ["Agave", "AgaveAPIError", "AsyncAgave", "IncompleteDownloadError", "api", "models"]
    with pytest.raises(AttributeError):
        package.Nope  # noqa: B018
