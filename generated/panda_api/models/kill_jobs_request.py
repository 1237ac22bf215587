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
        job_ids = cast(list[int], d.pop("job_ids"))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        use_email_as_id = d.pop("use_email_as_id", UNSET)

        kill_options = cast(list[str], d.pop("kill_options", UNSET))

        kill_jobs_request = cls(
            job_ids=job_ids,
            code=code,
            use_email_as_id=use_email_as_id,
            kill_options=kill_options,
        )

        return kill_jobs_request
