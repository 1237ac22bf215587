from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskDatasetFile")


@_attrs_define
class TaskDatasetFile:
    """
    Attributes:
        lfn (str | Unset):
        scope (None | str | Unset):
        id (int | Unset): The JEDI file ID.
        status (str | Unset): The file status in the dataset (e.g. `ready`, `finished`, `failed`).
    """

    lfn: str | Unset = UNSET
    scope: None | str | Unset = UNSET
    id: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lfn = self.lfn

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lfn is not UNSET:
            field_dict["lfn"] = lfn
        if scope is not UNSET:
            field_dict["scope"] = scope
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lfn = d.pop("lfn", UNSET)
        if not (isinstance(lfn, str)) and lfn is not UNSET:
            raise TypeError("lfn: expected a string, got " + type(lfn).__name__)

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                scope_type_0 = data
                if not (isinstance(scope_type_0, str)):
                    raise TypeError("scope: expected a string, got " + type(scope_type_0).__name__)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            scope_type_1 = data
            if not (scope_type_1 is None):
                raise TypeError("scope: expected the documented type, got " + type(scope_type_1).__name__)

            return scope_type_1

        scope = _parse_scope(d.pop("scope", UNSET))

        id = d.pop("id", UNSET)
        if not (isinstance(id, int) and not isinstance(id, bool) and -(2**63) <= id < 2**63) and id is not UNSET:
            raise TypeError("id: expected a 64-bit integer, got " + type(id).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        task_dataset_file = cls(
            lfn=lfn,
            scope=scope,
            id=id,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_dataset_file.additional_properties = additional_properties
        return task_dataset_file

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
