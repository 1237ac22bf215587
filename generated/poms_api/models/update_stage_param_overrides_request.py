from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStageParamOverridesRequest")


@_attrs_define
class UpdateStageParamOverridesRequest:
    """
    Attributes:
        campaign_stage (list[str]): Repeated field: one value = the stage id; two values = campaign name, then stage
            name.
        experiment (str | Unset): Experiment of the stage (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        param_overrides (str | Unset): Python-literal list of `[key, value]` pairs to merge, e.g. `[['--stage ',
            'a2']]`; an empty value deletes the key.
        test_param_overrides (str | Unset): Same for the test overrides.
    """

    campaign_stage: list[str]
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    param_overrides: str | Unset = UNSET
    test_param_overrides: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_stage = self.campaign_stage

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        param_overrides = self.param_overrides

        test_param_overrides = self.test_param_overrides

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_stage": campaign_stage,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if param_overrides is not UNSET:
            field_dict["param_overrides"] = param_overrides
        if test_param_overrides is not UNSET:
            field_dict["test_param_overrides"] = test_param_overrides

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

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        param_overrides = d.pop("param_overrides", UNSET)
        if not (isinstance(param_overrides, str)) and param_overrides is not UNSET:
            raise TypeError("param_overrides: expected a string, got " + type(param_overrides).__name__)

        test_param_overrides = d.pop("test_param_overrides", UNSET)
        if not (isinstance(test_param_overrides, str)) and test_param_overrides is not UNSET:
            raise TypeError("test_param_overrides: expected a string, got " + type(test_param_overrides).__name__)

        update_stage_param_overrides_request = cls(
            campaign_stage=campaign_stage,
            experiment=experiment,
            role=role,
            param_overrides=param_overrides,
            test_param_overrides=test_param_overrides,
        )

        return update_stage_param_overrides_request
