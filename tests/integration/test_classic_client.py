"""The pandaclient.Client drop-in (`sciclients.panda.Client`) against the real server, with panda-client 2.2.0's
return shapes."""

from __future__ import annotations

import gzip

import pytest
from sciclients.panda import Client

from ._helpers import job_json, make_task_visible, task_parameters, unique

USER = "Sci Clients User"


@pytest.fixture()
def classic(panda_server, monkeypatch):
    """Point the drop-in at one identity's port, configured from the environment as panda-client users do."""

    def use(identity: str):
        base = panda_server.url(identity) + "/server/panda"
        monkeypatch.setattr(Client, "baseURLSSL", base)
        monkeypatch.setattr(Client, "baseURLCSRVSSL", base)
        Client._forget_clients()
        return Client

    # Token mode with a placeholder token: the server (token_authType None) ignores the bearer header, and the
    # wrapper supplies the port's certificate identity.
    monkeypatch.setenv("PANDA_AUTH", "oidc")
    monkeypatch.setenv("PANDA_AUTH_VO", "atlas")
    monkeypatch.setenv("PANDA_AUTH_ID_TOKEN", "integration-placeholder-token")
    yield use
    Client._forget_clients()


def test_hello_and_attributes(classic):
    client = classic("user")
    status, message = client.hello()
    assert status == 0 and isinstance(message, str)  # 2.2.0 returns the server's message (empty)
    status, attributes = client.get_cert_attributes()  # 2.2.0 keeps only the GRST_CRED* entries
    assert status == 0 and isinstance(attributes, dict) and all(k.startswith("GRST_CRED") for k in attributes)


def test_task_life_cycle(classic, panda_server):
    client = classic("user")
    status, answer = client.insertTaskParams(task_parameters(USER))
    assert status == 0 and answer[0] == 0 and answer[1].startswith("succeeded. new jediTaskID=")
    task_id = int(answer[1].rsplit("=", 1)[1])
    assert client.getTaskStatus(task_id) == (255, None)  # not visible before JEDI
    make_task_visible(panda_server, task_id, USER)
    assert client.getTaskStatus(task_id) == (0, "running")
    status, parameters = client.getTaskParamsMap(task_id)
    assert status == 0 and parameters["userName"] == USER
    status, details = client.getJediTaskDetails({"jediTaskID": task_id}, True, True)
    assert status == 0 and details["jediTaskID"] == task_id and details["status"] == "running"
    assert client.getPandaIDsWithTaskID(task_id) == (0, [])
    assert client.killTask(task_id) == (0, (True, 0))
    assert client.finishTask(task_id, soft=True) == (0, (True, 0))
    # the production-role commands, refused to an ordinary user: (0, (False, the server's message))
    assert client.pauseTask(task_id) == (0, (False, "production or pilot role required"))
    assert client.increase_attempt_nr(task_id, 2) == (0, (False, "production or pilot role required"))
    prod = classic("production")
    assert prod.pauseTask(task_id) == (0, (True, 0))
    panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'paused' WHERE jeditaskid = {task_id}")
    assert prod.resumeTask(task_id) == (0, (True, 0))
    panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'finished' WHERE jeditaskid = {task_id}")
    status, (code, message) = classic("user").retryTask(task_id)
    assert status == 0 and code in (0, 3)


def test_unknown_task(classic):
    client = classic("user")
    status, (ok, detail) = client.killTask(999999999)
    assert status == 0 and (ok is False or detail != 0)


def test_jobs(classic):
    client = classic("user")
    status, submitted = client.submitJobs([job_json()])
    assert status == 0
    panda_id = submitted[0][0]
    assert isinstance(panda_id, int)
    status, jobs = client.getJobStatus([panda_id, 999999999])
    assert status == 0 and jobs[0].PandaID == panda_id and jobs[1] is None
    assert jobs[0].Files[0].type == "log"
    status, jobs = client.getFullJobStatus([panda_id])
    assert status == 0 and jobs[0].PandaID == panda_id
    status, killed = client.killJobs([panda_id])
    assert status == 0 and len(killed) == 1
    assert client.getUserJobMetadata(999999999) == (0, {})


def test_secrets(classic):
    client = classic("user")
    key = unique("classic_key_")
    assert client.set_user_secret(key, "v1") == (0, (True, None))
    status, (ok, secrets) = client.get_user_secrets()
    assert (status, ok) == (0, True) and secrets[key] == "v1"
    assert client.set_user_secret(key, None) == (0, (True, None))
    assert key not in client.get_user_secrets()[1][1]


def test_sandbox(classic, tmp_path):
    client = classic("user")
    path = tmp_path / (unique("sources.classic-") + ".tar.gz")
    path.write_bytes(gzip.compress(unique("classic sandbox ").encode()))
    assert client.putFile(str(path)) == (0, "True")
    status, answer = client.putFile(str(path), reuseSandbox=True)
    assert (status, answer) == (0, f"NewFileName:{path.name}")
    target = tmp_path / "fetched.tar.gz"
    assert client.getFile(path.name, output_path=str(target)) == (0, True)
    assert target.read_bytes() == path.read_bytes()


def test_file_recovery(classic, panda_server):
    client = classic("user")
    task_id = int(client.insertTaskParams(task_parameters(USER))[1][1].rsplit("=", 1)[1])
    make_task_visible(panda_server, task_id, USER)
    status, (ok, receipt) = client.send_file_recovery_request(task_id, dry_run=True)
    assert (status, ok) == (0, True)
    assert "lost_file_recovery" in receipt["logFileURL"]
    status, (ok, message) = classic("other").send_file_recovery_request(task_id)
    assert (status, ok) == (0, False) and message == "not the task owner or no production role"
