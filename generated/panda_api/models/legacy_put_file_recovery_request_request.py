from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPutFileRecoveryRequestRequest")


@_attrs_define
class LegacyPutFileRecoveryRequestRequest:
    """
    Attributes:
        jedi_task_id (str): The JEDI task ID (decimal text).
        dry_run (str | Unset): Dry run. Any non-empty value, **including `False`**, means a dry run: omit the field for
            a real request,
            send `True` for a dry run.
    """

    jedi_task_id: str
    dry_run: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jedi_task_id = self.jedi_task_id

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jediTaskID": jedi_task_id,
            }
        )
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jedi_task_id = d.pop("jediTaskID")
        if not (isinstance(jedi_task_id, str)):
            raise TypeError("jediTaskID: expected a string, got " + type(jedi_task_id).__name__)

        dry_run = d.pop("dryRun", UNSET)
        if not (isinstance(dry_run, str)) and dry_run is not UNSET:
            raise TypeError("dryRun: expected a string, got " + type(dry_run).__name__)

        legacy_put_file_recovery_request_request = cls(
            jedi_task_id=jedi_task_id,
            dry_run=dry_run,
        )

        return legacy_put_file_recovery_request_request
