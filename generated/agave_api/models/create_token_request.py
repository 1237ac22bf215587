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
        if not (isinstance(username, str)) and username is not UNSET:
            raise TypeError("username: expected a string, got " + type(username).__name__)

        password = d.pop("password", UNSET)
        if not (isinstance(password, str)) and password is not UNSET:
            raise TypeError("password: expected a string, got " + type(password).__name__)

        refresh_token = d.pop("refresh_token", UNSET)
        if not (isinstance(refresh_token, str)) and refresh_token is not UNSET:
            raise TypeError("refresh_token: expected a string, got " + type(refresh_token).__name__)

        token_username = d.pop("token_username", UNSET)
        if not (isinstance(token_username, str)) and token_username is not UNSET:
            raise TypeError("token_username: expected a string, got " + type(token_username).__name__)

        scope = d.pop("scope", UNSET)
        if not (isinstance(scope, str)) and scope is not UNSET:
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        create_token_request = cls(
            grant_type=grant_type,
            username=username,
            password=password,
            refresh_token=refresh_token,
            token_username=token_username,
            scope=scope,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_token_request.additional_properties = additional_properties
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
