from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListStageSubmissionsRequest")


@_attrs_define
class ListStageSubmissionsRequest:
    """
    Attributes:
        fmt (Literal['json'] | Unset): `json` (required for a JSON answer; without it the server renders HTML). Default:
            'json'.
        experiment (str | Unset): Experiment of the campaign (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        campaign_name (str | Unset): Campaign name (or give campaign_id).
        stage_name (str | Unset): Stage name; `*` = every stage of the campaign.
        campaign_stage_id (int | Unset): Stage id (instead of the names).
        campaign_id (int | Unset): Campaign id (instead of campaign_name).
        tmin (str | Unset): Window start `YYYY-MM-DD HH:MM:SS` (UTC); default the stage's creation.
        tmax (str | Unset): Window end `YYYY-MM-DD HH:MM:SS` (UTC); default now.
        tdays (float | Unset): Window length in days.
    """

    fmt: Literal["json"] | Unset = "json"
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    campaign_name: str | Unset = UNSET
    stage_name: str | Unset = UNSET
    campaign_stage_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    tmin: str | Unset = UNSET
    tmax: str | Unset = UNSET
    tdays: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fmt = self.fmt

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        campaign_name = self.campaign_name

        stage_name = self.stage_name

        campaign_stage_id = self.campaign_stage_id

        campaign_id = self.campaign_id

        tmin = self.tmin

        tmax = self.tmax

        tdays = self.tdays

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if stage_name is not UNSET:
            field_dict["stage_name"] = stage_name
        if campaign_stage_id is not UNSET:
            field_dict["campaign_stage_id"] = campaign_stage_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if tmin is not UNSET:
            field_dict["tmin"] = tmin
        if tmax is not UNSET:
            field_dict["tmax"] = tmax
        if tdays is not UNSET:
            field_dict["tdays"] = tdays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fmt = cast(Literal["json"] | Unset, d.pop("fmt", UNSET))
        if fmt != "json" and not isinstance(fmt, Unset):
            raise ValueError(f"fmt must match const 'json', got '{fmt}'")

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        campaign_name = d.pop("campaign_name", UNSET)
        if not (isinstance(campaign_name, str)) and campaign_name is not UNSET:
            raise TypeError("campaign_name: expected a string, got " + type(campaign_name).__name__)

        stage_name = d.pop("stage_name", UNSET)
        if not (isinstance(stage_name, str)) and stage_name is not UNSET:
            raise TypeError("stage_name: expected a string, got " + type(stage_name).__name__)

        campaign_stage_id = d.pop("campaign_stage_id", UNSET)
        if (
            not (
                isinstance(campaign_stage_id, int)
                and not isinstance(campaign_stage_id, bool)
                and -(2**63) <= campaign_stage_id < 2**63
            )
            and campaign_stage_id is not UNSET
        ):
            raise TypeError("campaign_stage_id: expected a 64-bit integer, got " + type(campaign_stage_id).__name__)

        campaign_id = d.pop("campaign_id", UNSET)
        if (
            not (isinstance(campaign_id, int) and not isinstance(campaign_id, bool) and -(2**63) <= campaign_id < 2**63)
            and campaign_id is not UNSET
        ):
            raise TypeError("campaign_id: expected a 64-bit integer, got " + type(campaign_id).__name__)

        tmin = d.pop("tmin", UNSET)
        if not (isinstance(tmin, str)) and tmin is not UNSET:
            raise TypeError("tmin: expected a string, got " + type(tmin).__name__)

        tmax = d.pop("tmax", UNSET)
        if not (isinstance(tmax, str)) and tmax is not UNSET:
            raise TypeError("tmax: expected a string, got " + type(tmax).__name__)

        tdays = d.pop("tdays", UNSET)
        if (
            not (
                isinstance(tdays, (int, float)) and not isinstance(tdays, bool) and float("-inf") < tdays < float("inf")
            )
            and tdays is not UNSET
        ):
            raise TypeError("tdays: expected a finite number, got " + type(tdays).__name__)

        list_stage_submissions_request = cls(
            fmt=fmt,
            experiment=experiment,
            role=role,
            campaign_name=campaign_name,
            stage_name=stage_name,
            campaign_stage_id=campaign_stage_id,
            campaign_id=campaign_id,
            tmin=tmin,
            tmax=tmax,
            tdays=tdays,
        )

        return list_stage_submissions_request
