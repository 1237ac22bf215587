"""The requests of the Agave v2 Jobs service: argument checks, then the generated endpoint's request.

One function per operation, shared by the typed names (`_operations`) and agavepy's names (`_agavepy`).
Bad input fails here, before any I/O. Arguments left NOT_GIVEN stay off the wire, as agavepy leaves them,
so the server applies its own defaults (the generated code would otherwise send limit=100, naked=false, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import quote

import attrs

from sciclients._core import NOT_GIVEN, Call, NotGiven, build_call, check_fields, check_int, check_str
from sciclients._generated.agave_api import models  # models load on first use
from sciclients._generated.agave_api.api import (
    history as history_endpoints,  # endpoint modules (all four) load on first use
)
from sciclients._generated.agave_api.api import jobs as jobs_endpoints
from sciclients._generated.agave_api.api import outputs as outputs_endpoints
from sciclients._generated.agave_api.api import permissions as permissions_endpoints
from sciclients._generated.agave_api.types import UNSET, Unset

from . import _search
from ._download import refuse_suffix_range
from ._envelope import model, model_list, no_result, optional_model, parse_result
from ._search import SearchValue

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import (
        Job,
        JobHistory,
        JobStatus,
        JobSummary,
        ManageJobRequest,
        Permission,
        RemoteFile,
        SubmitJobRequest,
        UpdateJobPermissionsForUserRequest,
        UpdateJobPermissionsRequest,
    )

__all__ = [
    "Order", "PERMISSIONS", "ACTIONS", "check_job_id", "check_file_path", "submit", "get", "get_status", "manage",
    "delete", "history", "permissions", "update_permissions", "delete_permissions", "user_permissions",
    "update_user_permissions", "delete_user_permissions", "outputs", "media", "jobs", "search_terms",
    "check_range",
]  # fmt: skip

R = TypeVar("R")
Order = Literal["ASC", "DESC", "asc", "desc"]
# The two enums load at import: one small module each, importing only `enum`.
PERMISSIONS = tuple(p.value for p in models.PermissionValue)
ACTIONS = tuple(a.value for a in models.ManageJobRequestAction)
_RANGE_CHARS = frozenset("0123456789-")


# -- argument checks ------------------------------------------------------------------------------------------
def check_job_id(job_id: Any, jobId: Any = NOT_GIVEN) -> str:
    """The job id from `job_id` or agavepy's `jobId` (exactly one of them)."""
    if job_id is NOT_GIVEN and jobId is NOT_GIVEN:
        raise TypeError("job_id is required (agavepy: jobId=)")
    if job_id is not NOT_GIVEN and jobId is not NOT_GIVEN:
        raise TypeError("give job_id or agavepy's jobId, not both")
    return check_str(job_id if jobId is NOT_GIVEN else jobId, "job_id")


def check_file_path(file_path: Any, *, empty: bool) -> str:
    """A path inside the job's output directory, without leading slashes (the server strips `//` anyway)."""
    if file_path is None and empty:
        return ""
    if not isinstance(file_path, str):
        raise TypeError(f"file_path must be a str, got {type(file_path).__name__}")
    path = file_path.lstrip("/")
    if not path and not empty:
        raise ValueError("file_path must name a file inside the job's output directory")
    return path


