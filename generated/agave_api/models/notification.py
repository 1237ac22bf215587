from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A notification to register with the job.

    Attributes:
        url (str): Email address or URL (agavepy declares an int32 by mistake). URL macros: ${JOB_STATUS}, ${JOB_URL},
            ${JOB_ID}, ${JOB_SYSTEM}, ${JOB_NAME}, ${JOB_START_TIME}, ${JOB_END_TIME}, ${JOB_SUBMIT_TIME},
            ${JOB_ARCHIVE_PATH}, ${JOB_ARCHIVE_URL}, ${JOB_ERROR}.
        event (str): A job status name, or `*` for every event.
        persistent (bool | Unset): Keep firing after the first match. Default: False.
    """

    url: str
    event: str
    persistent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event = self.event

        persistent = self.persistent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "event": event,
            }
        )
        if persistent is not UNSET:
            field_dict["persistent"] = persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")
        if not (isinstance(url, str)):
            raise TypeError("url: expected a string, got " + type(url).__name__)

        event = d.pop("event")
        if not (isinstance(event, str)):
            raise TypeError("event: expected a string, got " + type(event).__name__)

        persistent = d.pop("persistent", UNSET)
        if not (isinstance(persistent, bool)) and persistent is not UNSET:
            raise TypeError("persistent: expected true or false, got " + type(persistent).__name__)

        notification = cls(
            url=url,
            event=event,
            persistent=persistent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification.additional_properties = additional_properties
        return notification

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
