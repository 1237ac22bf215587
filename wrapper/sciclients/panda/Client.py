"""Drop-in replacement for the classic `pandaclient.Client` functions.

    from sciclients.panda import Client          # instead of: from pandaclient import Client
    status, output = Client.getTaskStatus(123)

Every function keeps its classic name, signature and return convention: `(status, output)` where status 0
means the server was reached and answered and 255 (`EC_Failed`) a failure; `output` has the shape the classic
documentation gives per function. Unlike panda-client 2.2.0 it never calls sys.exit, never prompts, keeps the
server's message on failure (instead of `None`), reuses one connection pool, and works for the functions 2.2.0
breaks (putFile with large sandboxes, requestEventPicking, the renamed secrets functions). Functions whose
server endpoint was removed return the classic failure value with a message saying so.

Everything goes through the typed client (`sciclients.panda.Panda`); this module only translates names and
return conventions. Configuration comes from the variables panda-client reads (PANDA_URL_SSL, PANDACACHE_URL,
PANDA_AUTH, PANDA_AUTH_VO, PANDA_AUTH_ID_TOKEN, OIDC_AUTH_TOKEN_FILE, X509_USER_PROXY, X509_CERT_DIR, ...).
Unlike panda-client, credentials never go over plain http to a host other than loopback unless
SCICLIENTS_ALLOW_INSECURE_HTTP=1 says so.
"""

from __future__ import annotations

import base64
import json
import os
import re
import socket
import threading
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from sciclients import errors
from sciclients._core import logger
from sciclients._core._secrets import check_token, read_token_file

from ._client import Panda
from ._jobspec import JobSpec, job_from_dict

__all__ = [
    "EC_Failed", "baseURL", "baseURLSSL", "baseURLCSRVSSL",
    "call_idds_command", "call_idds_user_workflow_command", "dump_log", "finishTask", "getCachePrefixes",
    "getCmtConfigList", "getDN", "getFile", "getFullJobStatus", "getJediTaskDetails",
    "getJobIDsJediTasksInTimeRange", "getJobStatus", "getPandaClientVer", "getPandaIDsWithTaskID", "getProxyKey",
    "getTaskParamsMap", "getTaskStatus", "getUserJobMetadata", "get_cert_attributes", "get_new_token",
    "get_token_string", "get_user_name_from_token", "get_user_secerts", "get_user_secrets", "hello",
    "hide_sensitive_info", "increase_attempt_nr", "insertTaskParams", "is_https", "killJobs", "killTask",
    "pauseTask", "putFile", "reactivateTask", "registerProxyKey", "reload_input", "requestEventPicking",
    "resumeTask", "retryTask", "send_file_recovery_request", "send_workflow_request", "setCacheServer",
    "setDebugMode", "setGlobalTmpDir", "set_user_secert", "set_user_secret", "str_decode", "submitJobs",
    "useDevServer", "useIntrServer", "use_oidc", "use_x509_no_grid",
]  # fmt: skip

T = TypeVar("T")
EC_Failed = 255
# Classic task-command codes: 0 registered, 1 server error, 2 not found, 3 denied, 4 irrelevant status,
# 100 non-SSL connection.
_TC_ERROR, _TC_NOT_FOUND, _TC_DENIED, _TC_NON_SSL = 1, 2, 3, 100
SOURCES_LIMIT = 768 * 1024 * 1024
NO_BUILD_LIMIT = 10 * 1024 * 1024

baseURL = os.environ.get("PANDA_URL", "http://pandaserver.cern.ch:25080/server/panda")
baseURLSSL = os.environ.get("PANDA_URL_SSL", "https://pandaserver.cern.ch/server/panda")
baseURLCSRVSSL = os.environ.get("PANDACACHE_URL", "https://pandacache.cern.ch/server/panda")
globalTmpDir = ""

_lock = threading.Lock()
_clients: dict[tuple[str, bool], Panda] = {}


# -- plumbing -----------------------------------------------------------------------------------------------
def _client(*, cache: bool = False, anonymous: bool = False) -> Panda:
    """The typed client for the current main (or cache) base; one pooled client per base, reused."""
    base = baseURLCSRVSSL if cache else baseURLSSL
    key = (base, anonymous)
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = Panda(base_url=base, auth="none" if anonymous else None)
            _clients[key] = client
        return client


