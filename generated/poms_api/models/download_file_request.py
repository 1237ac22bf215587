from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadFileRequest")


@_attrs_define
class DownloadFileRequest:
    """
    Attributes:
        filename (str): Name of the file in the caller's upload area.
        experiment (str | Unset): Experiment of the upload area (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    filename: str
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")
        if not (isinstance(filename, str)):
            raise TypeError("filename: expected a string, got " + type(filename).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        download_file_request = cls(
            filename=filename,
            experiment=experiment,
            role=role,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        download_file_request.additional_properties = additional_properties
        return download_file_request

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
