from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archive import Archive


T = TypeVar("T", bound="BatchArchives")


@_attrs_define
class BatchArchives:
    """A batch with its archives (no `stage` key here).

    Attributes:
        migration_id (int):
        user (str):
        workspace (str):
        label (None | str):
        storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
            internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
        archives (list[Archive]):
    """

    migration_id: int
    user: str
    workspace: str
    label: None | str
    storage: str
    archives: list[Archive]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.archive import Archive  # noqa: PLC0415

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
        from ..models.archive import Archive  # noqa: PLC0415

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

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        archives = []
        _archives = d.pop("archives")
        for archives_item_data in _archives:
            archives_item = Archive.from_dict(archives_item_data)

            archives.append(archives_item)

        batch_archives = cls(
            migration_id=migration_id,
            user=user,
            workspace=workspace,
            label=label,
            storage=storage,
            archives=archives,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_archives.additional_properties = additional_properties
        return batch_archives

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
