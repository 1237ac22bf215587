"""The typed POMS client's shared behaviour against the loopback POMS-like server: wire rules, HTML error pages
as typed errors, 303 answers, retries, configuration (client.cfg, POMS_URL, test hosts), credentials, TLS and
redaction."""

from __future__ import annotations

import logging
import os
import ssl
import subprocess
import time
from pathlib import Path

import httpx
import pytest
import yaml
from sciclients import errors
from sciclients.poms import AsyncPoms, LaunchAuthRequiredError, LaunchHeldError, Poms
from sciclients.poms._config import DEFAULT_BASES
from sciclients.poms._errors import page_message
from sciclients.poms._resources.files import FilesResource

from tests.support.poms_fake import FakePoms

from .conftest import ALICE_TOKEN

ROOT = Path(__file__).resolve().parents[2]


def client(fake: FakePoms, **kwargs: object) -> Poms:
    options: dict[str, object] = {"base_url": fake.url, "token": ALICE_TOKEN, "experiment": "samdev", "max_retries": 0}
    options.update(kwargs)
    return Poms(**options)  # type: ignore[arg-type]


# -- wire rules ------------------------------------------------------------------------------------------------------
def test_a_call_is_a_form_post_with_experiment_role_and_the_token(poms: Poms, fake: FakePoms) -> None:
    assert poms.campaigns.get_id("alice demo") == 891
    sent = fake.last
    assert (sent.method, sent.path) == ("POST", "/poms/get_campaign_id")
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.fields() == {"campaign_name": "alice demo", "experiment": "samdev", "role": "analysis"}
    assert sent.headers["authorization"] == f"Bearer {ALICE_TOKEN}"


def test_experiment_and_role_per_call_override_the_client_defaults(prod_poms: Poms, fake: FakePoms) -> None:
    assert prod_poms.campaigns.get_id("nova reco", experiment="nova", role="analysis") == 892
    assert fake.last.fields()["experiment"] == "nova" and fake.last.fields()["role"] == "analysis"


def test_the_experiment_environment_variable_is_the_default(fake: FakePoms, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPERIMENT", "samdev")
    with client(fake, experiment=None) as poms:
        poms.campaigns.get_name(891)
    assert fake.last.fields()["experiment"] == "samdev"


def test_a_missing_experiment_is_refused_before_anything_is_sent(fake: FakePoms) -> None:
    with client(fake, experiment=None) as poms, pytest.raises(ValueError, match="experiment is required"):
        poms.campaigns.get_id("alice demo")
    assert fake.requests == []


def test_an_unknown_role_is_refused_before_anything_is_sent(fake: FakePoms, poms: Poms) -> None:
    with pytest.raises(ValueError, match="role must be one of"):
        client(fake, role="admin")
    with pytest.raises(ValueError, match="role must be one of"):
        poms.campaigns.get_id("alice demo", role="production_shifter")
    assert fake.requests == []


def test_a_303_is_an_answer_and_is_not_followed(poms: Poms, fake: FakePoms) -> None:
    launch = poms.launches.launch_stage(456)
    assert launch.location.startswith(f"{fake.url}/poms/list_launch_file/samdev/analysis?")
    assert [r.path for r in fake.requests] == ["/poms/launch_jobs"]


def test_uploads_stream_from_disk_with_a_random_boundary_and_close_the_file(
    poms: Poms, fake: FakePoms, tmp_path: Path
) -> None:
    path = tmp_path / "helper.sh"
    path.write_bytes(b"#!/bin/sh\n--+++\necho hi\n")  # would cut the body short with the generated boundary "+++"
    call = FilesResource.upload._build(poms.files, path)  # type: ignore[attr-defined]
    handle = call.closing[0]
    assert call.request["files"][0][1][1] is handle and not handle.closed  # a file object: streamed, not read
    assert "content-type" not in {k.lower() for k in call.request["headers"]}
    poms.files._runner.run(call)
    assert handle.closed
    sent = fake.last
    assert "boundary=+++" not in sent.headers["content-type"]
    assert sent.files["filename"][0].content == path.read_bytes()
    assert sent.files["filename"][0].filename == "helper.sh"


# -- HTML error pages become typed errors with the page's text --------------------------------------------------------
SPEC = yaml.safe_load((ROOT / "specs" / "poms.yaml").read_text())


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("BadParameters", "Not found item: AttributeError(\"'NoneType' object has no attribute 'job_type_id'\")"),
        ("Unauthorized", "PermissionError('username alice cannot have role production in experiment samdev')"),
        ("NotFound", "This edit would make an infinite loop. Go Back in your browser and set cs_split_type or remove "
                     "self-dependency."),
        ("LaunchHeld", "Campaign stage f eg v1.0 - w/chars launches currently held.... queuing this request"),
        ("ServerError", "Unknown Error ... An internal error occurred, data has been logged. Please report the "
                        "occurrance to POMS administrators."),
    ],
)  # fmt: skip
def test_the_message_of_every_error_page_of_the_spec(response: str, message: str) -> None:
    page = SPEC["components"]["responses"][response]["content"]["text/html"]["example"]
    assert page_message(page) == message


