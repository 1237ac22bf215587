from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPutWorkflowRequestRequest")


@_attrs_define
class LegacyPutWorkflowRequestRequest:
    """
    Attributes:
        data (str): JSON text of the workflow parameters (outDS, taskParams, sourceURL, sandbox, ...).
        check (str | Unset): Only check the workflow, synchronously. Any non-empty value, **including `False`**, turns
            it on: omit the
            field to leave it off, send `True` to turn it on.
        sync (str | Unset): Process the workflow synchronously. Any non-empty value, **including `False`**, turns it on:
            omit the
            field to leave it off, send `True` to turn it on. Ignored when `check` is on.
    """

    data: str
    check: str | Unset = UNSET
    sync: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        check = self.check

        sync = self.sync

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if check is not UNSET:
            field_dict["check"] = check
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")
        if not (isinstance(data, str)):
            raise TypeError("data: expected a string, got " + type(data).__name__)

        check = d.pop("check", UNSET)
        if not (isinstance(check, str)) and check is not UNSET:
            raise TypeError("check: expected a string, got " + type(check).__name__)

        sync = d.pop("sync", UNSET)
        if not (isinstance(sync, str)) and sync is not UNSET:
            raise TypeError("sync: expected a string, got " + type(sync).__name__)

        legacy_put_workflow_request_request = cls(
            data=data,
            check=check,
            sync=sync,
        )

        return legacy_put_workflow_request_request
