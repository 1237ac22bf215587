"""Drop-in replacement for the classic `poms_client` module (fermitools/poms, `poms_client/python`, 4.x).

    from sciclients.poms import poms_client
    ok, data = poms_client.show_campaigns(experiment="samdev", role="analysis")

Every function of the classic module, current and deprecated, with its name, signature and return
convention; each one calls the typed client (`sciclients.poms.Poms`) and only translates names and results.
Clients are created per (`test`, `configfile`) on first use and reused: the environment (POMS_URL,
BEARER_TOKEN_FILE, X509_USER_PROXY, ...) is read then; the token file is re-read whenever it changes.

What differs from the classic module, on purpose (reference §7):

* A failure raises the sciclients.errors class its status means, with the server's message; the class also
  derives from RuntimeError, so `except RuntimeError` keeps working.
* Configuration: explicit argument > environment > files. An explicit `configfile=` or a dev/int `test=` picks
  the server (from that file, else `$POMS_CLIENT_DIR/{etc,bin}/client.cfg` and the client.cfg next to the
  script, else the built-in host); otherwise `POMS_URL`, then those files. A missing file is a
  ConfigurationError.
  `BEARER_TOKEN_FILE` (token) or the X.509 proxy authenticate. Server certificates are verified; kx509 is
  never run.
* Bad input (unknown role, no experiment, empty names, a missing file) is refused before anything is sent.
  Without `experiment`, `$EXPERIMENT` (or `update_session_experiment`) applies; the role defaults to analysis.
  Both are always sent: POMS would otherwise use the stored session values for both.
* `get_campaign_id`/`get_campaign_stage_id` return None for an unknown name (classic: a crash in `int()`).
  A launch redirected to `/poms/auth/` (credentials missing) returns `(location, 303, None)` (classic: crash).
* `test=False` is never sent as a form field; `test_launch` is sent (as `True`) only when true, because the
  server reads any text, `False` included, as true.
* `update_campaign_stage` of an unknown stage raises NotFoundError (the classic result could not say so).
* The editors (`login_setup_edit`, `job_type_edit`, `campaign_stage_edit`, ...) raise when the server writes a
  refusal into its 200 page (classic: `("status_code", 200)`, the refusal lost); `job_type_edit(action="edit")`
  without `def_parameter` and `recoveries` raises ValueError before sending (classic: the server wiped them).
* `make_poms_call` and `getconfig` are there for scripts that call them; `getconfig` is not cached.
* Deprecated functions emit DeprecationWarning and call the current equivalent: `launch_jobs` no longer
  shifts its arguments; `campaign_stage_edit` sends the campaign as `ae_campaign_id` and its own
  `ae_test_param_overrides`; `launch_template_edit` goes to `login_setup_edit` (the server's
  `launch_template_edit` loses the experiment); `register_poms_campaign` raises: the server method is gone.
"""

from __future__ import annotations

import configparser
import datetime
import functools
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar, cast

import attrs
import httpx

from sciclients import errors
from sciclients._core import NOT_GIVEN, Call, check_choice, check_str, loads, logger
from sciclients._core._runner import SyncRunner

from ._client import Poms
from ._config import ROLES, read_client_cfg
from ._errors import LaunchAuthRequiredError, PomsAPIError, editor_error_class, editor_message
from ._resources import Launch
from ._resources._base import EditActionName, failure
from ._resources.campaigns import VIEWS

__all__ = [
    # current
    "campaign_rm",
    "campaign_stage_submissions",
    "get_campaign_id",
    "get_campaign_list",
    "get_campaign_name",
    "get_campaign_stage_id",
    "get_campaign_stage_name",
    "get_submission_id_for",
    "job_type_rm",
    "launch_campaign_jobs",
    "launch_campaign_stage_jobs",
    "login_setup_rm",
    "modify_job_type_recoveries",
    "show_campaign_stages",
    "show_campaigns",
    "submission_details",
    "tag_campaigns",
    "update_stage_param_overrides",
    "update_submission",
    "uploaded_files_rm",
    "upload_file",
    "upload_wf",
    # current, undocumented
    "download_file",
    "update_campaign_stage",
    "login_setup_edit",
    "check_stale_proxy",
    "check_stale_token",
    # module-level helpers that scripts call directly
    "make_poms_call",
    "getconfig",
    # deprecated
    "update_session_experiment",
    "update_session_role",
    "campaign_stage_edit",
    "campaign_definition_edit",
    "campaign_edit",
    "register_poms_campaign",
    "job_type_edit",
    "launch_template_edit",
    "get_task_id_for",
    "launch_jobs",
]

F = TypeVar("F", bound=Callable[..., Any])
ConfigFile = str | os.PathLike[str] | None
FileName = str | os.PathLike[str]

# Module-wide defaults set by the deprecated update_session_experiment/update_session_role.
global_experiment: str | None = None
global_role: str | None = None

