"""Drop-in for `jdma_client.jdma_lib`: the twelve classic functions, same names and signatures, on `Jdma`.

    from sciclients.jdma import jdma_lib
    response = jdma_lib.get_batch("alice", batch_id=7)
    if response.status_code == 200:
        print(response.json()["label"])

Each function returns a `LegacyResponse` with what callers of the classic ones (which return a
`requests.Response`) use: `status_code`, `reason`, `url`, `headers`, `json()`, `text`, `content`, `ok` (and
its truth value). A failure answered by the server is returned, not raised, as before (`raise_for_status()`
raises the typed sciclients error). What differs:

- the API root comes from `JDMA_API_URL` (or `use_client`), not a hard-coded class attribute; importing
  needs no `USER`; TLS is verified;
- `name` is honoured everywhere (the classic `get_files`, `get_archives` and `modify_batch` sent `$USER`),
  query values are URL-encoded, and `migration/`, `file/`, `archive/` and `list_backends/` are called with
  their trailing slash (no redirect round trip);
- bad input is refused before any request with a TypeError/ValueError naming the argument: a missing batch
  id, email, workspace, storage or target directory, an empty or relative file list, a relative target
  directory, an unknown request type or storage, `ffilter="workspace"` without a workspace;
- `credentials=None` is sent as `{}` (the server fails on null), `label` is always sent by `upload_files`;
- `digest` means what the classic docstrings say: true adds digests, 0/False omits them (the classic
  client always sent `digest=`, which the server reads as "on" whatever its value);
- `ffilter` values other than "workspace" are sent as "user" (the server reads them all as "by user");
- `create_user` neither writes `~/.jdma.json` nor downloads its template, and `workspace` (never sent)
  no longer has to differ from "default".
Connection failures raise `sciclients.errors.APIConnectionError` (the classic functions raised requests'
exceptions).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

import httpx

from sciclients import errors
from sciclients._core import NOT_GIVEN, NotGiven, SyncHTTP, check_bool, check_choice, check_int, check_str, loads
from sciclients._core._runner import SyncRunner

from ._client import Jdma
from ._config import check_user
from ._resources._base import STORAGE_IDS, UPLOAD_TYPES, ListFilter, check_abs_path, check_batch_id

__all__ = ["LegacyResponse", "use_client", "create_user", "update_user", "info_user", "get_request", "get_batch",
           "get_storage", "get_files", "get_archives", "upload_files", "delete_batch", "download_files",
           "modify_batch"]  # fmt: skip

R = TypeVar("R")


class LegacyResponse:
    """The parts of a `requests.Response` that callers of the classic functions use.

    `status_code`, `reason` (JDMA puts its error message there), `url` (of the request sent), `headers` (the
    answer's, case-insensitive), `text`/`content`/`json()`, `ok` and truth value (status < 400), and
    `raise_for_status()`, which raises the typed sciclients error instead of requests.HTTPError.
    """

    def __init__(self, status_code: int, text: str, *, url: str | None = None,
                 error: errors.APIError | None = None, headers: httpx.Headers | None = None,
                 reason: str = "") -> None:  # fmt: skip
        self.status_code = status_code
        self.text = text
        self.url = url
        self.error = error
        self.headers = headers if headers is not None else httpx.Headers()
        self.reason = reason

    @property
    def ok(self) -> bool:
        return self.status_code < 400

    def __bool__(self) -> bool:
        return self.ok

    @property
    def content(self) -> bytes:
        return self.text.encode()

    def json(self) -> Any:
        """The answer's JSON (a fresh copy each call); ValueError when the answer was not JSON (e.g. a 500 page)."""
        return loads(self.text)

    def raise_for_status(self) -> None:
        """Raise the typed sciclients error of a failed call (nothing for a success)."""
        if self.error is not None:
            raise self.error

    def __repr__(self) -> str:
        return f"<LegacyResponse [{self.status_code}]>"

    @classmethod
    def from_error(
        cls, error: errors.APIStatusError | errors.APIResponseValidationError, answer: httpx.Response | None = None
    ) -> LegacyResponse:
        body = error.body if isinstance(error.body, str) else ""
        message = getattr(error, "server_message", "")
        if body.lstrip().startswith("{") and message:
            try:
                loads(body)
            except ValueError:  # cut short by the core's excerpt limit: keep the server's `error` text whole
                body = json.dumps({"error": message})
        if answer is None:
            return cls(error.status_code, body, url=error.url, error=error)
        return cls(error.status_code, body, url=str(answer.request.url), error=error, headers=answer.headers,
                   reason=answer.reason_phrase)  # fmt: skip


class _Recorder:
    """The client's transport, remembering the last answer (status line and headers) for LegacyResponse."""

    def __init__(self, http: SyncHTTP) -> None:
        self._http = http
        self.answer: httpx.Response | None = None

    def send(self, request_kwargs: Mapping[str, Any], *, idempotent: bool, stream: bool = False) -> httpx.Response:
        self.answer = self._http.send(request_kwargs, idempotent=idempotent, stream=stream)
        return self.answer

    def raise_for_status(self, response: httpx.Response) -> None:
        self._http.raise_for_status(response)


_lock = threading.Lock()
_client: Jdma | None = None
_owned = False  # True when _client was made here (and so is closed here when replaced)


def use_client(client: Jdma | None) -> None:
    """Send the functions through `client` (its base URL, TLS, timeouts); None: one configured from the
    environment (`JDMA_API_URL`), created on first use. The user is always the functions' `name`."""
    global _client, _owned
    if client is not None and not isinstance(client, Jdma):
        raise TypeError(f"client must be a sciclients.jdma.Jdma, got {type(client).__name__}")
    with _lock:
        previous, was_owned = _client, _owned
        _client, _owned = client, False
    if previous is not None and was_owned and previous is not client:
        previous.close()


def _base() -> Jdma:
    global _client, _owned
    with _lock:
        if _client is None:
            _client, _owned = Jdma(), True
        return _client


def _as(name: Any) -> Jdma:
    return _base().with_options(user=check_user(name, "name"))


def _respond(client: Jdma, call: Callable[[Jdma], R], to_json: Callable[[R], Any]) -> LegacyResponse:
    """Run `call` on a view of `client` that records the answer; the result or the failure as a response."""
    view = client.with_options()
    recorder = _Recorder(view._http)
    view._attach(SyncRunner(cast(SyncHTTP, recorder)))
    try:
        result = call(view)
    except (errors.APIStatusError, errors.APIResponseValidationError) as exc:
        return LegacyResponse.from_error(exc, recorder.answer)
    text, answer = json.dumps(to_json(result)), recorder.answer
    if answer is None:  # not reachable: every successful call has an answer
        return LegacyResponse(200, text)
    return LegacyResponse(answer.status_code, text, url=str(answer.request.url), headers=answer.headers,
                          reason=answer.reason_phrase)  # fmt: skip


def _opt(value: R | None) -> R | NotGiven:
    return NOT_GIVEN if value is None else value


def _filter(ffilter: str | None) -> ListFilter | NotGiven:
    if ffilter is None:
        return NOT_GIVEN
    return "workspace" if check_str(ffilter, "ffilter") == "workspace" else "user"


def _required(value: Any, name: str) -> Any:
    if value is None:
        raise ValueError(f"{name} is required")
    return value


# -- users ---------------------------------------------------------------------------------------------------
def create_user(name: str, email: str | None = None, workspace: str = "default") -> LegacyResponse:
    """Create the user `name` with notification address `email` (required by the server).
    `workspace` is accepted for compatibility and not used (the classic client wrote it to ~/.jdma.json)."""
    check_str(workspace, "workspace")
    client = _as(name)
    the_email = check_str(_required(email, "email"), "email")
    return _respond(client, lambda c: c.user.create(the_email), lambda user: user.to_dict())


def update_user(name: str, email: str | None = None, notify: bool | None = None) -> LegacyResponse:
    """Change the user's email and/or notify switch; None leaves a value unchanged. json(): the stored user."""
    client = _as(name)
    the_email = _opt(check_str(email, "email") if email is not None else None)
    the_notify = _opt(check_bool(notify, "notify") if notify is not None else None)
    return _respond(client, lambda c: c.user.update(email=the_email, notify=the_notify), lambda user: user.to_dict())


def info_user(name: str) -> LegacyResponse:
    """The user's name, email and notify switch."""
    client = _as(name)
    return _respond(client, lambda c: c.user.get(), lambda user: user.to_dict())


# -- requests and batches ---------------------------------------------------------------------------------
def get_request(name: str, req_id: int | None = None, workspace: str | None = None,
                ffilter: str | None = None) -> LegacyResponse:  # fmt: skip
    """One request (`req_id`), or `{"requests": [...]}` of the user (or of `workspace` with ffilter="workspace")."""
    client = _as(name)
    if req_id is not None:
        request_id = check_batch_id(req_id, "req_id")
        return _respond(client, lambda c: c.requests.get(request_id), lambda detail: detail.to_dict())
    the_filter = _filter(ffilter)
    return _respond(client, lambda c: c.requests.list(workspace=_opt(workspace), filter=the_filter),
                    lambda items: {"requests": [item.to_dict() for item in items]})  # fmt: skip


def get_batch(name: str, batch_id: int | None = None, workspace: str | None = None, label: str | None = None,
              ffilter: str | None = None) -> LegacyResponse:  # fmt: skip
    """One batch (by `batch_id`, else by `label`), or `{"migrations": [...]}` of the user or workspace."""
    client = _as(name)
    if batch_id is not None:
        the_id = check_batch_id(batch_id)
        return _respond(client, lambda c: c.batches.get(the_id), lambda batch: batch.to_dict())
    if label is not None:
        the_label = check_str(label, "label")
        return _respond(client, lambda c: c.batches.get_by_label(the_label), lambda batch: batch.to_dict())
    the_filter = _filter(ffilter)
    return _respond(client, lambda c: c.batches.list(workspace=_opt(workspace), filter=the_filter),
                    lambda items: {"migrations": [item.to_dict() for item in items]})  # fmt: skip


def get_storage() -> LegacyResponse:
    """The storage backends: `{"elastictape": "Elastic Tape", "objectstore": "Object Store"}` (string keys)."""
    client = _base()
    return _respond(client, lambda c: c.storage.list(), lambda backends: backends.to_dict())


def get_files(name: str, batch_id: int | None = None, workspace: str | None = None, limit: int = 0,
              digest: int = 0, ffilter: str | None = None) -> LegacyResponse:  # fmt: skip
    """`{"migrations": [...]}`: batches with their archives and files (`limit` files per archive, 0 = all)."""
    client = _as(name)
    the_id = check_batch_id(batch_id) if batch_id is not None else NOT_GIVEN
    the_limit = check_int(limit, "limit", minimum=0)
    the_filter = _filter(ffilter)
    return _respond(
        client,
        lambda c: c.files.list(batch_id=the_id, workspace=_opt(workspace), filter=the_filter, limit=the_limit,
                               digest=bool(digest)),
        lambda items: {"migrations": [item.to_dict() for item in items]},
    )  # fmt: skip


def get_archives(name: str, batch_id: int | None = None, workspace: str | None = None, limit: int = 0,
                 digest: int = 0, ffilter: str | None = None) -> LegacyResponse:  # fmt: skip
    """`{"migrations": [...]}`: batches with their archives (`limit` archives per batch, 0 = all)."""
    client = _as(name)
    the_id = check_batch_id(batch_id) if batch_id is not None else NOT_GIVEN
    the_limit = check_int(limit, "limit", minimum=0)
    the_filter = _filter(ffilter)
    return _respond(
        client,
        lambda c: c.archives.list(batch_id=the_id, workspace=_opt(workspace), filter=the_filter,
                                  limit=the_limit, digest=bool(digest)),
        lambda items: {"migrations": [item.to_dict() for item in items]},
    )  # fmt: skip


# -- transfers -----------------------------------------------------------------------------------------------
def upload_files(name: str, workspace: str | None = None, filelist: Sequence[str] = (), label: str | None = None,
                 request_type: str | None = None, storage: str | None = None,
                 credentials: Mapping[str, str] | None = None) -> LegacyResponse:  # fmt: skip
    """PUT (keep the sources) or MIGRATE (delete them after upload) absolute paths as a new batch."""
    client = _as(name)
    the_workspace = check_str(_required(workspace, "workspace"), "workspace")
    kind = check_choice(_required(request_type, "request_type"), "request_type", UPLOAD_TYPES)
    the_storage = check_choice(_required(storage, "storage"), "storage", STORAGE_IDS)
    return _respond(client, lambda c: c.requests.upload(the_workspace, filelist, storage=the_storage, request_type=kind,
                                                    label=label, credentials=credentials),
                    lambda answer: answer.to_dict())  # fmt: skip


def delete_batch(name: str, batch_id: int | None = None, storage: str | None = None,
                 credentials: Mapping[str, str] | None = None) -> LegacyResponse:  # fmt: skip
    """Delete a batch from its external storage (`storage` is only quoted in the server's error messages)."""
    client = _as(name)
    the_id = check_batch_id(batch_id)
    the_storage = check_choice(storage, "storage", STORAGE_IDS) if storage is not None else None
    return _respond(client, lambda c: c.requests.delete_batch(the_id, storage=the_storage, credentials=credentials),
                    lambda answer: answer.to_dict())  # fmt: skip


def download_files(
    name: str,
    batch_id: int | None = None,
    filelist: Sequence[str] | None = (),
    target_dir: str | None = None,
    credentials: Mapping[str, str] | None = None,
) -> LegacyResponse:
    """Retrieve a batch (or the files of `filelist`, by original absolute path) into `target_dir`."""
    client = _as(name)
    the_id = check_batch_id(batch_id)
    target = check_abs_path(_required(target_dir, "target_dir"), "target_dir")
    files = filelist if filelist else None  # empty: the whole batch, and no `filelist` key (as before)
    return _respond(client, lambda c: c.requests.download(the_id, target, filelist=files, credentials=credentials),
                    lambda answer: answer.to_dict())  # fmt: skip


def modify_batch(name: str, batch_id: int | None = None, label: str | None = None) -> LegacyResponse:
    """Relabel a batch; a falsy label changes nothing. json(): the echo `{"label": ...}` or `{}`."""
    client = _as(name)
    the_id = check_batch_id(batch_id)
    the_label: str | NotGiven = check_str(label, "label") if label else NOT_GIVEN
    return _respond(client, lambda c: c.batches.modify(the_id, label=the_label), lambda echo: echo.to_dict())
