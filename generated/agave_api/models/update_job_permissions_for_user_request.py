from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_value import PermissionValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJobPermissionsForUserRequest")


@_attrs_define
class UpdateJobPermissionsForUserRequest:
    """
    Attributes:
        permission (PermissionValue): Permission to grant (case-insensitive on the server). NONE or an empty string
            revokes. The server also accepts READ_PERMISSION, WRITE_PERMISSION and READ_WRITE_PERMISSION.
        username (str | Unset): Optional; if present must equal the user in the path (case-insensitive).
    """

    permission: PermissionValue
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission = self.permission.value

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission": permission,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission = PermissionValue(d.pop("permission"))

        username = d.pop("username", UNSET)
        if not (isinstance(username, str)) and username is not UNSET:
            raise TypeError("username: expected a string, got " + type(username).__name__)

        update_job_permissions_for_user_request = cls(
            permission=permission,
            username=username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_job_permissions_for_user_request.additional_properties = additional_properties
        return update_job_permissions_for_user_request

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
