"""Write each API operation once and get it on both the blocking and the asyncio client.

A resource method decorated with `@operation` only *describes* a request (a `Call`): it checks its
arguments, so bad input fails before any I/O, and names the generated endpoint and how to read the
answer. The client the resource belongs to runs the call, blocking or as a coroutine, and the method's
type follows: `Panda().task.get_status(1) -> str`, `AsyncPanda().task.get_status(1) -> Coroutine[..., str]`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine, Mapping
from types import ModuleType
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

import attrs
import httpx

from ._args import check_path_value

__all__ = ["Call", "build_call", "operation", "Resource", "SyncMode", "AsyncMode", "Runner"]

P = ParamSpec("P")
R = TypeVar("R")
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_PATH_PARAMETERS: dict[str, tuple[str, ...]] = {}  # endpoint module name -> its path parameters


def _path_parameters(endpoint: ModuleType) -> tuple[str, ...]:
    """The generated `_get_kwargs` takes the path parameters positionally, everything else keyword-only."""
    names = _PATH_PARAMETERS.get(endpoint.__name__)
    if names is None:
        code = endpoint._get_kwargs.__code__
        names = _PATH_PARAMETERS[endpoint.__name__] = code.co_varnames[: code.co_argcount]
    return names


@attrs.frozen
class Call(Generic[R]):
    """A request ready to send (the keyword arguments of httpx's build_request) and how to read its answer."""

    request: Mapping[str, Any]
    parse: Callable[[httpx.Response], R]
    idempotent: bool
    # Files opened for an upload: closed once the call is over, whatever happened.
    closing: tuple[Any, ...] = ()
    # A writable binary stream: a successful answer's body is streamed into it (never held in memory)
    # before `parse` sees the response.
    sink: Any = None
    # For services that answer some successes with an error status: gets the typed error and returns the
    # result, or raises.
    recover: Callable[[Any], R] | None = None


def build_call(
    endpoint: ModuleType,
    parse: Callable[[httpx.Response], R],
    *,
    idempotent: bool | None = None,
    closing: tuple[Any, ...] = (),
    **arguments: Any,
) -> Call[R]:
    """A Call for a generated endpoint module: the generated code builds method, URL, query and body."""
    for name in _path_parameters(endpoint):
        if name in arguments:
            check_path_value(arguments[name], name)
    request: dict[str, Any] = endpoint._get_kwargs(**arguments)
    if "files" in request:
        # The generated code pins `boundary=+++`, which a file containing "\r\n--+++" would break;
        # without the header httpx picks a random boundary and sets Content-Type itself.
        request["headers"] = {k: v for k, v in request.get("headers", {}).items() if k.lower() != "content-type"}
    if idempotent is None:
        idempotent = str(request["method"]).upper() in _IDEMPOTENT_METHODS
    return Call(request=request, parse=parse, idempotent=idempotent, closing=closing)


class SyncMode:
    """Marks resources of a blocking client."""


class AsyncMode:
    """Marks resources of an asyncio client."""


M = TypeVar("M", SyncMode, AsyncMode)


class Runner(Protocol):
    def run(self, call: Call[Any]) -> Any: ...


class Resource(Generic[M]):
    """A group of operations (one API module/tag) bound to a client's runner."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class operation(Generic[P, R]):
    """Decorator turning `def f(self, ...) -> Call[R]` into a method returning R (sync) or a coroutine (async)."""

    def __init__(self, build: Callable[Concatenate[Any, P], Call[R]]) -> None:
        self._build = build
        self._name = build.__name__
        functools.update_wrapper(self, build)  # type: ignore[arg-type]

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> operation[P, R]: ...
    @overload
    def __get__(self, obj: Resource[SyncMode], owner: type[Any]) -> Callable[P, R]: ...
    @overload
    def __get__(self, obj: Resource[AsyncMode], owner: type[Any]) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        build, run = self._build, obj._runner.run

        @functools.wraps(build)
        def bound(*args: Any, **kwargs: Any) -> Any:
            return run(build(obj, *args, **kwargs))

        # Cache on the instance: later lookups find the bound function without this descriptor.
        obj.__dict__[self._name] = bound
        return bound
