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
            try:
                if not True:
                    raise TypeError()
                task_id_type_0 = data
                if not (
                    isinstance(task_id_type_0, int)
                    and not isinstance(task_id_type_0, bool)
                    and -(2**63) <= task_id_type_0 < 2**63
                ):
                    raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id_type_0).__name__)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_id_type_1 = data
            if not (task_id_type_1 is None):
                raise TypeError("task_id: expected the documented type, got " + type(task_id_type_1).__name__)

            return task_id_type_1

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                dry_run_type_0 = data
                if not (isinstance(dry_run_type_0, bool)):
                    raise TypeError("dry_run: expected true or false, got " + type(dry_run_type_0).__name__)

                return dry_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dry_run_type_1 = data
            if not (dry_run_type_1 is None):
                raise TypeError("dry_run: expected the documented type, got " + type(dry_run_type_1).__name__)

            return dry_run_type_1

        dry_run = _parse_dry_run(d.pop("dry_run", UNSET))

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

        def _parse_files(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = files_type_0_item_data
                    if not (isinstance(files_type_0_item, str)):
                        raise TypeError("files_type_0_item: expected a string, got " + type(files_type_0_item).__name__)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            files_type_1 = data
            if not (files_type_1 is None):
                raise TypeError("files: expected the documented type, got " + type(files_type_1).__name__)

            return files_type_1

        files = _parse_files(d.pop("files", UNSET))

        no_child_retry = d.pop("no_child_retry", UNSET)
        if not (isinstance(no_child_retry, bool)) and no_child_retry is not UNSET:
            raise TypeError("no_child_retry: expected true or false, got " + type(no_child_retry).__name__)

        resurrect_datasets = d.pop("resurrect_datasets", UNSET)
        if not (isinstance(resurrect_datasets, bool)) and resurrect_datasets is not UNSET:
            raise TypeError("resurrect_datasets: expected true or false, got " + type(resurrect_datasets).__name__)

        force = d.pop("force", UNSET)
        if not (isinstance(force, bool)) and force is not UNSET:
            raise TypeError("force: expected true or false, got " + type(force).__name__)

        reproduce_parent = d.pop("reproduce_parent", UNSET)
        if not (isinstance(reproduce_parent, bool)) and reproduce_parent is not UNSET:
            raise TypeError("reproduce_parent: expected true or false, got " + type(reproduce_parent).__name__)

        reproduce_upto_nth_gen = d.pop("reproduce_upto_nth_gen", UNSET)
        if (
            not (
                isinstance(reproduce_upto_nth_gen, int)
                and not isinstance(reproduce_upto_nth_gen, bool)
                and -(2**63) <= reproduce_upto_nth_gen < 2**63
            )
            and reproduce_upto_nth_gen is not UNSET
        ):
            raise TypeError(
                "reproduce_upto_nth_gen: expected a 64-bit integer, got " + type(reproduce_upto_nth_gen).__name__
            )

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
