from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_submissions import StageSubmissions


T = TypeVar("T", bound="StageSubmissionsPage")


@_attrs_define
class StageSubmissionsPage:
    """`campaign_stage_submissions` as JSON, merged with the echoed form fields (strings).

    Attributes:
        data (StageSubmissions): Submissions in the window. When the campaign or stage is unknown only `tmin`, `tmax`,
            `tdays` (as sent, or null) and an empty `submissions` are present.
        campaign_name (str | Unset): Echoed.
        stage_name (str | Unset): Echoed.
        campaign_stage_id (str | Unset): Echoed when sent.
        campaign_id (str | Unset): Echoed when sent.
    """

    data: StageSubmissions
    campaign_name: str | Unset = UNSET
    stage_name: str | Unset = UNSET
    campaign_stage_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_submissions import StageSubmissions  # noqa: PLC0415

        data = self.data.to_dict()

        campaign_name = self.campaign_name

        stage_name = self.stage_name

        campaign_stage_id = self.campaign_stage_id

        campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if stage_name is not UNSET:
            field_dict["stage_name"] = stage_name
        if campaign_stage_id is not UNSET:
            field_dict["campaign_stage_id"] = campaign_stage_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_submissions import StageSubmissions  # noqa: PLC0415

        d = dict(src_dict)
        data = StageSubmissions.from_dict(d.pop("data"))

        campaign_name = d.pop("campaign_name", UNSET)
        if not (isinstance(campaign_name, str)) and campaign_name is not UNSET:
            raise TypeError("campaign_name: expected a string, got " + type(campaign_name).__name__)

        stage_name = d.pop("stage_name", UNSET)
        if not (isinstance(stage_name, str)) and stage_name is not UNSET:
            raise TypeError("stage_name: expected a string, got " + type(stage_name).__name__)

        campaign_stage_id = d.pop("campaign_stage_id", UNSET)
        if not (isinstance(campaign_stage_id, str)) and campaign_stage_id is not UNSET:
            raise TypeError("campaign_stage_id: expected a string, got " + type(campaign_stage_id).__name__)

        campaign_id = d.pop("campaign_id", UNSET)
        if not (isinstance(campaign_id, str)) and campaign_id is not UNSET:
            raise TypeError("campaign_id: expected a string, got " + type(campaign_id).__name__)

        stage_submissions_page = cls(
            data=data,
            campaign_name=campaign_name,
            stage_name=stage_name,
            campaign_stage_id=campaign_stage_id,
            campaign_id=campaign_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stage_submissions_page.additional_properties = additional_properties
        return stage_submissions_page

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
