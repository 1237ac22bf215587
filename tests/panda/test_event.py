"""`panda.event` against the loopback PanDA-like server: wire requests, typed results, argument checks, errors."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from sciclients import errors
from sciclients._generated.panda_api.models import EventRange, EventRangeStatus
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda, Recorded

RANGE_ID = "123-4567-89-1-1"


def body_of(rec: Recorded) -> Any:
    raw = gzip.decompress(rec.body) if rec.headers.get("content-encoding") == "gzip" else rec.body
    return json.loads(raw)


def failing(message: str, data: Any = None) -> Any:
    def handler(args: dict[str, Any], rec: Recorded) -> Any:
        raise Failure(message, data)

    return handler


# -- get_available_event_range_count --------------------------------------------------------------------------------


def test_get_available_event_range_count(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["get_available_event_range_count"] = lambda args, rec: 42
    assert prod_panda.event.get_available_event_range_count(4567, 4560, 123) == 42
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", "/api/v1/event/get_available_event_range_count")
    assert rec.query == {"job_id": ["4567"], "jobset_id": ["4560"], "task_id": ["123"]}
    prod_panda.event.get_available_event_range_count(4567, 4560, 123, timeout=30)
    assert fake.requests[-1].query["timeout"] == ["30"]


def test_get_available_event_range_count_needs_the_production_role(fake: FakePanda, panda: Panda) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="production or pilot role required"):
        panda.event.get_available_event_range_count(4567, 4560, 123)


def test_get_available_event_range_count_failure(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["get_available_event_range_count"] = failing("database error in the PanDA server")
    with pytest.raises(PandaAPIError, match="database error in the PanDA server"):
        prod_panda.event.get_available_event_range_count(4567, 4560, 123)


# -- get_event_range_statuses ---------------------------------------------------------------------------------------


def test_get_event_range_statuses_sends_json_text(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_event_range_statuses"] = lambda args, rec: {
        "4567": {RANGE_ID: {"status": "finished", "error": None, "dialog": None}},
        "4568": {},
    }
    result = panda.event.get_event_range_statuses(
        [{"task_id": 123, "panda_id": 4567}, {"task_id": 123, "panda_id": 4568}]
    )
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", "/api/v1/event/get_event_range_statuses")
    assert json.loads(rec.query["job_task_ids"][0]) == [
        {"task_id": 123, "panda_id": 4567},
        {"task_id": 123, "panda_id": 4568},
    ]
    status = result["4567"][RANGE_ID]
    assert isinstance(status, EventRangeStatus)
    assert (status.status, status.error, status.dialog) == ("finished", None, None)
    assert result["4568"] == {}


def test_get_event_range_statuses_accepts_json_text(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_event_range_statuses"] = lambda args, rec: {}
    text = '[{"task_id": 1, "panda_id": 2}]'
    assert panda.event.get_event_range_statuses(text) == {}
    assert fake.requests[-1].query == {"job_task_ids": [text]}


def test_get_event_range_statuses_failure(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_event_range_statuses"] = failing("database error in the PanDA server")
    with pytest.raises(PandaAPIError, match="database error"):
        panda.event.get_event_range_statuses([{"task_id": 1, "panda_id": 2}])


# -- acquire_event_ranges -------------------------------------------------------------------------------------------


def test_acquire_event_ranges(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["acquire_event_ranges"] = lambda args, rec: [
        {"eventRangeID": RANGE_ID, "startEvent": 0, "lastEvent": 99, "LFN": "EVNT.pool.root.1", "GUID": "0A1B",
         "scope": "mc23_13p6TeV"},
    ]  # fmt: skip
    result = prod_panda.event.acquire_event_ranges(4567, 4560, task_id=123, n_ranges=5, scattered=True, segment_id=None)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/event/acquire_event_ranges")
    assert body_of(rec) == {"job_id": 4567, "jobset_id": 4560, "task_id": 123, "n_ranges": 5, "scattered": True,
                            "segment_id": None}  # fmt: skip
    assert len(result) == 1 and isinstance(result[0], EventRange)
    assert (result[0].event_range_id, result[0].start_event, result[0].last_event) == (RANGE_ID, 0, 99)
    assert (result[0].lfn, result[0].guid, result[0].scope) == ("EVNT.pool.root.1", "0A1B", "mc23_13p6TeV")

    fake.handlers["acquire_event_ranges"] = lambda args, rec: []
    assert prod_panda.event.acquire_event_ranges(4567, 4560) == []
    assert body_of(fake.requests[-1]) == {"job_id": 4567, "jobset_id": 4560}


# -- update_single_event_range --------------------------------------------------------------------------------------


def test_update_single_event_range_decodes_the_commands(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_single_event_range"] = lambda args, rec: {"Command": '{"4567": "softkill"}'}
    result = prod_panda.event.update_single_event_range(RANGE_ID, "finished", core_count=8, cpu_consumption_time=1234)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/event/update_single_event_range")
    assert body_of(rec) == {"event_range_id": RANGE_ID, "event_range_status": "finished", "core_count": 8,
                            "cpu_consumption_time": 1234.0}  # fmt: skip
    assert result == {"4567": "softkill"}

    fake.handlers["update_single_event_range"] = lambda args, rec: {"Command": "{}"}
    assert prod_panda.event.update_single_event_range(RANGE_ID, "running", timeout=10) == {}
    assert body_of(fake.requests[-1]) == {"event_range_id": RANGE_ID, "event_range_status": "running", "timeout": 10}


def test_update_single_event_range_reads_a_null_success_as_skipped(fake: FakePanda, prod_panda: Panda) -> None:
    """Server 1.0.4 answers `success: null` for running/transferring (the range is skipped, not stored)."""
    skipped = json.dumps({"success": None, "message": "", "data": {"Command": "{}"}})
    fake.faults["/api/v1/event/update_single_event_range"].append((200, skipped, {}))
    assert prod_panda.event.update_single_event_range(RANGE_ID, "transferring") == {}
    # elsewhere a null success is still not an envelope
    fake.faults["/api/v1/event/get_event_range_statuses"].append((200, skipped, {}))
    with pytest.raises(errors.APIResponseValidationError, match="envelope"):
        prod_panda.event.get_event_range_statuses([{"task_id": 1, "panda_id": 2}])


def test_update_single_event_range_bad_command_text(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_single_event_range"] = lambda args, rec: {"Command": "not json"}
    with pytest.raises(errors.APIResponseValidationError):
        prod_panda.event.update_single_event_range(RANGE_ID, "failed")


# -- update_event_ranges --------------------------------------------------------------------------------------------


def test_update_event_ranges_sends_json_text(fake: FakePanda, prod_panda: Panda) -> None:
    ranges: list[dict[str, Any]] = [
        {"eventRangeID": RANGE_ID, "eventStatus": "finished"},
        {"eventRangeID": "123-4567-89-2-1", "eventStatus": "failed", "errorCode": 1, "errorDiag": "boom"},
    ]
    assert prod_panda.event.update_event_ranges(ranges, version=0) is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("POST", "/api/v1/event/update_event_ranges")
    sent = body_of(rec)
    assert sent["version"] == 0 and json.loads(sent["event_ranges"]) == ranges


def test_update_event_ranges_version_1_chunks_and_text(fake: FakePanda, prod_panda: Panda) -> None:
    inner = [{"eventRangeID": RANGE_ID, "eventStatus": "finished"}]
    chunks: list[dict[str, Any]] = [{"zipFile": {"lfn": "z.zip", "objstoreID": 1}, "eventRanges": inner}]
    prod_panda.event.update_event_ranges(chunks, version=1, timeout=300)
    sent = body_of(fake.requests[-1])
    assert (json.loads(sent["event_ranges"]), sent["version"], sent["timeout"]) == (chunks, 1, 300)
    text = json.dumps([{"eventRangeID": RANGE_ID, "eventStatus": "fatal"}])
    prod_panda.event.update_event_ranges(text)
    assert body_of(fake.requests[-1]) == {"event_ranges": text}


def test_update_event_ranges_server_bug_is_a_500(fake: FakePanda, prod_panda: Panda) -> None:
    fake.faults["/api/v1/event/update_event_ranges"].append(
        (500, "Type not serializable for {'Returns', 'Commands'} (<class 'set'>)", {})
    )
    with pytest.raises(errors.InternalServerError, match="Type not serializable"):
        prod_panda.event.update_event_ranges([{"eventRangeID": RANGE_ID, "eventStatus": "finished"}])


def test_update_event_ranges_time_out(fake: FakePanda, prod_panda: Panda) -> None:
    fake.handlers["update_event_ranges"] = failing("TimeOut")
    with pytest.raises(PandaAPIError, match="TimeOut"):
        prod_panda.event.update_event_ranges([{"eventRangeID": RANGE_ID, "eventStatus": "finished"}])


# -- argument checks ------------------------------------------------------------------------------------------------

GOOD = {"eventRangeID": RANGE_ID, "eventStatus": "finished"}


@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda p: p.event.get_available_event_range_count(0, 1, 1), ValueError, "job_id must be >= 1"),
        (lambda p: p.event.get_available_event_range_count(1, "1", 1), TypeError, "jobset_id must be an int"),
        (lambda p: p.event.get_available_event_range_count(1, 1, 1, timeout="60"), TypeError, "timeout must be an int"),
        (lambda p: p.event.get_event_range_statuses([]), ValueError, "job_task_ids must not be empty"),
        (lambda p: p.event.get_event_range_statuses([{"task_id": 1, "job_id": 2}]), ValueError,
         r"job_task_ids\[0\] must have exactly the keys 'task_id' and 'panda_id'"),
        (lambda p: p.event.get_event_range_statuses([{"task_id": 1, "panda_id": "2"}]), TypeError,
         r"job_task_ids\[0\]\['panda_id'\] must be an int"),
        (lambda p: p.event.get_event_range_statuses("[{"), ValueError, "job_task_ids is not valid JSON text"),
        (lambda p: p.event.get_event_range_statuses('{"task_id": 1}'), TypeError, "must be JSON text of a list"),
        (lambda p: p.event.get_event_range_statuses([(1, 2)]), TypeError, r"job_task_ids\[0\] must be a dict"),
        (lambda p: p.event.acquire_event_ranges(1, 1, n_ranges=0), ValueError, "n_ranges must be >= 1"),
        (lambda p: p.event.acquire_event_ranges(1, 1, scattered=None), TypeError, "scattered must be a bool"),
        (lambda p: p.event.acquire_event_ranges(1, 1, segment_id=-1), ValueError, "segment_id must be >= 0"),
        (lambda p: p.event.update_single_event_range("1-2-3", "finished"), ValueError, "event_range_id must be"),
        (lambda p: p.event.update_single_event_range(RANGE_ID, "done"), ValueError, "event_range_status must be one"),
        (lambda p: p.event.update_single_event_range(RANGE_ID, "failed", cpu_consumption_time="1"), TypeError,
         "cpu_consumption_time must be a number"),
        (lambda p: p.event.update_event_ranges([]), ValueError, "event_ranges must not be empty"),
        (lambda p: p.event.update_event_ranges(GOOD), TypeError, "event_ranges must be a list"),
        (lambda p: p.event.update_event_ranges([{"eventRangeID": RANGE_ID}]), ValueError,
         r"event_ranges\[0\] needs the key 'eventStatus'"),
        (lambda p: p.event.update_event_ranges([{**GOOD, "eventStatus": "done"}]), ValueError,
         r"event_ranges\[0\]\['eventStatus'\] must be one of"),
        (lambda p: p.event.update_event_ranges([{"eventRanges": [{"eventRangeID": "x", "eventStatus": "finished"}]}]),
         ValueError, r"event_ranges\[0\]\['eventRanges'\]\[0\]\['eventRangeID'\] must be"),
        (lambda p: p.event.update_event_ranges([{**GOOD, "errorCode": object()}]), TypeError,
         "event_ranges cannot be encoded as JSON"),
        (lambda p: p.event.update_event_ranges([GOOD], version=3), ValueError, "version must be one of"),
    ],
)  # fmt: skip
def test_bad_arguments_fail_before_any_request(
    fake: FakePanda, prod_panda: Panda, call: Any, exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        call(prod_panda)
    assert fake.requests == []


# -- async ----------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_event_calls(fake: FakePanda, apanda: AsyncPanda) -> None:
    fake.handlers["get_available_event_range_count"] = lambda args, rec: 7
    assert await apanda.event.get_available_event_range_count(1, 2, 3) == 7
    fake.handlers["update_single_event_range"] = lambda args, rec: {"Command": "{}"}
    assert await apanda.event.update_single_event_range(RANGE_ID, "finished") == {}
    assert body_of(fake.requests[-1]) == {"event_range_id": RANGE_ID, "event_range_status": "finished"}