def check_range(value: Any) -> str | None:
    """One byte range as the server honours it: `bytes=0-1023`, `bytes=1024-` (never `bytes=-500`)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"range must be a str such as 'bytes=0-1023', got {type(value).__name__}")
    unit, _, spec = value.partition("=")
    low, dash, high = spec.partition("-")
    if unit.strip() != "bytes" or not dash or not (low or high) or not set(spec) <= _RANGE_CHARS or "-" in high:
        raise ValueError(f"range must be one byte range such as 'bytes=0-1023' or 'bytes=1024-', got {value!r}")
    refuse_suffix_range(value)
    if low and high and int(high) < int(low):
        raise ValueError(f"range: the upper bound {high} is below the lower bound {low}")
    return f"bytes={spec}"


def _opt_int(value: int | NotGiven, name: str) -> int | Unset:
    return UNSET if isinstance(value, NotGiven) else check_int(value, name, minimum=0)


def _opt_str(value: str | NotGiven, name: str) -> str | Unset:
    return UNSET if isinstance(value, NotGiven) else check_str(value, name)


def _order(value: Order | NotGiven) -> str | None:
    if isinstance(value, NotGiven):
        return None
    if not isinstance(value, str) or value.upper() not in ("ASC", "DESC"):
        raise ValueError(f"order must be 'ASC' or 'DESC', got {value!r}")
    return value.upper()


def _body(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict (or the generated request model), got {type(value).__name__}")
    return dict(value)


def _model(cls: Any, fields: dict[str, Any], name: str, required: Mapping[str, Any]) -> Any:
    """`cls.from_dict(fields)`; when a field has a type the model cannot take, a TypeError naming `name[key]`
    (the generated code alone would say "dictionary update sequence element #0")."""
    try:
        return cls.from_dict(fields)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    for key, value in fields.items():  # find the field: the model built from the required fields and it alone
        try:
            cls.from_dict({**required, key: value})
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            what = f"{type(value).__name__} {value!r}"[:120]
            raise TypeError(f"{name}[{key!r}] has a type the request cannot take ({what}): {exc}") from None
    raise TypeError(f"{name} does not fit the request ({problem})")


def _permission(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if value.upper() not in PERMISSIONS:
        raise ValueError(f"{name} must be one of {', '.join(p for p in PERMISSIONS if p)} or ''; got {value!r}")
    return value.upper()


def _with_url(call: Call[R], url: str) -> Call[R]:
    """The call with a hand-built URL: generated code escapes `/` in a file path to %2F (reference §6.4)."""
    return attrs.evolve(call, request={**call.request, "url": url})


def _output_url(kind: str, job_id: str, file_path: str) -> str:
    return f"/jobs/v2/{quote(job_id, safe='')}/outputs/{kind}/{quote(file_path, safe='/')}"


_NO_SHAPING: dict[str, Any] = {"filter_": UNSET, "naked": UNSET, "pretty": UNSET}  # never sent: they change shapes


# -- jobs -------------------------------------------------------------------------------------------------------
def submit(body: SubmitJobRequest | Mapping[str, Any]) -> Call[Job]:
    if not isinstance(body, models.SubmitJobRequest):
        fields = _body(body, "body")
        for key in ("name", "appId"):
            check_str(fields.get(key), f"body[{key!r}]")
        body = _model(models.SubmitJobRequest, fields, "body", {"name": fields["name"], "appId": fields["appId"]})
    return build_call(jobs_endpoints.submit_job, parse_result(model(models.Job.from_dict)), body=body)


def get(job_id: str) -> Call[Job]:
    return build_call(jobs_endpoints.get_job, parse_result(model(models.Job.from_dict)), job_id=job_id, **_NO_SHAPING)


def get_status(job_id: str) -> Call[JobStatus]:
    return build_call(
        jobs_endpoints.get_job_status, parse_result(model(models.JobStatus.from_dict)), job_id=job_id, **_NO_SHAPING
    )


def manage(job_id: str, body: ManageJobRequest | Mapping[str, Any] | str | NotGiven) -> Call[Job | None]:
    if isinstance(body, NotGiven):
        raise TypeError("body is required: the action ('stop', 'resubmit', 'restore', 'reset') or {'action': …}")
    if isinstance(body, str):
        body = {"action": body}
    if not isinstance(body, models.ManageJobRequest):
        fields = _body(body, "body")
        action = fields.get("action")
        if not isinstance(action, str) or action.lower() not in ACTIONS:
            raise ValueError(f"body['action'] must be one of {', '.join(ACTIONS)}; got {action!r}")
        body = _model(models.ManageJobRequest, {**fields, "action": action.lower()}, "body",
                      {"action": action.lower()})  # fmt: skip
    return build_call(
        jobs_endpoints.manage_job, parse_result(optional_model(models.Job.from_dict)), job_id=job_id, body=body
    )


def delete(job_id: str) -> Call[None]:
    return build_call(jobs_endpoints.delete_job, no_result, job_id=job_id)


def history(
    job_id: str,
    limit: int | NotGiven = NOT_GIVEN,
    offset: int | NotGiven = NOT_GIVEN,
    search: Mapping[str, SearchValue] | None = None,
    order: Order | NotGiven = NOT_GIVEN,
    order_by: str | NotGiven = NOT_GIVEN,
) -> Call[list[JobHistory]]:
    terms = _search.from_mapping(search, _search.HISTORY_FIELDS) if search is not None else None
    order_value = _order(order)
    return build_call(
        history_endpoints.get_job_history, parse_result(model_list(models.JobHistory.from_dict)), job_id=job_id,
        limit=_opt_int(limit, "limit"), offset=_opt_int(offset, "offset"),
        order=UNSET if order_value is None else models.GetJobHistoryOrder(order_value),
        order_by=_opt_str(order_by, "order_by"),
        search=UNSET if terms is None else models.HistorySearchTerms.from_dict(terms), **_NO_SHAPING,
    )  # fmt: skip


# -- permissions ------------------------------------------------------------------------------------------------
def permissions(job_id: str, limit: int | NotGiven, offset: int | NotGiven) -> Call[list[Permission]]:
    parse = parse_result(model_list(models.Permission.from_dict))
    return build_call(permissions_endpoints.list_job_permissions, parse, job_id=job_id,
                      limit=_opt_int(limit, "limit"), offset=_opt_int(offset, "offset"), **_NO_SHAPING)  # fmt: skip


def update_permissions(job_id: str, body: UpdateJobPermissionsRequest | Mapping[str, Any]) -> Call[Permission | None]:
    if not isinstance(body, models.UpdateJobPermissionsRequest):
        fields = _body(body, "body")
        check_str(fields.get("username"), "body['username']")
        fields["permission"] = _permission(fields.get("permission"), "body['permission']")
        body = check_fields(models.UpdateJobPermissionsRequest.from_dict, fields, "body")
    parse = parse_result(optional_model(models.Permission.from_dict))
    return build_call(permissions_endpoints.update_job_permissions, parse, job_id=job_id, body=body)


def delete_permissions(job_id: str) -> Call[None]:
    return build_call(permissions_endpoints.delete_job_permissions, no_result, job_id=job_id)


def user_permissions(
    job_id: str, username: str, limit: int | NotGiven, offset: int | NotGiven
) -> Call[list[Permission]]:
    parse = parse_result(model_list(models.Permission.from_dict))
    return build_call(permissions_endpoints.get_job_permissions_for_user, parse, job_id=job_id,
                      username=check_str(username, "username"), limit=_opt_int(limit, "limit"),
                      offset=_opt_int(offset, "offset"), **_NO_SHAPING)  # fmt: skip


def update_user_permissions(
    job_id: str, username: str, body: UpdateJobPermissionsForUserRequest | Mapping[str, Any] | str
) -> Call[Permission | None]:
    user = check_str(username, "username")
    if isinstance(body, str):
        body = {"permission": body}
    if not isinstance(body, models.UpdateJobPermissionsForUserRequest):
        fields = _body(body, "body")
        fields["permission"] = _permission(fields.get("permission"), "body['permission']")
        named = fields.get("username")
        if named is not None and (not isinstance(named, str) or named.lower() != user.lower()):
            raise ValueError(f"body['username'] ({named!r}) must equal username ({user!r}) or be left out")
        body = check_fields(models.UpdateJobPermissionsForUserRequest.from_dict, fields, "body")
    parse = parse_result(optional_model(models.Permission.from_dict))
    return build_call(permissions_endpoints.update_job_permissions_for_user, parse, job_id=job_id, username=user,
                      body=body)  # fmt: skip


def delete_user_permissions(job_id: str, username: str) -> Call[None]:
    return build_call(permissions_endpoints.delete_job_permissions_for_user, no_result, job_id=job_id,
                      username=check_str(username, "username"))  # fmt: skip


# -- outputs ----------------------------------------------------------------------------------------------------
def outputs(job_id: str, file_path: Any, limit: int | NotGiven, offset: int | NotGiven) -> Call[list[RemoteFile]]:
    path = check_file_path(file_path, empty=True)
    paging: dict[str, Any] = {"limit": _opt_int(limit, "limit"), "offset": _opt_int(offset, "offset"), **_NO_SHAPING}
    parse = parse_result(model_list(models.RemoteFile.from_dict))
    if not path:
        return build_call(outputs_endpoints.list_job_outputs_root, parse, job_id=job_id, **paging)
    call = build_call(outputs_endpoints.list_job_outputs, parse, job_id=job_id, file_path=path, **paging)
    return _with_url(call, _output_url("listings", job_id, path))


def media(job_id: str, file_path: Any, range_: Any = None) -> Call[None]:
    """The download request; the clients' streaming download sends it (the runner would read it whole)."""
    path, byte_range = check_file_path(file_path, empty=False), check_range(range_)
    call = build_call(outputs_endpoints.download_job_output, no_result, job_id=job_id, file_path=path, force=UNSET,
                      range_=UNSET if byte_range is None else byte_range)  # fmt: skip
    return _with_url(call, _output_url("media", job_id, path))


