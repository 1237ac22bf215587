from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStageIndexEntry")


@_attrs_define
class CampaignStageIndexEntry:
    """
    Attributes:
        campaign_stage_id (int):
        name (str):
        experiment (str):
    """

    campaign_stage_id: int
    name: str
    experiment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_stage_id = self.campaign_stage_id

        name = self.name

        experiment = self.experiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_stage_id": campaign_stage_id,
                "name": name,
                "experiment": experiment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_stage_id = d.pop("campaign_stage_id")
        if not (
            isinstance(campaign_stage_id, int)
            and not isinstance(campaign_stage_id, bool)
            and -(2**63) <= campaign_stage_id < 2**63
        ):
            raise TypeError("campaign_stage_id: expected a 64-bit integer, got " + type(campaign_stage_id).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        campaign_stage_index_entry = cls(
            campaign_stage_id=campaign_stage_id,
            name=name,
            experiment=experiment,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_stage_index_entry.additional_properties = additional_properties
        return campaign_stage_index_entry

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
