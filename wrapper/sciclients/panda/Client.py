"""Drop-in replacement for panda-client's `pandaclient.Client` module.

    from sciclients.panda import Client          # instead of: from pandaclient import Client
    status, output = Client.getTaskStatus(123)

Which convention: panda-client **2.2.0**'s (the PyPI release), not the classic docstrings. The scripts people
bring, panda-client's own pbook and prun, and iDDS are written against 2.2.0, so every function 2.2.0 has is
here with its signature and returns what 2.2.0 returns for the same server answer:

- plain functions ("basic" in 2.2.0): `(0, data)` on success; `(255, None)` when the server refuses
  (`success: false`) or cannot be reached;
- task commands, secrets, file recovery, certificate attributes, workflow submission ("extended"):
  `(0, (True, data))`, `(0, (False, the server's message))` on refusal, `(255, None)` on a failed exchange;
- `retryTask` `(0, (code, message))`, `insertTaskParams` `(0, (0, message))` / `(0, (code, message))`,
  `getTaskParamsMap` `(0, map)`, `getJobStatus` `(0, [JobSpec or None])` with objects read like panda-client's;
- `hello`, `putFile`, `getFile`, the iDDS and workflow relays keep 2.2.0's own values and texts.

Where 2.2.0 crashes or exits instead of returning, this returns what its convention implies and logs why:
`requestEventPicking` (2.2.0 always calls sys.exit) gives `(True, userDatasetName)` or `(False, message)`;
an answer that is not JSON gives the failure value. The server's message for a `(255, None)` is never lost: it
is logged (logger `sciclients`). IDs may be given as strings of digits (argparse gives those) and are sent as
integers; any other bad argument, and missing credentials, give `(255, "<function> failed: <what is wrong>")`
before any request is sent. No function ever calls sys.exit or prompts.

Beyond 2.2.0: the classic names 2.2.0 dropped keep working with their classic conventions (`str_decode`,
`setGlobalTmpDir`, `get_user_secerts`/`set_user_secert`, and `getCachePrefixes`, `getCmtConfigList`,
`getPandaClientVer`, `getProxyKey`, `registerProxyKey`, whose server functions were removed: `(255, message)`).
Requests are those of 2.2.0 or ones the server reads identically, except where 2.2.0's request is wrong
(putFile's full local path, get_events_status and update_events, which the server rejects).

Everything goes through the typed client (`sciclients.panda.Panda`), one connection pool per server; this module
only translates names and return conventions. Configuration comes from the variables panda-client reads
(PANDA_URL_SSL, PANDACACHE_URL, PANDA_AUTH, PANDA_AUTH_VO, PANDA_AUTH_ID_TOKEN, OIDC_AUTH_TOKEN_FILE,
X509_USER_PROXY, X509_CERT_DIR, ...).
Unlike panda-client, credentials never go over plain http to a host other than loopback unless
SCICLIENTS_ALLOW_INSECURE_HTTP=1 says so.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import socket
import threading
import traceback
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from sciclients import errors
from sciclients._core import logger
from sciclients._core._secrets import check_token, read_token_file

from ._client import Panda
from ._dropin import Failed, attempt, content, exchange, json_answer, to_id, to_ids
from ._envelope import Envelope
from ._jobspec import JobSpec, job_from_dict

__all__ = [
    "EC_Failed", "baseURL", "baseURLSSL", "baseURLCSRVSSL", "build_grid_setup_command", "bytes_decode",
    "call_idds_command", "call_idds_user_workflow_command", "decode_special_cases", "dump_log", "finishTask",
    "getCachePrefixes", "getCmtConfigList", "getDN", "getFile", "getFullJobStatus", "getJediTaskDetails",
    "getJobIDsJediTasksInTimeRange", "getJobStatus", "getPandaClientVer", "getPandaIDsWithTaskID", "getProxyKey",
    "getTaskParamsMap", "getTaskStatus", "getUserJobMetadata", "get_cert_attributes", "get_events_status",
    "get_files_in_datasets", "get_job_descriptions", "get_new_token", "get_parent_detailed_info",
    "get_task_details_json", "get_tasks_detailed_info_since", "get_token_string", "get_user_name_from_token",
    "get_user_secerts", "get_user_secrets", "get_workflow_details", "hello", "hide_sensitive_info",
    "increase_attempt_nr", "insertTaskParams", "is_https", "killJobs", "killTask", "pauseTask", "putFile",
    "reactivateTask", "registerProxyKey", "reload_input", "requestEventPicking", "resumeTask", "retryTask",
    "send_file_recovery_request", "send_workflow_request", "setCacheServer", "setDebugMode", "setGlobalTmpDir",
    "set_user_secert", "set_user_secret", "str_decode", "submitJobs", "submit_workflow", "submit_workflow_tmp",
    "update_events", "useDevServer", "useIntrServer", "use_oidc", "use_x509_no_grid",
]  # fmt: skip

F = TypeVar("F", bound=Callable[..., Any])
EC_Failed = 255
maxCpuCountLimit = 1000000000
SOURCES_LIMIT = 768 * 1024 * 1024
NO_BUILD_LIMIT = 10 * 1024 * 1024

baseURL = os.environ.get("PANDA_URL", "http://pandaserver.cern.ch:25080/server/panda")
baseURLSSL = os.environ.get("PANDA_URL_SSL", "https://pandaserver.cern.ch/server/panda")
baseURLCSRVSSL = os.environ.get("PANDACACHE_URL", "https://pandacache.cern.ch/server/panda")
globalTmpDir = ""

_lock = threading.Lock()
_clients: dict[tuple[str, bool], Panda] = {}


# -- plumbing -----------------------------------------------------------------------------------------------
def _client(*, cache: bool = False, anonymous: bool = False, tries: int = 1) -> Panda:
    """The typed client for the current main (or cache) base; one pooled client per base, reused.

    Like 2.2.0 it sends a request `tries` times at most (its `n_try`; once unless a function takes n_try)."""
    base = baseURLCSRVSSL if cache else baseURLSSL
    key = (base, anonymous)
    with _lock:
        client = _clients.get(key)
        if client is None:
            try:
                client = Panda(base_url=base, auth="none" if anonymous else None)
            except ValueError as exc:  # the base came from a variable (or set*URL), not from an argument
                where = "baseURLCSRVSSL (PANDACACHE_URL)" if cache else "baseURLSSL (PANDA_URL_SSL)"
                raise errors.ConfigurationError(f"{where}: {exc}") from None
            _clients[key] = client
    retries = max(tries, 1) - 1 if isinstance(tries, int) and not isinstance(tries, bool) else 0
    return client.with_options(max_retries=retries)


def _forget_clients() -> None:
    with _lock:
        for client in _clients.values():
            client.close()
        _clients.clear()


def _failure(func_name: str, exc: BaseException | str) -> str:
    text = f"{func_name} failed: {exc}"
    logger.error("%s", text)
    return text


def _refused_locally(func: F) -> F:
    """Bad arguments and missing credentials, found before any request: `(255, "<name> failed: <why>")`."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (errors.ConfigurationError, TypeError, ValueError, KeyError, OSError) as exc:
            return EC_Failed, _failure(func.__name__, exc)

    return wrapper  # type: ignore[return-value]


