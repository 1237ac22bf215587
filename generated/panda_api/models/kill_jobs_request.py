from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillJobsRequest")


@_attrs_define
class KillJobsRequest:
    """
    Attributes:
        job_ids (list[int]): PanDA job IDs.
        code (int | None | Unset): The kill code: 2 expire, 3 aborted, 4 expire in waiting, 7 retry by server, 8
            rebrokerage, 9 force kill,
            10 fast rebrokerage in an overloaded queue, 50 kill by JEDI, 51 reassigned by JEDI, 52 force kill by JEDI,
            55 killed since the task is (almost) done, 60 terminated by the pilot without actual work, 91 kill user
            jobs with the production role, 99 force-kill user jobs with the production role.
        use_email_as_id (bool | Unset): Identify the caller by the e-mail address registered in Rucio. Default: False.
        kill_options (list[str] | Unset): Options: `keepUnmerged`, `jobSubStatus=<value>`.
    """

    job_ids: list[int]
    code: int | None | Unset = UNSET
    use_email_as_id: bool | Unset = False
    kill_options: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_ids = self.job_ids

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        use_email_as_id = self.use_email_as_id

        kill_options: list[str] | Unset = UNSET
        if not isinstance(self.kill_options, Unset):
            kill_options = self.kill_options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_ids": job_ids,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if use_email_as_id is not UNSET:
            field_dict["use_email_as_id"] = use_email_as_id
        if kill_options is not UNSET:
            field_dict["kill_options"] = kill_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_ids = []
        _job_ids = d.pop("job_ids")
        for job_ids_item_data in _job_ids:
            job_ids_item = job_ids_item_data
            if not (
                isinstance(job_ids_item, int)
                and not isinstance(job_ids_item, bool)
                and -(2**63) <= job_ids_item < 2**63
            ):
                raise TypeError("job_ids_item: expected a 64-bit integer, got " + type(job_ids_item).__name__)

            job_ids.append(job_ids_item)

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

        _kill_options = d.pop("kill_options", UNSET)
        kill_options: list[str] | Unset = UNSET
        if _kill_options is not UNSET:
            kill_options = []
            for kill_options_item_data in _kill_options:
                kill_options_item = kill_options_item_data
                if not (isinstance(kill_options_item, str)):
                    raise TypeError("kill_options_item: expected a string, got " + type(kill_options_item).__name__)

                kill_options.append(kill_options_item)

        kill_jobs_request = cls(
            job_ids=job_ids,
            code=code,
            use_email_as_id=use_email_as_id,
            kill_options=kill_options,
        )

        return kill_jobs_request
