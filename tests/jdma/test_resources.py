"""Every typed method against the loopback JDMA-like server: the request on the wire and the typed result."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest
from sciclients._generated.jdma_api.models import (
    Archive,
    BatchArchives,
    BatchDetail,
    BatchFile,
    BatchFiles,
    BatchStage,
    BatchSummary,
    CreatedUser,
    DeleteRequestAccepted,
    GetRequestAccepted,
    ModifyBatchResponse,
    PutRequestAccepted,
    RequestDetail,
    RequestStage,
    RequestSummary,
    RequestType,
    StorageBackends,
    User,
)
from sciclients._generated.jdma_api.types import UNSET
from sciclients.jdma import AsyncJdma, Jdma

from tests.support.jdma_fake import MOUNT, SHA, FakeJdma

RUN1 = "/gws/nopw/j04/gws1/data/run1"
RUN2 = "/gws/nopw/j04/gws1/data/run2"


def last(fake: FakeJdma):
    assert fake.requests, "nothing was sent"
    return fake.requests[-1]


def assert_one_request(fake: FakeJdma, method: str, path: str, query: dict[str, list[str]] | None = None) -> None:
    """Exactly one request (no redirect round trip), to this path with this query."""
    assert len(fake.requests) == 1, [(r.method, r.path) for r in fake.requests]
    sent = fake.requests[0]
    assert (sent.method, sent.path) == (method, MOUNT + path)
    assert sent.query == (query or {})


# -- user ----------------------------------------------------------------------------------------------------
def test_user_create_posts_name_and_email(jdma: Jdma, fake: FakeJdma) -> None:
    fake.users.pop("alice")
    created = jdma.user.create("alice@example.org")
    assert isinstance(created, CreatedUser)
    assert (created.name, created.email) == ("alice", "alice@example.org")
    assert_one_request(fake, "POST", "user")
    assert last(fake).json == {"name": "alice", "email": "alice@example.org"}
    assert last(fake).headers["content-type"] == "application/json"
    assert fake.users["alice"]["notify"] is True


def test_user_get_selects_by_query_name(jdma: Jdma, fake: FakeJdma) -> None:
    user = jdma.user.get()
    assert user == User(name="alice", email="alice@example.ac.uk", notify=True)
    assert_one_request(fake, "GET", "user", {"name": ["alice"]})


def test_user_update_sends_only_the_given_fields(jdma: Jdma, fake: FakeJdma) -> None:
    user = jdma.user.update(notify=False)
    assert isinstance(user, User) and user.notify is False and user.email == "alice@example.ac.uk"
    assert_one_request(fake, "PUT", "user", {"name": ["alice"]})
    assert last(fake).json == {"name": "alice", "notify": False}
    user = jdma.user.update(email="new@example.org", notify=True)
    assert (user.email, user.notify) == ("new@example.org", True)
    assert last(fake).json == {"name": "alice", "email": "new@example.org", "notify": True}


# -- storage -------------------------------------------------------------------------------------------------
def test_storage_list_uses_the_slash_path(jdma: Jdma, fake: FakeJdma) -> None:
    backends = jdma.storage.list()
    assert isinstance(backends, StorageBackends)
    assert (backends.elastictape, backends.objectstore) == ("Elastic Tape", "Object Store")
    assert backends.to_dict() == {"elastictape": "Elastic Tape", "objectstore": "Object Store"}
    assert_one_request(fake, "GET", "list_backends/")


def test_storage_list_needs_no_user(fake: FakeJdma, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JDMA_USER", "USER"):
        monkeypatch.delenv(name, raising=False)
    with Jdma(base_url=fake.url, max_retries=0) as anonymous:
        assert anonymous.storage.list().elastictape == "Elastic Tape"


# -- requests ------------------------------------------------------------------------------------------------
def test_requests_list_gives_summaries_with_enums(jdma: Jdma, fake: FakeJdma) -> None:
    items = jdma.requests.list()
    assert [type(r) for r in items] == [RequestSummary, RequestSummary]
    assert [(r.request_id, r.request_type, r.stage) for r in items] == [
        (3, RequestType.PUT, RequestStage.PUT_COMPLETED),
        (4, RequestType.GET, RequestStage.GET_START),
    ]
    assert items[1].stage.name == "GET_START" and items[1].migration_id == 7 and items[1].label == "run1"
    assert_one_request(fake, "GET", "request", {"name": ["alice"]})


def test_requests_list_by_workspace_for_every_user(fake: FakeJdma) -> None:
    with Jdma(base_url=fake.url, user="dave", max_retries=0) as dave:
        items = dave.requests.list(workspace="gws1", filter="workspace")
    assert {r.user for r in items} == {"alice"} and [r.request_id for r in items] == [3, 4]
    assert last(fake).query == {"name": ["dave"], "workspace": ["gws1"], "filter": ["workspace"]}


def test_requests_get_gives_the_detail(jdma: Jdma, fake: FakeJdma) -> None:
    detail = jdma.requests.get(4)
    assert isinstance(detail, RequestDetail)
    assert detail.filelist == ["f1.txt"] and detail.failure_reason is UNSET
    assert_one_request(fake, "GET", "request", {"name": ["alice"], "request_id": ["4"]})


def test_requests_get_a_failed_request_has_its_reason(fake: FakeJdma) -> None:
    with Jdma(base_url=fake.url, user="bob", max_retries=0) as bob:
        detail = bob.requests.get(5)
    assert detail.stage is RequestStage.FAILED and detail.failure_reason == "tape library offline"


def test_upload_sends_all_seven_keys_and_returns_the_new_batch(jdma: Jdma, fake: FakeJdma) -> None:
    accepted = jdma.requests.upload("gws1", [RUN2, PurePosixPath(RUN2 + "/a.nc")], storage="elastictape")
    assert isinstance(accepted, PutRequestAccepted)
    assert accepted.request_type is RequestType.PUT and accepted.stage is RequestStage.PUT_START
    assert accepted.error == "" and accepted.batch_id == 10 and accepted.registered_date.endswith("+00:00")
    assert_one_request(fake, "POST", "request")
    assert last(fake).json == {"name": "alice", "request_type": "PUT", "workspace": "gws1",
                               "filelist": [RUN2, RUN2 + "/a.nc"], "label": None, "storage": "elastictape",
                               "credentials": {}}  # fmt: skip
    assert fake.batches[10]["user"] == "alice"


def test_migrate_upload_to_the_object_store_with_credentials(jdma: Jdma, fake: FakeJdma) -> None:
    keys = {"access_key": "AKIA0001", "secret_key": "s3cr3t-key-0001"}
    accepted = jdma.requests.upload("gws1", [RUN2], storage="objectstore", request_type="MIGRATE", label="r2",
                                    credentials=keys)  # fmt: skip
    assert accepted.request_type is RequestType.MIGRATE and accepted.label == "r2"
    assert accepted.credentials.to_dict() == {}  # the server never answers credentials
    sent = last(fake).json
    assert sent["request_type"] == "MIGRATE" and sent["credentials"] == keys and sent["storage"] == "objectstore"


def test_download_part_of_a_batch(jdma: Jdma, fake: FakeJdma) -> None:
    got = jdma.requests.download(7, "/gws/nopw/j04/gws1/out", filelist=[RUN1 + "/f1.txt"])
    assert isinstance(got, GetRequestAccepted)
    assert got.filelist == ["f1.txt"] and got.stage is RequestStage.GET_START and got.batch_id == 7
    assert_one_request(fake, "POST", "request")
    assert last(fake).json == {"name": "alice", "request_type": "GET", "migration_id": 7,
                               "target_path": "/gws/nopw/j04/gws1/out", "filelist": [RUN1 + "/f1.txt"],
                               "credentials": {}}  # fmt: skip


def test_download_a_whole_batch_sends_no_filelist(jdma: Jdma, fake: FakeJdma) -> None:
    got = jdma.requests.download(7, "/gws/nopw/j04/gws1/out2")
    assert got.filelist is None
    assert "filelist" not in last(fake).json and last(fake).json["credentials"] == {}


def test_delete_batch_sends_the_storage_key_even_when_null(jdma: Jdma, fake: FakeJdma) -> None:
    deleted = jdma.requests.delete_batch(8, credentials={"access_key": "AK", "secret_key": "SK"})
    assert isinstance(deleted, DeleteRequestAccepted)
    assert deleted.stage is RequestStage.DELETE_START and deleted.storage == "objectstore"
    assert_one_request(fake, "POST", "request")
    assert last(fake).json == {"name": "alice", "request_type": "DELETE", "migration_id": 8, "storage": None,
                               "credentials": {"access_key": "AK", "secret_key": "SK"}}  # fmt: skip
    jdma.requests.delete_batch(7, storage="elastictape")
    assert last(fake).json["storage"] == "elastictape"


# -- batches -------------------------------------------------------------------------------------------------
def test_batches_list(jdma: Jdma, fake: FakeJdma) -> None:
    batches = jdma.batches.list()
    assert [type(b) for b in batches] == [BatchSummary, BatchSummary]
    assert [(b.migration_id, b.stage) for b in batches] == [(7, BatchStage.ON_STORAGE), (8, BatchStage.ON_DISK)]
    assert batches[1].label is None
    assert_one_request(fake, "GET", "migration/", {"name": ["alice"]})


def test_batches_list_in_a_workspace(jdma: Jdma, fake: FakeJdma) -> None:
    assert [b.migration_id for b in jdma.batches.list(workspace="gws1", filter="user")] == [7, 8]
    assert last(fake).query == {"name": ["alice"], "workspace": ["gws1"], "filter": ["user"]}


def test_batches_get_and_get_by_label(jdma: Jdma, fake: FakeJdma) -> None:
    batch = jdma.batches.get(7)
    assert isinstance(batch, BatchDetail) and batch.external_id == "1587" and batch.stage.name == "ON_STORAGE"
    assert_one_request(fake, "GET", "migration/", {"name": ["alice"], "migration_id": ["7"]})
    assert jdma.batches.get_by_label("run1").migration_id == 7
    assert last(fake).query == {"name": ["alice"], "label": ["run1"]}
    assert jdma.batches.get(8).external_id is UNSET


def test_batch_label_is_url_encoded(jdma: Jdma, fake: FakeJdma) -> None:
    fake.batches[8]["label"] = "a b&c=d;e"
    assert jdma.batches.get_by_label("a b&c=d;e").migration_id == 8
    assert last(fake).query == {"name": ["alice"], "label": ["a b&c=d;e"]}


def test_batches_modify_sends_the_label_and_returns_the_echo(jdma: Jdma, fake: FakeJdma) -> None:
    echo = jdma.batches.modify(7, label="run1-final")
    assert isinstance(echo, ModifyBatchResponse) and echo.label == "run1-final"
    assert_one_request(fake, "PUT", "migration/", {"name": ["alice"], "migration_id": ["7"]})
    assert last(fake).json == {"label": "run1-final"}
    assert fake.batches[7]["label"] == "run1-final"
    assert jdma.batches.modify(7).to_dict() == {} and last(fake).json == {}
    assert jdma.batches.modify(7, label=None).label is None and fake.batches[7]["label"] is None


# -- files and archives ------------------------------------------------------------------------------------------
def test_files_list_exposes_the_pk_key_as_pk(jdma: Jdma, fake: FakeJdma) -> None:
    batches = jdma.files.list(batch_id=7)
    assert [type(b) for b in batches] == [BatchFiles]
    files = [f for archive in batches[0].archives for f in archive.files]
    assert all(isinstance(f, BatchFile) for f in files)
    assert [(f.pk, f.path) for f in files] == [(101, RUN1 + "/f1.txt"), (102, RUN1 + "/f2.txt"),
                                                (104, RUN1 + "/sub/f3.txt")]  # fmt: skip
    assert files[0].digest is UNSET  # digests only when asked for
    assert_one_request(fake, "GET", "file/", {"name": ["alice"], "migration_id": ["7"]})


def test_files_list_with_digests_and_a_limit(jdma: Jdma, fake: FakeJdma) -> None:
    batches = jdma.files.list(workspace="gws1", limit=1, digest=True)
    archive = batches[0].archives[0]
    assert archive.limit == 1 and [f.pk for f in archive.files] == [101]
    assert (archive.files[0].digest, archive.files[0].digest_format) == ("aa11", "SHA256")
    assert last(fake).query == {"name": ["alice"], "workspace": ["gws1"], "limit": ["1"], "digest": ["1"]}


def test_archives_list(jdma: Jdma, fake: FakeJdma) -> None:
    batches = jdma.archives.list(batch_id=7, digest=True)
    assert [type(b) for b in batches] == [BatchArchives]
    archives = batches[0].archives
    assert all(type(a) is Archive for a in archives)
    assert [(a.archive_id, a.pk) for a in archives] == [("archive_0000000012", 12), ("archive_0000000013", 13)]
    assert [a.digest for a in archives] == [SHA, "cc33"]  # archive 14 (digest "0") is left out by the server
    assert_one_request(fake, "GET", "archive/", {"name": ["alice"], "migration_id": ["7"], "digest": ["1"]})
    assert [b.migration_id for b in jdma.archives.list(limit=0)] == [7, 8]
    assert last(fake).query == {"name": ["alice"], "limit": ["0"]}


# -- the asyncio client, one test per resource group ---------------------------------------------------------------
@pytest.mark.anyio
async def test_async_user(ajdma: AsyncJdma, fake: FakeJdma) -> None:
    user = await ajdma.user.update(email="a@example.org")
    assert isinstance(user, User) and user.email == "a@example.org"
    assert (await ajdma.user.get()).email == "a@example.org"


@pytest.mark.anyio
async def test_async_storage(ajdma: AsyncJdma, fake: FakeJdma) -> None:
    assert (await ajdma.storage.list()).objectstore == "Object Store"
    assert last(fake).path == MOUNT + "list_backends/"


@pytest.mark.anyio
async def test_async_requests(ajdma: AsyncJdma, fake: FakeJdma) -> None:
    assert [r.request_id for r in await ajdma.requests.list()] == [3, 4]
    accepted = await ajdma.requests.upload("gws1", [RUN2], storage="elastictape", label="x")
    assert isinstance(accepted, PutRequestAccepted) and accepted.label == "x"
    got = await ajdma.requests.download(7, "/gws/nopw/j04/gws1/out3")
    assert isinstance(got, GetRequestAccepted)
    assert isinstance(await ajdma.requests.delete_batch(7), DeleteRequestAccepted)
    assert (await ajdma.requests.get(4)).request_type is RequestType.GET


@pytest.mark.anyio
async def test_async_batches(ajdma: AsyncJdma, fake: FakeJdma) -> None:
    assert (await ajdma.batches.get(7)).stage is BatchStage.ON_STORAGE
    assert (await ajdma.batches.modify(8, label="eight")).label == "eight"
    assert [b.label for b in await ajdma.batches.list()] == ["run1", "eight"]


@pytest.mark.anyio
async def test_async_files_and_archives(ajdma: AsyncJdma, fake: FakeJdma) -> None:
    files = await ajdma.files.list(batch_id=7)
    assert files[0].archives[0].files[0].pk == 101
    archives = await ajdma.archives.list(batch_id=7)
    assert [a.pk for a in archives[0].archives] == [12, 13]


def test_results_round_trip_to_the_wire_json(jdma: Jdma, fake: FakeJdma) -> None:
    """to_dict() gives back what the server sent (the drop-in relies on it), "pk " key included."""
    result = jdma.files.list(batch_id=7)[0].to_dict()
    assert json.dumps(result["archives"][0]["files"][0]) == json.dumps(
        {"pk ": 101, "path": RUN1 + "/f1.txt", "size": 1024}
    )