def _basic(func_name: str, request: Callable[[], Envelope]) -> tuple[int, Any]:
    """2.2.0's "basic" reading: (0, data); (255, None) for a refusal or a failed exchange (both logged)."""
    answer = attempt(func_name, request)
    if isinstance(answer, Failed):
        return EC_Failed, None
    if not answer.success:
        logger.error("%s refused: %s", func_name, answer.message)
        return EC_Failed, None
    return 0, answer.data


def _extended(func_name: str, request: Callable[[], Envelope]) -> tuple[int, Any]:
    """2.2.0's "extended" reading: (0, (True, data)), (0, (False, message)); (255, None) for a failed exchange."""
    answer = attempt(func_name, request)
    if isinstance(answer, Failed):
        return EC_Failed, None
    return 0, (True, answer.data) if answer.success else (False, answer.message)


def _removed(func_name: str, since: str) -> tuple[int, str]:
    return EC_Failed, _failure(func_name, f"the PanDA server has no such function since {since}; it was removed")


# -- local helpers ----------------------------------------------------------------------------------------------
def decode_special_cases(obj: Any) -> Any:
    """json object hook: `{"__datetime__": iso}` (the server's datetime) becomes a naive datetime."""
    if "__datetime__" in obj:
        return datetime.fromisoformat(obj["__datetime__"])
    return obj


def use_oidc() -> bool:
    """Whether PANDA_AUTH selects OIDC bearer tokens."""
    return os.environ.get("PANDA_AUTH") == "oidc"


def use_x509_no_grid() -> bool:
    """Whether PANDA_AUTH selects a plain X.509 certificate without grid middleware."""
    return os.environ.get("PANDA_AUTH") == "x509_no_grid"


def bytes_decode(data: Any) -> Any:
    """Bytes decoded as UTF-8; anything else unchanged."""
    return data.decode("utf-8") if isinstance(data, bytes) else data


str_decode = bytes_decode  # the classic name (2.2.0 renamed it)


def is_https(url: str) -> bool:
    return url.startswith("https://")


def hide_sensitive_info(com: Any) -> str:
    """`Bearer <token>` replaced, as the classic client does."""
    return re.sub("Bearer [^\"']+", '***"', str(com))


def build_grid_setup_command() -> str:
    """The shell prefix panda-client puts before grid commands: a clean environment, then PATHENA_GRID_SETUP_SH."""
    script = os.environ.get("PATHENA_GRID_SETUP_SH", "/dev/null")
    return ("unset LD_LIBRARY_PATH; unset PYTHONPATH; unset MANPATH; export PATH=/usr/local/bin:/bin:/usr/bin; "
            f"source {script} > /dev/null;")  # fmt: skip


