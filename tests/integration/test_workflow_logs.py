"""Workflow registration, workflow requests and JEDI log uploads against the real server."""

from __future__ import annotations

import zlib

import httpx
import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client, unique

USER_DN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=sciuser/CN=100001/CN=Sci Clients User"


def workflow_row(server, workflow_id: int) -> list[str]:
    return server.sql(
        "SELECT status, prodsourcelabel, username, COALESCE(raw_request_json::text, '-'), "
        f"COALESCE(definition_json::text, '-') FROM doma_panda.workflows WHERE workflow_id = {workflow_id}"
    )[0]


def test_submit_workflow_and_raw_request(panda_server):
    out_ds = unique("user.sciuser.wf.")
    with client(panda_server, "user") as panda:
        raw_id = panda.workflow.submit_workflow_raw_request({"outDS": out_ds, "taskParams": {}, "language": "cwl"})
        definition_id = panda.workflow.submit_workflow({"name": out_ds, "steps": []})
    assert isinstance(raw_id, int) and definition_id > raw_id
    # the server adds the caller's DN to what it stores
    assert workflow_row(panda_server, raw_id) == [
        "registered", "user", "Sci Clients User",
        f'{{"outDS": "{out_ds}", "user_dn": "{USER_DN}", "language": "cwl", "taskParams": {{}}}}', "-",
    ]  # fmt: skip
    assert workflow_row(panda_server, definition_id) == [
        "registered", "user", "Sci Clients User", "-", f'{{"name": "{out_ds}", "steps": [], "user_dn": "{USER_DN}"}}',
    ]  # fmt: skip
    with client(panda_server, "anonymous") as anonymous, pytest.raises(errors.AuthenticationError) as caught:
        anonymous.workflow.submit_workflow({"name": out_ds})
    assert caught.value.server_message == "SSL secure connection is required"


def test_upload_workflow_request(panda_server):
    request = {"outDS": unique("user.sciuser.wf."), "taskParams": {}, "sourceURL": "http://127.0.0.1:9",
               "sandbox": "jobO.sciclients.tar.gz", "language": "cwl"}  # fmt: skip
    with client(panda_server, "user") as panda:
        assert panda.file_server.upload_workflow_request(request) is None  # queued
        checked = panda.file_server.upload_workflow_request(request, dry_run=True)
    # server 1.0.4 runs its processor as `python workflow_processor.py` with the first python on its PATH, not
    # its own interpreter (here one without iDDS, so "main execution failed"); without a workflow description in
    # a downloadable sandbox the check fails in any case, and the log says why
    assert (checked.status, checked.request_id) == (False, None)
    assert "is_OK=False" in checked.log
    answer = httpx.post(
        f"{panda_server.url('user')}/api/v1/file_server/upload_workflow_request", json={"data": "not json"},
        headers={"Accept": "application/json"}, timeout=30,
    ).json()  # fmt: skip
    assert answer["success"] is False
    assert answer["message"].startswith("Cannot upload the workflow request: Expecting value: line 1 column 1")


def test_jedi_log_upload_and_update(panda_server, tmp_path):
    name = unique("jedi.sciclients.") + ".log"
    log = tmp_path / name
    log.write_text("first line\n")
    with client(panda_server, "production") as prod:
        url = prod.file_server.upload_jedi_log(log)
        log.write_bytes(zlib.compress(b"second line\n"))
        with pytest.raises(PandaAPIError) as caught:
            prod.file_server.update_jedi_log(log)  # server 1.0.4 writes bytes into a text file
    assert url == f"http://127.0.0.1:25080/cache/jedilog/{name}"
    assert (panda_server.home / "cache" / "jedilog" / name).read_text() == "first line\n"
    assert caught.value.server_message == (
        "ERROR: cannot update file with <class 'TypeError'> write() argument must be str, not bytes"
    )
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.file_server.upload_jedi_log(log)
    assert caught.value.server_message == "production or pilot role required"


def test_legacy_put_workflow_request(panda_server):
    request = {"outDS": unique("user.sciuser.wf."), "taskParams": {}, "sourceURL": "http://127.0.0.1:9",
               "sandbox": "jobO.sciclients.tar.gz", "language": "cwl"}  # fmt: skip
    with client(panda_server, "user") as panda:
        queued = panda.legacy.put_workflow_request(request)
        checked = panda.legacy.put_workflow_request(request, check=True)
    assert queued == "request was accepted and will be processed in a few minutes"
    assert isinstance(checked, dict)
    assert (checked["status"], checked["request_id"]) == (False, None)  # same processing as the v1 dry run
    assert "is_OK=False" in checked["log"]
    with client(panda_server, "anonymous") as anonymous, pytest.raises(errors.AuthenticationError) as caught:
        anonymous.legacy.put_workflow_request(request)
    assert caught.value.server_message == "SSL secure connection is required"
