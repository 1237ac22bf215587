"""Commands derived from a typed client: one group per resource attribute, one command per `@operation` method.

Names: `panda.task.get_status` becomes `sciclients panda task status` (a leading `get_` is dropped unless that
collides; the full name stays as a hidden alias, `get-status`); underscores become dashes. Positional
parameters become arguments, keyword-only ones options. Plain types map to themselves, lists of ints or
strings to repeated values, `Literal` to text checked by the client, and anything else (mappings, request
models) to JSON text (or `@file.json`). A first parameter that is one id (`task_id: int`, `job_id: str`)
accepts many ids, as does a list of ids (`job_ids`); both also read ids from `--ids-from FILE` (`-` is stdin).
camelCase methods and parameters (agavepy's drop-in names) are left out: they duplicate snake_case ones.
"""

from __future__ import annotations

import collections.abc
import inspect
import os
import types
import typing
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import attrs

from sciclients._core import NotGiven, Resource, operation

__all__ = [
    "Param",
    "CommandSpec",
    "resource_annotations",
    "resource_class",
    "resources_of",
    "commands_of",
    "default_command",
]

_LIST_ORIGINS = (
    list, tuple, set, frozenset, collections.abc.Iterable, collections.abc.Sequence, collections.abc.Collection,
    collections.abc.Set, collections.abc.MutableSequence,
)  # fmt: skip
Bulk = Literal["each", "list"]


@attrs.frozen
class Param:
    name: str  # the client's keyword
    option: bool  # an option (--name) rather than an argument
    cli_type: Any  # int, float, str, bool, datetime, list[int] or list[str]
    json: bool  # the text is JSON (or @file), decoded before the call
    maybe_json: bool  # text, unless it starts with { or [ (then JSON)
    required: bool
    note: str  # added to the help: the accepted values or the format


@attrs.frozen
class CommandSpec:
    resource: str  # attribute of the client
    method: str  # method of the resource
    name: str  # the command's name
    alias: str | None  # a hidden second name (the method's own, dashed)
    doc: str
    params: tuple[Param, ...]
    bulk: Bulk | None = None  # "each": one call per id; "list": the ids go in one call (in chunks)


def _is_snake(name: str) -> bool:
    return name == name.lower()


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(tp) if m is not NotGiven and m is not type(None)]
    return [tp]


def _evaluate(annotation: Any, namespace: dict[str, Any], module: Any = None) -> Any:
    if not isinstance(annotation, str):
        return annotation
    scope = dict(namespace)
    while True:
        try:
            return eval(annotation, scope)  # noqa: S307 - the package's own annotations, as typing.get_type_hints does
        except NameError as exc:
            name = exc.name
            lazy = getattr(module, name, None) if name else None  # a name the module loads on first use
            if name and lazy is not None and name not in scope:
                scope[name] = lazy
                continue
            # A name imported only under TYPE_CHECKING (generated models load lazily) stands for an opaque class,
            # which is what a model is here: `ManageJobRequest | Mapping[str, Any] | str` still takes text.
            if exc.name is None or exc.name in scope:
                return None
            scope[exc.name] = type(exc.name, (), {})
        except Exception:
            return None


def _element(tp: Any) -> tuple[Any, str] | None:
    """The CLI type of a list element: int or str (with the allowed values of a Literal)."""
    if tp in (int, str):
        return tp, ""
    if typing.get_origin(tp) is Literal:
        return str, "one of: " + ", ".join(str(v) for v in typing.get_args(tp))
    return None


def _classify(annotation: Any) -> tuple[Any, bool, bool, str]:
    """(cli_type, json, maybe_json, note) for a parameter's evaluated annotation."""
    if annotation is None:
        return str, True, False, "JSON text or @file"
    members = _members(annotation)
    if len(members) == 1:
        tp = members[0]
        if tp in (int, float, str, bool, datetime):
            return tp, False, False, ""
        if tp is Path or tp is os.PathLike or typing.get_origin(tp) is os.PathLike:
            return str, False, False, "a path"
        element = _element(tp)
        if element is not None:
            return element[0], False, False, element[1]
        if typing.get_origin(tp) in _LIST_ORIGINS:
            args = typing.get_args(tp)
            element = _element(args[0]) if len(args) == 1 or (len(args) == 2 and args[1] is Ellipsis) else None
            if element is not None:
                return list[element[0]], False, False, element[1]  # type: ignore[valid-type]
    if any(m is Path or m is os.PathLike or typing.get_origin(m) is os.PathLike for m in members):
        return str, False, False, "a path"
    if str in members:
        return str, False, True, ""
    if members and all(m is int or m is float for m in members):
        return float, False, False, ""
    return str, True, False, "JSON text or @file"


