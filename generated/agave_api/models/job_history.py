from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_progress import TransferProgress


T = TypeVar("T", bound="JobHistory")


@_attrs_define
class JobHistory:
    """One job event.

    Attributes:
        status (str | Unset): The job status after the event, or another event name (e.g. PERMISSION_GRANT,
            PERMISSION_REVOKE).
        description (None | str | Unset): What happened; null for some events (jobs-api source).
        created (datetime.datetime | Unset):
        created_by (str | Unset): User who caused the event (not declared by agavepy).
        progress (None | TransferProgress | Unset): Transfer summary for data-staging events only; null when it cannot
            be computed.
    """

    status: str | Unset = UNSET
    description: None | str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    progress: None | TransferProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transfer_progress import TransferProgress  # noqa: PLC0415

        status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        created_by = self.created_by

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, TransferProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transfer_progress import TransferProgress  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                description_type_0 = data
                if not (isinstance(description_type_0, str)):
                    raise TypeError("description: expected a string, got " + type(description_type_0).__name__)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            description_type_1 = data
            if not (description_type_1 is None):
                raise TypeError("description: expected the documented type, got " + type(description_type_1).__name__)

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        created_by = d.pop("createdBy", UNSET)
        if not (isinstance(created_by, str)) and created_by is not UNSET:
            raise TypeError("createdBy: expected a string, got " + type(created_by).__name__)

        def _parse_progress(data: object) -> None | TransferProgress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = TransferProgress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            progress_type_1 = data
            if not (progress_type_1 is None):
                raise TypeError("progress: expected the documented type, got " + type(progress_type_1).__name__)

            return progress_type_1

        progress = _parse_progress(d.pop("progress", UNSET))

        job_history = cls(
            status=status,
            description=description,
            created=created,
            created_by=created_by,
            progress=progress,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_history.additional_properties = additional_properties
        return job_history

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
