from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.campaign_view_data import CampaignViewData


T = TypeVar("T", bound="CampaignDeletion")


@_attrs_define
class CampaignDeletion:
    """`show_campaigns` with `action=delete` and `pcl_call=1`: the outcome is only in `msg`.

    Attributes:
        tl (list[Campaign] | None): Null in the client variant.
        last_activity (str):
        msg (str): `Campaign named X with campaign_id N and related CampagnStages were deleted.` | `This campaign has
            been submitted.  It cannot be deleted.` | `The campaign 'X' does not exist.`
        data (CampaignViewData | None):
        experiment (str | Unset): Echoed.
        role (str | Unset): Echoed.
        pcl_call (str | Unset): Echoed.
        action (str | Unset): Echoed.
        del_campaign_name (str | Unset): Echoed.
    """

    tl: list[Campaign] | None
    last_activity: str
    msg: str
    data: CampaignViewData | None
    experiment: str | Unset = UNSET
    role: str | Unset = UNSET
    pcl_call: str | Unset = UNSET
    action: str | Unset = UNSET
    del_campaign_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.campaign_view_data import CampaignViewData  # noqa: PLC0415

        tl: list[dict[str, Any]] | None
        if isinstance(self.tl, list):
            tl = []
            for tl_type_0_item_data in self.tl:
                tl_type_0_item = tl_type_0_item_data.to_dict()
                tl.append(tl_type_0_item)

        else:
            tl = self.tl

        last_activity = self.last_activity

        msg = self.msg

        data: dict[str, Any] | None
        if isinstance(self.data, CampaignViewData):
            data = self.data.to_dict()
        else:
            data = self.data

        experiment = self.experiment

        role = self.role

        pcl_call = self.pcl_call

        action = self.action

        del_campaign_name = self.del_campaign_name

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
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if action is not UNSET:
            field_dict["action"] = action
        if del_campaign_name is not UNSET:
            field_dict["del_campaign_name"] = del_campaign_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.campaign_view_data import CampaignViewData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_tl(data: object) -> list[Campaign] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tl_type_0 = []
                _tl_type_0 = data
                for tl_type_0_item_data in _tl_type_0:
                    tl_type_0_item = Campaign.from_dict(tl_type_0_item_data)

                    tl_type_0.append(tl_type_0_item)

                return tl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tl_type_1 = data
            if not (tl_type_1 is None):
                raise TypeError("tl: expected the documented type, got " + type(tl_type_1).__name__)

            return tl_type_1

        tl = _parse_tl(d.pop("tl"))

        last_activity = d.pop("last_activity")
        if not (isinstance(last_activity, str)):
            raise TypeError("last_activity: expected a string, got " + type(last_activity).__name__)

        msg = d.pop("msg")
        if not (isinstance(msg, str)):
            raise TypeError("msg: expected a string, got " + type(msg).__name__)

        def _parse_data(data: object) -> CampaignViewData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CampaignViewData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            data_type_1 = data
            if not (data_type_1 is None):
                raise TypeError("data: expected the documented type, got " + type(data_type_1).__name__)

            return data_type_1

        data = _parse_data(d.pop("data"))

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        role = d.pop("role", UNSET)
        if not (isinstance(role, str)) and role is not UNSET:
            raise TypeError("role: expected a string, got " + type(role).__name__)

        pcl_call = d.pop("pcl_call", UNSET)
        if not (isinstance(pcl_call, str)) and pcl_call is not UNSET:
            raise TypeError("pcl_call: expected a string, got " + type(pcl_call).__name__)

        action = d.pop("action", UNSET)
        if not (isinstance(action, str)) and action is not UNSET:
            raise TypeError("action: expected a string, got " + type(action).__name__)

        del_campaign_name = d.pop("del_campaign_name", UNSET)
        if not (isinstance(del_campaign_name, str)) and del_campaign_name is not UNSET:
            raise TypeError("del_campaign_name: expected a string, got " + type(del_campaign_name).__name__)

        campaign_deletion = cls(
            tl=tl,
            last_activity=last_activity,
            msg=msg,
            data=data,
            experiment=experiment,
            role=role,
            pcl_call=pcl_call,
            action=action,
            del_campaign_name=del_campaign_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_deletion.additional_properties = additional_properties
        return campaign_deletion

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