def _forget_clients() -> None:
    with _lock:
        for client in _clients.values():
            client.close()
        _clients.clear()


def _failure(func_name: str, exc: BaseException | str) -> str:
    text = f"{func_name} failed: {exc}"
    logger.error("%s", text)
    return text


def _call(func_name: str, action: Callable[[], T], on_api_error: Callable[[errors.APIError], Any] | None = None) -> Any:
    """Run a typed call and translate exceptions into the classic (status, output) convention: never raise."""
    try:
        return action()
    except errors.APIStatusError as exc:
        if on_api_error is not None:
            return on_api_error(exc)
        return EC_Failed, _failure(func_name, exc)
    except (errors.SciClientsError, TypeError, ValueError, OSError) as exc:
        return EC_Failed, _failure(func_name, exc)


def _task_code(exc: errors.APIError) -> int:
    code = getattr(exc, "code", None)
    if isinstance(code, int) and not isinstance(code, bool):
        return code
    if isinstance(exc, errors.PermissionDeniedError):
        return _TC_DENIED
    if isinstance(exc, errors.NotFoundError):
        return _TC_NOT_FOUND
    if isinstance(exc, errors.AuthenticationError):
        return _TC_NON_SSL
    return _TC_ERROR


def _task_command(func_name: str, action: Callable[[], Any]) -> tuple[int, Any]:
    """Classic task commands: (0, (code, message)); a refusal by the server is (0, (code, its message))."""

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, (_task_code(exc), exc.message)
        return EC_Failed, _failure(func_name, exc)

    def run() -> tuple[int, Any]:
        result = action()
        return 0, (result.code, result.message)

    return _call(func_name, run, refused)  # type: ignore[no-any-return]


def _removed(func_name: str, since: str) -> tuple[int, str]:
    return EC_Failed, _failure(func_name, f"the PanDA server has no such function since {since}; it was removed")


# -- local helpers ----------------------------------------------------------------------------------------------
def use_oidc() -> bool:
    """Whether PANDA_AUTH selects OIDC bearer tokens."""
    return os.environ.get("PANDA_AUTH") == "oidc"


def use_x509_no_grid() -> bool:
    """Whether PANDA_AUTH selects a plain X.509 certificate without grid middleware."""
    return os.environ.get("PANDA_AUTH") == "x509_no_grid"


def is_https(url: str) -> bool:
    return url.startswith("https://")


def str_decode(data: Any) -> Any:
    """Bytes decoded as UTF-8; anything else unchanged."""
    return data.decode("utf-8") if isinstance(data, bytes) else data


def hide_sensitive_info(com: Any) -> str:
    """`Bearer <token>` replaced, as the classic client does."""
    return re.sub("Bearer [^\"']+", '***"', str(com))


def getDN(origString: str) -> str:
    """The display name in a DN: the first CN with a space (spaces removed), else the first CN; trailing digits
    and dots removed. `.../CN=John Doe/CN=123` -> `JohnDoe`."""
    short_name = ""
    for component in origString.split("/"):
        if not component.startswith("CN="):
            continue
        name = re.sub(r"\.", "", re.sub(r"\d+$", "", component[3:])).strip()
        if " " in name:
            return name.replace(" ", "")
        if not short_name:
            short_name = name
    return short_name


def dump_log(func_name: str, exception_obj: BaseException, output: Any) -> str:
    """Print the traceback and the output, log and return `<func_name> failed : <exception>`."""
    print(traceback.format_exc())
    print(output)
    message = f"{func_name} failed : {exception_obj}"
    logger.error("%s", message)
    return message