def test_cherrypy_default_pages_give_their_paragraph() -> None:
    page = ("<html><head><title>500 Internal Server Error</title><style>p {}</style></head><body>"
            "<h2>500 Internal Server Error</h2><p>The server encountered an unexpected condition.</p>"
            "<pre id='traceback'>Traceback ...</pre></body></html>")  # fmt: skip
    assert page_message(page) == "The server encountered an unexpected condition."


@pytest.mark.parametrize(
    ("setup", "call", "error_class", "status", "message"),
    [
        (None, lambda p: p.submissions.register(99999), errors.NotFoundError, 400,
         "Not found item: AttributeError(\"'NoneType' object has no attribute 'campaign_stage_id'\")"),
        (None, lambda p: p.submissions.get_details(424242), errors.NotFoundError, 400,
         "Unknown error NoResultFound('No row was found when one was required')"),
        (None, lambda p: p.campaign_stages.get_names(456), errors.BadRequestError, 400,
         "TypeError('Object of type Row is not JSON serializable')"),
        (lambda f: setattr(f.stages[2], "depends_on", None), lambda p: p.launches.launch_campaign(890),
         errors.BadRequestError, 400,
         "Unknown error AssertionError('Cannot determine which stage in campaign to launch of 2 candidates')"),
        (None, lambda p: p.files.download("nothing.txt"), errors.BadRequestError, 400,
         "Unknown error FileNotFoundError(2, 'No such file or directory')"),
        (None, lambda p: p.campaigns.show(role="production"), errors.PermissionDeniedError, 401,
         "PermissionError('username alice cannot have role production in experiment samdev')"),
        (lambda f: setattr(f, "held", True), lambda p: p.launches.launch_stage(456), LaunchHeldError, 423,
         "Campaign stage reco launches currently held.... queuing this request"),
        (lambda f: f.members.pop("alice"), lambda p: p.campaigns.get_id("x"), errors.InternalServerError, 500,
         "Unknown Error ... An internal error occurred, data has been logged. Please report the occurrance to POMS "
         "administrators."),
        (lambda f: f.tokens.clear(), lambda p: p.campaigns.get_id("x"), errors.AuthenticationError, 401,
         "This server could not verify that you are authorized to access the document requested."),
    ],
)  # fmt: skip
def test_error_pages_become_the_class_they_mean_with_the_servers_words(
    poms: Poms, fake: FakePoms, setup, call, error_class: type[Exception], status: int, message: str
) -> None:
    if setup is not None:
        setup(fake)
    with pytest.raises(error_class) as caught:
        call(poms)
    error = caught.value
    assert isinstance(error, errors.APIStatusError)
    assert error.status_code == status
    assert error.server_message == message
    assert message in str(error) and "<" not in error.server_message
    assert "<html" in error.body.lower() or "<!doctype" in error.body.lower()
    assert error.method == "POST" and error.url.startswith(f"{fake.url}/poms/")


def test_a_method_the_server_does_not_have_is_a_not_found_error(poms: Poms, fake: FakePoms) -> None:
    fake.faults["/poms/get_campaign_id"] = [(404, _cherrypy_404("/poms/get_campaign_id"), {})]
    with pytest.raises(errors.NotFoundError) as caught:
        poms.campaigns.get_id("x")
    assert caught.value.server_message == "The path '/poms/get_campaign_id' was not found."


def _cherrypy_404(path: str) -> str:
    from tests.support.poms_fake import _not_found

    return _not_found(path)[1]


