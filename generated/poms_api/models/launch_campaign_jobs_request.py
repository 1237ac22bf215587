from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchCampaignJobsRequest")


@_attrs_define
class LaunchCampaignJobsRequest:
    """
    Attributes:
        campaign_id (int): Campaign whose single leading stage is launched.
        test_launch (Literal['True'] | Unset): Presence flag: any non-empty value (even `False`) makes a test launch,
            because the server tests the string's truthiness. Send `True` for a test launch; leave it out otherwise.
        dataset_override (str | Unset): Launch on this dataset instead of the stage's (or its split's).
        experiment (str | Unset): Experiment of the campaign (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    campaign_id: int
    test_launch: Literal["True"] | Unset = UNSET
    dataset_override: str | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        test_launch = self.test_launch

        dataset_override = self.dataset_override

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if test_launch is not UNSET:
            field_dict["test_launch"] = test_launch
        if dataset_override is not UNSET:
            field_dict["dataset_override"] = dataset_override
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")
        if not (isinstance(campaign_id, int) and not isinstance(campaign_id, bool) and -(2**63) <= campaign_id < 2**63):
            raise TypeError("campaign_id: expected a 64-bit integer, got " + type(campaign_id).__name__)

        test_launch = cast(Literal["True"] | Unset, d.pop("test_launch", UNSET))
        if test_launch != "True" and not isinstance(test_launch, Unset):
            raise ValueError(f"test_launch must match const 'True', got '{test_launch}'")

        dataset_override = d.pop("dataset_override", UNSET)
        if not (isinstance(dataset_override, str)) and dataset_override is not UNSET:
            raise TypeError("dataset_override: expected a string, got " + type(dataset_override).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        launch_campaign_jobs_request = cls(
            campaign_id=campaign_id,
            test_launch=test_launch,
            dataset_override=dataset_override,
            experiment=experiment,
            role=role,
        )

        return launch_campaign_jobs_request
