"""panda.statistics against the loopback PanDA (open functions, called anonymously)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda

BASE = "/api/v1/statistics"


@pytest.fixture()
def anon(fake: FakePanda) -> Iterator[Panda]:
    """No credentials at all: the statistics are open."""
    with Panda(base_url=fake.url, auth="none", max_retries=0) as client:
        yield client


def got(fake: FakePanda, function: str) -> dict[str, list[str]]:
    request = fake.requests[-1]
    assert request.method == "GET"
    assert request.path == f"{BASE}/{function}"
    assert "authorization" not in request.headers
    assert request.headers["accept"] == "application/json"
    return request.query


def test_job_stats_by_cloud(fake: FakePanda, anon: Panda) -> None:
    fake.handlers["get_job_stats_by_cloud"] = lambda args, rec: {
        "US": {"running": 1200, "finished": 5400}, "null": {"failed": 2}, "type": {args.get("type", "-"): 1},
    }  # fmt: skip
    stats = anon.statistics.job_stats_by_cloud()
    assert got(fake, "job_stats_by_cloud") == {}
    assert stats["US"] == {"running": 1200, "finished": 5400}
    assert stats["null"] == {"failed": 2}
    stats = anon.statistics.job_stats_by_cloud(type="analysis")
    assert got(fake, "job_stats_by_cloud") == {"type": ["analysis"]}
    assert stats["type"] == {"analysis": 1}


@pytest.mark.parametrize(
    ("method", "function", "operation_id", "data"),
    [
        ("production_job_stats_by_cloud_and_processing_type", "production_job_stats_by_cloud_and_processing_type",
         "get_production_job_stats_by_cloud_and_processing_type", {"US": {"simul": {"running": 900}}}),
        ("active_job_stats_by_site", "active_job_stats_by_site", "get_active_job_stats_by_site",
         {"CERN-PROD_UCORE": {"assigned": 0, "activated": 120, "running": 845}}),
        ("active_job_detailed_stats_by_site", "active_job_detailed_stats_by_site",
         "get_active_job_detailed_stats_by_site", {"CERN-PROD_UCORE": {"SCORE": {"managed": {"running": 300}}}}),
    ],
)  # fmt: skip
def test_parameterless_stats(
    fake: FakePanda, anon: Panda, method: str, function: str, operation_id: str, data: dict[str, Any]
) -> None:
    fake.handlers[operation_id] = lambda args, rec: data
    assert getattr(anon.statistics, method)() == data
    assert got(fake, function) == {}


@pytest.mark.parametrize(
    ("method", "operation_id"),
    [
        ("job_stats_by_site_and_resource_type", "get_job_stats_by_site_and_resource_type"),
        ("job_stats_by_site_share_and_resource_type", "get_job_stats_by_site_share_and_resource_type"),
    ],
)
def test_time_window(fake: FakePanda, anon: Panda, method: str, operation_id: str) -> None:
    fake.handlers[operation_id] = lambda args, rec: {"SITE": {"SCORE": {"window": args.get("time_window", -1)}}}
    call = getattr(anon.statistics, method)
    assert call(time_window=60) == {"SITE": {"SCORE": {"window": 60}}}
    assert got(fake, method) == {"time_window": ["60"]}
    assert call(time_window=0)["SITE"]["SCORE"]["window"] == 0
    assert got(fake, method) == {"time_window": ["0"]}
    call()
    assert got(fake, method) == {}
    call(time_window=None)  # null means the server default: left off the query
    assert got(fake, method) == {}


def test_wn_metrics_by_site(fake: FakePanda, anon: Panda) -> None:
    fake.handlers["get_wn_metrics_by_site"] = lambda args, rec: {
        "wn001.cern.ch": {"jobs": [[{"__datetime__": "2026-11-22T10:00:00"}, {"running": 8}]]},
    }
    metrics = anon.statistics.get_wn_metrics_by_site("CERN-PROD", host="wn%", key="jobs", days=7)
    assert got(fake, "get_wn_metrics_by_site") == {
        "site": ["CERN-PROD"], "host": ["wn%"], "key": ["jobs"], "days": ["7"],
    }  # fmt: skip
    assert metrics == {"wn001.cern.ch": {"jobs": [(datetime(2026, 11, 22, 10, 0), {"running": 8})]}}
    anon.statistics.get_wn_metrics_by_site("CERN-PROD", host=None, key=None)
    assert got(fake, "get_wn_metrics_by_site") == {"site": ["CERN-PROD"]}


def test_wn_metrics_by_queue(fake: FakePanda, anon: Panda) -> None:
    fake.handlers["get_wn_metrics_by_queue"] = lambda args, rec: {
        "wn002": {"workers": [[{"__datetime__": "2026-11-22T11:30:00.500000"}, [1, 2]]]},
    }
    metrics = anon.statistics.get_wn_metrics_by_queue("CERN-PROD_UCORE", key="workers", days=0)
    assert got(fake, "get_wn_metrics_by_queue") == {
        "panda_queue": ["CERN-PROD_UCORE"],
        "key": ["workers"],
        "days": ["0"],
    }
    ((stamp, stats),) = metrics["wn002"]["workers"]
    assert stamp == datetime(2026, 11, 22, 11, 30, 0, 500000)
    assert stats == [1, 2]


def test_wn_metrics_malformed_entry(fake: FakePanda, anon: Panda) -> None:
    fake.handlers["get_wn_metrics_by_queue"] = lambda args, rec: {"wn": {"jobs": [["not a date", {}]]}}
    with pytest.raises(errors.APIResponseValidationError, match="timestamp, statistics"):
        anon.statistics.get_wn_metrics_by_queue("Q")


def test_a_failure_raises_with_the_server_message(fake: FakePanda, anon: Panda) -> None:
    def empty(args: dict[str, Any], rec: Any) -> Any:
        raise Failure("Database failure getting the job statistics", {})

    fake.handlers["get_active_job_stats_by_site"] = empty
    with pytest.raises(PandaAPIError, match="Database failure getting the job statistics") as caught:
        anon.statistics.active_job_stats_by_site()
    assert caught.value.data == {}
    assert caught.value.status_code == 200


def test_authenticated_clients_work_too(fake: FakePanda, panda: Panda) -> None:
    fake.handlers["get_active_job_stats_by_site"] = lambda args, rec: {"S": {"running": 1}}
    assert panda.statistics.active_job_stats_by_site() == {"S": {"running": 1}}


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "exc", "text"),
    [
        ("job_stats_by_cloud", (), {"type": "user"}, ValueError, "type must be one of 'production', 'analysis'"),
        ("job_stats_by_site_and_resource_type", (), {"time_window": -1}, ValueError, "time_window must be >= 0"),
        (
            "job_stats_by_site_share_and_resource_type",
            (),
            {"time_window": 10_081},
            ValueError,
            "time_window must be <=",
        ),
        ("job_stats_by_site_and_resource_type", (), {"time_window": "60"}, TypeError, "time_window must be an int"),
        ("get_wn_metrics_by_site", ("",), {}, ValueError, "site must not be empty"),
        ("get_wn_metrics_by_site", (None,), {}, TypeError, "site must be a str"),
        ("get_wn_metrics_by_site", ("S",), {"key": "pilots"}, ValueError, "key must be one of 'jobs', 'workers'"),
        ("get_wn_metrics_by_site", ("S",), {"days": 8}, ValueError, "days must be <= 7"),
        ("get_wn_metrics_by_site", ("S",), {"days": None}, TypeError, "days must be an int"),
        ("get_wn_metrics_by_queue", ("Q",), {"host": ""}, ValueError, "host must not be empty"),
        ("get_wn_metrics_by_queue", ("",), {}, ValueError, "panda_queue must not be empty"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    fake: FakePanda, anon: Panda, method: str, args: tuple[Any, ...], kwargs: dict[str, Any],
    exc: type[Exception], text: str,
) -> None:  # fmt: skip
    with pytest.raises(exc, match=text):
        getattr(anon.statistics, method)(*args, **kwargs)
    assert fake.requests == []


@pytest.mark.anyio
async def test_async_client(fake: FakePanda) -> None:
    fake.handlers["get_job_stats_by_cloud"] = lambda args, rec: {"DE": {"running": 800}}
    async with AsyncPanda(base_url=fake.url, auth="none", max_retries=0) as client:
        assert await client.statistics.job_stats_by_cloud(type="production") == {"DE": {"running": 800}}
    assert got(fake, "job_stats_by_cloud") == {"type": ["production"]}
