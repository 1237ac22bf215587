"""file_server (sandboxes, checkpoints, recovery and event-picking requests) and the legacy endpoints."""

from __future__ import annotations

import gzip
import zlib

import pytest
from sciclients import errors

from ._helpers import client, make_task_visible, task_parameters, unique

USER = "Sci Clients User"


def _sandbox(tmp_path, content: bytes):
    path = tmp_path / (unique("sources.sciclients-") + ".tar.gz")
    path.write_bytes(gzip.compress(content))
    return path


def test_sandbox_upload_validate_download(panda_server, tmp_path):
    content = b"sciclients sandbox " + unique("").encode()
    path = _sandbox(tmp_path, content)
    size = path.stat().st_size
    checksum = zlib.crc32(content)
    with client(panda_server, "user") as panda:
        with pytest.raises(errors.NotFoundError):
            panda.file_server.validate_cache_file(size, checksum)
        assert panda.file_server.upload_cache_file(path) is None
        found = panda.file_server.validate_cache_file(size, checksum)
        assert found.startswith("FOUND:") and found.endswith(":" + path.name)
        with pytest.raises(errors.ConflictError):
            panda.file_server.upload_cache_file(path)  # no overwrite without .__ow__
        assert panda.file_server.touch_cache_file(path.name) is None
        assert panda.file_server.delete_cache_file(path.name) is None  # a no-op on the server
        copy = panda.file_server.download_cache_file(path.name, tmp_path / "copy.tar.gz")
    assert copy.read_bytes() == path.read_bytes()
    assert (panda_server.home / "cache" / path.name).read_bytes() == path.read_bytes()
    # somebody else's sandbox is not offered for reuse
    with client(panda_server, "other") as other, pytest.raises(errors.NotFoundError):
        other.file_server.validate_cache_file(size, checksum)


def test_hpo_checkpoint(panda_server, tmp_path):
    path = tmp_path / "4242_7"
    path.write_bytes(b"checkpoint")
    with client(panda_server, "user") as panda:
        stored = panda.file_server.upload_hpo_checkpoint(path)
        assert stored.endswith("hpo_cp_4242_7")
        assert panda.file_server.delete_hpo_checkpoint(4242, 7) is None
        with pytest.raises(errors.NotFoundError):
            panda.file_server.delete_hpo_checkpoint(4242, 7)


def test_file_recovery_request(panda_server):
    with client(panda_server, "user") as panda:
        task_id = panda.task.submit(task_parameters(USER))
        make_task_visible(panda_server, task_id, USER)
        receipt = panda.file_server.upload_file_recovery_request(task_id=task_id, dry_run=True)
    assert "lost_file_recovery" in receipt.log_file_url
    log_name = receipt.log_file_url.rsplit("/", 1)[-1]
    with client(panda_server, "user") as panda:
        assert isinstance(panda.file_server.download_jedi_log(log_name), str)
    with client(panda_server, "other") as other, pytest.raises(errors.PermissionDeniedError):
        other.file_server.upload_file_recovery_request(task_id=task_id)


def test_event_picking_request(panda_server):
    with client(panda_server, "user") as panda:
        assert (
            panda.file_server.upload_event_picking_request(
                run_event_list="358031 1234\n358031 5678",
                data_type="AOD",
                stream_name="physics_Main",
                user_dataset_name=unique("user.sciuser.evp.") + "/",
            )
            is None
        )


def test_legacy_endpoints(panda_server, tmp_path):
    with client(panda_server, "user") as panda:
        task_id = panda.task.submit(task_parameters(USER))
        message = panda.legacy.put_file_recovery_request(task_id, dryRun=True)
        assert message == "request was accepted and will be processed in a few minutes"
        checkpoint = tmp_path / "4343_1"
        checkpoint.write_bytes(b"legacy checkpoint")
        placed = panda.legacy.put_checkpoint(checkpoint)
        assert "successfully placed" in placed
        assert panda.legacy.delete_checkpoint(4343, 1) is None
        with pytest.raises(errors.NotFoundError):
            panda.legacy.delete_checkpoint(4343, 1)
        picked = panda.legacy.put_event_picking_request(
            runEventList="358031 1234",
            eventPickDataType="AOD",
            eventPickStreamName="physics_Main",
            userDatasetName=unique("user.sciuser.legacyevp.") + "/",
        )
        assert picked is None  # the server answered "True"
    with client(panda_server, "anonymous") as anonymous, pytest.raises(errors.APIStatusError):
        anonymous.legacy.put_file_recovery_request(task_id)
