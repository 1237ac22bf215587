from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_file import JobFile
    from ..models.panda_datetime import PandaDatetime


T = TypeVar("T", bound="JobDescription")


@_attrs_define
class JobDescription:
    """All JobSpec attributes (126 keys: `PandaID`, `jobDefinitionID`, `jobStatus`, `computingSite`, `jediTaskID`,
    ...; `"NULL"` becomes null, datetimes are `__datetime__` objects) plus `Files`.

        Attributes:
            panda_id (int | Unset):
            job_definition_id (int | None | Unset):
            job_name (None | str | Unset):
            job_status (None | str | Unset):
            prod_source_label (None | str | Unset):
            computing_site (None | str | Unset):
            jedi_task_id (int | None | Unset):
            jobset_id (int | None | Unset):
            attempt_nr (int | None | Unset):
            prod_user_name (None | str | Unset):
            creation_time (None | PandaDatetime | Unset):
            modification_time (None | PandaDatetime | Unset):
            start_time (None | PandaDatetime | Unset):
            end_time (None | PandaDatetime | Unset):
            files (list[JobFile] | Unset):
    """

    panda_id: int | Unset = UNSET
    job_definition_id: int | None | Unset = UNSET
    job_name: None | str | Unset = UNSET
    job_status: None | str | Unset = UNSET
    prod_source_label: None | str | Unset = UNSET
    computing_site: None | str | Unset = UNSET
    jedi_task_id: int | None | Unset = UNSET
    jobset_id: int | None | Unset = UNSET
    attempt_nr: int | None | Unset = UNSET
    prod_user_name: None | str | Unset = UNSET
    creation_time: None | PandaDatetime | Unset = UNSET
    modification_time: None | PandaDatetime | Unset = UNSET
    start_time: None | PandaDatetime | Unset = UNSET
    end_time: None | PandaDatetime | Unset = UNSET
    files: list[JobFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_file import JobFile  # noqa: PLC0415
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        panda_id = self.panda_id

        job_definition_id: int | None | Unset
        if isinstance(self.job_definition_id, Unset):
            job_definition_id = UNSET
        else:
            job_definition_id = self.job_definition_id

        job_name: None | str | Unset
        if isinstance(self.job_name, Unset):
            job_name = UNSET
        else:
            job_name = self.job_name

        job_status: None | str | Unset
        if isinstance(self.job_status, Unset):
            job_status = UNSET
        else:
            job_status = self.job_status

        prod_source_label: None | str | Unset
        if isinstance(self.prod_source_label, Unset):
            prod_source_label = UNSET
        else:
            prod_source_label = self.prod_source_label

        computing_site: None | str | Unset
        if isinstance(self.computing_site, Unset):
            computing_site = UNSET
        else:
            computing_site = self.computing_site

        jedi_task_id: int | None | Unset
        if isinstance(self.jedi_task_id, Unset):
            jedi_task_id = UNSET
        else:
            jedi_task_id = self.jedi_task_id

        jobset_id: int | None | Unset
        if isinstance(self.jobset_id, Unset):
            jobset_id = UNSET
        else:
            jobset_id = self.jobset_id

        attempt_nr: int | None | Unset
        if isinstance(self.attempt_nr, Unset):
            attempt_nr = UNSET
        else:
            attempt_nr = self.attempt_nr

        prod_user_name: None | str | Unset
        if isinstance(self.prod_user_name, Unset):
            prod_user_name = UNSET
        else:
            prod_user_name = self.prod_user_name

        creation_time: dict[str, Any] | None | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        elif isinstance(self.creation_time, PandaDatetime):
            creation_time = self.creation_time.to_dict()
        else:
            creation_time = self.creation_time

        modification_time: dict[str, Any] | None | Unset
        if isinstance(self.modification_time, Unset):
            modification_time = UNSET
        elif isinstance(self.modification_time, PandaDatetime):
            modification_time = self.modification_time.to_dict()
        else:
            modification_time = self.modification_time

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, PandaDatetime):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, PandaDatetime):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if panda_id is not UNSET:
            field_dict["PandaID"] = panda_id
        if job_definition_id is not UNSET:
            field_dict["jobDefinitionID"] = job_definition_id
        if job_name is not UNSET:
            field_dict["jobName"] = job_name
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status
        if prod_source_label is not UNSET:
            field_dict["prodSourceLabel"] = prod_source_label
        if computing_site is not UNSET:
            field_dict["computingSite"] = computing_site
        if jedi_task_id is not UNSET:
            field_dict["jediTaskID"] = jedi_task_id
        if jobset_id is not UNSET:
            field_dict["jobsetID"] = jobset_id
        if attempt_nr is not UNSET:
            field_dict["attemptNr"] = attempt_nr
        if prod_user_name is not UNSET:
            field_dict["prodUserName"] = prod_user_name
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if modification_time is not UNSET:
            field_dict["modificationTime"] = modification_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if files is not UNSET:
            field_dict["Files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_file import JobFile  # noqa: PLC0415
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        d = dict(src_dict)
        panda_id = d.pop("PandaID", UNSET)

        def _parse_job_definition_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_definition_id = _parse_job_definition_id(d.pop("jobDefinitionID", UNSET))

        def _parse_job_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_name = _parse_job_name(d.pop("jobName", UNSET))

        def _parse_job_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_status = _parse_job_status(d.pop("jobStatus", UNSET))

        def _parse_prod_source_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prod_source_label = _parse_prod_source_label(d.pop("prodSourceLabel", UNSET))

        def _parse_computing_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        computing_site = _parse_computing_site(d.pop("computingSite", UNSET))

        def _parse_jedi_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jedi_task_id = _parse_jedi_task_id(d.pop("jediTaskID", UNSET))

        def _parse_jobset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jobset_id = _parse_jobset_id(d.pop("jobsetID", UNSET))

        def _parse_attempt_nr(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_nr = _parse_attempt_nr(d.pop("attemptNr", UNSET))

        def _parse_prod_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prod_user_name = _parse_prod_user_name(d.pop("prodUserName", UNSET))

        def _parse_creation_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_time_type_0 = PandaDatetime.from_dict(data)

                return creation_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandaDatetime | Unset, data)

        creation_time = _parse_creation_time(d.pop("creationTime", UNSET))

        def _parse_modification_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                modification_time_type_0 = PandaDatetime.from_dict(data)

                return modification_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandaDatetime | Unset, data)

        modification_time = _parse_modification_time(d.pop("modificationTime", UNSET))

        def _parse_start_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = PandaDatetime.from_dict(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandaDatetime | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = PandaDatetime.from_dict(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandaDatetime | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        _files = d.pop("Files", UNSET)
        files: list[JobFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = JobFile.from_dict(files_item_data)

                files.append(files_item)

        job_description = cls(
            panda_id=panda_id,
            job_definition_id=job_definition_id,
            job_name=job_name,
            job_status=job_status,
            prod_source_label=prod_source_label,
            computing_site=computing_site,
            jedi_task_id=jedi_task_id,
            jobset_id=jobset_id,
            attempt_nr=attempt_nr,
            prod_user_name=prod_user_name,
            creation_time=creation_time,
            modification_time=modification_time,
            start_time=start_time,
            end_time=end_time,
            files=files,
        )

        job_description.additional_properties = d
        return job_description

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
