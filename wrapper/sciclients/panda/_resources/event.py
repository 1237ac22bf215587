"""`panda.event`: event ranges of event-service jobs: count, acquire, update, and their statuses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_choice,
    check_id,
    check_int,
    check_number,
    check_str,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import event as endpoints  # endpoint modules load on first use

from ._base import PandaResource, as_dict, as_int, data, list_of, model, none, nullable, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import EventRange, EventRangeStatus

__all__ = ["EventResource", "EventRangeState"]

M = TypeVar("M", SyncMode, AsyncMode)
T = TypeVar("T")

EventRangeState = Literal["running", "transferring", "finished", "failed", "fatal"]
_EVENT_RANGE_STATES: tuple[EventRangeState, ...] = ("running", "transferring", "finished", "failed", "fatal")
_VERSIONS = (0, 1, 2)


class EventResource(PandaResource[M]):
    """Functions of the `event` module."""

    @operation
    def get_available_event_range_count(
        self, job_id: int, jobset_id: int, task_id: int, *, timeout: int | NotGiven = NOT_GIVEN
    ) -> Call[int]:
        """The number of event ranges of the job's jobset that can still be dispatched (production role).

        Failures (`TimeOut`, `database error in the PanDA server`) raise with the server's message.
        """
        return build_call(
            endpoints.get_available_event_range_count,
            data(as_int),
            job_id=check_id(job_id, "job_id"),
            jobset_id=check_id(jobset_id, "jobset_id"),
            task_id=check_id(task_id, "task_id"),
            # Untyped on the server: the query value arrives as text and is not cast.
            timeout=opt(timeout, _seconds_text, "timeout"),
        )

    @operation
    def get_event_range_statuses(
        self, job_task_ids: Sequence[Mapping[str, int]] | str
    ) -> Call[dict[str, dict[str, EventRangeStatus]]]:
        """Statuses of the event ranges of jobs (authenticated).

        `job_task_ids` is a list of `{"task_id": <JEDI task ID>, "panda_id": <PanDA ID>}` (sent as the JSON text
        the server wants), or that JSON text. Returns `{"<PandaID>": {"<event range ID>": EventRangeStatus(status,
        error, dialog)}}`; a job without event ranges maps to `{}`.
        """
        return build_call(
            endpoints.get_event_range_statuses,
            data(_statuses),
            job_task_ids=_job_task_ids(job_task_ids, "job_task_ids"),
        )

    @operation
    def acquire_event_ranges(
        self,
        job_id: int,
        jobset_id: int,
        *,
        task_id: int | None | NotGiven = NOT_GIVEN,
        n_ranges: int | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
        scattered: bool | NotGiven = NOT_GIVEN,
        segment_id: int | None | NotGiven = NOT_GIVEN,
    ) -> Call[list[EventRange]]:
        """Reserve up to `n_ranges` (server default 10) event ranges for an event-service job (production role).

        The ranges are marked as sent. Returns the `EventRange`s (`event_range_id`, `start_event`, `last_event`,
        `lfn`, `guid`, `scope`); an empty list when none are left. `scattered` asks for non-consecutive ranges,
        `segment_id` restricts to a segment (fine-grained processing).
        """
        body = models.AcquireEventRangesRequest(
            job_id=check_id(job_id, "job_id"),
            jobset_id=check_id(jobset_id, "jobset_id"),
            task_id=opt(task_id, nullable(check_id), "task_id"),
            n_ranges=opt(n_ranges, check_id, "n_ranges"),
            timeout=opt(timeout, _seconds, "timeout"),
            scattered=opt(scattered, check_bool, "scattered"),
            segment_id=opt(segment_id, nullable(_count), "segment_id"),
        )
        return build_call(endpoints.acquire_event_ranges, data(list_of(model(models.EventRange))), body=body)

    @operation
    def update_single_event_range(
        self,
        event_range_id: str,
        event_range_status: EventRangeState,
        *,
        core_count: int | None | NotGiven = NOT_GIVEN,
        cpu_consumption_time: float | None | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
    ) -> Call[dict[str, Any]]:
        """Update the status of one event range (production role).

        `event_range_id` is `<jediTaskID>-<PandaID>-<fileID>-<job_processID>-<attemptNr>`; only the final states
        (finished, failed, fatal) are stored. Returns the commands for the pilots, decoded from the server's JSON
        text: `{"<PandaID>": "<command>"}`, `{}` if none. `running` and `transferring` are accepted and skipped
        (nothing is stored): the server answers `success: null` with no command, read here as `{}`. An unknown
        range, a job not in sent/starting/running/transferring, or a range not in sent/running raises
        PandaAPIError `database error in the PanDA server`. (The server's `object_store_id` is not offered: server
        1.0.4 fails on any value but null.)
        """
        body = models.UpdateSingleEventRangeRequest(
            event_range_id=_event_range_id(event_range_id, "event_range_id"),
            event_range_status=check_choice(event_range_status, "event_range_status", _EVENT_RANGE_STATES),
            core_count=opt(core_count, nullable(check_id), "core_count"),
            cpu_consumption_time=opt(cpu_consumption_time, nullable(check_number), "cpu_consumption_time"),
            timeout=opt(timeout, _seconds, "timeout"),
        )
        return build_call(endpoints.update_single_event_range, data(_commands, null_success=True), body=body)

    @operation
    def update_event_ranges(
        self,
        event_ranges: Sequence[Mapping[str, Any]] | str,
        *,
        timeout: int | NotGiven = NOT_GIVEN,
        version: Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Update event ranges in bulk (production role). Returns None.

        `event_ranges` is a list of `{"eventRangeID", "eventStatus", ["errorCode"], ["errorDiag"], ["coreCount"],
        ["cpuConsumptionTime"], ["objstoreID"]}` dicts (with `version=1` also `{"zipFile": {...}, "eventRanges":
        [...]}` chunks), sent as the JSON text the server wants, or that JSON text. `version`: 0 normal event
        service (server default), 1 jumbo jobs with zip files, 2 fine-grained processing.
        Server 1.0.4 cannot encode its own success answer: a call that updated the ranges raises
        InternalServerError (`Type not serializable ... set`); only validation failures and `TimeOut` are answered.
        """
        body = models.UpdateEventRangesRequest(
            event_ranges=_event_ranges(event_ranges, "event_ranges"),
            timeout=opt(timeout, _seconds, "timeout"),
            version=opt(version, _version, "version"),
        )
        return build_call(endpoints.update_event_ranges, data(none), body=body)


