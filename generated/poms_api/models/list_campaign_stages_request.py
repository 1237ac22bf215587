from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCampaignStagesRequest")


@_attrs_define
class ListCampaignStagesRequest:
    """Form of `show_campaign_stages`. Extra fields are accepted and echoed.

    Attributes:
        fmt (Literal['json'] | Unset): `json` (required for a JSON answer; without it the server renders HTML). Default:
            'json'.
        experiment (str | Unset): Experiment to list (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        campaign_name (str | Unset): Only the stages of this campaign.
        campaign_ids (str | Unset): Comma-separated campaign **stage** ids to restrict to.
        tmin (str | Unset): Window start, `YYYY-MM-DD HH:MM:SS` (UTC).
        tmax (str | Unset): Window end, `YYYY-MM-DD HH:MM:SS` (UTC); default now.
        tdays (float | Unset): Window length in days. Default: 1.0.
        update_view (str | Unset): Presence (any value) makes the `view_*` fields count.
        view_active (str | Unset): Non-empty = stages of active campaigns (with update_view).
        view_inactive (str | Unset): Non-empty = stages of inactive campaigns (with update_view).
        view_mine (str | Unset): Non-empty = the caller's stages (with update_view).
        view_others (str | Unset): Non-empty = other users' stages (with update_view).
        view_analysis (str | Unset): Non-empty = analysis stages (with update_view).
        view_production (str | Unset): Non-empty = production stages (with update_view).
    """

    fmt: Literal["json"] | Unset = "json"
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    campaign_name: str | Unset = UNSET
    campaign_ids: str | Unset = UNSET
    tmin: str | Unset = UNSET
    tmax: str | Unset = UNSET
    tdays: float | Unset = 1.0
    update_view: str | Unset = UNSET
    view_active: str | Unset = UNSET
    view_inactive: str | Unset = UNSET
    view_mine: str | Unset = UNSET
    view_others: str | Unset = UNSET
    view_analysis: str | Unset = UNSET
    view_production: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fmt = self.fmt

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        campaign_name = self.campaign_name

        campaign_ids = self.campaign_ids

        tmin = self.tmin

        tmax = self.tmax

        tdays = self.tdays

        update_view = self.update_view

        view_active = self.view_active

        view_inactive = self.view_inactive

        view_mine = self.view_mine

        view_others = self.view_others

        view_analysis = self.view_analysis

        view_production = self.view_production

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if tmin is not UNSET:
            field_dict["tmin"] = tmin
        if tmax is not UNSET:
            field_dict["tmax"] = tmax
        if tdays is not UNSET:
            field_dict["tdays"] = tdays
        if update_view is not UNSET:
            field_dict["update_view"] = update_view
        if view_active is not UNSET:
            field_dict["view_active"] = view_active
        if view_inactive is not UNSET:
            field_dict["view_inactive"] = view_inactive
        if view_mine is not UNSET:
            field_dict["view_mine"] = view_mine
        if view_others is not UNSET:
            field_dict["view_others"] = view_others
        if view_analysis is not UNSET:
            field_dict["view_analysis"] = view_analysis
        if view_production is not UNSET:
            field_dict["view_production"] = view_production

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

        campaign_ids = d.pop("campaign_ids", UNSET)
        if not (isinstance(campaign_ids, str)) and campaign_ids is not UNSET:
            raise TypeError("campaign_ids: expected a string, got " + type(campaign_ids).__name__)

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

        update_view = d.pop("update_view", UNSET)
        if not (isinstance(update_view, str)) and update_view is not UNSET:
            raise TypeError("update_view: expected a string, got " + type(update_view).__name__)

        view_active = d.pop("view_active", UNSET)
        if not (isinstance(view_active, str)) and view_active is not UNSET:
            raise TypeError("view_active: expected a string, got " + type(view_active).__name__)

        view_inactive = d.pop("view_inactive", UNSET)
        if not (isinstance(view_inactive, str)) and view_inactive is not UNSET:
            raise TypeError("view_inactive: expected a string, got " + type(view_inactive).__name__)

        view_mine = d.pop("view_mine", UNSET)
        if not (isinstance(view_mine, str)) and view_mine is not UNSET:
            raise TypeError("view_mine: expected a string, got " + type(view_mine).__name__)

        view_others = d.pop("view_others", UNSET)
        if not (isinstance(view_others, str)) and view_others is not UNSET:
            raise TypeError("view_others: expected a string, got " + type(view_others).__name__)

        view_analysis = d.pop("view_analysis", UNSET)
        if not (isinstance(view_analysis, str)) and view_analysis is not UNSET:
            raise TypeError("view_analysis: expected a string, got " + type(view_analysis).__name__)

        view_production = d.pop("view_production", UNSET)
        if not (isinstance(view_production, str)) and view_production is not UNSET:
            raise TypeError("view_production: expected a string, got " + type(view_production).__name__)

        list_campaign_stages_request = cls(
            fmt=fmt,
            experiment=experiment,
            role=role,
            campaign_name=campaign_name,
            campaign_ids=campaign_ids,
            tmin=tmin,
            tmax=tmax,
            tdays=tdays,
            update_view=update_view,
            view_active=view_active,
            view_inactive=view_inactive,
            view_mine=view_mine,
            view_others=view_others,
            view_analysis=view_analysis,
            view_production=view_production,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_campaign_stages_request.additional_properties = additional_properties
        return list_campaign_stages_request

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
