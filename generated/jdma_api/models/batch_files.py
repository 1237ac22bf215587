from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archive_with_files import ArchiveWithFiles


T = TypeVar("T", bound="BatchFiles")


@_attrs_define
class BatchFiles:
    """A batch with its archives and their files (no `stage` key here).

    Attributes:
        migration_id (int):
        user (str):
        workspace (str):
        label (None | str):
        storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
            internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
        archives (list[ArchiveWithFiles]):
    """

    migration_id: int
    user: str
    workspace: str
    label: None | str
    storage: str
    archives: list[ArchiveWithFiles]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.archive_with_files import ArchiveWithFiles  # noqa: PLC0415

        migration_id = self.migration_id

        user = self.user

        workspace = self.workspace

        label: None | str
        label = self.label

        storage = self.storage

        archives = []
        for archives_item_data in self.archives:
            archives_item = archives_item_data.to_dict()
            archives.append(archives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "migration_id": migration_id,
                "user": user,
                "workspace": workspace,
                "label": label,
                "storage": storage,
                "archives": archives,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archive_with_files import ArchiveWithFiles  # noqa: PLC0415

        d = dict(src_dict)
        migration_id = d.pop("migration_id")

        user = d.pop("user")

        workspace = d.pop("workspace")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        storage = d.pop("storage")

        archives = []
        _archives = d.pop("archives")
        for archives_item_data in _archives:
            archives_item = ArchiveWithFiles.from_dict(archives_item_data)

            archives.append(archives_item)

        batch_files = cls(
            migration_id=migration_id,
            user=user,
            workspace=workspace,
            label=label,
            storage=storage,
            archives=archives,
        )

        batch_files.additional_properties = d
        return batch_files

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
