from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_action import EditAction
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditJobTypeRequest")


@_attrs_define
class EditJobTypeRequest:
    """Form of the job-type editor, client variant (`pcl_call=1`).

    Attributes:
        action (EditAction): What the editor method does with the named item.
        ae_definition_name (str): Job type name.
        pcl_call (int | Unset): 1 = client variant (job type by name). Default: 1.
        pc_username (str | Unset): Caller's username (informational).
        experiment (str | Unset): Experiment of the job type (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        ae_output_file_patterns (str | Unset): SQL-like output file patterns (empty = `%`); required for add/edit.
        ae_launch_script (str | Unset): Launch command; required and non-empty for add/edit.
        ae_definition_parameters (str | Unset): JSON text of `[key, value]` pairs, or `null`; required for add/edit.
        ae_definition_recovery (str | Unset): JSON text of recoveries (default `[]`).
        ae_input_files_per_job (int | Unset): Input files per job (default 0).
        ae_output_files_per_job (int | Unset): Output files per job (default 0).
        ae_active (str | Unset): Any value = active; absent = inactive.
    """

    action: EditAction
    ae_definition_name: str
    pcl_call: int | Unset = 1
    pc_username: str | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    ae_output_file_patterns: str | Unset = UNSET
    ae_launch_script: str | Unset = UNSET
    ae_definition_parameters: str | Unset = UNSET
    ae_definition_recovery: str | Unset = UNSET
    ae_input_files_per_job: int | Unset = UNSET
    ae_output_files_per_job: int | Unset = UNSET
    ae_active: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ae_definition_name = self.ae_definition_name

        pcl_call = self.pcl_call

        pc_username = self.pc_username

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        ae_output_file_patterns = self.ae_output_file_patterns

        ae_launch_script = self.ae_launch_script

        ae_definition_parameters = self.ae_definition_parameters

        ae_definition_recovery = self.ae_definition_recovery

        ae_input_files_per_job = self.ae_input_files_per_job

        ae_output_files_per_job = self.ae_output_files_per_job

        ae_active = self.ae_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ae_definition_name": ae_definition_name,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if pc_username is not UNSET:
            field_dict["pc_username"] = pc_username
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if ae_output_file_patterns is not UNSET:
            field_dict["ae_output_file_patterns"] = ae_output_file_patterns
        if ae_launch_script is not UNSET:
            field_dict["ae_launch_script"] = ae_launch_script
        if ae_definition_parameters is not UNSET:
            field_dict["ae_definition_parameters"] = ae_definition_parameters
        if ae_definition_recovery is not UNSET:
            field_dict["ae_definition_recovery"] = ae_definition_recovery
        if ae_input_files_per_job is not UNSET:
            field_dict["ae_input_files_per_job"] = ae_input_files_per_job
        if ae_output_files_per_job is not UNSET:
            field_dict["ae_output_files_per_job"] = ae_output_files_per_job
        if ae_active is not UNSET:
            field_dict["ae_active"] = ae_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = EditAction(d.pop("action"))

        ae_definition_name = d.pop("ae_definition_name")
        if not (isinstance(ae_definition_name, str)):
            raise TypeError("ae_definition_name: expected a string, got " + type(ae_definition_name).__name__)

        pcl_call = d.pop("pcl_call", UNSET)
        if (
            not (isinstance(pcl_call, int) and not isinstance(pcl_call, bool) and -(2**63) <= pcl_call < 2**63)
            and pcl_call is not UNSET
        ):
            raise TypeError("pcl_call: expected a 64-bit integer, got " + type(pcl_call).__name__)

        pc_username = d.pop("pc_username", UNSET)
        if not (isinstance(pc_username, str)) and pc_username is not UNSET:
            raise TypeError("pc_username: expected a string, got " + type(pc_username).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        ae_output_file_patterns = d.pop("ae_output_file_patterns", UNSET)
        if not (isinstance(ae_output_file_patterns, str)) and ae_output_file_patterns is not UNSET:
            raise TypeError("ae_output_file_patterns: expected a string, got " + type(ae_output_file_patterns).__name__)

        ae_launch_script = d.pop("ae_launch_script", UNSET)
        if not (isinstance(ae_launch_script, str)) and ae_launch_script is not UNSET:
            raise TypeError("ae_launch_script: expected a string, got " + type(ae_launch_script).__name__)

        ae_definition_parameters = d.pop("ae_definition_parameters", UNSET)
        if not (isinstance(ae_definition_parameters, str)) and ae_definition_parameters is not UNSET:
            raise TypeError(
                "ae_definition_parameters: expected a string, got " + type(ae_definition_parameters).__name__
            )

        ae_definition_recovery = d.pop("ae_definition_recovery", UNSET)
        if not (isinstance(ae_definition_recovery, str)) and ae_definition_recovery is not UNSET:
            raise TypeError("ae_definition_recovery: expected a string, got " + type(ae_definition_recovery).__name__)

        ae_input_files_per_job = d.pop("ae_input_files_per_job", UNSET)
        if (
            not (
                isinstance(ae_input_files_per_job, int)
                and not isinstance(ae_input_files_per_job, bool)
                and -(2**63) <= ae_input_files_per_job < 2**63
            )
            and ae_input_files_per_job is not UNSET
        ):
            raise TypeError(
                "ae_input_files_per_job: expected a 64-bit integer, got " + type(ae_input_files_per_job).__name__
            )

        ae_output_files_per_job = d.pop("ae_output_files_per_job", UNSET)
        if (
            not (
                isinstance(ae_output_files_per_job, int)
                and not isinstance(ae_output_files_per_job, bool)
                and -(2**63) <= ae_output_files_per_job < 2**63
            )
            and ae_output_files_per_job is not UNSET
        ):
            raise TypeError(
                "ae_output_files_per_job: expected a 64-bit integer, got " + type(ae_output_files_per_job).__name__
            )

        ae_active = d.pop("ae_active", UNSET)
        if not (isinstance(ae_active, str)) and ae_active is not UNSET:
            raise TypeError("ae_active: expected a string, got " + type(ae_active).__name__)

        edit_job_type_request = cls(
            action=action,
            ae_definition_name=ae_definition_name,
            pcl_call=pcl_call,
            pc_username=pc_username,
            experiment=experiment,
            role=role,
            ae_output_file_patterns=ae_output_file_patterns,
            ae_launch_script=ae_launch_script,
            ae_definition_parameters=ae_definition_parameters,
            ae_definition_recovery=ae_definition_recovery,
            ae_input_files_per_job=ae_input_files_per_job,
            ae_output_files_per_job=ae_output_files_per_job,
            ae_active=ae_active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        edit_job_type_request.additional_properties = additional_properties
        return edit_job_type_request

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
