from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_dataset_file import TaskDatasetFile
    from ..models.task_dataset_ref import TaskDatasetRef


T = TypeVar("T", bound="TaskDatasetFiles")


@_attrs_define
class TaskDatasetFiles:
    """
    Attributes:
        dataset (TaskDatasetRef | Unset):
        files (list[TaskDatasetFile] | Unset):
    """

    dataset: TaskDatasetRef | Unset = UNSET
    files: list[TaskDatasetFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_dataset_file import TaskDatasetFile  # noqa: PLC0415
        from ..models.task_dataset_ref import TaskDatasetRef  # noqa: PLC0415

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_dataset_file import TaskDatasetFile  # noqa: PLC0415
        from ..models.task_dataset_ref import TaskDatasetRef  # noqa: PLC0415

        d = dict(src_dict)
        _dataset = d.pop("dataset", UNSET)
        dataset: TaskDatasetRef | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = TaskDatasetRef.from_dict(_dataset)

        _files = d.pop("files", UNSET)
        files: list[TaskDatasetFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TaskDatasetFile.from_dict(files_item_data)

                files.append(files_item)

        task_dataset_files = cls(
            dataset=dataset,
            files=files,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_dataset_files.additional_properties = additional_properties
        return task_dataset_files

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
