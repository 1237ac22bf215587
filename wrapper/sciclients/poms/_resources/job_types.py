"""`poms.job_types`: deleting job types, merging their recoveries, and the editor method."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

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
    check_id,
    check_int,
    check_str,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import job_types as endpoints  # endpoint modules load on first use

from .._errors import PomsAPIError
from ._base import (
    UNSET,
    EditActionName,
    OverridePairs,
    PomsResource,
    failure,
    html_page,
    invalid,
    json_model,
    json_value,
    opt,
    override_pairs,
)

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import JobTypeDeletion

__all__ = ["JobTypesResource", "Recoveries", "recoveries_value"]

M = TypeVar("M", SyncMode, AsyncMode)
Recoveries = list[tuple[str, OverridePairs]]
"""`[(recovery type, [[option, value], ...]), ...]` in recovery order."""


def recoveries_value(value: Any, name: str) -> Recoveries:
    """Recoveries from `[(type, pairs), ...]` or its JSON text."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValueError(f"{name} must be JSON text of [[recovery type, [[option, value], ...]], ...]") from None
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of (recovery type, [[option, value], ...]), got {type(value).__name__}")
    result: Recoveries = []
    for i, item in enumerate(value):
        if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2:
            raise ValueError(f"{name}[{i}] must be a (recovery type, options) pair, got {item!r}")
        result.append((check_str(item[0], f"{name}[{i}][0]"), override_pairs(item[1], f"{name}[{i}][1]")))
    return result


def _recoveries(response: httpx.Response) -> Recoveries:
    try:
        return recoveries_value(json_value(response), "answer")
    except (TypeError, ValueError):
        raise invalid(response, "a list of [recovery type, [[option, value], ...]]") from None


def _deleted(response: httpx.Response) -> JobTypeDeletion:
    result = json_model(models.JobTypeDeletion)(response)
    if "has been deleted" in result.message:
        return result
    if "may not be deleted" in result.message:
        raise failure(errors.ConflictError, result.message, response)
    raise failure(PomsAPIError, result.message or "POMS did not delete the job type", response)


def _definition_parameters(value: Any, name: str) -> str:
    return "null" if value is None else json.dumps(override_pairs(value, name, literal="json"))


class JobTypesResource(PomsResource[M]):
    """Job types (launch script, output patterns, recoveries)."""

    @operation
    def delete(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[JobTypeDeletion]:
        """Delete one of the caller's job types (and its recoveries).

        One that is not found among the caller's own raises NotFoundError; one in use raises ConflictError.
        """
        return self.delete_call(name, experiment=experiment, role=role)

    def delete_call(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[JobTypeDeletion]:
        """The request `delete` sends (poms_client.job_type_rm reads its answer's text as the classic did)."""
        exp, the_role = self._context(experiment, role)
        body = models.DeleteJobTypeRequest(ae_definition_name=check_str(name, "name"), experiment=exp, role=the_role)
        return build_call(endpoints.delete_job_type, _deleted, body=body)

    @operation
    def update_recoveries(
        self,
        job_type_id: int,
        recoveries: Sequence[tuple[str, Sequence[Sequence[str]]]] | str,
        *,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[Recoveries]:
        """Merge recovery settings into a job type, e.g. `[("proj_status", [["-Osubmit.memory=", "2000MB"]])]`.

        Options of a recovery type already present are updated, new types are appended. Returns the job
        type's complete recoveries after the merge.
        """
        exp, the_role = self._context(experiment, role)
        text = json.dumps([[kind, pairs] for kind, pairs in recoveries_value(recoveries, "recoveries")])
        body = models.UpdateJobTypeRecoveriesRequest(job_type_id=check_id(job_type_id, "job_type_id"), recoveries=text,
                                              experiment=exp, role=the_role)  # fmt: skip
        return build_call(endpoints.update_job_type_recoveries, _recoveries, body=body)

    @operation
    def edit(
        self,
        action: EditActionName,
        name: str,
        *,
        launch_script: str | NotGiven = NOT_GIVEN,
        output_file_patterns: str | NotGiven = NOT_GIVEN,
        definition_parameters: Sequence[Sequence[str]] | str | None | NotGiven = NOT_GIVEN,
        recoveries: Sequence[tuple[str, Sequence[Sequence[str]]]] | str | NotGiven = NOT_GIVEN,
        input_files_per_job: int | NotGiven = NOT_GIVEN,
        output_files_per_job: int | NotGiven = NOT_GIVEN,
        active: bool = True,
        pc_username: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Add, edit or delete a job type through its editor method.

        Add and edit need a non-empty `launch_script` and `output_file_patterns`; `definition_parameters`
        (pairs, their JSON text, or None to clear them) is sent as JSON (`null` for an add without them).
        The server replaces a job type's definition parameters and recoveries with what an edit sends and
        has no method to read them, so `edit` needs both `definition_parameters` and `recoveries` (`[]`
        clears): without them it raises ValueError before sending anything, instead of wiping them.
        An inactive job type (`active=False`) is not offered for new stages. The server answers 200 even
        when it refuses (e.g. a name already taken): the refusal in the page raises ConflictError or
        PomsAPIError with the page's message.
        """
        exp, the_role = self._context(experiment, role)
        check_choice(action, "action", ("add", "edit", "delete"))
        check_bool(active, "active")
        if action != "delete":
            if isinstance(launch_script, NotGiven) or not check_str(launch_script, "launch_script", empty=True).strip():
                raise ValueError(f"{action} needs a non-empty launch_script")
            if isinstance(output_file_patterns, NotGiven):
                raise ValueError(f"{action} needs output_file_patterns")
        if action == "edit":
            wiped = [n for n, v in (("definition_parameters", definition_parameters), ("recoveries", recoveries))
                     if isinstance(v, NotGiven)]  # fmt: skip
            if wiped:
                raise ValueError(
                    f"edit replaces the job type's definition_parameters and recoveries: give {' and '.join(wiped)} "
                    "(the current values, or None / [] to clear them); POMS cannot be asked for them"
                )
        parameters: Any = definition_parameters
        if isinstance(parameters, NotGiven) and action != "delete":
            parameters = None
        recovery_text = opt(recoveries, lambda v, n: json.dumps([[k, p] for k, p in recoveries_value(v, n)]),
                            "recoveries")  # fmt: skip
        body = models.EditJobTypeRequest(
            action=models.EditAction(action), ae_definition_name=check_str(name, "name"),
            pc_username=opt(pc_username, check_str, "pc_username"), experiment=exp, role=the_role,
            ae_launch_script=opt(launch_script, check_str, "launch_script"),
            ae_output_file_patterns=opt(output_file_patterns, lambda v, n: check_str(v, n, empty=True),
                                        "output_file_patterns"),
            ae_definition_parameters=opt(parameters, _definition_parameters, "definition_parameters"),
            ae_definition_recovery=recovery_text,
            ae_input_files_per_job=opt(input_files_per_job, lambda v, n: check_int(v, n, minimum=0),
                                       "input_files_per_job"),
            ae_output_files_per_job=opt(output_files_per_job, lambda v, n: check_int(v, n, minimum=0),
                                        "output_files_per_job"),
            # The editor stores "inactive" whenever the field is absent.
            ae_active="True" if active and action != "delete" else UNSET,
        )  # fmt: skip
        return build_call(endpoints.edit_job_type, html_page, body=body)