def getDN(dn: str) -> str:
    """The display name in a DN: the first CN with a space (spaces removed), else the first CN; trailing digits
    and dots removed. `.../CN=John Doe/CN=123` -> `JohnDoe`."""
    short_name = ""
    for component in dn.split("/"):
        if not component.startswith("CN="):
            continue
        name = re.sub(r"\.", "", re.sub(r"\d+$", "", component[3:])).strip()
        if " " in name:
            return name.replace(" ", "")
        if not short_name:
            short_name = name
    return short_name


def dump_log(func_name: str, exception_obj: BaseException | None, output: Any) -> str:
    """Print the traceback and the output, log and return `<func_name> failed : <exception>`."""
    print(traceback.format_exc())
    print(output)
    message = f"{func_name} failed : {exception_obj}"
    logger.error("%s", message)
    return message


def setGlobalTmpDir(tmpDir: str) -> None:
    """Kept for compatibility (the classic name): there are no temporary files to place (no curl layer)."""
    global globalTmpDir
    globalTmpDir = tmpDir


def _set_bases(main: str, http: str, cache: str) -> None:
    global baseURL, baseURLSSL, baseURLCSRVSSL
    baseURL, baseURLSSL, baseURLCSRVSSL = http, main, cache
    _forget_clients()


def useDevServer() -> None:
    """Use the development server (aipanda007); unlike panda-client 2.2.0 the v1 calls move too."""
    _set_bases("https://aipanda007.cern.ch:25443/server/panda", "http://aipanda007.cern.ch:25080/server/panda",
               "https://aipanda007.cern.ch:25443/server/panda")  # fmt: skip


def useIntrServer() -> None:
    """Use the integration server (aipanda123), main and cache calls alike."""
    _set_bases("https://aipanda123.cern.ch:25443/server/panda", "http://aipanda123.cern.ch:25080/server/panda",
               "https://aipanda123.cern.ch:25443/server/panda")  # fmt: skip


def setCacheServer(host_name: str) -> None:
    """Point cache calls at another cache host, keeping scheme, port and path."""
    global baseURLCSRVSSL
    parsed = urlparse(baseURLCSRVSSL)
    netloc = f"{host_name}:{parsed.port}" if parsed.port else host_name
    baseURLCSRVSSL = f"{parsed.scheme}://{netloc}{parsed.path}"
    _forget_clients()


def get_token_string(tmp_log: Any, verbose: bool) -> str | None:
    """A pre-supplied ID token: PANDA_AUTH_ID_TOKEN, the file OIDC_AUTH_TOKEN_FILE, or OIDC_AUTH_ID_TOKEN; checked
    as the typed client checks it (None, with the reason logged, when it cannot be used).

    One trailing newline of the file is dropped (2.2.0 keeps it, which then breaks every request)."""
    try:
        if "PANDA_AUTH_ID_TOKEN" in os.environ:
            return check_token(os.environ["PANDA_AUTH_ID_TOKEN"], "PANDA_AUTH_ID_TOKEN")
        if "OIDC_AUTH_TOKEN_FILE" in os.environ:
            return read_token_file(os.environ["OIDC_AUTH_TOKEN_FILE"], "OIDC_AUTH_TOKEN_FILE")
        value = os.environ.get("OIDC_AUTH_ID_TOKEN")
        return check_token(value, "OIDC_AUTH_ID_TOKEN") if value else None
    except errors.ConfigurationError as exc:
        logger.error("%s", exc)
        return None


def _current_token() -> str | None:
    token = get_token_string(None, False)
    if token:
        return token
    try:
        auth = _client().config.auth
        source = getattr(auth, "_source", None)
        return source.token() if source is not None else None
    except errors.SciClientsError as exc:
        logger.error("no ID token: %s", exc)
        return None


def get_new_token(verbose: bool = False) -> str | None:
    """A usable ID token: the pre-supplied one, else the cached one (refreshed when expired). Never prompts
    (2.2.0 runs the interactive device flow when there is none): returns None and logs how to get one."""
    return _current_token()


def get_user_name_from_token() -> tuple[str | None, Any, Any]:
    """(name capitalised per word, groups, preferred_username) from the ID token's claims, unverified;
    (None, None, None) when there is no token or it has no name."""
    try:
        payload = str(_current_token()).split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        name = " ".join(part[:1].upper() + part[1:].lower() for part in str(claims["name"]).split())
        return name, claims.get("groups"), claims.get("preferred_username")
    except (IndexError, ValueError, KeyError, TypeError, AttributeError):
        return None, None, None


# -- functions the server no longer has (classic names 2.2.0 dropped) ----------------------------------------------
def getCachePrefixes(verbose: bool = False) -> tuple[int, str]:
    return _removed("getCachePrefixes", "panda-server 1.0 (panda-client 1.6.0)")