def setGlobalTmpDir(tmpDir: str) -> None:
    """Kept for compatibility: there are no temporary files to place (no curl layer)."""
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
    as the typed client checks it (None, with the reason logged, when it cannot be used)."""
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
        client = _client()
        auth = client.config.auth
        source = getattr(auth, "_source", None)
        return source.token() if source is not None else None
    except errors.SciClientsError as exc:
        logger.error("no ID token: %s", exc)
        return None


def get_new_token(verbose: bool = False) -> str | None:
    """A usable ID token: the pre-supplied one, else the cached one (refreshed when expired). Never prompts:
    when there is none, returns None and logs how to get one."""
    return _current_token()


def get_user_name_from_token() -> tuple[str | None, list[str] | None, str | None]:
    """(name capitalised per word, groups, preferred_username) from the ID token, unverified."""
    token = _current_token()
    try:
        payload = str(token).split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, AttributeError):
        return None, None, None
    name = " ".join(part.capitalize() for part in str(claims.get("name", claims.get("sub", ""))).split())
    groups = claims.get("groups") or claims.get("wlcg.groups")
    return name or None, groups, claims.get("preferred_username")


# -- functions the server no longer has ---------------------------------------------------------------------------
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
def hello(verbose: bool = False) -> tuple[int, str]:
    """(0, "OK") when the server answers, else (255, "Not good. <reason>")."""

    def run() -> tuple[int, str]:
        _client(anonymous=True).system.is_alive()
        return 0, "OK"

    status, output = _call("hello", run)
    return (status, output) if status == 0 else (EC_Failed, f"Not good. {output}")


def get_cert_attributes(verbose: bool = False) -> tuple[int, Any]:
    """(0, {GRST_CRED_*/SSL_CLIENT_*: value}) as the server sees the caller."""

    def run() -> tuple[int, Any]:
        environment = _client().system.get_attributes()["environment"]
        found = {k: v for k, v in environment.items() if k.startswith(("GRST_CRED", "GRST_CONN", "SSL_CLIENT_S_DN"))}
        if verbose:
            for key, value in found.items():
                print(f"{key}: {value}")
        return (0, found) if found else (0, "Could not retrieve certificate attributes")

    return _call("get_cert_attributes", run)  # type: ignore[no-any-return]


# -- tasks --------------------------------------------------------------------------------------------------------
def getTaskStatus(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _call("getTaskStatus", lambda: (0, _client().task.get_status(jediTaskID)))  # type: ignore[no-any-return]


def killTask(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("killTask", lambda: _client().task.kill(jediTaskID))


def finishTask(jediTaskID: int, soft: bool = False, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("finishTask", lambda: _client().task.finish(jediTaskID, soft=True) if soft
                         else _client().task.finish(jediTaskID))  # fmt: skip


def pauseTask(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("pauseTask", lambda: _client().task.pause(jediTaskID))


def resumeTask(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("resumeTask", lambda: _client().task.resume(jediTaskID))


def reactivateTask(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("reactivateTask", lambda: _client().task.reactivate(jediTaskID))


def reload_input(task_id: int, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("reload_input", lambda: _client().task.reload_input(task_id))


def increase_attempt_nr(task_id: int, increase: int = 3, verbose: bool = False) -> tuple[int, Any]:
    return _task_command("increase_attempt_nr", lambda: _client().task.increase_attempts(task_id, increase))


def retryTask(
    jediTaskID: int, verbose: bool = False, properErrorCode: bool = False, newParams: dict[str, Any] | None = None
) -> tuple[int, Any]:
    """(0, (code, message)); `newParams` (a dict) is merged into the task parameters."""
    if newParams:
        return _task_command("retryTask", lambda: _client().task.retry(jediTaskID, new_parameters=newParams))
    return _task_command("retryTask", lambda: _client().task.retry(jediTaskID))


def insertTaskParams(
    taskParams: dict[str, Any], verbose: bool = False, properErrorCode: bool = False, parent_tid: int | None = None
) -> tuple[int, Any]:
    """(0, [code, message, jediTaskID or None]): 0 ok, 1 duplicate in DEFT, 2 duplicate in JEDI, 3 incexec, 4 error."""

    def run() -> tuple[int, Any]:
        task = _client().task
        task_id = task.submit(taskParams, parent_tid=parent_tid) if parent_tid is not None else task.submit(taskParams)
        return 0, [0, f"succeeded. new jediTaskID={task_id}", task_id]

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, [_task_code(exc) if getattr(exc, "code", None) is not None else 4, exc.message, None]
        return EC_Failed, _failure("insertTaskParams", exc)

    return _call("insertTaskParams", run, refused)  # type: ignore[no-any-return]


def getTaskParamsMap(jediTaskID: int) -> tuple[int, Any]:
    """Classic shape (0, (0, map)); a refusal is (0, (1, message))."""

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, (1, exc.message)
        return EC_Failed, _failure("getTaskParamsMap", exc)

    return _call("getTaskParamsMap", lambda: (0, (0, _client().task.get_task_parameters(jediTaskID))), refused)  # type: ignore[no-any-return]


def getJediTaskDetails(
    taskDict: dict[str, Any], fullFlag: bool, withTaskInfo: bool, verbose: bool = False
) -> tuple[int, Any]:
    """(0, taskDict) with the task's details merged in (taskDict needs "jediTaskID")."""

    def run() -> tuple[int, Any]:
        details = _client().task.get_details(taskDict["jediTaskID"], include_parameters=bool(fullFlag),
                                             include_status=bool(withTaskInfo))  # fmt: skip
        taskDict.update(details.to_dict())
        return 0, taskDict

    return _call("getJediTaskDetails", run)  # type: ignore[no-any-return]


