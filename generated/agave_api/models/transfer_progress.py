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
        if not (isinstance(uuid, str)) and uuid is not UNSET:
            raise TypeError("uuid: expected a string, got " + type(uuid).__name__)

        source = d.pop("source", UNSET)
        if not (isinstance(source, str)) and source is not UNSET:
            raise TypeError("source: expected a string, got " + type(source).__name__)

        total_active_transfers = d.pop("totalActiveTransfers", UNSET)
        if (
            not (
                isinstance(total_active_transfers, int)
                and not isinstance(total_active_transfers, bool)
                and -(2**63) <= total_active_transfers < 2**63
            )
            and total_active_transfers is not UNSET
        ):
            raise TypeError(
                "totalActiveTransfers: expected a 64-bit integer, got " + type(total_active_transfers).__name__
            )

        total_files = d.pop("totalFiles", UNSET)
        if (
            not (isinstance(total_files, int) and not isinstance(total_files, bool) and -(2**63) <= total_files < 2**63)
            and total_files is not UNSET
        ):
            raise TypeError("totalFiles: expected a 64-bit integer, got " + type(total_files).__name__)

        total_bytes_transferred = d.pop("totalBytesTransferred", UNSET)
        if (
            not (
                isinstance(total_bytes_transferred, int)
                and not isinstance(total_bytes_transferred, bool)
                and -(2**63) <= total_bytes_transferred < 2**63
            )
            and total_bytes_transferred is not UNSET
        ):
            raise TypeError(
                "totalBytesTransferred: expected a 64-bit integer, got " + type(total_bytes_transferred).__name__
            )

        total_bytes = d.pop("totalBytes", UNSET)
        if (
            not (isinstance(total_bytes, int) and not isinstance(total_bytes, bool) and -(2**63) <= total_bytes < 2**63)
            and total_bytes is not UNSET
        ):
            raise TypeError("totalBytes: expected a 64-bit integer, got " + type(total_bytes).__name__)

        average_rate = d.pop("averageRate", UNSET)
        if (
            not (
                isinstance(average_rate, (int, float))
                and not isinstance(average_rate, bool)
                and float("-inf") < average_rate < float("inf")
            )
            and average_rate is not UNSET
        ):
            raise TypeError("averageRate: expected a finite number, got " + type(average_rate).__name__)

        transfer_progress = cls(
            uuid=uuid,
            source=source,
            total_active_transfers=total_active_transfers,
            total_files=total_files,
            total_bytes_transferred=total_bytes_transferred,
            total_bytes=total_bytes,
            average_rate=average_rate,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transfer_progress.additional_properties = additional_properties
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
