from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_harvester_dialogs_request_dialogs_item import AddHarvesterDialogsRequestDialogsItem


T = TypeVar("T", bound="AddHarvesterDialogsRequest")


@_attrs_define
class AddHarvesterDialogsRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        dialogs (list[AddHarvesterDialogsRequestDialogsItem]): `{diagID, moduleName, identifier, creationTime (%Y-%m-%d
            %H:%M:%S.%f), messageLevel, diagMessage}` dicts.
    """

    harvester_id: str
    dialogs: list[AddHarvesterDialogsRequestDialogsItem]

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_harvester_dialogs_request_dialogs_item import AddHarvesterDialogsRequestDialogsItem  # noqa: PLC0415

        harvester_id = self.harvester_id

        dialogs = []
        for dialogs_item_data in self.dialogs:
            dialogs_item = dialogs_item_data.to_dict()
            dialogs.append(dialogs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
                "dialogs": dialogs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_harvester_dialogs_request_dialogs_item import AddHarvesterDialogsRequestDialogsItem  # noqa: PLC0415

        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        dialogs = []
        _dialogs = d.pop("dialogs")
        for dialogs_item_data in _dialogs:
            dialogs_item = AddHarvesterDialogsRequestDialogsItem.from_dict(dialogs_item_data)

            dialogs.append(dialogs_item)

        add_harvester_dialogs_request = cls(
            harvester_id=harvester_id,
            dialogs=dialogs,
        )

        return add_harvester_dialogs_request
