from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferProgress")


@_attrs_define
class TransferProgress:
    """
    Attributes:
        uuid (str | Unset): Transfer task id.
        source (str | Unset):
        total_active_transfers (int | Unset):
        total_files (int | Unset):
        total_bytes_transferred (int | Unset):
        total_bytes (int | Unset):
        average_rate (float | Unset): Bytes per second.
    """

    uuid: str | Unset = UNSET
    source: str | Unset = UNSET
    total_active_transfers: int | Unset = UNSET
    total_files: int | Unset = UNSET
    total_bytes_transferred: int | Unset = UNSET
    total_bytes: int | Unset = UNSET
    average_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        source = self.source

        total_active_transfers = self.total_active_transfers

        total_files = self.total_files

        total_bytes_transferred = self.total_bytes_transferred

        total_bytes = self.total_bytes

        average_rate = self.average_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if source is not UNSET:
            field_dict["source"] = source
        if total_active_transfers is not UNSET:
            field_dict["totalActiveTransfers"] = total_active_transfers
        if total_files is not UNSET:
            field_dict["totalFiles"] = total_files
        if total_bytes_transferred is not UNSET:
            field_dict["totalBytesTransferred"] = total_bytes_transferred
        if total_bytes is not UNSET:
            field_dict["totalBytes"] = total_bytes
        if average_rate is not UNSET:
            field_dict["averageRate"] = average_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        source = d.pop("source", UNSET)

        total_active_transfers = d.pop("totalActiveTransfers", UNSET)

        total_files = d.pop("totalFiles", UNSET)

        total_bytes_transferred = d.pop("totalBytesTransferred", UNSET)

        total_bytes = d.pop("totalBytes", UNSET)

        average_rate = d.pop("averageRate", UNSET)

        transfer_progress = cls(
            uuid=uuid,
            source=source,
            total_active_transfers=total_active_transfers,
            total_files=total_files,
            total_bytes_transferred=total_bytes_transferred,
            total_bytes=total_bytes,
            average_rate=average_rate,
        )

        transfer_progress.additional_properties = d
        return transfer_progress

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