_clients: dict[tuple[Any, ...], Poms] = {}
_clients_lock = threading.Lock()
_classic_classes: dict[type[errors.APIStatusError], type[errors.APIStatusError]] = {}
_STALE_AFTER = datetime.timedelta(days=3)


# -- plumbing ------------------------------------------------------------------------------------------------------
def _classic_error(error: errors.APIStatusError) -> errors.APIStatusError:
    """The same error as an instance of a subclass that also derives from RuntimeError (what classic raised)."""
    if isinstance(error, RuntimeError):
        return error
    cls = type(error)
    classic = _classic_classes.get(cls)
    if classic is None:
        classic = cast(
            type[errors.APIStatusError],
            type(cls.__name__, (cls, RuntimeError), {"__module__": cls.__module__, "__doc__": cls.__doc__}),
        )
        _classic_classes[cls] = classic
    clone = classic.__new__(classic)
    clone.__dict__.update(error.__dict__)
    clone.args = error.args
    return clone


def _classic(deprecated: str | None = None) -> Callable[[F], F]:
    """Failures as RuntimeError-compatible typed errors; for deprecated functions, a DeprecationWarning first."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if deprecated is not None:
                warnings.warn(f"poms_client.{function.__name__}() is deprecated: {deprecated}", DeprecationWarning,
                              stacklevel=2)  # fmt: skip
            try:
                return function(*args, **kwargs)
            except errors.APIStatusError as error:
                raise _classic_error(error).with_traceback(error.__traceback__) from None

        return cast(F, wrapper)

    return decorate


def _test_key(test: Any) -> Any:
    """Classic host selection: falsy -> production, "int" -> integration, anything else true -> development."""
    if not test:
        return None
    return "int" if test == "int" else True


def _poms(test: Any = None, configfile: Any = None, auth: Any = None) -> Poms:
    key = (_test_key(test), os.fspath(configfile) if configfile else None, auth)
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = Poms(test=key[0], configfile=key[1], auth=key[2])
    return client


def _reset() -> None:
    """Close and forget the cached clients (after changing the environment, e.g. in tests)."""
    with _clients_lock:
        for client in _clients.values():
            client.close()
        _clients.clear()


def _er(experiment: Any, role: Any) -> dict[str, Any]:
    """experiment/role for a typed call: the argument, else the session default, else the client's default."""
    exp = experiment or global_experiment
    the_role = role or global_role
    return {"experiment": exp if exp else NOT_GIVEN, "role": the_role if the_role else NOT_GIVEN}


def _unexpected(function: str, kwargs: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(kwargs) - set(allowed))
    if unknown:
        raise TypeError(f"{function}() got an unexpected keyword argument {unknown[0]!r}")


def _int(value: Any, name: str) -> int:
    """An id given as int or as digits (the classic CLIs pass strings)."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (or a string of digits), got {type(value).__name__} {value!r}")
    return value


def _opt(value: Any, convert: Callable[[Any, str], Any] | None = None, name: str = "") -> Any:
    """A classic optional argument: None is left off the wire."""
    if value is None:
        return NOT_GIVEN
    return convert(value, name) if convert is not None else value


def _flag(value: Any) -> bool:
    """A classic flag: bools, or text such as "True"/"False"/"1"/"0"."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "0", "no", "none", "off")
    return bool(value)


