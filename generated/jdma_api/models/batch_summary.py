from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_stage import BatchStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSummary")


@_attrs_define
class BatchSummary:
    """A batch as listed by `get_batches`.

    Attributes:
        migration_id (int): The batch id.
        user (str): Owner of the batch.
        workspace (str):
        label (None | str):
        stage (BatchStage): Stage of a batch: 0 ON_DISK, 1 PUTTING, 2 ON_STORAGE, 3 FAILED, 4 DELETING, 5 DELETED.
        storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
            internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
        registered_date (str | Unset): When the batch was registered: ISO-8601 in UTC, naive with microseconds (`+00:00`
            when the server runs with time zones; no fraction when the microseconds are zero). Absent when not set.
    """

    migration_id: int
    user: str
    workspace: str
    label: None | str
    stage: BatchStage
    storage: str
    registered_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migration_id = self.migration_id

        user = self.user

        workspace = self.workspace

        label: None | str
        label = self.label

        stage = self.stage.value

        storage = self.storage

        registered_date = self.registered_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "migration_id": migration_id,
                "user": user,
                "workspace": workspace,
                "label": label,
                "stage": stage,
                "storage": storage,
            }
        )
        if registered_date is not UNSET:
            field_dict["registered_date"] = registered_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        migration_id = d.pop("migration_id")
        if not (
            isinstance(migration_id, int) and not isinstance(migration_id, bool) and -(2**63) <= migration_id < 2**63
        ):
            raise TypeError("migration_id: expected a 64-bit integer, got " + type(migration_id).__name__)

        user = d.pop("user")
        if not (isinstance(user, str)):
            raise TypeError("user: expected a string, got " + type(user).__name__)

        workspace = d.pop("workspace")
        if not (isinstance(workspace, str)):
            raise TypeError("workspace: expected a string, got " + type(workspace).__name__)

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                label_type_0 = data
                if not (isinstance(label_type_0, str)):
                    raise TypeError("label: expected a string, got " + type(label_type_0).__name__)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            label_type_1 = data
            if not (label_type_1 is None):
                raise TypeError("label: expected the documented type, got " + type(label_type_1).__name__)

            return label_type_1

        label = _parse_label(d.pop("label"))

        stage = BatchStage(d.pop("stage"))

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        registered_date = d.pop("registered_date", UNSET)
        if not (isinstance(registered_date, str)) and registered_date is not UNSET:
            raise TypeError("registered_date: expected a string, got " + type(registered_date).__name__)

        batch_summary = cls(
            migration_id=migration_id,
            user=user,
            workspace=workspace,
            label=label,
            stage=stage,
            storage=storage,
            registered_date=registered_date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_summary.additional_properties = additional_properties
        return batch_summary

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
