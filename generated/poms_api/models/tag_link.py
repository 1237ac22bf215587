from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagLink")


@_attrs_define
class TagLink:
    """
    Attributes:
        campaign_id (str): The comma-separated ids as sent.
        tag_id (int):
        tag_name (str):
        msg (str): `OK`.
    """

    campaign_id: str
    tag_id: int
    tag_name: str
    msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        tag_id = self.tag_id

        tag_name = self.tag_name

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "tag_id": tag_id,
                "tag_name": tag_name,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")
        if not (isinstance(campaign_id, str)):
            raise TypeError("campaign_id: expected a string, got " + type(campaign_id).__name__)

        tag_id = d.pop("tag_id")
        if not (isinstance(tag_id, int) and not isinstance(tag_id, bool) and -(2**63) <= tag_id < 2**63):
            raise TypeError("tag_id: expected a 64-bit integer, got " + type(tag_id).__name__)

        tag_name = d.pop("tag_name")
        if not (isinstance(tag_name, str)):
            raise TypeError("tag_name: expected a string, got " + type(tag_name).__name__)

        msg = d.pop("msg")
        if not (isinstance(msg, str)):
            raise TypeError("msg: expected a string, got " + type(msg).__name__)

        tag_link = cls(
            campaign_id=campaign_id,
            tag_id=tag_id,
            tag_name=tag_name,
            msg=msg,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tag_link.additional_properties = additional_properties
        return tag_link

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
