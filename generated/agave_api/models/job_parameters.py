from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobParameters")


@_attrs_define
class JobParameters:
    """Parameter values keyed by the app's parameter ids (string, number, boolean, or a list of them)."""

    additional_properties: dict[str, bool | float | list[bool | float | str] | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_3_item_data in prop:
                    additional_property_type_3_item: bool | float | str
                    additional_property_type_3_item = additional_property_type_3_item_data
                    field_dict[prop_name].append(additional_property_type_3_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | float | list[bool | float | str] | str:
                try:
                    if not True:
                        raise TypeError()
                    additional_property_type_0 = data
                    if not (isinstance(additional_property_type_0, str)):
                        raise TypeError(
                            "AdditionalProperty: expected a string, got " + type(additional_property_type_0).__name__
                        )

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not True:
                        raise TypeError()
                    additional_property_type_1 = data
                    if not (
                        isinstance(additional_property_type_1, (int, float))
                        and not isinstance(additional_property_type_1, bool)
                        and float("-inf") < additional_property_type_1 < float("inf")
                    ):
                        raise TypeError(
                            "AdditionalProperty: expected a finite number, got "
                            + type(additional_property_type_1).__name__
                        )

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not True:
                        raise TypeError()
                    additional_property_type_2 = data
                    if not (isinstance(additional_property_type_2, bool)):
                        raise TypeError(
                            "AdditionalProperty: expected true or false, got "
                            + type(additional_property_type_2).__name__
                        )

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                additional_property_type_3 = []
                _additional_property_type_3 = data
                for additional_property_type_3_item_data in _additional_property_type_3:

                    def _parse_additional_property_type_3_item(data: object) -> bool | float | str:
                        try:
                            if not True:
                                raise TypeError()
                            additional_property_type_3_item_type_0 = data
                            if not (isinstance(additional_property_type_3_item_type_0, str)):
                                raise TypeError(
                                    "AdditionalProperty_type_3_item: expected a string, got "
                                    + type(additional_property_type_3_item_type_0).__name__
                                )

                            return additional_property_type_3_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not True:
                                raise TypeError()
                            additional_property_type_3_item_type_1 = data
                            if not (
                                isinstance(additional_property_type_3_item_type_1, (int, float))
                                and not isinstance(additional_property_type_3_item_type_1, bool)
                                and float("-inf") < additional_property_type_3_item_type_1 < float("inf")
                            ):
                                raise TypeError(
                                    "AdditionalProperty_type_3_item: expected a finite number, got "
                                    + type(additional_property_type_3_item_type_1).__name__
                                )

                            return additional_property_type_3_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not True:
                            raise TypeError()
                        additional_property_type_3_item_type_2 = data
                        if not (isinstance(additional_property_type_3_item_type_2, bool)):
                            raise TypeError(
                                "AdditionalProperty_type_3_item: expected true or false, got "
                                + type(additional_property_type_3_item_type_2).__name__
                            )

                        return additional_property_type_3_item_type_2

                    additional_property_type_3_item = _parse_additional_property_type_3_item(
                        additional_property_type_3_item_data
                    )

                    additional_property_type_3.append(additional_property_type_3_item)

                return additional_property_type_3

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        job_parameters.additional_properties = additional_properties
        return job_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | list[bool | float | str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | list[bool | float | str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
