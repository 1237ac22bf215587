"""What every POMS resource module uses: the experiment/role context, form values and reading the answers.

POMS answers in many shapes (reference §3, §6): JSON (objects echo the form fields), bare strings as `text/html`
(`Ok.`, `Task=789`, a name, a Python repr, or an empty body for "not found"), `text/plain`, and 303 redirects
whose `Location` is the result. A failure page (>= 400) never reaches these parsers: the core raises it, with the
page's message (see `.._errors`).
"""

from __future__ import annotations

import ast
import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs
import httpx

from sciclients import errors
from sciclients._core import (
    AsyncMode,
    Call,
    NotGiven,
    Resource,
    SyncMode,
    check_choice,
    check_file,
    check_number,
    check_str,
)
from sciclients._core._operation import Runner
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.types import UNSET, File, Unset

from .._config import ROLES
from .._errors import editor_error_class, editor_message

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import Role

__all__ = [
    "Defaults",
    "PomsResource",
    "UNSET",
    "Unset",
    "opt",
    "invalid",
    "failure",
    "json_value",
    "json_model",
    "text_body",
    "redirect_location",
    "html_page",
    "EditActionName",
    "timestamp",
    "positive",
    "override_pairs",
    "python_pairs",
    "json_pairs",
    "stage_ref",
    "upload_part",
    "streamed",
    "OverridePairs",
    "StageRef",
]

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")

OverridePairs = list[list[str]]
"""Ordered `[key, value]` pairs (param overrides, definition parameters, recovery options)."""
EditActionName = Literal["add", "edit", "delete"]
StageRef = int | tuple[str, str]
"""A campaign stage: its id, or `(campaign name, stage name)`."""


@attrs.frozen
class Defaults:
    """The experiment and role a client acts in unless a call names others."""

    experiment: str | None
    role: str


class PomsResource(Resource[M]):
    """Base of the resources of `Poms`/`AsyncPoms` (one per spec tag)."""

    def __init__(self, runner: Runner, defaults: Defaults) -> None:
        super().__init__(runner)
        self._defaults = defaults

    def _context(self, experiment: str | NotGiven, role: str | NotGiven) -> tuple[str, Role]:
        """Experiment and role for a call. Both are always sent: with either missing, POMS would silently
        replace both with the caller's stored session values (reference §6.11)."""
        the_experiment = self._defaults.experiment if isinstance(experiment, NotGiven) else experiment
        if the_experiment is None:
            raise ValueError(
                "experiment is required: pass experiment=, or create the client with experiment= (or set EXPERIMENT)"
            )
        check_str(the_experiment, "experiment")
        the_role = self._defaults.role if isinstance(role, NotGiven) else role
        return the_experiment, models.Role(check_choice(the_role, "role", ROLES))


def opt(value: Any, check: Callable[[Any, str], Any] | None = None, name: str = "") -> Any:
    """An optional argument: NOT_GIVEN becomes UNSET (left off the wire); anything else is checked when asked."""
    if isinstance(value, NotGiven):
        return UNSET
    return check(value, name) if check is not None else value


