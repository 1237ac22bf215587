from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.panda_datetime import PandaDatetime
    from ..models.task_parameters import TaskParameters


T = TypeVar("T", bound="TaskDetailedInfo")


@_attrs_define
class TaskDetailedInfo:
    """All JediTaskSpec fields of a task (datetimes as PandaDatetime; `splitRule` decoded to readable names)
    plus the job template, the task parameters and the input-file progress. The common fields are listed.

        Attributes:
            jedi_task_id (int | Unset):
            task_name (None | str | Unset):
            status (None | str | Unset):
            user_name (None | str | Unset):
            creation_date (None | PandaDatetime | Unset):
            modification_time (None | PandaDatetime | Unset):
            start_time (None | PandaDatetime | Unset):
            end_time (None | PandaDatetime | Unset):
            prod_source_label (None | str | Unset):
            working_group (None | str | Unset):
            vo (None | str | Unset):
            task_type (None | str | Unset):
            processing_type (None | str | Unset):
            task_priority (int | None | Unset):
            current_priority (int | None | Unset):
            split_rule (None | str | Unset): The split rule with its codes decoded to names.
            req_id (int | None | Unset):
            parent_tid (int | None | Unset):
            error_dialog (None | str | Unset):
            job_execution_params (None | str | Unset): The job parameter template (jobParamsTemplate).
            task_creation_arguments (None | str | Unset): The `cliParams` of the task parameters.
            raw_task_params (TaskParameters | Unset): A JEDI task-parameter object (the attributes understood by JEDI's
                JediTaskSpec and task refiners). Any
                key is accepted; the common ones are listed. Typical further keys: `log` (the log dataset template),
                `jobParameters` (list of parameter templates), `nEvents`, `nEventsPerJob`, `nFilesPerJob`, `site`,
                `cloud`, `excludedSite`, `includedSite`, `noInput`, `parentTaskName`, `official`, `workingGroup`.
            n_files (int | Unset): Input files of the master input datasets.
            n_files_finished (int | Unset):
            n_files_failed (int | Unset):
            n_files_missing (int | Unset):
            pct_finished (int | Unset): Percentage of finished input files (rounded).
            pct_failed (int | Unset): Percentage of failed input files (rounded).
    """

    jedi_task_id: int | Unset = UNSET
    task_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    creation_date: None | PandaDatetime | Unset = UNSET
    modification_time: None | PandaDatetime | Unset = UNSET
    start_time: None | PandaDatetime | Unset = UNSET
    end_time: None | PandaDatetime | Unset = UNSET
    prod_source_label: None | str | Unset = UNSET
    working_group: None | str | Unset = UNSET
    vo: None | str | Unset = UNSET
    task_type: None | str | Unset = UNSET
    processing_type: None | str | Unset = UNSET
    task_priority: int | None | Unset = UNSET
    current_priority: int | None | Unset = UNSET
    split_rule: None | str | Unset = UNSET
    req_id: int | None | Unset = UNSET
    parent_tid: int | None | Unset = UNSET
    error_dialog: None | str | Unset = UNSET
    job_execution_params: None | str | Unset = UNSET
    task_creation_arguments: None | str | Unset = UNSET
    raw_task_params: TaskParameters | Unset = UNSET
    n_files: int | Unset = UNSET
    n_files_finished: int | Unset = UNSET
    n_files_failed: int | Unset = UNSET
    n_files_missing: int | Unset = UNSET
    pct_finished: int | Unset = UNSET
    pct_failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415
        from ..models.task_parameters import TaskParameters  # noqa: PLC0415

        jedi_task_id = self.jedi_task_id

        task_name: None | str | Unset
        if isinstance(self.task_name, Unset):
            task_name = UNSET
        else:
            task_name = self.task_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        creation_date: dict[str, Any] | None | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, PandaDatetime):
            creation_date = self.creation_date.to_dict()
        else:
            creation_date = self.creation_date

        modification_time: dict[str, Any] | None | Unset
        if isinstance(self.modification_time, Unset):
            modification_time = UNSET
        elif isinstance(self.modification_time, PandaDatetime):
            modification_time = self.modification_time.to_dict()
        else:
            modification_time = self.modification_time

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, PandaDatetime):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, PandaDatetime):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        prod_source_label: None | str | Unset
        if isinstance(self.prod_source_label, Unset):
            prod_source_label = UNSET
        else:
            prod_source_label = self.prod_source_label

        working_group: None | str | Unset
        if isinstance(self.working_group, Unset):
            working_group = UNSET
        else:
            working_group = self.working_group

        vo: None | str | Unset
        if isinstance(self.vo, Unset):
            vo = UNSET
        else:
            vo = self.vo

        task_type: None | str | Unset
        if isinstance(self.task_type, Unset):
            task_type = UNSET
        else:
            task_type = self.task_type

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        else:
            processing_type = self.processing_type

        task_priority: int | None | Unset
        if isinstance(self.task_priority, Unset):
            task_priority = UNSET
        else:
            task_priority = self.task_priority

        current_priority: int | None | Unset
        if isinstance(self.current_priority, Unset):
            current_priority = UNSET
        else:
            current_priority = self.current_priority

        split_rule: None | str | Unset
        if isinstance(self.split_rule, Unset):
            split_rule = UNSET
        else:
            split_rule = self.split_rule

        req_id: int | None | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        parent_tid: int | None | Unset
        if isinstance(self.parent_tid, Unset):
            parent_tid = UNSET
        else:
            parent_tid = self.parent_tid

        error_dialog: None | str | Unset
        if isinstance(self.error_dialog, Unset):
            error_dialog = UNSET
        else:
            error_dialog = self.error_dialog

        job_execution_params: None | str | Unset
        if isinstance(self.job_execution_params, Unset):
            job_execution_params = UNSET
        else:
            job_execution_params = self.job_execution_params

        task_creation_arguments: None | str | Unset
        if isinstance(self.task_creation_arguments, Unset):
            task_creation_arguments = UNSET
        else:
            task_creation_arguments = self.task_creation_arguments

        raw_task_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_task_params, Unset):
            raw_task_params = self.raw_task_params.to_dict()

        n_files = self.n_files

        n_files_finished = self.n_files_finished

        n_files_failed = self.n_files_failed

        n_files_missing = self.n_files_missing

        pct_finished = self.pct_finished

        pct_failed = self.pct_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jedi_task_id is not UNSET:
            field_dict["jediTaskID"] = jedi_task_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if status is not UNSET:
            field_dict["status"] = status
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if modification_time is not UNSET:
            field_dict["modificationTime"] = modification_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if prod_source_label is not UNSET:
            field_dict["prodSourceLabel"] = prod_source_label
        if working_group is not UNSET:
            field_dict["workingGroup"] = working_group
        if vo is not UNSET:
            field_dict["vo"] = vo
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if task_priority is not UNSET:
            field_dict["taskPriority"] = task_priority
        if current_priority is not UNSET:
            field_dict["currentPriority"] = current_priority
        if split_rule is not UNSET:
            field_dict["splitRule"] = split_rule
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if parent_tid is not UNSET:
            field_dict["parent_tid"] = parent_tid
        if error_dialog is not UNSET:
            field_dict["errorDialog"] = error_dialog
        if job_execution_params is not UNSET:
            field_dict["job_execution_params"] = job_execution_params
        if task_creation_arguments is not UNSET:
            field_dict["task_creation_arguments"] = task_creation_arguments
        if raw_task_params is not UNSET:
            field_dict["raw_task_params"] = raw_task_params
        if n_files is not UNSET:
            field_dict["nFiles"] = n_files
        if n_files_finished is not UNSET:
            field_dict["nFilesFinished"] = n_files_finished
        if n_files_failed is not UNSET:
            field_dict["nFilesFailed"] = n_files_failed
        if n_files_missing is not UNSET:
            field_dict["nFilesMissing"] = n_files_missing
        if pct_finished is not UNSET:
            field_dict["pctFinished"] = pct_finished
        if pct_failed is not UNSET:
            field_dict["pctFailed"] = pct_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415
        from ..models.task_parameters import TaskParameters  # noqa: PLC0415

        d = dict(src_dict)
        jedi_task_id = d.pop("jediTaskID", UNSET)
        if (
            not (
                isinstance(jedi_task_id, int)
                and not isinstance(jedi_task_id, bool)
                and -(2**63) <= jedi_task_id < 2**63
            )
            and jedi_task_id is not UNSET
        ):
            raise TypeError("jediTaskID: expected a 64-bit integer, got " + type(jedi_task_id).__name__)

        def _parse_task_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_name_type_0 = data
                if not (isinstance(task_name_type_0, str)):
                    raise TypeError("taskName: expected a string, got " + type(task_name_type_0).__name__)

                return task_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_name_type_1 = data
            if not (task_name_type_1 is None):
                raise TypeError("taskName: expected the documented type, got " + type(task_name_type_1).__name__)

            return task_name_type_1

        task_name = _parse_task_name(d.pop("taskName", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                status_type_0 = data
                if not (isinstance(status_type_0, str)):
                    raise TypeError("status: expected a string, got " + type(status_type_0).__name__)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            status_type_1 = data
            if not (status_type_1 is None):
                raise TypeError("status: expected the documented type, got " + type(status_type_1).__name__)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                user_name_type_0 = data
                if not (isinstance(user_name_type_0, str)):
                    raise TypeError("userName: expected a string, got " + type(user_name_type_0).__name__)

                return user_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            user_name_type_1 = data
            if not (user_name_type_1 is None):
                raise TypeError("userName: expected the documented type, got " + type(user_name_type_1).__name__)

            return user_name_type_1

        user_name = _parse_user_name(d.pop("userName", UNSET))

        def _parse_creation_date(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_date_type_0 = PandaDatetime.from_dict(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            creation_date_type_1 = data
            if not (creation_date_type_1 is None):
                raise TypeError(
                    "creationDate: expected the documented type, got " + type(creation_date_type_1).__name__
                )

            return creation_date_type_1

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_modification_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                modification_time_type_0 = PandaDatetime.from_dict(data)

                return modification_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            modification_time_type_1 = data
            if not (modification_time_type_1 is None):
                raise TypeError(
                    "modificationTime: expected the documented type, got " + type(modification_time_type_1).__name__
                )

            return modification_time_type_1

        modification_time = _parse_modification_time(d.pop("modificationTime", UNSET))

        def _parse_start_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = PandaDatetime.from_dict(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            start_time_type_1 = data
            if not (start_time_type_1 is None):
                raise TypeError("startTime: expected the documented type, got " + type(start_time_type_1).__name__)

            return start_time_type_1

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> None | PandaDatetime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = PandaDatetime.from_dict(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            end_time_type_1 = data
            if not (end_time_type_1 is None):
                raise TypeError("endTime: expected the documented type, got " + type(end_time_type_1).__name__)

            return end_time_type_1

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_prod_source_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                prod_source_label_type_0 = data
                if not (isinstance(prod_source_label_type_0, str)):
                    raise TypeError(
                        "prodSourceLabel: expected a string, got " + type(prod_source_label_type_0).__name__
                    )

                return prod_source_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            prod_source_label_type_1 = data
            if not (prod_source_label_type_1 is None):
                raise TypeError(
                    "prodSourceLabel: expected the documented type, got " + type(prod_source_label_type_1).__name__
                )

            return prod_source_label_type_1

        prod_source_label = _parse_prod_source_label(d.pop("prodSourceLabel", UNSET))

        def _parse_working_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                working_group_type_0 = data
                if not (isinstance(working_group_type_0, str)):
                    raise TypeError("workingGroup: expected a string, got " + type(working_group_type_0).__name__)

                return working_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            working_group_type_1 = data
            if not (working_group_type_1 is None):
                raise TypeError(
                    "workingGroup: expected the documented type, got " + type(working_group_type_1).__name__
                )

            return working_group_type_1

        working_group = _parse_working_group(d.pop("workingGroup", UNSET))

        def _parse_vo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                vo_type_0 = data
                if not (isinstance(vo_type_0, str)):
                    raise TypeError("vo: expected a string, got " + type(vo_type_0).__name__)

                return vo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            vo_type_1 = data
            if not (vo_type_1 is None):
                raise TypeError("vo: expected the documented type, got " + type(vo_type_1).__name__)

            return vo_type_1

        vo = _parse_vo(d.pop("vo", UNSET))

        def _parse_task_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_type_type_0 = data
                if not (isinstance(task_type_type_0, str)):
                    raise TypeError("taskType: expected a string, got " + type(task_type_type_0).__name__)

                return task_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_type_type_1 = data
            if not (task_type_type_1 is None):
                raise TypeError("taskType: expected the documented type, got " + type(task_type_type_1).__name__)

            return task_type_type_1

        task_type = _parse_task_type(d.pop("taskType", UNSET))

        def _parse_processing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                processing_type_type_0 = data
                if not (isinstance(processing_type_type_0, str)):
                    raise TypeError("processingType: expected a string, got " + type(processing_type_type_0).__name__)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            processing_type_type_1 = data
            if not (processing_type_type_1 is None):
                raise TypeError(
                    "processingType: expected the documented type, got " + type(processing_type_type_1).__name__
                )

            return processing_type_type_1

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

        def _parse_task_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_priority_type_0 = data
                if not (
                    isinstance(task_priority_type_0, int)
                    and not isinstance(task_priority_type_0, bool)
                    and -(2**63) <= task_priority_type_0 < 2**63
                ):
                    raise TypeError(
                        "taskPriority: expected a 64-bit integer, got " + type(task_priority_type_0).__name__
                    )

                return task_priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_priority_type_1 = data
            if not (task_priority_type_1 is None):
                raise TypeError(
                    "taskPriority: expected the documented type, got " + type(task_priority_type_1).__name__
                )

            return task_priority_type_1

        task_priority = _parse_task_priority(d.pop("taskPriority", UNSET))

        def _parse_current_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                current_priority_type_0 = data
                if not (
                    isinstance(current_priority_type_0, int)
                    and not isinstance(current_priority_type_0, bool)
                    and -(2**63) <= current_priority_type_0 < 2**63
                ):
                    raise TypeError(
                        "currentPriority: expected a 64-bit integer, got " + type(current_priority_type_0).__name__
                    )

                return current_priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            current_priority_type_1 = data
            if not (current_priority_type_1 is None):
                raise TypeError(
                    "currentPriority: expected the documented type, got " + type(current_priority_type_1).__name__
                )

            return current_priority_type_1

        current_priority = _parse_current_priority(d.pop("currentPriority", UNSET))

        def _parse_split_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                split_rule_type_0 = data
                if not (isinstance(split_rule_type_0, str)):
                    raise TypeError("splitRule: expected a string, got " + type(split_rule_type_0).__name__)

                return split_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            split_rule_type_1 = data
            if not (split_rule_type_1 is None):
                raise TypeError("splitRule: expected the documented type, got " + type(split_rule_type_1).__name__)

            return split_rule_type_1

        split_rule = _parse_split_rule(d.pop("splitRule", UNSET))

        def _parse_req_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                req_id_type_0 = data
                if not (
                    isinstance(req_id_type_0, int)
                    and not isinstance(req_id_type_0, bool)
                    and -(2**63) <= req_id_type_0 < 2**63
                ):
                    raise TypeError("reqID: expected a 64-bit integer, got " + type(req_id_type_0).__name__)

                return req_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            req_id_type_1 = data
            if not (req_id_type_1 is None):
                raise TypeError("reqID: expected the documented type, got " + type(req_id_type_1).__name__)

            return req_id_type_1

        req_id = _parse_req_id(d.pop("reqID", UNSET))

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

        def _parse_error_dialog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                error_dialog_type_0 = data
                if not (isinstance(error_dialog_type_0, str)):
                    raise TypeError("errorDialog: expected a string, got " + type(error_dialog_type_0).__name__)

                return error_dialog_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            error_dialog_type_1 = data
            if not (error_dialog_type_1 is None):
                raise TypeError("errorDialog: expected the documented type, got " + type(error_dialog_type_1).__name__)

            return error_dialog_type_1

        error_dialog = _parse_error_dialog(d.pop("errorDialog", UNSET))

        def _parse_job_execution_params(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_execution_params_type_0 = data
                if not (isinstance(job_execution_params_type_0, str)):
                    raise TypeError(
                        "job_execution_params: expected a string, got " + type(job_execution_params_type_0).__name__
                    )

                return job_execution_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_execution_params_type_1 = data
            if not (job_execution_params_type_1 is None):
                raise TypeError(
                    "job_execution_params: expected the documented type, got "
                    + type(job_execution_params_type_1).__name__
                )

            return job_execution_params_type_1

        job_execution_params = _parse_job_execution_params(d.pop("job_execution_params", UNSET))

        def _parse_task_creation_arguments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_creation_arguments_type_0 = data
                if not (isinstance(task_creation_arguments_type_0, str)):
                    raise TypeError(
                        "task_creation_arguments: expected a string, got "
                        + type(task_creation_arguments_type_0).__name__
                    )

                return task_creation_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_creation_arguments_type_1 = data
            if not (task_creation_arguments_type_1 is None):
                raise TypeError(
                    "task_creation_arguments: expected the documented type, got "
                    + type(task_creation_arguments_type_1).__name__
                )

            return task_creation_arguments_type_1

        task_creation_arguments = _parse_task_creation_arguments(d.pop("task_creation_arguments", UNSET))

        _raw_task_params = d.pop("raw_task_params", UNSET)
        raw_task_params: TaskParameters | Unset
        if isinstance(_raw_task_params, Unset):
            raw_task_params = UNSET
        else:
            raw_task_params = TaskParameters.from_dict(_raw_task_params)

        n_files = d.pop("nFiles", UNSET)
        if (
            not (isinstance(n_files, int) and not isinstance(n_files, bool) and -(2**63) <= n_files < 2**63)
            and n_files is not UNSET
        ):
            raise TypeError("nFiles: expected a 64-bit integer, got " + type(n_files).__name__)

        n_files_finished = d.pop("nFilesFinished", UNSET)
        if (
            not (
                isinstance(n_files_finished, int)
                and not isinstance(n_files_finished, bool)
                and -(2**63) <= n_files_finished < 2**63
            )
            and n_files_finished is not UNSET
        ):
            raise TypeError("nFilesFinished: expected a 64-bit integer, got " + type(n_files_finished).__name__)

        n_files_failed = d.pop("nFilesFailed", UNSET)
        if (
            not (
                isinstance(n_files_failed, int)
                and not isinstance(n_files_failed, bool)
                and -(2**63) <= n_files_failed < 2**63
            )
            and n_files_failed is not UNSET
        ):
            raise TypeError("nFilesFailed: expected a 64-bit integer, got " + type(n_files_failed).__name__)

        n_files_missing = d.pop("nFilesMissing", UNSET)
        if (
            not (
                isinstance(n_files_missing, int)
                and not isinstance(n_files_missing, bool)
                and -(2**63) <= n_files_missing < 2**63
            )
            and n_files_missing is not UNSET
        ):
            raise TypeError("nFilesMissing: expected a 64-bit integer, got " + type(n_files_missing).__name__)

        pct_finished = d.pop("pctFinished", UNSET)
        if (
            not (
                isinstance(pct_finished, int)
                and not isinstance(pct_finished, bool)
                and -(2**63) <= pct_finished < 2**63
            )
            and pct_finished is not UNSET
        ):
            raise TypeError("pctFinished: expected a 64-bit integer, got " + type(pct_finished).__name__)

        pct_failed = d.pop("pctFailed", UNSET)
        if (
            not (isinstance(pct_failed, int) and not isinstance(pct_failed, bool) and -(2**63) <= pct_failed < 2**63)
            and pct_failed is not UNSET
        ):
            raise TypeError("pctFailed: expected a 64-bit integer, got " + type(pct_failed).__name__)

        task_detailed_info = cls(
            jedi_task_id=jedi_task_id,
            task_name=task_name,
            status=status,
            user_name=user_name,
            creation_date=creation_date,
            modification_time=modification_time,
            start_time=start_time,
            end_time=end_time,
            prod_source_label=prod_source_label,
            working_group=working_group,
            vo=vo,
            task_type=task_type,
            processing_type=processing_type,
            task_priority=task_priority,
            current_priority=current_priority,
            split_rule=split_rule,
            req_id=req_id,
            parent_tid=parent_tid,
            error_dialog=error_dialog,
            job_execution_params=job_execution_params,
            task_creation_arguments=task_creation_arguments,
            raw_task_params=raw_task_params,
            n_files=n_files,
            n_files_finished=n_files_finished,
            n_files_failed=n_files_failed,
            n_files_missing=n_files_missing,
            pct_finished=pct_finished,
            pct_failed=pct_failed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_detailed_info.additional_properties = additional_properties
        return task_detailed_info

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
