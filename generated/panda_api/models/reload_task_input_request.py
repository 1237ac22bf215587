from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReloadTaskInputRequest")


@_attrs_define
class ReloadTaskInputRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        ignore_hard_exhausted (bool | Unset): Ignore the limits of the hard-exhausted state; dropped silently unless the
            caller has the production role. Default: False.
    """

    task_id: int
    ignore_hard_exhausted: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        ignore_hard_exhausted = self.ignore_hard_exhausted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if ignore_hard_exhausted is not UNSET:
            field_dict["ignore_hard_exhausted"] = ignore_hard_exhausted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        ignore_hard_exhausted = d.pop("ignore_hard_exhausted", UNSET)
        if not (isinstance(ignore_hard_exhausted, bool)) and ignore_hard_exhausted is not UNSET:
            raise TypeError(
                "ignore_hard_exhausted: expected true or false, got " + type(ignore_hard_exhausted).__name__
            )

        reload_task_input_request = cls(
            task_id=task_id,
            ignore_hard_exhausted=ignore_hard_exhausted,
        )

        return reload_task_input_request
