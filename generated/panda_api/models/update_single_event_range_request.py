from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSingleEventRangeRequest")


@_attrs_define
class UpdateSingleEventRangeRequest:
    """
    Attributes:
        event_range_id (str): The event range ID, `<jediTaskID>-<PandaID>-<fileID>-<job_processID>-<attemptNr>`.
        event_range_status (str): `running`, `transferring`, `finished`, `failed` or `fatal` (only the last three are
            stored).
        core_count (int | None | Unset): The number of cores used.
        cpu_consumption_time (float | None | Unset): CPU time in seconds; a float literal (an integer literal is
            rejected).
        object_store_id (None | Unset): Must be null or omitted: the server annotates it with the builtin `id`, which is
            not a type, so any other
            value makes the type check raise (HTTP 500).
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
    """

    event_range_id: str
    event_range_status: str
    core_count: int | None | Unset = UNSET
    cpu_consumption_time: float | None | Unset = UNSET
    object_store_id: None | Unset = UNSET
    timeout: int | Unset = 60

    def to_dict(self) -> dict[str, Any]:
        event_range_id = self.event_range_id

        event_range_status = self.event_range_status

        core_count: int | None | Unset
        if isinstance(self.core_count, Unset):
            core_count = UNSET
        else:
            core_count = self.core_count

        cpu_consumption_time: float | None | Unset
        if isinstance(self.cpu_consumption_time, Unset):
            cpu_consumption_time = UNSET
        else:
            cpu_consumption_time = self.cpu_consumption_time

        object_store_id = self.object_store_id

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_range_id": event_range_id,
                "event_range_status": event_range_status,
            }
        )
        if core_count is not UNSET:
            field_dict["core_count"] = core_count
        if cpu_consumption_time is not UNSET:
            field_dict["cpu_consumption_time"] = cpu_consumption_time
        if object_store_id is not UNSET:
            field_dict["object_store_id"] = object_store_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_range_id = d.pop("event_range_id")
        if not (isinstance(event_range_id, str)):
            raise TypeError("event_range_id: expected a string, got " + type(event_range_id).__name__)

        event_range_status = d.pop("event_range_status")
        if not (isinstance(event_range_status, str)):
            raise TypeError("event_range_status: expected a string, got " + type(event_range_status).__name__)

        def _parse_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                core_count_type_0 = data
                if not (
                    isinstance(core_count_type_0, int)
                    and not isinstance(core_count_type_0, bool)
                    and -(2**63) <= core_count_type_0 < 2**63
                ):
                    raise TypeError("core_count: expected a 64-bit integer, got " + type(core_count_type_0).__name__)

                return core_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            core_count_type_1 = data
            if not (core_count_type_1 is None):
                raise TypeError("core_count: expected the documented type, got " + type(core_count_type_1).__name__)

            return core_count_type_1

        core_count = _parse_core_count(d.pop("core_count", UNSET))

        def _parse_cpu_consumption_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_consumption_time_type_0 = data
                if not (
                    isinstance(cpu_consumption_time_type_0, (int, float))
                    and not isinstance(cpu_consumption_time_type_0, bool)
                    and float("-inf") < cpu_consumption_time_type_0 < float("inf")
                ):
                    raise TypeError(
                        "cpu_consumption_time: expected a finite number, got "
                        + type(cpu_consumption_time_type_0).__name__
                    )

                return cpu_consumption_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_consumption_time_type_1 = data
            if not (cpu_consumption_time_type_1 is None):
                raise TypeError(
                    "cpu_consumption_time: expected the documented type, got "
                    + type(cpu_consumption_time_type_1).__name__
                )

            return cpu_consumption_time_type_1

        cpu_consumption_time = _parse_cpu_consumption_time(d.pop("cpu_consumption_time", UNSET))

        object_store_id = d.pop("object_store_id", UNSET)
        if not (object_store_id is None) and object_store_id is not UNSET:
            raise TypeError("object_store_id: expected the documented type, got " + type(object_store_id).__name__)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        update_single_event_range_request = cls(
            event_range_id=event_range_id,
            event_range_status=event_range_status,
            core_count=core_count,
            cpu_consumption_time=cpu_consumption_time,
            object_store_id=object_store_id,
            timeout=timeout,
        )

        return update_single_event_range_request
