from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_task_attribute_request_attribute_name import ChangeTaskAttributeRequestAttributeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeTaskAttributeRequest")


@_attrs_define
class ChangeTaskAttributeRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        attribute_name (ChangeTaskAttributeRequestAttributeName): The attribute to set.
        value (int): The new value.
    """

    task_id: int
    attribute_name: ChangeTaskAttributeRequestAttributeName
    value: int

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        attribute_name = self.attribute_name.value

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

        attribute_name = ChangeTaskAttributeRequestAttributeName(d.pop("attribute_name"))

        value = d.pop("value")
        if not (isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63):
            raise TypeError("value: expected a 64-bit integer, got " + type(value).__name__)

        change_task_attribute_request = cls(
            task_id=task_id,
            attribute_name=attribute_name,
            value=value,
        )

        return change_task_attribute_request
