from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignDefaultValues")


@_attrs_define
class CampaignDefaultValues:
    """The `[campaign_defaults]` section of the campaign's .ini, as strings.

    Attributes:
        vo_role (str | Unset):
        software_version (str | Unset):
        dataset_or_split_data (str | Unset):
        cs_split_type (str | Unset):
        completion_type (str | Unset):
        completion_pct (str | Unset):
        param_overrides (str | Unset): JSON text.
        test_param_overrides (str | Unset): JSON text.
        merge_overrides (str | Unset):
        login_setup (str | Unset):
        job_type (str | Unset):
        stage_type (str | Unset):
        output_ancestor_depth (str | Unset):
    """

    vo_role: str | Unset = UNSET
    software_version: str | Unset = UNSET
    dataset_or_split_data: str | Unset = UNSET
    cs_split_type: str | Unset = UNSET
    completion_type: str | Unset = UNSET
    completion_pct: str | Unset = UNSET
    param_overrides: str | Unset = UNSET
    test_param_overrides: str | Unset = UNSET
    merge_overrides: str | Unset = UNSET
    login_setup: str | Unset = UNSET
    job_type: str | Unset = UNSET
    stage_type: str | Unset = UNSET
    output_ancestor_depth: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vo_role = self.vo_role

        software_version = self.software_version

        dataset_or_split_data = self.dataset_or_split_data

        cs_split_type = self.cs_split_type

        completion_type = self.completion_type

        completion_pct = self.completion_pct

        param_overrides = self.param_overrides

        test_param_overrides = self.test_param_overrides

        merge_overrides = self.merge_overrides

        login_setup = self.login_setup

        job_type = self.job_type

        stage_type = self.stage_type

        output_ancestor_depth = self.output_ancestor_depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vo_role is not UNSET:
            field_dict["vo_role"] = vo_role
        if software_version is not UNSET:
            field_dict["software_version"] = software_version
        if dataset_or_split_data is not UNSET:
            field_dict["dataset_or_split_data"] = dataset_or_split_data
        if cs_split_type is not UNSET:
            field_dict["cs_split_type"] = cs_split_type
        if completion_type is not UNSET:
            field_dict["completion_type"] = completion_type
        if completion_pct is not UNSET:
            field_dict["completion_pct"] = completion_pct
        if param_overrides is not UNSET:
            field_dict["param_overrides"] = param_overrides
        if test_param_overrides is not UNSET:
            field_dict["test_param_overrides"] = test_param_overrides
        if merge_overrides is not UNSET:
            field_dict["merge_overrides"] = merge_overrides
        if login_setup is not UNSET:
            field_dict["login_setup"] = login_setup
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if stage_type is not UNSET:
            field_dict["stage_type"] = stage_type
        if output_ancestor_depth is not UNSET:
            field_dict["output_ancestor_depth"] = output_ancestor_depth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vo_role = d.pop("vo_role", UNSET)
        if not (isinstance(vo_role, str)) and vo_role is not UNSET:
            raise TypeError("vo_role: expected a string, got " + type(vo_role).__name__)

        software_version = d.pop("software_version", UNSET)
        if not (isinstance(software_version, str)) and software_version is not UNSET:
            raise TypeError("software_version: expected a string, got " + type(software_version).__name__)

        dataset_or_split_data = d.pop("dataset_or_split_data", UNSET)
        if not (isinstance(dataset_or_split_data, str)) and dataset_or_split_data is not UNSET:
            raise TypeError("dataset_or_split_data: expected a string, got " + type(dataset_or_split_data).__name__)

        cs_split_type = d.pop("cs_split_type", UNSET)
        if not (isinstance(cs_split_type, str)) and cs_split_type is not UNSET:
            raise TypeError("cs_split_type: expected a string, got " + type(cs_split_type).__name__)

        completion_type = d.pop("completion_type", UNSET)
        if not (isinstance(completion_type, str)) and completion_type is not UNSET:
            raise TypeError("completion_type: expected a string, got " + type(completion_type).__name__)

        completion_pct = d.pop("completion_pct", UNSET)
        if not (isinstance(completion_pct, str)) and completion_pct is not UNSET:
            raise TypeError("completion_pct: expected a string, got " + type(completion_pct).__name__)

        param_overrides = d.pop("param_overrides", UNSET)
        if not (isinstance(param_overrides, str)) and param_overrides is not UNSET:
            raise TypeError("param_overrides: expected a string, got " + type(param_overrides).__name__)

        test_param_overrides = d.pop("test_param_overrides", UNSET)
        if not (isinstance(test_param_overrides, str)) and test_param_overrides is not UNSET:
            raise TypeError("test_param_overrides: expected a string, got " + type(test_param_overrides).__name__)

        merge_overrides = d.pop("merge_overrides", UNSET)
        if not (isinstance(merge_overrides, str)) and merge_overrides is not UNSET:
            raise TypeError("merge_overrides: expected a string, got " + type(merge_overrides).__name__)

        login_setup = d.pop("login_setup", UNSET)
        if not (isinstance(login_setup, str)) and login_setup is not UNSET:
            raise TypeError("login_setup: expected a string, got " + type(login_setup).__name__)

        job_type = d.pop("job_type", UNSET)
        if not (isinstance(job_type, str)) and job_type is not UNSET:
            raise TypeError("job_type: expected a string, got " + type(job_type).__name__)

        stage_type = d.pop("stage_type", UNSET)
        if not (isinstance(stage_type, str)) and stage_type is not UNSET:
            raise TypeError("stage_type: expected a string, got " + type(stage_type).__name__)

        output_ancestor_depth = d.pop("output_ancestor_depth", UNSET)
        if not (isinstance(output_ancestor_depth, str)) and output_ancestor_depth is not UNSET:
            raise TypeError("output_ancestor_depth: expected a string, got " + type(output_ancestor_depth).__name__)

        campaign_default_values = cls(
            vo_role=vo_role,
            software_version=software_version,
            dataset_or_split_data=dataset_or_split_data,
            cs_split_type=cs_split_type,
            completion_type=completion_type,
            completion_pct=completion_pct,
            param_overrides=param_overrides,
            test_param_overrides=test_param_overrides,
            merge_overrides=merge_overrides,
            login_setup=login_setup,
            job_type=job_type,
            stage_type=stage_type,
            output_ancestor_depth=output_ancestor_depth,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_default_values.additional_properties = additional_properties
        return campaign_default_values

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
