from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyDeleteCheckpointRequest")


@_attrs_define
class LegacyDeleteCheckpointRequest:
    """
    Attributes:
        task_id (str): The JEDI task ID.
        sub_id (str): The HPO sub-task ID.
    """

    task_id: str
    sub_id: str

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        sub_id = self.sub_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
                "sub_id": sub_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, str)):
            raise TypeError("task_id: expected a string, got " + type(task_id).__name__)

        sub_id = d.pop("sub_id")
        if not (isinstance(sub_id, str)):
            raise TypeError("sub_id: expected a string, got " + type(sub_id).__name__)

        legacy_delete_checkpoint_request = cls(
            task_id=task_id,
            sub_id=sub_id,
        )

        return legacy_delete_checkpoint_request
