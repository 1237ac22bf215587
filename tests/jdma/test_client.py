"""The typed JDMA client's shared behaviour: error mapping with the server's words, answers that break the
contract, bad input (nothing sent), retries, configuration, redaction and lazy imports."""

from __future__ import annotations

import logging
import ssl
import subprocess
import sys
from typing import Any

import pytest
from sciclients import errors
from sciclients.jdma import AsyncJdma, Jdma
from sciclients.jdma._config import DEFAULT_BASE_URL

from tests.support.jdma_fake import MOUNT, FakeJdma

RUN2 = "/gws/nopw/j04/gws1/data/run2"


# -- errors: the class the status and message mean, with the server's own words --------------------------------
@pytest.mark.parametrize(
    ("user", "call", "error_class", "message"),
    [
        ("carol", lambda j: j.user.get(), errors.PermissionDeniedError,
         "User carol not initialised yet.  Run jdma.py init first."),
        ("alice", lambda j: j.user.create("a@b.c"), errors.ConflictError, "JDMA already initialized for this user."),
        ("alice", lambda j: j.batches.get(99), errors.NotFoundError, "Batch not found."),
        ("alice", lambda j: j.batches.get_by_label("nope"), errors.NotFoundError, "Batch not found."),
        ("alice", lambda j: j.requests.get(99), errors.NotFoundError, "Request not found."),
        ("alice", lambda j: j.requests.list(workspace="nosuch"), errors.NotFoundError, "Workspace not found."),
        ("alice", lambda j: j.files.list(batch_id=99), errors.NotFoundError, "Batch not found."),
        ("alice", lambda j: j.batches.get(9), errors.PermissionDeniedError,
         "User does not have permission to view batches in the workspace"),
        ("alice", lambda j: j.archives.list(batch_id=9), errors.PermissionDeniedError,
         "User does not have permission to list archives in the workspace"),
        ("alice", lambda j: j.batches.list(workspace="gws2", filter="workspace"), errors.PermissionDeniedError,
         "User does not have permission to view batches in the workspace"),
        ("bob", lambda j: j.batches.modify(7, label="mine"), errors.PermissionDeniedError,
         "User bob cannot edit this batch as they do not own it!"),
        ("alice", lambda j: j.requests.delete_batch(9), errors.PermissionDeniedError,
         "User alice does not have permission to delete batch: 9"),
        ("alice", lambda j: j.requests.download(8, "/gws/nopw/j04/gws1/out", credentials={"access_key": "a",
         "secret_key": "b"}), errors.ConflictError,
         "Batch stage is: ON_DISK.  Cannot retrieve (GET) until stage is ON_STORAGE"),
        ("alice", lambda j: j.requests.download(7, "/gws/nopw/j04/nothere/out"), errors.NotFoundError,
         "Parent of target path /gws/nopw/j04/nothere/out does not exist: /gws/nopw/j04/nothere"),
        ("alice", lambda j: j.requests.download(7, "/gws/nopw/j04/gws1/readonly/out"), errors.PermissionDeniedError,
         "User alice does not have write permission to the directory: /gws/nopw/j04/gws1/readonly/out"),
        ("alice", lambda j: j.requests.download(7, "/gws/nopw/j04/gws1/out", filelist=["/elsewhere/f"]),
         errors.NotFoundError, "Requested file list contains zero files that belong to batch 7"),
        ("alice", lambda j: j.requests.upload("gws1", ["/gws/nopw/j04/gws1/missing"], storage="elastictape"),
         errors.NotFoundError, "Path /gws/nopw/j04/gws1/missing does not exist"),
        ("alice", lambda j: j.requests.upload("gws3", [RUN2], storage="elastictape"), errors.NotFoundError,
         "Workspace gws3 has no associated groupworkspace quota set"),
        ("alice", lambda j: j.requests.upload("gws1", [RUN2], storage="objectstore"), errors.BadRequestError,
         "Required credentials for: objectstore not supplied  Required credentials for: objectstore are: "
         "access_key, secret_key.  Supplied credentials: {}."),
        ("bob", lambda j: j.requests.upload("gws1", [RUN2], storage="elastictape"), errors.PermissionDeniedError,
         "User: bob does not have write permissions or the workspace: gws1 does not exist for external storage: "
         "Elastic Tape"),
        ("carol", lambda j: j.requests.upload("gws1", [RUN2], storage="elastictape"), errors.PermissionDeniedError,
         "User carol not initialised yet.  Run jdma.py init first"),
    ],
)  # fmt: skip
def test_server_failures_raise_the_class_they_mean_with_the_servers_text(
    fake: FakeJdma, user: str, call: Any, error_class: type[errors.APIStatusError], message: str
) -> None:
    with Jdma(base_url=fake.url, user=user, max_retries=0) as client, pytest.raises(error_class) as caught:
        call(client)
    error = caught.value
    assert type(error) is error_class
    assert error.server_message == message and message in str(error)
    assert error.status_code in (403, 404)
    assert error.url is not None and error.url.startswith(fake.url)


