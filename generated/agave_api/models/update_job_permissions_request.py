from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_value import PermissionValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJobPermissionsRequest")


@_attrs_define
class UpdateJobPermissionsRequest:
    """
    Attributes:
        username (str): User to grant the permission to (must exist in the tenant).
        permission (PermissionValue): Permission to grant (case-insensitive on the server). NONE or an empty string
            revokes. The server also accepts READ_PERMISSION, WRITE_PERMISSION and READ_WRITE_PERMISSION.
    """

    username: str
    permission: PermissionValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        permission = self.permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "permission": permission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not (isinstance(username, str)):
            raise TypeError("username: expected a string, got " + type(username).__name__)

        permission = PermissionValue(d.pop("permission"))

        update_job_permissions_request = cls(
            username=username,
            permission=permission,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_job_permissions_request.additional_properties = additional_properties
        return update_job_permissions_request

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
