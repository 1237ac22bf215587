from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteUploadedFilesRequest")


@_attrs_define
class DeleteUploadedFilesRequest:
    """
    Attributes:
        filename (list[str]): File names to remove (repeated field).
        action (Literal['delete'] | Unset): The delete action selector. Default: 'delete'.
        redirect (Literal['0'] | Unset): `0` = answer `Ok.` instead of a 303 to the upload page. Default: '0'.
        experiment (str | Unset): Experiment of the upload area (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    filename: list[str]
    action: Literal["delete"] | Unset = "delete"
    redirect: Literal["0"] | Unset = "0"
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        action = self.action

        redirect = self.redirect

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = []
        _filename = d.pop("filename")
        for filename_item_data in _filename:
            filename_item = filename_item_data
            if not (isinstance(filename_item, str)):
                raise TypeError("filename_item: expected a string, got " + type(filename_item).__name__)

            filename.append(filename_item)

        action = cast(Literal["delete"] | Unset, d.pop("action", UNSET))
        if action != "delete" and not isinstance(action, Unset):
            raise ValueError(f"action must match const 'delete', got '{action}'")

        redirect = cast(Literal["0"] | Unset, d.pop("redirect", UNSET))
        if redirect != "0" and not isinstance(redirect, Unset):
            raise ValueError(f"redirect must match const '0', got '{redirect}'")

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        delete_uploaded_files_request = cls(
            filename=filename,
            action=action,
            redirect=redirect,
            experiment=experiment,
            role=role,
        )

        return delete_uploaded_files_request
