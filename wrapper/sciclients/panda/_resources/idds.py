"""`panda.idds`: relays to iDDS on behalf of the caller."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

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
    check_str,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import idds as endpoints  # endpoint modules load on first use

from .._envelope import decode_datetimes, read_envelope
from .._errors import error_for_failure
from .._types import CommandResult
from ._base import PandaResource, data, opt

__all__ = ["IddsResource"]

M = TypeVar("M", SyncMode, AsyncMode)

# execute_idds_workflow_command: get_status is open to anyone; the others check that the caller owns the request.
WORKFLOW_COMMANDS = ("get_status", "abort", "suspend", "resume", "retry", "finish")


def json_text(value: Any, name: str, kind: type[list[Any]] | type[dict[str, Any]]) -> str:
    """A parameter the server wants as JSON text: a Python list/dict is encoded; a str must already be JSON of that
    kind. Shared by the v1 and the legacy iDDS functions."""
    what = "a list" if kind is list else "an object"
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is not valid JSON text: {exc}") from None
        if not isinstance(decoded, kind):
            raise ValueError(f"{name} must be JSON text of {what}, got {type(decoded).__name__}")
        return value
    if kind is list:
        if isinstance(value, (bytes, Mapping)) or not isinstance(value, Sequence):
            raise TypeError(f"{name} must be a list (or its JSON text), got {type(value).__name__}")
        value = list(value)
    elif not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict (or its JSON text), got {type(value).__name__}")
    else:
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"{name} keys must be str, got {type(key).__name__} {key!r}")
        value = dict(value)
    try:
        return json.dumps(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} cannot be encoded as JSON: {exc}") from None


def workflow_kwargs(command_name: str, kwargs: Any) -> tuple[str, Any]:
    """Checks of execute_idds_workflow_command shared with the legacy flavour: the command (optionally
    `<command>+<idds host>`) and the kwargs JSON text, which must hold `request_id` for all but get_status.
    Returns the bare command and the kwargs text (NOT_GIVEN/None kept as they are)."""
    check_str(command_name, "command_name")
    command, plus, host = command_name.partition("+")
    if command not in WORKFLOW_COMMANDS:
        raise ValueError(f"command_name must be one of {', '.join(map(repr, WORKFLOW_COMMANDS))}; got {command!r}")
    if plus and not host.strip():
        raise ValueError(f"command_name: the iDDS host after '+' is empty in {command_name!r}")
    text = kwargs if kwargs is NOT_GIVEN or kwargs is None else json_text(kwargs, "kwargs", dict)
    if command != "get_status":
        decoded = json.loads(text) if isinstance(text, str) else {}
        if decoded.get("request_id") is None:
            raise ValueError(f"kwargs must hold request_id for {command!r}")
    return command, text


# iDDS relay failures the shared vocabulary does not classify (also used by the legacy functions).
_FAILURE_CLASSES: list[tuple[re.Pattern[str], type[errors.APIStatusError]]] = [
    (re.compile(r"SSL_CLIENT_S_DN is missing|^insecure request$"), errors.AuthenticationError),
    (re.compile(r"is not owned by"), errors.PermissionDeniedError),
]


def failure(message: str, response: httpx.Response, data: Any = None) -> errors.APIStatusError:
    """The exception for a failure answer of an iDDS relay or a legacy function."""
    text = message.strip() or "PanDA reported a failure without a message"
    method, url = response.request.method, str(response.request.url)
    for pattern, cls in _FAILURE_CLASSES:
        if pattern.search(text):
            error = cls(text, status_code=response.status_code, server_message=text, method=method, url=url)
            error.data = data  # type: ignore[attr-defined]
            return error
    return error_for_failure(text, data=data, status_code=response.status_code, method=method, url=url)


def _workflow_result(response: httpx.Response) -> Any:
    """When iDDS answered `{status, message}` the server puts the message in `message` and the status in `data`:
    that is returned as a CommandResult. Any other result (e.g. of get_status) is returned as it is."""
    envelope = read_envelope(response)
    if not envelope.success:
        raise failure(envelope.message, response, envelope.data)
    value = decode_datetimes(envelope.data)
    if envelope.message and isinstance(value, int) and not isinstance(value, bool):
        return CommandResult(value, envelope.message)
    return value


class IddsResource(PandaResource[M]):
    """Functions of the `idds` module."""

    @operation
    def relay_idds_command(
        self,
        command_name: str,
        *,
        args: Sequence[Any] | str | None | NotGiven = NOT_GIVEN,
        kwargs: Mapping[str, Any] | str | None | NotGiven = NOT_GIVEN,
        manager: bool | NotGiven = NOT_GIVEN,
        json_outputs: bool | NotGiven = NOT_GIVEN,
    ) -> Call[Any]:
        """Call the iDDS client method `command_name` (`<method>+<idds host>` picks the host) with the positional
        `args` (a list) and keyword `kwargs` (a dict), sent as JSON text (a str must already be such JSON; iDDS enum
        values may be given as `{"__idds_const__": "<Enum>.<member>"}`). `manager` uses the iDDS ClientManager
        instead of the Client; `json_outputs` asks it for JSON outputs (only effective with `manager`).

        Needs an authenticated caller, who is passed to iDDS as the original user. Returns the iDDS result, whatever
        its shape. An unknown method or an iDDS failure raises PandaAPIError.
        """
        check_str(command_name, "command_name")
        body = models.RelayIddsCommandRequest(
            command_name=command_name,
            args=opt(args, _nullable_json(list), "args"),
            kwargs=opt(kwargs, _nullable_json(dict), "kwargs"),
            manager=opt(manager, check_bool, "manager"),
            json_outputs=opt(json_outputs, check_bool, "json_outputs"),
        )
        return build_call(endpoints.relay_idds_command, data(), body=body)

    @operation
    def execute_idds_workflow_command(
        self,
        command_name: str,
        *,
        kwargs: Mapping[str, Any] | str | None | NotGiven = NOT_GIVEN,
        json_outputs: bool | NotGiven = NOT_GIVEN,
    ) -> Call[Any]:
        """Run an iDDS workflow command through the iDDS ClientManager: `command_name` is get_status, abort,
        suspend, resume, retry or finish (optionally `<command>+<idds host>`), `kwargs` its keyword arguments (a dict
        or its JSON text), which must hold `request_id` for all but get_status; `json_outputs` asks for JSON outputs.

        Needs an authenticated caller; all commands but get_status check that the iDDS request is the caller's.
        Returns a CommandResult (iDDS status as `code`, its message) when iDDS answers `{status, message}`, else the
        raw iDDS result (e.g. of get_status). Not the owner, unknown request etc. raise.
        """
        command, text = workflow_kwargs(command_name, kwargs)
        body = models.ExecuteIddsWorkflowCommandRequest(
            command_name=command_name,
            kwargs=opt(text),
            json_outputs=opt(json_outputs, check_bool, "json_outputs"),
        )
        return build_call(
            endpoints.execute_idds_workflow_command, _workflow_result, idempotent=command == "get_status", body=body
        )


def _nullable_json(kind: type[list[Any]] | type[dict[str, Any]]) -> Any:
    def check(value: Any, name: str) -> str | None:
        return None if value is None else json_text(value, name, kind)

    return check