def test_duplicates_are_conflicts(jdma: Jdma, fake: FakeJdma) -> None:
    jdma.requests.delete_batch(7)
    with pytest.raises(errors.ConflictError, match="Duplicate DELETE request made: batch: 7") as caught:
        jdma.requests.delete_batch(7)
    assert caught.value.status_code == 403
    jdma.requests.download(7, "/gws/nopw/j04/gws1/whole")
    with pytest.raises(errors.ConflictError, match="Duplicate GET request made"):
        jdma.requests.download(7, "/gws/nopw/j04/gws1/whole")


def test_a_repeated_upload_hits_the_server_bug_and_is_a_bad_request(jdma: Jdma) -> None:
    jdma.requests.upload("gws1", [RUN2], storage="elastictape")
    with pytest.raises(errors.BadRequestError) as caught:
        jdma.requests.upload("gws1", [RUN2], storage="elastictape")
    assert caught.value.status_code == 404 and caught.value.server_message == "'list' object has no attribute 'first'"


@pytest.mark.parametrize(
    ("status", "body", "ctype", "error_class", "server_message"),
    [
        (500, "<h1>Server Error (500)</h1>", "text/html", errors.InternalServerError, "Server Error (500)"),
        (405, "", "text/html", errors.APIStatusError, "Method Not Allowed"),
        (503, "", "text/html", errors.ServiceUnavailableError, "Service Unavailable"),
        (404, '{"error": "External storage: objectstore not connecting.  Reason is: timeout"}', "application/json",
         errors.ServiceUnavailableError, "External storage: objectstore not connecting.  Reason is: timeout"),
        (404, '{"error": "No batch id supplied."}', "application/json", errors.BadRequestError,
         "No batch id supplied."),
        (404, '{"unexpected": 1}', "application/json", errors.NotFoundError, '{"unexpected": 1}'),
    ],
)  # fmt: skip
def test_non_json_and_odd_failures_keep_the_servers_words(
    jdma: Jdma, fake: FakeJdma, status: int, body: str, ctype: str, error_class: type[Exception], server_message: str
) -> None:
    fake.faults["migration/"] = [(status, body, {"Content-Type": ctype})]
    with pytest.raises(error_class) as caught:
        jdma.batches.get(7)
    assert caught.value.status_code == status and caught.value.server_message == server_message


def test_an_unexpected_redirect_is_not_followed_and_not_taken_for_success(jdma: Jdma, fake: FakeJdma) -> None:
    fake.faults["migration/"] = [(301, "", {"Location": MOUNT + "elsewhere/", "Content-Type": "text/html"})]
    with pytest.raises(errors.APIResponseValidationError, match="redirect to /jdma_control/api/v1/elsewhere/"):
        jdma.batches.get(7)
    assert len(fake.requests) == 1


