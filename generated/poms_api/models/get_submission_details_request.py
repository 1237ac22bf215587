from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSubmissionDetailsRequest")


@_attrs_define
class GetSubmissionDetailsRequest:
    """
    Attributes:
        submission_id (int): Submission id.
        fmt (Literal['json'] | Unset): `json` (required for a JSON answer; without it the server renders HTML). Default:
            'json'.
        experiment (str | Unset): Experiment of the submission (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    submission_id: int
    fmt: Literal["json"] | Unset = "json"
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        submission_id = self.submission_id

        fmt = self.fmt

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "submission_id": submission_id,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_id = d.pop("submission_id")
        if not (
            isinstance(submission_id, int) and not isinstance(submission_id, bool) and -(2**63) <= submission_id < 2**63
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        fmt = cast(Literal["json"] | Unset, d.pop("fmt", UNSET))
        if fmt != "json" and not isinstance(fmt, Unset):
            raise ValueError(f"fmt must match const 'json', got '{fmt}'")

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        get_submission_details_request = cls(
            submission_id=submission_id,
            fmt=fmt,
            experiment=experiment,
            role=role,
        )

        return get_submission_details_request
