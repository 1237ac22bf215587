"""`panda.harvester` against the loopback PanDA-like server: the wire, the typed results and errors."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import HarvesterCommand
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda, Recorded

BASE = "/api/v1/harvester"
WORKER = {"workerID": 1, "batchID": "1", "queueName": "queue1", "status": "running", "computingSite": "site1",
          "nCore": 1, "submitTime": "02-NOV-24 00:02:18", "jobType": "managed", "resourceType": "SCORE"}  # fmt: skip
DIALOG = {"diagID": 1, "moduleName": "test_module", "identifier": "test identifier", "messageLevel": "INFO",
          "creationTime": "2024-11-02 00:02:18.123456", "diagMessage": "test message"}  # fmt: skip


def body(rec: Recorded) -> Any:
    assert rec.headers["content-type"] == "application/json"
    return json.loads(rec.body)


def refuse(message: str, data: Any = None):
    def handler(args, rec):
        raise Failure(message, data)

    return handler


# -- instance reports ----------------------------------------------------------------------------------------
def test_update_workers(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["update_workers"] = lambda args, rec: [True] * len(args["workers"])
    assert panda.harvester.update_workers("harvester_central_A", [WORKER, {"workerID": 2}]) == [True, True]
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("POST", f"{BASE}/update_workers", {})
    assert body(rec) == {"harvester_id": "harvester_central_A", "workers": [WORKER, {"workerID": 2}]}


def test_update_workers_database_error_and_bad_answers(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["update_workers"] = refuse("database error in the PanDA server")
    with pytest.raises(PandaAPIError, match="database error in the PanDA server") as caught:
        panda.harvester.update_workers("h", [WORKER])
    assert caught.value.status_code == 200 and caught.value.server_message == "database error in the PanDA server"
    fake.handlers["update_workers"] = lambda args, rec: [1]
    with pytest.raises(errors.APIResponseValidationError, match="expected booleans"):
        panda.harvester.update_workers("h", [WORKER])


def test_update_service_metrics(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["update_service_metrics"] = lambda args, rec: [True]
    metrics = [
        (datetime(2024, 11, 2, 0, 2, 18, 123456), "harvester_host.cern.ch", {"rss_mib": 2737.36, "cpu_pc": 15.23}),
        ["2024-11-02 00:03:18.000001", "harvester_host.cern.ch", '{"rss_mib": 1.0}'],
    ]
    assert panda.harvester.update_service_metrics("harvester_central_A", metrics) == [True]
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/update_service_metrics")
    sent = body(rec)
    assert sent["harvester_id"] == "harvester_central_A"
    assert sent["metrics"][0][:2] == ["2024-11-02 00:02:18.123456", "harvester_host.cern.ch"]
    assert json.loads(sent["metrics"][0][2]) == {"rss_mib": 2737.36, "cpu_pc": 15.23}
    assert sent["metrics"][1] == ["2024-11-02 00:03:18.000001", "harvester_host.cern.ch", '{"rss_mib": 1.0}']


def test_add_dialogs(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["add_harvester_dialogs"] = lambda args, rec: None
    stamped = {**DIALOG, "diagID": 2, "creationTime": datetime(2024, 11, 2, 0, 2, 18, 5)}
    assert panda.harvester.add_dialogs("harvester_central_A", [DIALOG, stamped]) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/add_dialogs")
    assert body(rec) == {
        "harvester_id": "harvester_central_A",
        "dialogs": [DIALOG, {**DIALOG, "diagID": 2, "creationTime": "2024-11-02 00:02:18.000005"}],
    }


def test_heartbeat(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["send_harvester_heartbeat"] = lambda args, rec: None
    assert panda.harvester.heartbeat("harvester_central_A") is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == ("POST", f"{BASE}/heartbeat", {"harvester_id": "harvester_central_A"})
    metadata = {"startTime": "2024-11-02 00:02:18", "sw_version": "0.5.10"}
    panda.harvester.heartbeat("harvester_central_A", data=metadata)
    assert body(fake.requests[-1]) == {"harvester_id": "harvester_central_A", "data": metadata}
    panda.harvester.heartbeat("harvester_central_A", data=None)
    assert body(fake.requests[-1]) == {"harvester_id": "harvester_central_A", "data": None}


def test_get_current_worker_id(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_current_worker_id"] = lambda args, rec: 123456
    assert panda.harvester.get_current_worker_id("harvester_central_A") == 123456
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", f"{BASE}/get_current_worker_id")
    assert rec.query == {"harvester_id": ["harvester_central_A"]}
    fake.handlers["get_current_worker_id"] = refuse("database error in the PanDA server")
    with pytest.raises(PandaAPIError, match="database error"):
        panda.harvester.get_current_worker_id("harvester_central_A")


def test_get_worker_statistics(panda: Panda, fake: FakePanda) -> None:
    stats = {"CERN": {"harvester_central_A": {"managed": {"SCORE": {"running": 10, "submitted": 2}}}}}
    fake.handlers["get_worker_statistics"] = lambda args, rec: stats
    assert panda.harvester.get_worker_statistics() == stats
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", f"{BASE}/get_worker_statistics", {})


def test_report_worker_statistics_sends_json_text(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["report_worker_statistics"] = lambda args, rec: None
    stats = {"user": {"SCORE": {"running": 1, "submitted": 1}}, "managed": {"MCORE": {"running": 1}}}
    assert panda.harvester.report_worker_statistics("harvester_central_A", "CERN", stats) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/report_worker_statistics")
    sent = body(rec)
    assert sent["harvester_id"] == "harvester_central_A" and sent["panda_queue"] == "CERN"
    assert isinstance(sent["statistics"], str) and json.loads(sent["statistics"]) == stats
    text = json.dumps(stats)
    panda.harvester.report_worker_statistics("harvester_central_A", "CERN", text)
    assert body(fake.requests[-1])["statistics"] == text
    fake.handlers["report_worker_statistics"] = refuse("rows locked by another update")
    with pytest.raises(PandaAPIError, match="rows locked"):
        panda.harvester.report_worker_statistics("harvester_central_A", "CERN", stats)


# -- commands (production role) ------------------------------------------------------------------------------
def test_acquire_commands(prod_panda: Panda, fake: FakePanda) -> None:
    command = {"command_id": 17, "command": "KILL_WORKERS", "params": {"status": ["submitted"]}, "ack_requested": 1,
               "creation_date": "2024-11-02T00:02:18"}  # fmt: skip
    fake.handlers["acquire_harvester_commands"] = lambda args, rec: [command]
    commands = prod_panda.harvester.acquire_commands("harvester_central_A", 10)
    assert commands == [HarvesterCommand.from_dict(command)]
    assert (commands[0].command_id, commands[0].command, commands[0].creation_date) == (
        17, "KILL_WORKERS", "2024-11-02T00:02:18",
    )  # fmt: skip
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/acquire_commands")
    assert body(rec) == {"harvester_id": "harvester_central_A", "n_commands": 10}
    prod_panda.harvester.acquire_commands("harvester_central_A", 1, timeout=5)
    assert body(fake.requests[-1]) == {"harvester_id": "harvester_central_A", "n_commands": 1, "timeout": 5}
    fake.handlers["acquire_harvester_commands"] = refuse("TimeOut")
    with pytest.raises(PandaAPIError, match="TimeOut"):
        prod_panda.harvester.acquire_commands("harvester_central_A", 1)


def test_commands_need_the_production_role(panda: Panda, fake: FakePanda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required") as caught:
        panda.harvester.acquire_commands("harvester_central_A", 10)
    assert caught.value.status_code == 200
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.harvester.add_target_slots("CERN", 10)


def test_acknowledge_commands(prod_panda: Panda, fake: FakePanda) -> None:
    fake.handlers["acknowledge_harvester_commands"] = lambda args, rec: None
    assert prod_panda.harvester.acknowledge_commands([17, 18]) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, body(rec)) == ("POST", f"{BASE}/acknowledge_commands", {"command_ids": [17, 18]})
    prod_panda.harvester.acknowledge_commands((19,), timeout=60)
    assert body(fake.requests[-1]) == {"command_ids": [19], "timeout": 60}


def test_add_sweep_command(prod_panda: Panda, fake: FakePanda) -> None:
    fake.handlers["add_sweep_command"] = lambda args, rec: None
    assert prod_panda.harvester.add_sweep_command(
        "CERN", ["submitted", "running"], ["ce1.cern.ch"], ["submission_host1.cern.ch"]
    ) is None  # fmt: skip
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", f"{BASE}/add_sweep_command")
    assert body(rec) == {"panda_queue": "CERN", "status_list": ["submitted", "running"], "ce_list": ["ce1.cern.ch"],
                         "submission_host_list": ["submission_host1.cern.ch"]}  # fmt: skip
    fake.handlers["add_sweep_command"] = refuse("Queue not served by any harvester ID")
    with pytest.raises(PandaAPIError, match="Queue not served"):
        prod_panda.harvester.add_sweep_command("NOWHERE", ["running"], ["ce"], ["host"])


def test_add_target_slots_returns_the_message(prod_panda: Panda, fake: FakePanda) -> None:
    message = "set numSlots=10000 for PQ=CERN gshare=None resource=SCORE"
    path = f"{BASE}/add_target_slots"
    envelope = json.dumps({"success": True, "message": message, "data": None})
    fake.extra_routes[path] = lambda rec: (200, envelope, "text/plain")
    assert prod_panda.harvester.add_target_slots("CERN", 10000, resource_type="SCORE", expiration_date=7) == message
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", path)
    assert body(rec) == {"panda_queue": "CERN", "slots": 10000, "resource_type": "SCORE", "expiration_date": "7"}
    prod_panda.harvester.add_target_slots("CERN", 0, global_share=None, expiration_date="30")
    assert body(fake.requests[-1]) == {"panda_queue": "CERN", "slots": 0, "global_share": None, "expiration_date": "30"}
    prod_panda.harvester.add_target_slots("CERN", -1)  # the server deletes the entry
    assert body(fake.requests[-1]) == {"panda_queue": "CERN", "slots": -1}
    del fake.extra_routes[path]
    fake.handlers["add_target_slots"] = refuse("database error in the panda server")
    with pytest.raises(PandaAPIError, match="database error"):
        prod_panda.harvester.add_target_slots("CERN", 1)


# -- bad input never reaches the server ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda h: h.update_workers("", [WORKER]), ValueError, "harvester_id must not be empty"),
        (lambda h: h.update_workers(5, [WORKER]), TypeError, "harvester_id must be a str"),
        (lambda h: h.update_workers("h", []), ValueError, "workers must not be empty"),
        (lambda h: h.update_workers("h", WORKER), TypeError, "workers must be a list of dicts"),
        (lambda h: h.update_workers("h", [1]), TypeError, r"workers\[0\] must be a dict"),
        (lambda h: h.update_workers("h", [{"status": "running"}]), ValueError, r"workers\[0\] has no 'workerID'"),
        (lambda h: h.update_workers("h", [{"workerID": 1, "t": datetime(2024, 1, 1)}]), TypeError, "workers cannot"),
        (lambda h: h.update_service_metrics("h", []), ValueError, "metrics must not be empty"),
        (lambda h: h.update_service_metrics("h", [("2024-11-02 00:02:18.1", "host")]), ValueError, "triplet"),
        (lambda h: h.update_service_metrics("h", [("yesterday", "host", {})]), ValueError, r"metrics\[0\]\[0\]"),
        (lambda h: h.update_service_metrics("h", [(datetime.now(), "", {})]), ValueError, r"metrics\[0\]\[1\]"),
        (lambda h: h.update_service_metrics("h", [(datetime.now(), "x", "{")]), ValueError, r"metrics\[0\]\[2\]"),
        (lambda h: h.add_dialogs("h", [{"moduleName": "m"}]), ValueError, r"dialogs\[0\] has no 'diagID'"),
        (lambda h: h.heartbeat("h", data=["x"]), TypeError, "data must be a dict"),
        (lambda h: h.heartbeat("h", data={"at": datetime.now()}), TypeError, "data cannot be encoded as JSON"),
        (lambda h: h.get_current_worker_id(""), ValueError, "harvester_id must not be empty"),
        (lambda h: h.report_worker_statistics("h", "", {}), ValueError, "panda_queue must not be empty"),
        (lambda h: h.report_worker_statistics("h", "q", "not json"), ValueError, "statistics is a str but not valid"),
        (lambda h: h.report_worker_statistics("h", "q", "[1]"), ValueError, "statistics must be JSON text of an obj"),
        (lambda h: h.report_worker_statistics("h", "q", [1]), TypeError, "statistics must be a dict"),
        (lambda h: h.acquire_commands("h", 0), ValueError, "n_commands must be >= 1"),
        (lambda h: h.acquire_commands("h", 1, timeout=0), ValueError, "timeout must be >= 1"),
        (lambda h: h.acknowledge_commands([]), ValueError, "command_ids must not be empty"),
        (lambda h: h.acknowledge_commands([1, "2"]), TypeError, r"command_ids\[1\] must be an int"),
        (lambda h: h.add_sweep_command("q", [], ["ce"], ["host"]), ValueError, "status_list must not be empty"),
        (lambda h: h.add_sweep_command("q", ["running"], "ce", ["host"]), TypeError, "ce_list must be a list"),
        (lambda h: h.add_sweep_command("q", ["r"], ["ce"], [""]), ValueError, r"submission_host_list\[0\]"),
        (lambda h: h.add_target_slots("q", -2), ValueError, "slots must be >= -1"),
        (lambda h: h.add_target_slots("q", 1.5), TypeError, "slots must be an int"),
        (lambda h: h.add_target_slots("q", 1, resource_type=""), ValueError, "resource_type must not be empty"),
        (lambda h: h.add_target_slots("q", 1, expiration_date="next week"), ValueError, "whole number of days"),
        (lambda h: h.add_target_slots("q", 1, expiration_date=1.5), TypeError, "expiration_date must be an int"),
    ],
)  # fmt: skip
def test_bad_arguments_fail_before_any_io(
    prod_panda: Panda, fake: FakePanda, call: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(prod_panda.harvester)
    assert fake.requests == []


# -- asyncio -------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_async_commands_round_trip(apanda: AsyncPanda, fake: FakePanda) -> None:
    command = {"command_id": 3, "command": "SET_N_WORKERS_JOBTYPE", "params": {}, "ack_requested": 0,
               "creation_date": "2024-11-02T00:02:18"}  # fmt: skip
    fake.handlers["acquire_harvester_commands"] = lambda args, rec: [command] * args["n_commands"]
    fake.handlers["acknowledge_harvester_commands"] = lambda args, rec: None
    commands = await apanda.harvester.acquire_commands("harvester_central_A", 2)
    assert [c.command_id for c in commands] == [3, 3]
    assert await apanda.harvester.acknowledge_commands([c.command_id for c in commands if c.command_id]) is None
    assert body(fake.requests[-1]) == {"command_ids": [3, 3]}
    fake.handlers["get_current_worker_id"] = refuse("database error in the PanDA server")
    with pytest.raises(PandaAPIError):
        await apanda.harvester.get_current_worker_id("harvester_central_A")
