from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_action import EditAction
from ..models.py_bool import PyBool
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditCampaignStageRequest")


@_attrs_define
class EditCampaignStageRequest:
    """Form of the campaign-stage editor, client variant (`pcl_call=1`).

    Attributes:
        action (EditAction): What the editor method does with the named item.
        ae_stage_name (str): Stage name.
        pcl_call (int | Unset): 1 = client variant (login setup and job type by name). Default: 1.
        pc_username (str | Unset): Caller's username (informational).
        experiment (str | Unset): Experiment of the stage (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        ae_campaign_id (int | Unset): Campaign of the stage; the legacy client wrongly sends it as `ae_campaign_name`,
            which is ignored.
        ae_vo_role (str | Unset): VO role for the jobs (`Analysis` or `Production`); required for add/edit.
        ae_dataset (str | Unset): Dataset or split data; required for add/edit.
        ae_split_type (str | Unset): Split type, e.g. `None`, `drainingn(10)`.
        ae_software_version (str | Unset): Software version; required for add/edit.
        ae_completion_type (str | Unset): `located` or `complete`; required for add/edit.
        ae_completion_pct (int | Unset): Completion percentage; required for add/edit (empty = 95 on add).
        ae_param_overrides (str | Unset): JSON text of `[key, value]` pairs (default `[]`).
        ae_test_param_overrides (str | Unset): JSON text of `[key, value]` pairs for test launches (default `[]`).
        ae_depends (str | Unset): JSON text `{"campaign_stages": [...], "file_patterns": [...]}` (default none).
        ae_launch_name (str | Unset): Login setup name; required for add/edit.
        ae_campaign_definition (str | Unset): Job type name; required for add/edit.
        ae_cronjob (PyBool | Unset): A boolean spelled the Python way, as the server compares it.
        ae_campaign_type (str | Unset): Stage type stored in `campaign_stage_type` (server default `test`). Default:
            'test'.
    """

    action: EditAction
    ae_stage_name: str
    pcl_call: int | Unset = 1
    pc_username: str | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    ae_campaign_id: int | Unset = UNSET
    ae_vo_role: str | Unset = UNSET
    ae_dataset: str | Unset = UNSET
    ae_split_type: str | Unset = UNSET
    ae_software_version: str | Unset = UNSET
    ae_completion_type: str | Unset = UNSET
    ae_completion_pct: int | Unset = UNSET
    ae_param_overrides: str | Unset = UNSET
    ae_test_param_overrides: str | Unset = UNSET
    ae_depends: str | Unset = UNSET
    ae_launch_name: str | Unset = UNSET
    ae_campaign_definition: str | Unset = UNSET
    ae_cronjob: PyBool | Unset = UNSET
    ae_campaign_type: str | Unset = "test"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ae_stage_name = self.ae_stage_name

        pcl_call = self.pcl_call

        pc_username = self.pc_username

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        ae_campaign_id = self.ae_campaign_id

        ae_vo_role = self.ae_vo_role

        ae_dataset = self.ae_dataset

        ae_split_type = self.ae_split_type

        ae_software_version = self.ae_software_version

        ae_completion_type = self.ae_completion_type

        ae_completion_pct = self.ae_completion_pct

        ae_param_overrides = self.ae_param_overrides

        ae_test_param_overrides = self.ae_test_param_overrides

        ae_depends = self.ae_depends

        ae_launch_name = self.ae_launch_name

        ae_campaign_definition = self.ae_campaign_definition

        ae_cronjob: str | Unset = UNSET
        if not isinstance(self.ae_cronjob, Unset):
            ae_cronjob = self.ae_cronjob.value

        ae_campaign_type = self.ae_campaign_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ae_stage_name": ae_stage_name,
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
        if ae_campaign_id is not UNSET:
            field_dict["ae_campaign_id"] = ae_campaign_id
        if ae_vo_role is not UNSET:
            field_dict["ae_vo_role"] = ae_vo_role
        if ae_dataset is not UNSET:
            field_dict["ae_dataset"] = ae_dataset
        if ae_split_type is not UNSET:
            field_dict["ae_split_type"] = ae_split_type
        if ae_software_version is not UNSET:
            field_dict["ae_software_version"] = ae_software_version
        if ae_completion_type is not UNSET:
            field_dict["ae_completion_type"] = ae_completion_type
        if ae_completion_pct is not UNSET:
            field_dict["ae_completion_pct"] = ae_completion_pct
        if ae_param_overrides is not UNSET:
            field_dict["ae_param_overrides"] = ae_param_overrides
        if ae_test_param_overrides is not UNSET:
            field_dict["ae_test_param_overrides"] = ae_test_param_overrides
        if ae_depends is not UNSET:
            field_dict["ae_depends"] = ae_depends
        if ae_launch_name is not UNSET:
            field_dict["ae_launch_name"] = ae_launch_name
        if ae_campaign_definition is not UNSET:
            field_dict["ae_campaign_definition"] = ae_campaign_definition
        if ae_cronjob is not UNSET:
            field_dict["ae_cronjob"] = ae_cronjob
        if ae_campaign_type is not UNSET:
            field_dict["ae_campaign_type"] = ae_campaign_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = EditAction(d.pop("action"))

        ae_stage_name = d.pop("ae_stage_name")
        if not (isinstance(ae_stage_name, str)):
            raise TypeError("ae_stage_name: expected a string, got " + type(ae_stage_name).__name__)

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

        ae_campaign_id = d.pop("ae_campaign_id", UNSET)
        if (
            not (
                isinstance(ae_campaign_id, int)
                and not isinstance(ae_campaign_id, bool)
                and -(2**63) <= ae_campaign_id < 2**63
            )
            and ae_campaign_id is not UNSET
        ):
            raise TypeError("ae_campaign_id: expected a 64-bit integer, got " + type(ae_campaign_id).__name__)

        ae_vo_role = d.pop("ae_vo_role", UNSET)
        if not (isinstance(ae_vo_role, str)) and ae_vo_role is not UNSET:
            raise TypeError("ae_vo_role: expected a string, got " + type(ae_vo_role).__name__)

        ae_dataset = d.pop("ae_dataset", UNSET)
        if not (isinstance(ae_dataset, str)) and ae_dataset is not UNSET:
            raise TypeError("ae_dataset: expected a string, got " + type(ae_dataset).__name__)

        ae_split_type = d.pop("ae_split_type", UNSET)
        if not (isinstance(ae_split_type, str)) and ae_split_type is not UNSET:
            raise TypeError("ae_split_type: expected a string, got " + type(ae_split_type).__name__)

        ae_software_version = d.pop("ae_software_version", UNSET)
        if not (isinstance(ae_software_version, str)) and ae_software_version is not UNSET:
            raise TypeError("ae_software_version: expected a string, got " + type(ae_software_version).__name__)

        ae_completion_type = d.pop("ae_completion_type", UNSET)
        if not (isinstance(ae_completion_type, str)) and ae_completion_type is not UNSET:
            raise TypeError("ae_completion_type: expected a string, got " + type(ae_completion_type).__name__)

        ae_completion_pct = d.pop("ae_completion_pct", UNSET)
        if (
            not (
                isinstance(ae_completion_pct, int)
                and not isinstance(ae_completion_pct, bool)
                and -(2**63) <= ae_completion_pct < 2**63
            )
            and ae_completion_pct is not UNSET
        ):
            raise TypeError("ae_completion_pct: expected a 64-bit integer, got " + type(ae_completion_pct).__name__)

        ae_param_overrides = d.pop("ae_param_overrides", UNSET)
        if not (isinstance(ae_param_overrides, str)) and ae_param_overrides is not UNSET:
            raise TypeError("ae_param_overrides: expected a string, got " + type(ae_param_overrides).__name__)

        ae_test_param_overrides = d.pop("ae_test_param_overrides", UNSET)
        if not (isinstance(ae_test_param_overrides, str)) and ae_test_param_overrides is not UNSET:
            raise TypeError("ae_test_param_overrides: expected a string, got " + type(ae_test_param_overrides).__name__)

        ae_depends = d.pop("ae_depends", UNSET)
        if not (isinstance(ae_depends, str)) and ae_depends is not UNSET:
            raise TypeError("ae_depends: expected a string, got " + type(ae_depends).__name__)

        ae_launch_name = d.pop("ae_launch_name", UNSET)
        if not (isinstance(ae_launch_name, str)) and ae_launch_name is not UNSET:
            raise TypeError("ae_launch_name: expected a string, got " + type(ae_launch_name).__name__)

        ae_campaign_definition = d.pop("ae_campaign_definition", UNSET)
        if not (isinstance(ae_campaign_definition, str)) and ae_campaign_definition is not UNSET:
            raise TypeError("ae_campaign_definition: expected a string, got " + type(ae_campaign_definition).__name__)

        _ae_cronjob = d.pop("ae_cronjob", UNSET)
        ae_cronjob: PyBool | Unset
        if isinstance(_ae_cronjob, Unset):
            ae_cronjob = UNSET
        else:
            ae_cronjob = PyBool(_ae_cronjob)

        ae_campaign_type = d.pop("ae_campaign_type", UNSET)
        if not (isinstance(ae_campaign_type, str)) and ae_campaign_type is not UNSET:
            raise TypeError("ae_campaign_type: expected a string, got " + type(ae_campaign_type).__name__)

        edit_campaign_stage_request = cls(
            action=action,
            ae_stage_name=ae_stage_name,
            pcl_call=pcl_call,
            pc_username=pc_username,
            experiment=experiment,
            role=role,
            ae_campaign_id=ae_campaign_id,
            ae_vo_role=ae_vo_role,
            ae_dataset=ae_dataset,
            ae_split_type=ae_split_type,
            ae_software_version=ae_software_version,
            ae_completion_type=ae_completion_type,
            ae_completion_pct=ae_completion_pct,
            ae_param_overrides=ae_param_overrides,
            ae_test_param_overrides=ae_test_param_overrides,
            ae_depends=ae_depends,
            ae_launch_name=ae_launch_name,
            ae_campaign_definition=ae_campaign_definition,
            ae_cronjob=ae_cronjob,
            ae_campaign_type=ae_campaign_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        edit_campaign_stage_request.additional_properties = additional_properties
        return edit_campaign_stage_request

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
