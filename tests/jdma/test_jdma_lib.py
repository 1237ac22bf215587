"""The drop-in `sciclients.jdma.jdma_lib`: the classic names and signatures, the request the reference
documents for each function (once, on the right path, `name` honoured, queries encoded), and the classic
return convention (`status_code` and `json()`, failures returned rather than raised)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sciclients import errors
from sciclients.jdma import Jdma, jdma_lib

from tests.support.jdma_fake import MOUNT, FakeJdma

RUN1 = "/gws/nopw/j04/gws1/data/run1"
RUN2 = "/gws/nopw/j04/gws1/data/run2"

# jdma_client 1.0.1, jdma_client/jdma_lib.py: name, order and default of every parameter.
LEGACY_SIGNATURES: dict[str, list[tuple[str, Any]]] = {
    "create_user": [("name", inspect.Parameter.empty), ("email", None), ("workspace", "default")],
    "update_user": [("name", inspect.Parameter.empty), ("email", None), ("notify", None)],
    "info_user": [("name", inspect.Parameter.empty)],
    "get_request": [("name", inspect.Parameter.empty), ("req_id", None), ("workspace", None), ("ffilter", None)],
    "get_batch": [("name", inspect.Parameter.empty), ("batch_id", None), ("workspace", None), ("label", None),
                  ("ffilter", None)],
    "get_storage": [],
    "get_files": [("name", inspect.Parameter.empty), ("batch_id", None), ("workspace", None), ("limit", 0),
                  ("digest", 0), ("ffilter", None)],
    "get_archives": [("name", inspect.Parameter.empty), ("batch_id", None), ("workspace", None), ("limit", 0),
                     ("digest", 0), ("ffilter", None)],
    "upload_files": [("name", inspect.Parameter.empty), ("workspace", None), ("filelist", []), ("label", None),
                     ("request_type", None), ("storage", None), ("credentials", None)],
    "delete_batch": [("name", inspect.Parameter.empty), ("batch_id", None), ("storage", None),
                     ("credentials", None)],
    "download_files": [("name", inspect.Parameter.empty), ("batch_id", None), ("filelist", []),
                       ("target_dir", None), ("credentials", None)],
    "modify_batch": [("name", inspect.Parameter.empty), ("batch_id", None), ("label", None)],
}  # fmt: skip


@pytest.fixture()
def lib(fake: FakeJdma, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeJdma]:
    """The drop-in pointed at the fake; $USER is someone else, to prove `name` is what is sent."""
    monkeypatch.setenv("USER", "mallory")
    monkeypatch.delenv("JDMA_USER", raising=False)
    client = Jdma(base_url=fake.url, max_retries=0)
    jdma_lib.use_client(client)
    yield fake
    jdma_lib.use_client(None)
    client.close()


def sent(fake: FakeJdma, method: str, path: str, query: dict[str, list[str]] | None = None) -> Any:
    """Exactly one request was sent (no redirect round trip), to this path with this query; its JSON body."""
    assert [(r.method, r.path) for r in fake.requests] == [(method, MOUNT + path)]
    assert fake.requests[0].query == (query or {})
    return fake.requests[0].json if fake.requests[0].body else None


def test_the_twelve_functions_keep_their_names_and_signatures() -> None:
    assert sorted(n for n in jdma_lib.__all__ if n not in ("LegacyResponse", "use_client")) == sorted(LEGACY_SIGNATURES)
    for function, expected in LEGACY_SIGNATURES.items():
        parameters = list(inspect.signature(getattr(jdma_lib, function)).parameters.values())
        assert [p.name for p in parameters] == [name for name, _ in expected], function
        for parameter, (name, default) in zip(parameters, expected, strict=True):
            assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            if default == []:  # an immutable empty default for the classic mutable `[]`
                assert parameter.default == (), (function, name)
            else:
                assert parameter.default == default, (function, name)


# -- users ----------------------------------------------------------------------------------------------------
def test_create_user(lib: FakeJdma) -> None:
    lib.users.pop("alice")
    response = jdma_lib.create_user("alice", "alice@example.org", workspace="gws1")
    assert response.status_code == 200 and response.ok
    assert response.json() == {"name": "alice", "email": "alice@example.org"}
    assert sent(lib, "POST", "user") == {"name": "alice", "email": "alice@example.org"}


def test_create_user_with_the_default_workspace_is_allowed_and_writes_nothing(
    lib: FakeJdma, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    lib.users.pop("alice")
    assert jdma_lib.create_user("alice", "a@example.org").status_code == 200
    assert list(tmp_path.iterdir()) == []  # no ~/.jdma.json, no template download


def test_create_user_twice_returns_the_403(lib: FakeJdma) -> None:
    response = jdma_lib.create_user("alice", "alice@example.org")
    assert response.status_code == 403 and not response.ok
    assert response.json() == {"name": "alice", "email": "alice@example.org",
                               "error": "JDMA already initialized for this user."}  # fmt: skip
    with pytest.raises(errors.ConflictError, match="already initialized"):
        response.raise_for_status()


def test_update_user(lib: FakeJdma) -> None:
    response = jdma_lib.update_user("bob", email="bob@example.org", notify=True)
    assert response.status_code == 200
    assert response.json() == {"name": "bob", "email": "bob@example.org", "notify": True}
    assert sent(lib, "PUT", "user", {"name": ["bob"]}) == {"name": "bob", "email": "bob@example.org", "notify": True}


def test_update_user_without_changes_sends_only_the_name(lib: FakeJdma) -> None:
    assert jdma_lib.update_user("bob").json()["notify"] is False
    assert sent(lib, "PUT", "user", {"name": ["bob"]}) == {"name": "bob"}


def test_info_user_encodes_the_name(lib: FakeJdma) -> None:
    response = jdma_lib.info_user("carol&name=alice")
    assert response.status_code == 403
    message = "User carol&name=alice not initialised yet.  Run jdma.py init first."
    assert response.json() == {"name": "carol&name=alice", "error": message}
    assert lib.requests[0].raw_query == "name=carol%26name%3Dalice"
    lib.requests.clear()
    assert jdma_lib.info_user("alice").json() == {"name": "alice", "email": "alice@example.ac.uk", "notify": True}
    sent(lib, "GET", "user", {"name": ["alice"]})


# -- requests and batches -----------------------------------------------------------------------------------------
def test_get_request_list(lib: FakeJdma) -> None:
    response = jdma_lib.get_request("alice")
    assert response.status_code == 200
    body = response.json()
    assert [r["request_id"] for r in body["requests"]] == [3, 4]
    assert body["requests"][1] == {"request_id": 4, "user": "alice", "request_type": 1, "migration_id": 7,
                                   "label": "run1", "workspace": "gws1", "storage": "elastictape", "stage": 100,
                                   "date": "2024-11-22T22:17:33.397684"}  # fmt: skip
    sent(lib, "GET", "request", {"name": ["alice"]})


def test_get_request_by_workspace_filter(lib: FakeJdma) -> None:
    response = jdma_lib.get_request("dave", workspace="gws1", ffilter="workspace")
    assert {r["user"] for r in response.json()["requests"]} == {"alice"}
    sent(lib, "GET", "request", {"name": ["dave"], "workspace": ["gws1"], "filter": ["workspace"]})


def test_get_request_one(lib: FakeJdma) -> None:
    response = jdma_lib.get_request("alice", req_id=4)
    assert response.json()["filelist"] == ["f1.txt"] and response.json()["stage"] == 100
    sent(lib, "GET", "request", {"name": ["alice"], "request_id": ["4"]})


def test_get_request_not_found_is_returned(lib: FakeJdma) -> None:
    response = jdma_lib.get_request("alice", req_id=99)
    assert response.status_code == 404
    assert response.json() == {"request_id": 99, "name": "alice", "error": "Request not found."}


def test_get_batch_list_uses_the_slash_path(lib: FakeJdma) -> None:
    response = jdma_lib.get_batch("alice", workspace="gws1")
    assert [b["migration_id"] for b in response.json()["migrations"]] == [7, 8]
    sent(lib, "GET", "migration/", {"name": ["alice"], "workspace": ["gws1"]})


def test_get_batch_one_by_id_or_label(lib: FakeJdma) -> None:
    response = jdma_lib.get_batch("alice", batch_id=7)
    assert response.json() == {"migration_id": 7, "user": "alice", "workspace": "gws1", "label": "run1",
                               "stage": 2, "storage": "elastictape", "registered_date": "2024-11-20T10:02:11.254311",
                               "external_id": "1587"}  # fmt: skip
    sent(lib, "GET", "migration/", {"name": ["alice"], "migration_id": ["7"]})
    lib.requests.clear()
    assert jdma_lib.get_batch("alice", label="run 1?").status_code == 404
    assert lib.requests[0].raw_query == "name=alice&label=run+1%3F"
    lib.requests.clear()
    assert jdma_lib.get_batch("alice", label="run1").json()["migration_id"] == 7


def test_get_batch_not_found(lib: FakeJdma) -> None:
    response = jdma_lib.get_batch("alice", batch_id=99)
    assert response.status_code == 404
    assert response.json() == {"error": "Batch not found.", "name": "alice", "migration_id": 99}


def test_get_storage(lib: FakeJdma) -> None:
    response = jdma_lib.get_storage()
    assert response.status_code == 200
    assert response.json() == {"elastictape": "Elastic Tape", "objectstore": "Object Store"}
    sent(lib, "GET", "list_backends/")


def test_get_files_honours_name_and_digest(lib: FakeJdma) -> None:
    response = jdma_lib.get_files("dave", batch_id=7, limit=2, digest=1)
    assert response.status_code == 200
    archive = response.json()["migrations"][0]["archives"][0]
    assert archive["files"][0] == {"pk ": 101, "path": RUN1 + "/f1.txt", "size": 1024, "digest": "aa11",
                                   "digest_format": "SHA256"}  # fmt: skip
    assert archive["limit"] == 2
    sent(lib, "GET", "file/", {"name": ["dave"], "migration_id": ["7"], "limit": ["2"], "digest": ["1"]})


def test_get_files_without_digests(lib: FakeJdma) -> None:
    response = jdma_lib.get_files("alice", workspace="gws1", ffilter="mine")
    files = response.json()["migrations"][0]["archives"][0]["files"]
    assert "digest" not in files[0]
    sent(lib, "GET", "file/", {"name": ["alice"], "workspace": ["gws1"], "filter": ["user"], "limit": ["0"]})


def test_get_archives(lib: FakeJdma) -> None:
    response = jdma_lib.get_archives("alice", batch_id=7, digest=True)
    archives = response.json()["migrations"][0]["archives"]
    assert [(a["archive_id"], a["pk"]) for a in archives] == [("archive_0000000012", 12), ("archive_0000000013", 13)]
    assert archives[1]["digest"] == "cc33"
    sent(lib, "GET", "archive/", {"name": ["alice"], "migration_id": ["7"], "limit": ["0"], "digest": ["1"]})


def test_get_archives_permission_denied(lib: FakeJdma) -> None:
    response = jdma_lib.get_archives("alice", batch_id=9)
    assert response.status_code == 403
    assert response.json()["error"] == "User does not have permission to list archives in the workspace"


# -- transfers -------------------------------------------------------------------------------------------------------
def test_upload_files(lib: FakeJdma) -> None:
    response = jdma_lib.upload_files("alice", workspace="gws1", filelist=[RUN2], label="r2", request_type="MIGRATE",
                                     storage="elastictape")  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert body["request_type"] == 2 and body["error"] == "" and body["batch_id"] == 10 and body["stage"] == 0
    assert sent(lib, "POST", "request") == {"name": "alice", "request_type": "MIGRATE", "workspace": "gws1",
                                            "filelist": [RUN2], "label": "r2", "storage": "elastictape",
                                            "credentials": {}}  # fmt: skip


def test_upload_files_without_a_label_still_sends_the_key(lib: FakeJdma) -> None:
    assert jdma_lib.upload_files("alice", "gws1", [RUN2], request_type="PUT", storage="elastictape").ok
    assert lib.requests[0].json["label"] is None


def test_upload_files_failures_are_returned_whole(lib: FakeJdma) -> None:
    missing = [f"/gws/nopw/j04/gws1/nothere/{i:04d}/{'x' * 40}" for i in range(200)]
    response = jdma_lib.upload_files("alice", "gws1", missing, request_type="PUT", storage="elastictape")
    assert response.status_code == 404
    # The server's whole answer comes back, as the classic requests.Response gave it: the message and the echo.
    assert response.json()["error"] == "".join(f"Path {p} does not exist" for p in missing)
    assert response.json()["filelist"] == missing


def test_delete_batch(lib: FakeJdma) -> None:
    response = jdma_lib.delete_batch("alice", batch_id=7, storage="elastictape")
    assert response.status_code == 200
    assert response.json() == {"name": "alice", "request_type": 3, "migration_id": 7, "storage": "elastictape",
                               "credentials": {}, "request_id": 6, "batch_id": 7, "workspace": "gws1", "stage": 200,
                               "registered_date": "2024-11-20T10:02:11.254311", "label": "run1"}  # fmt: skip
    assert sent(lib, "POST", "request") == {"name": "alice", "request_type": "DELETE", "migration_id": 7,
                                            "storage": "elastictape", "credentials": {}}  # fmt: skip
    again = jdma_lib.delete_batch("alice", batch_id=7)
    assert again.status_code == 403 and again.json()["error"] == "Duplicate DELETE request made: batch: 7"
    assert lib.requests[-1].json["storage"] is None


def test_download_files(lib: FakeJdma) -> None:
    response = jdma_lib.download_files("alice", batch_id=7, filelist=[RUN1 + "/f1.txt"],
                                       target_dir="/gws/nopw/j04/gws1/out")  # fmt: skip
    assert response.status_code == 200
    assert response.json()["filelist"] == ["f1.txt"] and response.json()["request_type"] == 1
    assert sent(lib, "POST", "request") == {"name": "alice", "request_type": "GET", "migration_id": 7,
                                            "target_path": "/gws/nopw/j04/gws1/out", "credentials": {},
                                            "filelist": [RUN1 + "/f1.txt"]}  # fmt: skip


def test_download_files_whole_batch(lib: FakeJdma) -> None:
    response = jdma_lib.download_files("alice", 7, target_dir="/gws/nopw/j04/gws1/out")
    assert response.json()["filelist"] is None
    assert "filelist" not in sent(lib, "POST", "request")


def test_download_files_not_on_storage_is_returned(lib: FakeJdma) -> None:
    response = jdma_lib.download_files("alice", 8, target_dir="/gws/nopw/j04/gws1/out",
                                       credentials={"access_key": "AK", "secret_key": "SK"})  # fmt: skip
    assert response.status_code == 403
    assert response.json()["error"] == "Batch stage is: ON_DISK.  Cannot retrieve (GET) until stage is ON_STORAGE"
    assert response.json()["credentials"] == {}


def test_modify_batch_honours_name(lib: FakeJdma) -> None:
    response = jdma_lib.modify_batch("alice", batch_id=7, label="final")
    assert response.status_code == 200 and response.json() == {"label": "final"}
    assert sent(lib, "PUT", "migration/", {"name": ["alice"], "migration_id": ["7"]}) == {"label": "final"}
    assert jdma_lib.modify_batch("alice", 7).json() == {}
    assert lib.requests[-1].json == {}
    refused = jdma_lib.modify_batch("bob", 7, "theirs")
    assert refused.status_code == 403
    assert refused.json() == {"error": "User bob cannot edit this batch as they do not own it!", "migration_id": 7,
                              "name": "bob"}  # fmt: skip


def test_an_html_500_is_returned_with_its_text(lib: FakeJdma) -> None:
    lib.faults["migration/"] = [(500, "<h1>Server Error (500)</h1>", {"Content-Type": "text/html"})]
    response = jdma_lib.get_batch("alice", 7)
    assert response.status_code == 500 and response.text == "<h1>Server Error (500)</h1>"
    with pytest.raises(ValueError):
        response.json()
    with pytest.raises(errors.InternalServerError):
        response.raise_for_status()


def test_json_gives_a_fresh_copy_each_time(lib: FakeJdma) -> None:
    response = jdma_lib.get_storage()
    response.json()["elastictape"] = "changed"
    assert response.json()["elastictape"] == "Elastic Tape"
    assert json.loads(response.content) == response.json()
    assert repr(response) == "<LegacyResponse [200]>"
    response.raise_for_status()  # a success raises nothing


# -- bad input: refused before any request, naming the argument -----------------------------------------------------
@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda: jdma_lib.create_user("alice"), ValueError, "email is required"),
        (lambda: jdma_lib.create_user("", "a@b.c"), ValueError, "name must not be empty"),
        (lambda: jdma_lib.info_user(None), TypeError, "name must be a str"),
        (lambda: jdma_lib.info_user("alice smith"), ValueError, "name must be a user name without spaces"),
        (lambda: jdma_lib.update_user("alice", email=""), ValueError, "email must not be empty"),
        (lambda: jdma_lib.get_request("alice", ffilter="workspace"), ValueError, "workspace is required"),
        (lambda: jdma_lib.get_request("alice", req_id="4"), TypeError, "req_id must be an int"),
        (lambda: jdma_lib.get_files("alice", batch_id=0), ValueError, "batch_id must be >= 1"),
        (lambda: jdma_lib.get_archives("alice", limit=-5), ValueError, "limit must be >= 0"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [], request_type="PUT", storage="elastictape"), ValueError,
         "filelist must not be empty"),
        (lambda: jdma_lib.upload_files("alice", "gws1", ["run2/a.nc"], request_type="PUT", storage="elastictape"),
         ValueError, r"filelist\[0\] must be an absolute path"),
        (lambda: jdma_lib.upload_files("alice", None, [RUN2], request_type="PUT", storage="elastictape"),
         ValueError, "workspace is required"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [RUN2], storage="elastictape"), ValueError,
         "request_type is required"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [RUN2], request_type="put", storage="elastictape"),
         ValueError, "request_type must be one of 'PUT', 'MIGRATE'"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [RUN2], request_type="DELETE", storage="elastictape"),
         ValueError, "request_type must be one of"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [RUN2], request_type="PUT"), ValueError,
         "storage is required"),
        (lambda: jdma_lib.upload_files("alice", "gws1", [RUN2], request_type="PUT", storage="disk"), ValueError,
         "storage must be one of 'elastictape', 'objectstore'"),
        (lambda: jdma_lib.delete_batch("alice"), ValueError, "batch_id is required"),
        (lambda: jdma_lib.delete_batch("alice", 7, storage="tape"), ValueError, "storage must be one of"),
        (lambda: jdma_lib.download_files("alice", target_dir="/gws/out"), ValueError, "batch_id is required"),
        (lambda: jdma_lib.download_files("alice", 7), ValueError, "target_dir is required"),
        (lambda: jdma_lib.download_files("alice", 7, target_dir="out"), ValueError,
         "target_dir must be an absolute path"),
        (lambda: jdma_lib.download_files("alice", 7, ["f1.txt"], "/gws/out"), ValueError,
         r"filelist\[0\] must be an absolute path"),
        (lambda: jdma_lib.modify_batch("alice", label="x"), ValueError, "batch_id is required"),
    ],
)  # fmt: skip
def test_bad_input_fails_before_any_request(lib: FakeJdma, call: Any, exc: type[Exception], match: str) -> None:
    with pytest.raises(exc, match=match):
        call()
    assert lib.requests == []


# -- configuration -----------------------------------------------------------------------------------------------
def test_the_default_client_comes_from_jdma_api_url(fake: FakeJdma, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDMA_API_URL", fake.url + "/")
    monkeypatch.delenv("USER", raising=False)  # the classic module could not even be imported without it
    jdma_lib.use_client(None)
    try:
        assert jdma_lib.get_storage().status_code == 200
        assert jdma_lib.info_user("alice").json()["email"] == "alice@example.ac.uk"
        made_here = jdma_lib._client
        assert made_here is not None and made_here.base_url == fake.url
    finally:
        jdma_lib.use_client(None)
    assert made_here._http._client.is_closed  # the default client is closed when replaced
    assert [r.path for r in fake.requests] == [MOUNT + "list_backends/", MOUNT + "user"]


def test_use_client_takes_only_a_jdma_client() -> None:
    with pytest.raises(TypeError, match="client must be a sciclients.jdma.Jdma"):
        jdma_lib.use_client("https://jdma3.ceda.ac.uk")  # type: ignore[arg-type]


def test_connection_failures_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    jdma_lib.use_client(Jdma(base_url="http://127.0.0.1:9/jdma_control/api/v1", max_retries=0))
    try:
        with pytest.raises(errors.APIConnectionError):
            jdma_lib.get_storage()
    finally:
        jdma_lib.use_client(None)
