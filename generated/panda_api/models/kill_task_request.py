from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillTaskRequest")


@_attrs_define
class KillTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        broadcast (bool | Unset): Also broadcast the kill to the pilots of the running jobs. Default: False.
    """

    task_id: int
    broadcast: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        broadcast = self.broadcast

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        broadcast = d.pop("broadcast", UNSET)

        kill_task_request = cls(
            task_id=task_id,
            broadcast=broadcast,
        )

        return kill_task_request