def getCmtConfigList(athenaVer: str, verbose: bool = False) -> tuple[int, str]:
    return _removed("getCmtConfigList", "panda-server 1.0 (panda-client 1.6.0)")


def getPandaClientVer(verbose: bool = False) -> tuple[int, str]:
    return _removed("getPandaClientVer", "panda-server 1.0 (panda-client 1.5.86)")


def getProxyKey(verbose: bool = False) -> tuple[int, str]:
    return _removed("getProxyKey", "panda-server 1.0 (panda-client 1.7.0)")


def registerProxyKey(credname: str, origin: str, myproxy: str, verbose: bool = False) -> tuple[int, str]:
    return _removed("registerProxyKey", "panda-server 1.0 (panda-client 1.7.0)")


# -- system and identity ------------------------------------------------------------------------------------------
@_refused_locally
def hello(verbose: bool = False) -> tuple[int, str]:
    """(0, the server's message) when it is alive; (255, "Communication issue: ...") or
    (255, "Problem with is_alive: <message>") otherwise."""
    answer = attempt("hello", lambda: exchange(_client(anonymous=True).system, "is_alive"))
    if isinstance(answer, Failed):
        return EC_Failed, f"Communication issue: {answer.text}"
    if not answer.success:
        return EC_Failed, f"Problem with is_alive: {answer.message}"
    return 0, answer.message


@_refused_locally
def get_cert_attributes(verbose: bool = False) -> tuple[int, Any]:
    """(0, {GRST_CRED*: value}) as the server sees the caller, printing everything it sees;
    (0, "Could not retrieve certificate attributes") when refused; (255, None) on a failed exchange."""
    status, output = _extended("get_cert_attributes", lambda: exchange(_client().system, "get_attributes"))
    if status != 0:
        return status, output
    ok, data = output
    environment = data.get("environment") if ok and isinstance(data, dict) else None
    if not isinstance(environment, dict):  # 2.2.0 raises on an answer without it
        return 0, "Could not retrieve certificate attributes"
    for key, value in environment.items():
        print(f"{key}: {value}")
    return 0, {k: v for k, v in environment.items() if k.startswith("GRST_CRED")}


# -- tasks --------------------------------------------------------------------------------------------------------
def _task_op(operation: str, *args: Any, **kwargs: Any) -> Callable[[], Envelope]:
    return lambda: exchange(_client().task, operation, *args, **kwargs)


