from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeTaskModificationTimeRequest")


@_attrs_define
class ChangeTaskModificationTimeRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        hour_offset (int): Hours added to the current time; negative values trigger brokerage.
    """

    task_id: int
    hour_offset: int

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        hour_offset = self.hour_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
                "hour_offset": hour_offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        hour_offset = d.pop("hour_offset")
        if not (isinstance(hour_offset, int) and not isinstance(hour_offset, bool) and -(2**63) <= hour_offset < 2**63):
            raise TypeError("hour_offset: expected a 64-bit integer, got " + type(hour_offset).__name__)

        change_task_modification_time_request = cls(
            task_id=task_id,
            hour_offset=hour_offset,
        )

        return change_task_modification_time_request
