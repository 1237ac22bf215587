"""`panda.statistics`: job statistics and worker-node metrics (all open: no credentials needed).

The server reports an empty selection exactly like a database failure (`success: false`, "Database failure
getting the ... statistics", `data: {}`), so both raise PandaAPIError.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeAlias, TypeVar

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_choice,
    check_int,
    check_str,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import statistics as endpoints  # endpoint modules load on first use

from ._base import PandaResource, as_dict, as_list, data, opt

__all__ = ["StatisticsResource", "StatusCounts", "WnMetrics"]

M = TypeVar("M", SyncMode, AsyncMode)

StatusCounts: TypeAlias = dict[str, int]
"""Job status (`running`, `finished`, ...) mapped to a count."""
WnMetrics: TypeAlias = dict[str, dict[str, list[tuple[datetime, Any]]]]
"""Worker-node host mapped to its recordings per key (`jobs`, `workers`): `(timestamp, statistics)` pairs."""

MAX_TIME_WINDOW = 10_080  # minutes (7 days)
MAX_DAYS = 7
_JOB_TYPES = ("production", "analysis")
_WN_KEYS = ("jobs", "workers")


def _counts(value: Any) -> Any:
    """A statistics map: `{key: ...}` (checked at the top; the nesting is as documented)."""
    return as_dict(value)


def _wn_metrics(value: Any) -> WnMetrics:
    result: WnMetrics = {}
    for host, by_key in as_dict(value).items():
        result[host] = {}
        for key, entries in as_dict(by_key).items():
            pairs: list[tuple[datetime, Any]] = []
            for entry in as_list(entries):
                if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], datetime)):
                    raise ValueError(f"expected [timestamp, statistics] entries, got {str(entry)[:100]!r}")
                pairs.append((entry[0], entry[1]))
            result[host][key] = pairs
    return result


def _time_window(value: Any, name: str) -> int | None:
    return None if value is None else check_int(value, name, minimum=0, maximum=MAX_TIME_WINDOW)


def _wn_options(host: Any, key: Any, days: Any) -> dict[str, Any]:
    if host is not NOT_GIVEN and host is not None:
        check_str(host, "host")
    if key is not NOT_GIVEN and key is not None:
        key = models.WnMetricsKey(check_choice(key, "key", _WN_KEYS))
    if days is not NOT_GIVEN:
        check_int(days, "days", minimum=0, maximum=MAX_DAYS)
    return {"host": opt(host), "key": opt(key), "days": opt(days)}


class StatisticsResource(PandaResource[M]):
    """Functions of the `statistics` module (open)."""

    @operation
    def job_stats_by_cloud(
        self, *, type: Literal["production", "analysis"] | NotGiven = NOT_GIVEN
    ) -> Call[dict[str, StatusCounts]]:
        """Active jobs plus jobs in final states modified in the last 12 hours, of one `type` (`production`, the
        server default, or `analysis`), counted per cloud and job status; a queue without cloud counts under
        `"null"`. Open. Returns `{cloud: {status: count}}`."""
        job_type = opt(
            type, lambda value, name: models.GetJobStatsByCloudType(check_choice(value, name, _JOB_TYPES)), "type"
        )
        return build_call(endpoints.get_job_stats_by_cloud, data(_counts), type_=job_type)

    @operation
    def production_job_stats_by_cloud_and_processing_type(self) -> Call[dict[str, dict[str, StatusCounts]]]:
        """Active production jobs plus those in final states modified in the last 12 hours, counted per cloud,
        processing type and job status. Open. Returns `{cloud: {processing type: {status: count}}}`."""
        return build_call(endpoints.get_production_job_stats_by_cloud_and_processing_type, data(_counts))

    @operation
    def active_job_stats_by_site(self) -> Call[dict[str, StatusCounts]]:
        """Jobs not in a final state (merging left out) counted per computing site (PanDA queue) and job status;
        `assigned`, `activated` and `running` are always present. Open. Returns `{site: {status: count}}`."""
        return build_call(endpoints.get_active_job_stats_by_site, data(_counts))

    @operation
    def active_job_detailed_stats_by_site(self) -> Call[dict[str, dict[str, dict[str, StatusCounts]]]]:
        """Like `active_job_stats_by_site`, split further by resource type and prodSourceLabel. Open.
        Returns `{site: {resource type: {prodSourceLabel: {status: count}}}}`."""
        return build_call(endpoints.get_active_job_detailed_stats_by_site, data(_counts))

    @operation
    def job_stats_by_site_and_resource_type(
        self, *, time_window: int | None | NotGiven = NOT_GIVEN
    ) -> Call[dict[str, dict[str, StatusCounts]]]:
        """Active and defined jobs plus archived jobs modified in the last `time_window` minutes (0..10080; None or
        not given: 12 hours), counted per computing site, resource type and job status. Open.
        Returns `{site: {resource type: {status: count}}}`."""
        window = opt(time_window, _time_window, "time_window")
        return build_call(endpoints.get_job_stats_by_site_and_resource_type, data(_counts), time_window=window)

    @operation
    def job_stats_by_site_share_and_resource_type(
        self, *, time_window: int | None | NotGiven = NOT_GIVEN
    ) -> Call[dict[str, dict[str, dict[str, StatusCounts]]]]:
        """Like `job_stats_by_site_and_resource_type`, split by the prodSourceLabel of each job's global share
        (`unknown` for a non-leaf share). `time_window` in minutes (0..10080; None or not given: 12 hours). Open.
        Returns `{site: {prodSourceLabel: {resource type: {status: count}}}}`."""
        window = opt(time_window, _time_window, "time_window")
        return build_call(endpoints.get_job_stats_by_site_share_and_resource_type, data(_counts), time_window=window)

    @operation
    def get_wn_metrics_by_site(
        self,
        site: str,
        *,
        host: str | None | NotGiven = NOT_GIVEN,
        key: Literal["jobs", "workers"] | None | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN,
    ) -> Call[WnMetrics]:
        """The worker-node metrics recorded for the ATLAS `site` (not the PanDA queue) over the last `days` (0..7,
        server default 1), optionally only of `host` and `key` (`jobs` or `workers`); `host` is an SQL LIKE pattern
        (`%` is a wildcard). Open. Returns `{host: {key: [(timestamp, statistics), ...]}}` (naive UTC datetimes);
        no matching metrics raises PandaAPIError like a database failure."""
        check_str(site, "site")
        return build_call(
            endpoints.get_wn_metrics_by_site, data(_wn_metrics), site=site, **_wn_options(host, key, days)
        )

    @operation
    def get_wn_metrics_by_queue(
        self,
        panda_queue: str,
        *,
        host: str | None | NotGiven = NOT_GIVEN,
        key: Literal["jobs", "workers"] | None | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN,
    ) -> Call[WnMetrics]:
        """As `get_wn_metrics_by_site`, for the PanDA queue `panda_queue`. Open.
        Returns `{host: {key: [(timestamp, statistics), ...]}}`; no matching metrics raises PandaAPIError."""
        check_str(panda_queue, "panda_queue")
        return build_call(
            endpoints.get_wn_metrics_by_queue,
            data(_wn_metrics),
            panda_queue=panda_queue,
            **_wn_options(host, key, days),
        )
