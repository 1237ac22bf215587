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
        if not (isinstance(resource_name, str)) and resource_name is not UNSET:
            raise TypeError("resource_name: expected a string, got " + type(resource_name).__name__)

        def _parse_mincore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                mincore_type_0 = data
                if not (
                    isinstance(mincore_type_0, int)
                    and not isinstance(mincore_type_0, bool)
                    and -(2**63) <= mincore_type_0 < 2**63
                ):
                    raise TypeError("mincore: expected a 64-bit integer, got " + type(mincore_type_0).__name__)

                return mincore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            mincore_type_1 = data
            if not (mincore_type_1 is None):
                raise TypeError("mincore: expected the documented type, got " + type(mincore_type_1).__name__)

            return mincore_type_1

        mincore = _parse_mincore(d.pop("mincore", UNSET))

        def _parse_maxcore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                maxcore_type_0 = data
                if not (
                    isinstance(maxcore_type_0, int)
                    and not isinstance(maxcore_type_0, bool)
                    and -(2**63) <= maxcore_type_0 < 2**63
                ):
                    raise TypeError("maxcore: expected a 64-bit integer, got " + type(maxcore_type_0).__name__)

                return maxcore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            maxcore_type_1 = data
            if not (maxcore_type_1 is None):
                raise TypeError("maxcore: expected the documented type, got " + type(maxcore_type_1).__name__)

            return maxcore_type_1

        maxcore = _parse_maxcore(d.pop("maxcore", UNSET))

        def _parse_minrampercore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                minrampercore_type_0 = data
                if not (
                    isinstance(minrampercore_type_0, int)
                    and not isinstance(minrampercore_type_0, bool)
                    and -(2**63) <= minrampercore_type_0 < 2**63
                ):
                    raise TypeError(
                        "minrampercore: expected a 64-bit integer, got " + type(minrampercore_type_0).__name__
                    )

                return minrampercore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            minrampercore_type_1 = data
            if not (minrampercore_type_1 is None):
                raise TypeError(
                    "minrampercore: expected the documented type, got " + type(minrampercore_type_1).__name__
                )

            return minrampercore_type_1

        minrampercore = _parse_minrampercore(d.pop("minrampercore", UNSET))

        def _parse_maxrampercore(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                maxrampercore_type_0 = data
                if not (
                    isinstance(maxrampercore_type_0, int)
                    and not isinstance(maxrampercore_type_0, bool)
                    and -(2**63) <= maxrampercore_type_0 < 2**63
                ):
                    raise TypeError(
                        "maxrampercore: expected a 64-bit integer, got " + type(maxrampercore_type_0).__name__
                    )

                return maxrampercore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            maxrampercore_type_1 = data
            if not (maxrampercore_type_1 is None):
                raise TypeError(
                    "maxrampercore: expected the documented type, got " + type(maxrampercore_type_1).__name__
                )

            return maxrampercore_type_1

        maxrampercore = _parse_maxrampercore(d.pop("maxrampercore", UNSET))

        resource_type_spec = cls(
            resource_name=resource_name,
            mincore=mincore,
            maxcore=maxcore,
            minrampercore=minrampercore,
            maxrampercore=maxrampercore,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_type_spec.additional_properties = additional_properties
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
