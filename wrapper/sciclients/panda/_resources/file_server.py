"""`panda.file_server`: the user cache (sandboxes), JEDI logs, HPO checkpoints and request uploads."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

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
    check_file,
    check_id,
    check_int,
    check_path_value,
    check_str,
    check_str_list,
    operation,
)
from sciclients._core._download import DownloadSink
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import file_server as endpoints  # endpoint modules load on first use
from sciclients._generated.panda_api.types import File

from .._envelope import fail, read_envelope, read_json
from . import _base
from ._base import PandaResource, as_dict, as_str, data, model, none, opt, upload_file

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import FileRecoveryRequestReceipt, WorkflowRequestResult

__all__ = ["FileServerResource"]

M = TypeVar("M", SyncMode, AsyncMode)

MB = 1024 * 1024
# The server's limits (file_server_api.py), checked against the request's Content-Length.
LOG_LIMIT = 100 * MB
SANDBOX_LIMIT = 768 * MB
SANDBOX_NO_BUILD_LIMIT = 10 * MB
CHECKPOINT_LIMIT = 500 * MB
EVENT_PICKING_LIMIT = 10 * MB


class FileServerResource(PandaResource[M]):
    """Functions of the `file_server` module."""

    # -- JEDI logs ---------------------------------------------------------------------------------
    @operation
    def upload_jedi_log(self, path: str | os.PathLike[str]) -> Call[str]:
        """Upload the log file at `path` to `/cache/jedilog/<basename>` (production role), overwriting any log of that
        name; the file is streamed, sent under its basename and refused locally above the server's 100 MB. Returns the
        URL of the stored log, `http(s)://<host>:<port>/cache/jedilog/<name>`."""
        file, handle = _upload(path, lambda name: LOG_LIMIT)
        return build_call(
            endpoints.upload_jedi_log, data(as_str), body=models.UploadJediLogRequest(file=file), closing=(handle,)
        )

    @operation
    def update_jedi_log(self, path: str | os.PathLike[str]) -> Call[None]:
        """Append the zlib-compressed chunk in the file at `path` to the log named by its basename (production role).
        Server 1.0.4 writes bytes into a text file, so this practically always raises `PandaAPIError` (`ERROR: cannot
        update file with ... write() argument must be str, not bytes`); returns None otherwise."""
        file, handle = _upload(path, None)
        return build_call(
            endpoints.update_jedi_log, data(none), body=models.UpdateJediLogRequest(file=file), closing=(handle,)
        )

    @operation
    def download_jedi_log(self, log_name: str, *, offset: int | NotGiven = NOT_GIVEN) -> Call[str]:
        """The text of the log `log_name` in the top of the cache directory, from character `offset` on (server default
        0; authenticated caller); any directory part of the name is dropped by the server. The server answers a bare
        string (not an envelope) with one leading space, which is removed: a missing file gives "" rather than an
        error."""
        check_str(log_name, "log_name")
        return build_call(
            endpoints.download_jedi_log, _jedi_log_text, log_name=log_name, offset=opt(offset, _non_negative, "offset")
        )

    # -- the user cache ----------------------------------------------------------------------------
    @operation
    def download_cache_file(self, file_name: str, output_path: str | os.PathLike[str]) -> Call[Path]:
        """Download `<file_name>` from the user cache into `output_path`, streamed to disk.

        The cache is served by the web server at `/cache/<file_name>` (not an API function), on the cache host:
        use a client whose base URL is the cache server. The file appears at `output_path` only when the
        download is complete (it is written to `<output_path>.part` first). Returns the path written.
        """
        name = check_path_value(check_str(file_name, "file_name").lstrip("/"), "file_name")
        if not isinstance(output_path, (str, os.PathLike)):
            raise TypeError(f"output_path must be a path, got {type(output_path).__name__}")
        target = Path(output_path)
        sink = DownloadSink(target)
        request = {"method": "GET", "url": "/cache/" + quote(name)}
        return Call(request=request, parse=lambda _response: (sink.complete(), target)[1], idempotent=True,
                    closing=(sink,), sink=sink)  # fmt: skip

    @operation
    def upload_cache_file(self, path: str | os.PathLike[str]) -> Call[None]:
        """Upload the file at `path` (a sandbox) to the user cache (authenticated caller), streamed and sent under its
        basename, which the server stores and registers. Limits by name, checked here before sending: `*.out` 100 MB,
        `sources.*` 768 MB, anything else 10 MB (ValueError naming `path`). An existing file is not overwritten
        (ConflictError, `ERROR: cannot overwrite file`) unless the name ends in `.__ow__`. Returns None."""
        file, handle = _upload(path, cache_file_limit)
        return build_call(
            endpoints.upload_cache_file,
            _checked(none, _CACHE_RULES),
            body=models.UploadCacheFileRequest(file=file),
            closing=(handle,),
        )

    @operation
    def touch_cache_file(self, file_name: str) -> Call[None]:
        """Extend the lifetime of `/cache/<basename of file_name>` (authenticated caller) so that the clean-up keeps it.
        A missing file raises NotFoundError. Returns None."""
        check_str(file_name, "file_name")
        return build_call(
            endpoints.touch_cache_file, data(none), body=models.TouchCacheFileRequest(file_name=file_name)
        )

    @operation
    def delete_cache_file(self, file_name: str) -> Call[None]:
        """Ask the server to delete a cache file (authenticated caller). Server 1.0.4 keeps the file (it may be reused)
        and always answers success: this is a no-op that returns None."""
        check_str(file_name, "file_name")
        return build_call(
            endpoints.delete_cache_file, data(none), body=models.DeleteCacheFileRequest(file_name=file_name)
        )

    @operation
    def register_cache_file(self, user_name: str, file_name: str, file_size: int, checksum: int | str) -> Call[None]:
        """Record a cache file (owner `user_name` as a compact DN, name, size in bytes, CRC32 from the gzip footer; an
        int is sent as decimal text) so that `validate_cache_file` can find it (production role; `upload_cache_file`
        does this on the server itself). Returns None; `WARNING: file exist` raises."""
        check_str(user_name, "user_name")
        check_str(file_name, "file_name")
        check_int(file_size, "file_size", minimum=0)
        body = models.RegisterCacheFileRequest(
            user_name=user_name, file_name=file_name, file_size=file_size, checksum=str(_checksum(checksum))
        )
        return build_call(endpoints.register_cache_file, data(none), body=body)

    @operation
    def validate_cache_file(self, file_size: int, checksum: int | str) -> Call[str]:
        """Look for a sandbox of the (authenticated) caller's with this size (bytes) and checksum (the CRC32 from the
        gzip footer) registered in the last 3 days. Returns the server's message `FOUND:<host>:<file>` (reuse `<file>`
        from the cache on `<host>`); raises NotFoundError (`NOTFOUND`) when there is none."""
        check_int(file_size, "file_size", minimum=0)
        body = models.ValidateCacheFileRequest(file_size=file_size, checksum=_checksum(checksum))
        return build_call(endpoints.validate_cache_file, _found_message, idempotent=True, body=body)

    # -- HPO checkpoints ---------------------------------------------------------------------------
    @operation
    def upload_hpo_checkpoint(self, path: str | os.PathLike[str]) -> Call[str]:
        """Upload the hyperparameter-optimisation checkpoint at `path` (authenticated caller), whose basename must be
        `<task_id>_<sub_id>` (exactly one underscore; checked here, as is the server's 500 MB limit). The file is
        streamed and stored, overwriting, as `hpo_cp_<task_id>_<sub_id>`. Returns the stored path on the server."""
        file, handle = _upload(path, lambda name: CHECKPOINT_LIMIT, check_name=_checkpoint_name)
        return build_call(
            endpoints.upload_hpo_checkpoint,
            data(as_str),
            body=models.UploadHpoCheckpointRequest(file=file),
            closing=(handle,),
        )

    @operation
    def delete_hpo_checkpoint(self, task_id: int | str, sub_id: int | str) -> Call[None]:
        """Delete the checkpoint `hpo_cp_<task_id>_<sub_id>` (authenticated caller; ints are sent as text). A missing
        file raises NotFoundError. Returns None."""
        body = models.DeleteHpoCheckpointRequest(
            task_id=_id_text(task_id, "task_id", 1), sub_id=_id_text(sub_id, "sub_id", 0)
        )
        return build_call(endpoints.delete_hpo_checkpoint, data(none), body=body)

    # -- requests ----------------------------------------------------------------------------------
    @operation
    def upload_file_recovery_request(
        self,
        *,
        task_id: int | None | NotGiven = NOT_GIVEN,
        dry_run: bool | None | NotGiven = NOT_GIVEN,
        dataset: str | None | NotGiven = NOT_GIVEN,
        files: Sequence[str] | None | NotGiven = NOT_GIVEN,
        no_child_retry: bool | NotGiven = NOT_GIVEN,
        resurrect_datasets: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        reproduce_parent: bool | NotGiven = NOT_GIVEN,
        reproduce_upto_nth_gen: int | NotGiven = NOT_GIVEN,
    ) -> Call[FileRecoveryRequestReceipt]:
        """Queue the recovery of lost files of the task `task_id` (task owner or production role) or of `dataset`; one
        of the two is required. `files` limits it to these LFNs; the flags follow the server's defaults when not given
        (no_child_retry true, the others false, reproduce_upto_nth_gen 0). Returns the receipt, whose `log_file_url` is
        where the recovery log will appear."""
        if task_id in (None, NOT_GIVEN) and dataset in (None, NOT_GIVEN):
            raise ValueError("task_id or dataset is required")
        body = models.UploadFileRecoveryRequestRequest(
            task_id=opt(task_id, _or_none(check_id), "task_id"),
            dry_run=opt(dry_run, _or_none(check_bool), "dry_run"),
            dataset=opt(dataset, _or_none(check_str), "dataset"),
            files=opt(files, _or_none(check_str_list), "files"),
            no_child_retry=opt(no_child_retry, check_bool, "no_child_retry"),
            resurrect_datasets=opt(resurrect_datasets, check_bool, "resurrect_datasets"),
            force=opt(force, check_bool, "force"),
            reproduce_parent=opt(reproduce_parent, check_bool, "reproduce_parent"),
            reproduce_upto_nth_gen=opt(reproduce_upto_nth_gen, _non_negative, "reproduce_upto_nth_gen"),
        )
        return build_call(
            endpoints.upload_file_recovery_request, data(model(models.FileRecoveryRequestReceipt)), body=body
        )

    @operation
    def upload_workflow_request(
        self, data: dict[str, Any] | str, *, dry_run: bool | NotGiven = NOT_GIVEN, sync: bool | NotGiven = NOT_GIVEN
    ) -> Call[WorkflowRequestResult | None]:
        """Submit a workflow (CWL/Snakemake) request (authenticated caller) as built by pchain (`taskParams`, `outDS`,
        `sourceURL`, `sandbox`, ...): a dict, encoded here, or its JSON text. By default it is queued and None is
        returned; with `dry_run` (check only) or `sync` the server processes it first and returns its result (status,
        request ID, log)."""
        body = models.UploadWorkflowRequestRequest(
            data=_json_text(data, "data", dict),
            dry_run=opt(dry_run, check_bool, "dry_run"),
            sync=opt(sync, check_bool, "sync"),
        )
        return build_call(endpoints.upload_workflow_request, _base.data(_workflow_result), body=body)

    @operation
    def upload_event_picking_request(
        self,
        *,
        run_event_list: str | Sequence[Sequence[int | str]] | NotGiven = NOT_GIVEN,
        data_type: str | NotGiven = NOT_GIVEN,
        stream_name: str | NotGiven = NOT_GIVEN,
        dataset_name: str | NotGiven = NOT_GIVEN,
        ami_tag: str | NotGiven = NOT_GIVEN,
        user_dataset_name: str | NotGiven = NOT_GIVEN,
        locked_by: str | NotGiven = NOT_GIVEN,
        parameters: str | NotGiven = NOT_GIVEN,
        input_file_list: str | Sequence[str] | NotGiven = NOT_GIVEN,
        n_sites: int | str | NotGiven = NOT_GIVEN,
        user_task_name: str | NotGiven = NOT_GIVEN,
        ei_api: str | NotGiven = NOT_GIVEN,
        include_guids: bool | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Queue an event picking request (authenticated caller); every field is optional and stored verbatim for the
        picking agent. `run_event_list` is text with one `run event` pair per line (`run event guid` with
        `include_guids`) or a list of such tuples; `input_file_list` a comma list or a list of names; `n_sites` an int
        or text. The body is limited to 10 MB. Returns None."""
        guids = include_guids is not NOT_GIVEN and check_bool(include_guids, "include_guids")
        body = models.UploadEventPickingRequestRequest(
            run_event_list=opt(run_event_list, lambda v, n: _run_event_text(v, n, guids), "run_event_list"),
            data_type=opt(data_type, _text, "data_type"),
            stream_name=opt(stream_name, _text, "stream_name"),
            dataset_name=opt(dataset_name, _text, "dataset_name"),
            ami_tag=opt(ami_tag, _text, "ami_tag"),
            user_dataset_name=opt(user_dataset_name, _text, "user_dataset_name"),
            locked_by=opt(locked_by, _text, "locked_by"),
            parameters=opt(parameters, _text, "parameters"),
            input_file_list=opt(input_file_list, _comma_list, "input_file_list"),
            n_sites=opt(n_sites, _n_sites, "n_sites"),
            user_task_name=opt(user_task_name, _text, "user_task_name"),
            ei_api=opt(ei_api, _text, "ei_api"),
            include_guids=opt(include_guids),
        )
        return build_call(endpoints.upload_event_picking_request, data(none), body=body)


# -- uploads ---------------------------------------------------------------------------------------
def cache_file_limit(name: str) -> int:
    """The server's size limit for a cache file of this (base)name: `*.out` 100 MB, `sources.*` 768 MB, else 10 MB."""
    if name.endswith(".out"):
        return LOG_LIMIT
    if name.startswith("sources."):
        return SANDBOX_LIMIT
    return SANDBOX_NO_BUILD_LIMIT


def _upload(
    path: Any, limit: Callable[[str], int] | None, *, check_name: Callable[[str], None] | None = None
) -> tuple[File, Any]:
    """Check the file at `path` (exists, name, size) before opening it for a streamed upload under its basename."""
    checked = check_file(path, "path")
    if check_name is not None:
        check_name(checked.name)
    if limit is not None:
        size, most = checked.stat().st_size, limit(checked.name)
        if size > most:
            raise ValueError(
                f"path: {checked.name} is {size} bytes ({size / MB:.1f} MB); the server takes at most "
                f"{most // MB} MB for this name"
            )
    return upload_file(checked, "path")


def _checkpoint_name(name: str) -> None:
    parts = name.split("_")
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"path: the file name must be <task_id>_<sub_id> (one underscore), got {name!r}")


