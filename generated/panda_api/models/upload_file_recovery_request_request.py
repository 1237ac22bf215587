from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadFileRecoveryRequestRequest")


@_attrs_define
class UploadFileRecoveryRequestRequest:
    """
    Attributes:
        task_id (int | None | Unset): The JEDI task whose lost files to recover. task_id or dataset is needed.
        dry_run (bool | None | Unset): Only report what would be done.
        dataset (None | str | Unset): The dataset in which to recover files. task_id or dataset is needed.
        files (list[str] | None | Unset): The LFNs to recover; all lost files when absent.
        no_child_retry (bool | Unset): Do not retry the child tasks. Default: True.
        resurrect_datasets (bool | Unset): Resurrect the datasets if they were already deleted. Default: False.
        force (bool | Unset): Run the recovery even if no lost file is found. Default: False.
        reproduce_parent (bool | Unset): Reproduce the parent task when the input files that produced the lost files are
            gone. Default: False.
        reproduce_upto_nth_gen (int | Unset): How many generations of parent tasks to reproduce; N > 0 implies
            reproduce_parent. Default: 0.
    """

    task_id: int | None | Unset = UNSET
    dry_run: bool | None | Unset = UNSET
    dataset: None | str | Unset = UNSET
    files: list[str] | None | Unset = UNSET
    no_child_retry: bool | Unset = True
    resurrect_datasets: bool | Unset = False
    force: bool | Unset = False
    reproduce_parent: bool | Unset = False
    reproduce_upto_nth_gen: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        dataset: None | str | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        else:
            dataset = self.dataset

        files: list[str] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = self.files

        else:
            files = self.files

        no_child_retry = self.no_child_retry

        resurrect_datasets = self.resurrect_datasets

        force = self.force

        reproduce_parent = self.reproduce_parent

        reproduce_upto_nth_gen = self.reproduce_upto_nth_gen

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if files is not UNSET:
            field_dict["files"] = files
        if no_child_retry is not UNSET:
            field_dict["no_child_retry"] = no_child_retry
        if resurrect_datasets is not UNSET:
            field_dict["resurrect_datasets"] = resurrect_datasets
        if force is not UNSET:
            field_dict["force"] = force
        if reproduce_parent is not UNSET:
            field_dict["reproduce_parent"] = reproduce_parent
        if reproduce_upto_nth_gen is not UNSET:
            field_dict["reproduce_upto_nth_gen"] = reproduce_upto_nth_gen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dry_run", UNSET))

        def _parse_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        def _parse_files(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = cast(list[str], data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        no_child_retry = d.pop("no_child_retry", UNSET)

        resurrect_datasets = d.pop("resurrect_datasets", UNSET)

        force = d.pop("force", UNSET)

        reproduce_parent = d.pop("reproduce_parent", UNSET)

        reproduce_upto_nth_gen = d.pop("reproduce_upto_nth_gen", UNSET)

        upload_file_recovery_request_request = cls(
            task_id=task_id,
            dry_run=dry_run,
            dataset=dataset,
            files=files,
            no_child_retry=no_child_retry,
            resurrect_datasets=resurrect_datasets,
            force=force,
            reproduce_parent=reproduce_parent,
            reproduce_upto_nth_gen=reproduce_upto_nth_gen,
        )

        return upload_file_recovery_request_request
