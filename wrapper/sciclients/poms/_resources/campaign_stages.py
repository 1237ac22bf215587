"""`poms.campaign_stages`: listing, lookups and changes of campaign stages."""

from __future__ import annotations

import ast
import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
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
    check_ids,
    check_int,
    check_mapping,
    check_str,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import campaign_stages as endpoints  # endpoint modules load on first use

from ._base import (
    UNSET,
    EditActionName,
    OverridePairs,
    PomsResource,
    StageRef,
    failure,
    html_page,
    invalid,
    json_model,
    json_pairs,
    json_value,
    opt,
    override_pairs,
    positive,
    python_pairs,
    stage_ref,
    text_body,
    timestamp,
)
from .campaigns import CampaignView, lookup_id, view_fields

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import CampaignStageIndexEntry, StageListing

__all__ = ["CampaignStagesResource", "SETTABLE_COLUMNS"]

M = TypeVar("M", SyncMode, AsyncMode)
# Stage columns update_campaign_stage writes (reference: columns without creat/update/_id, minus experiment).
# The boolean columns merge_overrides and default_clear_cronjob are left out: the server refuses them as strings.
SETTABLE_COLUMNS = (
    "name", "vo_role", "cs_last_split", "cs_split_type", "cs_split_dimensions", "dataset", "software_version",
    "param_overrides", "test_param_overrides", "test_split_type", "completion_type", "completion_pct",
    "role_held_with", "campaign_stage_type", "output_ancestor_depth",
)  # fmt: skip
_PAIR_COLUMNS = ("param_overrides", "test_param_overrides")
_INT_COLUMNS = ("cs_last_split", "completion_pct", "output_ancestor_depth")
_REQUIRED_FOR_ADD_EDIT = ("vo_role", "dataset", "software_version", "completion_type", "completion_pct",
                          "login_setup", "job_type", "cronjob")  # fmt: skip


def _stage_names(response: httpx.Response) -> tuple[str, str] | None:
    value = json_value(response)
    if value is None:
        return None
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return value[0], value[1]
    raise invalid(response, "[campaign name, stage name] or null")


def _index(response: httpx.Response) -> list[CampaignStageIndexEntry]:
    value = json_value(response)
    if not isinstance(value, list):
        raise invalid(response, "a JSON list of stages")
    try:
        return [models.CampaignStageIndexEntry.from_dict(item) for item in value]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise invalid(response, "a list of {campaign_stage_id, name, experiment}") from None


def _overrides(response: httpx.Response) -> tuple[OverridePairs | None, OverridePairs | None]:
    text = text_body(response).strip()
    if not text:
        raise failure(errors.NotFoundError, "POMS found no such campaign stage (empty answer)", response)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise invalid(response, "the Python repr of (param_overrides, test_param_overrides)") from None
    if not (isinstance(value, tuple) and len(value) == 2):
        raise invalid(response, "a (param_overrides, test_param_overrides) pair")
    try:
        return tuple(None if v is None else override_pairs(v, "answer") for v in value)  # type: ignore[return-value]
    except (TypeError, ValueError):
        raise invalid(response, "lists of [key, value] pairs") from None


def _success(response: httpx.Response) -> None:
    text = text_body(response).strip()
    if text == "Success":
        return None
    if not text:
        raise failure(errors.NotFoundError, "POMS found no such campaign stage (empty answer)", response)
    raise invalid(response, "'Success'")


def _column(name: str, value: Any) -> str:
    where = f"columns: {name}"  # the argument, then the field: `columns: completion_pct must be an int`
    if name in _PAIR_COLUMNS:
        return python_pairs(value, where)
    if name in _INT_COLUMNS:
        return str(check_int(value, where))
    return check_str(value, where, empty=True)