# -- argument checks ---------------------------------------------------------------------------------------------


def _seconds(value: Any, name: str) -> int:
    return check_int(value, name, minimum=1)


def _seconds_text(value: Any, name: str) -> str:
    return str(_seconds(value, name))


def _count(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0)


def _version(value: Any, name: str) -> int:
    return check_choice(check_int(value, name), name, _VERSIONS)


def _event_range_id(value: Any, name: str) -> str:
    """`<jediTaskID>-<PandaID>-<fileID>-<job_processID>-<attemptNr>`, as the server decomposes it."""
    text = check_str(value, name)
    parts = text.split("-")
    if len(parts) != 5 or not all(part.isascii() and part.isdigit() for part in parts):
        raise ValueError(f"{name} must be '<jediTaskID>-<PandaID>-<fileID>-<job_processID>-<attemptNr>', got {text!r}")
    return text


def _json_list(value: Any, name: str, what: str) -> tuple[list[Any], str | None]:
    """The items of a list given as Python objects or as JSON text, and the text when it was given as text."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is not valid JSON text: {exc}") from None
        if not isinstance(decoded, list):
            raise TypeError(f"{name} must be JSON text of a list, got {type(decoded).__name__}")
        items, text = decoded, value
    elif isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list of {what} or JSON text of it, got {type(value).__name__}")
    else:
        items, text = list(value), None
    if not items:
        raise ValueError(f"{name} must not be empty")
    return items, text


def _dumps(items: list[Any], name: str) -> str:
    try:
        return json.dumps(items)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} cannot be encoded as JSON: {exc}") from None


def _job_task_ids(value: Any, name: str) -> str:
    items, text = _json_list(value, name, 'dicts {"task_id": int, "panda_id": int}')
    pairs = []
    for i, item in enumerate(items):
        where = f"{name}[{i}]"
        if not isinstance(item, Mapping):
            raise TypeError(f'{where} must be a dict {{"task_id": int, "panda_id": int}}, got {type(item).__name__}')
        if set(item) != {"task_id", "panda_id"}:
            keys = ", ".join(map(repr, sorted(map(str, item))))
            raise ValueError(f"{where} must have exactly the keys 'task_id' and 'panda_id', got {keys or 'none'}")
        pairs.append(
            {"task_id": check_id(item["task_id"], f"{where}['task_id']"),
             "panda_id": check_id(item["panda_id"], f"{where}['panda_id']")}
        )  # fmt: skip
    return text if text is not None else _dumps(pairs, name)


def _event_ranges(value: Any, name: str) -> str:
    items, text = _json_list(value, name, "event range dicts")
    for i, item in enumerate(items):
        where = f"{name}[{i}]"
        if not isinstance(item, Mapping):
            raise TypeError(f"{where} must be a dict, got {type(item).__name__}")
        if "eventRanges" in item:  # a version-1 chunk: {"zipFile": {...}, "eventRanges": [...]}
            chunk = item["eventRanges"]
            if not isinstance(chunk, list):
                raise TypeError(f"{where}['eventRanges'] must be a list, got {type(chunk).__name__}")
            for j, inner in enumerate(chunk):
                _check_event_range(inner, f"{where}['eventRanges'][{j}]")
        else:
            _check_event_range(item, where)
    return text if text is not None else _dumps(items, name)


def _check_event_range(item: Any, where: str) -> None:
    if not isinstance(item, Mapping):
        raise TypeError(f"{where} must be a dict, got {type(item).__name__}")
    for key in ("eventRangeID", "eventStatus"):
        if key not in item:
            raise ValueError(f"{where} needs the key {key!r}")
    _event_range_id(item["eventRangeID"], f"{where}['eventRangeID']")
    check_choice(item["eventStatus"], f"{where}['eventStatus']", _EVENT_RANGE_STATES)


# -- answers ------------------------------------------------------------------------------------------------------


def _statuses(value: Any) -> dict[str, dict[str, EventRangeStatus]]:
    return {
        str(panda_id): {str(range_id): models.EventRangeStatus.from_dict(as_dict(status))
                        for range_id, status in as_dict(ranges).items()}
        for panda_id, ranges in as_dict(value).items()
    }  # fmt: skip


def _commands(value: Any) -> dict[str, Any]:
    """`data.Command` is JSON text of `{PandaID: command}` (null or missing: no command)."""
    command = as_dict(value).get("Command")
    if command is None or command == "":
        return {}
    return as_dict(json.loads(command) if isinstance(command, str) else command)