def test_the_slash_less_paths_are_what_the_reference_says(fake: FakeJdma) -> None:
    """The fake itself: GET without the slash is a 301 with the query, PUT without it a 500 page."""
    import httpx

    with httpx.Client() as raw:
        get = raw.get(fake.url + "/migration?name=alice&migration_id=7")
        put = raw.put(fake.url + "/migration?name=alice&migration_id=7", content=b"{}")
        allowed = raw.delete(fake.url + "/request")
    assert get.status_code == 301 and get.headers["location"] == MOUNT + "migration/?name=alice&migration_id=7"
    assert put.status_code == 500 and "text/html" in put.headers["content-type"]
    assert allowed.status_code == 405 and allowed.text == ""


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "JSON list where an object was expected"),
        ('{"migration_id": 7}', "not of the documented shape"),
        ('{"migration_id": 7, "user": "alice", "workspace": "gws1", "label": null, "stage": 42, "storage": "x"}',
         "not of the documented shape"),
    ],
)  # fmt: skip
def test_answers_that_break_the_contract_are_response_validation_errors(
    jdma: Jdma, fake: FakeJdma, body: str, why: str
) -> None:
    fake.faults["migration/"] = [(200, body, {})]
    with pytest.raises(errors.APIResponseValidationError, match=why) as caught:
        jdma.batches.get(7)
    assert caught.value.status_code == 200


def test_long_reason_phrases_with_user_input_are_fine(jdma: Jdma, fake: FakeJdma) -> None:
    paths = [f"/gws/nopw/j04/gws1/nothere/{i}-ünïcode file" for i in range(40)]
    with pytest.raises(errors.NotFoundError) as caught:
        jdma.requests.upload("gws1", paths, storage="elastictape")
    assert caught.value.server_message == "".join(f"Path {p} does not exist" for p in paths)


# -- bad input: refused before any I/O, naming the argument ----------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda j: j.user.create(""), ValueError, "email must not be empty"),
        (lambda j: j.user.create(None), TypeError, "email must be a str"),
        (lambda j: j.user.update(email=""), ValueError, "email must not be empty"),
        (lambda j: j.user.update(notify="yes"), TypeError, "notify must be a bool"),
        (lambda j: j.requests.get(0), ValueError, "request_id must be >= 1"),
        (lambda j: j.requests.list(filter="workspace"), ValueError, "workspace is required with filter='workspace'"),
        (lambda j: j.requests.list(filter="everyone"), ValueError, "filter must be one of"),
        (lambda j: j.requests.upload("gws1", [], storage="elastictape"), ValueError, "filelist must not be empty"),
        (lambda j: j.requests.upload("gws1", "/gws/x", storage="elastictape"), TypeError, "filelist must be a list"),
        (lambda j: j.requests.upload("gws1", ["data/run2"], storage="elastictape"), ValueError,
         r"filelist\[0\] must be an absolute path"),
        (lambda j: j.requests.upload("gws1", [RUN2], storage="tape"), ValueError, "storage must be one of"),
        (lambda j: j.requests.upload("gws1", [RUN2], storage="elastictape", request_type="GET"), ValueError,
         "request_type must be one of 'PUT', 'MIGRATE'"),
        (lambda j: j.requests.upload("", [RUN2], storage="elastictape"), ValueError, "workspace must not be empty"),
        (lambda j: j.requests.upload("gws1", [RUN2], storage="objectstore", credentials={"secret_key": 1}),
         TypeError, "credentials: keys and values must be strings"),
        (lambda j: j.requests.download(None, "/gws/out"), ValueError, "batch_id is required"),
        (lambda j: j.requests.download(7, "out"), ValueError, "target_path must be an absolute path"),
        (lambda j: j.requests.download(7, "/gws/out", filelist=["f1.txt"]), ValueError,
         r"filelist\[0\] must be an absolute path"),
        (lambda j: j.requests.delete_batch("7"), TypeError, "batch_id must be an int"),
        (lambda j: j.requests.delete_batch(7, storage="disk"), ValueError, "storage must be one of"),
        (lambda j: j.batches.get(True), TypeError, "batch_id must be an int"),
        (lambda j: j.batches.get_by_label(""), ValueError, "label must not be empty"),
        (lambda j: j.batches.modify(7, label=""), ValueError, "label must not be empty"),
        (lambda j: j.files.list(limit=-1), ValueError, "limit must be >= 0"),
        (lambda j: j.files.list(digest=1), TypeError, "digest must be a bool"),
        (lambda j: j.archives.list(batch_id=0), ValueError, "batch_id must be >= 1"),
    ],
)  # fmt: skip
def test_bad_input_fails_before_any_io(jdma: Jdma, fake: FakeJdma, call: Any, exc: type[Exception], match: str) -> None:
    with pytest.raises(exc, match=match):
        call(jdma)
    assert fake.requests == []


