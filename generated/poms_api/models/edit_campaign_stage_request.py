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

        pcl_call = d.pop("pcl_call", UNSET)

        pc_username = d.pop("pc_username", UNSET)

        experiment = d.pop("experiment", UNSET)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        ae_campaign_id = d.pop("ae_campaign_id", UNSET)

        ae_vo_role = d.pop("ae_vo_role", UNSET)

        ae_dataset = d.pop("ae_dataset", UNSET)

        ae_split_type = d.pop("ae_split_type", UNSET)

        ae_software_version = d.pop("ae_software_version", UNSET)

        ae_completion_type = d.pop("ae_completion_type", UNSET)

        ae_completion_pct = d.pop("ae_completion_pct", UNSET)

        ae_param_overrides = d.pop("ae_param_overrides", UNSET)

        ae_test_param_overrides = d.pop("ae_test_param_overrides", UNSET)

        ae_depends = d.pop("ae_depends", UNSET)

        ae_launch_name = d.pop("ae_launch_name", UNSET)

        ae_campaign_definition = d.pop("ae_campaign_definition", UNSET)

        _ae_cronjob = d.pop("ae_cronjob", UNSET)
        ae_cronjob: PyBool | Unset
        if isinstance(_ae_cronjob, Unset):
            ae_cronjob = UNSET
        else:
            ae_cronjob = PyBool(_ae_cronjob)

        ae_campaign_type = d.pop("ae_campaign_type", UNSET)

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

        edit_campaign_stage_request.additional_properties = d
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
