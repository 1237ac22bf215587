from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventRangesRequest")


@_attrs_define
class UpdateEventRangesRequest:
    """
    Attributes:
        event_ranges (str): JSON text of a list of `{"eventRangeID", "eventStatus", ["errorCode"], ["errorDiag"],
            ["coreCount"],
            ["cpuConsumptionTime"], ["objstoreID"]}` objects (for version 1 also `{"zipFile", "eventRanges": [...]}`
            chunks).
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 120.
        version (int | Unset): 0 normal event service, 1 jumbo jobs with zip files, 2 fine-grained processing. Default:
            0.
    """

    event_ranges: str
    timeout: int | Unset = 120
    version: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        event_ranges = self.event_ranges

        timeout = self.timeout

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_ranges": event_ranges,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ranges = d.pop("event_ranges")
        if not (isinstance(event_ranges, str)):
            raise TypeError("event_ranges: expected a string, got " + type(event_ranges).__name__)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        version = d.pop("version", UNSET)
        if (
            not (isinstance(version, int) and not isinstance(version, bool) and -(2**63) <= version < 2**63)
            and version is not UNSET
        ):
            raise TypeError("version: expected a 64-bit integer, got " + type(version).__name__)

        update_event_ranges_request = cls(
            event_ranges=event_ranges,
            timeout=timeout,
            version=version,
        )

        return update_event_ranges_request