class CampaignStagesResource(PomsResource[M]):
    """Campaign stages (what gets launched) and their parameter overrides."""

    @operation
    def show(
        self,
        *,
        campaign_name: str | NotGiven = NOT_GIVEN,
        stage_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        views: Collection[CampaignView] | NotGiven = NOT_GIVEN,
        tmin: datetime | str | NotGiven = NOT_GIVEN,
        tmax: datetime | str | NotGiven = NOT_GIVEN,
        tdays: float | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[StageListing]:
        """The experiment's stages (`show_campaign_stages` as JSON), optionally those of one campaign or
        the given stage ids. `tmin`/`tmax` (UTC)/`tdays` only shape the window fields of the answer."""
        exp, the_role = self._context(experiment, role)
        ids = opt(stage_ids, check_ids, "stage_ids")
        body = models.ListCampaignStagesRequest(
            experiment=exp, role=the_role,
            campaign_name=opt(campaign_name, check_str, "campaign_name"),
            campaign_ids=UNSET if ids is UNSET else ",".join(map(str, ids)),
            tmin=opt(tmin, timestamp, "tmin"), tmax=opt(tmax, timestamp, "tmax"),
            tdays=opt(tdays, positive, "tdays"),
        )  # fmt: skip
        body.additional_properties.update(view_fields(views))
        return build_call(endpoints.list_campaign_stages, json_model(models.StageListing), idempotent=True, body=body)

    @operation
    def index(
        self, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[list[CampaignStageIndexEntry]]:
        """Id, name and experiment of every campaign stage of **every** experiment (names are not unique).

        `experiment`/`role` are only checked for membership by the server.
        """
        exp, the_role = self._context(experiment, role)
        body = models.ListAllCampaignStagesRequest(experiment=exp, role=the_role)
        return build_call(endpoints.list_all_campaign_stages, _index, idempotent=True, body=body)

    @operation
    def get_id(
        self,
        campaign_name: str,
        stage_name: str,
        *,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[int | None]:
        """The id of a stage given its campaign's name and its own, or None when there is no such stage."""
        exp, the_role = self._context(experiment, role)
        body = models.GetCampaignStageIdRequest(
            campaign_name=check_str(campaign_name, "campaign_name"),
            campaign_stage_name=check_str(stage_name, "stage_name"), experiment=exp, role=the_role,
        )  # fmt: skip
        return build_call(endpoints.get_campaign_stage_id, lookup_id, idempotent=True, body=body)

    @operation
    def get_names(
        self, stage_id: int, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[tuple[str, str] | None]:
        """`(campaign name, stage name)` of a stage id, or None when there is no such stage.

        The current server (SQLAlchemy >= 1.4) fails for an existing stage: BadRequestError with
        `TypeError('Object of type Row is not JSON serializable')`.
        """
        exp, the_role = self._context(experiment, role)
        body = models.GetCampaignStageNameRequest(campaign_stage_id=check_id(stage_id, "stage_id"), experiment=exp,
                                           role=the_role)  # fmt: skip
        return build_call(endpoints.get_campaign_stage_name, _stage_names, idempotent=True, body=body)

    @operation
    def update_param_overrides(
        self,
        stage: StageRef,
        *,
        param_overrides: Sequence[Sequence[str]] | str | NotGiven = NOT_GIVEN,
        test_param_overrides: Sequence[Sequence[str]] | str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[tuple[OverridePairs | None, OverridePairs | None]]:
        """Merge `[key, value]` pairs into a stage's param_overrides and/or test_param_overrides.

        Each pair replaces or adds its key (order kept); an empty value deletes the key. Pairs may be given
        as lists or as their Python-literal text. Returns both lists after the update (None for a list not
        sent); an unknown stage raises NotFoundError.
        """
        exp, the_role = self._context(experiment, role)
        ref = stage_ref(stage, "stage")
        if isinstance(param_overrides, NotGiven) and isinstance(test_param_overrides, NotGiven):
            raise ValueError("give param_overrides and/or test_param_overrides")
        body = models.UpdateStageParamOverridesRequest(
            campaign_stage=ref, experiment=exp, role=the_role,
            param_overrides=opt(param_overrides, python_pairs, "param_overrides"),
            test_param_overrides=opt(test_param_overrides, python_pairs, "test_param_overrides"),
        )  # fmt: skip
        return build_call(endpoints.update_stage_param_overrides, _overrides, body=body)

    @operation
    def update(
        self,
        stage: StageRef,
        columns: Mapping[str, Any],
        *,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Set columns of a stage, e.g. `{"software_version": "v1_3", "completion_pct": 90}`.

        Settable: see SETTABLE_COLUMNS (param_overrides as lists of pairs, ints as ints). An unknown stage
        raises NotFoundError.
        """
        exp, the_role = self._context(experiment, role)
        ref = stage_ref(stage, "stage")
        fields: dict[str, str] = {}
        for name, value in check_mapping(columns, "columns").items():
            if name not in SETTABLE_COLUMNS:
                raise ValueError(f"columns: {name!r} cannot be set; settable: {', '.join(SETTABLE_COLUMNS)}")
            fields[name] = _column(name, value)
        if not fields:
            raise ValueError("columns must name at least one column to set")
        body = models.UpdateCampaignStageRequest(campaign_stage=ref, experiment=exp, role=the_role)
        body.additional_properties.update(fields)
        return build_call(endpoints.update_campaign_stage, _success, body=body)

    @operation
    def edit(
        self,
        action: EditActionName,
        stage_name: str,
        *,
        campaign_id: int | NotGiven = NOT_GIVEN,
        vo_role: str | NotGiven = NOT_GIVEN,
        dataset: str | NotGiven = NOT_GIVEN,
        split_type: str | NotGiven = NOT_GIVEN,
        software_version: str | NotGiven = NOT_GIVEN,
        completion_type: str | NotGiven = NOT_GIVEN,
        completion_pct: int | NotGiven = NOT_GIVEN,
        param_overrides: Sequence[Sequence[str]] | str | NotGiven = NOT_GIVEN,
        test_param_overrides: Sequence[Sequence[str]] | str | NotGiven = NOT_GIVEN,
        depends: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        login_setup: str | NotGiven = NOT_GIVEN,
        job_type: str | NotGiven = NOT_GIVEN,
        cronjob: bool | NotGiven = NOT_GIVEN,
        stage_type: str | NotGiven = NOT_GIVEN,
        pc_username: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Add, edit or delete a stage through the GUI editor method (the server's deprecated client path).

        Prefer a campaign .ini (`campaigns.upload_workflow`) or `update`. The stage's campaign is
        `campaign_id`; add and edit need vo_role, dataset, software_version, completion_type, completion_pct,
        login_setup (name), job_type (name) and cronjob. Overrides are lists of pairs (or their JSON text),
        `depends` is `{"campaign_stages": [...], "file_patterns": [...]}`. Errors come back as 400/404, or as a
        refusal inside the 200 page (raised with its message). The current server cannot `delete` an existing
        stage this way (400 `%d format: a real number is required, not str`).
        """
        exp, the_role = self._context(experiment, role)
        check_choice(action, "action", ("add", "edit", "delete"))
        given = {"vo_role": vo_role, "dataset": dataset, "software_version": software_version,
                 "completion_type": completion_type, "completion_pct": completion_pct, "login_setup": login_setup,
                 "job_type": job_type, "cronjob": cronjob}  # fmt: skip
        if action != "delete":
            missing = [name for name in _REQUIRED_FOR_ADD_EDIT if isinstance(given[name], NotGiven)]
            if missing:
                raise ValueError(f"{action} needs {', '.join(missing)}")
        body = models.EditCampaignStageRequest(
            action=models.EditAction(action), ae_stage_name=check_str(stage_name, "stage_name"),
            pc_username=opt(pc_username, check_str, "pc_username"), experiment=exp, role=the_role,
            ae_campaign_id=opt(campaign_id, check_id, "campaign_id"),
            ae_vo_role=opt(vo_role, check_str, "vo_role"), ae_dataset=opt(dataset, check_str, "dataset"),
            ae_split_type=opt(split_type, check_str, "split_type"),
            ae_software_version=opt(software_version, check_str, "software_version"),
            ae_completion_type=opt(completion_type, check_str, "completion_type"),
            ae_completion_pct=opt(completion_pct, _percent, "completion_pct"),
            ae_param_overrides=opt(param_overrides, json_pairs, "param_overrides"),
            ae_test_param_overrides=opt(test_param_overrides, json_pairs, "test_param_overrides"),
            ae_depends=opt(depends, _depends, "depends"),
            ae_launch_name=opt(login_setup, check_str, "login_setup"),
            ae_campaign_definition=opt(job_type, check_str, "job_type"),
            ae_cronjob=opt(cronjob, lambda v, n: models.PyBool(str(check_bool(v, n))), "cronjob"),
            ae_campaign_type=opt(stage_type, check_str, "stage_type"),
        )  # fmt: skip
        return build_call(endpoints.edit_campaign_stage, html_page, body=body)


def _percent(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0, maximum=100)


def _depends(value: Any, name: str) -> str:
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            raise ValueError(f"{name} must be JSON text of an object, got {value!r}") from None
        value = parsed
    return json.dumps(check_mapping(value, name))
