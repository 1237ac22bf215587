from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Credentials")


@_attrs_define
class Credentials:
    """Storage-backend credentials (not HTTP credentials), encrypted and stored with the request for the daemons.
    `elastictape` requires none: send `{}`. `objectstore` requires `access_key` and `secret_key`. Extra keys are
    tolerated. Values must be strings. Never send `null` instead of an object.

        Attributes:
            access_key (str | Unset): Object-store access key (required for `objectstore`).
            secret_key (str | Unset): Object-store secret key (required for `objectstore`).
    """

    access_key: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key = d.pop("access_key", UNSET)
        if not (isinstance(access_key, str)) and access_key is not UNSET:
            raise TypeError("access_key: expected a string, got " + type(access_key).__name__)

        secret_key = d.pop("secret_key", UNSET)
        if not (isinstance(secret_key, str)) and secret_key is not UNSET:
            raise TypeError("secret_key: expected a string, got " + type(secret_key).__name__)

        credentials = cls(
            access_key=access_key,
            secret_key=secret_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not (isinstance(additional_property, str)):
                raise TypeError("AdditionalProperty: expected a string, got " + type(additional_property).__name__)

            additional_properties[prop_name] = additional_property

        credentials.additional_properties = additional_properties
        return credentials

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
