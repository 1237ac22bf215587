from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceTypeSpec")


@_attrs_define
class ResourceTypeSpec:
    """A resource type and its core-count and memory-per-core range (null = unbounded).

    Attributes:
        resource_name (str | Unset): e.g. `SCORE`, `MCORE`, `SCORE_HIMEM`, `MCORE_HIMEM`.
        mincore (int | None | Unset):
        maxcore (int | None | Unset):
        minrampercore (int | None | Unset): MB per core.
        maxrampercore (int | None | Unset): MB per core.
    """

    resource_name: str | Unset = UNSET
    mincore: int | None | Unset = UNSET
    maxcore: int | None | Unset = UNSET
    minrampercore: int | None | Unset = UNSET
    maxrampercore: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_name = self.resource_name

        mincore: int | None | Unset
        if isinstance(self.mincore, Unset):
            mincore = UNSET
        else:
            mincore = self.mincore

        maxcore: int | None | Unset
        if isinstance(self.maxcore, Unset):
            maxcore = UNSET
        else:
            maxcore = self.maxcore

        minrampercore: int | None | Unset
        if isinstance(self.minrampercore, Unset):
            minrampercore = UNSET
        else:
            minrampercore = self.minrampercore

        maxrampercore: int | None | Unset
        if isinstance(self.maxrampercore, Unset):
            maxrampercore = UNSET
        else:
            maxrampercore = self.maxrampercore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if mincore is not UNSET:
            field_dict["mincore"] = mincore
        if maxcore is not UNSET:
            field_dict["maxcore"] = maxcore
        if minrampercore is not UNSET:
            field_dict["minrampercore"] = minrampercore
        if maxrampercore is not UNSET:
            field_dict["maxrampercore"] = maxrampercore

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_name = d.pop("resource_name", UNSET)

        def _parse_mincore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mincore = _parse_mincore(d.pop("mincore", UNSET))

        def _parse_maxcore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maxcore = _parse_maxcore(d.pop("maxcore", UNSET))

        def _parse_minrampercore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minrampercore = _parse_minrampercore(d.pop("minrampercore", UNSET))

        def _parse_maxrampercore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maxrampercore = _parse_maxrampercore(d.pop("maxrampercore", UNSET))

        resource_type_spec = cls(
            resource_name=resource_name,
            mincore=mincore,
            maxcore=maxcore,
            minrampercore=minrampercore,
            maxrampercore=maxrampercore,
        )

        resource_type_spec.additional_properties = d
        return resource_type_spec

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
