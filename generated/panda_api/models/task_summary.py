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
        if (
            not (
                isinstance(jedi_task_id, int)
                and not isinstance(jedi_task_id, bool)
                and -(2**63) <= jedi_task_id < 2**63
            )
            and jedi_task_id is not UNSET
        ):
            raise TypeError("jediTaskID: expected a 64-bit integer, got " + type(jedi_task_id).__name__)

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

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_processing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                processing_type_type_0 = data
                if not (isinstance(processing_type_type_0, str)):
                    raise TypeError("processingType: expected a string, got " + type(processing_type_type_0).__name__)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            processing_type_type_1 = data
            if not (processing_type_type_1 is None):
                raise TypeError(
                    "processingType: expected the documented type, got " + type(processing_type_type_1).__name__
                )

            return processing_type_type_1

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

        def _parse_trans_uses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                trans_uses_type_0 = data
                if not (isinstance(trans_uses_type_0, str)):
                    raise TypeError("transUses: expected a string, got " + type(trans_uses_type_0).__name__)

                return trans_uses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            trans_uses_type_1 = data
            if not (trans_uses_type_1 is None):
                raise TypeError("transUses: expected the documented type, got " + type(trans_uses_type_1).__name__)

            return trans_uses_type_1

        trans_uses = _parse_trans_uses(d.pop("transUses", UNSET))

        def _parse_trans_home(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                trans_home_type_0 = data
                if not (isinstance(trans_home_type_0, str)):
                    raise TypeError("transHome: expected a string, got " + type(trans_home_type_0).__name__)

                return trans_home_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            trans_home_type_1 = data
            if not (trans_home_type_1 is None):
                raise TypeError("transHome: expected the documented type, got " + type(trans_home_type_1).__name__)

            return trans_home_type_1

        trans_home = _parse_trans_home(d.pop("transHome", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                architecture_type_0 = data
                if not (isinstance(architecture_type_0, str)):
                    raise TypeError("architecture: expected a string, got " + type(architecture_type_0).__name__)

                return architecture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            architecture_type_1 = data
            if not (architecture_type_1 is None):
                raise TypeError("architecture: expected the documented type, got " + type(architecture_type_1).__name__)

            return architecture_type_1

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                req_id_type_0 = data
                if not (
                    isinstance(req_id_type_0, int)
                    and not isinstance(req_id_type_0, bool)
                    and -(2**63) <= req_id_type_0 < 2**63
                ):
                    raise TypeError("reqID: expected a 64-bit integer, got " + type(req_id_type_0).__name__)

                return req_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            req_id_type_1 = data
            if not (req_id_type_1 is None):
                raise TypeError("reqID: expected the documented type, got " + type(req_id_type_1).__name__)

            return req_id_type_1

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
            if not True:
                raise TypeError()
            creation_date_type_1 = data
            if not (creation_date_type_1 is None):
                raise TypeError(
                    "creationDate: expected the documented type, got " + type(creation_date_type_1).__name__
                )

            return creation_date_type_1

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                site_type_0 = data
                if not (isinstance(site_type_0, str)):
                    raise TypeError("site: expected a string, got " + type(site_type_0).__name__)

                return site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            site_type_1 = data
            if not (site_type_1 is None):
                raise TypeError("site: expected the documented type, got " + type(site_type_1).__name__)

            return site_type_1

        site = _parse_site(d.pop("site", UNSET))

        def _parse_cloud(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cloud_type_0 = data
                if not (isinstance(cloud_type_0, str)):
                    raise TypeError("cloud: expected a string, got " + type(cloud_type_0).__name__)

                return cloud_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cloud_type_1 = data
            if not (cloud_type_1 is None):
                raise TypeError("cloud: expected the documented type, got " + type(cloud_type_1).__name__)

            return cloud_type_1

        cloud = _parse_cloud(d.pop("cloud", UNSET))

        def _parse_task_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_name_type_0 = data
                if not (isinstance(task_name_type_0, str)):
                    raise TypeError("taskName: expected a string, got " + type(task_name_type_0).__name__)

                return task_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_name_type_1 = data
            if not (task_name_type_1 is None):
                raise TypeError("taskName: expected the documented type, got " + type(task_name_type_1).__name__)

            return task_name_type_1

        task_name = _parse_task_name(d.pop("taskName", UNSET))

        in_ds = d.pop("inDS", UNSET)
        if not (isinstance(in_ds, str)) and in_ds is not UNSET:
            raise TypeError("inDS: expected a string, got " + type(in_ds).__name__)

        out_ds = d.pop("outDS", UNSET)
        if not (isinstance(out_ds, str)) and out_ds is not UNSET:
            raise TypeError("outDS: expected a string, got " + type(out_ds).__name__)

        statistics = d.pop("statistics", UNSET)
        if not (isinstance(statistics, str)) and statistics is not UNSET:
            raise TypeError("statistics: expected a string, got " + type(statistics).__name__)

        _panda_id = d.pop("PandaID", UNSET)
        panda_id: list[int] | Unset = UNSET
        if _panda_id is not UNSET:
            panda_id = []
            for panda_id_item_data in _panda_id:
                panda_id_item = panda_id_item_data
                if not (
                    isinstance(panda_id_item, int)
                    and not isinstance(panda_id_item, bool)
                    and -(2**63) <= panda_id_item < 2**63
                ):
                    raise TypeError("PandaID_item: expected a 64-bit integer, got " + type(panda_id_item).__name__)

                panda_id.append(panda_id_item)

        merge_status = d.pop("mergeStatus", UNSET)

        _merge_panda_id = d.pop("mergePandaID", UNSET)
        merge_panda_id: list[int] | Unset = UNSET
        if _merge_panda_id is not UNSET:
            merge_panda_id = []
            for merge_panda_id_item_data in _merge_panda_id:
                merge_panda_id_item = merge_panda_id_item_data
                if not (
                    isinstance(merge_panda_id_item, int)
                    and not isinstance(merge_panda_id_item, bool)
                    and -(2**63) <= merge_panda_id_item < 2**63
                ):
                    raise TypeError(
                        "mergePandaID_item: expected a 64-bit integer, got " + type(merge_panda_id_item).__name__
                    )

                merge_panda_id.append(merge_panda_id_item)

        cli_params = d.pop("cliParams", UNSET)
        if not (isinstance(cli_params, str)) and cli_params is not UNSET:
            raise TypeError("cliParams: expected a string, got " + type(cli_params).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_summary.additional_properties = additional_properties
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
