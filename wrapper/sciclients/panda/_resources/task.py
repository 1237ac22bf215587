"""`panda.task`: commands on JEDI tasks (kill, retry, ...), task submission and task queries."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_choice,
    check_fields,
    check_id,
    check_ids,
    check_int,
    check_mapping,
    check_str,
    check_str_list,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import task as endpoints  # endpoint modules load on first use

from .._envelope import Envelope, fail, read_envelope
from .._errors import PandaAPIError
from .._types import CommandResult
from ._base import PandaResource, as_dict, as_int, as_list, as_str, data, model, none, nullable, opt, task_command

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import TaskDatasetFiles, TaskDetails, TaskJumboJobDatasets

__all__ = ["TaskResource"]

M = TypeVar("M", SyncMode, AsyncMode)

ReassignMode = Literal["kill", "soft", "nokill"]
CloningMode = Literal["runonce", "storeonce"]
TaskAttribute = Literal["ramCount", "wallTime", "cpuTime", "coreCount"]
# The split rules task/change_split_rule may change (server 1.0.4); anything else is refused with code 2.
SPLIT_RULES: tuple[str, ...] = (
    "AI", "TW", "EC", "MF", "NG", "NI", "NF", "ES", "NJ", "AV", "IL", "LI", "LC", "CC", "OT", "UZ", "IM", "NP",
)  # fmt: skip
_SINCE_FORMAT = "%Y-%m-%d %H:%M:%S"


class TaskResource(PandaResource[M]):
    """Functions of the `task` module."""

    # -- task commands --------------------------------------------------------------------------------
    @operation
    def retry(
        self,
        task_id: int,
        *,
        new_parameters: Mapping[str, Any] | str | None | NotGiven = NOT_GIVEN,
        no_child_retry: bool | NotGiven = NOT_GIVEN,
        discard_events: bool | NotGiven = NOT_GIVEN,
        disable_staging_mode: bool | NotGiven = NOT_GIVEN,
        keep_gshare_priority: bool | NotGiven = NOT_GIVEN,
        ignore_hard_exhausted: bool | NotGiven = NOT_GIVEN,
    ) -> Call[CommandResult]:
        """Retry a task (e.g. exhausted, finished or failed); task owner or production role.

        With non-empty `new_parameters` (a dict, or the JSON text of an object) the stored task parameters are
        updated and the task is re-registered (incexec); the flags are then irrelevant. `ignore_hard_exhausted`
        is dropped by the server unless the caller has the production role. The server always answers
        `success: true`, so the code decides: 0 (retry registered) and 3 (incexec accepted, or retry of the
        failed jobs triggered) return a `CommandResult`; any other code raises with it kept as `error.code`
        (2 raises NotFoundError).
        """
        checked_task_id = check_id(task_id, "task_id")
        parameters: Any = NOT_GIVEN
        if new_parameters is None:
            parameters = None
        elif new_parameters is not NOT_GIVEN:
            parameters = models.RetryTaskRequestNewParametersType0.from_dict(
                _json_object(new_parameters, "new_parameters")
            )
        body = models.RetryTaskRequest(
            task_id=checked_task_id,
            new_parameters=opt(parameters),
            no_child_retry=opt(no_child_retry, check_bool, "no_child_retry"),
            discard_events=opt(discard_events, check_bool, "discard_events"),
            disable_staging_mode=opt(disable_staging_mode, check_bool, "disable_staging_mode"),
            keep_gshare_priority=opt(keep_gshare_priority, check_bool, "keep_gshare_priority"),
            ignore_hard_exhausted=opt(ignore_hard_exhausted, check_bool, "ignore_hard_exhausted"),
        )
        return build_call(
            endpoints.retry_task, _coded_command(ok=(0, 3), errors_by_code=_RETRY_ERRORS, by_code=True), body=body
        )

    @operation
    def resume(self, task_id: int) -> Call[CommandResult]:
        """Resume a paused or throttled task (also kicks a task in `staging` on); production role.

        Returns the `CommandResult` (code 0, the server's message); another code raises with it as `error.code`.
        """
        body = models.ResumeTaskRequest(task_id=check_id(task_id, "task_id"))
        return build_call(endpoints.resume_task, task_command, body=body)

    @operation
    def release(self, task_id: int) -> Call[CommandResult]:
        """Release a task from iDDS staging (it skips iDDS for staging); production role.

        Returns the `CommandResult`; a failure code raises with it as `error.code`.
        """
        body = models.ReleaseTaskRequest(task_id=check_id(task_id, "task_id"))
        return build_call(endpoints.release_task, task_command, body=body)

    @operation
    def reassign(
        self,
        task_id: int,
        *,
        site: str | None | NotGiven = NOT_GIVEN,
        cloud: str | None | NotGiven = NOT_GIVEN,
        nucleus: str | None | NotGiven = NOT_GIVEN,
        mode: ReassignMode | None | NotGiven = NOT_GIVEN,
    ) -> Call[CommandResult]:
        """Reassign a task to a site, a cloud or a nucleus (exactly one of them); authenticated caller.

        `mode` decides what happens to the existing jobs: `kill` (all, the server's default), `soft` (only the
        queued ones) or `nokill`. Returns the `CommandResult`; a failure code raises with it as `error.code`.
        """
        checked_task_id = check_id(task_id, "task_id")
        targets = [name for name, value in (("site", site), ("cloud", cloud), ("nucleus", nucleus))
                   if value is not NOT_GIVEN and value is not None]  # fmt: skip
        if len(targets) != 1:
            raise ValueError(f"give exactly one of site, cloud or nucleus; got {', '.join(targets) or 'none'}")
        body = models.ReassignTaskRequest(
            task_id=checked_task_id,
            site=opt(site, nullable(check_str), "site"),
            cloud=opt(cloud, nullable(check_str), "cloud"),
            nucleus=opt(nucleus, nullable(check_str), "nucleus"),
            mode=opt(mode, nullable(_choice(("kill", "soft", "nokill"))), "mode"),
        )
        return build_call(endpoints.reassign_task, task_command, body=body)

    @operation
    def pause(self, task_id: int) -> Call[CommandResult]:
        """Pause a task; production role. Returns the `CommandResult`; a failure code raises with `error.code`."""
        body = models.PauseTaskRequest(task_id=check_id(task_id, "task_id"))
        return build_call(endpoints.pause_task, task_command, body=body)

    @operation
    def kill(self, task_id: int, *, broadcast: bool | NotGiven = NOT_GIVEN) -> Call[CommandResult]:
        """Kill a task (JEDI executes the command within minutes); task owner or production role.

        `broadcast` also tells the pilots of the running jobs. Returns the `CommandResult` (code 0 and e.g.
        `command=kill is registered for task ID 123 ...`); a failure code raises with it as `error.code`.
        """
        body = models.KillTaskRequest(
            task_id=check_id(task_id, "task_id"), broadcast=opt(broadcast, check_bool, "broadcast")
        )
        return build_call(endpoints.kill_task, task_command, body=body)

    @operation
    def kill_unfinished_jobs(
        self,
        task_id: int,
        *,
        code: int | None | NotGiven = NOT_GIVEN,
        use_email_as_id: bool | NotGiven = NOT_GIVEN,
    ) -> Call[list[bool]]:
        """Kill every unfinished job of a task, like `job.kill`; authenticated caller (per-job permissions apply).

        `code` is the kill code of `job/kill` (e.g. 9 force kill, 91/99 production kill of user jobs);
        `use_email_as_id` identifies the caller by the e-mail address of the DN. Returns one bool per job,
        true where the kill was accepted.
        """
        body = models.KillUnfinishedTaskJobsRequest(
            task_id=check_id(task_id, "task_id"),
            code=opt(code, nullable(_non_negative), "code"),
            use_email_as_id=opt(use_email_as_id, check_bool, "use_email_as_id"),
        )
        return build_call(endpoints.kill_unfinished_task_jobs, data(_bool_list), body=body)

    @operation
    def finish(
        self,
        task_id: int,
        *,
        soft: bool | NotGiven = NOT_GIVEN,
        broadcast: bool | NotGiven = NOT_GIVEN,
    ) -> Call[CommandResult]:
        """Finish a task; task owner or production role.

        `soft` lets the running jobs end (no new jobs are generated) instead of killing them; `broadcast` also
        tells the pilots. Returns the `CommandResult`; a failure code raises with it as `error.code`.
        """
        body = models.FinishTaskRequest(
            task_id=check_id(task_id, "task_id"),
            soft=opt(soft, check_bool, "soft"),
            broadcast=opt(broadcast, check_bool, "broadcast"),
        )
        return build_call(endpoints.finish_task, task_command, body=body)

    @operation
    def reactivate(
        self,
        task_id: int,
        *,
        keep_attempt_nr: bool | NotGiven = NOT_GIVEN,
        trigger_job_generation: bool | NotGiven = NOT_GIVEN,
    ) -> Call[CommandResult]:
        """Reactivate (recycle) a finished or done task so that it generates new jobs; production role.

        Returns the `CommandResult` (e.g. `updated 12 inputs and task 123 was reactivated`); a failure raises
        with the code as `error.code` (None for a database error).
        """
        body = models.ReactivateTaskRequest(
            task_id=check_id(task_id, "task_id"),
            keep_attempt_nr=opt(keep_attempt_nr, check_bool, "keep_attempt_nr"),
            trigger_job_generation=opt(trigger_job_generation, check_bool, "trigger_job_generation"),
        )
        return build_call(endpoints.reactivate_task, task_command, body=body)

    @operation
    def avalanche(self, task_id: int) -> Call[CommandResult]:
        """Move a task in `scouting` on to full job generation; production role.

        Returns the `CommandResult`; a failure code raises with it as `error.code`.
        """
        body = models.AvalancheTaskRequest(task_id=check_id(task_id, "task_id"))
        return build_call(endpoints.avalanche_task, task_command, body=body)

    @operation
    def reload_input(self, task_id: int, *, ignore_hard_exhausted: bool | NotGiven = NOT_GIVEN) -> Call[CommandResult]:
        """Make JEDI reload the input of a task (e.g. after files were added to its container); authenticated caller.

        `ignore_hard_exhausted` is dropped by the server unless the caller has the production role. Returns the
        `CommandResult`; a failure code raises with it as `error.code`.
        """
        body = models.ReloadTaskInputRequest(
            task_id=check_id(task_id, "task_id"),
            ignore_hard_exhausted=opt(ignore_hard_exhausted, check_bool, "ignore_hard_exhausted"),
        )
        return build_call(endpoints.reload_task_input, task_command, body=body)

    @operation
    def reassign_global_share(
        self, task_id_list: list[int], share: str, reassign_running_jobs: bool
    ) -> Call[CommandResult]:
        """Move tasks to another global share (a leaf share), optionally with their running jobs; production role.

        Returns the `CommandResult` (code 0; the server sends no message). Code 1 (not a leaf share) and -1
        (database error) raise with the code as `error.code`.
        """
        body = models.ReassignTaskGlobalShareRequest(
            task_id_list=check_ids(task_id_list, "task_id_list"),
            share=check_str(share, "share"),
            reassign_running_jobs=check_bool(reassign_running_jobs, "reassign_running_jobs"),
        )
        return build_call(endpoints.reassign_task_global_share, task_command, body=body)

    @operation
    def enable_jumbo_jobs(
        self, task_id: int, jumbo_jobs_total: int, *, jumbo_jobs_per_site: int | None | NotGiven = NOT_GIVEN
    ) -> Call[CommandResult]:
        """Set the number of jumbo jobs of a task (0 disables them); production role.

        `jumbo_jobs_per_site` defaults to `jumbo_jobs_total`. Returns the `CommandResult`; a failure raises with
        the code as `error.code` (1 database error; 2, task not found, raises NotFoundError). Server 1.0.4 answers HTTP
        500 after enabling (`jumbo_jobs_total > 0`) although the change was made (its avalanche call is broken).
        """
        body = models.EnableTaskJumboJobsRequest(
            task_id=check_id(task_id, "task_id"),
            jumbo_jobs_total=_non_negative(jumbo_jobs_total, "jumbo_jobs_total"),
            jumbo_jobs_per_site=opt(jumbo_jobs_per_site, nullable(_non_negative), "jumbo_jobs_per_site"),
        )
        return build_call(endpoints.enable_task_jumbo_jobs, _coded_command(errors_by_code=_NOT_FOUND_2), body=body)

    @operation
    def enable_job_cloning(
        self,
        jedi_task_id: int,
        *,
        mode: CloningMode | None | NotGiven = NOT_GIVEN,
        multiplicity: int | None | NotGiven = NOT_GIVEN,
        num_sites: int | None | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Enable job cloning for a task (copies of each job; the first to finish wins); production role.

        `mode` is `runonce` or `storeonce`; `multiplicity` is the number of clones of each job and `num_sites`
        the number of sites they use. Returns None; a failure raises with the server's reason.
        """
        body = models.EnableTaskJobCloningRequest(
            jedi_task_id=check_id(jedi_task_id, "jedi_task_id"),
            mode=opt(mode, nullable(_choice(("runonce", "storeonce"))), "mode"),
            multiplicity=opt(multiplicity, nullable(check_id), "multiplicity"),
            num_sites=opt(num_sites, nullable(check_id), "num_sites"),
        )
        return build_call(endpoints.enable_task_job_cloning, data(none), body=body)

    @operation
    def disable_job_cloning(self, jedi_task_id: int) -> Call[None]:
        """Disable job cloning for a task; production role. Returns None; a failure raises with the reason."""
        body = models.DisableTaskJobCloningRequest(jedi_task_id=check_id(jedi_task_id, "jedi_task_id"))
        return build_call(endpoints.disable_task_job_cloning, data(none), body=body)

    @operation
    def increase_attempts(self, task_id: int, increase: int) -> Call[CommandResult]:
        """Raise the maximum attempt number of a task's inputs by `increase` (>= 0); production role.

        Returns the `CommandResult` (code 0). Failures raise with the code as `error.code`: 1 unknown task
        (NotFoundError), 2 invalid task status, 3 denied (PermissionDeniedError), 4 bad parameter (BadRequestError).
        """
        body = models.IncreaseTaskAttemptsRequest(
            task_id=check_id(task_id, "task_id"), increase=_non_negative(increase, "increase")
        )
        return build_call(endpoints.increase_task_attempts, _coded_command(errors_by_code=_INCREASE_ERRORS), body=body)

    @operation
    def change_attribute(self, task_id: int, attribute_name: TaskAttribute, value: int) -> Call[CommandResult]:
        """Set `ramCount`, `wallTime`, `cpuTime` or `coreCount` of a task; production role.

        Returns the `CommandResult` (code 0, message `<n> tasks changed`); an unknown task raises NotFoundError.
        """
        checked_task_id = check_id(task_id, "task_id")
        name = check_choice(attribute_name, "attribute_name", ("ramCount", "wallTime", "cpuTime", "coreCount"))
        body = models.ChangeTaskAttributeRequest(
            task_id=checked_task_id,
            attribute_name=models.ChangeTaskAttributeRequestAttributeName(name),
            value=_non_negative(value, "value"),
        )
        return build_call(endpoints.change_task_attribute, task_command, body=body)

    @operation
    def change_modification_time(self, task_id: int, hour_offset: int) -> Call[CommandResult]:
        """Set a task's modification time to now + `hour_offset` hours; production role.

        A negative offset (e.g. -12) makes JEDI pick the task up for brokerage again. Returns the
        `CommandResult` (code 0, message `<n> tasks changed`); an unknown task raises NotFoundError.
        """
        body = models.ChangeTaskModificationTimeRequest(
            task_id=check_id(task_id, "task_id"), hour_offset=check_int(hour_offset, "hour_offset")
        )
        return build_call(endpoints.change_task_modification_time, task_command, body=body)

    @operation
    def change_priority(self, task_id: int, priority: int) -> Call[CommandResult]:
        """Set the priority of a task; production role.

        Returns the `CommandResult` (code 0, message `<n> tasks changed`); an unknown task raises NotFoundError.
        """
        body = models.ChangeTaskPriorityRequest(
            task_id=check_id(task_id, "task_id"), priority=check_int(priority, "priority")
        )
        return build_call(endpoints.change_task_priority, task_command, body=body)

    @operation
    def change_split_rule(self, task_id: int, attribute_name: str, value: str) -> Call[CommandResult]:
        """Set one split rule of a task, e.g. `NF` (nFilesPerJob) to "5"; production role.

        `attribute_name` is the two-letter code of a changeable rule (see `SPLIT_RULES`), `value` its new value
        as text (`""` or `"None"` removes the rule). Returns the `CommandResult` (code 0, message `<n> tasks
        changed`); a refused rule raises BadRequestError with `error.code` 2; an unknown task raises with the
        server's `Task not found`.
        """
        body = models.ChangeTaskSplitRuleRequest(
            task_id=check_id(task_id, "task_id"),
            attribute_name=check_choice(attribute_name, "attribute_name", SPLIT_RULES),
            value=check_str(value, "value", empty=True),  # "" removes the rule
        )
        return build_call(
            endpoints.change_task_split_rule, _coded_command(errors_by_code=_SPLIT_RULE_ERRORS), body=body
        )

    # -- submission -----------------------------------------------------------------------------------
    @operation
    def submit(self, task_parameters: dict[str, Any], *, parent_tid: int | None | NotGiven = NOT_GIVEN) -> Call[int]:
        """Register a new JEDI task from its task-parameter dict; authenticated caller.

        Without the production role the server sets `userName` to the caller and `taskType`/`taskPriority` to
        `anal`/1000. Returns the new jediTaskID (for an accepted incexec of an existing task, code 3, that task's
        ID). Failures raise with the code as `error.code`: 1/2 duplicate task in DEFT/JEDI (ConflictError),
        4 registration error, 10 too many active tasks, 11 parent task not found (NotFoundError).
        """
        parameters = check_mapping(task_parameters, "task_parameters")
        _check_json(parameters, "task_parameters")
        body = models.SubmitTaskRequest(
            task_parameters=check_fields(models.TaskParameters.from_dict, parameters, "task_parameters"),
            parent_tid=opt(parent_tid, nullable(check_id), "parent_tid"),
        )
        return build_call(endpoints.submit_task, _submitted_task_id, body=body)

    # -- queries --------------------------------------------------------------------------------------
    @operation
    def get_jumbo_job_datasets(
        self, from_offset: int, *, to_offset: int | NotGiven = NOT_GIVEN
    ) -> Call[dict[str, TaskJumboJobDatasets]]:
        """The jumbo-job tasks modified between `from_offset` and `to_offset` (default 0) days ago; authenticated.

        Only managed tasks in finished/done with jumbo jobs set are listed, with their output datasets. Returns
        `{"<jediTaskID>": TaskJumboJobDatasets(status, datasets)}`.
        """
        checked_from = _non_negative(from_offset, "from_offset")
        checked_to = opt(to_offset, _non_negative, "to_offset")
        if isinstance(checked_to, int) and checked_to > checked_from:
            raise ValueError(f"to_offset must be <= from_offset ({checked_from}), got {checked_to}")
        return build_call(
            endpoints.get_jumbo_job_datasets, data(_jumbo_datasets), from_offset=checked_from, to_offset=checked_to
        )

    @operation
    def get_status(self, task_id: int) -> Call[str]:
        """The status of a task (e.g. `running`, `done`); authenticated caller. An unknown task raises NotFoundError."""
        return build_call(endpoints.get_task_status, data(as_str), task_id=str(check_id(task_id, "task_id")))

    @operation
    def get_details(
        self,
        task_id: int,
        *,
        include_parameters: bool | NotGiven = NOT_GIVEN,
        include_status: bool | NotGiven = NOT_GIVEN,
    ) -> Call[TaskDetails]:
        """A digest of a task: input/output datasets, file statistics, PanDA IDs; authenticated caller.

        `include_parameters` adds `cli_params` (the command line), `include_status` adds `status`. Without
        `include_status` an unknown task gives empty fields; with it, NotFoundError.
        """
        return build_call(
            endpoints.get_task_details,
            data(model(models.TaskDetails)),
            task_id=check_id(task_id, "task_id"),
            include_parameters=opt(include_parameters, check_bool, "include_parameters"),
            include_status=opt(include_status, check_bool, "include_status"),
        )

    @operation
    def get_tasks_modified_since(
        self,
        since: str | datetime,
        *,
        dn: str | None | NotGiven = NOT_GIVEN,
        full: bool | NotGiven = NOT_GIVEN,
        min_task_id: int | None | NotGiven = NOT_GIVEN,
        prod_source_label: str | NotGiven = NOT_GIVEN,
    ) -> Call[dict[str, dict[str, Any]]]:
        """A user's tasks modified since a time (at most 30 days back), keyed by reqID; authenticated caller.

        `since` is a datetime (UTC if naive) or text `%Y-%m-%d %H:%M:%S`; `dn` is the user (default the caller),
        `prod_source_label` the task type (server default `user`), `min_task_id` an exclusive lower bound.
        `full` adds the digest fields (inDS, outDS, statistics, ...; at most 500 tasks). Returns
        `{"<reqID>" (or "null"): task dict}`; tasks sharing a reqID collapse to one entry.
        """
        return build_call(
            endpoints.get_tasks_modified_since,
            data(_dict_of_dicts),
            since=_since(since, "since"),
            dn=opt(dn, nullable(check_str), "dn"),
            full=opt(full, check_bool, "full"),
            min_task_id=opt(min_task_id, nullable(_non_negative), "min_task_id"),
            prod_source_label=opt(prod_source_label, check_str, "prod_source_label"),
        )

    @operation
    def get_tasks_detailed_info_since(
        self,
        *,
        since: str | datetime | None | NotGiven = NOT_GIVEN,
        filters: Mapping[str, str] | str | None | NotGiven = NOT_GIVEN,
        n_tasks: int | NotGiven = NOT_GIVEN,
    ) -> Call[list[dict[str, Any]]]:
        """Search tasks and return the full details of each, sorted by task ID; authenticated caller.

        `since` (a datetime, UTC if naive, or `%Y-%m-%d %H:%M:%S`) is clamped to 90 days back. `filters` is a
        dict `{field: pattern}` of strings (sent as JSON text): plain values are equality tests, values with
        regex characters are searched; the caller's tasks only unless `userName` is filtered. `n_tasks` caps the
        number of tasks (server default 500). Returns a list of task dicts (datetimes decoded).
        """
        return build_call(
            endpoints.get_tasks_detailed_info_since,
            data(_dict_list),
            since=opt(since, nullable(_since), "since"),
            filters=opt(filters, nullable(_filters), "filters"),
            n_tasks=opt(n_tasks, check_id, "n_tasks"),
        )

    @operation
    def get_datasets_and_files(
        self,
        task_id: int,
        *,
        dataset_types: list[str] | str | NotGiven = NOT_GIVEN,
        dataset_only: bool | NotGiven = NOT_GIVEN,
    ) -> Call[list[TaskDatasetFiles]]:
        """The datasets of a task with their files (lfn, scope, id, status); authenticated caller.

        `dataset_types` is a list (or a comma-separated string) of types such as `input`, `pseudo_input`,
        `output`, `log`; the server default is input and pseudo_input. `dataset_only` is ignored by server 1.0.4.
        No matching dataset raises NotFoundError (`No data found for the task`).
        """
        types = opt(dataset_types, _dataset_types, "dataset_types")
        return build_call(
            endpoints.get_task_datasets_and_files,
            data(_dataset_files),
            task_id=str(check_id(task_id, "task_id")),
            dataset_types=types,
            dataset_only=opt(dataset_only, check_bool, "dataset_only"),
        )

    @operation
    def get_job_ids(self, task_id: int) -> Call[list[int]]:
        """The PanDA IDs of all jobs of a task, in any status (empty for an unknown task); authenticated caller."""
        return build_call(endpoints.get_task_job_ids, data(_int_list), task_id=check_id(task_id, "task_id"))

    @operation
    def get_task_parameters(self, task_id: int) -> Call[dict[str, Any]]:
        """The task-parameter dict a task was created with; authenticated caller. Unknown task: NotFoundError."""
        return build_call(endpoints.get_task_parameters, data(as_dict), task_id=check_id(task_id, "task_id"))

    @operation
    def get_detailed_info(self, task_id: int) -> Call[dict[str, Any]]:
        """Every field of a task with its job template, task parameters and file progress; authenticated caller.

        Returns the task dict (datetimes decoded); an unknown task raises NotFoundError.
        """
        return build_call(endpoints.get_task_detailed_info, data(as_dict), task_id=check_id(task_id, "task_id"))

    @operation
    def get_parent_detailed_info(self, task_id: int) -> Call[dict[str, Any]]:
        """The full details of the parent of the child task `task_id`; authenticated caller.

        Returns the parent's task dict (as `get_detailed_info`); no child, no parent, or an unknown parent
        raises NotFoundError.
        """
        return build_call(
            endpoints.get_parent_task_detailed_info, _parent_details, task_id=check_id(task_id, "task_id")
        )

    @operation
    def get_job_descriptions(
        self, task_id: int, *, unsuccessful_only: bool | NotGiven = NOT_GIVEN
    ) -> Call[list[dict[str, Any]]]:
        """The full job descriptions of a task's jobs, the archive included (at most 5500); authenticated caller.

        `unsuccessful_only` keeps the failed, cancelled and closed jobs. Returns a list of job dicts (datetimes
        decoded, `Files` included).
        """
        return build_call(
            endpoints.get_task_job_descriptions,
            data(_dict_list),
            task_id=check_id(task_id, "task_id"),
            unsuccessful_only=opt(unsuccessful_only, check_bool, "unsuccessful_only"),
        )


# -- argument checks ------------------------------------------------------------------------------------


def _choice(choices: tuple[str, ...]) -> Callable[[Any, str], str]:
    def checked(value: Any, name: str) -> str:
        return check_choice(check_str(value, name), name, choices)

    return checked


def _non_negative(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0)


def _check_json(value: Any, name: str) -> None:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be JSON-serialisable: {exc}") from None


def _json_object(value: Any, name: str) -> dict[str, Any]:
    """A dict, or the JSON text of an object (decoded), for parameters the server takes as either."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is not valid JSON: {exc}") from None
        if not isinstance(decoded, dict):
            raise ValueError(f"{name} must be the JSON text of an object, got a JSON {type(decoded).__name__}")
        return decoded
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict or the JSON text of an object, got {type(value).__name__}")
    result = dict(value)
    _check_json(result, name)
    return result


def _since(value: Any, name: str) -> str:
    """`%Y-%m-%d %H:%M:%S` text (UTC): from a datetime (naive = UTC), or checked text."""
    if isinstance(value, datetime):
        moment: datetime = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
        return moment.strftime(_SINCE_FORMAT)
    text = check_str(value, name)
    try:
        datetime.strptime(text, _SINCE_FORMAT)
    except ValueError:
        raise ValueError(f"{name} must be a datetime or text like '2026-01-18 14:30:45', got {text!r}") from None
    return text


def _filters(value: Any, name: str) -> str:
    """The `filters` JSON text of an object of string patterns (from a dict, or checked text)."""
    patterns = _json_object(value, name)
    for key, pattern in patterns.items():
        if not isinstance(pattern, str):
            raise TypeError(f"{name}[{key!r}] must be a str pattern, got {type(pattern).__name__}")
    return value if isinstance(value, str) else json.dumps(patterns)


def _dataset_types(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    return check_str_list(value, name)


# -- answers ------------------------------------------------------------------------------------------
_RETRY_ERRORS: dict[int, type[errors.APIStatusError]] = {2: errors.NotFoundError}
_NOT_FOUND_2: dict[int, type[errors.APIStatusError]] = {2: errors.NotFoundError}
_INCREASE_ERRORS: dict[int, type[errors.APIStatusError]] = {
    1: errors.NotFoundError,
    3: errors.PermissionDeniedError,
    4: errors.BadRequestError,
}
_SPLIT_RULE_ERRORS: dict[int, type[errors.APIStatusError]] = {2: errors.BadRequestError}
_SUBMIT_ERRORS: dict[int, type[errors.APIStatusError]] = {
    1: errors.ConflictError,
    2: errors.ConflictError,
    11: errors.NotFoundError,
}


def _code_of(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _coded_error(
    envelope: Envelope,
    response: httpx.Response,
    code: int | None,
    errors_by_code: Mapping[int, type[errors.APIStatusError]],
) -> errors.APIStatusError:
    """The exception for a failed coded answer: the message decides first, then the code; the code is kept."""
    error = fail(envelope, response)
    cls = errors_by_code.get(code) if code is not None else None
    if cls is not None and type(error).__name__ == "PandaAPIError":
        replaced = cls(str(error.message), status_code=error.status_code, server_message=error.server_message,
                       method=error.method, url=error.url)  # fmt: skip
        replaced.data = envelope.data  # type: ignore[attr-defined]
        error = replaced
    error.code = code  # type: ignore[attr-defined]
    return error


def _coded_command(
    *,
    ok: tuple[int, ...] = (0,),
    errors_by_code: Mapping[int, type[errors.APIStatusError]],
    by_code: bool = False,
) -> Callable[[httpx.Response], CommandResult]:
    """Like `task_command`, with this function's own codes. `by_code`: the code alone decides (task/retry,
    whose `success` is always true), so codes in `ok` succeed and any other code fails."""

    def parse(response: httpx.Response) -> CommandResult:
        envelope = read_envelope(response)
        code = _code_of(envelope.data)
        if by_code:
            if code is not None and code in ok:
                return CommandResult(code, envelope.message)
        elif envelope.success:
            return CommandResult(code if code is not None else 0, envelope.message)
        raise _coded_error(envelope, response, code, errors_by_code)

    return parse


def _submitted_task_id(response: httpx.Response) -> int:
    """task/submit: `data` is the new jediTaskID on success and the error code on failure."""
    envelope = read_envelope(response)
    code = _code_of(envelope.data)
    if envelope.success and code is not None:
        return code
    # `success: true` with `data: null`: the user could not be checked (e.g. a banned DN); the reason is the message.
    raise _coded_error(envelope, response, None if envelope.success else code, _SUBMIT_ERRORS)


_details = data(as_dict)


def _parent_details(response: httpx.Response) -> dict[str, Any]:
    """task/get_parent_detailed_info: `No parent task found` is a not-found too (the other failures say so)."""
    try:
        return _details(response)
    except PandaAPIError as exc:
        if not exc.server_message.startswith("No parent task"):
            raise
        raise errors.NotFoundError(str(exc.message), status_code=exc.status_code, server_message=exc.server_message,
                                   method=exc.method, url=exc.url) from None  # fmt: skip


def _bool_list(value: Any) -> list[bool]:
    items = as_list(value)
    for item in items:
        if not isinstance(item, bool):
            raise TypeError(f"expected a list of booleans, got an item {type(item).__name__}")
    return items


def _int_list(value: Any) -> list[int]:
    return [as_int(item) for item in as_list(value)]


def _dict_list(value: Any) -> list[dict[str, Any]]:
    return [as_dict(item) for item in as_list(value)]


def _dict_of_dicts(value: Any) -> dict[str, dict[str, Any]]:
    return {key: as_dict(item) for key, item in as_dict(value).items()}


def _jumbo_datasets(value: Any) -> dict[str, TaskJumboJobDatasets]:
    return {key: models.TaskJumboJobDatasets.from_dict(as_dict(item)) for key, item in as_dict(value).items()}


def _dataset_files(value: Any) -> list[TaskDatasetFiles]:
    return [models.TaskDatasetFiles.from_dict(as_dict(item)) for item in as_list(value)]
