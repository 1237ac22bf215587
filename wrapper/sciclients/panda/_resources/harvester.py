"""`panda.harvester`: Harvester instances, their workers, commands and metrics."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_ids,
    check_int,
    check_str,
    check_str_list,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import harvester as endpoints  # endpoint modules load on first use

from .._envelope import fail, read_envelope
from . import _base
from ._base import UNSET, PandaResource, Unset, as_dict, as_int, as_list, data, none, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import HarvesterCommand, SendHarvesterHeartbeatRequestDataType0

__all__ = ["HarvesterResource"]

M = TypeVar("M", SyncMode, AsyncMode)
# The server parses metric and dialog times with this format.
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class HarvesterResource(PandaResource[M]):
    """Functions of the `harvester` module."""

    @operation
    def update_workers(self, harvester_id: str, workers: Sequence[Mapping[str, Any]]) -> Call[list[bool]]:
        """Insert or update workers of the Harvester instance `harvester_id` (authenticated caller). `workers` are
        WorkerSpec dicts, each with `workerID` (plus batchID, queueName, status, computingSite, nCore, submitTime,
        ...). Returns one bool per worker (True = stored)."""
        check_str(harvester_id, "harvester_id")
        items = _json_dicts(workers, "workers", required=("workerID",))
        body = models.UpdateWorkersRequest.from_dict({"harvester_id": harvester_id, "workers": items})
        return build_call(endpoints.update_workers, data(_bools), body=body)

    @operation
    def update_service_metrics(
        self, harvester_id: str, metrics: Sequence[Sequence[str | datetime | Mapping[str, Any]]]
    ) -> Call[list[bool]]:
        """Store service metrics of the instance (authenticated caller): triplets `(creation_time, harvester_host,
        metrics)`. A datetime creation time is formatted as the server wants (`%Y-%m-%d %H:%M:%S.%f`) and a dict of
        metrics is sent as JSON text (a str must be those already). Returns `[True]`."""
        check_str(harvester_id, "harvester_id")
        body = models.UpdateServiceMetricsRequest(
            harvester_id=harvester_id, metrics=_metric_triplets(metrics, "metrics")
        )
        return build_call(endpoints.update_service_metrics, data(_bools), body=body)

    @operation
    def add_dialogs(self, harvester_id: str, dialogs: Sequence[Mapping[str, Any]]) -> Call[None]:
        """Add dialog messages of the instance (authenticated caller): dicts `{diagID, moduleName, identifier,
        creationTime, messageLevel, diagMessage}`; a datetime `creationTime` is formatted as the server wants.
        Returns None."""
        check_str(harvester_id, "harvester_id")
        items = [
            {key: value.strftime(TIME_FORMAT) if key == "creationTime" and isinstance(value, datetime) else value
             for key, value in dialog.items()}
            for dialog in _dicts(dialogs, "dialogs", required=("diagID",))
        ]  # fmt: skip
        _check_json(items, "dialogs")
        body = models.AddHarvesterDialogsRequest.from_dict({"harvester_id": harvester_id, "dialogs": items})
        return build_call(endpoints.add_harvester_dialogs, data(none), body=body)

    @operation
    def heartbeat(self, harvester_id: str, *, data: Mapping[str, Any] | None | NotGiven = NOT_GIVEN) -> Call[None]:
        """Record the caller's DN and host as alive for the instance `harvester_id` (authenticated caller), and
        store `data` as its metadata when given (e.g. `startTime`, `sw_version`, `commit_stamp`). Returns None."""
        check_str(harvester_id, "harvester_id")
        metadata: SendHarvesterHeartbeatRequestDataType0 | None | Unset = UNSET
        if data is None:
            metadata = None
        elif data is not NOT_GIVEN:
            if not isinstance(data, Mapping):
                raise TypeError(f"data must be a dict, got {type(data).__name__}")
            _check_json(dict(data), "data")
            metadata = models.SendHarvesterHeartbeatRequestDataType0.from_dict(data)
        body = models.SendHarvesterHeartbeatRequest(harvester_id=harvester_id, data=metadata)
        return build_call(endpoints.send_harvester_heartbeat, _base.data(none), body=body)

    @operation
    def get_current_worker_id(self, harvester_id: str) -> Call[int]:
        """The highest worker ID registered for the instance `harvester_id` (authenticated caller)."""
        check_str(harvester_id, "harvester_id")
        return build_call(endpoints.get_current_worker_id, data(as_int), harvester_id=harvester_id)

    @operation
    def get_worker_statistics(self) -> Call[dict[str, Any]]:
        """Worker counts of all instances reported in the last 4 hours (authenticated caller), nested as
        `{computingSite: {harvesterID: {jobType: {resourceType: {status: n_workers}}}}}`."""
        return build_call(endpoints.get_worker_statistics, data(as_dict))

    @operation
    def report_worker_statistics(
        self, harvester_id: str, panda_queue: str, statistics: Mapping[str, Any] | str
    ) -> Call[None]:
        """Replace the worker statistics of the instance at `panda_queue` (authenticated caller). `statistics` is
        `{jobType: {resourceType: {status: n_workers}}}`, sent as the JSON text the server wants (a str must be that
        text already). Returns None."""
        check_str(harvester_id, "harvester_id")
        check_str(panda_queue, "panda_queue")
        body = models.ReportWorkerStatisticsRequest(
            harvester_id=harvester_id, panda_queue=panda_queue, statistics=_json_object_text(statistics, "statistics")
        )
        return build_call(endpoints.report_worker_statistics, data(none), body=body)

    @operation
    def acquire_commands(
        self, harvester_id: str, n_commands: int, *, timeout: int | NotGiven = NOT_GIVEN
    ) -> Call[list[HarvesterCommand]]:
        """Take up to `n_commands` of the oldest new commands of the instance and mark them retrieved (production
        role). `timeout` (seconds, server default 30) bounds the server's database call. Returns the commands
        (command_id, command, params, ack_requested, creation_date as ISO text)."""
        check_str(harvester_id, "harvester_id")
        check_int(n_commands, "n_commands", minimum=1)
        body = models.AcquireHarvesterCommandsRequest(
            harvester_id=harvester_id, n_commands=n_commands, timeout=opt(timeout, _positive, "timeout")
        )
        return build_call(endpoints.acquire_harvester_commands, data(_commands), body=body)

    @operation
    def acknowledge_commands(self, command_ids: Sequence[int], *, timeout: int | NotGiven = NOT_GIVEN) -> Call[None]:
        """Mark the commands `command_ids` as acknowledged (production role). `timeout` (seconds, server default 30)
        bounds the server's database call. Returns None."""
        body = models.AcknowledgeHarvesterCommandsRequest(
            command_ids=check_ids(command_ids, "command_ids"), timeout=opt(timeout, _positive, "timeout")
        )
        return build_call(endpoints.acknowledge_harvester_commands, data(none), body=body)

    @operation
    def add_sweep_command(
        self,
        panda_queue: str,
        status_list: Sequence[str],
        ce_list: Sequence[str],
        submission_host_list: Sequence[str],
    ) -> Call[None]:
        """Order the Harvester instance serving `panda_queue` (its schedconfig `harvester`) to kill its workers in
        the statuses `status_list` on the CEs `ce_list` submitted from `submission_host_list` (production role; the
        lists must not be empty). CEs the queue does not list are dropped silently by the server. Returns None;
        `Error retrieving queue configuration from DB` (unknown queue) and `Queue not served by any harvester ID`
        raise."""
        check_str(panda_queue, "panda_queue")
        body = models.AddSweepCommandRequest(
            panda_queue=panda_queue,
            status_list=check_str_list(status_list, "status_list"),
            ce_list=check_str_list(ce_list, "ce_list"),
            submission_host_list=check_str_list(submission_host_list, "submission_host_list"),
        )
        return build_call(endpoints.add_sweep_command, data(none), body=body)

    @operation
    def add_target_slots(
        self,
        panda_queue: str,
        slots: int,
        *,
        global_share: str | None | NotGiven = NOT_GIVEN,
        resource_type: str | None | NotGiven = NOT_GIVEN,
        expiration_date: int | str | None | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Set the target number of slots of `panda_queue` (production role), optionally only for a global share
        and/or resource type. `expiration_date` is, despite its name, the validity in days (an int is sent as the
        text the server wants); None or not given means no expiry. `slots=-1` deletes the entry. Returns the
        server's message, e.g. `set numSlots=10000 for PQ=CERN gshare=None resource=SCORE`."""
        check_str(panda_queue, "panda_queue")
        check_int(slots, "slots", minimum=-1)
        body = models.AddTargetSlotsRequest(
            panda_queue=panda_queue,
            slots=slots,
            global_share=opt(global_share, _str_or_none, "global_share"),
            resource_type=opt(resource_type, _str_or_none, "resource_type"),
            expiration_date=opt(expiration_date, _days, "expiration_date"),
        )
        return build_call(endpoints.add_target_slots, _message, body=body)


# -- argument helpers ------------------------------------------------------------------------------
def _positive(value: Any, name: str) -> int:
    return check_int(value, name, minimum=1)


def _str_or_none(value: Any, name: str) -> str | None:
    return None if value is None else check_str(value, name)


def _days(value: Any, name: str) -> str | None:
    """Days as the server's text (it does `int(value)`)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            int(check_str(value, name))
        except ValueError:
            raise ValueError(f"{name} must be a whole number of days, got {value!r}") from None
        return value
    return str(check_int(value, name, minimum=0))


def _check_json(value: Any, name: str) -> None:
    """Refuse, before any I/O, what cannot go into a JSON body (e.g. datetimes, sets)."""
    try:
        json.dumps(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} cannot be encoded as JSON: {exc}") from None


def _dicts(values: Any, name: str, *, required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """A non-empty list of dicts, each with the `required` keys."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of dicts, got {type(values).__name__}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    items = []
    for i, value in enumerate(values):
        if not isinstance(value, Mapping):
            raise TypeError(f"{name}[{i}] must be a dict, got {type(value).__name__}")
        for key in required:
            if key not in value:
                raise ValueError(f"{name}[{i}] has no {key!r}")
        items.append(dict(value))
    return items


def _json_dicts(values: Any, name: str, *, required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    items = _dicts(values, name, required=required)
    _check_json(items, name)
    return items


def _json_object_text(value: Any, name: str) -> str:
    """JSON text of an object: a Mapping is encoded, a str must already be JSON text of an object."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is a str but not valid JSON ({exc})") from None
        if not isinstance(decoded, dict):
            raise ValueError(f"{name} must be JSON text of an object, got a {type(decoded).__name__}")
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict or its JSON text, got {type(value).__name__}")
    try:
        return json.dumps(dict(value))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} cannot be encoded as JSON: {exc}") from None


def _metric_triplets(values: Any, name: str) -> list[list[str]]:
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of (creation_time, host, metrics), got {type(values).__name__}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    triplets = []
    for i, entry in enumerate(values):
        if isinstance(entry, (str, bytes)) or not isinstance(entry, Sequence) or len(entry) != 3:
            raise ValueError(f"{name}[{i}] must be a (creation_time, host, metrics) triplet")
        when, host, metrics = entry
        if isinstance(when, datetime):
            when = when.strftime(TIME_FORMAT)
        else:
            check_str(when, f"{name}[{i}][0]")
            try:
                datetime.strptime(when, TIME_FORMAT)
            except ValueError:
                raise ValueError(f"{name}[{i}][0] must be a datetime or {TIME_FORMAT!r} text, got {when!r}") from None
        check_str(host, f"{name}[{i}][1]")
        triplets.append([when, host, _json_object_text(metrics, f"{name}[{i}][2]")])
    return triplets


# -- answers ---------------------------------------------------------------------------------------


def _bools(value: Any) -> list[bool]:
    items = as_list(value)
    for item in items:
        if not isinstance(item, bool):
            raise TypeError(f"expected booleans, got {type(item).__name__}")
    return items


def _commands(value: Any) -> list[HarvesterCommand]:
    return [models.HarvesterCommand.from_dict(as_dict(item)) for item in as_list(value)]


def _message(response: httpx.Response) -> str:
    """Functions whose result is the envelope's `message` (`data` is null)."""
    envelope = read_envelope(response)
    if not envelope.success:
        raise fail(envelope, response)
    return envelope.message
