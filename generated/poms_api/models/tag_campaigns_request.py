from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagCampaignsRequest")


@_attrs_define
class TagCampaignsRequest:
    """
    Attributes:
        campaign_id (str): Comma-separated campaign ids, e.g. `890, 891`.
        tag_name (str): Tag to link (created in the experiment if new).
        experiment (str | Unset): Experiment of the tag (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    campaign_id: str
    tag_name: str
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        tag_name = self.tag_name

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "tag_name": tag_name,
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
        campaign_id = d.pop("campaign_id")
        if not (isinstance(campaign_id, str)):
            raise TypeError("campaign_id: expected a string, got " + type(campaign_id).__name__)

        tag_name = d.pop("tag_name")
        if not (isinstance(tag_name, str)):
            raise TypeError("tag_name: expected a string, got " + type(tag_name).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        tag_campaigns_request = cls(
            campaign_id=campaign_id,
            tag_name=tag_name,
            experiment=experiment,
            role=role,
        )

        return tag_campaigns_request
