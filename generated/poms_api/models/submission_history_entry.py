from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmissionHistoryEntry")


@_attrs_define
class SubmissionHistoryEntry:
    """One status change of a submission (`submission_histories` row).

    Attributes:
        submission_id (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        status_id (int): Status id; names in `SubmissionDetails.statusmap`.
        status_type (None | Unset): Relationship key, always null.
    """

    submission_id: int
    created: str
    status_id: int
    status_type: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_id = self.submission_id

        created = self.created

        status_id = self.status_id

        status_type = self.status_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submission_id": submission_id,
                "created": created,
                "status_id": status_id,
            }
        )
        if status_type is not UNSET:
            field_dict["status_type"] = status_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_id = d.pop("submission_id")
        if not (
            isinstance(submission_id, int) and not isinstance(submission_id, bool) and -(2**63) <= submission_id < 2**63
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        status_id = d.pop("status_id")
        if not (isinstance(status_id, int) and not isinstance(status_id, bool) and -(2**63) <= status_id < 2**63):
            raise TypeError("status_id: expected a 64-bit integer, got " + type(status_id).__name__)

        status_type = d.pop("status_type", UNSET)
        if not (status_type is None) and status_type is not UNSET:
            raise TypeError("status_type: expected the documented type, got " + type(status_type).__name__)

        submission_history_entry = cls(
            submission_id=submission_id,
            created=created,
            status_id=status_id,
            status_type=status_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submission_history_entry.additional_properties = additional_properties
        return submission_history_entry

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
