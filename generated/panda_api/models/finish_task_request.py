from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinishTaskRequest")


@_attrs_define
class FinishTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        soft (bool | Unset): Let the running jobs end instead of killing them. Default: False.
        broadcast (bool | Unset): Also broadcast the finish command to the pilots. Default: False.
    """

    task_id: int
    soft: bool | Unset = False
    broadcast: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        soft = self.soft

        broadcast = self.broadcast

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if soft is not UNSET:
            field_dict["soft"] = soft
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        soft = d.pop("soft", UNSET)
        if not (isinstance(soft, bool)) and soft is not UNSET:
            raise TypeError("soft: expected true or false, got " + type(soft).__name__)

        broadcast = d.pop("broadcast", UNSET)
        if not (isinstance(broadcast, bool)) and broadcast is not UNSET:
            raise TypeError("broadcast: expected true or false, got " + type(broadcast).__name__)

        finish_task_request = cls(
            task_id=task_id,
            soft=soft,
            broadcast=broadcast,
        )

        return finish_task_request