def _stage(value: Any, name: str) -> Any:
    """A stage: its id (int or digits), or [campaign name, stage name]."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if isinstance(value, str) and not value.strip().isdigit():
        raise ValueError(f"{name} must be a stage id or [campaign name, stage name], got {value!r}")
    return _int(value, name)


def _action(value: Any) -> EditActionName:
    return cast(EditActionName, check_choice(value, "action", ("add", "edit", "delete")))


def _views(kwargs: Mapping[str, Any]) -> Any:
    """Classic view_* fields count only with update_view present (non-empty = on)."""
    if kwargs.get("update_view") is None:
        return NOT_GIVEN
    return {view for view in VIEWS if kwargs.get(f"view_{view}")}


def _ids(value: Any, name: str) -> list[int]:
    """Ids from "1,2" text, one id, or a list."""
    if isinstance(value, str):
        return [_int(part, name) for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple)):
        return [_int(part, name) for part in value]
    return [_int(value, name)]


def _outcome_text(poms: Poms, call: Call[Any]) -> str:
    """An `*_rm` call's answer text as the server sent it, whether the outcome in it is "deleted" or a refusal
    (both come as 200); the answer is still checked, and failure statuses raise, as with the typed call."""

    def text(response: httpx.Response) -> str:
        try:
            call.parse(response)
        except errors.APIStatusError as refusal:  # a 200 whose outcome the typed call raises
            if refusal.status_code != 200:
                raise
        return response.text

    answer: str = SyncRunner(poms._http).run(attrs.evolve(call, parse=text))
    return answer


def _launch(call: Callable[[], Launch]) -> tuple[str, int, int | None]:
    try:
        launch = call()
    except LaunchAuthRequiredError as error:
        return error.location, 303, None
    return launch.location, 303, launch.submission_id


_VIEW_KEYS = ("update_view", *(f"view_{v}" for v in VIEWS))
_WINDOW_KEYS = ("tmin", "tmax", "tdays")


def _window(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (NOT_GIVEN if kwargs.get(k) is None else kwargs[k]) for k in _WINDOW_KEYS}


def _tdays(value: Any) -> Any:
    if isinstance(value, str):
        return float(value)
    return value


# -- module-level helpers ------------------------------------------------------------------------------------------
_METHOD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z0-9_.@+-]+)*")


def getconfig(kwargs: dict[str, Any]) -> configparser.ConfigParser:
    """The classic helper: the client.cfg that applies, parsed (section `[url]`: base_prod, base_int_ssl, ...).

    `kwargs` may hold `configfile`, which is removed from it as the classic helper did. Candidates, first
    readable wins: that file, `$POMS_CLIENT_DIR/etc/client.cfg`, `$POMS_CLIENT_DIR/bin/client.cfg`, the
    client.cfg next to the running script. Not cached; no file at all is a ConfigurationError (classic:
    UnboundLocalError).
    """
    if not isinstance(kwargs, dict):
        raise TypeError(f"getconfig(kwargs): kwargs must be a dict (e.g. {{}}), got {type(kwargs).__name__}")
    configfile = kwargs.pop("configfile", None)
    found = read_client_cfg(configfile or None, os.environ)
    if found is None:
        raise errors.ConfigurationError(
            "getconfig: no readable client.cfg (pass configfile=, or set POMS_CLIENT_DIR to a poms_client "
            "installation with etc/client.cfg or bin/client.cfg)"
        )
    return found[0]


def _form_value(value: Any, name: str) -> str | list[str]:
    """A form value as the classic client sent it: `str()` of the value; a list or tuple repeats the field."""
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        raise TypeError(f"{name} must be text, not bytes")
    return str(value)


def _classic_answer(response: httpx.Response) -> tuple[str, int]:
    """Classic make_poms_call results: `(Location, 303)`, `(body, 200 or 202)`; an editor page's refusal
    and any other status raise (classic: RuntimeError)."""
    if response.status_code == 303:
        return response.headers.get("location", ""), 303
    if response.status_code not in (200, 202):
        raise failure(PomsAPIError, f"POMS answered HTTP {response.status_code} (expected 200, 202 or 303)", response)
    message = editor_message(response.text) if "html" in response.headers.get("content-type", "") else ""
    if message:
        raise failure(editor_error_class(message), message, response)
    return response.text, response.status_code


@_classic()
def make_poms_call(**kwargs: Any) -> tuple[str, int]:
    """The classic helper: POST the keyword arguments as a form to `/poms/<method>`.

    `method=` names the server method; `test`/`test_client` pick the host as everywhere, `configfile` the
    client.cfg, `files` a multipart file mapping (as requests took it); `experiment`/`role` default to the
    session values (`update_session_*`), else the client's (`EXPERIMENT`, `analysis`). None values are left
    out, others sent as `str()`. Returns `(body, status)` for 200/202 and `(Location, 303)` for a redirect;
    failures raise the typed error (also a RuntimeError), a refusal written into an editor page included.
    """
    method = check_str(kwargs.pop("method", None), "method")
    if not _METHOD.fullmatch(method) or ".." in method:
        raise ValueError(f"method must be a POMS method name such as 'show_campaigns', got {method!r}")
    files = kwargs.pop("files", None)
    if files is not None and not isinstance(files, Mapping):
        raise TypeError(f"files must be a mapping of field name to file, got {type(files).__name__}")
    test, test_client = kwargs.pop("test", None), kwargs.pop("test_client", None)
    poms = _poms(test_client or test, kwargs.pop("configfile", None))
    kwargs["experiment"] = kwargs.get("experiment") or global_experiment or poms.config.experiment
    kwargs["role"] = kwargs.get("role") or global_role or poms.config.role
    if not kwargs["experiment"]:
        raise ValueError(
            "experiment is required: pass experiment=, call update_session_experiment() or set "
            "EXPERIMENT (POMS would otherwise use the stored session values for experiment and role)"
        )
    check_choice(kwargs["role"], "role", ROLES)
    data = {name: _form_value(value, name) for name, value in kwargs.items() if value is not None}
    request: dict[str, Any] = {"method": "POST", "url": f"/poms/{method}", "data": data}
    if files:
        request["files"] = dict(files)
    answer: tuple[str, int] = SyncRunner(poms._http).run(Call(request=request, parse=_classic_answer,
                                                                idempotent=False))  # fmt: skip
    return answer


# -- current functions ---------------------------------------------------------------------------------------------
@_classic()
def show_campaigns(test: Any = None, **kwargs: Any) -> tuple[bool, dict[str, Any]]:
    """`(True, data)`: the show_campaigns page as JSON (kwargs: experiment, role, configfile, view_*, update_view)."""
    _unexpected("show_campaigns", kwargs, ("experiment", "role", "configfile", *_VIEW_KEYS))
    poms = _poms(test, kwargs.get("configfile"))
    listing = poms.campaigns.show(views=_views(kwargs), **_er(kwargs.get("experiment"), kwargs.get("role")))
    return True, listing.to_dict()


@_classic()
def show_campaign_stages(
    campaign_name: str | None = None, test: Any = None, **kwargs: Any
) -> tuple[bool, dict[str, Any]]:
    """`(True, data)`: the show_campaign_stages page as JSON (kwargs: experiment, role, configfile, campaign_ids,
    tmin, tmax, tdays, view_*, update_view)."""
    _unexpected("show_campaign_stages", kwargs, ("experiment", "role", "configfile", "campaign_ids", *_WINDOW_KEYS,
                                                 *_VIEW_KEYS))  # fmt: skip
    poms = _poms(test, kwargs.get("configfile"))
    window = _window(kwargs)
    listing = poms.campaign_stages.show(
        campaign_name=_opt(campaign_name), stage_ids=_opt(kwargs.get("campaign_ids"), _ids, "campaign_ids"),
        views=_views(kwargs), tmin=window["tmin"], tmax=window["tmax"],
        tdays=_opt(kwargs.get("tdays"), lambda v, _n: _tdays(v)), **_er(kwargs.get("experiment"), kwargs.get("role")),
    )  # fmt: skip
    return True, listing.to_dict()


@_classic()
def update_submission(
    submission_id: int | str,
    jobsub_job_id: str | None = None,
    status: str | None = None,
    project: str | None = None,
    test: Any = None,
    configfile: ConfigFile = None,
    **kwargs: Any,
) -> tuple[bool, str]:
    """`(True, "Ok.")`, or `(True, "Unknown.")` when POMS has no such submission (kwargs: experiment, role,
    pct_complete). The server requires jobsub_job_id: resend the current one."""
    _unexpected("update_submission", kwargs, ("experiment", "role", "pct_complete"))
    if jobsub_job_id is None:
        raise TypeError("jobsub_job_id is required by the server: resend the submission's current jobsub id")
    poms = _poms(test, configfile)
    try:
        poms.submissions.update(
            _int(submission_id, "submission_id"), jobsub_job_id, status=_opt(status), project=_opt(project),
            pct_complete=_opt(kwargs.get("pct_complete"), lambda v, _n: float(v)),
            **_er(kwargs.get("experiment"), kwargs.get("role")),
        )  # fmt: skip
    except errors.NotFoundError as error:
        if error.status_code != 200:
            raise
        return True, "Unknown."
    return True, "Ok."


@_classic()
def campaign_stage_submissions(
    experiment: str | None,
    role: str | None,
    campaign_name: str | None,
    stage_name: str | None,
    test: Any = None,
    configfile: ConfigFile = None,
    **kwargs: Any,
) -> tuple[bool, dict[str, Any]]:
    """`(True, data)`: a stage's submissions (kwargs: campaign_stage_id, campaign_id, tmin, tmax, tdays)."""
    _unexpected("campaign_stage_submissions", kwargs, ("campaign_stage_id", "campaign_id", *_WINDOW_KEYS))
    poms = _poms(test, configfile)
    window = _window(kwargs)
    page = poms.submissions.show(
        campaign_name=_opt(campaign_name), stage_name=_opt(stage_name),
        campaign_id=_opt(kwargs.get("campaign_id"), _int, "campaign_id"),
        stage_id=_opt(kwargs.get("campaign_stage_id"), _int, "campaign_stage_id"),
        tmin=window["tmin"], tmax=window["tmax"], tdays=_opt(kwargs.get("tdays"), lambda v, _n: _tdays(v)),
        **_er(experiment, role),
    )  # fmt: skip
    return True, page.to_dict()


