from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskDatasetRef")


@_attrs_define
class TaskDatasetRef:
    """
    Attributes:
        name (str | Unset): The dataset name.
        id (int | Unset): The JEDI dataset ID.
    """

    name: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        id = d.pop("id", UNSET)
        if not (isinstance(id, int) and not isinstance(id, bool) and -(2**63) <= id < 2**63) and id is not UNSET:
            raise TypeError("id: expected a 64-bit integer, got " + type(id).__name__)

        task_dataset_ref = cls(
            name=name,
            id=id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_dataset_ref.additional_properties = additional_properties
        return task_dataset_ref

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
