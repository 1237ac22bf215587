from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRequestResult")


@_attrs_define
class WorkflowRequestResult:
    """The result of synchronous processing (dry_run or sync).

    Attributes:
        status (bool | Unset): Whether the workflow was accepted (or is valid, for a dry run).
        request_id (int | None | Unset): The iDDS request ID; null for a dry run or a failure.
        log (None | str | Unset): The processing log.
    """

    status: bool | Unset = UNSET
    request_id: int | None | Unset = UNSET
    log: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        log: None | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not (isinstance(status, bool)) and status is not UNSET:
            raise TypeError("status: expected true or false, got " + type(status).__name__)

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                request_id_type_0 = data
                if not (
                    isinstance(request_id_type_0, int)
                    and not isinstance(request_id_type_0, bool)
                    and -(2**63) <= request_id_type_0 < 2**63
                ):
                    raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id_type_0).__name__)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            request_id_type_1 = data
            if not (request_id_type_1 is None):
                raise TypeError("request_id: expected the documented type, got " + type(request_id_type_1).__name__)

            return request_id_type_1

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_log(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                log_type_0 = data
                if not (isinstance(log_type_0, str)):
                    raise TypeError("log: expected a string, got " + type(log_type_0).__name__)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            log_type_1 = data
            if not (log_type_1 is None):
                raise TypeError("log: expected the documented type, got " + type(log_type_1).__name__)

            return log_type_1

        log = _parse_log(d.pop("log", UNSET))

        workflow_request_result = cls(
            status=status,
            request_id=request_id,
            log=log,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        workflow_request_result.additional_properties = additional_properties
        return workflow_request_result

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
