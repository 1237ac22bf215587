from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_meta_status import AsyncMetaStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncMeta")


@_attrs_define
class AsyncMeta:
    """The state of a structured-result request; present whenever the poll itself succeeded.

    Attributes:
        status (AsyncMetaStatus):
        attempts (int | Unset):
        started_at (None | str | Unset): `str(datetime)`, naive UTC.
        finished_at (None | str | Unset): `str(datetime)`, naive UTC.
        error_msg (None | str | Unset): Why the handler failed (status `failed`).
    """

    status: AsyncMetaStatus
    attempts: int | Unset = UNSET
    started_at: None | str | Unset = UNSET
    finished_at: None | str | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        attempts = self.attempts

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AsyncMetaStatus(d.pop("status"))

        attempts = d.pop("attempts", UNSET)
        if (
            not (isinstance(attempts, int) and not isinstance(attempts, bool) and -(2**63) <= attempts < 2**63)
            and attempts is not UNSET
        ):
            raise TypeError("attempts: expected a 64-bit integer, got " + type(attempts).__name__)

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                started_at_type_0 = data
                if not (isinstance(started_at_type_0, str)):
                    raise TypeError("started_at: expected a string, got " + type(started_at_type_0).__name__)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            started_at_type_1 = data
            if not (started_at_type_1 is None):
                raise TypeError("started_at: expected the documented type, got " + type(started_at_type_1).__name__)

            return started_at_type_1

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                finished_at_type_0 = data
                if not (isinstance(finished_at_type_0, str)):
                    raise TypeError("finished_at: expected a string, got " + type(finished_at_type_0).__name__)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            finished_at_type_1 = data
            if not (finished_at_type_1 is None):
                raise TypeError("finished_at: expected the documented type, got " + type(finished_at_type_1).__name__)

            return finished_at_type_1

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                error_msg_type_0 = data
                if not (isinstance(error_msg_type_0, str)):
                    raise TypeError("error_msg: expected a string, got " + type(error_msg_type_0).__name__)

                return error_msg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            error_msg_type_1 = data
            if not (error_msg_type_1 is None):
                raise TypeError("error_msg: expected the documented type, got " + type(error_msg_type_1).__name__)

            return error_msg_type_1

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        async_meta = cls(
            status=status,
            attempts=attempts,
            started_at=started_at,
            finished_at=finished_at,
            error_msg=error_msg,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        async_meta.additional_properties = additional_properties
        return async_meta

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
