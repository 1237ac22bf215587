from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.panda_datetime import PandaDatetime
    from ..models.task_job_description_files_item import TaskJobDescriptionFilesItem


T = TypeVar("T", bound="TaskJobDescription")


@_attrs_define
class TaskJobDescription:
    """A job description (all JobSpec attributes, `"NULL"` as null, datetimes as PandaDatetime); common fields listed.

    Attributes:
        panda_id (int | Unset):
        job_status (str | Unset):
        jedi_task_id (int | None | Unset):
        computing_site (None | str | Unset):
        prod_source_label (None | str | Unset):
        start_time (None | PandaDatetime | Unset):
        end_time (None | PandaDatetime | Unset):
        job_duration (float | None | Unset): `endTime - startTime` in seconds, null if either is missing.
        extended_prod_source_label (str | Unset): prodSourceLabel + `_build`, `_pmerge`, `_scout` or `_normal`.
        files (list[TaskJobDescriptionFilesItem] | Unset): The job's files (FileSpec attributes, datetimes as strings).
    """

    panda_id: int | Unset = UNSET
    job_status: str | Unset = UNSET
    jedi_task_id: int | None | Unset = UNSET
    computing_site: None | str | Unset = UNSET
    prod_source_label: None | str | Unset = UNSET
    start_time: None | PandaDatetime | Unset = UNSET
    end_time: None | PandaDatetime | Unset = UNSET
    job_duration: float | None | Unset = UNSET
    extended_prod_source_label: str | Unset = UNSET
    files: list[TaskJobDescriptionFilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415
        from ..models.task_job_description_files_item import TaskJobDescriptionFilesItem  # noqa: PLC0415

        panda_id = self.panda_id

        job_status = self.job_status

        jedi_task_id: int | None | Unset
        if isinstance(self.jedi_task_id, Unset):
            jedi_task_id = UNSET
        else:
            jedi_task_id = self.jedi_task_id

        computing_site: None | str | Unset
        if isinstance(self.computing_site, Unset):
            computing_site = UNSET
        else:
            computing_site = self.computing_site

        prod_source_label: None | str | Unset
        if isinstance(self.prod_source_label, Unset):
            prod_source_label = UNSET
        else:
            prod_source_label = self.prod_source_label

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

        job_duration: float | None | Unset
        if isinstance(self.job_duration, Unset):
            job_duration = UNSET
        else:
            job_duration = self.job_duration

        extended_prod_source_label = self.extended_prod_source_label

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
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status
        if jedi_task_id is not UNSET:
            field_dict["jediTaskID"] = jedi_task_id
        if computing_site is not UNSET:
            field_dict["computingSite"] = computing_site
        if prod_source_label is not UNSET:
            field_dict["prodSourceLabel"] = prod_source_label
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if job_duration is not UNSET:
            field_dict["jobDuration"] = job_duration
        if extended_prod_source_label is not UNSET:
            field_dict["extendedProdSourceLabel"] = extended_prod_source_label
        if files is not UNSET:
            field_dict["Files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415
        from ..models.task_job_description_files_item import TaskJobDescriptionFilesItem  # noqa: PLC0415

        d = dict(src_dict)
        panda_id = d.pop("PandaID", UNSET)
        if (
            not (isinstance(panda_id, int) and not isinstance(panda_id, bool) and -(2**63) <= panda_id < 2**63)
            and panda_id is not UNSET
        ):
            raise TypeError("PandaID: expected a 64-bit integer, got " + type(panda_id).__name__)

        job_status = d.pop("jobStatus", UNSET)
        if not (isinstance(job_status, str)) and job_status is not UNSET:
            raise TypeError("jobStatus: expected a string, got " + type(job_status).__name__)

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

        def _parse_job_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_duration_type_0 = data
                if not (
                    isinstance(job_duration_type_0, (int, float))
                    and not isinstance(job_duration_type_0, bool)
                    and float("-inf") < job_duration_type_0 < float("inf")
                ):
                    raise TypeError("jobDuration: expected a finite number, got " + type(job_duration_type_0).__name__)

                return job_duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_duration_type_1 = data
            if not (job_duration_type_1 is None):
                raise TypeError("jobDuration: expected the documented type, got " + type(job_duration_type_1).__name__)

            return job_duration_type_1

        job_duration = _parse_job_duration(d.pop("jobDuration", UNSET))

        extended_prod_source_label = d.pop("extendedProdSourceLabel", UNSET)
        if not (isinstance(extended_prod_source_label, str)) and extended_prod_source_label is not UNSET:
            raise TypeError(
                "extendedProdSourceLabel: expected a string, got " + type(extended_prod_source_label).__name__
            )

        _files = d.pop("Files", UNSET)
        files: list[TaskJobDescriptionFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TaskJobDescriptionFilesItem.from_dict(files_item_data)

                files.append(files_item)

        task_job_description = cls(
            panda_id=panda_id,
            job_status=job_status,
            jedi_task_id=jedi_task_id,
            computing_site=computing_site,
            prod_source_label=prod_source_label,
            start_time=start_time,
            end_time=end_time,
            job_duration=job_duration,
            extended_prod_source_label=extended_prod_source_label,
            files=files,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_job_description.additional_properties = additional_properties
        return task_job_description

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
