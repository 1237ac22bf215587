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
        if (
            not (isinstance(panda_id, int) and not isinstance(panda_id, bool) and -(2**63) <= panda_id < 2**63)
            and panda_id is not UNSET
        ):
            raise TypeError("PandaID: expected a 64-bit integer, got " + type(panda_id).__name__)

        def _parse_job_definition_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_definition_id_type_0 = data
                if not (
                    isinstance(job_definition_id_type_0, int)
                    and not isinstance(job_definition_id_type_0, bool)
                    and -(2**63) <= job_definition_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "jobDefinitionID: expected a 64-bit integer, got " + type(job_definition_id_type_0).__name__
                    )

                return job_definition_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_definition_id_type_1 = data
            if not (job_definition_id_type_1 is None):
                raise TypeError(
                    "jobDefinitionID: expected the documented type, got " + type(job_definition_id_type_1).__name__
                )

            return job_definition_id_type_1

        job_definition_id = _parse_job_definition_id(d.pop("jobDefinitionID", UNSET))

        def _parse_job_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_name_type_0 = data
                if not (isinstance(job_name_type_0, str)):
                    raise TypeError("jobName: expected a string, got " + type(job_name_type_0).__name__)

                return job_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_name_type_1 = data
            if not (job_name_type_1 is None):
                raise TypeError("jobName: expected the documented type, got " + type(job_name_type_1).__name__)

            return job_name_type_1

        job_name = _parse_job_name(d.pop("jobName", UNSET))

        def _parse_job_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_status_type_0 = data
                if not (isinstance(job_status_type_0, str)):
                    raise TypeError("jobStatus: expected a string, got " + type(job_status_type_0).__name__)

                return job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_status_type_1 = data
            if not (job_status_type_1 is None):
                raise TypeError("jobStatus: expected the documented type, got " + type(job_status_type_1).__name__)

            return job_status_type_1

        job_status = _parse_job_status(d.pop("jobStatus", UNSET))

        def _parse_prod_source_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                prod_source_label_type_0 = data
                if not (isinstance(prod_source_label_type_0, str)):
                    raise TypeError(
                        "prodSourceLabel: expected a string, got " + type(prod_source_label_type_0).__name__
                    )

                return prod_source_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            prod_source_label_type_1 = data
            if not (prod_source_label_type_1 is None):
                raise TypeError(
                    "prodSourceLabel: expected the documented type, got " + type(prod_source_label_type_1).__name__
                )

            return prod_source_label_type_1

        prod_source_label = _parse_prod_source_label(d.pop("prodSourceLabel", UNSET))

        def _parse_computing_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                computing_site_type_0 = data
                if not (isinstance(computing_site_type_0, str)):
                    raise TypeError("computingSite: expected a string, got " + type(computing_site_type_0).__name__)

                return computing_site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            computing_site_type_1 = data
            if not (computing_site_type_1 is None):
                raise TypeError(
                    "computingSite: expected the documented type, got " + type(computing_site_type_1).__name__
                )

            return computing_site_type_1

        computing_site = _parse_computing_site(d.pop("computingSite", UNSET))

        def _parse_jedi_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                jedi_task_id_type_0 = data
                if not (
                    isinstance(jedi_task_id_type_0, int)
                    and not isinstance(jedi_task_id_type_0, bool)
                    and -(2**63) <= jedi_task_id_type_0 < 2**63
                ):
                    raise TypeError("jediTaskID: expected a 64-bit integer, got " + type(jedi_task_id_type_0).__name__)

                return jedi_task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            jedi_task_id_type_1 = data
            if not (jedi_task_id_type_1 is None):
                raise TypeError("jediTaskID: expected the documented type, got " + type(jedi_task_id_type_1).__name__)

            return jedi_task_id_type_1

        jedi_task_id = _parse_jedi_task_id(d.pop("jediTaskID", UNSET))

        def _parse_jobset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                jobset_id_type_0 = data
                if not (
                    isinstance(jobset_id_type_0, int)
                    and not isinstance(jobset_id_type_0, bool)
                    and -(2**63) <= jobset_id_type_0 < 2**63
                ):
                    raise TypeError("jobsetID: expected a 64-bit integer, got " + type(jobset_id_type_0).__name__)

                return jobset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            jobset_id_type_1 = data
            if not (jobset_id_type_1 is None):
                raise TypeError("jobsetID: expected the documented type, got " + type(jobset_id_type_1).__name__)

            return jobset_id_type_1

        jobset_id = _parse_jobset_id(d.pop("jobsetID", UNSET))

        def _parse_attempt_nr(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                attempt_nr_type_0 = data
                if not (
                    isinstance(attempt_nr_type_0, int)
                    and not isinstance(attempt_nr_type_0, bool)
                    and -(2**63) <= attempt_nr_type_0 < 2**63
                ):
                    raise TypeError("attemptNr: expected a 64-bit integer, got " + type(attempt_nr_type_0).__name__)

                return attempt_nr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            attempt_nr_type_1 = data
            if not (attempt_nr_type_1 is None):
                raise TypeError("attemptNr: expected the documented type, got " + type(attempt_nr_type_1).__name__)

            return attempt_nr_type_1

        attempt_nr = _parse_attempt_nr(d.pop("attemptNr", UNSET))

        def _parse_prod_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                prod_user_name_type_0 = data
                if not (isinstance(prod_user_name_type_0, str)):
                    raise TypeError("prodUserName: expected a string, got " + type(prod_user_name_type_0).__name__)

                return prod_user_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            prod_user_name_type_1 = data
            if not (prod_user_name_type_1 is None):
                raise TypeError(
                    "prodUserName: expected the documented type, got " + type(prod_user_name_type_1).__name__
                )

            return prod_user_name_type_1

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
            if not True:
                raise TypeError()
            creation_time_type_1 = data
            if not (creation_time_type_1 is None):
                raise TypeError(
                    "creationTime: expected the documented type, got " + type(creation_time_type_1).__name__
                )

            return creation_time_type_1

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
            if not True:
                raise TypeError()
            modification_time_type_1 = data
            if not (modification_time_type_1 is None):
                raise TypeError(
                    "modificationTime: expected the documented type, got " + type(modification_time_type_1).__name__
                )

            return modification_time_type_1

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
            if not True:
                raise TypeError()
            start_time_type_1 = data
            if not (start_time_type_1 is None):
                raise TypeError("startTime: expected the documented type, got " + type(start_time_type_1).__name__)

            return start_time_type_1

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
            if not True:
                raise TypeError()
            end_time_type_1 = data
            if not (end_time_type_1 is None):
                raise TypeError("endTime: expected the documented type, got " + type(end_time_type_1).__name__)

            return end_time_type_1

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_description.additional_properties = additional_properties
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
