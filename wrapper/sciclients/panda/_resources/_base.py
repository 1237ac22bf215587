"""What every PanDA resource module uses: argument passing and answer parsing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from sciclients import errors
from sciclients._core import NOT_GIVEN, AsyncMode, Resource, SyncMode
from sciclients._generated.panda_api.types import UNSET, File, Unset

from .._envelope import decode_datetimes, fail, read_envelope, unwrap
from .._types import CommandResult

__all__ = ["PandaResource", "opt", "data", "nullable", "none", "list_of",
           "as_dict", "as_list", "as_str", "as_int", "model", "task_command",
           "upload_file", "UNSET", "Unset"]  # fmt: skip

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")
T = TypeVar("T")


class PandaResource(Resource[M]):
    """Base of the resources of `Panda`/`AsyncPanda` (one per v1 module)."""


def opt(value: Any, check: Callable[[Any, str], Any] | None = None, name: str = "") -> Any:
    """An optional argument for the generated code: NOT_GIVEN becomes UNSET (left off the wire, so the
    server applies its default); anything else is checked with `check(value, name)` when given."""
    if value is NOT_GIVEN:
        return UNSET
    return check(value, name) if check is not None else value


def data(
    convert: Callable[[Any], R] = lambda value: value, *, null_success: bool = False
) -> Callable[[httpx.Response], R]:
    """Parse the envelope, raise on `success: false`, and convert `data` (datetimes already decoded).
    `null_success`: `success: null` is an accepted call (see `read_envelope`)."""

    def parse(response: httpx.Response) -> R:
        value = unwrap(response, null_success=null_success)
        try:
            return convert(value)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise errors.APIResponseValidationError(
                f"PanDA's answer does not have the documented shape ({type(exc).__name__}: {exc})",
                status_code=response.status_code, body=response.text[:2000],
                method=response.request.method, url=str(response.request.url),
            ) from None  # fmt: skip

    return parse


def as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def as_list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def nullable(check: Callable[[Any, str], T]) -> Callable[[Any, str], T | None]:
    """`check`, letting an explicit None (the server's null) through, for parameters whose default is null."""

    def checked(value: Any, name: str) -> T | None:
        return None if value is None else check(value, name)

    return checked


def none(_value: Any) -> None:
    """The parse of an answer whose `data` carries nothing."""
    return None


def list_of(convert: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    """Convert every item of a list answer."""

    def converted(value: Any) -> list[T]:
        return [convert(item) for item in as_list(value)]

    return converted


def model(cls: Callable[..., R]) -> Callable[[Any], R]:
    """Build a generated model from `data` (for shapes without datetimes, so the model's types hold)."""
    from_dict = cls.from_dict  # type: ignore[attr-defined]

    def convert(value: Any) -> R:
        return from_dict(as_dict(value))  # type: ignore[no-any-return]

    return convert


_CODE_ERRORS: dict[int, type[errors.APIStatusError]] = {
    2: errors.NotFoundError,
    3: errors.PermissionDeniedError,
}


def task_command(response: httpx.Response) -> CommandResult:
    """A task command answer: `data` is PanDA's code (0 ok); a failure raises with that code kept."""
    envelope = read_envelope(response)
    code = envelope.data if isinstance(envelope.data, int) and not isinstance(envelope.data, bool) else None
    if envelope.success:
        return CommandResult(code if code is not None else 0, envelope.message)
    error = fail(envelope, response)
    cls = _CODE_ERRORS.get(code) if code is not None else None
    if cls is not None and type(error).__name__ == "PandaAPIError":
        error = cls(str(error.message), status_code=error.status_code, server_message=error.server_message,
                    method=error.method, url=error.url)  # fmt: skip
    error.code = code  # type: ignore[attr-defined]
    raise error


def upload_file(path: Any, argument: str, *, file_name: str | None = None) -> tuple[File, Any]:
    """A File for a multipart upload, streamed from disk (never read whole), sent under its basename.

    Returns the File and the open handle, which the Call closes once the request is over.
    """
    from sciclients._core import check_file

    checked = check_file(path, argument)
    handle = checked.open("rb")
    return File(payload=handle, file_name=file_name or checked.name, mime_type="application/octet-stream"), handle


__all__ += ["decode_datetimes"]
