from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.panda_datetime import PandaDatetime


T = TypeVar("T", bound="TaskSummary")


@_attrs_define
class TaskSummary:
    """A task from `task/get_tasks_modified_since`; the digest fields are present only with `full`.

    Attributes:
        jedi_task_id (int | Unset):
        modification_time (None | PandaDatetime | Unset):
        status (str | Unset):
        processing_type (None | str | Unset):
        trans_uses (None | str | Unset):
        trans_home (None | str | Unset):
        architecture (None | str | Unset):
        req_id (int | None | Unset):
        creation_date (None | PandaDatetime | Unset):
        site (None | str | Unset):
        cloud (None | str | Unset):
        task_name (None | str | Unset):
        in_ds (str | Unset): Comma-separated input dataset names (`full` only).
        out_ds (str | Unset): Comma-separated output dataset names (`full` only).
        statistics (str | Unset): Input-file processing states as `state*n` (`full` only).
        panda_id (list[int] | Unset):
        merge_status (Any | Unset): Always null in server 1.0.4.
        merge_panda_id (list[int] | Unset):
        cli_params (str | Unset): The command line (`full` only; empty if none).
    """

    jedi_task_id: int | Unset = UNSET
    modification_time: None | PandaDatetime | Unset = UNSET
    status: str | Unset = UNSET
    processing_type: None | str | Unset = UNSET
    trans_uses: None | str | Unset = UNSET
    trans_home: None | str | Unset = UNSET
    architecture: None | str | Unset = UNSET
    req_id: int | None | Unset = UNSET
    creation_date: None | PandaDatetime | Unset = UNSET
    site: None | str | Unset = UNSET
    cloud: None | str | Unset = UNSET
    task_name: None | str | Unset = UNSET
    in_ds: str | Unset = UNSET
    out_ds: str | Unset = UNSET
    statistics: str | Unset = UNSET
    panda_id: list[int] | Unset = UNSET
    merge_status: Any | Unset = UNSET
    merge_panda_id: list[int] | Unset = UNSET
    cli_params: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        jedi_task_id = self.jedi_task_id

        modification_time: dict[str, Any] | None | Unset
        if isinstance(self.modification_time, Unset):
            modification_time = UNSET
        elif isinstance(self.modification_time, PandaDatetime):
            modification_time = self.modification_time.to_dict()
        else:
            modification_time = self.modification_time

        status = self.status

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        else:
            processing_type = self.processing_type

        trans_uses: None | str | Unset
        if isinstance(self.trans_uses, Unset):
            trans_uses = UNSET
        else:
            trans_uses = self.trans_uses

        trans_home: None | str | Unset
        if isinstance(self.trans_home, Unset):
            trans_home = UNSET
        else:
            trans_home = self.trans_home

        architecture: None | str | Unset
        if isinstance(self.architecture, Unset):
            architecture = UNSET
        else:
            architecture = self.architecture

        req_id: int | None | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        creation_date: dict[str, Any] | None | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, PandaDatetime):
            creation_date = self.creation_date.to_dict()
        else:
            creation_date = self.creation_date

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        cloud: None | str | Unset
        if isinstance(self.cloud, Unset):
            cloud = UNSET
        else:
            cloud = self.cloud

        task_name: None | str | Unset
        if isinstance(self.task_name, Unset):
            task_name = UNSET
        else:
            task_name = self.task_name

        in_ds = self.in_ds

        out_ds = self.out_ds

        statistics = self.statistics

        panda_id: list[int] | Unset = UNSET
        if not isinstance(self.panda_id, Unset):
            panda_id = self.panda_id

        merge_status = self.merge_status

        merge_panda_id: list[int] | Unset = UNSET
        if not isinstance(self.merge_panda_id, Unset):
            merge_panda_id = self.merge_panda_id

        cli_params = self.cli_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jedi_task_id is not UNSET:
            field_dict["jediTaskID"] = jedi_task_id
        if modification_time is not UNSET:
            field_dict["modificationTime"] = modification_time
        if status is not UNSET:
            field_dict["status"] = status
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if trans_uses is not UNSET:
            field_dict["transUses"] = trans_uses
        if trans_home is not UNSET:
            field_dict["transHome"] = trans_home
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if site is not UNSET:
            field_dict["site"] = site
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if in_ds is not UNSET:
            field_dict["inDS"] = in_ds
        if out_ds is not UNSET:
            field_dict["outDS"] = out_ds
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if panda_id is not UNSET:
            field_dict["PandaID"] = panda_id
        if merge_status is not UNSET:
            field_dict["mergeStatus"] = merge_status
        if merge_panda_id is not UNSET:
            field_dict["mergePandaID"] = merge_panda_id
        if cli_params is not UNSET:
            field_dict["cliParams"] = cli_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        d = dict(src_dict)
        jedi_task_id = d.pop("jediTaskID", UNSET)

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

        status = d.pop("status", UNSET)

        def _parse_processing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

        def _parse_trans_uses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trans_uses = _parse_trans_uses(d.pop("transUses", UNSET))

        def _parse_trans_home(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trans_home = _parse_trans_home(d.pop("transHome", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        req_id = _parse_req_id(d.pop("reqID", UNSET))

        def _parse_creation_date(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_date_type_0 = PandaDatetime.from_dict(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PandaDatetime | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))

        def _parse_cloud(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud = _parse_cloud(d.pop("cloud", UNSET))

        def _parse_task_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_name = _parse_task_name(d.pop("taskName", UNSET))

        in_ds = d.pop("inDS", UNSET)

        out_ds = d.pop("outDS", UNSET)

        statistics = d.pop("statistics", UNSET)

        panda_id = cast(list[int], d.pop("PandaID", UNSET))

        merge_status = d.pop("mergeStatus", UNSET)

        merge_panda_id = cast(list[int], d.pop("mergePandaID", UNSET))

        cli_params = d.pop("cliParams", UNSET)

        task_summary = cls(
            jedi_task_id=jedi_task_id,
            modification_time=modification_time,
            status=status,
            processing_type=processing_type,
            trans_uses=trans_uses,
            trans_home=trans_home,
            architecture=architecture,
            req_id=req_id,
            creation_date=creation_date,
            site=site,
            cloud=cloud,
            task_name=task_name,
            in_ds=in_ds,
            out_ds=out_ds,
            statistics=statistics,
            panda_id=panda_id,
            merge_status=merge_status,
            merge_panda_id=merge_panda_id,
            cli_params=cli_params,
        )

        task_summary.additional_properties = d
        return task_summary

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
