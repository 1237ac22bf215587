"""Harvester functions against the real server: an instance, its workers, dialogs, metrics, statistics and the
command round trip (sweep → acquire → acknowledge) for a queue seeded in schedconfig."""

from __future__ import annotations

import datetime
import json

import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client, unique

QUEUE = "SCICLIENTS_QUEUE"
DATABASE_ERROR = "database error in the PanDA server"


@pytest.fixture()
def instance(panda_server) -> str:
    """A registered Harvester instance: the first heartbeat registers it but is answered as a failure."""
    harvester_id = unique("sciclients-harvester-")
    with client(panda_server, "user") as panda:
        with pytest.raises(PandaAPIError) as caught:
            panda.harvester.heartbeat(harvester_id, data={"sw_version": "0.1"})
        assert caught.value.server_message == DATABASE_ERROR
        panda.harvester.heartbeat(harvester_id, data={"sw_version": "0.2", "commit_stamp": "abc123"})
    return harvester_id


@pytest.fixture()
def harvester_queue(panda_server, instance):
    """A queue in schedconfig served by the instance, with two CEs (removed afterwards: other tests count on no
    configured queue)."""
    queue = unique("SCICLIENTS_HQ_").replace(".", "_")
    config = {"harvester": instance, "queues": [{"ce_endpoint": "ce1.sciclients.invalid:9619"},
                                                {"ce_endpoint": "ce2.sciclients.invalid:9619"}]}  # fmt: skip
    panda_server.sql(
        f"INSERT INTO doma_panda.schedconfig_json VALUES ('{queue}', '{json.dumps(config)}', now()), "
        f"('{queue}_NOH', '{json.dumps({'harvester': None, 'queues': []})}', now())"
    )
    yield queue
    panda_server.sql(f"DELETE FROM doma_panda.schedconfig_json WHERE panda_queue LIKE '{queue}%'")


def test_heartbeat_registers_and_updates_the_instance(panda_server, instance):
    rows = panda_server.sql(
        f"SELECT owner, sw_version, commit_stamp FROM doma_panda.harvester_instances WHERE harvester_id = '{instance}'"
    )
    assert rows == [["Sci Clients User", "0.2", "abc123"]]
    with client(panda_server, "user") as panda, pytest.raises(PandaAPIError) as caught:
        panda.harvester.heartbeat(instance)  # without data the server iterates over None
    assert caught.value.server_message == DATABASE_ERROR


def test_workers_and_current_worker_id(panda_server, instance):
    with client(panda_server, "user") as panda:
        with pytest.raises(PandaAPIError) as caught:
            panda.harvester.get_current_worker_id(instance)  # no workers yet: the maximum is null
        assert caught.value.server_message == DATABASE_ERROR
        stored = panda.harvester.update_workers(instance, [
            {"workerID": 7, "status": "submitted", "computingSite": QUEUE, "batchID": "b7", "nCore": 8,
             "resourceType": "MCORE"},
            {"workerID": 9, "status": "running", "computingSite": QUEUE},
        ])  # fmt: skip
        assert stored == [True, True]
        assert panda.harvester.get_current_worker_id(instance) == 9
    rows = panda_server.sql(
        "SELECT workerid, status, computingsite, batchid, ncore, resourcetype FROM doma_panda.harvester_workers "
        f"WHERE harvesterid = '{instance}' ORDER BY workerid"
    )
    assert rows == [["7", "submitted", QUEUE, "b7", "8", "MCORE"], ["9", "running", QUEUE, "", "", ""]]


