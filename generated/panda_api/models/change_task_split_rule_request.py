from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeTaskSplitRuleRequest")


@_attrs_define
class ChangeTaskSplitRuleRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        attribute_name (str): The two-letter split-rule code, e.g. `NF` (nFilesPerJob) or `MF` (nMaxFilesPerJob).
        value (str): The new value, as text.
    """

    task_id: int
    attribute_name: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        attribute_name = self.attribute_name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
                "attribute_name": attribute_name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        attribute_name = d.pop("attribute_name")
        if not (isinstance(attribute_name, str)):
            raise TypeError("attribute_name: expected a string, got " + type(attribute_name).__name__)

        value = d.pop("value")
        if not (isinstance(value, str)):
            raise TypeError("value: expected a string, got " + type(value).__name__)

        change_task_split_rule_request = cls(
            task_id=task_id,
            attribute_name=attribute_name,
            value=value,
        )

        return change_task_split_rule_request
