from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_parameters import TaskParameters


T = TypeVar("T", bound="SubmitTaskRequest")


@_attrs_define
class SubmitTaskRequest:
    """
    Attributes:
        task_parameters (TaskParameters): A JEDI task-parameter object (the attributes understood by JEDI's JediTaskSpec
            and task refiners). Any
            key is accepted; the common ones are listed. Typical further keys: `log` (the log dataset template),
            `jobParameters` (list of parameter templates), `nEvents`, `nEventsPerJob`, `nFilesPerJob`, `site`,
            `cloud`, `excludedSite`, `includedSite`, `noInput`, `parentTaskName`, `official`, `workingGroup`.
        parent_tid (int | None | Unset): The JEDI task ID of the parent task.
    """

    task_parameters: TaskParameters
    parent_tid: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_parameters import TaskParameters  # noqa: PLC0415

        task_parameters = self.task_parameters.to_dict()

        parent_tid: int | None | Unset
        if isinstance(self.parent_tid, Unset):
            parent_tid = UNSET
        else:
            parent_tid = self.parent_tid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_parameters": task_parameters,
            }
        )
        if parent_tid is not UNSET:
            field_dict["parent_tid"] = parent_tid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_parameters import TaskParameters  # noqa: PLC0415

        d = dict(src_dict)
        task_parameters = TaskParameters.from_dict(d.pop("task_parameters"))

        def _parse_parent_tid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                parent_tid_type_0 = data
                if not (
                    isinstance(parent_tid_type_0, int)
                    and not isinstance(parent_tid_type_0, bool)
                    and -(2**63) <= parent_tid_type_0 < 2**63
                ):
                    raise TypeError("parent_tid: expected a 64-bit integer, got " + type(parent_tid_type_0).__name__)

                return parent_tid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            parent_tid_type_1 = data
            if not (parent_tid_type_1 is None):
                raise TypeError("parent_tid: expected the documented type, got " + type(parent_tid_type_1).__name__)

            return parent_tid_type_1

        parent_tid = _parse_parent_tid(d.pop("parent_tid", UNSET))

        submit_task_request = cls(
            task_parameters=task_parameters,
            parent_tid=parent_tid,
        )

        return submit_task_request