def test_no_user_is_a_configuration_error_before_any_io(fake: FakeJdma, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JDMA_USER", "USER"):
        monkeypatch.delenv(name, raising=False)
    with Jdma(base_url=fake.url) as client, pytest.raises(errors.ConfigurationError, match="JDMA_USER"):
        client.batches.list()
    assert fake.requests == []


# -- retries --------------------------------------------------------------------------------------------------------
def fast(client: Jdma) -> Jdma:
    import attrs

    client._http._options = attrs.evolve(client._http._options, backoff_base=0.01)
    return client


def test_gets_are_retried_and_submissions_are_not(fake: FakeJdma) -> None:
    with fast(Jdma(base_url=fake.url, user="alice", max_retries=2)) as client:
        fake.faults["migration/"] = [(503, "", {}), (502, "", {})]
        assert client.batches.get(7).migration_id == 7
        assert len(fake.requests) == 3
        fake.requests.clear()
        fake.faults["request"] = [(503, "", {})]
        with pytest.raises(errors.ServiceUnavailableError):
            client.requests.upload("gws1", [RUN2], storage="elastictape")
        assert len(fake.requests) == 1


def test_connection_refused_is_a_connection_error() -> None:
    with Jdma(base_url="http://127.0.0.1:9/jdma_control/api/v1", user="alice", max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError, match="connection failed"):
            client.user.get()


# -- configuration ----------------------------------------------------------------------------------------------------
def test_base_url_and_user_from_the_environment(fake: FakeJdma, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDMA_API_URL", fake.url + "/")  # the legacy form ends with a slash
    monkeypatch.setenv("USER", "bob")
    monkeypatch.delenv("JDMA_USER", raising=False)
    with Jdma(max_retries=0) as client:
        assert client.base_url == fake.url and client.user_name == "bob"
        client.batches.list()
    assert fake.requests[-1].path == MOUNT + "migration/" and fake.requests[-1].query == {"name": ["bob"]}
    monkeypatch.setenv("JDMA_USER", "dave")
    with Jdma(max_retries=0) as client:
        assert client.user_name == "dave"
    with Jdma(user="alice", max_retries=0) as client:  # the argument wins
        assert client.user_name == "alice"


def test_defaults_are_the_public_server_with_tls_verified(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JDMA_API_URL", "JDMA_VERIFY"):
        monkeypatch.delenv(name, raising=False)
    client = Jdma(user="alice")
    assert client.base_url == DEFAULT_BASE_URL == "https://jdma3.ceda.ac.uk/jdma_control/api/v1"
    assert isinstance(client.config.verify, ssl.SSLContext)
    assert client.config.verify.verify_mode == ssl.CERT_REQUIRED and client.config.verify.check_hostname
    monkeypatch.setenv("JDMA_VERIFY", "0")
    assert Jdma(user="alice").config.verify.verify_mode == ssl.CERT_NONE
    assert Jdma(user="alice", verify=True).config.verify.verify_mode == ssl.CERT_REQUIRED
    monkeypatch.setenv("JDMA_VERIFY", "maybe")
    with pytest.raises(errors.ConfigurationError, match="JDMA_VERIFY"):
        Jdma(user="alice")


def test_plain_http_is_only_for_loopback_unless_allowed() -> None:
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        Jdma(base_url="http://jdma.example.org/jdma_control/api/v1", user="alice")
    Jdma(base_url="http://jdma.example.org/jdma_control/api/v1", user="alice", allow_insecure_http=True)
    with pytest.raises(ValueError, match="base_url"):
        Jdma(base_url="ftp://jdma.example.org/api", user="alice")
    with pytest.raises(ValueError, match="user must be a user name without spaces"):
        Jdma(user="alice smith")


def test_with_options_acts_as_another_user_on_the_same_pool(jdma: Jdma, fake: FakeJdma) -> None:
    bob = jdma.with_options(user="bob", timeout=5)
    assert bob._http._client is jdma._http._client and bob.user_name == "bob" and jdma.user_name == "alice"
    assert bob.user.get().name == "bob"
    assert fake.requests[-1].query == {"name": ["bob"]}
    assert repr(bob) == f"Jdma(base_url={fake.url!r}, user='bob')"


# -- redaction -----------------------------------------------------------------------------------------------------
def test_storage_secrets_never_reach_logs_or_errors(jdma: Jdma, fake: FakeJdma, caplog) -> None:
    secret = "0bj3ct-st0re-s3cret"
    caplog.set_level(logging.DEBUG)
    fake.faults["request"] = [(404, '{"error": "bad key ' + secret + '", "credentials": {}}', {})]
    with pytest.raises(errors.NotFoundError) as caught:
        jdma.requests.upload("gws1", [RUN2], storage="objectstore",
                             credentials={"access_key": "AKIA-public", "secret_key": secret})  # fmt: skip
    assert fake.requests[-1].json["credentials"]["secret_key"] == secret  # it is sent, as it must be
    for text in (caplog.text, str(caught.value), caught.value.server_message, str(caught.value.body), repr(jdma)):
        assert secret not in text


# -- the package edge --------------------------------------------------------------------------------------------------
def imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_import_is_lazy_and_loads_only_jdma() -> None:
    bare = imported_after("import sciclients.jdma")
    assert not any(m.startswith("sciclients._generated.jdma_api") for m in bare) and "httpx" not in bare
    client = imported_after("from sciclients.jdma import Jdma")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.panda_api", "sciclients._generated.poms_api", "sciclients._generated.agave_api")
        for m in client
    )
    assert not any(m.startswith("sciclients.panda") for m in client)


def test_models_and_api_are_re_exported_lazily() -> None:
    from sciclients.jdma import api, models

    assert models.BatchFile.__module__ == "sciclients._generated.jdma_api.models.batch_file"
    assert models.RequestStage.GET_START == 100 and models.BatchStage(2).name == "ON_STORAGE"
    assert api.request.submit_request.__name__ == "sciclients._generated.jdma_api.api.request.submit_request"
    assert "batch" in dir(api) and "BatchDetail" in dir(models)
    import sciclients.jdma as package

    assert package.__all__ == ["AsyncJdma", "Jdma", "JdmaConfig", "ListFilter", "RequestTypeName", "StorageId",
                               "UploadType", "api", "jdma_lib", "models"]  # fmt: skip
    for name in package.__all__:
        assert getattr(package, name) is not None


@pytest.mark.anyio
async def test_async_client_maps_errors_and_refuses_bad_input(fake: FakeJdma) -> None:
    async with AsyncJdma(base_url=fake.url, user="carol", max_retries=0) as client:
        with pytest.raises(errors.PermissionDeniedError, match="User carol not initialised yet"):
            await client.user.get()
        with pytest.raises(ValueError, match="filelist must not be empty"):
            await client.requests.upload("gws1", [], storage="elastictape")
    assert len(fake.requests) == 1