def getJobIDsJediTasksInTimeRange(
    timeRange: str, dn: str | None = None, minTaskID: int | None = None, verbose: bool = False, task_type: str = "user"
) -> tuple[int, Any]:
    """(0, {reqID: task}) for the tasks modified since `timeRange` ("%Y-%m-%d %H:%M:%S")."""
    options: dict[str, Any] = {"full": True, "prod_source_label": task_type}
    if dn is not None:
        options["dn"] = dn
    if minTaskID is not None:
        options["min_task_id"] = minTaskID
    return _call("getJobIDsJediTasksInTimeRange",  # type: ignore[no-any-return]
                 lambda: (0, _client().task.get_tasks_modified_since(timeRange, **options)))  # fmt: skip


def getPandaIDsWithTaskID(jediTaskID: int, verbose: bool = False) -> tuple[int, Any]:
    return _call("getPandaIDsWithTaskID", lambda: (0, _client().task.get_job_ids(jediTaskID)))  # type: ignore[no-any-return]


def getUserJobMetadata(task_id: int, verbose: bool = False) -> tuple[int, Any]:
    return _call("getUserJobMetadata", lambda: (0, _client().job.get_metadata_for_analysis_jobs(task_id)))  # type: ignore[no-any-return]


# -- jobs -----------------------------------------------------------------------------------------------------------
def _jobs(descriptions: list[dict[str, Any] | None]) -> list[JobSpec | None]:
    return [job_from_dict(d) for d in descriptions]


def getJobStatus(ids: list[int], verbose: bool = False) -> tuple[int, Any]:
    """(0, [JobSpec or None]) for the PanDA IDs (None for unknown ones)."""
    return _call("getJobStatus", lambda: (0, _jobs(_client().job.get_description(list(ids)))))  # type: ignore[no-any-return]


def getFullJobStatus(ids: list[int], verbose: bool = False) -> tuple[int, Any]:
    """As getJobStatus, also searching the archive."""
    return _call("getFullJobStatus",  # type: ignore[no-any-return]
                 lambda: (0, _jobs(_client().job.get_description_incl_archive(list(ids)))))  # fmt: skip


def killJobs(ids: list[int], verbose: bool = False) -> tuple[int, Any]:
    return _call("killJobs", lambda: (0, _client().job.kill(list(ids))))  # type: ignore[no-any-return]


def setDebugMode(pandaID: int, modeOn: bool, verbose: bool = False) -> tuple[int, Any]:
    """(0, "Succeeded") or (0, <the server's refusal>) as the classic server answered; the production role is needed."""

    def run() -> tuple[int, Any]:
        result = _client().job.set_debug_mode(pandaID, bool(modeOn))
        return 0, result if isinstance(result, str) else "Succeeded"

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, exc.message
        return EC_Failed, _failure("setDebugMode", exc)

    return _call("setDebugMode", run, refused)  # type: ignore[no-any-return]


def _json_default(value: Any) -> Any:
    import datetime

    if isinstance(value, datetime.datetime):
        return {"_datetime_object": value.strftime("%Y-%m-%d %H:%M:%S.%f")}
    raise TypeError(f"{type(value).__name__} is not serialisable in a job")


