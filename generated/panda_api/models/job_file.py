from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobFile")


@_attrs_define
class JobFile:
    """All FileSpec attributes (`row_ID`, `PandaID`, `GUID`, `lfn`, `type`, `dataset`, `status`, ..., `attemptNr`).

    Attributes:
        row_id (int | None | Unset):
        panda_id (int | None | Unset):
        guid (None | str | Unset):
        lfn (None | str | Unset):
        type_ (None | str | Unset): `input`, `output`, `log`, `pseudo_input`, ...
        dataset (None | str | Unset):
        status (None | str | Unset):
        fsize (int | None | Unset):
        checksum (None | str | Unset):
        scope (None | str | Unset):
        jedi_task_id (int | None | Unset):
        dataset_id (int | None | Unset):
        file_id (int | None | Unset):
    """

    row_id: int | None | Unset = UNSET
    panda_id: int | None | Unset = UNSET
    guid: None | str | Unset = UNSET
    lfn: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    dataset: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    fsize: int | None | Unset = UNSET
    checksum: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    jedi_task_id: int | None | Unset = UNSET
    dataset_id: int | None | Unset = UNSET
    file_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_id: int | None | Unset
        if isinstance(self.row_id, Unset):
            row_id = UNSET
        else:
            row_id = self.row_id

        panda_id: int | None | Unset
        if isinstance(self.panda_id, Unset):
            panda_id = UNSET
        else:
            panda_id = self.panda_id

        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        else:
            guid = self.guid

        lfn: None | str | Unset
        if isinstance(self.lfn, Unset):
            lfn = UNSET
        else:
            lfn = self.lfn

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        dataset: None | str | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        else:
            dataset = self.dataset

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        fsize: int | None | Unset
        if isinstance(self.fsize, Unset):
            fsize = UNSET
        else:
            fsize = self.fsize

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        jedi_task_id: int | None | Unset
        if isinstance(self.jedi_task_id, Unset):
            jedi_task_id = UNSET
        else:
            jedi_task_id = self.jedi_task_id

        dataset_id: int | None | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        file_id: int | None | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_id is not UNSET:
            field_dict["row_ID"] = row_id
        if panda_id is not UNSET:
            field_dict["PandaID"] = panda_id
        if guid is not UNSET:
            field_dict["GUID"] = guid
        if lfn is not UNSET:
            field_dict["lfn"] = lfn
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if status is not UNSET:
            field_dict["status"] = status
        if fsize is not UNSET:
            field_dict["fsize"] = fsize
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if scope is not UNSET:
            field_dict["scope"] = scope
        if jedi_task_id is not UNSET:
            field_dict["jediTaskID"] = jedi_task_id
        if dataset_id is not UNSET:
            field_dict["datasetID"] = dataset_id
        if file_id is not UNSET:
            field_dict["fileID"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_row_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                row_id_type_0 = data
                if not (
                    isinstance(row_id_type_0, int)
                    and not isinstance(row_id_type_0, bool)
                    and -(2**63) <= row_id_type_0 < 2**63
                ):
                    raise TypeError("row_ID: expected a 64-bit integer, got " + type(row_id_type_0).__name__)

                return row_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            row_id_type_1 = data
            if not (row_id_type_1 is None):
                raise TypeError("row_ID: expected the documented type, got " + type(row_id_type_1).__name__)

            return row_id_type_1

        row_id = _parse_row_id(d.pop("row_ID", UNSET))

        def _parse_panda_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                panda_id_type_0 = data
                if not (
                    isinstance(panda_id_type_0, int)
                    and not isinstance(panda_id_type_0, bool)
                    and -(2**63) <= panda_id_type_0 < 2**63
                ):
                    raise TypeError("PandaID: expected a 64-bit integer, got " + type(panda_id_type_0).__name__)

                return panda_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            panda_id_type_1 = data
            if not (panda_id_type_1 is None):
                raise TypeError("PandaID: expected the documented type, got " + type(panda_id_type_1).__name__)

            return panda_id_type_1

        panda_id = _parse_panda_id(d.pop("PandaID", UNSET))

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
                    raise TypeError("lfn: expected a string, got " + type(lfn_type_0).__name__)

                return lfn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            lfn_type_1 = data
            if not (lfn_type_1 is None):
                raise TypeError("lfn: expected the documented type, got " + type(lfn_type_1).__name__)

            return lfn_type_1

        lfn = _parse_lfn(d.pop("lfn", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                type_type_0 = data
                if not (isinstance(type_type_0, str)):
                    raise TypeError("type: expected a string, got " + type(type_type_0).__name__)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            type_type_1 = data
            if not (type_type_1 is None):
                raise TypeError("type: expected the documented type, got " + type(type_type_1).__name__)

            return type_type_1

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                dataset_type_0 = data
                if not (isinstance(dataset_type_0, str)):
                    raise TypeError("dataset: expected a string, got " + type(dataset_type_0).__name__)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dataset_type_1 = data
            if not (dataset_type_1 is None):
                raise TypeError("dataset: expected the documented type, got " + type(dataset_type_1).__name__)

            return dataset_type_1

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                status_type_0 = data
                if not (isinstance(status_type_0, str)):
                    raise TypeError("status: expected a string, got " + type(status_type_0).__name__)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            status_type_1 = data
            if not (status_type_1 is None):
                raise TypeError("status: expected the documented type, got " + type(status_type_1).__name__)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        def _parse_fsize(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                fsize_type_0 = data
                if not (
                    isinstance(fsize_type_0, int)
                    and not isinstance(fsize_type_0, bool)
                    and -(2**63) <= fsize_type_0 < 2**63
                ):
                    raise TypeError("fsize: expected a 64-bit integer, got " + type(fsize_type_0).__name__)

                return fsize_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            fsize_type_1 = data
            if not (fsize_type_1 is None):
                raise TypeError("fsize: expected the documented type, got " + type(fsize_type_1).__name__)

            return fsize_type_1

        fsize = _parse_fsize(d.pop("fsize", UNSET))

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                checksum_type_0 = data
                if not (isinstance(checksum_type_0, str)):
                    raise TypeError("checksum: expected a string, got " + type(checksum_type_0).__name__)

                return checksum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            checksum_type_1 = data
            if not (checksum_type_1 is None):
                raise TypeError("checksum: expected the documented type, got " + type(checksum_type_1).__name__)

            return checksum_type_1

        checksum = _parse_checksum(d.pop("checksum", UNSET))

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

        def _parse_dataset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                dataset_id_type_0 = data
                if not (
                    isinstance(dataset_id_type_0, int)
                    and not isinstance(dataset_id_type_0, bool)
                    and -(2**63) <= dataset_id_type_0 < 2**63
                ):
                    raise TypeError("datasetID: expected a 64-bit integer, got " + type(dataset_id_type_0).__name__)

                return dataset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dataset_id_type_1 = data
            if not (dataset_id_type_1 is None):
                raise TypeError("datasetID: expected the documented type, got " + type(dataset_id_type_1).__name__)

            return dataset_id_type_1

        dataset_id = _parse_dataset_id(d.pop("datasetID", UNSET))

        def _parse_file_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                file_id_type_0 = data
                if not (
                    isinstance(file_id_type_0, int)
                    and not isinstance(file_id_type_0, bool)
                    and -(2**63) <= file_id_type_0 < 2**63
                ):
                    raise TypeError("fileID: expected a 64-bit integer, got " + type(file_id_type_0).__name__)

                return file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            file_id_type_1 = data
            if not (file_id_type_1 is None):
                raise TypeError("fileID: expected the documented type, got " + type(file_id_type_1).__name__)

            return file_id_type_1

        file_id = _parse_file_id(d.pop("fileID", UNSET))

        job_file = cls(
            row_id=row_id,
            panda_id=panda_id,
            guid=guid,
            lfn=lfn,
            type_=type_,
            dataset=dataset,
            status=status,
            fsize=fsize,
            checksum=checksum,
            scope=scope,
            jedi_task_id=jedi_task_id,
            dataset_id=dataset_id,
            file_id=file_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_file.additional_properties = additional_properties
        return job_file

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
