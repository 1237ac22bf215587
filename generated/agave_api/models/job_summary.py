from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_summary_links import JobSummaryLinks


T = TypeVar("T", bound="JobSummary")


@_attrs_define
class JobSummary:
    """A job in a listing. With `filter` the server serialises full jobs instead and projects them, so any Job field may
    appear (kept as additional properties).

        Attributes:
            id (str | Unset): Job id.
            name (str | Unset):
            owner (str | Unset):
            execution_system (str | Unset): Execution system id.
            app_id (str | Unset):
            created (datetime.datetime | Unset): Creation date (not declared by agavepy).
            status (str | Unset): Job status (open set; see Job.status).
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            links (JobSummaryLinks | Unset):
            system_id (str | Unset): Aloe deployments only (replaces executionSystem).
            started (None | str | Unset): Aloe deployments only (replaces startTime), ISO-8601.
            ended (None | str | Unset): Aloe deployments only (replaces endTime), ISO-8601.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    execution_system: str | Unset = UNSET
    app_id: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    links: JobSummaryLinks | Unset = UNSET
    system_id: str | Unset = UNSET
    started: None | str | Unset = UNSET
    ended: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_summary_links import JobSummaryLinks  # noqa: PLC0415

        id = self.id

        name = self.name

        owner = self.owner

        execution_system = self.execution_system

        app_id = self.app_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        status = self.status

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        system_id = self.system_id

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        else:
            started = self.started

        ended: None | str | Unset
        if isinstance(self.ended, Unset):
            ended = UNSET
        else:
            ended = self.ended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if execution_system is not UNSET:
            field_dict["executionSystem"] = execution_system
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if links is not UNSET:
            field_dict["_links"] = links
        if system_id is not UNSET:
            field_dict["systemId"] = system_id
        if started is not UNSET:
            field_dict["started"] = started
        if ended is not UNSET:
            field_dict["ended"] = ended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_summary_links import JobSummaryLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not (isinstance(id, str)) and id is not UNSET:
            raise TypeError("id: expected a string, got " + type(id).__name__)

        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        owner = d.pop("owner", UNSET)
        if not (isinstance(owner, str)) and owner is not UNSET:
            raise TypeError("owner: expected a string, got " + type(owner).__name__)

        execution_system = d.pop("executionSystem", UNSET)
        if not (isinstance(execution_system, str)) and execution_system is not UNSET:
            raise TypeError("executionSystem: expected a string, got " + type(execution_system).__name__)

        app_id = d.pop("appId", UNSET)
        if not (isinstance(app_id, str)) and app_id is not UNSET:
            raise TypeError("appId: expected a string, got " + type(app_id).__name__)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            start_time_type_1 = data
            if not (start_time_type_1 is None):
                raise TypeError("startTime: expected the documented type, got " + type(start_time_type_1).__name__)

            return start_time_type_1

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            end_time_type_1 = data
            if not (end_time_type_1 is None):
                raise TypeError("endTime: expected the documented type, got " + type(end_time_type_1).__name__)

            return end_time_type_1

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        _links = d.pop("_links", UNSET)
        links: JobSummaryLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = JobSummaryLinks.from_dict(_links)

        system_id = d.pop("systemId", UNSET)
        if not (isinstance(system_id, str)) and system_id is not UNSET:
            raise TypeError("systemId: expected a string, got " + type(system_id).__name__)

        def _parse_started(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                started_type_0 = data
                if not (isinstance(started_type_0, str)):
                    raise TypeError("started: expected a string, got " + type(started_type_0).__name__)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            started_type_1 = data
            if not (started_type_1 is None):
                raise TypeError("started: expected the documented type, got " + type(started_type_1).__name__)

            return started_type_1

        started = _parse_started(d.pop("started", UNSET))

        def _parse_ended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                ended_type_0 = data
                if not (isinstance(ended_type_0, str)):
                    raise TypeError("ended: expected a string, got " + type(ended_type_0).__name__)

                return ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            ended_type_1 = data
            if not (ended_type_1 is None):
                raise TypeError("ended: expected the documented type, got " + type(ended_type_1).__name__)

            return ended_type_1

        ended = _parse_ended(d.pop("ended", UNSET))

        job_summary = cls(
            id=id,
            name=name,
            owner=owner,
            execution_system=execution_system,
            app_id=app_id,
            created=created,
            status=status,
            start_time=start_time,
            end_time=end_time,
            links=links,
            system_id=system_id,
            started=started,
            ended=ended,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_summary.additional_properties = additional_properties
        return job_summary

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