def submitJobs(jobs: list[Any], verbose: bool = False) -> tuple[int, Any]:
    """(0, [[PandaID, jobDefinitionID, {...}], ...]). `jobs` are pandaclient JobSpec objects (or already
    serialised positional lists); creationHost is set to this host as the classic client does."""

    def run() -> tuple[int, Any]:
        host = socket.getfqdn()
        states = []
        for job in jobs:
            if hasattr(job, "dump_to_json_serializable"):
                job.creationHost = host
                states.append(job.dump_to_json_serializable())
            else:
                states.append(job)
        result = _client().job.submit(json.dumps(states, default=_json_default))
        if not result:
            return EC_Failed, _failure("submitJobs", "the server accepted no job")
        return 0, result

    return _call("submitJobs", run)  # type: ignore[no-any-return]


# -- files ----------------------------------------------------------------------------------------------------------
def _crc32_of_gzip(path: Path) -> int:
    with path.open("rb") as fh:
        fh.seek(-8, os.SEEK_END)
        return int.from_bytes(fh.read(4), "little")


def putFile(
    file: str, verbose: bool = False, useCacheSrv: bool = False, reuseSandbox: bool = False, n_try: int = 1
) -> tuple[int, str]:
    """Upload a sandbox to the user cache: (0, "True"), (0, "NewFileName:<name>") when an identical sandbox is
    already there, (255, "False") when it is too large, (255, <the server's error>) otherwise. The file is
    streamed and sent under its basename (2.2.0 sends the full path, which breaks large sandboxes)."""
    path = Path(file)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        return EC_Failed, _failure("putFile", exc)
    limit = SOURCES_LIMIT if name.startswith("sources.") else NO_BUILD_LIMIT
    if size > limit:
        logger.error("putFile: %s is %d bytes, more than the %d MB limit", name, size, limit // (1024 * 1024))
        return EC_Failed, "False"
    if reuseSandbox:
        try:
            found = _client().file_server.validate_cache_file(size, _crc32_of_gzip(path))
        except (errors.APIError, OSError) as exc:
            found = None
            logger.info("putFile: no reusable sandbox (%s)", exc)
        if isinstance(found, str) and found.startswith("FOUND:"):
            _, host, remote_name = found.split(":", 2)
            if host:  # an empty host means "the cache you asked": keep it
                setCacheServer(host)
            return 0, f"NewFileName:{remote_name}"

    def run() -> tuple[int, str]:
        _client(cache=useCacheSrv).file_server.upload_cache_file(path)
        return 0, "True"

    return _call("putFile", run)  # type: ignore[no-any-return]


def getFile(filename: str, output_path: str | None = None, verbose: bool = False, n_try: int = 1) -> tuple[int, Any]:
    """Download `<cache>/cache/<filename>` to `output_path` (default: filename): (0, True) or (status, error)."""

    def run() -> tuple[int, Any]:
        _client(cache=True).file_server.download_cache_file(filename, output_path or Path(filename).name)
        return 0, True

    def failed(exc: errors.APIError) -> tuple[int, Any]:
        return getattr(exc, "status_code", 1), _failure("getFile", exc)

    return _call("getFile", run, failed)  # type: ignore[no-any-return]


def send_file_recovery_request(task_id: int, dry_run: bool = False, verbose: bool = False) -> tuple[int, Any]:
    """(0, [True, {"logFileURL": ...}]) when accepted, (0, [False, message]) when refused."""

    def run() -> tuple[int, Any]:
        return 0, [True, _client().file_server.upload_file_recovery_request(task_id=task_id, dry_run=bool(dry_run))]

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, [False, exc.message]
        return EC_Failed, _failure("send_file_recovery_request", exc)

    return _call("send_file_recovery_request", run, refused)  # type: ignore[no-any-return]


# -- secrets ----------------------------------------------------------------------------------------------------------
def _bool_pair(func_name: str, action: Callable[[], Any]) -> tuple[int, Any]:
    def run() -> tuple[int, Any]:
        return 0, (True, action())

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, (False, exc.message)
        return EC_Failed, _failure(func_name, exc)

    return _call(func_name, run, refused)  # type: ignore[no-any-return]


def get_user_secrets(verbose: bool = False) -> tuple[int, Any]:
    """(0, (True, {key: value})) or (0, (False, message))."""
    return _bool_pair("get_user_secrets", lambda: _client().creds.get_user_secrets())


def set_user_secret(key: str | None, value: str | None, verbose: bool = False) -> tuple[int, Any]:
    """Set a secret; value None deletes the key, key None deletes every secret (whatever the value, as the
    classic client did): (0, (True, None)) / (0, (False, msg))."""
    if key is None:
        return _bool_pair("set_user_secret", lambda: _client().creds.set_user_secrets(key=None, value=None))
    return _bool_pair("set_user_secret", lambda: _client().creds.set_user_secrets(key=key, value=value))


get_user_secerts = get_user_secrets  # the classic (misspelt) names
set_user_secert = set_user_secret


# -- requests relayed through the legacy endpoints ----------------------------------------------------------------
def _legacy_pair(func_name: str, action: Callable[[], Any]) -> tuple[int, Any]:
    """Legacy relays answer [True, result] / [False, message]: (0, that list); transport failure (255, text)."""

    def run() -> tuple[int, Any]:
        return 0, [True, action()]

    def refused(exc: errors.APIError) -> tuple[int, Any]:
        if isinstance(exc, errors.APIStatusError) and exc.status_code == 200:
            return 0, [False, exc.message]
        return EC_Failed, _failure(func_name, exc)

    return _call(func_name, run, refused)  # type: ignore[no-any-return]


def call_idds_command(
    command_name: str,
    args: Any = None,
    kwargs: Any = None,
    dumper: Callable[[Any], str] | None = None,
    verbose: bool = False,
    compress: bool = False,
    manager: bool = False,
    loader: Callable[[str], Any] | None = None,
    json_outputs: bool = False,
    n_try: int = 1,
) -> tuple[int, Any]:
    """Relay an iDDS client command: (0, [True, result]) or (0, [False, message])."""
    options: dict[str, Any] = {}
    if args is not None:
        options["args"] = json.loads(dumper(args)) if dumper else args
    if kwargs is not None:
        options["kwargs"] = json.loads(dumper(kwargs)) if dumper else kwargs
    if manager:
        options["manager"] = True
    if json_outputs:
        options["json_outputs"] = True
    status, output = _legacy_pair(
        "call_idds_command", lambda: _client().legacy.relay_idds_command(command_name, **options)
    )
    if status == 0 and loader is not None and output[0] and isinstance(output[1], str):
        output = [True, loader(output[1])]
    return status, output


def call_idds_user_workflow_command(
    command_name: str, kwargs: dict[str, Any] | None = None, verbose: bool = False, json_outputs: bool = False,
    n_try: int = 1,
) -> tuple[int, Any]:  # fmt: skip
    """Run an iDDS workflow command (get_status, abort, suspend, resume, retry, finish) on one's own request."""
    options: dict[str, Any] = {"kwargs": kwargs or {}}
    if json_outputs:
        options["json_outputs"] = True
    return _legacy_pair("call_idds_user_workflow_command",
                        lambda: _client().legacy.execute_idds_workflow_command(command_name, **options))  # fmt: skip


def send_workflow_request(
    params: dict[str, Any], relay_host: str | None = None, check: bool = False, verbose: bool = False
) -> tuple[int, Any]:
    """Send a workflow request (`check=True`: only check it): (0, [True, result]) or (0, [False, message])."""

    def run() -> Any:
        client = _client() if relay_host is None else Panda(base_url=f"https://{relay_host}:25443")
        if check:
            return client.legacy.put_workflow_request(params, check=True)
        return client.legacy.put_workflow_request(params)

    return _legacy_pair("send_workflow_request", run)


def requestEventPicking(
    eventPickEvtList: str, eventPickDataType: str, eventPickStreamName: str, eventPickDS: str,
    eventPickAmiTag: str, fileList: list[str], fileListName: str, outDS: str, lockedBy: str, params: str,
    eventPickNumSites: int, eventPickWithGUID: bool, ei_api: str, verbose: bool = False,
) -> tuple[bool, str]:  # fmt: skip
    """Request event picking: (True, userDatasetName) when accepted, (False, the server's error) otherwise.
    panda-client 2.2.0 always exits here (it compares bytes with a str); this never exits."""
    try:
        run_events = Path(eventPickEvtList).read_text()
        files = list(fileList or [])
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
