from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.campaign_view_data import CampaignViewData


T = TypeVar("T", bound="CampaignListing")


@_attrs_define
class CampaignListing:
    """`show_campaigns` as JSON, merged with the echoed form fields (strings).

    Attributes:
        tl (list[Campaign]): The campaigns, by name.
        last_activity (str): `YYYY-MM-DD HH:MM:SS` of the experiment's last submission update when older than a week,
            else empty.
        msg (str): `OK`.
        data (CampaignViewData): View state of the campaign listing. `view_*` hold the defaults (strings, or the
            caller's experimenter id for `view_mine`/`view_others`) or the echoed form values; `authorized*` run parallel to
            `tl` and are absent when `tl` is empty.
        experiment (str | Unset): Echoed.
        role (str | Unset): Echoed.
    """

    tl: list[Campaign]
    last_activity: str
    msg: str
    data: CampaignViewData
    experiment: str | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.campaign_view_data import CampaignViewData  # noqa: PLC0415

        tl = []
        for tl_item_data in self.tl:
            tl_item = tl_item_data.to_dict()
            tl.append(tl_item)

        last_activity = self.last_activity

        msg = self.msg

        data = self.data.to_dict()

        experiment = self.experiment

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tl": tl,
                "last_activity": last_activity,
                "msg": msg,
                "data": data,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.campaign_view_data import CampaignViewData  # noqa: PLC0415

        d = dict(src_dict)
        tl = []
        _tl = d.pop("tl")
        for tl_item_data in _tl:
            tl_item = Campaign.from_dict(tl_item_data)

            tl.append(tl_item)

        last_activity = d.pop("last_activity")
        if not (isinstance(last_activity, str)):
            raise TypeError("last_activity: expected a string, got " + type(last_activity).__name__)

        msg = d.pop("msg")
        if not (isinstance(msg, str)):
            raise TypeError("msg: expected a string, got " + type(msg).__name__)

        data = CampaignViewData.from_dict(d.pop("data"))

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        role = d.pop("role", UNSET)
        if not (isinstance(role, str)) and role is not UNSET:
            raise TypeError("role: expected a string, got " + type(role).__name__)

        campaign_listing = cls(
            tl=tl,
            last_activity=last_activity,
            msg=msg,
            data=data,
            experiment=experiment,
            role=role,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_listing.additional_properties = additional_properties
        return campaign_listing

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
