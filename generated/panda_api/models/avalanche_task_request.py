from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvalancheTaskRequest")


@_attrs_define
class AvalancheTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
    """

    task_id: int

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        avalanche_task_request = cls(
            task_id=task_id,
        )

        return avalanche_task_request
