from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StageSubmissionsDepends")


@_attrs_define
class StageSubmissionsDepends:
    """Submission id → the submission it depends on or recovers, or null."""

    additional_properties: dict[str, int | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage_submissions_depends = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> int | None:
                if data is None:
                    return data
                try:
                    if not True:
                        raise TypeError()
                    additional_property_type_0 = data
                    if not (
                        isinstance(additional_property_type_0, int)
                        and not isinstance(additional_property_type_0, bool)
                        and -(2**63) <= additional_property_type_0 < 2**63
                    ):
                        raise TypeError(
                            "AdditionalProperty: expected a 64-bit integer, got "
                            + type(additional_property_type_0).__name__
                        )

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not True:
                    raise TypeError()
                additional_property_type_1 = data
                if not (additional_property_type_1 is None):
                    raise TypeError(
                        "AdditionalProperty: expected the documented type, got "
                        + type(additional_property_type_1).__name__
                    )

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        stage_submissions_depends.additional_properties = additional_properties
        return stage_submissions_depends

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