# -- listing and search -----------------------------------------------------------------------------------------
def jobs(
    limit: int | NotGiven = NOT_GIVEN,
    offset: int | NotGiven = NOT_GIVEN,
    terms: Mapping[str, str] | None = None,
    order: Order | NotGiven = NOT_GIVEN,
    order_by: str | NotGiven = NOT_GIVEN,
) -> Call[list[JobSummary]]:
    order_value = _order(order)
    return build_call(
        jobs_endpoints.list_jobs, parse_result(model_list(models.JobSummary.from_dict)),
        limit=_opt_int(limit, "limit"), offset=_opt_int(offset, "offset"),
        order=UNSET if order_value is None else models.ListJobsOrder(order_value),
        order_by=_opt_str(order_by, "order_by"),
        search=UNSET if not terms else models.JobSearchTerms.from_dict(terms), **_NO_SHAPING,
    )  # fmt: skip


def search_terms(
    attribute: str | NotGiven, value: SearchValue | NotGiven, filters: Mapping[str, Any]
) -> dict[str, str]:
    """agavepy's `attribute`/`value` pair and keyword filters as search terms (at least one)."""
    terms: dict[str, str] = {}
    if not isinstance(attribute, NotGiven) or not isinstance(value, NotGiven):
        if isinstance(attribute, NotGiven) or isinstance(value, NotGiven):
            raise TypeError("attribute and value go together (agavepy's search(attribute=…, value=…))")
        terms.update(_search.from_mapping({check_str(attribute, "attribute"): value}, argument="attribute"))
    terms.update(_search.from_keywords(filters))
    if not terms:
        raise TypeError("search needs at least one term, e.g. search(status='RUNNING'); use list() for all jobs")
    return terms
