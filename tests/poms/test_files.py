"""`poms.files`: the request on the wire and the typed result of every method."""

from __future__ import annotations

from pathlib import Path

import pytest
from sciclients import errors
from sciclients._generated.poms_api.models import FileUploads
from sciclients.poms import AsyncPoms, Poms

from tests.support.poms_fake import FakePoms

from .conftest import MENGEL_TOKEN


def test_upload_download_delete(poms: Poms, fake: FakePoms, tmp_path: Path) -> None:
    path = tmp_path / "fife_wrap_extra.sh"
    path.write_text("#!/bin/sh\necho hello from POMS\n")
    assert poms.files.upload(path) == f"{fake.url}/poms/file_uploads/samdev/analysis/alice"
    sent = fake.last
    assert (sent.path, sent.form) == ("/poms/upload_file", {"experiment": ["samdev"], "role": ["analysis"]})
    assert sent.files["filename"][0].filename == "fife_wrap_extra.sh"

    assert poms.files.download("fife_wrap_extra.sh") == "#!/bin/sh\necho hello from POMS\n"
    assert fake.last.fields() == {"filename": "fife_wrap_extra.sh", "experiment": "samdev", "role": "analysis"}

    assert poms.files.delete(["fife_wrap_extra.sh", "not_there.txt"]) is None
    assert fake.last.path == "/poms/remove_uploaded_files"
    assert fake.last.form == {"filename": ["fife_wrap_extra.sh", "not_there.txt"], "action": ["delete"],
                              "redirect": ["0"], "experiment": ["samdev"], "role": ["analysis"]}  # fmt: skip
    assert fake.uploads[("samdev", "alice")] == {}


def test_upload_over_quota_and_binary_download(poms: Poms, fake: FakePoms, tmp_path: Path) -> None:
    fake.quota = 10
    big = tmp_path / "big.bin"
    big.write_bytes(b"\xff" * 20)
    with pytest.raises(errors.BadRequestError) as caught:
        poms.files.upload(big)
    assert caught.value.server_message == "Invalid argument: ValueError('Upload exeeds quota of 0 kbi')"
    fake.quota = 100
    poms.files.upload(big)
    with pytest.raises(errors.BadRequestError, match="Invalid argument: UnicodeDecodeError"):
        poms.files.download("big.bin")


def test_file_names_not_paths(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(ValueError, match="filename must be a file name in the upload area"):
        poms.files.download("../etc/passwd")
    with pytest.raises(ValueError, match=r"filenames\[1\] must be a file name"):
        poms.files.delete(["ok.txt", "a/b"])
    with pytest.raises(ValueError, match="filenames must not be empty"):
        poms.files.delete([])
    assert fake.requests == []


def test_show_uploads(poms: Poms, fake: FakePoms, tmp_path: Path) -> None:
    with pytest.raises(errors.BadRequestError, match="Row is not JSON serializable"):
        poms.files.show(user="alice")  # the current server
    fake.legacy_rows = True
    (tmp_path / "vt_samdev_Analysis_alice").write_text("token")
    poms.files.upload(tmp_path / "vt_samdev_Analysis_alice")
    uploads = poms.files.show(user="alice")
    assert isinstance(uploads, FileUploads)
    sent = fake.last
    assert (sent.method, sent.path, sent.query) == ("GET", "/poms/file_uploads/samdev/analysis/alice",
                                                    {"fmt": ["json"]})  # fmt: skip
    assert uploads.file_stat_list == [["vt_samdev_Analysis_alice", 5, "2024-05-01T14:03:27Z"]]
    assert (uploads.total, uploads.quota, uploads.user) == (5, 10485760, "alice")


def test_show_for_production_has_no_upload_area(fake: FakePoms) -> None:
    with Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", role="production", max_retries=0) as poms:
        with pytest.raises(errors.PermissionDeniedError, match="no upload area") as caught:
            poms.files.show(user="mengel")
    assert caught.value.status_code == 303


@pytest.mark.anyio
async def test_async_files(apoms: AsyncPoms, fake: FakePoms, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("n")
    assert (await apoms.files.upload(path)).endswith("/poms/file_uploads/samdev/analysis/alice")
    assert await apoms.files.download("notes.txt") == "n"
    assert await apoms.files.delete(["notes.txt"]) is None
