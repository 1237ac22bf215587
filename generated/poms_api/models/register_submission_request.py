from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterSubmissionRequest")


@_attrs_define
class RegisterSubmissionRequest:
    """
    Attributes:
        campaign_stage_id (int): Stage of the submission.
        user (str | Unset): Accepted and ignored (the creator is the authenticated caller).
        command_executed (str | Unset): The jobsub command line; a SAM project name is parsed from it when possible.
        input_dataset (str | Unset): Accepted and ignored.
        parent_submission_id (int | Unset): Parent submission of a recovery launch.
        submission_id (int | Unset): Existing submission to update instead of creating one.
        experiment (str | Unset): Experiment of the stage (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    campaign_stage_id: int
    user: str | Unset = UNSET
    command_executed: str | Unset = UNSET
    input_dataset: str | Unset = UNSET
    parent_submission_id: int | Unset = UNSET
    submission_id: int | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_stage_id = self.campaign_stage_id

        user = self.user

        command_executed = self.command_executed

        input_dataset = self.input_dataset

        parent_submission_id = self.parent_submission_id

        submission_id = self.submission_id

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_stage_id": campaign_stage_id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if command_executed is not UNSET:
            field_dict["command_executed"] = command_executed
        if input_dataset is not UNSET:
            field_dict["input_dataset"] = input_dataset
        if parent_submission_id is not UNSET:
            field_dict["parent_submission_id"] = parent_submission_id
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_stage_id = d.pop("campaign_stage_id")
        if not (
            isinstance(campaign_stage_id, int)
            and not isinstance(campaign_stage_id, bool)
            and -(2**63) <= campaign_stage_id < 2**63
        ):
            raise TypeError("campaign_stage_id: expected a 64-bit integer, got " + type(campaign_stage_id).__name__)

        user = d.pop("user", UNSET)
        if not (isinstance(user, str)) and user is not UNSET:
            raise TypeError("user: expected a string, got " + type(user).__name__)

        command_executed = d.pop("command_executed", UNSET)
        if not (isinstance(command_executed, str)) and command_executed is not UNSET:
            raise TypeError("command_executed: expected a string, got " + type(command_executed).__name__)

        input_dataset = d.pop("input_dataset", UNSET)
        if not (isinstance(input_dataset, str)) and input_dataset is not UNSET:
            raise TypeError("input_dataset: expected a string, got " + type(input_dataset).__name__)

        parent_submission_id = d.pop("parent_submission_id", UNSET)
        if (
            not (
                isinstance(parent_submission_id, int)
                and not isinstance(parent_submission_id, bool)
                and -(2**63) <= parent_submission_id < 2**63
            )
            and parent_submission_id is not UNSET
        ):
            raise TypeError(
                "parent_submission_id: expected a 64-bit integer, got " + type(parent_submission_id).__name__
            )

        submission_id = d.pop("submission_id", UNSET)
        if (
            not (
                isinstance(submission_id, int)
                and not isinstance(submission_id, bool)
                and -(2**63) <= submission_id < 2**63
            )
            and submission_id is not UNSET
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        register_submission_request = cls(
            campaign_stage_id=campaign_stage_id,
            user=user,
            command_executed=command_executed,
            input_dataset=input_dataset,
            parent_submission_id=parent_submission_id,
            submission_id=submission_id,
            experiment=experiment,
            role=role,
        )

        return register_submission_request