# -- answers -------------------------------------------------------------------------------------------------------
def invalid(response: httpx.Response, what: str) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"POMS answered HTTP {response.status_code}, which is not {what}: {response.text[:200].strip()!r}",
        status_code=response.status_code, body=response.text[:2000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def failure(cls: type[errors.APIStatusError], message: str, response: httpx.Response) -> errors.APIStatusError:
    """A typed error for a failure POMS reports inside a successful answer (the text is the server's)."""
    return cls(
        message, status_code=response.status_code, server_message=message, body=response.text[:8000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _expect(response: httpx.Response, status: int, what: str) -> None:
    if response.status_code != status:
        raise invalid(response, what)


def json_value(response: httpx.Response) -> Any:
    """The JSON of a 200 answer."""
    _expect(response, 200, "the documented 200 JSON answer")
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise invalid(response, "JSON") from None


def json_model(cls: Callable[..., R]) -> Callable[[httpx.Response], R]:
    """Parse a 200 JSON object into a generated model."""
    from_dict = cls.from_dict  # type: ignore[attr-defined]

    def parse(response: httpx.Response) -> R:
        value = json_value(response)
        if not isinstance(value, dict):
            raise invalid(response, f"a JSON object for {cls.__name__}")
        try:
            return from_dict(value)  # type: ignore[no-any-return]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise invalid(response, f"a {cls.__name__} ({type(exc).__name__}: {exc})") from None

    return parse


def text_body(response: httpx.Response) -> str:
    """The text of a 200 answer (bare strings come labelled text/html)."""
    _expect(response, 200, "the documented 200 text answer")
    return response.text


def html_page(response: httpx.Response) -> None:
    """A rendered editor page: 200 whatever happened; a refusal is only written into its `#poms_message_data`
    element (e.g. "A login setup named x already exists."), which becomes a typed error with that message."""
    message = editor_message(text_body(response))
    if message:
        raise failure(editor_error_class(message), message, response)


def redirect_location(response: httpx.Response) -> str:
    """The Location of a 303 answer (never followed: the result is in it)."""
    _expect(response, 303, "the documented 303 redirect")
    location: str = response.headers.get("location", "")
    if not location:
        raise invalid(response, "a redirect with a Location")
    return location


# -- form values ---------------------------------------------------------------------------------------------------
def positive(value: Any, name: str) -> float:
    number = check_number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be > 0, got {value!r}")
    return number


def timestamp(value: Any, name: str) -> str:
    """`YYYY-MM-DD HH:MM:SS` (UTC) from a datetime (naive = UTC) or a string already in that form."""
    if isinstance(value, datetime):
        moment: datetime = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    text = check_str(value, name)
    try:
        datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ValueError(f"{name} must be a datetime or 'YYYY-MM-DD HH:MM:SS' (UTC), got {text!r}") from None
    return text


def _pairs(value: Any, name: str) -> OverridePairs:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of [key, value] pairs, got {type(value).__name__}")
    pairs: OverridePairs = []
    for i, pair in enumerate(value):
        if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise ValueError(f"{name}[{i}] must be a [key, value] pair, got {pair!r}")
        key, item = pair
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name}[{i}] must hold two strings, got {pair!r}")
        pairs.append([key, item])
    return pairs


def override_pairs(value: Any, name: str, *, literal: str = "python") -> OverridePairs:
    """Pairs from a list of pairs, or from their text (a Python literal, or JSON when literal='json')."""
    if isinstance(value, str):
        try:
            parsed = json.loads(value) if literal == "json" else ast.literal_eval(value)
        except (ValueError, SyntaxError):
            kind = "JSON" if literal == "json" else "a Python literal"
            raise ValueError(f"{name} must be {kind} list of [key, value] pairs, got {value!r}") from None
        return _pairs(parsed, name)
    return _pairs(value, name)


def python_pairs(value: Any, name: str) -> str:
    """Pairs as the Python-literal text POMS parses with ast.literal_eval."""
    return repr(override_pairs(value, name))


def json_pairs(value: Any, name: str) -> str:
    """Pairs as JSON text (what the GUI editor methods parse)."""
    return json.dumps(override_pairs(value, name, literal="json"))


def stage_ref(stage: Any, name: str) -> list[str]:
    """The repeated `campaign_stage` field: `[id]`, or `[campaign name, stage name]`."""
    if isinstance(stage, bool):
        raise TypeError(f"{name} must be a stage id or a (campaign name, stage name) pair, got {stage!r}")
    if isinstance(stage, int):
        if stage < 1:
            raise ValueError(f"{name} must be >= 1, got {stage}")
        return [str(stage)]
    if isinstance(stage, (tuple, list)) and len(stage) == 2:
        return [check_str(stage[0], f"{name}[0] (campaign name)"), check_str(stage[1], f"{name}[1] (stage name)")]
    raise TypeError(f"{name} must be a stage id or a (campaign name, stage name) pair, got {stage!r}")


def upload_part(path: Any, name: str) -> tuple[File, Any]:
    """A multipart file part streamed from disk under its basename; also returns the handle to close."""
    checked = check_file(path, name)
    handle = checked.open("rb")
    return File(payload=handle, file_name=os.path.basename(checked), mime_type="application/octet-stream"), handle


def streamed(call: Call[R]) -> Call[R]:
    """A multipart call with a random boundary.

    The generated code pins `multipart/form-data; boundary=+++`, so a file containing a line `--+++` would
    cut the body short; without the header, httpx draws a random boundary.
    """
    headers = {k: v for k, v in dict(call.request.get("headers") or {}).items() if k.lower() != "content-type"}
    return attrs.evolve(call, request={**call.request, "headers": headers})
