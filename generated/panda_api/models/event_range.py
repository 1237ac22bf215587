from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRange")


@_attrs_define
class EventRange:
    """
    Attributes:
        event_range_id (str | Unset): `<jediTaskID>-<PandaID>-<fileID>-<job_processID>-<attemptNr>`.
        start_event (int | Unset):
        last_event (int | Unset):
        lfn (None | str | Unset):
        guid (None | str | Unset):
        scope (None | str | Unset):
    """

    event_range_id: str | Unset = UNSET
    start_event: int | Unset = UNSET
    last_event: int | Unset = UNSET
    lfn: None | str | Unset = UNSET
    guid: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_range_id = self.event_range_id

        start_event = self.start_event

        last_event = self.last_event

        lfn: None | str | Unset
        if isinstance(self.lfn, Unset):
            lfn = UNSET
        else:
            lfn = self.lfn

        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        else:
            guid = self.guid

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_range_id is not UNSET:
            field_dict["eventRangeID"] = event_range_id
        if start_event is not UNSET:
            field_dict["startEvent"] = start_event
        if last_event is not UNSET:
            field_dict["lastEvent"] = last_event
        if lfn is not UNSET:
            field_dict["LFN"] = lfn
        if guid is not UNSET:
            field_dict["GUID"] = guid
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_range_id = d.pop("eventRangeID", UNSET)
        if not (isinstance(event_range_id, str)) and event_range_id is not UNSET:
            raise TypeError("eventRangeID: expected a string, got " + type(event_range_id).__name__)

        start_event = d.pop("startEvent", UNSET)
        if (
            not (isinstance(start_event, int) and not isinstance(start_event, bool) and -(2**63) <= start_event < 2**63)
            and start_event is not UNSET
        ):
            raise TypeError("startEvent: expected a 64-bit integer, got " + type(start_event).__name__)

        last_event = d.pop("lastEvent", UNSET)
        if (
            not (isinstance(last_event, int) and not isinstance(last_event, bool) and -(2**63) <= last_event < 2**63)
            and last_event is not UNSET
        ):
            raise TypeError("lastEvent: expected a 64-bit integer, got " + type(last_event).__name__)

        def _parse_lfn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                lfn_type_0 = data
                if not (isinstance(lfn_type_0, str)):
                    raise TypeError("LFN: expected a string, got " + type(lfn_type_0).__name__)

                return lfn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            lfn_type_1 = data
            if not (lfn_type_1 is None):
                raise TypeError("LFN: expected the documented type, got " + type(lfn_type_1).__name__)

            return lfn_type_1

        lfn = _parse_lfn(d.pop("LFN", UNSET))

        def _parse_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                guid_type_0 = data
                if not (isinstance(guid_type_0, str)):
                    raise TypeError("GUID: expected a string, got " + type(guid_type_0).__name__)

                return guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            guid_type_1 = data
            if not (guid_type_1 is None):
                raise TypeError("GUID: expected the documented type, got " + type(guid_type_1).__name__)

            return guid_type_1

        guid = _parse_guid(d.pop("GUID", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                scope_type_0 = data
                if not (isinstance(scope_type_0, str)):
                    raise TypeError("scope: expected a string, got " + type(scope_type_0).__name__)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            scope_type_1 = data
            if not (scope_type_1 is None):
                raise TypeError("scope: expected the documented type, got " + type(scope_type_1).__name__)

            return scope_type_1

        scope = _parse_scope(d.pop("scope", UNSET))

        event_range = cls(
            event_range_id=event_range_id,
            start_event=start_event,
            last_event=last_event,
            lfn=lfn,
            guid=guid,
            scope=scope,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        event_range.additional_properties = additional_properties
        return event_range

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
