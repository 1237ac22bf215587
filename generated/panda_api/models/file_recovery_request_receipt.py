from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileRecoveryRequestReceipt")


@_attrs_define
class FileRecoveryRequestReceipt:
    """
    Attributes:
        log_file_url (str | Unset): The URL of the recovery log, `…/cache/jedilog/lost_file_recovery.<uuid>.log`.
    """

    log_file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_file_url = self.log_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_file_url is not UNSET:
            field_dict["logFileURL"] = log_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_file_url = d.pop("logFileURL", UNSET)
        if not (isinstance(log_file_url, str)) and log_file_url is not UNSET:
            raise TypeError("logFileURL: expected a string, got " + type(log_file_url).__name__)

        file_recovery_request_receipt = cls(
            log_file_url=log_file_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_recovery_request_receipt.additional_properties = additional_properties
        return file_recovery_request_receipt

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