def test_a_plain_text_failure_keeps_its_text(poms: Poms, fake: FakePoms) -> None:
    fake.faults["/poms/get_campaign_id"] = [(502, "upstream went away", {"Content-Type": "text/plain"})]
    with pytest.raises(errors.InternalServerError) as caught:
        poms.campaigns.get_id("x")
    assert caught.value.server_message == "upstream went away"


@pytest.mark.parametrize(
    ("path", "answer", "call"),
    [
        ("/poms/get_campaign_id", (200, "not json", {}), lambda p: p.campaigns.get_id("x")),
        (
            "/poms/get_campaign_id",
            (200, '"a string"', {"Content-Type": "application/json"}),
            lambda p: p.campaigns.get_id("x"),
        ),
        (
            "/poms/show_campaigns",
            (200, '{"tl": 1}', {"Content-Type": "application/json"}),
            lambda p: p.campaigns.show(),
        ),
        ("/poms/launch_jobs", (200, "<html>launched?</html>", {}), lambda p: p.launches.launch_stage(456)),
        (
            "/poms/launch_jobs",
            (303, "", {"Location": "https://poms/poms/index"}),
            lambda p: p.launches.launch_stage(456),
        ),
        ("/poms/get_submission_id_for", (200, "Task=", {}), lambda p: p.submissions.register(456)),
    ],
)
def test_answers_that_break_the_documented_shape_are_validation_errors(
    poms: Poms, fake: FakePoms, path, answer, call
) -> None:
    fake.faults[path] = [answer]
    with pytest.raises(errors.APIResponseValidationError):
        call(poms)


def test_development_branch_launch_redirects_are_read_too(poms: Poms, fake: FakePoms) -> None:
    location = f"{fake.url}/poms/list_launch_file/samdev/analysis?campaign_stage_id=456&submission_id=789"
    fake.faults["/poms/launch_jobs"] = [(303, "", {"Location": location})]
    launch = poms.launches.launch_stage(456)
    assert (launch.submission_id, launch.campaign_stage_id, launch.location) == (789, 456, location)


def test_a_redirect_to_auth_means_nothing_was_launched(poms: Poms, fake: FakePoms) -> None:
    fake.no_credentials.add("alice")
    with pytest.raises(LaunchAuthRequiredError) as caught:
        poms.launches.launch_stage(456)
    assert caught.value.location.startswith(f"{fake.url}/poms/auth/samdev/analysis?redir=")
    assert caught.value.status_code == 303 and isinstance(caught.value, errors.OperationFailedError)
    assert len(fake.submissions) == 1  # only the seeded one


def test_connection_refused_is_a_connection_error() -> None:
    with Poms(base_url="http://127.0.0.1:9", auth="none", experiment="samdev", max_retries=0) as poms:
        with pytest.raises(errors.APIConnectionError, match="connection failed"):
            poms.campaigns.get_id("x")


# -- retries ---------------------------------------------------------------------------------------------------------
def fast_retries(fake: FakePoms) -> Poms:
    import attrs

    poms = client(fake, max_retries=2)
    poms._http._options = attrs.evolve(poms._http._options, backoff_base=0.01)
    return poms


def test_a_read_only_lookup_is_retried_after_503(fake: FakePoms) -> None:
    fake.faults["/poms/get_campaign_id"] = [(503, "busy", {})]
    with fast_retries(fake) as poms:
        assert poms.campaigns.get_id("alice demo") == 891
    assert fake.deliveries["POST /poms/get_campaign_id"] == 2


def test_a_launch_that_reached_the_server_is_never_sent_twice(fake: FakePoms) -> None:
    fake.faults["/poms/launch_jobs"] = [(503, "busy", {})]
    with fast_retries(fake) as poms, pytest.raises(errors.ServiceUnavailableError):
        poms.launches.launch_stage(456)
    assert fake.deliveries["POST /poms/launch_jobs"] == 1


def test_with_options_shares_the_pool_and_keeps_the_defaults(poms: Poms, fake: FakePoms) -> None:
    quick = poms.with_options(timeout=5, max_retries=1)
    assert quick._http._client is poms._http._client and quick._http.options.max_retries == 1
    assert quick.campaigns.get_name(891) == "alice demo"
    assert fake.last.fields()["experiment"] == "samdev"