# -- argument helpers ------------------------------------------------------------------------------
def _or_none(check: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """A check that also lets an explicit None through (sent as null where the server's default is null)."""
    return lambda value, name: None if value is None else check(value, name)


def _non_negative(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0)


def _text(value: Any, name: str) -> str:
    return check_str(value, name, empty=True)


def _checksum(value: Any) -> int | str:
    if isinstance(value, str):
        return check_str(value, "checksum")
    return check_int(value, "checksum", minimum=0)


def _id_text(value: Any, name: str, minimum: int) -> str:
    if isinstance(value, str):
        return check_str(value, name)
    return str(check_int(value, name, minimum=minimum))


def _n_sites(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    return str(check_int(value, name, minimum=1))


def _comma_list(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    return ",".join(check_str_list(value, name))


def _run_event_text(value: Any, name: str, guids: bool) -> str:
    """Run/event lines: text as given, or (run, event[, guid]) entries joined into lines."""
    if isinstance(value, str):
        text = value
    else:
        if isinstance(value, bytes) or not isinstance(value, Sequence):
            raise TypeError(f"{name} must be a str or a list of (run, event[, guid]), got {type(value).__name__}")
        width = 3 if guids else 2
        lines = []
        for i, entry in enumerate(value):
            if isinstance(entry, (str, bytes)) or not isinstance(entry, Sequence) or len(entry) != width:
                fields = "run, event, guid" if guids else "run, event"
                raise ValueError(f"{name}[{i}] must be a sequence of {width} items ({fields})")
            for item in entry:
                if isinstance(item, bool) or not isinstance(item, (int, str)) or not str(item).strip():
                    raise TypeError(f"{name}[{i}] items must be ints or non-empty str, got {item!r}")
            lines.append(" ".join(str(item) for item in entry))
        text = "\n".join(lines)
    if len(text.encode()) > EVENT_PICKING_LIMIT:
        raise ValueError(f"{name} is over the server's {EVENT_PICKING_LIMIT // MB} MB limit")
    return text


def _json_text(value: Any, name: str, kind: type) -> str:
    """JSON text for a parameter the server wants as a string: an object is encoded, a str must already be JSON."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is a str but not valid JSON ({exc})") from None
        if not isinstance(decoded, kind):
            raise ValueError(f"{name} must be JSON text of a {kind.__name__}, got a {type(decoded).__name__}")
        return value
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__} or its JSON text, got {type(value).__name__}")
    try:
        return json.dumps(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} cannot be encoded as JSON: {exc}") from None


# -- answers ---------------------------------------------------------------------------------------


def _workflow_result(value: Any) -> WorkflowRequestResult | None:
    return None if value is None else models.WorkflowRequestResult.from_dict(as_dict(value))


def _invalid(response: httpx.Response, what: str) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"PanDA's answer does not have the documented shape ({what})",
        status_code=response.status_code, body=response.text[:2000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _jedi_log_text(response: httpx.Response) -> str:
    """download_jedi_log answers a bare JSON string (" " + the log); only a rejected request is an envelope."""
    payload = read_json(response)
    if isinstance(payload, dict) and isinstance(payload.get("success"), bool):
        envelope = read_envelope(response)
        if not envelope.success:
            raise fail(envelope, response)
        payload = envelope.data
    if not isinstance(payload, str):
        raise _invalid(response, f"expected the log as a string, got {type(payload).__name__}")
    return payload[1:] if payload.startswith(" ") else payload


# Failures whose message means more than the generic PandaAPIError (checked in order, first match wins).
_Rules = Sequence[tuple[re.Pattern[str], type[errors.APIStatusError]]]
_CACHE_RULES: _Rules = [
    (re.compile(r"cannot overwrite file"), errors.ConflictError),
    (re.compile(r"Exceeded size limit"), errors.BadRequestError),
]
_VALIDATE_RULES: _Rules = [(re.compile(r"^NOTFOUND$"), errors.NotFoundError)]

R = TypeVar("R")


def _checked(convert: Callable[[Any], R], rules: _Rules) -> Callable[[httpx.Response], R]:
    """Like `data(convert)`, but a failure that would be a plain PandaAPIError is raised as the class of the first
    rule whose pattern matches the server's message."""
    parse = data(convert)

    def checked(response: httpx.Response) -> R:
        envelope = read_envelope(response)
        if not envelope.success:
            raise _remapped(fail(envelope, response), envelope.data, rules)
        return parse(response)

    return checked


def _remapped(error: errors.APIStatusError, payload: Any, rules: _Rules) -> errors.APIStatusError:
    if type(error).__name__ != "PandaAPIError":
        return error
    for pattern, cls in rules:
        if pattern.search(error.server_message):
            better = cls(error.message, status_code=error.status_code, server_message=error.server_message,
                         method=error.method, url=error.url)  # fmt: skip
            better.data = payload  # type: ignore[attr-defined]
            return better
    return error


def _found_message(response: httpx.Response) -> str:
    """validate_cache_file reports in `message`: `FOUND:<host>:<file>`, or a failure (`NOTFOUND` -> NotFoundError)."""
    envelope = read_envelope(response)
    if not envelope.success:
        raise _remapped(fail(envelope, response), envelope.data, _VALIDATE_RULES)
    if not envelope.message.startswith("FOUND:"):
        raise _invalid(response, f"expected FOUND:<host>:<file> in message, got {envelope.message[:100]!r}")
    return envelope.message
