"""`panda.legacy`: the seven `/server/panda/<name>` functions server 1.0.x still serves.

They take form fields (every value a string; parameter names are the server's) and answer text with no envelope:
JSON `[true, result]`/`[false, message]`, `{"status", "message"}`, or plain text. A failure raises the
sciclients.errors class its message means, with the server's message. Flags the server tests for truthiness are
sent as `True` when set and left out otherwise (a `"False"` would turn them on).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

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
    check_str,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import legacy as endpoints  # endpoint modules load on first use

from .._envelope import read_json
from ._base import UNSET, PandaResource, upload_file
from .idds import failure, json_text, workflow_kwargs

__all__ = ["LegacyResource"]

M = TypeVar("M", SyncMode, AsyncMode)

MB = 1024 * 1024
EVENT_PICKING_LIMIT = 10 * MB  # the whole request body
CHECKPOINT_LIMIT = 500 * MB
_CHECKPOINT_NAME = re.compile(r"^[^_/\\]+_[^_/\\]+$")


# -- answers -------------------------------------------------------------------------------------------------------
def _invalid(response: httpx.Response, what: str) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"PanDA's legacy answer is not {what}: {response.text[:200].strip()!r}",
        status_code=response.status_code, body=response.text[:2000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _pair(response: httpx.Response) -> Any:
    """`[true, result]` gives the result; `[false, message]` raises."""
    payload = read_json(response)
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], bool)):
        raise _invalid(response, "[bool, result]")
    ok, result = payload
    if not ok:
        raise failure(result if isinstance(result, str) else json.dumps(result), response)
    return result


def _pair_str(response: httpx.Response) -> str:
    result = _pair(response)
    if not isinstance(result, str):
        raise _invalid(response, "[true, message]")
    return result


def _pair_workflow(response: httpx.Response) -> str | dict[str, Any]:
    result = _pair(response)
    if not isinstance(result, (str, dict)):
        raise _invalid(response, "[true, message or result object]")
    return result


def _checkpoint(response: httpx.Response) -> str:
    """`{"status": true, "message"}` gives the message; status false raises."""
    payload = read_json(response)
    if not (isinstance(payload, dict) and isinstance(payload.get("status"), bool)
            and isinstance(payload.get("message"), str)):  # fmt: skip
        raise _invalid(response, '{"status": bool, "message": str}')
    if not payload["status"]:
        raise failure(payload["message"], response)
    message: str = payload["message"]
    return message


def _checkpoint_deleted(response: httpx.Response) -> None:
    _checkpoint(response)


def _true_text(response: httpx.Response) -> None:
    """Plain text `True` means success; anything else is the error text."""
    text = response.text.strip()
    if text != "True":
        raise failure(text, response)


# -- arguments -----------------------------------------------------------------------------------------------------
def _flag(value: Any, name: str) -> Any:
    """A flag the server tests for truthiness: "True" when set, left out otherwise."""
    if value is NOT_GIVEN:
        return UNSET
    return "True" if check_bool(value, name) else UNSET


def _text(value: Any, name: str) -> Any:
    if value is NOT_GIVEN:
        return UNSET
    return check_str(value, name, empty=True)


def _comma_list(value: Any, name: str) -> Any:
    """A comma-separated field: a str as it is, or a list of names joined with commas."""
    if value is NOT_GIVEN:
        return UNSET
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a str or a list of str, got {type(value).__name__}")
    items = [check_str(item, f"{name}[{i}]") for i, item in enumerate(value)]
    for i, item in enumerate(items):
        if "," in item:
            raise ValueError(f"{name}[{i}] must not contain a comma, got {item!r}")
    return ",".join(items)


def _run_event_list(value: Any, give_guid: bool) -> Any:
    """Lines `<run> <event>` (`<run> <event> <guid>` with giveGUID): a str, or (run, event[, guid]) items.

    The server silently skips lines with another number of fields, so they are refused here."""
    if value is NOT_GIVEN:
        return UNSET
    fields = 3 if give_guid else 2
    if isinstance(value, str):
        lines = [line.split() for line in value.splitlines() if line.strip()]
    elif isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"runEventList must be a str or a list of (run, event) items, got {type(value).__name__}")
    else:
        lines = []
        for i, item in enumerate(value):
            if isinstance(item, (str, bytes)) or not isinstance(item, Sequence):
                raise TypeError(f"runEventList[{i}] must be a (run, event) sequence, got {type(item).__name__}")
            parts = []
            for part in item:
                if isinstance(part, bool) or not isinstance(part, (int, str)) or not str(part).strip():
                    raise TypeError(f"runEventList[{i}] items must be ints or non-empty str, got {part!r}")
                parts.append(str(part))
            lines.append(parts)
    for i, parts in enumerate(lines):
        if len(parts) != fields or any(len(part.split()) != 1 for part in parts):
            shape = "run event guid" if give_guid else "run event"
            raise ValueError(f"runEventList line {i + 1} must have the {fields} fields '{shape}', got {parts!r}")
    return "\n".join(" ".join(parts) for parts in lines)


def _num_sites(value: Any, name: str) -> Any:
    if value is NOT_GIVEN:
        return UNSET
    return str(check_int(value, name, minimum=1))


def _workflow_data(value: Any) -> str:
    return json_text(value, "data", dict)


def _sub_id(value: Any) -> str:
    if isinstance(value, str):
        check_str(value, "sub_id")
        if "_" in value or "/" in value:
            raise ValueError(f"sub_id must not contain '_' or '/', got {value!r}")
        return value
    return str(check_int(value, "sub_id", minimum=0))


class LegacyResource(PandaResource[M]):
    """The legacy `/server/panda/<name>` functions (form fields in, text out, no envelope)."""

    @operation
    def relay_idds_command(
        self,
        command_name: str,
        *,
        args: Sequence[Any] | str | NotGiven = NOT_GIVEN,
        kwargs: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        manager: bool | NotGiven = NOT_GIVEN,
        json_outputs: bool | NotGiven = NOT_GIVEN,
    ) -> Call[Any]:
        """Legacy `relay_idds_command` (v1 twin: `idds.relay_idds_command`): call the iDDS client method
        `command_name` (`<method>+<idds host>` picks the host) with `args` (a list) and `kwargs` (a dict), sent as
        JSON text; `manager` uses the iDDS ClientManager, `json_outputs` asks it for JSON outputs.

        Needs an authenticated caller. Returns the iDDS result of `[true, result]`; `[false, message]` raises.
        """
        check_str(command_name, "command_name")
        body = models.LegacyRelayIddsCommandRequest(
            command_name=command_name,
            args=UNSET if args is NOT_GIVEN else json_text(args, "args", list),
            kwargs=UNSET if kwargs is NOT_GIVEN else json_text(kwargs, "kwargs", dict),
            manager=models.LegacyRelayIddsCommandRequestManager.TRUE if _flag(manager, "manager") else UNSET,
            json_outputs=_flag(json_outputs, "json_outputs"),
        )
        return build_call(endpoints.legacy_relay_idds_command, _pair, body=body)

    @operation
    def execute_idds_workflow_command(
        self,
        command_name: str,
        *,
        kwargs: Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        json_outputs: bool | NotGiven = NOT_GIVEN,
    ) -> Call[Any]:
        """Legacy `execute_idds_workflow_command` (v1 twin: `idds.execute_idds_workflow_command`): get_status, abort,
        suspend, resume, retry or finish (optionally `<command>+<idds host>`) with `kwargs` (a dict or its JSON
        text), which must hold `request_id` for all but get_status.

        get_status works without credentials; the other commands need an authenticated caller who owns the
        request. Returns the result of `[true, result]`: `[status, message]` when iDDS answered with a message,
        else the raw result. `[false, message]` raises (not the owner: PermissionDeniedError).
        """
        command, text = workflow_kwargs(command_name, kwargs)
        body = models.LegacyExecuteIddsWorkflowCommandRequest(
            command_name=command_name,
            kwargs=UNSET if text is NOT_GIVEN or text is None else text,
            json_outputs=_flag(json_outputs, "json_outputs"),
        )
        return build_call(
            endpoints.legacy_execute_idds_workflow_command, _pair, idempotent=command == "get_status", body=body
        )

    @operation
    def put_event_picking_request(
        self,
        *,
        runEventList: str | Iterable[Sequence[int | str]] | NotGiven = NOT_GIVEN,
        eventPickDataType: str | NotGiven = NOT_GIVEN,
        eventPickStreamName: str | NotGiven = NOT_GIVEN,
        eventPickDS: str | Sequence[str] | NotGiven = NOT_GIVEN,
        eventPickAmiTag: str | NotGiven = NOT_GIVEN,
        userDatasetName: str | NotGiven = NOT_GIVEN,
        lockedBy: str | NotGiven = NOT_GIVEN,
        params: str | NotGiven = NOT_GIVEN,
        inputFileList: str | Sequence[str] | NotGiven = NOT_GIVEN,
        eventPickNumSites: int | NotGiven = NOT_GIVEN,
        userTaskName: str | NotGiven = NOT_GIVEN,
        ei_api: str | NotGiven = NOT_GIVEN,
        giveGUID: bool | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Legacy `putEventPickingRequest` (v1 twin: `file_server.upload_event_picking_request`): store an event
        picking request for the event picker. `runEventList` is lines `<run> <event>` (`<run> <event> <guid>` with
        `giveGUID`), as a str or a list of (run, event[, guid]) items; `eventPickDS` (dataset patterns) and
        `inputFileList` take a comma-separated str or a list; `eventPickNumSites` an int. The whole body must stay
        within 10 MB.

        Needs an authenticated caller. Returns None when the server answers `True`; its error text raises.
        """
        guid = giveGUID if giveGUID is NOT_GIVEN else check_bool(giveGUID, "giveGUID")
        body = models.LegacyPutEventPickingRequestRequest(
            run_event_list=_run_event_list(runEventList, guid is True),
            event_pick_data_type=_text(eventPickDataType, "eventPickDataType"),
            event_pick_stream_name=_text(eventPickStreamName, "eventPickStreamName"),
            event_pick_ds=_comma_list(eventPickDS, "eventPickDS"),
            event_pick_ami_tag=_text(eventPickAmiTag, "eventPickAmiTag"),
            user_dataset_name=_text(userDatasetName, "userDatasetName"),
            locked_by=_text(lockedBy, "lockedBy"),
            params=_text(params, "params"),
            input_file_list=_comma_list(inputFileList, "inputFileList"),
            event_pick_num_sites=_num_sites(eventPickNumSites, "eventPickNumSites"),
            user_task_name=_text(userTaskName, "userTaskName"),
            ei_api=_text(ei_api, "ei_api"),
            give_guid=UNSET if guid is NOT_GIVEN else models.LegacyPutEventPickingRequestRequestGiveGUID(str(guid)),
        )
        size = len(urlencode(body.to_dict()))
        if size > EVENT_PICKING_LIMIT:
            raise ValueError(
                f"the event picking request is {size} bytes; the server takes at most {EVENT_PICKING_LIMIT}"
            )
        return build_call(endpoints.legacy_put_event_picking_request, _true_text, body=body)

    @operation
    def put_file_recovery_request(self, jediTaskID: int, *, dryRun: bool | NotGiven = NOT_GIVEN) -> Call[str]:
        """Legacy `put_file_recovery_request` (v1 twin: `file_server.upload_file_recovery_request`): queue the
        recovery of the lost files of task `jediTaskID`; `dryRun` only reports what would be done.

        Needs an authenticated caller (unlike the v1 twin, the task owner is not checked). Returns the server's
        message ("request was accepted and will be processed in a few minutes"); `[false, message]` raises.
        """
        body = models.LegacyPutFileRecoveryRequestRequest(
            jedi_task_id=str(check_id(jediTaskID, "jediTaskID")), dry_run=_flag(dryRun, "dryRun")
        )
        return build_call(endpoints.legacy_put_file_recovery_request, _pair_str, body=body)

    @operation
    def put_workflow_request(
        self,
        data: Mapping[str, Any] | str,
        *,
        check: bool | NotGiven = NOT_GIVEN,
        sync: bool | NotGiven = NOT_GIVEN,
    ) -> Call[str | dict[str, Any]]:
        """Legacy `put_workflow_request` (v1 twin: `file_server.upload_workflow_request`): submit a workflow
        request; `data` is the workflow parameters (a dict, or its JSON text: outDS, taskParams, sourceURL,
        sandbox, ...). `check` only checks it and `sync` processes it at once (give one of them at most).

        Needs an authenticated caller. Returns the server's message ("request was accepted ...") for a queued
        request, or the processor's result `{"status", "request_id", "log"}` with `check`/`sync`;
        `[false, message]` raises.
        """
        text = _workflow_data(data)
        checked, synced = _flag(check, "check"), _flag(sync, "sync")
        if checked is not UNSET and synced is not UNSET:
            raise ValueError("give check or sync, not both (the server ignores sync when check is set)")
        body = models.LegacyPutWorkflowRequestRequest(data=text, check=checked, sync=synced)
        return build_call(endpoints.legacy_put_workflow_request, _pair_workflow, body=body)

    @operation
    def put_checkpoint(self, file: str | os.PathLike[str]) -> Call[str]:
        """Legacy `put_checkpoint` (v1 twin: `file_server.upload_hpo_checkpoint`): upload the HPO checkpoint
        `file`, whose name must be `<task_id>_<sub_id>` (exactly one underscore; only the basename is sent), at most
        500 MB. It overwrites the sub-task's previous checkpoint. The file is streamed, not read whole.

        Needs an authenticated caller. Returns the server's message (`successfully placed at <path>`); a failure
        (`insecure request`, `failed to extract ID`, ...) raises.
        """
        path = check_file(file, "file")
        if not _CHECKPOINT_NAME.match(path.name):
            raise ValueError(f"file must be named '<task_id>_<sub_id>' (exactly one underscore), got {path.name!r}")
        size = path.stat().st_size
        if size > CHECKPOINT_LIMIT:
            raise ValueError(f"file is {size} bytes; the server takes checkpoints of at most {CHECKPOINT_LIMIT}")
        upload, handle = upload_file(path, "file")
        return build_call(
            endpoints.legacy_put_checkpoint,
            _checkpoint,
            body=models.LegacyPutCheckpointRequest(file=upload),
            closing=(handle,),
        )

    @operation
    def delete_checkpoint(self, task_id: int, sub_id: int | str) -> Call[None]:
        """Legacy `delete_checkpoint` (v1 twin: `file_server.delete_hpo_checkpoint`): delete the HPO checkpoint of
        sub-task `sub_id` of task `task_id`.

        Needs an authenticated caller. Returns None (`done`); a failure raises (a missing checkpoint,
        `failed to delete file due to ... No such file ...`, is a NotFoundError).
        """
        body = models.LegacyDeleteCheckpointRequest(task_id=str(check_id(task_id, "task_id")), sub_id=_sub_id(sub_id))
        return build_call(endpoints.legacy_delete_checkpoint, _checkpoint_deleted, body=body)
