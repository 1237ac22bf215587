from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCampaignStageRequest")


@_attrs_define
class UpdateCampaignStageRequest:
    """Identifies the stage; every additional field named like a settable stage column (see the operation) is written,
    other fields are ignored.

        Attributes:
            campaign_stage (list[str]): Repeated field: one value = the stage id; two values = campaign name, then stage
                name.
            pcl_call (int | Unset): Client-call marker (ignored by this method). Default: 1.
            experiment (str | Unset): Experiment of the stage (send together with role).
            role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
                (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    campaign_stage: list[str]
    pcl_call: int | Unset = 1
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_stage = self.campaign_stage

        pcl_call = self.pcl_call

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_stage": campaign_stage,
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
        campaign_stage = []
        _campaign_stage = d.pop("campaign_stage")
        for campaign_stage_item_data in _campaign_stage:
            campaign_stage_item = campaign_stage_item_data
            if not (isinstance(campaign_stage_item, str)):
                raise TypeError("campaign_stage_item: expected a string, got " + type(campaign_stage_item).__name__)

            campaign_stage.append(campaign_stage_item)

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

        update_campaign_stage_request = cls(
            campaign_stage=campaign_stage,
            pcl_call=pcl_call,
            experiment=experiment,
            role=role,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not (isinstance(additional_property, str)):
                raise TypeError("AdditionalProperty: expected a string, got " + type(additional_property).__name__)

            additional_properties[prop_name] = additional_property

        update_campaign_stage_request.additional_properties = additional_properties
        return update_campaign_stage_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
