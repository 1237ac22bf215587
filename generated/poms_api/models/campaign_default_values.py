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

        software_version = d.pop("software_version", UNSET)

        dataset_or_split_data = d.pop("dataset_or_split_data", UNSET)

        cs_split_type = d.pop("cs_split_type", UNSET)

        completion_type = d.pop("completion_type", UNSET)

        completion_pct = d.pop("completion_pct", UNSET)

        param_overrides = d.pop("param_overrides", UNSET)

        test_param_overrides = d.pop("test_param_overrides", UNSET)

        merge_overrides = d.pop("merge_overrides", UNSET)

        login_setup = d.pop("login_setup", UNSET)

        job_type = d.pop("job_type", UNSET)

        stage_type = d.pop("stage_type", UNSET)

        output_ancestor_depth = d.pop("output_ancestor_depth", UNSET)

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

        campaign_default_values.additional_properties = d
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