def test_service_metrics_and_dialogs(panda_server, instance):
    created = datetime.datetime(2026, 1, 2, 3, 4, 5, 600000)
    with client(panda_server, "user") as panda:
        assert panda.harvester.update_service_metrics(instance, [(created, "harvester.host", {"cpu_pc": 5})]) == [True]
        assert panda.harvester.add_dialogs(instance, [
            {"diagID": 1, "moduleName": "submitter", "identifier": "w7", "creationTime": created,
             "messageLevel": "INFO", "diagMessage": "hello"},
        ]) is None  # fmt: skip
    assert panda_server.sql(
        "SELECT creation_time, harvester_host, metrics FROM doma_panda.harvester_metrics "
        f"WHERE harvester_id = '{instance}'"
    ) == [["2026-01-02 03:04:05.6", "harvester.host", '{"cpu_pc": 5}']]
    assert panda_server.sql(
        "SELECT diagid, modulename, identifier, messagelevel, diagmessage FROM doma_panda.harvester_dialogs "
        f"WHERE harvester_id = '{instance}'"
    ) == [["1", "submitter", "w7", "INFO", "hello"]]


def test_worker_statistics_round_trip(panda_server, instance):
    counts = {"managed": {"SCORE": {"running": 3, "submitted": 1}}}
    with client(panda_server, "user") as panda:
        assert panda.harvester.report_worker_statistics(instance, QUEUE, counts) is None
        statistics = panda.harvester.get_worker_statistics()
    assert statistics[QUEUE][instance] == counts


def test_sweep_acquire_and_acknowledge(panda_server, instance, harvester_queue):
    with client(panda_server, "production") as prod:
        # the unknown CE is dropped silently; the command goes to the one instance serving the queue
        assert (
            prod.harvester.add_sweep_command(
                harvester_queue, ["submitted", "running"], ["ce1.sciclients.invalid:9619", "ce9.unknown:1"], ["subhost"]
            )
            is None
        )
        with pytest.raises(PandaAPIError) as caught:
            prod.harvester.add_sweep_command(harvester_queue + "_NOH", ["submitted"], ["ALL"], ["subhost"])
        assert caught.value.server_message == "Queue not served by any harvester ID"
        with pytest.raises(PandaAPIError) as caught:
            prod.harvester.add_sweep_command("SCICLIENTS_NO_SUCH_QUEUE", ["submitted"], ["ALL"], ["subhost"])
        assert caught.value.server_message == "Error retrieving queue configuration from DB"
        (command,) = prod.harvester.acquire_commands(instance, 5)
        assert command.command == "KILL_WORKERS"
        assert command.ack_requested == 0
        assert command.params == {"status": ["submitted", "running"], "computingSite": [harvester_queue],
                                  "computingElement": ["ce1.sciclients.invalid:9619"],
                                  "submissionHost": ["subhost"]}  # fmt: skip
        assert datetime.datetime.fromisoformat(command.creation_date)
        assert prod.harvester.acquire_commands(instance, 5) == []  # retrieved commands are not handed out twice
        assert prod.harvester.acknowledge_commands([command.command_id]) is None
    assert panda_server.sql(
        f"SELECT status FROM doma_panda.harvester_commands WHERE command_id = {command.command_id}"
    ) == [["acknowledged"]]
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.harvester.acknowledge_commands([command.command_id])
    assert caught.value.server_message == "production or pilot role required"


def test_target_slots_set_and_delete(panda_server):
    queue = unique("SCICLIENTS_SLOTS_")
    with client(panda_server, "production") as prod:
        assert prod.harvester.add_target_slots(queue, 10, resource_type="SCORE") == (
            f"set numSlots=10 for PQ={queue} gshare=None resource=SCORE"
        )
        assert panda_server.sql(
            f"SELECT numslots, resourcetype FROM doma_panda.harvester_slots WHERE pandaqueuename = '{queue}'"
        ) == [["10", "SCORE"]]
        assert prod.harvester.add_target_slots(queue, -1, resource_type="SCORE") == (
            f"set numSlots=-1 for PQ={queue} gshare=None resource=SCORE"
        )
    assert panda_server.sql(f"SELECT 1 FROM doma_panda.harvester_slots WHERE pandaqueuename = '{queue}'") == []
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.harvester.add_target_slots(queue, 1)
    assert caught.value.server_message == "production or pilot role required"
