"""`panda.file_server` against the loopback PanDA-like server: the wire, the typed results, uploads and errors."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

import attrs
import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, Panda, PandaAPIError
from sciclients.panda._resources.file_server import MB, cache_file_limit

from tests.support.panda_fake import Failure, FakePanda, Recorded

from .conftest import USER_TOKEN

BASE = "/api/v1/file_server"
# Every byte value, CR/LF and NUL included, but never the multipart boundary.
CONTENT = bytes(range(256)) * 400


def body(rec: Recorded) -> Any:
    assert rec.headers["content-type"] == "application/json"
    return json.loads(rec.body)


def multipart(rec: Recorded) -> list[tuple[str, str, bytes]]:
    """(name, filename, content) of each part of a multipart body, parsed by hand so the bytes stay exact."""
    content_type = rec.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    delimiter = b"--" + content_type.split("boundary=", 1)[1].encode()
    chunks = rec.body.split(delimiter)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n"
    parts = []
    for chunk in chunks[1:-1]:
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = next(line for line in head.decode().split("\r\n") if line.startswith("Content-Disposition"))
        fields = dict(item.strip().split("=", 1) for item in disposition.split(";")[1:])
        parts.append((fields["name"].strip('"'), fields["filename"].strip('"'), content.removesuffix(b"\r\n")))
    return parts


def open_paths() -> set[str]:
    """Files this process holds open (Linux), to show uploads close their handle."""
    fd_dir = Path("/proc/self/fd")
    paths = set()
    for fd in fd_dir.iterdir():
        try:
            paths.add(os.readlink(fd))
        except OSError:
            pass
    return paths


def write(path: Path, content: bytes = CONTENT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no disk space."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def answer(fake: FakePanda, function: str, envelope: Any) -> None:
    """Script an exact answer body (e.g. a message on success, or a bare string) for one function."""
    fake.extra_routes[f"{BASE}/{function}"] = lambda rec: (200, json.dumps(envelope), "text/plain")


# -- uploads -------------------------------------------------------------------------------------------------
def test_upload_cache_file_streams_the_file_under_its_basename(panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    path = write(tmp_path / "work" / "area" / "sources.0b7e3c55.tar.gz")
    fake.handlers["upload_cache_file"] = lambda args, rec: None
    assert panda.file_server.upload_cache_file(path) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("POST", f"{BASE}/upload_cache_file", {})
    assert multipart(rec) == [("file", "sources.0b7e3c55.tar.gz", CONTENT)]
    assert int(rec.headers["content-length"]) == len(rec.body)  # a known length: the server checks its limits on it
    assert str(tmp_path) not in rec.body.decode("latin-1")  # never the full local path (legacy bug)
    assert str(path) not in open_paths()  # the handle was closed


def test_upload_cache_file_accepts_a_str_path(panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    path = write(tmp_path / "jobO.1234.tar.gz", b"small")
    fake.handlers["upload_cache_file"] = lambda args, rec: None
    panda.file_server.upload_cache_file(str(path))
    assert multipart(fake.requests[-1]) == [("file", "jobO.1234.tar.gz", b"small")]


@pytest.mark.parametrize(
    ("name", "limit"),
    [("jobO.1234.tar.gz", 10 * MB), ("sources.0b7e3c55.tar.gz", 768 * MB), ("payload.out", 100 * MB)],
)
def test_upload_cache_file_size_limits_are_checked_before_sending(
    panda: Panda, fake: FakePanda, tmp_path: Path, name: str, limit: int
) -> None:
    path = sparse(tmp_path / name, limit + 1)
    with pytest.raises(ValueError, match=rf"^path: {name} is {limit + 1} bytes .* at most {limit // MB} MB"):
        panda.file_server.upload_cache_file(path)
    assert fake.requests == []
    assert str(path) not in open_paths()


def test_cache_file_limits_follow_the_servers_order_of_rules() -> None:
    assert cache_file_limit("sources.abc.tar.gz") == 768 * MB
    assert cache_file_limit("sources.abc.out") == 100 * MB  # the server tests `.out` first
    assert cache_file_limit("jobO.abc.tar.gz") == 10 * MB
    assert cache_file_limit("jobO.abc.tar.gz.__ow__") == 10 * MB
    assert cache_file_limit("my.sources.tar.gz") == 10 * MB


def test_upload_cache_file_refusals_are_typed(panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    path = write(tmp_path / "jobO.1234.tar.gz")

    def refuse(message: str):
        def handler(args, rec):
            raise Failure(message)

        return handler

    fake.handlers["upload_cache_file"] = refuse("ERROR: cannot overwrite file")
    with pytest.raises(errors.ConflictError, match="cannot overwrite file") as caught:
        panda.file_server.upload_cache_file(path)
    assert caught.value.server_message == "ERROR: cannot overwrite file"
    fake.handlers["upload_cache_file"] = refuse("ERROR: upload failure. Exceeded size limit 11 MB > 10 MB.")
    with pytest.raises(errors.BadRequestError, match="Exceeded size limit"):
        panda.file_server.upload_cache_file(path)
    fake.handlers["upload_cache_file"] = refuse("ERROR : failed to register sandbox to DB with database error")
    with pytest.raises(PandaAPIError, match="failed to register sandbox"):
        panda.file_server.upload_cache_file(path)
    assert str(path) not in open_paths()


@pytest.mark.parametrize(
    ("path", "error", "match"),
    [
        (123, TypeError, "path must be a path"),
        ("/nonexistent/sources.x.tar.gz", ValueError, "path: .* is not an existing file"),
    ],
)
def test_upload_cache_file_bad_paths_send_nothing(
    panda: Panda, fake: FakePanda, path: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        panda.file_server.upload_cache_file(path)
    assert fake.requests == []


def test_upload_jedi_log_needs_the_production_role(
    panda: Panda, prod_panda: Panda, fake: FakePanda, tmp_path: Path
) -> None:
    path = write(tmp_path / "logs" / "jedi_12345.log")
    url = "https://aipanda181.cern.ch:25443/cache/jedilog/jedi_12345.log"
    fake.handlers["upload_jedi_log"] = lambda args, rec: url
    assert prod_panda.file_server.upload_jedi_log(path) == url
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/upload_jedi_log")
    assert multipart(rec) == [("file", "jedi_12345.log", CONTENT)]
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.file_server.upload_jedi_log(path)
    assert str(path) not in open_paths()


def test_upload_jedi_log_over_100_mb_is_refused_locally(prod_panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="path: big.log .* at most 100 MB"):
        prod_panda.file_server.upload_jedi_log(sparse(tmp_path / "big.log", 100 * MB + 1))
    assert fake.requests == []


def test_update_jedi_log_sends_the_zlib_chunk(prod_panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    chunk = zlib.compress(b"more log lines\n")
    path = write(tmp_path / "chunks" / "jedi_12345.log", chunk)
    fake.handlers["update_jedi_log"] = lambda args, rec: None
    assert prod_panda.file_server.update_jedi_log(path) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/update_jedi_log")
    assert multipart(rec) == [("file", "jedi_12345.log", chunk)]
    assert zlib.decompress(multipart(rec)[0][2]) == b"more log lines\n"

    def broken(args, rec):  # what server 1.0.4 really answers
        raise Failure("ERROR: cannot update file with <class 'TypeError'> write() argument must be str, not bytes")

    fake.handlers["update_jedi_log"] = broken
    with pytest.raises(PandaAPIError, match="cannot update file"):
        prod_panda.file_server.update_jedi_log(path)


def test_upload_hpo_checkpoint_returns_the_stored_path(panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    path = write(tmp_path / "ckpt" / "12345_7")
    stored = "/var/log/panda/pandacache/hpo_cp_12345_7"
    fake.handlers["upload_hpo_checkpoint"] = lambda args, rec: stored
    assert panda.file_server.upload_hpo_checkpoint(path) == stored
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/upload_hpo_checkpoint")
    assert multipart(rec) == [("file", "12345_7", CONTENT)]


@pytest.mark.parametrize("name", ["checkpoint.tar", "1_2_3", "_7", "12345_"])
def test_upload_hpo_checkpoint_name_is_checked(panda: Panda, fake: FakePanda, tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"path: the file name must be <task_id>_<sub_id>"):
        panda.file_server.upload_hpo_checkpoint(write(tmp_path / name))
    assert fake.requests == []


def test_upload_hpo_checkpoint_over_500_mb_is_refused_locally(panda: Panda, fake: FakePanda, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at most 500 MB"):
        panda.file_server.upload_hpo_checkpoint(sparse(tmp_path / "1_2", 500 * MB + 1))
    assert fake.requests == []


# -- JEDI log download (a bare string) -----------------------------------------------------------------------
def test_download_jedi_log_returns_the_bare_string_without_its_leading_space(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "download_jedi_log", "  indented first line\nINFO start\n")
    assert panda.file_server.download_jedi_log("jedi_12345.log", offset=120) == " indented first line\nINFO start\n"
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", f"{BASE}/download_jedi_log")
    assert rec.query == {"log_name": ["jedi_12345.log"], "offset": ["120"]}
    panda.file_server.download_jedi_log("jedi_12345.log")
    assert fake.requests[-1].query == {"log_name": ["jedi_12345.log"]}


def test_download_jedi_log_of_a_missing_file_is_empty(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "download_jedi_log", " ")
    assert panda.file_server.download_jedi_log("nothing.log") == ""


def test_download_jedi_log_rejection_is_still_an_envelope(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "download_jedi_log", {"success": False, "message": "SSL secure connection is required", "data": None})
    with pytest.raises(errors.AuthenticationError, match="SSL secure connection is required"):
        panda.file_server.download_jedi_log("jedi_12345.log")
    answer(fake, "download_jedi_log", {"success": False, "message": "expecting GET, received POST", "data": None})
    with pytest.raises(errors.BadRequestError, match="expecting GET"):
        panda.file_server.download_jedi_log("jedi_12345.log")


def test_download_jedi_log_through_the_fakes_envelope(panda: Panda, fake: FakePanda) -> None:
    """The fake wraps handler data in an envelope; that shape is read too (and checked by the fake's GET rules)."""
    fake.handlers["download_jedi_log"] = lambda args, rec: f" offset={args.get('offset', 0)!r}"
    assert panda.file_server.download_jedi_log("x.log", offset=3) == "offset=3"


def test_download_jedi_log_answer_of_another_shape_is_a_validation_error(panda: Panda, fake: FakePanda) -> None:
    answer(fake, "download_jedi_log", 42)
    with pytest.raises(errors.APIResponseValidationError, match="expected the log as a string"):
        panda.file_server.download_jedi_log("jedi_12345.log")


# -- cache bookkeeping ---------------------------------------------------------------------------------------
def test_touch_and_delete_cache_file(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["touch_cache_file"] = lambda args, rec: None
    fake.handlers["delete_cache_file"] = lambda args, rec: None
    assert panda.file_server.touch_cache_file("sources.0b7e3c55.tar.gz") is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == (
        "POST", f"{BASE}/touch_cache_file", {"file_name": "sources.0b7e3c55.tar.gz"},
    )  # fmt: skip
    assert panda.file_server.delete_cache_file("sources.0b7e3c55.tar.gz") is None
    rec = fake.requests[-1]
    assert (rec.path, body(rec)) == (f"{BASE}/delete_cache_file", {"file_name": "sources.0b7e3c55.tar.gz"})


def test_touch_of_a_missing_file_is_not_found(panda: Panda, fake: FakePanda) -> None:
    def missing(args, rec):
        raise Failure("Failed to touch file with: <class 'FileNotFoundError'> [Errno 2] No such file or directory")

    fake.handlers["touch_cache_file"] = missing
    with pytest.raises(errors.NotFoundError, match="No such file"):
        panda.file_server.touch_cache_file("gone.tar.gz")


def test_register_cache_file_sends_the_checksum_as_text(prod_panda: Panda, fake: FakePanda) -> None:
    fake.handlers["register_cache_file"] = lambda args, rec: None
    prod_panda.file_server.register_cache_file("Jane Doe", "sources.x.tar.gz", 1048576, 3735928559)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/register_cache_file")
    assert body(rec) == {
        "user_name": "Jane Doe", "file_name": "sources.x.tar.gz", "file_size": 1048576, "checksum": "3735928559",
    }  # fmt: skip
    prod_panda.file_server.register_cache_file("Jane Doe", "sources.x.tar.gz", 1, "17")
    assert body(fake.requests[-1])["checksum"] == "17"

    def exists(args, rec):
        raise Failure("WARNING: file exist")

    fake.handlers["register_cache_file"] = exists
    with pytest.raises(PandaAPIError, match="file exist"):
        prod_panda.file_server.register_cache_file("Jane Doe", "sources.x.tar.gz", 1, 17)


def test_validate_cache_file_returns_the_found_message(panda: Panda, fake: FakePanda) -> None:
    found = "FOUND:aipanda181.cern.ch:sources.0b7e3c55.tar.gz"
    answer(fake, "validate_cache_file", {"success": True, "message": found, "data": None})
    assert panda.file_server.validate_cache_file(1048576, 3735928559) == found
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == (
        "POST", f"{BASE}/validate_cache_file", {"file_size": 1048576, "checksum": 3735928559},
    )  # fmt: skip
    panda.file_server.validate_cache_file(10, "3735928559")
    assert body(fake.requests[-1]) == {"file_size": 10, "checksum": "3735928559"}


def test_validate_cache_file_failures(panda: Panda, fake: FakePanda) -> None:
    def say(message: str):
        def handler(args, rec):
            raise Failure(message)

        return handler

    fake.handlers["validate_cache_file"] = say("NOTFOUND")
    with pytest.raises(errors.NotFoundError, match="NOTFOUND") as caught:
        panda.file_server.validate_cache_file(1, 2)
    assert caught.value.server_message == "NOTFOUND"
    fake.handlers["validate_cache_file"] = say("ERROR: DB failure")
    with pytest.raises(PandaAPIError, match="DB failure"):
        panda.file_server.validate_cache_file(1, 2)
    fake.handlers["validate_cache_file"] = lambda args, rec: None  # success without FOUND: not what the API promises
    with pytest.raises(errors.APIResponseValidationError, match="FOUND"):
        panda.file_server.validate_cache_file(1, 2)


def test_validate_cache_file_is_read_only_so_it_is_retried(fake: FakePanda) -> None:
    path = f"{BASE}/validate_cache_file"
    fake.faults[path] = [(503, "busy", {})]
    answer_body = {"success": True, "message": "FOUND:h:f", "data": None}
    with Panda(base_url=fake.url, token=USER_TOKEN, vo="atlas", max_retries=1) as client:
        client._http._options = attrs.evolve(client._http._options, backoff_base=0.01)
        fake.extra_routes[path] = lambda rec: (200, json.dumps(answer_body), "text/plain")
        assert client.file_server.validate_cache_file(1, 2) == "FOUND:h:f"
    assert fake.deliveries[f"POST {path}"] == 2


def test_delete_hpo_checkpoint_sends_ids_as_text(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["delete_hpo_checkpoint"] = lambda args, rec: None
    assert panda.file_server.delete_hpo_checkpoint(12345, 0) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == (
        "POST", f"{BASE}/delete_hpo_checkpoint", {"task_id": "12345", "sub_id": "0"},
    )  # fmt: skip
    panda.file_server.delete_hpo_checkpoint("12345", "7")
    assert body(fake.requests[-1]) == {"task_id": "12345", "sub_id": "7"}

    def missing(args, rec):
        raise Failure("Failed to delete file due to [Errno 2] No such file or directory: 'hpo_cp_1_2'")

    fake.handlers["delete_hpo_checkpoint"] = missing
    with pytest.raises(errors.NotFoundError):
        panda.file_server.delete_hpo_checkpoint(1, 2)


# -- requests ------------------------------------------------------------------------------------------------
def test_upload_file_recovery_request(panda: Panda, fake: FakePanda) -> None:
    url = "https://aipanda181.cern.ch:25443/cache/jedilog/lost_file_recovery.0b7e.log"
    fake.handlers["upload_file_recovery_request"] = lambda args, rec: {"logFileURL": url}
    receipt = panda.file_server.upload_file_recovery_request(
        task_id=12345, files=["EVNT.12345._000001.pool.root.1"], dry_run=True
    )
    assert receipt.log_file_url == url
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/upload_file_recovery_request")
    assert body(rec) == {"task_id": 12345, "files": ["EVNT.12345._000001.pool.root.1"], "dry_run": True}
    panda.file_server.upload_file_recovery_request(
        task_id=None, dataset="mc23.EVNT", no_child_retry=False, resurrect_datasets=True, force=True,
        reproduce_parent=True, reproduce_upto_nth_gen=2,
    )  # fmt: skip
    assert body(fake.requests[-1]) == {
        "task_id": None, "dataset": "mc23.EVNT", "no_child_retry": False, "resurrect_datasets": True, "force": True,
        "reproduce_parent": True, "reproduce_upto_nth_gen": 2,
    }  # fmt: skip


def test_upload_file_recovery_request_of_someone_elses_task(panda: Panda, fake: FakePanda) -> None:
    def refuse(args, rec):
        raise Failure("not the task owner or no production role")

    fake.handlers["upload_file_recovery_request"] = refuse
    with pytest.raises(errors.PermissionDeniedError, match="not the task owner"):
        panda.file_server.upload_file_recovery_request(task_id=1)


def test_upload_workflow_request_encodes_the_request(panda: Panda, fake: FakePanda) -> None:
    request = {"outDS": "user.jdoe.test", "taskParams": {}, "sourceURL": "https://x", "sandbox": "jobO.0b7e.tar.gz"}
    fake.handlers["upload_workflow_request"] = lambda args, rec: None
    assert panda.file_server.upload_workflow_request(request) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/upload_workflow_request")
    sent = body(rec)
    assert set(sent) == {"data"} and isinstance(sent["data"], str) and json.loads(sent["data"]) == request
    fake.handlers["upload_workflow_request"] = lambda args, rec: {"status": True, "request_id": None, "log": "valid"}
    result = panda.file_server.upload_workflow_request(json.dumps(request), dry_run=True, sync=False)
    assert result is not None and result.status is True and result.request_id is None and result.log == "valid"
    assert body(fake.requests[-1]) == {"data": json.dumps(request), "dry_run": True, "sync": False}


def test_upload_event_picking_request(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["upload_event_picking_request"] = lambda args, rec: None
    assert panda.file_server.upload_event_picking_request() is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == ("POST", f"{BASE}/upload_event_picking_request", {})
    panda.file_server.upload_event_picking_request(
        run_event_list=[(358031, 1234567), ("358031", "7654321")], data_type="AOD", stream_name="physics_Main",
        ami_tag="f961", user_dataset_name="user.jdoe.evp.test", input_file_list=["a.root", "b.root"], n_sites=2,
        ei_api="",
    )  # fmt: skip
    assert body(fake.requests[-1]) == {
        "run_event_list": "358031 1234567\n358031 7654321", "data_type": "AOD", "stream_name": "physics_Main",
        "ami_tag": "f961", "user_dataset_name": "user.jdoe.evp.test", "input_file_list": "a.root,b.root",
        "n_sites": "2", "ei_api": "",
    }  # fmt: skip
    panda.file_server.upload_event_picking_request(run_event_list=[(1, 2, "guid-1")], include_guids=True)
    assert body(fake.requests[-1]) == {"run_event_list": "1 2 guid-1", "include_guids": True}


# -- bad input never reaches the server ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda fs: fs.download_jedi_log(""), ValueError, "log_name must not be empty"),
        (lambda fs: fs.download_jedi_log("x.log", offset=-1), ValueError, "offset must be >= 0"),
        (lambda fs: fs.download_jedi_log("x.log", offset="5"), TypeError, "offset must be an int"),
        (lambda fs: fs.touch_cache_file(None), TypeError, "file_name must be a str"),
        (lambda fs: fs.delete_cache_file(" "), ValueError, "file_name must not be empty"),
        (lambda fs: fs.register_cache_file("u", "f", -1, 1), ValueError, "file_size must be >= 0"),
        (lambda fs: fs.register_cache_file("u", "f", 1, 1.5), TypeError, "checksum must be an int"),
        (lambda fs: fs.validate_cache_file("10", 1), TypeError, "file_size must be an int"),
        (lambda fs: fs.validate_cache_file(10, ""), ValueError, "checksum must not be empty"),
        (lambda fs: fs.delete_hpo_checkpoint(0, 1), ValueError, "task_id must be >= 1"),
        (lambda fs: fs.delete_hpo_checkpoint(1, 2.0), TypeError, "sub_id must be an int"),
        (lambda fs: fs.upload_file_recovery_request(), ValueError, "task_id or dataset is required"),
        (lambda fs: fs.upload_file_recovery_request(task_id=None, dataset=None), ValueError, "task_id or dataset"),
        (lambda fs: fs.upload_file_recovery_request(task_id="1"), TypeError, "task_id must be an int"),
        (lambda fs: fs.upload_file_recovery_request(task_id=1, files=[]), ValueError, "files must not be empty"),
        (lambda fs: fs.upload_file_recovery_request(task_id=1, files="a"), TypeError, "files must be a list"),
        (lambda fs: fs.upload_file_recovery_request(task_id=1, force=1), TypeError, "force must be a bool"),
        (lambda fs: fs.upload_file_recovery_request(task_id=1, reproduce_upto_nth_gen=-1), ValueError, "reproduce"),
        (lambda fs: fs.upload_workflow_request("{not json"), ValueError, "data is a str but not valid JSON"),
        (lambda fs: fs.upload_workflow_request("[1, 2]"), ValueError, "data must be JSON text of a dict"),
        (lambda fs: fs.upload_workflow_request([1, 2]), TypeError, "data must be a dict"),
        (lambda fs: fs.upload_workflow_request({"when": object()}), TypeError, "data cannot be encoded as JSON"),
        (lambda fs: fs.upload_workflow_request({}, sync="yes"), TypeError, "sync must be a bool"),
        (lambda fs: fs.upload_event_picking_request(data_type=5), TypeError, "data_type must be a str"),
        (lambda fs: fs.upload_event_picking_request(run_event_list=[(1,)]), ValueError, r"run_event_list\[0\]"),
        (
            lambda fs: fs.upload_event_picking_request(run_event_list=[(1, 2)], include_guids=True),
            ValueError, "run_event_list\\[0\\] must be a sequence of 3 items",
        ),
        (lambda fs: fs.upload_event_picking_request(n_sites=0), ValueError, "n_sites must be >= 1"),
        (lambda fs: fs.upload_event_picking_request(input_file_list=[""]), ValueError, r"input_file_list\[0\]"),
        (lambda fs: fs.upload_event_picking_request(include_guids="no"), TypeError, "include_guids must be a bool"),
    ],
)  # fmt: skip
def test_bad_arguments_fail_before_any_io(
    panda: Panda, fake: FakePanda, call: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(panda.file_server)
    assert fake.requests == []


# -- asyncio -------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_async_upload_and_download_of_a_jedi_log(apanda: AsyncPanda, fake: FakePanda, tmp_path: Path) -> None:
    path = write(tmp_path / "jedi_777.log")
    fake.handlers["upload_jedi_log"] = lambda args, rec: "https://h:25443/cache/jedilog/jedi_777.log"
    assert await apanda.file_server.upload_jedi_log(path) == "https://h:25443/cache/jedilog/jedi_777.log"
    assert multipart(fake.requests[-1]) == [("file", "jedi_777.log", CONTENT)]
    assert str(path) not in open_paths()
    answer(fake, "download_jedi_log", " line\n")
    assert await apanda.file_server.download_jedi_log("jedi_777.log") == "line\n"
    with pytest.raises(ValueError, match="log_name must not be empty"):
        await apanda.file_server.download_jedi_log("")