@_classic()
def submission_details(
    experiment: str | None, role: str | None, submission_id: int | str, test: Any = None, configfile: ConfigFile = None
) -> tuple[bool, dict[str, Any]]:
    """`(True, data)`: the submission details page as JSON."""
    details = _poms(test, configfile).submissions.get_details(_int(submission_id, "submission_id"),
                                                              **_er(experiment, role))  # fmt: skip
    return True, details.to_dict()


@_classic()
def upload_wf(
    file_name: FileName,
    test: Any = None,
    experiment: str | None = None,
    configfile: ConfigFile = None,
    replace: bool = False,
    role: str | None = None,
) -> tuple[bool, Any]:
    """`(True, data)`: upload a campaign .ini; POMS's verdict is `data["status"]` ("201 Created" or
    "400 Bad Request") with `data["message"]`."""
    poms = _poms(test, configfile)
    try:
        result = poms.campaigns.upload_workflow(file_name, replace=bool(replace), **_er(experiment, role))
    except errors.BadRequestError as error:
        if error.status_code != 200:
            raise
        return True, loads(error.body)
    return True, result.to_dict()


@_classic()
def download_file(
    file_name: str,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> str:
    """The text of a file in your upload area."""
    return _poms(test, configfile).files.download(file_name, **_er(experiment, role))


@_classic()
def upload_file(
    file_name: FileName,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> bool:
    """True once the file is in your upload area (POMS answered 303)."""
    _poms(test, configfile).files.upload(file_name, **_er(experiment, role))
    return True


@_classic()
def uploaded_files_rm(
    experiment: str | None,
    filename: str | Sequence[str],
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int]:
    """`("Ok.", 200)`: remove file(s) (a name or a list of names) from your upload area."""
    names = [filename] if isinstance(filename, str) else list(filename)
    _poms(test, configfile).files.delete(names, **_er(experiment, role))
    return "Ok.", 200


@_classic()
def get_campaign_id(
    experiment: str | None, campaign_name: str, test: Any = None, role: str | None = None, configfile: ConfigFile = None
) -> int | None:
    """The campaign's id, or None when the experiment has no campaign of that name."""
    return _poms(test, configfile).campaigns.get_id(campaign_name, **_er(experiment, role))


@_classic()
def get_campaign_name(
    experiment: str | None,
    campaign_id: int | str,
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> str:
    """The campaign's name, or "" when the experiment has no campaign with that id."""
    name = _poms(test, configfile).campaigns.get_name(_int(campaign_id, "campaign_id"), **_er(experiment, role))
    return name or ""


@_classic()
def get_campaign_stage_id(
    experiment: str | None,
    campaign_name: str,
    campaign_stage_name: str,
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> int | None:
    """The stage's id, or None when there is no such stage."""
    poms = _poms(test, configfile)
    return poms.campaign_stages.get_id(campaign_name, campaign_stage_name, **_er(experiment, role))


@_classic()
def get_campaign_stage_name(
    experiment: str | None,
    campaign_stage_id: int | str,
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> list[str] | None:
    """`[campaign name, stage name]`, or None (the current server fails for existing stages: BadRequestError)."""
    poms = _poms(test, configfile)
    names = poms.campaign_stages.get_names(_int(campaign_stage_id, "campaign_stage_id"), **_er(experiment, role))
    return None if names is None else list(names)


@_classic()
def update_stage_param_overrides(
    experiment: str | None,
    campaign_stage: Any,
    param_overrides: Any = None,
    test_param_overrides: Any = None,
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> str:
    """POMS's Python repr of `(param_overrides, test_param_overrides)` after the update, "" for an unknown stage.

    Overrides are Python-literal (or JSON) text, or lists, of `[key, value]` pairs; an empty value deletes a key.
    """
    poms = _poms(test, configfile)
    try:
        result = poms.campaign_stages.update_param_overrides(
            _stage(campaign_stage, "campaign_stage"), param_overrides=_opt(param_overrides),
            test_param_overrides=_opt(test_param_overrides), **_er(experiment, role),
        )  # fmt: skip
    except errors.NotFoundError as error:
        if error.status_code != 200:
            raise
        return ""
    return repr(result)


@_classic()
def modify_job_type_recoveries(
    job_type_id: int | str,
    recoveries: Any,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[list[list[Any]], int, int | str]:
    """`(recoveries after the merge, 200, job_type_id)`; recoveries as a list or its JSON text."""
    poms = _poms(test, configfile)
    result = poms.job_types.update_recoveries(_int(job_type_id, "job_type_id"), recoveries, **_er(experiment, role))
    return [[kind, pairs] for kind, pairs in result], 200, job_type_id


@_classic()
def launch_campaign_stage_jobs(
    campaign_stage_id: int | str,
    test: Any = None,
    test_launch: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int, int | None]:
    """`(location, 303, submission_id)`; `submission_id` is None when POMS asks for credentials first."""
    poms = _poms(test, configfile)
    stage_id = _int(campaign_stage_id, "campaign_stage_id")
    return _launch(
        lambda: poms.launches.launch_stage(stage_id, test_launch=_flag(test_launch), **_er(experiment, role))
    )


@_classic()
def launch_campaign_jobs(
    campaign_id: int | str,
    test: Any = None,
    test_launch: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int, int | None]:
    """`(location, 303, submission_id)` for the campaign's leading stage (see launch_campaign_stage_jobs)."""
    poms = _poms(test, configfile)
    the_id = _int(campaign_id, "campaign_id")
    return _launch(
        lambda: poms.launches.launch_campaign(the_id, test_launch=_flag(test_launch), **_er(experiment, role))
    )


@_classic()
def job_type_rm(
    experiment: str | None, name: str, test: Any = False, role: str | None = None, configfile: ConfigFile = None
) -> tuple[str, int]:
    """`(JSON text, 200)`: the outcome is its `message` ("... has been deleted." or "... may not be deleted.").

    Deleted or not, the text is the server's answer as sent (the classic result)."""
    poms = _poms(test, configfile)
    return _outcome_text(poms, poms.job_types.delete_call(name, **_er(experiment, role))), 200


@_classic()
def login_setup_rm(
    experiment: str | None, name: str, test: Any = False, role: str | None = None, configfile: ConfigFile = None
) -> tuple[str, int]:
    """`("", 200)` once POMS has processed the delete (it deletes only your own login setups not in use).

    The current server answers every login_setup_rm with a 400 page after deleting; that answer means done.
    """
    _poms(test, configfile).login_setups.delete(name, **_er(experiment, role))
    return "", 200


@_classic()
def login_setup_edit(
    launch_host: str | None,
    launch_account: str | None,
    launch_setup: Any,
    pc_username: str | None = None,
    action: str | None = None,
    name: str | None = None,
    experiment: str | None = None,
    test_client: Any = False,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int]:
    """`("status_code", 200)`: add, edit or delete a login setup (action "add" | "edit" | "delete").

    A refusal the server writes into its 200 page (e.g. a name already taken) raises, with the page's words."""
    the_action = _action(action)
    if name is None:
        raise ValueError("name (the login setup's name) is required")
    poms = _poms(test_client, configfile)
    poms.login_setups.edit(
        the_action, name, launch_host=_opt(launch_host), launch_account=_opt(launch_account),
        launch_setup=_opt(launch_setup, lambda v, _n: _setup_text(v)), pc_username=_opt(pc_username),
        active=False,  # classic sends no ae_active
        **_er(experiment, role),
    )  # fmt: skip
    return "status_code", 200


def _setup_text(value: Any) -> Any:
    """Setup commands: text as is; a list joined with spaces plus a trailing space (classic add/delete)."""
    if isinstance(value, (list, tuple)):
        return "".join(f"{item} " for item in value)
    return value


@_classic()
def campaign_rm(
    experiment: str | None, name: str, test: Any = False, role: str | None = None, configfile: ConfigFile = None
) -> tuple[str, int]:
    """`(JSON text, 200)`: the outcome is its `msg` (deleted; submitted so not deleted; does not exist).

    Deleted or not, the text is the server's answer as sent (the classic result)."""
    poms = _poms(test, configfile)
    return _outcome_text(poms, poms.campaigns.delete_call(name, **_er(experiment, role))), 200


@_classic()
def update_campaign_stage(
    campaign_stage: Any,
    experiment: str | None = None,
    role: str | None = None,
    test: Any = None,
    configfile: ConfigFile = None,
    **kwargs: Any,
) -> tuple[str, int]:
    """`("status_code", 200)`: set stage columns given as keyword arguments (an unknown stage: NotFoundError)."""
    columns = {k: (_int(v, k) if k in ("cs_last_split", "completion_pct", "output_ancestor_depth") else v)
               for k, v in kwargs.items() if v is not None}  # fmt: skip
    poms = _poms(test, configfile)
    poms.campaign_stages.update(_stage(campaign_stage, "campaign_stage"), columns, **_er(experiment, role))
    return "status_code", 200


@_classic()
def get_campaign_list(
    experiment: str | None = None, role: str | None = None, test_client: Any = False
) -> dict[str, int]:
    """`{stage name: stage id}` of every campaign stage of every experiment (later duplicates win)."""
    stages = _poms(test_client).campaign_stages.index(**_er(experiment, role))
    return {entry.name: entry.campaign_stage_id for entry in stages}


@_classic()
def tag_campaigns(
    tag: str, cids: Any, experiment: str | None, role: str | None = None, test_client: Any = False
) -> bool:
    """True once the tag is linked to the campaigns `cids` ("1,2" or a list of ids)."""
    _poms(test_client).tags.link(tag, _ids(cids, "cids"), **_er(experiment, role))
    return True


def _check_stale(options: Any, auth: str, prefix: str) -> bool:
    """True when the newest credential named `prefix...` in the POMS upload area is older than 3 days, or when
    it cannot be found or read (classic convention: then it is treated as stale)."""
    verbose = getattr(options, "verbose", False)
    try:
        poms = _poms(getattr(options, "test", None), None, auth)
        user = os.environ.get("USER") or NOT_GIVEN  # classic: $USER; the server ignores it anyway
        uploads = poms.files.show(user=user, experiment=options.experiment, role="analysis")
        for entry in uploads.file_stat_list:
            if str(entry[0]).startswith(prefix):
                uploaded = datetime.datetime.strptime(str(entry[2]), "%Y-%m-%dT%H:%M:%SZ")
                now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
                if verbose:
                    logger.info("credential on POMS has date %sZ; current time %sZ", uploaded, now.isoformat())
                return now - uploaded > _STALE_AFTER
    except (errors.SciClientsError, ValueError, IndexError) as error:
        logger.warning("could not get the uploaded credential's date from POMS (%s): treating it as stale", error)
    return True


@_classic()
def check_stale_proxy(options: Any) -> bool:
    """True when your uploaded VOMS proxy (`x509up_voms_*`) is older than 3 days or cannot be checked.
    `options` has `experiment`, `test` and `verbose` (the CLIs' argparse namespace)."""
    return _check_stale(options, "x509", "x509up_voms_")


@_classic()
def check_stale_token(options: Any) -> bool:
    """True when your uploaded vault token (`vt_*`) is older than 3 days or cannot be checked."""
    return _check_stale(options, "token", "vt_")


@_classic()
def get_submission_id_for(
    campaign_stage_id: int | str,
    user: str | None = None,
    command_executed: str | None = None,
    input_dataset: str | None = None,
    parent_submission_id: int | str | None = None,
    submission_id: int | str | None = None,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> int:
    """The id of a new submission of the stage, or (with submission_id) record its command executed."""
    return _poms(test, configfile).submissions.register(
        _int(campaign_stage_id, "campaign_stage_id"), user=_opt(user), command_executed=_opt(command_executed),
        input_dataset=_opt(input_dataset),
        parent_submission_id=_opt(parent_submission_id, _int, "parent_submission_id"),
        submission_id=_opt(submission_id, _int, "submission_id"), **_er(experiment, role),
    )  # fmt: skip


# -- deprecated functions ------------------------------------------------------------------------------------------
@_classic("pass experiment= to each call (or set EXPERIMENT)")
def update_session_experiment(experiment: str | None, test_client: Any = False) -> bool:
    """Set the experiment used by calls that name none. Returns True."""
    global global_experiment
    global_experiment = experiment
    return True


@_classic("pass role= to each call")
def update_session_role(role: str | None, test_client: Any = False) -> bool:
    """Set the role used by calls that name none. Returns True."""
    global global_role
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    global_role = role
    return True


@_classic("upload a campaign .ini with upload_wf(), or use update_campaign_stage()")
def campaign_stage_edit(
    action: str,
    campaign_id: int | str | None,
    ae_stage_name: str,
    pc_username: str | None,
    experiment: str | None,
    vo_role: str | None,
    dataset: str | None,
    ae_active: Any,
    ae_split_type: str | None,
    ae_software_version: str | None,
    ae_completion_type: str | None,
    ae_completion_pct: int | str | None,
    ae_param_overrides: Any,
    ae_depends: Any,
    ae_launch_name: str | None,
    ae_campaign_definition: str | None,
    ae_test_param_overrides: Any,
    test_client: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
    ae_cronjob: Any = True,
) -> tuple[str, int]:
    """`("status_code", 200)`: add, edit or delete a campaign stage through the editor method.
    `ae_active` is not sent (the server's editor does not read it)."""
    poms = _poms(test_client, configfile)
    poms.campaign_stages.edit(
        _action(action), ae_stage_name, campaign_id=_opt(campaign_id, _int, "campaign_id"), vo_role=_opt(vo_role),
        dataset=_opt(dataset), split_type=_opt(ae_split_type), software_version=_opt(ae_software_version),
        completion_type=_opt(ae_completion_type), completion_pct=_opt(ae_completion_pct, _int, "ae_completion_pct"),
        param_overrides=ae_param_overrides or NOT_GIVEN, test_param_overrides=ae_test_param_overrides or NOT_GIVEN,
        depends=ae_depends or NOT_GIVEN, login_setup=_opt(ae_launch_name), job_type=_opt(ae_campaign_definition),
        cronjob=_flag(ae_cronjob), pc_username=_opt(pc_username), **_er(experiment, role),
    )  # fmt: skip
    return "status_code", 200


def _job_type_edit(
    output_file_patterns: Any,
    launch_script: Any,
    def_parameter: Any,
    pc_username: Any,
    action: Any,
    name: Any,
    experiment: Any,
    recoveries: Any,
    test_client: Any,
    role: Any,
    configfile: Any,
) -> tuple[str, int]:
    the_action = _action(action)
    if name is None:
        raise ValueError("name (the job type's name) is required")
    script: Any = NOT_GIVEN
    if launch_script is not None:  # classic re-joins the words with single spaces, plus a trailing space
        script = "".join(f"{word} " for word in str(launch_script).split())
    _poms(test_client, configfile).job_types.edit(
        the_action, name, launch_script=script, output_file_patterns=_opt(output_file_patterns),
        # None means "not given": an edit without them is refused before sending (POMS would wipe them).
        definition_parameters=_opt(def_parameter), recoveries=_opt(recoveries), pc_username=_opt(pc_username),
        active=False,  # classic sends no ae_active
        **_er(experiment, role),
    )  # fmt: skip
    return "status_code", 200


@_classic("use job_type_edit(), or better a campaign .ini with upload_wf()")
def campaign_definition_edit(
    output_file_patterns: str | None,
    launch_script: str | None,
    def_parameter: Any = None,
    pc_username: str | None = None,
    action: str | None = None,
    name: str | None = None,
    experiment: str | None = None,
    recoveries: Any = None,
    test_client: Any = False,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int]:
    """Old name of job_type_edit."""
    return _job_type_edit(output_file_patterns, launch_script, def_parameter, pc_username, action, name, experiment,
                          recoveries, test_client, role, configfile)  # fmt: skip


@_classic("use campaign_stage_edit(), or better a campaign .ini with upload_wf()")
def campaign_edit(**kwargs: Any) -> tuple[str, int]:
    """Replaced by campaign_stage_edit, which it calls with the same keyword arguments."""
    result: tuple[str, int] = campaign_stage_edit.__wrapped__(**kwargs)  # type: ignore[attr-defined]
    return result


@_classic("the server no longer has this method; create campaigns with upload_wf(<campaign .ini>)")
def register_poms_campaign(
    campaign_name: str,
    user: str | None = None,
    experiment: str | None = None,
    version: str | None = None,
    dataset: str | None = None,
    campaign_definition: str | None = None,
    test: Any = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> NoReturn:
    """Always raises NotImplementedError: POMS removed `/poms/register_poms_campaign` (it answers 404)."""
    raise NotImplementedError(
        "register_poms_campaign: the POMS server no longer has /poms/register_poms_campaign (it answers 404); "
        "describe the campaign in a campaign .ini file and upload it with upload_wf()"
    )


@_classic("describe job types in a campaign .ini and upload it with upload_wf(); see modify_job_type_recoveries()")
def job_type_edit(
    output_file_patterns: str | None,
    launch_script: str | None,
    def_parameter: Any = None,
    pc_username: str | None = None,
    action: str | None = None,
    name: str | None = None,
    experiment: str | None = None,
    recoveries: Any = None,
    test_client: Any = False,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int]:
    """`("status_code", 200)`: add, edit or delete a job type through the editor method.

    A refusal in the 200 page raises with its words. `edit` needs `def_parameter` and `recoveries` (the server
    replaces both; `[]` clears): without them it raises ValueError before sending (classic wiped them)."""
    return _job_type_edit(output_file_patterns, launch_script, def_parameter, pc_username, action, name, experiment,
                          recoveries, test_client, role, configfile)  # fmt: skip


@_classic("use login_setup_edit()")
def launch_template_edit(
    action: str | None = None,
    launch_name: str | None = None,
    launch_host: str | None = None,
    user_account: str | None = None,
    launch_setup: Any = None,
    experiment: str | None = None,
    pc_username: str | None = None,
    test_client: Any = False,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> tuple[str, int]:
    """`("status_code", 200)`: the old name of login_setup_edit; sent to login_setup_edit (a list of setup
    commands is joined with spaces, plus a trailing space)."""
    return login_setup_edit(
        launch_host, user_account, launch_setup, pc_username=pc_username, action=action, name=launch_name,
        experiment=experiment, test_client=test_client, role=role, configfile=configfile,
    )  # fmt: skip


@_classic("use get_submission_id_for()")
def get_task_id_for(
    campaign: int | str,
    user: str | None = None,
    command_executed: str | None = None,
    input_dataset: str | None = None,
    parent_task_id: int | str | None = None,
    task_id: int | str | None = None,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> int:
    """Old name of get_submission_id_for (campaign = the stage id)."""
    return get_submission_id_for(
        campaign, user=user, command_executed=command_executed, input_dataset=input_dataset,
        parent_submission_id=parent_task_id, submission_id=task_id, test=test, experiment=experiment, role=role,
        configfile=configfile,
    )  # fmt: skip


@_classic("use launch_campaign_stage_jobs()")
def launch_jobs(
    campaign: int | str,
    test: Any = None,
    experiment: str | None = None,
    role: str | None = None,
    configfile: ConfigFile = None,
) -> bool:
    """True when a submission of the stage `campaign` was launched."""
    _location, _status, submission_id = launch_campaign_stage_jobs(
        campaign, test=test, experiment=experiment, role=role, configfile=configfile
    )
    return submission_id is not None
