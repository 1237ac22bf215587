from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PandaDatetime")


@_attrs_define
class PandaDatetime:
    """How the server encodes a datetime inside an answer (naive UTC, no time zone).

    Attributes:
        field_datetime_ (str):  Example: 2026-11-22T22:22:10.143060.
    """

    field_datetime_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_datetime_ = self.field_datetime_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "__datetime__": field_datetime_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_datetime_ = d.pop("__datetime__")
        if not (isinstance(field_datetime_, str)):
            raise TypeError("__datetime__: expected a string, got " + type(field_datetime_).__name__)

        panda_datetime = cls(
            field_datetime_=field_datetime_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        panda_datetime.additional_properties = additional_properties
        return panda_datetime

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
