"""The pandaclient.Client drop-in (`sciclients.panda.Client`) against the real server, with classic return shapes."""

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
    assert client.hello() == (0, "OK")
    status, attributes = client.get_cert_attributes()
    assert status == 0
    assert attributes["SSL_CLIENT_S_DN"].endswith("/CN=Sci Clients User")


def test_task_life_cycle(classic, panda_server):
    client = classic("user")
    status, answer = client.insertTaskParams(task_parameters(USER))
    assert status == 0 and answer[0] == 0
    task_id = answer[2]
    assert answer[1] == f"succeeded. new jediTaskID={task_id}"
    assert client.getTaskStatus(task_id) == (255, client.getTaskStatus(task_id)[1])  # not visible before JEDI
    make_task_visible(panda_server, task_id, USER)
    assert client.getTaskStatus(task_id) == (0, "running")
    status, (code, parameters) = client.getTaskParamsMap(task_id)
    assert (status, code) == (0, 0) and parameters["userName"] == USER
    status, details = client.getJediTaskDetails({"jediTaskID": task_id}, True, True)
    assert status == 0 and details["jediTaskID"] == task_id and details["status"] == "running"
    assert client.getPandaIDsWithTaskID(task_id) == (0, [])
    status, (code, message) = client.killTask(task_id)
    assert (status, code) == (0, 0) and "kill" in message
    status, (code, message) = client.finishTask(task_id, soft=True)
    assert (status, code) == (0, 0)
    # the production-role commands, refused to an ordinary user with the classic "permission denied" code
    status, (code, message) = client.pauseTask(task_id)
    assert (status, code) == (0, 3) and message == "production or pilot role required"
    status, (code, message) = client.increase_attempt_nr(task_id, 2)
    assert (status, code) == (0, 3)
    prod = classic("production")
    status, (code, message) = prod.pauseTask(task_id)
    assert (status, code) == (0, 0)
    panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'paused' WHERE jeditaskid = {task_id}")
    status, (code, message) = prod.resumeTask(task_id)
    assert (status, code) == (0, 0)
    panda_server.sql(f"UPDATE doma_panda.jedi_tasks SET status = 'finished' WHERE jeditaskid = {task_id}")
    status, (code, message) = classic("user").retryTask(task_id)
    assert status == 0 and code in (0, 3)


def test_unknown_task(classic):
    client = classic("user")
    status, (code, message) = client.killTask(999999999)
    assert status == 0 and code != 0


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
    task_id = client.insertTaskParams(task_parameters(USER))[1][2]
    make_task_visible(panda_server, task_id, USER)
    status, (ok, receipt) = client.send_file_recovery_request(task_id, dry_run=True)
    assert (status, ok) == (0, True)
    assert "lost_file_recovery" in receipt.log_file_url
    status, (ok, message) = classic("other").send_file_recovery_request(task_id)
    assert (status, ok) == (0, False) and message == "not the task owner or no production role"
