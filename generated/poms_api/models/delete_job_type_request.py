from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteJobTypeRequest")


@_attrs_define
class DeleteJobTypeRequest:
    """Extra fields are accepted and echoed.

    Attributes:
        ae_definition_name (str): Name of the caller's job type to delete.
        pcl_call (int | Unset): 1 = look the job type up by name (without it the server wants `job_type_id`). Default:
            1.
        experiment (str | Unset): Experiment of the job type (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    ae_definition_name: str
    pcl_call: int | Unset = 1
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ae_definition_name = self.ae_definition_name

        pcl_call = self.pcl_call

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ae_definition_name": ae_definition_name,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ae_definition_name = d.pop("ae_definition_name")
        if not (isinstance(ae_definition_name, str)):
            raise TypeError("ae_definition_name: expected a string, got " + type(ae_definition_name).__name__)

        pcl_call = d.pop("pcl_call", UNSET)
        if (
            not (isinstance(pcl_call, int) and not isinstance(pcl_call, bool) and -(2**63) <= pcl_call < 2**63)
            and pcl_call is not UNSET
        ):
            raise TypeError("pcl_call: expected a 64-bit integer, got " + type(pcl_call).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        delete_job_type_request = cls(
            ae_definition_name=ae_definition_name,
            pcl_call=pcl_call,
            experiment=experiment,
            role=role,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_job_type_request.additional_properties = additional_properties
        return delete_job_type_request

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