# -- configuration: POMS_URL, client.cfg, test hosts -----------------------------------------------------------------
def write_cfg(path: Path, **keys: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[url]\n" + "".join(f"{k} = {v}\n" for k, v in keys.items()))
    return path


def test_built_in_hosts_by_test(token_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    assert Poms().base_url == DEFAULT_BASES["prod"] == "https://poms.fnal.gov:8443"
    assert Poms(test=True).base_url == Poms(test="dev").base_url == "https://fermicloud045.fnal.gov:8443"
    assert Poms(test="int").base_url == "https://pomsint.fnal.gov:8443"
    with pytest.raises(ValueError, match="test must be"):
        Poms(test="staging")  # type: ignore[arg-type]


def test_client_cfg_priority_explicit_configfile_first(
    tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("POMS_CLIENT_DIR", str(tmp_path / "client"))
    write_cfg(tmp_path / "client" / "bin" / "client.cfg", base_prod="https://bin.example:8443/poms/")
    assert Poms().base_url == "https://bin.example:8443"
    write_cfg(tmp_path / "client" / "etc" / "client.cfg", base_prod="https://etc.example:8443/poms/",
              base_int_ssl="https://int.example:8443/poms/", base_dev_ssl="https://dev.example/poms")  # fmt: skip
    assert Poms().base_url == "https://etc.example:8443"
    assert Poms(test="int").base_url == "https://int.example:8443"
    assert Poms(test=True).base_url == "https://dev.example"
    mine = write_cfg(tmp_path / "mine.cfg", base_prod="https://mine.example:8443/poms/")
    assert Poms(configfile=mine).base_url == "https://mine.example:8443"
    # The first readable file decides; a key it lacks falls back to the built-in host.
    assert Poms(configfile=mine, test="int").base_url == DEFAULT_BASES["int"]


def test_the_client_cfg_next_to_the_script_is_the_last_resort(
    tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    write_cfg(tmp_path / "bin" / "client.cfg", base_prod="https://script.example/poms/")
    monkeypatch.setattr("sys.argv", [str(tmp_path / "bin" / "upload_wf")])
    assert Poms().base_url == "https://script.example"
    monkeypatch.setenv("POMS_CLIENT_DIR", str(tmp_path / "client"))
    write_cfg(tmp_path / "client" / "bin" / "client.cfg", base_prod="https://bin.example/poms/")
    assert Poms().base_url == "https://bin.example"


def test_token_bases_are_preferred_with_a_token(
    tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = write_cfg(tmp_path / "client.cfg", base_prod="https://cert.example:8443/poms/",
                    base_prod_tokens="https://tokens.example/poms/")  # fmt: skip
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    assert Poms(configfile=cfg).base_url == "https://tokens.example"
    assert Poms(configfile=cfg, auth="none").base_url == "https://cert.example:8443"


def test_explicit_arguments_beat_poms_url_which_beats_the_files(
    tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Explicit argument > environment > files: configfile= and a dev/int test= name the server."""
    cfg = write_cfg(tmp_path / "client.cfg", base_prod="https://cfg.example/poms/",
                    base_int_ssl="https://int.cfg.example/poms/")  # fmt: skip
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("POMS_URL", "https://env.example:8443/poms/")
    assert Poms().base_url == "https://env.example:8443"
    assert Poms(configfile=cfg).base_url == "https://cfg.example"
    assert Poms(configfile=cfg, test="int").base_url == "https://int.cfg.example"
    assert Poms(configfile=cfg, base_url="https://arg.example").base_url == "https://arg.example"
    # test= without configfile=: the client.cfg files (here $POMS_CLIENT_DIR's), else the built-in host.
    assert Poms(test="int").base_url == DEFAULT_BASES["int"]
    assert Poms(test=True).base_url == DEFAULT_BASES["dev"]
    monkeypatch.setenv("POMS_CLIENT_DIR", str(tmp_path / "client"))
    write_cfg(tmp_path / "client" / "etc" / "client.cfg", base_prod="https://etc.example/poms/",
              base_dev_ssl="https://dev.etc.example/poms/")  # fmt: skip
    assert Poms(test=True).base_url == "https://dev.etc.example"
    assert Poms(test=False).base_url == Poms(test=None).base_url == "https://env.example:8443"  # production


@pytest.mark.parametrize(
    ("where", "value", "error"),
    [
        ("base_url", "https://poms.example/other/", ValueError),
        ("POMS_URL", "poms.example", errors.ConfigurationError),
        ("cfg", "https://poms.example/poms/extra", errors.ConfigurationError),
    ],
)
def test_a_base_that_is_not_poms_is_refused_naming_where_it_came_from(
    where: str, value: str, error: type[Exception], tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    kwargs: dict[str, object] = {}
    if where == "base_url":
        kwargs["base_url"] = value
    elif where == "POMS_URL":
        monkeypatch.setenv("POMS_URL", value)
    else:
        kwargs["configfile"] = write_cfg(tmp_path / "client.cfg", base_prod=value)
    with pytest.raises(error, match="base_url|POMS_URL|client.cfg"):
        Poms(**kwargs)  # type: ignore[arg-type]


def test_an_unreadable_configfile_is_named(tmp_path: Path, token_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    with pytest.raises(errors.ConfigurationError, match="configfile: .*missing.cfg cannot be read"):
        Poms(configfile=tmp_path / "missing.cfg")


def test_credentials_are_never_sent_over_plain_http_to_another_host(token_file: Path) -> None:
    with pytest.raises(errors.ConfigurationError, match="refusing to send credentials over plain http"):
        Poms(base_url="http://poms.example", token="t0ken-value")
    assert Poms(base_url="http://poms.example", token="t0ken-value", allow_insecure_http=True).base_url


# -- credentials -----------------------------------------------------------------------------------------------------
def test_bearer_token_file_is_sent_and_read_again_when_it_changes(
    fake: FakePoms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "token"
    path.write_text("first-token-value\n")
    fake.tokens["first-token-value"] = "alice"
    fake.tokens["second-token-value"] = "alice"
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(path))
    with Poms(base_url=fake.url, experiment="samdev", max_retries=0) as poms:
        assert poms.config.auth_mode == "token"
        poms.campaigns.get_id("alice demo")
        assert fake.last.headers["authorization"] == "Bearer first-token-value"
        path.write_text("second-token-value")
        later = time.time() + 5
        os.utime(path, (later, later))
        poms.campaigns.get_id("alice demo")
        assert fake.last.headers["authorization"] == "Bearer second-token-value"


def test_explicit_arguments_beat_the_environment(fake: FakePoms, token_file: Path, grid_proxy: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    assert Poms(base_url=fake.url, proxy=grid_proxy).config.auth_mode == "x509"
    assert Poms(base_url=fake.url, auth="x509", proxy=grid_proxy).config.proxy_path == str(grid_proxy)
    monkeypatch.setenv("X509_USER_PROXY", str(grid_proxy))
    assert Poms(base_url=fake.url).config.auth_mode == "token"  # an existing token file wins over the proxy
    monkeypatch.delenv("BEARER_TOKEN_FILE")
    config = Poms(base_url=fake.url).config
    assert (config.auth_mode, config.proxy_path) == ("x509", str(grid_proxy))


def test_x509_sends_no_authorization_header(fake: FakePoms, grid_proxy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X509_USER_PROXY", str(grid_proxy))
    fake.standalone_user = "alice"  # plain http carries no certificate: the server's standalone user applies
    with Poms(base_url=fake.url, experiment="samdev", max_retries=0) as poms:
        assert poms.campaigns.get_id("alice demo") == 891
    assert "authorization" not in fake.last.headers


def test_no_credentials_is_a_configuration_error_naming_what_to_set(
    fake: FakePoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "getuid", lambda: 987654)
    with pytest.raises(errors.ConfigurationError, match="X509_USER_PROXY.*BEARER_TOKEN_FILE"):
        Poms(base_url=fake.url)
    monkeypatch.setenv("X509_USER_PROXY", "/nonexistent/proxy")
    with pytest.raises(errors.ConfigurationError, match="X509_USER_PROXY: the X.509 proxy /nonexistent/proxy"):
        Poms(base_url=fake.url)
    with pytest.raises(errors.ConfigurationError, match="needs a token"):
        Poms(base_url=fake.url, auth="token")
    with Poms(base_url=fake.url, auth="none", experiment="samdev", max_retries=0) as poms:
        fake.standalone_user = "alice"
        assert poms.campaigns.get_id("alice demo") == 891
        assert "authorization" not in fake.last.headers


def test_the_proxy_is_the_tls_client_certificate(tls_fake: FakePoms, grid_proxy: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("X509_USER_PROXY", str(grid_proxy))
    with Poms(base_url=tls_fake.url, experiment="samdev", verify=False, max_retries=0) as poms:
        assert poms.campaigns.get_id("alice demo") == 891
    assert tls_fake.last.headers["x-shib-userid"] == "alice"  # what Apache derives from CN=UID:alice


def test_server_certificates_are_verified_by_default(tls_fake: FakePoms, grid_proxy: Path, tmp_path: Path) -> None:
    with Poms(base_url=tls_fake.url, proxy=grid_proxy, experiment="samdev", max_retries=0) as poms:
        assert poms.config.verify.verify_mode == ssl.CERT_REQUIRED and poms.config.verify.check_hostname
        with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            poms.campaigns.get_id("alice demo")
    # Trusting the server's CA through a CA directory (X509_CERT_DIR / ca_dir) makes it work, verified.
    digest = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(grid_proxy)], check=True,
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    (tmp_path / f"{digest}.0").write_text(grid_proxy.read_text().split("-----BEGIN PRIVATE KEY-----")[0])
    with Poms(base_url=tls_fake.url, proxy=grid_proxy, ca_dir=tmp_path, experiment="samdev", max_retries=0) as poms:
        assert poms.campaigns.get_id("alice demo") == 891


# -- redaction -------------------------------------------------------------------------------------------------------
def test_the_token_never_shows_in_reprs_errors_or_logs(
    fake: FakePoms, token_file: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    fake.faults["/poms/get_campaign_id"] = [(400, f"<html><h1>400</h1>echo: {ALICE_TOKEN}</html>", {})]
    caplog.set_level(logging.DEBUG, logger="sciclients")
    with Poms(base_url=fake.url, experiment="samdev", max_retries=0) as poms:
        with pytest.raises(errors.BadRequestError) as caught:
            poms.campaigns.get_id("x")
        texts = [repr(poms), repr(poms.config), repr(poms.config.auth), str(caught.value), repr(caught.value),
                 caught.value.server_message, caught.value.body, caplog.text]  # fmt: skip
    assert all(ALICE_TOKEN not in text for text in texts)
    assert "***" in caught.value.server_message


# -- async -----------------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_the_async_client_maps_errors_the_same_way(apoms: AsyncPoms, fake: FakePoms) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="cannot have role production"):
        await apoms.campaigns.show(role="production")
    quick = apoms.with_options(max_retries=1)
    assert await quick.campaigns.get_name(891) == "alice demo"


def test_the_transport_can_be_injected() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=42)

    with Poms(base_url="https://poms.example", auth="none", experiment="samdev",
              transport=httpx.MockTransport(answer)) as poms:  # fmt: skip
        assert poms.campaigns.get_id("x") == 42


# -- the package edge ------------------------------------------------------------------------------------------------
def imported_after(code: str) -> set[str]:
    import sys

    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_importing_the_package_loads_no_generated_code() -> None:
    modules = imported_after("import sciclients.poms")
    assert not any(m.split(".")[0].endswith("_api") for m in modules)
    assert "sciclients.poms._client" not in modules and "sciclients.poms.poms_client" not in modules


def test_the_typed_client_loads_only_poms_and_few_models() -> None:
    modules = imported_after("from sciclients.poms import Poms")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.panda_api", "sciclients._generated.jdma_api", "sciclients._generated.agave_api")
        for m in modules
    )
    assert not any(m.startswith(("sciclients.panda", "sciclients.jdma", "sciclients.agave")) for m in modules)
    # The request models, not the nested row models (those load when an answer is parsed).
    assert len([m for m in modules if m.startswith("sciclients._generated.poms_api.models.")]) < 50
    assert (
        "sciclients._generated.poms_api.models.campaign_stage" not in modules
        and "sciclients._generated.poms_api.models.experimenter" not in modules
    )


def test_models_api_and_names_are_re_exported_lazily() -> None:
    import sciclients.poms as package
    from sciclients.poms import api, models

    assert models.CampaignListing.__module__ == "sciclients._generated.poms_api.models.campaign_listing"
    assert api.launches.launch_stage_jobs.__name__ == "sciclients._generated.poms_api.api.launches.launch_stage_jobs"
    assert "campaigns" in dir(api) and "SubmissionDetails" in dir(models)
    assert package.__all__ == ["AsyncPoms", "Launch", "LaunchAuthRequiredError", "LaunchHeldError", "Poms",
                               "PomsAPIError", "api", "models", "poms_client"]  # fmt: skip
    assert all(getattr(package, name) is not None for name in package.__all__)
    assert issubclass(package.LaunchHeldError, errors.ConflictError)
    assert issubclass(package.PomsAPIError, errors.OperationFailedError)
