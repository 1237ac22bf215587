from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_stage import BatchStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDetail")


@_attrs_define
class BatchDetail:
    """A single batch (`get_batches` with `migration_id` or `label`).

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
        external_id (str | Unset): Id of the batch on the external storage; present only once set (non-empty).
    """

    migration_id: int
    user: str
    workspace: str
    label: None | str
    stage: BatchStage
    storage: str
    registered_date: str | Unset = UNSET
    external_id: str | Unset = UNSET
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

        external_id = self.external_id

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
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        migration_id = d.pop("migration_id")

        user = d.pop("user")

        workspace = d.pop("workspace")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        stage = BatchStage(d.pop("stage"))

        storage = d.pop("storage")

        registered_date = d.pop("registered_date", UNSET)

        external_id = d.pop("external_id", UNSET)

        batch_detail = cls(
            migration_id=migration_id,
            user=user,
            workspace=workspace,
            label=label,
            stage=stage,
            storage=storage,
            registered_date=registered_date,
            external_id=external_id,
        )

        batch_detail.additional_properties = d
        return batch_detail

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
