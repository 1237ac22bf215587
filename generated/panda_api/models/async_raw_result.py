from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_raw_result_overall_status import AsyncRawResultOverallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_machine_result import AsyncMachineResult


T = TypeVar("T", bound="AsyncRawResult")


@_attrs_define
class AsyncRawResult:
    """The per-machine results of a raw-output request (grep, sleep_echo).

    Attributes:
        overall_status (AsyncRawResultOverallStatus): `complete` once every expected machine has a terminal result.
        expected_machines (list[str]): The machines expected to answer (`any` for a request run on one machine of a
            service).
        results (list[AsyncMachineResult]):
    """

    overall_status: AsyncRawResultOverallStatus
    expected_machines: list[str]
    results: list[AsyncMachineResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.async_machine_result import AsyncMachineResult  # noqa: PLC0415

        overall_status = self.overall_status.value

        expected_machines = self.expected_machines

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall_status": overall_status,
                "expected_machines": expected_machines,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_machine_result import AsyncMachineResult  # noqa: PLC0415

        d = dict(src_dict)
        overall_status = AsyncRawResultOverallStatus(d.pop("overall_status"))

        expected_machines = []
        _expected_machines = d.pop("expected_machines")
        for expected_machines_item_data in _expected_machines:
            expected_machines_item = expected_machines_item_data
            if not (isinstance(expected_machines_item, str)):
                raise TypeError(
                    "expected_machines_item: expected a string, got " + type(expected_machines_item).__name__
                )

            expected_machines.append(expected_machines_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = AsyncMachineResult.from_dict(results_item_data)

            results.append(results_item)

        async_raw_result = cls(
            overall_status=overall_status,
            expected_machines=expected_machines,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        async_raw_result.additional_properties = additional_properties
        return async_raw_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
