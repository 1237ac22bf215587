from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_token_request_grant_type import CreateTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTokenRequest")


@_attrs_define
class CreateTokenRequest:
    """
    Attributes:
        grant_type (CreateTokenRequestGrantType): password (username+password), refresh_token (refresh_token),
            admin_password (+token_username).
        username (str | Unset): password / admin_password grants.
        password (str | Unset): password / admin_password grants.
        refresh_token (str | Unset): refresh_token grant.
        token_username (str | Unset): admin_password grant only; the user to issue the token for.
        scope (str | Unset): agavepy always sends PRODUCTION. Default: 'PRODUCTION'.
    """

    grant_type: CreateTokenRequestGrantType
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    token_username: str | Unset = UNSET
    scope: str | Unset = "PRODUCTION"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        token_username = self.token_username

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token_username is not UNSET:
            field_dict["token_username"] = token_username
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = CreateTokenRequestGrantType(d.pop("grant_type"))

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        token_username = d.pop("token_username", UNSET)

        scope = d.pop("scope", UNSET)

        create_token_request = cls(
            grant_type=grant_type,
            username=username,
            password=password,
            refresh_token=refresh_token,
            token_username=token_username,
            scope=scope,
        )

        create_token_request.additional_properties = d
        return create_token_request

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
