from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PilotJobStatus")


@_attrs_define
class PilotJobStatus:
    """
    Attributes:
        job_id (int | Unset):
        status (str | Unset): The job status, or `not found`.
        attempt_number (int | None | Unset):
    """

    job_id: int | Unset = UNSET
    status: str | Unset = UNSET
    attempt_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        attempt_number: int | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if (
            not (isinstance(job_id, int) and not isinstance(job_id, bool) and -(2**63) <= job_id < 2**63)
            and job_id is not UNSET
        ):
            raise TypeError("job_id: expected a 64-bit integer, got " + type(job_id).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_attempt_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                attempt_number_type_0 = data
                if not (
                    isinstance(attempt_number_type_0, int)
                    and not isinstance(attempt_number_type_0, bool)
                    and -(2**63) <= attempt_number_type_0 < 2**63
                ):
                    raise TypeError(
                        "attempt_number: expected a 64-bit integer, got " + type(attempt_number_type_0).__name__
                    )

                return attempt_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            attempt_number_type_1 = data
            if not (attempt_number_type_1 is None):
                raise TypeError(
                    "attempt_number: expected the documented type, got " + type(attempt_number_type_1).__name__
                )

            return attempt_number_type_1

        attempt_number = _parse_attempt_number(d.pop("attempt_number", UNSET))

        pilot_job_status = cls(
            job_id=job_id,
            status=status,
            attempt_number=attempt_number,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pilot_job_status.additional_properties = additional_properties
        return pilot_job_status

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
