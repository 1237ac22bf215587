"""What every JDMA resource uses: the caller's name, argument checks and answer parsing."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    NotGiven,
    Resource,
    SyncMode,
    check_choice,
    check_id,
    check_int,
    check_str,
)
from sciclients._core._operation import Runner
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.types import UNSET, Unset
from sciclients._redaction import register_secret

from .._config import JdmaConfig

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import Credentials

__all__ = ["JdmaResource", "StorageId", "ListFilter", "UploadType", "RequestTypeName", "STORAGE_IDS",
           "UPLOAD_TYPES", "UNSET", "Unset", "opt", "parse_model", "parse_items", "check_abs_path",
           "check_abs_paths", "check_storage", "check_filter", "check_credentials", "check_batch_id", "check_limit",
           "check_optional_str"]  # fmt: skip

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")
T = TypeVar("T")

StorageId = Literal["elastictape", "objectstore"]
STORAGE_IDS: tuple[StorageId, ...] = ("elastictape", "objectstore")
# List mode of the list forms: "user" (the default) lists the caller's items, "workspace" every user's
# items in `workspace` (reference §5; the server reads any value but "workspace" as "user").
ListFilter = Literal["user", "workspace"]
UploadType = Literal["PUT", "MIGRATE"]
UPLOAD_TYPES: tuple[UploadType, ...] = ("PUT", "MIGRATE")
# The request types on input (strings); answers carry them as `models.RequestType` integers.
RequestTypeName = Literal["PUT", "MIGRATE", "GET", "DELETE"]


class JdmaResource(Resource[M]):
    """Base of the resources of `Jdma`/`AsyncJdma` (one per tag of the spec)."""

    def __init__(self, runner: Runner, config: JdmaConfig) -> None:
        super().__init__(runner)
        self._config = config

    def _name(self) -> str:
        """The caller's user name, sent as `name` (the server's only notion of identity)."""
        if self._config.user is None:
            raise errors.ConfigurationError(
                "JDMA needs the caller's user name: pass user= to the client, or set JDMA_USER (or USER)"
            )
        return self._config.user


def opt(value: Any, check: Callable[[Any, str], Any] | None = None, name: str = "") -> Any:
    """NOT_GIVEN becomes UNSET (left off the wire); anything else is checked with `check(value, name)`."""
    if value is NOT_GIVEN:
        return UNSET
    return check(value, name) if check is not None else value


# -- answers ------------------------------------------------------------------------------------------------
def _invalid(response: httpx.Response, why: str) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"JDMA answered HTTP {response.status_code} with {why}",
        status_code=response.status_code, body=response.text[:2000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _read_object(response: httpx.Response) -> dict[str, Any]:
    # Only 200 is success; a redirect here means a path was wrong (the server 301s slash-less GETs).
    if response.status_code != 200:
        where = response.headers.get("location", "")
        raise _invalid(response, f"an unexpected status{f' (redirect to {where})' if where else ''}")
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _invalid(response, f"a body that is not JSON ({exc}): {response.text[:200].strip()!r}") from None
    if not isinstance(payload, dict):
        raise _invalid(response, f"a JSON {type(payload).__name__} where an object was expected")
    return payload


def _convert(response: httpx.Response, convert: Callable[[dict[str, Any]], T]) -> T:
    payload = _read_object(response)
    try:
        return convert(payload)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise _invalid(response, f"an answer not of the documented shape ({type(exc).__name__}: {exc})") from None


def parse_model(from_dict: Callable[[Mapping[str, Any]], R]) -> Callable[[httpx.Response], R]:
    """The answer as a generated model (`Model.from_dict`); a wrong shape is an APIResponseValidationError."""

    def parse(response: httpx.Response) -> R:
        return _convert(response, from_dict)

    return parse


def parse_items(
    from_dict: Callable[[Mapping[str, Any]], T], items: Callable[[T], list[R]]
) -> Callable[[httpx.Response], list[R]]:
    """The list inside a list answer (`{"requests": [...]}`, `{"migrations": [...]}`) as generated models."""

    def parse(response: httpx.Response) -> list[R]:
        return _convert(response, lambda payload: items(from_dict(payload)))

    return parse


# -- arguments ----------------------------------------------------------------------------------------------
def check_batch_id(value: Any, name: str = "batch_id") -> int:
    if value is None:
        raise ValueError(f"{name} is required (the id of a batch, e.g. 7)")
    return check_id(value, name)


def check_abs_path(value: Any, name: str) -> str:
    """An absolute path as a string: the server resolves paths on JASMIN, never relative to anything."""
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be a path (str or os.PathLike), got {type(value).__name__}")
    path = check_str(os.fspath(value), name)
    if not path.startswith("/"):
        raise ValueError(f"{name} must be an absolute path (starting with '/'), got {path!r}")
    return path


def check_abs_paths(values: Any, name: str) -> list[str]:
    """A non-empty list of absolute paths (any iterable but a string)."""
    if isinstance(values, (str, bytes, os.PathLike)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{name} must be a list of paths, got {type(values).__name__}")
    paths = [check_abs_path(v, f"{name}[{i}]") for i, v in enumerate(values)]
    if not paths:
        raise ValueError(f"{name} must not be empty")
    return paths


def check_limit(value: Any, name: str = "limit") -> int:
    return check_int(value, name, minimum=0)


def check_storage(value: Any, name: str = "storage") -> StorageId:
    return check_choice(value, name, STORAGE_IDS)


def check_filter(value: Any, workspace: Any) -> Any:
    """`filter` for the generated code; "workspace" needs a workspace, as the server insists (404 otherwise)."""
    if value is NOT_GIVEN:
        return UNSET
    check_choice(value, "filter", ("user", "workspace"))
    if value == "workspace" and workspace is NOT_GIVEN:
        raise ValueError("workspace is required with filter='workspace'")
    return value


def check_credentials(value: Mapping[str, str] | None, name: str = "credentials") -> Credentials:
    """Storage-backend credentials: always an object on the wire (`null` fails server-side), values strings."""
    if value is None:
        return models.Credentials()
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict of str to str, got {type(value).__name__}")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name}: keys and values must be strings, got {key!r}: {type(item).__name__}")
        register_secret(item)
    return models.Credentials.from_dict(dict(value))


def check_optional_str(value: str | NotGiven, name: str) -> Any:
    return opt(value, check_str, name)
