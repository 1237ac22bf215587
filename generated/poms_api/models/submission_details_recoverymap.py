from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmissionDetailsRecoverymap")


@_attrs_define
class SubmissionDetailsRecoverymap:
    """Recovery type name → `[recovery_type_id, description]`."""

    additional_properties: dict[str, list[int | str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: int | str
                additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_details_recoverymap = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:

                def _parse_additional_property_item(data: object) -> int | str:
                    try:
                        if not True:
                            raise TypeError()
                        additional_property_item_type_0 = data
                        if not (
                            isinstance(additional_property_item_type_0, int)
                            and not isinstance(additional_property_item_type_0, bool)
                            and -(2**63) <= additional_property_item_type_0 < 2**63
                        ):
                            raise TypeError(
                                "AdditionalProperty_item: expected a 64-bit integer, got "
                                + type(additional_property_item_type_0).__name__
                            )

                        return additional_property_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not True:
                        raise TypeError()
                    additional_property_item_type_1 = data
                    if not (isinstance(additional_property_item_type_1, str)):
                        raise TypeError(
                            "AdditionalProperty_item: expected a string, got "
                            + type(additional_property_item_type_1).__name__
                        )

                    return additional_property_item_type_1

                additional_property_item = _parse_additional_property_item(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        submission_details_recoverymap.additional_properties = additional_properties
        return submission_details_recoverymap

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[int | str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[int | str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
