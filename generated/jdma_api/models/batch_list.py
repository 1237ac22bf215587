from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_summary import BatchSummary


T = TypeVar("T", bound="BatchList")


@_attrs_define
class BatchList:
    """
    Attributes:
        migrations (list[BatchSummary]):
    """

    migrations: list[BatchSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_summary import BatchSummary  # noqa: PLC0415

        migrations = []
        for migrations_item_data in self.migrations:
            migrations_item = migrations_item_data.to_dict()
            migrations.append(migrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "migrations": migrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_summary import BatchSummary  # noqa: PLC0415

        d = dict(src_dict)
        migrations = []
        _migrations = d.pop("migrations")
        for migrations_item_data in _migrations:
            migrations_item = BatchSummary.from_dict(migrations_item_data)

            migrations.append(migrations_item)

        batch_list = cls(
            migrations=migrations,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_list.additional_properties = additional_properties
        return batch_list

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
