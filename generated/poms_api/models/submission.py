from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_stage import CampaignStage
    from ..models.campaign_stage_snapshot import CampaignStageSnapshot
    from ..models.experimenter import Experimenter
    from ..models.job_type_snapshot import JobTypeSnapshot
    from ..models.login_setup_snapshot import LoginSetupSnapshot
    from ..models.submission_submission_params_type_0 import SubmissionSubmissionParamsType0


T = TypeVar("T", bound="Submission")


@_attrs_define
class Submission:
    """A submission (`submissions` row) with its stage, creator and snapshots expanded.

    Attributes:
        submission_id (int):
        campaign_stage_id (int):
        creator (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        submission_params (None | SubmissionSubmissionParamsType0 | Unset): Bookkeeping flags, e.g. `dataset` (the
            launched dataset, `poms_depends_...`/`poms_recover_...` for dependents/recoveries), `test`, `parent`.
        depends_on (int | None | Unset):
        depend_threshold (int | None | Unset):
        updater (int | None | Unset):
        updated (None | str | Unset):
        command_executed (None | str | Unset):
        project (None | str | Unset): SAM project name.
        files_consumed (int | None | Unset):
        files_generated (int | None | Unset):
        login_setup_snapshot_id (int | None | Unset):
        campaign_stage_snapshot_id (int | None | Unset):
        job_type_snapshot_id (int | None | Unset):
        recovery_position (int | None | Unset):
        recovery_tasks_parent (int | None | Unset): Parent submission of a recovery.
        jobsub_job_id (None | str | Unset): e.g. `23733516@jobsub02.fnal.gov`.
        campaign_stage_obj (CampaignStage | None | Unset):
        experimenter_creator_obj (Experimenter | None | Unset):
        experimenter_updater_obj (Experimenter | None | Unset):
        parent_obj (None | Unset): Relationship key, always null.
        login_setup_snapshot_obj (LoginSetupSnapshot | None | Unset):
        campaign_stage_snapshot_obj (CampaignStageSnapshot | None | Unset):
        job_type_snapshot_obj (JobTypeSnapshot | None | Unset):
        status_history (None | Unset): Relationship key, always null (see SubmissionDetails.history).
    """

    submission_id: int
    campaign_stage_id: int
    creator: int
    created: str
    submission_params: None | SubmissionSubmissionParamsType0 | Unset = UNSET
    depends_on: int | None | Unset = UNSET
    depend_threshold: int | None | Unset = UNSET
    updater: int | None | Unset = UNSET
    updated: None | str | Unset = UNSET
    command_executed: None | str | Unset = UNSET
    project: None | str | Unset = UNSET
    files_consumed: int | None | Unset = UNSET
    files_generated: int | None | Unset = UNSET
    login_setup_snapshot_id: int | None | Unset = UNSET
    campaign_stage_snapshot_id: int | None | Unset = UNSET
    job_type_snapshot_id: int | None | Unset = UNSET
    recovery_position: int | None | Unset = UNSET
    recovery_tasks_parent: int | None | Unset = UNSET
    jobsub_job_id: None | str | Unset = UNSET
    campaign_stage_obj: CampaignStage | None | Unset = UNSET
    experimenter_creator_obj: Experimenter | None | Unset = UNSET
    experimenter_updater_obj: Experimenter | None | Unset = UNSET
    parent_obj: None | Unset = UNSET
    login_setup_snapshot_obj: LoginSetupSnapshot | None | Unset = UNSET
    campaign_stage_snapshot_obj: CampaignStageSnapshot | None | Unset = UNSET
    job_type_snapshot_obj: JobTypeSnapshot | None | Unset = UNSET
    status_history: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.campaign_stage_snapshot import CampaignStageSnapshot  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415
        from ..models.job_type_snapshot import JobTypeSnapshot  # noqa: PLC0415
        from ..models.login_setup_snapshot import LoginSetupSnapshot  # noqa: PLC0415
        from ..models.submission_submission_params_type_0 import SubmissionSubmissionParamsType0  # noqa: PLC0415

        submission_id = self.submission_id

        campaign_stage_id = self.campaign_stage_id

        creator = self.creator

        created = self.created

        submission_params: dict[str, Any] | None | Unset
        if isinstance(self.submission_params, Unset):
            submission_params = UNSET
        elif isinstance(self.submission_params, SubmissionSubmissionParamsType0):
            submission_params = self.submission_params.to_dict()
        else:
            submission_params = self.submission_params

        depends_on: int | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        else:
            depends_on = self.depends_on

        depend_threshold: int | None | Unset
        if isinstance(self.depend_threshold, Unset):
            depend_threshold = UNSET
        else:
            depend_threshold = self.depend_threshold

        updater: int | None | Unset
        if isinstance(self.updater, Unset):
            updater = UNSET
        else:
            updater = self.updater

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        command_executed: None | str | Unset
        if isinstance(self.command_executed, Unset):
            command_executed = UNSET
        else:
            command_executed = self.command_executed

        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        files_consumed: int | None | Unset
        if isinstance(self.files_consumed, Unset):
            files_consumed = UNSET
        else:
            files_consumed = self.files_consumed

        files_generated: int | None | Unset
        if isinstance(self.files_generated, Unset):
            files_generated = UNSET
        else:
            files_generated = self.files_generated

        login_setup_snapshot_id: int | None | Unset
        if isinstance(self.login_setup_snapshot_id, Unset):
            login_setup_snapshot_id = UNSET
        else:
            login_setup_snapshot_id = self.login_setup_snapshot_id

        campaign_stage_snapshot_id: int | None | Unset
        if isinstance(self.campaign_stage_snapshot_id, Unset):
            campaign_stage_snapshot_id = UNSET
        else:
            campaign_stage_snapshot_id = self.campaign_stage_snapshot_id

        job_type_snapshot_id: int | None | Unset
        if isinstance(self.job_type_snapshot_id, Unset):
            job_type_snapshot_id = UNSET
        else:
            job_type_snapshot_id = self.job_type_snapshot_id

        recovery_position: int | None | Unset
        if isinstance(self.recovery_position, Unset):
            recovery_position = UNSET
        else:
            recovery_position = self.recovery_position

        recovery_tasks_parent: int | None | Unset
        if isinstance(self.recovery_tasks_parent, Unset):
            recovery_tasks_parent = UNSET
        else:
            recovery_tasks_parent = self.recovery_tasks_parent

        jobsub_job_id: None | str | Unset
        if isinstance(self.jobsub_job_id, Unset):
            jobsub_job_id = UNSET
        else:
            jobsub_job_id = self.jobsub_job_id

        campaign_stage_obj: dict[str, Any] | None | Unset
        if isinstance(self.campaign_stage_obj, Unset):
            campaign_stage_obj = UNSET
        elif isinstance(self.campaign_stage_obj, CampaignStage):
            campaign_stage_obj = self.campaign_stage_obj.to_dict()
        else:
            campaign_stage_obj = self.campaign_stage_obj

        experimenter_creator_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_creator_obj, Unset):
            experimenter_creator_obj = UNSET
        elif isinstance(self.experimenter_creator_obj, Experimenter):
            experimenter_creator_obj = self.experimenter_creator_obj.to_dict()
        else:
            experimenter_creator_obj = self.experimenter_creator_obj

        experimenter_updater_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_updater_obj, Unset):
            experimenter_updater_obj = UNSET
        elif isinstance(self.experimenter_updater_obj, Experimenter):
            experimenter_updater_obj = self.experimenter_updater_obj.to_dict()
        else:
            experimenter_updater_obj = self.experimenter_updater_obj

        parent_obj = self.parent_obj

        login_setup_snapshot_obj: dict[str, Any] | None | Unset
        if isinstance(self.login_setup_snapshot_obj, Unset):
            login_setup_snapshot_obj = UNSET
        elif isinstance(self.login_setup_snapshot_obj, LoginSetupSnapshot):
            login_setup_snapshot_obj = self.login_setup_snapshot_obj.to_dict()
        else:
            login_setup_snapshot_obj = self.login_setup_snapshot_obj

        campaign_stage_snapshot_obj: dict[str, Any] | None | Unset
        if isinstance(self.campaign_stage_snapshot_obj, Unset):
            campaign_stage_snapshot_obj = UNSET
        elif isinstance(self.campaign_stage_snapshot_obj, CampaignStageSnapshot):
            campaign_stage_snapshot_obj = self.campaign_stage_snapshot_obj.to_dict()
        else:
            campaign_stage_snapshot_obj = self.campaign_stage_snapshot_obj

        job_type_snapshot_obj: dict[str, Any] | None | Unset
        if isinstance(self.job_type_snapshot_obj, Unset):
            job_type_snapshot_obj = UNSET
        elif isinstance(self.job_type_snapshot_obj, JobTypeSnapshot):
            job_type_snapshot_obj = self.job_type_snapshot_obj.to_dict()
        else:
            job_type_snapshot_obj = self.job_type_snapshot_obj

        status_history = self.status_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submission_id": submission_id,
                "campaign_stage_id": campaign_stage_id,
                "creator": creator,
                "created": created,
            }
        )
        if submission_params is not UNSET:
            field_dict["submission_params"] = submission_params
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if depend_threshold is not UNSET:
            field_dict["depend_threshold"] = depend_threshold
        if updater is not UNSET:
            field_dict["updater"] = updater
        if updated is not UNSET:
            field_dict["updated"] = updated
        if command_executed is not UNSET:
            field_dict["command_executed"] = command_executed
        if project is not UNSET:
            field_dict["project"] = project
        if files_consumed is not UNSET:
            field_dict["files_consumed"] = files_consumed
        if files_generated is not UNSET:
            field_dict["files_generated"] = files_generated
        if login_setup_snapshot_id is not UNSET:
            field_dict["login_setup_snapshot_id"] = login_setup_snapshot_id
        if campaign_stage_snapshot_id is not UNSET:
            field_dict["campaign_stage_snapshot_id"] = campaign_stage_snapshot_id
        if job_type_snapshot_id is not UNSET:
            field_dict["job_type_snapshot_id"] = job_type_snapshot_id
        if recovery_position is not UNSET:
            field_dict["recovery_position"] = recovery_position
        if recovery_tasks_parent is not UNSET:
            field_dict["recovery_tasks_parent"] = recovery_tasks_parent
        if jobsub_job_id is not UNSET:
            field_dict["jobsub_job_id"] = jobsub_job_id
        if campaign_stage_obj is not UNSET:
            field_dict["campaign_stage_obj"] = campaign_stage_obj
        if experimenter_creator_obj is not UNSET:
            field_dict["experimenter_creator_obj"] = experimenter_creator_obj
        if experimenter_updater_obj is not UNSET:
            field_dict["experimenter_updater_obj"] = experimenter_updater_obj
        if parent_obj is not UNSET:
            field_dict["parent_obj"] = parent_obj
        if login_setup_snapshot_obj is not UNSET:
            field_dict["login_setup_snapshot_obj"] = login_setup_snapshot_obj
        if campaign_stage_snapshot_obj is not UNSET:
            field_dict["campaign_stage_snapshot_obj"] = campaign_stage_snapshot_obj
        if job_type_snapshot_obj is not UNSET:
            field_dict["job_type_snapshot_obj"] = job_type_snapshot_obj
        if status_history is not UNSET:
            field_dict["status_history"] = status_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.campaign_stage_snapshot import CampaignStageSnapshot  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415
        from ..models.job_type_snapshot import JobTypeSnapshot  # noqa: PLC0415
        from ..models.login_setup_snapshot import LoginSetupSnapshot  # noqa: PLC0415
        from ..models.submission_submission_params_type_0 import SubmissionSubmissionParamsType0  # noqa: PLC0415

        d = dict(src_dict)
        submission_id = d.pop("submission_id")
        if not (
            isinstance(submission_id, int) and not isinstance(submission_id, bool) and -(2**63) <= submission_id < 2**63
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        campaign_stage_id = d.pop("campaign_stage_id")
        if not (
            isinstance(campaign_stage_id, int)
            and not isinstance(campaign_stage_id, bool)
            and -(2**63) <= campaign_stage_id < 2**63
        ):
            raise TypeError("campaign_stage_id: expected a 64-bit integer, got " + type(campaign_stage_id).__name__)

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        def _parse_submission_params(data: object) -> None | SubmissionSubmissionParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submission_params_type_0 = SubmissionSubmissionParamsType0.from_dict(data)

                return submission_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            submission_params_type_1 = data
            if not (submission_params_type_1 is None):
                raise TypeError(
                    "submission_params: expected the documented type, got " + type(submission_params_type_1).__name__
                )

            return submission_params_type_1

        submission_params = _parse_submission_params(d.pop("submission_params", UNSET))

        def _parse_depends_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                depends_on_type_0 = data
                if not (
                    isinstance(depends_on_type_0, int)
                    and not isinstance(depends_on_type_0, bool)
                    and -(2**63) <= depends_on_type_0 < 2**63
                ):
                    raise TypeError("depends_on: expected a 64-bit integer, got " + type(depends_on_type_0).__name__)

                return depends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            depends_on_type_1 = data
            if not (depends_on_type_1 is None):
                raise TypeError("depends_on: expected the documented type, got " + type(depends_on_type_1).__name__)

            return depends_on_type_1

        depends_on = _parse_depends_on(d.pop("depends_on", UNSET))

        def _parse_depend_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                depend_threshold_type_0 = data
                if not (
                    isinstance(depend_threshold_type_0, int)
                    and not isinstance(depend_threshold_type_0, bool)
                    and -(2**63) <= depend_threshold_type_0 < 2**63
                ):
                    raise TypeError(
                        "depend_threshold: expected a 64-bit integer, got " + type(depend_threshold_type_0).__name__
                    )

                return depend_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            depend_threshold_type_1 = data
            if not (depend_threshold_type_1 is None):
                raise TypeError(
                    "depend_threshold: expected the documented type, got " + type(depend_threshold_type_1).__name__
                )

            return depend_threshold_type_1

        depend_threshold = _parse_depend_threshold(d.pop("depend_threshold", UNSET))

        def _parse_updater(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                updater_type_0 = data
                if not (
                    isinstance(updater_type_0, int)
                    and not isinstance(updater_type_0, bool)
                    and -(2**63) <= updater_type_0 < 2**63
                ):
                    raise TypeError("updater: expected a 64-bit integer, got " + type(updater_type_0).__name__)

                return updater_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updater_type_1 = data
            if not (updater_type_1 is None):
                raise TypeError("updater: expected the documented type, got " + type(updater_type_1).__name__)

            return updater_type_1

        updater = _parse_updater(d.pop("updater", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                updated_type_0 = data
                if not (isinstance(updated_type_0, str)):
                    raise TypeError("updated: expected a string, got " + type(updated_type_0).__name__)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updated_type_1 = data
            if not (updated_type_1 is None):
                raise TypeError("updated: expected the documented type, got " + type(updated_type_1).__name__)

            return updated_type_1

        updated = _parse_updated(d.pop("updated", UNSET))

        def _parse_command_executed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                command_executed_type_0 = data
                if not (isinstance(command_executed_type_0, str)):
                    raise TypeError(
                        "command_executed: expected a string, got " + type(command_executed_type_0).__name__
                    )

                return command_executed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            command_executed_type_1 = data
            if not (command_executed_type_1 is None):
                raise TypeError(
                    "command_executed: expected the documented type, got " + type(command_executed_type_1).__name__
                )

            return command_executed_type_1

        command_executed = _parse_command_executed(d.pop("command_executed", UNSET))

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                project_type_0 = data
                if not (isinstance(project_type_0, str)):
                    raise TypeError("project: expected a string, got " + type(project_type_0).__name__)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            project_type_1 = data
            if not (project_type_1 is None):
                raise TypeError("project: expected the documented type, got " + type(project_type_1).__name__)

            return project_type_1

        project = _parse_project(d.pop("project", UNSET))

        def _parse_files_consumed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                files_consumed_type_0 = data
                if not (
                    isinstance(files_consumed_type_0, int)
                    and not isinstance(files_consumed_type_0, bool)
                    and -(2**63) <= files_consumed_type_0 < 2**63
                ):
                    raise TypeError(
                        "files_consumed: expected a 64-bit integer, got " + type(files_consumed_type_0).__name__
                    )

                return files_consumed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            files_consumed_type_1 = data
            if not (files_consumed_type_1 is None):
                raise TypeError(
                    "files_consumed: expected the documented type, got " + type(files_consumed_type_1).__name__
                )

            return files_consumed_type_1

        files_consumed = _parse_files_consumed(d.pop("files_consumed", UNSET))

        def _parse_files_generated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                files_generated_type_0 = data
                if not (
                    isinstance(files_generated_type_0, int)
                    and not isinstance(files_generated_type_0, bool)
                    and -(2**63) <= files_generated_type_0 < 2**63
                ):
                    raise TypeError(
                        "files_generated: expected a 64-bit integer, got " + type(files_generated_type_0).__name__
                    )

                return files_generated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            files_generated_type_1 = data
            if not (files_generated_type_1 is None):
                raise TypeError(
                    "files_generated: expected the documented type, got " + type(files_generated_type_1).__name__
                )

            return files_generated_type_1

        files_generated = _parse_files_generated(d.pop("files_generated", UNSET))

        def _parse_login_setup_snapshot_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                login_setup_snapshot_id_type_0 = data
                if not (
                    isinstance(login_setup_snapshot_id_type_0, int)
                    and not isinstance(login_setup_snapshot_id_type_0, bool)
                    and -(2**63) <= login_setup_snapshot_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "login_setup_snapshot_id: expected a 64-bit integer, got "
                        + type(login_setup_snapshot_id_type_0).__name__
                    )

                return login_setup_snapshot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            login_setup_snapshot_id_type_1 = data
            if not (login_setup_snapshot_id_type_1 is None):
                raise TypeError(
                    "login_setup_snapshot_id: expected the documented type, got "
                    + type(login_setup_snapshot_id_type_1).__name__
                )

            return login_setup_snapshot_id_type_1

        login_setup_snapshot_id = _parse_login_setup_snapshot_id(d.pop("login_setup_snapshot_id", UNSET))

        def _parse_campaign_stage_snapshot_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                campaign_stage_snapshot_id_type_0 = data
                if not (
                    isinstance(campaign_stage_snapshot_id_type_0, int)
                    and not isinstance(campaign_stage_snapshot_id_type_0, bool)
                    and -(2**63) <= campaign_stage_snapshot_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "campaign_stage_snapshot_id: expected a 64-bit integer, got "
                        + type(campaign_stage_snapshot_id_type_0).__name__
                    )

                return campaign_stage_snapshot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_stage_snapshot_id_type_1 = data
            if not (campaign_stage_snapshot_id_type_1 is None):
                raise TypeError(
                    "campaign_stage_snapshot_id: expected the documented type, got "
                    + type(campaign_stage_snapshot_id_type_1).__name__
                )

            return campaign_stage_snapshot_id_type_1

        campaign_stage_snapshot_id = _parse_campaign_stage_snapshot_id(d.pop("campaign_stage_snapshot_id", UNSET))

        def _parse_job_type_snapshot_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_type_snapshot_id_type_0 = data
                if not (
                    isinstance(job_type_snapshot_id_type_0, int)
                    and not isinstance(job_type_snapshot_id_type_0, bool)
                    and -(2**63) <= job_type_snapshot_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "job_type_snapshot_id: expected a 64-bit integer, got "
                        + type(job_type_snapshot_id_type_0).__name__
                    )

                return job_type_snapshot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_type_snapshot_id_type_1 = data
            if not (job_type_snapshot_id_type_1 is None):
                raise TypeError(
                    "job_type_snapshot_id: expected the documented type, got "
                    + type(job_type_snapshot_id_type_1).__name__
                )

            return job_type_snapshot_id_type_1

        job_type_snapshot_id = _parse_job_type_snapshot_id(d.pop("job_type_snapshot_id", UNSET))

        def _parse_recovery_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                recovery_position_type_0 = data
                if not (
                    isinstance(recovery_position_type_0, int)
                    and not isinstance(recovery_position_type_0, bool)
                    and -(2**63) <= recovery_position_type_0 < 2**63
                ):
                    raise TypeError(
                        "recovery_position: expected a 64-bit integer, got " + type(recovery_position_type_0).__name__
                    )

                return recovery_position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            recovery_position_type_1 = data
            if not (recovery_position_type_1 is None):
                raise TypeError(
                    "recovery_position: expected the documented type, got " + type(recovery_position_type_1).__name__
                )

            return recovery_position_type_1

        recovery_position = _parse_recovery_position(d.pop("recovery_position", UNSET))

        def _parse_recovery_tasks_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                recovery_tasks_parent_type_0 = data
                if not (
                    isinstance(recovery_tasks_parent_type_0, int)
                    and not isinstance(recovery_tasks_parent_type_0, bool)
                    and -(2**63) <= recovery_tasks_parent_type_0 < 2**63
                ):
                    raise TypeError(
                        "recovery_tasks_parent: expected a 64-bit integer, got "
                        + type(recovery_tasks_parent_type_0).__name__
                    )

                return recovery_tasks_parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            recovery_tasks_parent_type_1 = data
            if not (recovery_tasks_parent_type_1 is None):
                raise TypeError(
                    "recovery_tasks_parent: expected the documented type, got "
                    + type(recovery_tasks_parent_type_1).__name__
                )

            return recovery_tasks_parent_type_1

        recovery_tasks_parent = _parse_recovery_tasks_parent(d.pop("recovery_tasks_parent", UNSET))

        def _parse_jobsub_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                jobsub_job_id_type_0 = data
                if not (isinstance(jobsub_job_id_type_0, str)):
                    raise TypeError("jobsub_job_id: expected a string, got " + type(jobsub_job_id_type_0).__name__)

                return jobsub_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            jobsub_job_id_type_1 = data
            if not (jobsub_job_id_type_1 is None):
                raise TypeError(
                    "jobsub_job_id: expected the documented type, got " + type(jobsub_job_id_type_1).__name__
                )

            return jobsub_job_id_type_1

        jobsub_job_id = _parse_jobsub_job_id(d.pop("jobsub_job_id", UNSET))

        def _parse_campaign_stage_obj(data: object) -> CampaignStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_stage_obj_type_0 = CampaignStage.from_dict(data)

                return campaign_stage_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_stage_obj_type_1 = data
            if not (campaign_stage_obj_type_1 is None):
                raise TypeError(
                    "campaign_stage_obj: expected the documented type, got " + type(campaign_stage_obj_type_1).__name__
                )

            return campaign_stage_obj_type_1

        campaign_stage_obj = _parse_campaign_stage_obj(d.pop("campaign_stage_obj", UNSET))

        def _parse_experimenter_creator_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_creator_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_creator_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            experimenter_creator_obj_type_1 = data
            if not (experimenter_creator_obj_type_1 is None):
                raise TypeError(
                    "experimenter_creator_obj: expected the documented type, got "
                    + type(experimenter_creator_obj_type_1).__name__
                )

            return experimenter_creator_obj_type_1

        experimenter_creator_obj = _parse_experimenter_creator_obj(d.pop("experimenter_creator_obj", UNSET))

        def _parse_experimenter_updater_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_updater_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_updater_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            experimenter_updater_obj_type_1 = data
            if not (experimenter_updater_obj_type_1 is None):
                raise TypeError(
                    "experimenter_updater_obj: expected the documented type, got "
                    + type(experimenter_updater_obj_type_1).__name__
                )

            return experimenter_updater_obj_type_1

        experimenter_updater_obj = _parse_experimenter_updater_obj(d.pop("experimenter_updater_obj", UNSET))

        parent_obj = d.pop("parent_obj", UNSET)
        if not (parent_obj is None) and parent_obj is not UNSET:
            raise TypeError("parent_obj: expected the documented type, got " + type(parent_obj).__name__)

        def _parse_login_setup_snapshot_obj(data: object) -> LoginSetupSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                login_setup_snapshot_obj_type_0 = LoginSetupSnapshot.from_dict(data)

                return login_setup_snapshot_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            login_setup_snapshot_obj_type_1 = data
            if not (login_setup_snapshot_obj_type_1 is None):
                raise TypeError(
                    "login_setup_snapshot_obj: expected the documented type, got "
                    + type(login_setup_snapshot_obj_type_1).__name__
                )

            return login_setup_snapshot_obj_type_1

        login_setup_snapshot_obj = _parse_login_setup_snapshot_obj(d.pop("login_setup_snapshot_obj", UNSET))

        def _parse_campaign_stage_snapshot_obj(data: object) -> CampaignStageSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_stage_snapshot_obj_type_0 = CampaignStageSnapshot.from_dict(data)

                return campaign_stage_snapshot_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_stage_snapshot_obj_type_1 = data
            if not (campaign_stage_snapshot_obj_type_1 is None):
                raise TypeError(
                    "campaign_stage_snapshot_obj: expected the documented type, got "
                    + type(campaign_stage_snapshot_obj_type_1).__name__
                )

            return campaign_stage_snapshot_obj_type_1

        campaign_stage_snapshot_obj = _parse_campaign_stage_snapshot_obj(d.pop("campaign_stage_snapshot_obj", UNSET))

        def _parse_job_type_snapshot_obj(data: object) -> JobTypeSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_snapshot_obj_type_0 = JobTypeSnapshot.from_dict(data)

                return job_type_snapshot_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_type_snapshot_obj_type_1 = data
            if not (job_type_snapshot_obj_type_1 is None):
                raise TypeError(
                    "job_type_snapshot_obj: expected the documented type, got "
                    + type(job_type_snapshot_obj_type_1).__name__
                )

            return job_type_snapshot_obj_type_1

        job_type_snapshot_obj = _parse_job_type_snapshot_obj(d.pop("job_type_snapshot_obj", UNSET))

        status_history = d.pop("status_history", UNSET)
        if not (status_history is None) and status_history is not UNSET:
            raise TypeError("status_history: expected the documented type, got " + type(status_history).__name__)

        submission = cls(
            submission_id=submission_id,
            campaign_stage_id=campaign_stage_id,
            creator=creator,
            created=created,
            submission_params=submission_params,
            depends_on=depends_on,
            depend_threshold=depend_threshold,
            updater=updater,
            updated=updated,
            command_executed=command_executed,
            project=project,
            files_consumed=files_consumed,
            files_generated=files_generated,
            login_setup_snapshot_id=login_setup_snapshot_id,
            campaign_stage_snapshot_id=campaign_stage_snapshot_id,
            job_type_snapshot_id=job_type_snapshot_id,
            recovery_position=recovery_position,
            recovery_tasks_parent=recovery_tasks_parent,
            jobsub_job_id=jobsub_job_id,
            campaign_stage_obj=campaign_stage_obj,
            experimenter_creator_obj=experimenter_creator_obj,
            experimenter_updater_obj=experimenter_updater_obj,
            parent_obj=parent_obj,
            login_setup_snapshot_obj=login_setup_snapshot_obj,
            campaign_stage_snapshot_obj=campaign_stage_snapshot_obj,
            job_type_snapshot_obj=job_type_snapshot_obj,
            status_history=status_history,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submission.additional_properties = additional_properties
        return submission

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
