from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadWorkflowRequestRequest")


@_attrs_define
class UploadWorkflowRequestRequest:
    """
    Attributes:
        data (str): JSON text of the workflow request (an object).
        dry_run (bool | Unset): Check the workflow synchronously without submitting it. Default: False.
        sync (bool | Unset): Process the workflow synchronously. Default: False.
    """

    data: str
    dry_run: bool | Unset = False
    sync: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        dry_run = self.dry_run

        sync = self.sync

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")
        if not (isinstance(data, str)):
            raise TypeError("data: expected a string, got " + type(data).__name__)

        dry_run = d.pop("dry_run", UNSET)
        if not (isinstance(dry_run, bool)) and dry_run is not UNSET:
            raise TypeError("dry_run: expected true or false, got " + type(dry_run).__name__)

        sync = d.pop("sync", UNSET)
        if not (isinstance(sync, bool)) and sync is not UNSET:
            raise TypeError("sync: expected true or false, got " + type(sync).__name__)

        upload_workflow_request_request = cls(
            data=data,
            dry_run=dry_run,
            sync=sync,
        )

        return upload_workflow_request_request
