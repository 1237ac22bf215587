from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_stage import CampaignStage
    from ..models.stage_view_data import StageViewData


T = TypeVar("T", bound="StageListing")


@_attrs_define
class StageListing:
    """`show_campaign_stages` as JSON, merged with the echoed form fields (strings).

    Attributes:
        campaign_stages (list[CampaignStage]):
        tmin (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        tmax (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        tmins (str): Window start `YYYY-MM-DD HH:MM:SS`.
        tmaxs (str): Window end `YYYY-MM-DD HH:MM:SS`.
        tdays (float): Window length in days.
        nextlink (str): Relative URL (not URL-encoded) of the next window.
        prevlink (str): Relative URL (not URL-encoded) of the previous window.
        time_range_string (str): Human-readable window (contains HTML).
        data (StageViewData): View state of the stage listing; `authorized` runs parallel to `campaign_stages`.
        experiment (str | Unset): Echoed.
        role (str | Unset): Echoed.
        template (str | Unset): Template name: `show_campaign_stages.html`, or `show_campaign_stages_stats.html` with
            `campaign_ids`.
        limit_experiment (str | Unset): The experiment listed.
        key (str | Unset): Always empty.
    """

    campaign_stages: list[CampaignStage]
    tmin: str
    tmax: str
    tmins: str
    tmaxs: str
    tdays: float
    nextlink: str
    prevlink: str
    time_range_string: str
    data: StageViewData
    experiment: str | Unset = UNSET
    role: str | Unset = UNSET
    template: str | Unset = UNSET
    limit_experiment: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.stage_view_data import StageViewData  # noqa: PLC0415

        campaign_stages = []
        for campaign_stages_item_data in self.campaign_stages:
            campaign_stages_item = campaign_stages_item_data.to_dict()
            campaign_stages.append(campaign_stages_item)

        tmin = self.tmin

        tmax = self.tmax

        tmins = self.tmins

        tmaxs = self.tmaxs

        tdays = self.tdays

        nextlink = self.nextlink

        prevlink = self.prevlink

        time_range_string = self.time_range_string

        data = self.data.to_dict()

        experiment = self.experiment

        role = self.role

        template = self.template

        limit_experiment = self.limit_experiment

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_stages": campaign_stages,
                "tmin": tmin,
                "tmax": tmax,
                "tmins": tmins,
                "tmaxs": tmaxs,
                "tdays": tdays,
                "nextlink": nextlink,
                "prevlink": prevlink,
                "time_range_string": time_range_string,
                "data": data,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if template is not UNSET:
            field_dict["template"] = template
        if limit_experiment is not UNSET:
            field_dict["limit_experiment"] = limit_experiment
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.stage_view_data import StageViewData  # noqa: PLC0415

        d = dict(src_dict)
        campaign_stages = []
        _campaign_stages = d.pop("campaign_stages")
        for campaign_stages_item_data in _campaign_stages:
            campaign_stages_item = CampaignStage.from_dict(campaign_stages_item_data)

            campaign_stages.append(campaign_stages_item)

        tmin = d.pop("tmin")

        tmax = d.pop("tmax")

        tmins = d.pop("tmins")

        tmaxs = d.pop("tmaxs")

        tdays = d.pop("tdays")

        nextlink = d.pop("nextlink")

        prevlink = d.pop("prevlink")

        time_range_string = d.pop("time_range_string")

        data = StageViewData.from_dict(d.pop("data"))

        experiment = d.pop("experiment", UNSET)

        role = d.pop("role", UNSET)

        template = d.pop("template", UNSET)

        limit_experiment = d.pop("limit_experiment", UNSET)

        key = d.pop("key", UNSET)

        stage_listing = cls(
            campaign_stages=campaign_stages,
            tmin=tmin,
            tmax=tmax,
            tmins=tmins,
            tmaxs=tmaxs,
            tdays=tdays,
            nextlink=nextlink,
            prevlink=prevlink,
            time_range_string=time_range_string,
            data=data,
            experiment=experiment,
            role=role,
            template=template,
            limit_experiment=limit_experiment,
            key=key,
        )

        stage_listing.additional_properties = d
        return stage_listing

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
