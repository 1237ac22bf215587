from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskParameters")


@_attrs_define
class TaskParameters:
    """A JEDI task-parameter object (the attributes understood by JEDI's JediTaskSpec and task refiners). Any
    key is accepted; the common ones are listed. Typical further keys: `log` (the log dataset template),
    `jobParameters` (list of parameter templates), `nEvents`, `nEventsPerJob`, `nFilesPerJob`, `site`,
    `cloud`, `excludedSite`, `includedSite`, `noInput`, `parentTaskName`, `official`, `workingGroup`.

        Attributes:
            task_name (str | Unset): The task name (for user tasks the output dataset name).
            user_name (str | Unset): The owner; replaced by the caller's name unless the caller has the production role.
            vo (str | Unset): The virtual organisation, e.g. `atlas`.
            prod_source_label (str | Unset): `user`, `managed`, `test`, …
            task_type (str | Unset): e.g. `anal` or `prod`; forced to `anal` without the production role.
            processing_type (str | Unset): e.g. `panda-client-2.2.0-jedi-run`.
            task_priority (int | Unset): Forced to 1000 without the production role.
            cli_params (str | Unset): The command line the task was created with.
    """

    task_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    vo: str | Unset = UNSET
    prod_source_label: str | Unset = UNSET
    task_type: str | Unset = UNSET
    processing_type: str | Unset = UNSET
    task_priority: int | Unset = UNSET
    cli_params: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        user_name = self.user_name

        vo = self.vo

        prod_source_label = self.prod_source_label

        task_type = self.task_type

        processing_type = self.processing_type

        task_priority = self.task_priority

        cli_params = self.cli_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if vo is not UNSET:
            field_dict["vo"] = vo
        if prod_source_label is not UNSET:
            field_dict["prodSourceLabel"] = prod_source_label
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if task_priority is not UNSET:
            field_dict["taskPriority"] = task_priority
        if cli_params is not UNSET:
            field_dict["cliParams"] = cli_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_name = d.pop("taskName", UNSET)
        if not (isinstance(task_name, str)) and task_name is not UNSET:
            raise TypeError("taskName: expected a string, got " + type(task_name).__name__)

        user_name = d.pop("userName", UNSET)
        if not (isinstance(user_name, str)) and user_name is not UNSET:
            raise TypeError("userName: expected a string, got " + type(user_name).__name__)

        vo = d.pop("vo", UNSET)
        if not (isinstance(vo, str)) and vo is not UNSET:
            raise TypeError("vo: expected a string, got " + type(vo).__name__)

        prod_source_label = d.pop("prodSourceLabel", UNSET)
        if not (isinstance(prod_source_label, str)) and prod_source_label is not UNSET:
            raise TypeError("prodSourceLabel: expected a string, got " + type(prod_source_label).__name__)

        task_type = d.pop("taskType", UNSET)
        if not (isinstance(task_type, str)) and task_type is not UNSET:
            raise TypeError("taskType: expected a string, got " + type(task_type).__name__)

        processing_type = d.pop("processingType", UNSET)
        if not (isinstance(processing_type, str)) and processing_type is not UNSET:
            raise TypeError("processingType: expected a string, got " + type(processing_type).__name__)

        task_priority = d.pop("taskPriority", UNSET)
        if (
            not (
                isinstance(task_priority, int)
                and not isinstance(task_priority, bool)
                and -(2**63) <= task_priority < 2**63
            )
            and task_priority is not UNSET
        ):
            raise TypeError("taskPriority: expected a 64-bit integer, got " + type(task_priority).__name__)

        cli_params = d.pop("cliParams", UNSET)
        if not (isinstance(cli_params, str)) and cli_params is not UNSET:
            raise TypeError("cliParams: expected a string, got " + type(cli_params).__name__)

        task_parameters = cls(
            task_name=task_name,
            user_name=user_name,
            vo=vo,
            prod_source_label=prod_source_label,
            task_type=task_type,
            processing_type=processing_type,
            task_priority=task_priority,
            cli_params=cli_params,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_parameters.additional_properties = additional_properties
        return task_parameters

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
