"""`panda.async_process`: asynchronous server-side processes (log grep, test echo) and their results.

`submit_*` returns a request ID; `get_result(request_id)` polls it, and also the `async_id` of the
`data_carousel.submit_*` operations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from sciclients import errors
from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, check_int, check_str, operation
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import async_process as endpoints  # endpoint modules load on first use

from .._envelope import fail, read_envelope, read_json
from ._base import PandaResource, as_dict, as_str, data, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import AsyncResultEnvelope

__all__ = ["AsyncProcessResource"]

M = TypeVar("M", SyncMode, AsyncMode)

MAX_MATCHES = 200_000
MAX_TAIL_BYTES = 2**30
MAX_ECHO_SECONDS = 60
MAX_ECHO_MESSAGE = 100
# A bare name under the server log directory, as the server demands.
_LOG_FILENAME = re.compile(r"^panda-[^/\\]*\.(log|gz)$")


def _request_id(value: Any) -> str:
    return as_str(as_dict(value)["request_id"])


def _optional_str(value: Any, name: str) -> Any:
    """A nullable string argument: None is an explicit null, a string must not be empty."""
    return None if value is None else check_str(value, name)


def _result(response: httpx.Response) -> AsyncResultEnvelope:
    """Both answer shapes of get_result. With `async_meta` the envelope is the polled operation's own outcome and is
    returned whatever its `success`; without it, `success: false` is a failure of the poll itself and raises."""
    envelope = read_envelope(response)  # checks the {success, message, data} shape
    payload = read_json(response)
    if "async_meta" not in payload and not envelope.success:
        raise fail(envelope, response)
    try:
        return models.AsyncResultEnvelope.from_dict({**payload, "message": envelope.message})
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise errors.APIResponseValidationError(
            f"PanDA's answer does not have the documented shape ({type(exc).__name__}: {exc})",
            status_code=response.status_code, body=response.text[:2000],
            method=response.request.method, url=str(response.request.url),
        ) from None  # fmt: skip


class AsyncProcessResource(PandaResource[M]):
    """Functions of the `async_process` module."""

    @operation
    def submit_grep_request(
        self,
        pattern: str,
        log_filename: str,
        *,
        service_name: str | None | NotGiven = NOT_GIVEN,
        machine_name: str | None | NotGiven = NOT_GIVEN,
        max_matches: int | None | NotGiven = NOT_GIVEN,
        tail_bytes: int | None | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Queue a grep of the server log file `log_filename` (a bare name `panda-*.log` or `panda-*.gz`) for
        `pattern`, on every alive machine of `service_name` or on the one machine `machine_name` (give exactly one).
        `max_matches` (1..200000) caps the matching lines; `tail_bytes` (1..2**30) searches only the end of the file.

        Needs an authenticated caller on the server's async-request allow list. Returns the request ID (a UUID) to
        poll with `get_result`; only the submitter may read the result.
        """
        check_str(pattern, "pattern")
        check_str(log_filename, "log_filename")
        if not _LOG_FILENAME.match(log_filename):
            raise ValueError(
                f"log_filename must be a bare file name starting with 'panda-' and ending in .log or .gz, "
                f"got {log_filename!r}"
            )
        given = [name for name, value in (("service_name", service_name), ("machine_name", machine_name))
                 if value is not NOT_GIVEN and value is not None]  # fmt: skip
        if len(given) != 1:
            raise ValueError("give exactly one of service_name or machine_name")
        body = models.SubmitGrepRequestRequest(
            pattern=pattern,
            log_filename=log_filename,
            service_name=opt(service_name, _optional_str, "service_name"),
            machine_name=opt(machine_name, _optional_str, "machine_name"),
            max_matches=opt(max_matches, _optional_int(1, MAX_MATCHES), "max_matches"),
            tail_bytes=opt(tail_bytes, _optional_int(1, MAX_TAIL_BYTES), "tail_bytes"),
        )
        return build_call(endpoints.submit_grep_request, data(_request_id), body=body)

    @operation
    def submit_sleep_echo_request(
        self, service_name: str, message: str, *, seconds: int | NotGiven = NOT_GIVEN
    ) -> Call[str]:
        """A test of the asynchronous machinery: one alive machine of `service_name` sleeps `seconds` (0..60, server
        default 10) and then stores `message` (at most 100 characters) as its result. Production role.

        Returns the request ID (a UUID) to poll with `get_result`.
        """
        check_str(service_name, "service_name")
        check_str(message, "message", empty=True)
        if len(message) > MAX_ECHO_MESSAGE:
            raise ValueError(f"message must be at most {MAX_ECHO_MESSAGE} characters, got {len(message)}")
        body = models.SubmitSleepEchoRequestRequest(
            service_name=service_name,
            message=message,
            seconds=opt(seconds, _optional_int(0, MAX_ECHO_SECONDS, nullable=False), "seconds"),
        )
        return build_call(endpoints.submit_sleep_echo_request, data(_request_id), body=body)

    @operation
    def get_result(self, request_id: str) -> Call[AsyncResultEnvelope]:
        """Poll an asynchronous request: the `request_id` of `submit_*` here, or the `async_id` of a
        `data_carousel.submit_*` call. Needs an authenticated caller allowed to read it (the submitter; also any
        production-role caller for sleep-echo and data carousel requests).

        Two shapes. Grep and sleep-echo: `data` is an AsyncRawResult (`overall_status` `complete`/`pending`, one
        entry per machine) and `async_meta` is unset. Data carousel: `async_meta.status` is `pending`, `running`,
        `done` or `failed`, and once `done`, `success`/`message`/`data` are the operation's own outcome (`data` a
        StagingOperationResult); this is returned, not raised, even when `success` is false. A failed poll (unknown
        ID, not allowed) raises.
        """
        check_str(request_id, "request_id")
        return build_call(endpoints.get_async_result, _result, request_id=request_id)


def _optional_int(minimum: int, maximum: int, *, nullable: bool = True) -> Any:
    def check(value: Any, name: str) -> int | None:
        if value is None and nullable:
            return None
        return check_int(value, name, minimum=minimum, maximum=maximum)

    return check
