from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteCampaignRequest")


@_attrs_define
class DeleteCampaignRequest:
    """Form of `show_campaigns` with `action=delete`; experiment and role are in the path.

    Attributes:
        fmt (Literal['json'] | Unset): `json` (required for a JSON answer; without it the server renders HTML). Default:
            'json'.
        pcl_call (int | Unset): 1 = look the campaign up by `del_campaign_name` among the caller's campaigns and answer
            briefly (client variant). Default: 1.
        action (Literal['delete'] | Unset): The delete action selector. Default: 'delete'.
        del_campaign_name (str | Unset): Name of the campaign to delete (with pcl_call=1).
        del_campaign_id (int | Unset): Id of the campaign to delete (GUI variant, without pcl_call).
    """

    fmt: Literal["json"] | Unset = "json"
    pcl_call: int | Unset = 1
    action: Literal["delete"] | Unset = "delete"
    del_campaign_name: str | Unset = UNSET
    del_campaign_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fmt = self.fmt

        pcl_call = self.pcl_call

        action = self.action

        del_campaign_name = self.del_campaign_name

        del_campaign_id = self.del_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if action is not UNSET:
            field_dict["action"] = action
        if del_campaign_name is not UNSET:
            field_dict["del_campaign_name"] = del_campaign_name
        if del_campaign_id is not UNSET:
            field_dict["del_campaign_id"] = del_campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fmt = cast(Literal["json"] | Unset, d.pop("fmt", UNSET))
        if fmt != "json" and not isinstance(fmt, Unset):
            raise ValueError(f"fmt must match const 'json', got '{fmt}'")

        pcl_call = d.pop("pcl_call", UNSET)
        if (
            not (isinstance(pcl_call, int) and not isinstance(pcl_call, bool) and -(2**63) <= pcl_call < 2**63)
            and pcl_call is not UNSET
        ):
            raise TypeError("pcl_call: expected a 64-bit integer, got " + type(pcl_call).__name__)

        action = cast(Literal["delete"] | Unset, d.pop("action", UNSET))
        if action != "delete" and not isinstance(action, Unset):
            raise ValueError(f"action must match const 'delete', got '{action}'")

        del_campaign_name = d.pop("del_campaign_name", UNSET)
        if not (isinstance(del_campaign_name, str)) and del_campaign_name is not UNSET:
            raise TypeError("del_campaign_name: expected a string, got " + type(del_campaign_name).__name__)

        del_campaign_id = d.pop("del_campaign_id", UNSET)
        if (
            not (
                isinstance(del_campaign_id, int)
                and not isinstance(del_campaign_id, bool)
                and -(2**63) <= del_campaign_id < 2**63
            )
            and del_campaign_id is not UNSET
        ):
            raise TypeError("del_campaign_id: expected a 64-bit integer, got " + type(del_campaign_id).__name__)

        delete_campaign_request = cls(
            fmt=fmt,
            pcl_call=pcl_call,
            action=action,
            del_campaign_name=del_campaign_name,
            del_campaign_id=del_campaign_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_campaign_request.additional_properties = additional_properties
        return delete_campaign_request

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