@_refused_locally
def getTaskStatus(jediTaskID: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, status string) or (255, None)."""
    return _basic("getTaskStatus", _task_op("get_status", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def killTask(jediTaskID: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, (True, code)) when registered, (0, (False, message)) when refused, (255, None)."""
    return _extended("killTask", _task_op("kill", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def finishTask(jediTaskID: int | str, soft: bool = False, verbose: bool = False) -> tuple[int, Any]:
    """As killTask; `soft` lets running jobs finish."""
    options = {"soft": True} if soft else {}
    return _extended("finishTask", _task_op("finish", to_id(jediTaskID, "jediTaskID"), **options))


@_refused_locally
def pauseTask(jediTaskID: int | str, verbose: bool = True) -> tuple[int, Any]:
    """As killTask (production role)."""
    return _extended("pauseTask", _task_op("pause", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def resumeTask(jediTaskID: int | str, verbose: bool = True) -> tuple[int, Any]:
    """As killTask (production role)."""
    return _extended("resumeTask", _task_op("resume", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def reactivateTask(jediTaskID: int | str, verbose: bool = True) -> tuple[int, Any]:
    """As killTask (production role)."""
    return _extended("reactivateTask", _task_op("reactivate", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def reload_input(task_id: int | str, verbose: bool = True) -> tuple[int, Any]:
    """As killTask."""
    return _extended("reload_input", _task_op("reload_input", to_id(task_id, "task_id")))


@_refused_locally
def increase_attempt_nr(task_id: int | str, increase: int = 3, verbose: bool = False) -> tuple[int, Any]:
    """As killTask (production role)."""
    return _extended("increase_attempt_nr", _task_op("increase_attempts", to_id(task_id, "task_id"), increase))


@_refused_locally
def retryTask(
    jediTaskID: int | str, verbose: bool = False, properErrorCode: bool = False, newParams: dict[str, Any] | None = None
) -> tuple[int, Any]:
    """(0, (code, message)) whatever the server decided (it always answers success); (255, None) on a failed
    exchange. `newParams` (a dict) is merged into the task parameters."""
    options = {"new_parameters": newParams} if newParams else {}
    answer = attempt("retryTask", _task_op("retry", to_id(jediTaskID, "jediTaskID"), **options))
    if isinstance(answer, Failed):
        return EC_Failed, None
    return 0, (answer.data, answer.message)


@_refused_locally
def insertTaskParams(
    taskParams: dict[str, Any], verbose: bool = False, properErrorCode: bool = False, parent_tid: int | None = None
) -> tuple[int, Any]:
    """(0, (0, "succeeded. new jediTaskID=N")) when accepted; (0, (code, message)) when refused: 1 duplicate in
    DEFT, 2 duplicate in JEDI, 3 incexec, 4 error; (255, None) on a failed exchange."""
    options = {} if parent_tid is None else {"parent_tid": to_id(parent_tid, "parent_tid")}
    answer = attempt("insertTaskParams", _task_op("submit", taskParams, **options))
    if isinstance(answer, Failed):
        return EC_Failed, None
    return 0, (0, answer.message) if answer.success else (answer.data, answer.message)


@_refused_locally
def getTaskParamsMap(jediTaskID: int | str) -> tuple[int, Any]:
    """(0, task-parameter map) or (255, None)."""
    return _basic("getTaskParamsMap", _task_op("get_task_parameters", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def getJediTaskDetails(
    taskDict: dict[str, Any], fullFlag: bool, withTaskInfo: bool, verbose: bool = False
) -> tuple[int, Any]:
    """(0, taskDict) with the task's details merged in (taskDict needs "jediTaskID"), or (255, None)."""
    request = _task_op("get_details", to_id(taskDict["jediTaskID"], "taskDict['jediTaskID']"),
                       include_parameters=bool(fullFlag), include_status=bool(withTaskInfo))  # fmt: skip
    status, details = _basic("getJediTaskDetails", request)
    if status != 0:
        return status, details
    if isinstance(details, dict):  # 2.2.0 raises on a null answer; nothing to merge then
        taskDict.update(details)
    return 0, taskDict


@_refused_locally
def getJobIDsJediTasksInTimeRange(
    timeRange: str, dn: str | None = None, minTaskID: int | None = None, verbose: bool = False, task_type: str = "user"
) -> tuple[int, Any]:
    """(0, {reqID: task}) for the tasks modified since `timeRange` ("%Y-%m-%d %H:%M:%S"), or (255, None)."""
    options: dict[str, Any] = {"full": True, "prod_source_label": task_type}
    if dn is not None:
        options["dn"] = dn
    if minTaskID is not None:
        options["min_task_id"] = to_id(minTaskID, "minTaskID")
    return _basic("getJobIDsJediTasksInTimeRange", _task_op("get_tasks_modified_since", timeRange, **options))


@_refused_locally
def get_tasks_detailed_info_since(
    since: str | None = None, filters: dict[str, Any] | None = None, n_tasks: int = 500, verbose: bool = False
) -> tuple[int, Any]:
    """(0, [task dict]) of the caller's tasks (pbook show): modified since `since`, matching `filters`
    ({attribute: value}), at most `n_tasks`; or (255, None)."""
    options: dict[str, Any] = {"n_tasks": n_tasks}
    if since is not None:
        options["since"] = since
    if filters:
        options["filters"] = json.dumps(filters)
    return _basic("get_tasks_detailed_info_since", _task_op("get_tasks_detailed_info_since", **options))


@_refused_locally
def getPandaIDsWithTaskID(jediTaskID: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, [PandaID]) or (255, None)."""
    return _basic("getPandaIDsWithTaskID", _task_op("get_job_ids", to_id(jediTaskID, "jediTaskID")))


@_refused_locally
def get_job_descriptions(task_id: int | str, unsuccessful_only: bool = False, verbose: bool = False) -> tuple[int, Any]:
    """(0, [job description dict]) of a task's jobs (only failed/cancelled/closed ones with `unsuccessful_only`)."""
    request = _task_op("get_job_descriptions", to_id(task_id, "task_id"), unsuccessful_only=bool(unsuccessful_only))
    return _basic("get_job_descriptions", request)


@_refused_locally
def get_task_details_json(task_id: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, (True, task dict)), (0, (False, message)) or (255, None)."""
    return _extended("get_task_details_json", _task_op("get_detailed_info", to_id(task_id, "task_id")))


@_refused_locally
def get_parent_detailed_info(task_id: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, the parent task's dict) or (255, None)."""
    return _basic("get_parent_detailed_info", _task_op("get_parent_detailed_info", to_id(task_id, "task_id")))


@_refused_locally
def get_files_in_datasets(
    task_id: int | str, dataset_types: str = "input,pseudo_input", verbose: bool = False
) -> tuple[int, Any]:
    """(0, [dataset dict with its files]) for the comma-separated `dataset_types`, or (255, None)."""
    types = dataset_types.split(",")
    return _basic("get_files_in_datasets",
                  _task_op("get_datasets_and_files", to_id(task_id, "task_id"), dataset_types=types))  # fmt: skip


# -- jobs -----------------------------------------------------------------------------------------------------------
def _job_op(operation: str, *args: Any, **kwargs: Any) -> Callable[[], Envelope]:
    return lambda: exchange(_client().job, operation, *args, **kwargs)


def _job_specs(func_name: str, status: int, descriptions: Any) -> tuple[int, Any]:
    if status != 0:
        return status, descriptions
    if not isinstance(descriptions, list):  # 2.2.0's reading of it fails: its failure value
        logger.error("%s: the server answered %s, not a list of jobs", func_name, type(descriptions).__name__)
        return EC_Failed, None
    return 0, [job_from_dict(d) for d in descriptions]


@_refused_locally
def getJobStatus(ids: list[int | str], verbose: bool = False) -> tuple[int, Any]:
    """(0, [JobSpec or None]) for the PanDA IDs (None for unknown ones), or (255, None)."""
    status, output = _basic("getJobStatus", _job_op("get_description", to_ids(ids, "ids")))
    return _job_specs("getJobStatus", status, output)


@_refused_locally
def getFullJobStatus(ids: list[int | str], verbose: bool = False) -> tuple[int, Any]:
    """As getJobStatus, also searching the archive."""
    status, output = _basic("getFullJobStatus", _job_op("get_description_incl_archive", to_ids(ids, "ids")))
    return _job_specs("getFullJobStatus", status, output)


@_refused_locally
def killJobs(ids: list[int | str], verbose: bool = False) -> tuple[int, Any]:
    """(0, [bool per job]) or (255, None)."""
    return _basic("killJobs", _job_op("kill", to_ids(ids, "ids")))


@_refused_locally
def setDebugMode(pandaID: int | str, modeOn: bool, verbose: bool) -> tuple[int, Any]:
    """(0, data) or (255, None) as the server answered (production role needed; the server 1.0.4 flags its
    success as a failure, so a switched mode reads (255, None) here exactly as in 2.2.0)."""
    return _basic("setDebugMode", _job_op("set_debug_mode", to_id(pandaID, "pandaID"), bool(modeOn)))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"_datetime_object": value.strftime("%Y-%m-%d %H:%M:%S.%f")}
    raise TypeError(f"{type(value).__name__} is not serialisable in a job")


@_refused_locally
def submitJobs(jobs: list[Any], verbose: bool = False) -> tuple[int, Any]:
    """(0, [[PandaID, jobDefinitionID, {...}], ...]) or (255, None). `jobs` are pandaclient JobSpec objects (or
    already serialised positional lists); creationHost is set to this host as 2.2.0 does."""
    host = socket.gethostname()
    states = []
    for job in jobs:
        if hasattr(job, "dump_to_json_serializable"):
            job.creationHost = host
            states.append(job.dump_to_json_serializable())
        else:
            states.append(job)
    return _basic("submitJobs", _job_op("submit", json.dumps(states, default=_json_default)))


@_refused_locally
def getUserJobMetadata(task_id: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(0, {PandaID: metadata}) or (255, None)."""
    return _basic("getUserJobMetadata", _job_op("get_metadata_for_analysis_jobs", to_id(task_id, "task_id")))


# -- events ---------------------------------------------------------------------------------------------------------
@_refused_locally
def get_events_status(ids: list[dict[str, Any]], verbose: bool = False) -> tuple[int, Any]:
    """(0, {PandaID: {event range ID: status}}) for `ids` = [{"task_id": T, "panda_id": J}], or (255, None).
    Sent as the JSON text the server reads (2.2.0 sends a Python repr, which the server rejects)."""
    return _basic("get_events_status",
                  lambda: exchange(_client().event, "get_event_range_statuses", ids))  # fmt: skip


@_refused_locally
def update_events(events: list[dict[str, Any]], verbose: bool = False) -> tuple[int, Any]:
    """(0, data) or (255, None) for [{"eventRangeID", "eventStatus", ...}] (production role). Sent as the JSON
    text the server reads (2.2.0 sends a list, which the server rejects)."""
    return _basic("update_events", lambda: exchange(_client().event, "update_event_ranges", events))


# -- files ----------------------------------------------------------------------------------------------------------
def _crc32_of_gzip(path: Path) -> int:
    with path.open("rb") as fh:
        fh.seek(-8, os.SEEK_END)
        return int.from_bytes(fh.read(4), "little")


@_refused_locally
def putFile(
    file: str, verbose: bool = False, useCacheSrv: bool = False, reuseSandbox: bool = False, n_try: int = 1
) -> tuple[int, str]:
    """Upload a sandbox to the user cache, as 2.2.0: (0, "True"); (0, "NewFileName:<name>") when an identical
    sandbox is already there; (0, the server's message) when refused; (255, "False") when too large; (code,
    "ERROR: Could not upload file with <reason>") when the exchange failed. The file is streamed and sent under
    its basename (2.2.0 sends the full path, which breaks large sandboxes)."""
    path = Path(file)
    size = path.stat().st_size
    limit = SOURCES_LIMIT if path.name.startswith("sources.") else NO_BUILD_LIMIT
    if size > limit:
        logger.error("putFile: %s is %d bytes, more than the %d MB limit", path.name, size, limit // (1024 * 1024))
        return EC_Failed, "False"
    if reuseSandbox:
        check = attempt("putFile", lambda: exchange(_client().file_server, "validate_cache_file", size,
                                                    _crc32_of_gzip(path)))  # fmt: skip
        if isinstance(check, Failed):
            return EC_Failed, f"ERROR: Could not check sandbox duplication with {check.text}"
        if check.message.startswith("FOUND:"):
            host, remote_name = check.message.split(":", 1)[1].rsplit(":", 1)
            if host:  # an empty host means "the cache you asked": keep it
                setCacheServer(host)
            return 0, f"NewFileName:{remote_name}"
    client = _client(cache=useCacheSrv, tries=n_try)
    answer = attempt("putFile", lambda: exchange(client.file_server, "upload_cache_file", path))
    if isinstance(answer, Failed):
        return answer.code, f"ERROR: Could not upload file with {answer.text}"
    return 0, "True" if answer.success else answer.message


@_refused_locally
def getFile(filename: str, output_path: str | None = None, verbose: bool = False, n_try: int = 1) -> tuple[int, Any]:
    """Download `<cache>/cache/<filename>` to `output_path` (default: filename): (0, True), or (code, reason)
    with 2.2.0's codes: the HTTP status, 1 when the server was not reached."""
    client = _client(cache=True, tries=n_try)
    answer = attempt("getFile", lambda: client.file_server.download_cache_file(filename, output_path or filename))
    if isinstance(answer, Failed):
        return answer.code, answer.text
    return 0, True


@_refused_locally
def send_file_recovery_request(task_id: int | str, dry_run: bool = False, verbose: bool = False) -> tuple[int, Any]:
    """(0, (True, {"logFileURL": ...})) when accepted, (0, (False, message)) when refused, or (255, None)."""
    request = lambda: exchange(_client().file_server, "upload_file_recovery_request",  # noqa: E731
                               task_id=to_id(task_id, "task_id"), dry_run=bool(dry_run))  # fmt: skip
    return _extended("send_file_recovery_request", request)


# -- secrets ----------------------------------------------------------------------------------------------------------
@_refused_locally
def get_user_secrets(verbose: bool = False) -> tuple[int, Any]:
    """(0, (True, {key: value})), (0, (False, message)) or (255, None)."""
    status, output = _extended("get_user_secrets", lambda: exchange(_client().creds, "get_user_secrets"))
    if status != 0 or not output[0]:
        return status, output
    try:
        return 0, (True, json.loads(output[1]))
    except (TypeError, ValueError) as exc:  # 2.2.0 raises here
        logger.error("get_user_secrets: the secrets are not JSON text: %s", exc)
        return EC_Failed, None


@_refused_locally
def set_user_secret(key: str | None, value: str | None, verbose: bool = False) -> tuple[int, Any]:
    """Set a secret; value None deletes the key, key None deletes every secret (whatever the value, as the
    server does): (0, (True, None)), (0, (False, message)) or (255, None)."""
    options = {"key": None, "value": None} if key is None else {"key": key, "value": value}
    return _extended("set_user_secret", lambda: exchange(_client().creds, "set_user_secrets", **options))


get_user_secerts = get_user_secrets  # the classic (misspelt) names
set_user_secert = set_user_secret


# -- workflows ----------------------------------------------------------------------------------------------------
@_refused_locally
def submit_workflow(params: dict[str, Any], **kwargs: Any) -> tuple[int, Any]:
    """Submit a PanDA native workflow: (0, (True, {"workflow_id": N})), (0, (False, message)) or (255, None)."""
    return _extended("submit_workflow", lambda: exchange(_client().workflow, "submit_workflow_raw_request", params))


@_refused_locally
def submit_workflow_tmp(
    params: dict[str, Any], relay_host: str | None = None, check: bool = False, verbose: bool = False
) -> tuple[int, Any]:
    """As submit_workflow, returning the server's whole answer: (0, {"success", "message", "data"}), or
    (255, reason) on a failed exchange. `relay_host` and `check` are ignored, as in 2.2.0."""
    request = lambda: exchange(_client().workflow, "submit_workflow_raw_request", json.dumps(params),  # noqa: E731
                               parse=json_answer)  # fmt: skip
    answer = attempt("submit_workflow_tmp", request)
    if isinstance(answer, Failed):
        return EC_Failed, answer.text
    return 0, answer


@_refused_locally
def get_workflow_details(workflow_id: int | str, verbose: bool = False) -> tuple[int, Any]:
    """(255, None): 2.2.0 asks `workflow/get_workflow_details`, which panda-server 1.0.4 does not have (it answers
    403), so 2.2.0 always gets its failure value. The request is not sent."""
    to_id(workflow_id, "workflow_id")
    logger.error("get_workflow_details: the PanDA server has no workflow/get_workflow_details function")
    return EC_Failed, None


# -- requests relayed through the legacy endpoints ----------------------------------------------------------------
def _relay(func_name: str, request: Callable[[], bytes], loader: Callable[[Any], Any] | None = None) -> tuple[int, Any]:
    """Legacy relays answer JSON text ([True, result] / [False, message]): (0, what `loader` (json.loads by
    default) makes of it); (255, the raw answer) when it cannot read it; (255, reason) on a failed exchange."""
    answer = attempt(func_name, request)
    if isinstance(answer, Failed):
        return EC_Failed, answer.text
    try:
        return 0, (loader or json.loads)(answer)
    except Exception as exc:  # the caller's loader may raise anything; 2.2.0 returns the raw answer then
        logger.error("%s: cannot read the answer: %s", func_name, exc)
        return EC_Failed, answer


@_refused_locally
def call_idds_command(
    command_name: str,
    args: Any = None,
    kwargs: Any = None,
    dumper: Callable[[Any], str] | None = None,
    verbose: bool = False,
    compress: bool = False,
    manager: bool = False,
    loader: Callable[[Any], Any] | None = None,
    json_outputs: bool = False,
    n_try: int = 1,
) -> tuple[int, Any]:
    """Relay an iDDS client command: (0, [True, result]) or (0, [False, message]) as iDDS answered (through
    `loader` when given), (255, reason) when the exchange failed."""
    options: dict[str, Any] = {}
    if args:
        options["args"] = dumper(args) if dumper else args
    if kwargs:
        options["kwargs"] = dumper(kwargs) if dumper else kwargs
    if manager:
        options["manager"] = True
    if json_outputs:
        options["json_outputs"] = True
    client = _client(tries=n_try)
    request = lambda: exchange(client.legacy, "relay_idds_command", command_name, parse=content, **options)  # noqa: E731
    return _relay("call_idds_command", request, loader)


@_refused_locally
def call_idds_user_workflow_command(
    command_name: str, kwargs: dict[str, Any] | None = None, verbose: bool = False, json_outputs: bool = False,
    n_try: int = 1,
) -> tuple[int, Any]:  # fmt: skip
    """Run an iDDS workflow command (get_status, abort, suspend, resume, retry, finish) on one's own request:
    (0, [True, result]) or (0, [False, message]); (255, reason) when the exchange failed."""
    options: dict[str, Any] = {"kwargs": kwargs} if kwargs else {}
    if json_outputs:
        options["json_outputs"] = True
    client = _client(tries=n_try)
    return _relay("call_idds_user_workflow_command",
                  lambda: exchange(client.legacy, "execute_idds_workflow_command", command_name, parse=content,
                                   **options))  # fmt: skip


@_refused_locally
def send_workflow_request(
    params: dict[str, Any], relay_host: str | None = None, check: bool = False, verbose: bool = False
) -> tuple[int, Any]:
    """Send a workflow request (`check=True`: only check it, else process it at once): (0, [True, result]) or
    (0, [False, message]); (255, reason) when the exchange failed."""
    options = {"check": True} if check else {"sync": True}
    if relay_host is None:
        return _relay(
            "send_workflow_request",
            lambda: exchange(_client().legacy, "put_workflow_request", params, parse=content, **options),
        )
    with Panda(base_url=f"https://{relay_host}:25443") as relay:
        return _relay(
            "send_workflow_request",
            lambda: exchange(relay.legacy, "put_workflow_request", params, parse=content, **options),
        )


def requestEventPicking(
    eventPickEvtList: str, eventPickDataType: str, eventPickStreamName: str, eventPickDS: str,
    eventPickAmiTag: str, fileList: list[str], fileListName: str, outDS: str, lockedBy: str, params: str,
    eventPickNumSites: int, eventPickWithGUID: bool, ei_api: str, verbose: bool = False,
) -> tuple[bool, str]:  # fmt: skip
    """Request event picking: (True, userDatasetName) when accepted, (False, the server's error) otherwise.
    panda-client 2.2.0 always exits here (it compares bytes with True); this never exits."""
    try:
        run_events = Path(eventPickEvtList).read_text()
        files = [name for name in fileList or [] if name]
        if fileListName:
            files += [line.strip() for line in Path(fileListName).read_text().splitlines() if line.strip()]
    except OSError as exc:
        return False, _failure("requestEventPicking", exc)
    user_dataset = ".".join(outDS.split(".")[:2]) + f".{uuid.uuid4()}/"
    options: dict[str, Any] = {
        "eventPickDataType": eventPickDataType, "eventPickStreamName": eventPickStreamName,
        "eventPickDS": eventPickDS, "eventPickAmiTag": eventPickAmiTag, "userDatasetName": user_dataset,
        "lockedBy": lockedBy, "params": params, "inputFileList": ",".join(files),
        "giveGUID": bool(eventPickWithGUID),
    }  # fmt: skip
    if eventPickNumSites and eventPickNumSites > 1:
        options["eventPickNumSites"] = eventPickNumSites
    if ei_api:
        options["ei_api"] = ei_api
    try:
        _client().legacy.put_event_picking_request(runEventList=run_events, **options)
    except (errors.SciClientsError, TypeError, ValueError) as exc:
        return False, _failure("requestEventPicking", exc)
    return True, user_dataset


__all__ += ["JobSpec"]
