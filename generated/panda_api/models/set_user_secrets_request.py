from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetUserSecretsRequest")


@_attrs_define
class SetUserSecretsRequest:
    """
    Attributes:
        key (None | str | Unset): The secret name. Null or absent deletes **all** the caller's secrets.
        value (None | str | Unset): The secret value. Null or absent deletes the key.
    """

    key: None | str | Unset = UNSET
    value: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                key_type_0 = data
                if not (isinstance(key_type_0, str)):
                    raise TypeError("key: expected a string, got " + type(key_type_0).__name__)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            key_type_1 = data
            if not (key_type_1 is None):
                raise TypeError("key: expected the documented type, got " + type(key_type_1).__name__)

            return key_type_1

        key = _parse_key(d.pop("key", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                value_type_0 = data
                if not (isinstance(value_type_0, str)):
                    raise TypeError("value: expected a string, got " + type(value_type_0).__name__)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            value_type_1 = data
            if not (value_type_1 is None):
                raise TypeError("value: expected the documented type, got " + type(value_type_1).__name__)

            return value_type_1

        value = _parse_value(d.pop("value", UNSET))

        set_user_secrets_request = cls(
            key=key,
            value=value,
        )

        return set_user_secrets_request