def _bulk(param: inspect.Parameter, cli_type: Any) -> Bulk | None:
    name = param.name
    if cli_type in (int, str) and (name == "id" or name.endswith("_id")):
        return "each"
    if cli_type == list[int] and (name.endswith("_ids") or name.endswith("_id_list")):
        return "list"
    return None


def _command_name(method: str, methods: set[str]) -> tuple[str, str | None]:
    dashed = method.replace("_", "-")
    if method.startswith("get_") and method[4:] not in methods:
        return method[4:].replace("_", "-"), dashed
    return dashed, None


def operations_of(resource_cls: type[Any]) -> list[tuple[str, Any]]:
    """The `@operation` methods of a resource class, in the order they are defined (bases first)."""
    seen: dict[str, Any] = {}
    for klass in reversed(resource_cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, operation):
                seen[name] = value
            elif name in seen:
                del seen[name]  # overridden by something that is not an operation
    return [(name, op) for name, op in seen.items() if _is_snake(name) and not name.startswith("_")]


def _spec(resource: str, method: str, op: Any, methods: set[str]) -> CommandSpec:
    build = inspect.unwrap(op)
    namespace = dict(getattr(build, "__globals__", {}))
    parameters = list(inspect.signature(build).parameters.values())[1:]  # without self
    params: list[Param] = []
    bulk: Bulk | None = None
    for index, p in enumerate(parameters):
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or not _is_snake(p.name):
            continue
        cli_type, is_json, maybe_json, note = _classify(_evaluate(p.annotation, namespace))
        no_default = p.default is inspect.Parameter.empty
        if p.kind == p.KEYWORD_ONLY:
            params.append(Param(p.name, True, cli_type, is_json, maybe_json, no_default, note))
            continue
        # A positional parameter: an argument, required unless it has a real default (NOT_GIVEN is none).
        required = no_default or isinstance(p.default, NotGiven)
        positional_rest = [q for q in parameters[index + 1 :] if q.kind != q.KEYWORD_ONLY and _is_snake(q.name)]
        if index == 0 and not positional_rest:
            bulk = _bulk(p, cli_type)
        if bulk == "each":
            cli_type = list[cli_type]  # type: ignore[valid-type]
        params.append(Param(p.name, False, cli_type, is_json, maybe_json, required, note))
    # Only the last argument may take many values: a list before it becomes a repeatable option.
    arguments = [i for i, param in enumerate(params) if not param.option]
    for i in arguments[:-1]:
        if params[i].cli_type in (list[int], list[str]):
            params[i] = attrs.evolve(params[i], option=True)
    name, alias = _command_name(method, methods)
    doc = inspect.cleandoc(build.__doc__ or "")
    return CommandSpec(resource, method, name, alias, doc, tuple(params), bulk)


def commands_of(resource: str, resource_cls: type[Any]) -> list[CommandSpec]:
    ops = operations_of(resource_cls)
    methods = {name for name, _ in ops}
    return [_spec(resource, name, op, methods) for name, op in ops]


def default_command(commands: list[CommandSpec]) -> CommandSpec | None:
    """The listing a resource group runs when given no command (`jdma batches`, `poms campaigns`)."""
    for wanted in ("list", "show"):
        for command in commands:
            if command.method == wanted and not any(p.required for p in command.params):
                return command
    return None


def resource_annotations(client_cls: type[Any]) -> dict[str, tuple[Any, Any]]:
    """The public attributes a typed client annotates, in order: name -> (annotation, its module), unevaluated
    (evaluating one imports that resource's module, which a lazy client loads on first use)."""
    found: dict[str, tuple[Any, Any]] = {}
    for klass in reversed(client_cls.__mro__):
        module = __import__(klass.__module__, fromlist=["_"])
        for name, annotation in vars(klass).get("__annotations__", {}).items():
            if not name.startswith("_"):
                found[name] = (annotation, module)
    return found


def resource_class(annotation: Any, module: Any) -> type[Any] | None:
    """The resource class an annotation names (`task: TaskResource[M]`, `jobs: Jobs`), or None."""
    tp = _evaluate(annotation, dict(vars(module)), module)
    origin = typing.get_origin(tp) or tp
    return origin if isinstance(origin, type) and issubclass(origin, Resource) else None


def resources_of(client_cls: type[Any]) -> list[tuple[str, type[Any]]]:
    """The resource attributes a typed client declares (`task: TaskResource[M]`, `jobs: Jobs`), in order."""
    found = ((name, resource_class(*where)) for name, where in resource_annotations(client_cls).items())
    return [(name, cls) for name, cls in found if cls is not None]
