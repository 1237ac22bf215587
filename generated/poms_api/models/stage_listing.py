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
        if not (isinstance(tmin, str)):
            raise TypeError("tmin: expected a string, got " + type(tmin).__name__)

        tmax = d.pop("tmax")
        if not (isinstance(tmax, str)):
            raise TypeError("tmax: expected a string, got " + type(tmax).__name__)

        tmins = d.pop("tmins")
        if not (isinstance(tmins, str)):
            raise TypeError("tmins: expected a string, got " + type(tmins).__name__)

        tmaxs = d.pop("tmaxs")
        if not (isinstance(tmaxs, str)):
            raise TypeError("tmaxs: expected a string, got " + type(tmaxs).__name__)

        tdays = d.pop("tdays")
        if not (
            isinstance(tdays, (int, float)) and not isinstance(tdays, bool) and float("-inf") < tdays < float("inf")
        ):
            raise TypeError("tdays: expected a finite number, got " + type(tdays).__name__)

        nextlink = d.pop("nextlink")
        if not (isinstance(nextlink, str)):
            raise TypeError("nextlink: expected a string, got " + type(nextlink).__name__)

        prevlink = d.pop("prevlink")
        if not (isinstance(prevlink, str)):
            raise TypeError("prevlink: expected a string, got " + type(prevlink).__name__)

        time_range_string = d.pop("time_range_string")
        if not (isinstance(time_range_string, str)):
            raise TypeError("time_range_string: expected a string, got " + type(time_range_string).__name__)

        data = StageViewData.from_dict(d.pop("data"))

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        role = d.pop("role", UNSET)
        if not (isinstance(role, str)) and role is not UNSET:
            raise TypeError("role: expected a string, got " + type(role).__name__)

        template = d.pop("template", UNSET)
        if not (isinstance(template, str)) and template is not UNSET:
            raise TypeError("template: expected a string, got " + type(template).__name__)

        limit_experiment = d.pop("limit_experiment", UNSET)
        if not (isinstance(limit_experiment, str)) and limit_experiment is not UNSET:
            raise TypeError("limit_experiment: expected a string, got " + type(limit_experiment).__name__)

        key = d.pop("key", UNSET)
        if not (isinstance(key, str)) and key is not UNSET:
            raise TypeError("key: expected a string, got " + type(key).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stage_listing.additional_properties = additional_properties
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
