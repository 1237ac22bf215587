from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillUnfinishedTaskJobsRequest")


@_attrs_define
class KillUnfinishedTaskJobsRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        code (int | None | Unset): The kill code, as for `job/kill`: 2 expire, 3 aborted, 4 expire in waiting, 7 retry,
            8 rebrokerage,
            9 force kill, 10 fast rebrokerage, 50-52 JEDI, 55 task (almost) done, 60 no work, 91/99 production
            kill/force-kill of user jobs.
        use_email_as_id (bool | Unset): Identify the caller by the e-mail address of the DN. Default: False.
    """

    task_id: int
    code: int | None | Unset = UNSET
    use_email_as_id: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        use_email_as_id = self.use_email_as_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if use_email_as_id is not UNSET:
            field_dict["use_email_as_id"] = use_email_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                code_type_0 = data
                if not (
                    isinstance(code_type_0, int)
                    and not isinstance(code_type_0, bool)
                    and -(2**63) <= code_type_0 < 2**63
                ):
                    raise TypeError("code: expected a 64-bit integer, got " + type(code_type_0).__name__)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            code_type_1 = data
            if not (code_type_1 is None):
                raise TypeError("code: expected the documented type, got " + type(code_type_1).__name__)

            return code_type_1

        code = _parse_code(d.pop("code", UNSET))

        use_email_as_id = d.pop("use_email_as_id", UNSET)
        if not (isinstance(use_email_as_id, bool)) and use_email_as_id is not UNSET:
            raise TypeError("use_email_as_id: expected true or false, got " + type(use_email_as_id).__name__)

        kill_unfinished_task_jobs_request = cls(
            task_id=task_id,
            code=code,
            use_email_as_id=use_email_as_id,
        )

        return kill_unfinished_task_jobs_request
