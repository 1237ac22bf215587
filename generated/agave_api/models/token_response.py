from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """
    Attributes:
        access_token (str):
        expires_in (int | Unset): Lifetime in seconds (typically 14400).
        refresh_token (str | Unset): A new refresh token (replaces the one used).
        token_type (str | Unset): `bearer`.
        scope (str | Unset): Granted scope (usually `default`).
    """

    access_token: str
    expires_in: int | Unset = UNSET
    refresh_token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        token_type = self.token_type

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if not (isinstance(access_token, str)):
            raise TypeError("access_token: expected a string, got " + type(access_token).__name__)

        expires_in = d.pop("expires_in", UNSET)
        if (
            not (isinstance(expires_in, int) and not isinstance(expires_in, bool) and -(2**63) <= expires_in < 2**63)
            and expires_in is not UNSET
        ):
            raise TypeError("expires_in: expected a 64-bit integer, got " + type(expires_in).__name__)

        refresh_token = d.pop("refresh_token", UNSET)
        if not (isinstance(refresh_token, str)) and refresh_token is not UNSET:
            raise TypeError("refresh_token: expected a string, got " + type(refresh_token).__name__)

        token_type = d.pop("token_type", UNSET)
        if not (isinstance(token_type, str)) and token_type is not UNSET:
            raise TypeError("token_type: expected a string, got " + type(token_type).__name__)

        scope = d.pop("scope", UNSET)
        if not (isinstance(scope, str)) and scope is not UNSET:
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            token_type=token_type,
            scope=scope,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_response.additional_properties = additional_properties
        return token_response

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
