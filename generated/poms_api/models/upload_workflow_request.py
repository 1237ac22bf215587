from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.py_bool import PyBool
from ..models.role import Role
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UploadWorkflowRequest")


@_attrs_define
class UploadWorkflowRequest:
    """Multipart form of `ini_to_campaign`. Extra fields are passed on and echoed.

    Attributes:
        upload (File): The campaign .ini file (part name `upload`, with a file name).
        pcl_call (int | Unset): Client-call marker (echoed; not otherwise used). Default: 1.
        replace (PyBool | Unset): A boolean spelled the Python way, as the server compares it.
        experiment (str | Unset): Experiment to create the campaign in (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    upload: File
    pcl_call: int | Unset = 1
    replace: PyBool | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload = self.upload.to_tuple()

        pcl_call = self.pcl_call

        replace: str | Unset = UNSET
        if not isinstance(self.replace, Unset):
            replace = self.replace.value

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload": upload,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if replace is not UNSET:
            field_dict["replace"] = replace
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("upload", self.upload.to_tuple()))

        if not isinstance(self.pcl_call, Unset):
            files.append(("pcl_call", (None, str(self.pcl_call).encode(), "text/plain")))

        if not isinstance(self.replace, Unset):
            files.append(("replace", (None, str(self.replace.value).encode(), "text/plain")))

        if not isinstance(self.experiment, Unset):
            files.append(("experiment", (None, str(self.experiment).encode(), "text/plain")))

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(self.role.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload = File(payload=BytesIO(d.pop("upload")))

        pcl_call = d.pop("pcl_call", UNSET)
        if (
            not (isinstance(pcl_call, int) and not isinstance(pcl_call, bool) and -(2**63) <= pcl_call < 2**63)
            and pcl_call is not UNSET
        ):
            raise TypeError("pcl_call: expected a 64-bit integer, got " + type(pcl_call).__name__)

        _replace = d.pop("replace", UNSET)
        replace: PyBool | Unset
        if isinstance(_replace, Unset):
            replace = UNSET
        else:
            replace = PyBool(_replace)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        upload_workflow_request = cls(
            upload=upload,
            pcl_call=pcl_call,
            replace=replace,
            experiment=experiment,
            role=role,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        upload_workflow_request.additional_properties = additional_properties
        return upload_workflow_request

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
