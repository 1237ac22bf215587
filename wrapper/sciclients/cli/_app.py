"""The `sciclients` command: a root group whose systems load only when used, and their derived commands."""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from sciclients import __version__

from ._output import plain, print_json, print_table
from ._systems import SYSTEMS, SystemEntry

if TYPE_CHECKING:  # _derive imports the shared core (httpx): only when a system's commands are built
    from ._derive import CommandSpec, Param

__all__ = ["main", "root_group"]

CHUNK_SIZE = 1000  # ids per call when a list of ids goes to the server in one request

EPILOG = (
    "Exit codes: 0 success, 1 the service refused or failed (its message on stderr), 2 bad arguments or configuration."
)


def _fail(message: str, code: int) -> typer.Exit:
    sys.stderr.write(f"error: {message}\n")
    return typer.Exit(code)


# -- running one command ------------------------------------------------------------------------------------------
def _read_ids(source: str, cli_type: Any) -> list[Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {source}: {exc.strerror}", param_hint="--ids-from") from None
    tokens = text.replace(",", " ").split()
    if cli_type == list[str]:
        return tokens
    try:
        return [int(token) for token in tokens]
    except ValueError as exc:
        raise typer.BadParameter(f"{source}: {exc}", param_hint="--ids-from") from None


def _decode_json(text: str, param: Param) -> Any:
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text()
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {text[1:]}: {exc.strerror}", param_hint=_hint(param)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise typer.BadParameter(f"not valid JSON ({exc})", param_hint=_hint(param)) from None


def _hint(param: Param) -> str:
    return "--" + param.name.replace("_", "-") if param.option else param.name.upper()


def _arguments(spec: CommandSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """The client's keyword arguments from the parsed values; what was not given is left out."""
    kwargs: dict[str, Any] = {}
    for param in spec.params:
        value: Any = values.get(param.name)
        if value is None or (isinstance(value, list | tuple) and not value):
            continue
        if isinstance(value, tuple):
            value = list(value)
        if param.json or (param.maybe_json and isinstance(value, str) and value[:1] in ("{", "[", "@")):
            value = _decode_json(value, param)
        kwargs[param.name] = value
    return kwargs


def _progress(total: int, label: str) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # On stderr, and only on a terminal (TTY_COMPATIBLE=1 forces it), so stdout stays clean for pipes.
    console = Console(stderr=True)
    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True, disable=total <= 1 or not console.is_terminal,
    )  # fmt: skip


def _row(key: str, ident: Any, result: Any) -> dict[str, Any]:
    value = plain(result)
    return {key: ident, **value} if isinstance(value, dict) else {key: ident, "result": value}


def _each(method: Callable[..., Any], spec: CommandSpec, ids: list[Any], kwargs: dict[str, Any]) -> tuple[Any, int]:
    """One call per id (with a progress bar for many): the result, or one row per id; failures go to stderr."""
    from sciclients import errors

    key = spec.params[0].name
    if len(ids) == 1:
        return method(ids[0], **kwargs), 0
    rows: list[dict[str, Any]] = []
    failed = 0
    with _progress(len(ids), f"{spec.name}") as progress:
        task = progress.add_task(spec.name, total=len(ids))
        for ident in ids:
            try:
                rows.append(_row(key, ident, method(ident, **kwargs)))
            except errors.APIError as exc:
                failed += 1
                sys.stderr.write(f"error: {key} {ident}: {exc}\n")
            progress.advance(task)
    return rows, failed


def _chunks(ids: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _in_lists(method: Callable[..., Any], spec: CommandSpec, ids: list[Any], kwargs: dict[str, Any]) -> Any:
    """The ids in chunks of CHUNK_SIZE, one call each (a progress bar when there are several); an answer
    with one entry per id becomes one row per id."""
    key = spec.params[0].name.removesuffix("_list").removesuffix("s")
    rows: list[Any] = []
    chunks = list(_chunks(ids, CHUNK_SIZE))
    with _progress(len(chunks), f"{spec.name} ({len(ids)} ids)") as progress:
        task = progress.add_task(spec.name, total=len(chunks))
        for chunk in chunks:
            result = method(chunk, **kwargs)
            if isinstance(result, list) and len(result) == len(chunk):
                rows.extend(_row(key, ident, item) for ident, item in zip(chunk, result, strict=True))
            elif len(chunks) == 1:
                return result
            else:
                rows.append(plain(result))
            progress.advance(task)
    return rows


@contextmanager
def _reporting(entry: SystemEntry) -> Iterator[None]:
    """Exceptions of the clients as exit codes, with the message (the server's, when it sent one) on stderr."""
    from sciclients import errors

    try:
        yield
    except errors.ConfigurationError as exc:
        raise _fail(f"{exc} (configuration of {entry.name}: {entry.environment})", 2) from None
    except errors.APIStatusError as exc:
        detail = f"\nserver: {exc.server_message}" if exc.server_message and exc.server_message not in str(exc) else ""
        raise _fail(f"{exc}{detail}", 1) from None
    except errors.APIError as exc:
        raise _fail(str(exc), 1) from None
    except (TypeError, ValueError) as exc:
        # The typed clients refuse bad arguments before any I/O with TypeError/ValueError naming the argument.
        raise _fail(str(exc), 2) from None


def _execute(entry: SystemEntry, spec: CommandSpec, values: dict[str, Any]) -> None:
    as_json = bool(values.pop("json_output", False))
    ids_from = values.pop("ids_from", None)
    kwargs = _arguments(spec, values)
    ids: list[Any] = []
    if spec.bulk is not None:
        first = spec.params[0]
        ids = list(kwargs.pop(first.name, []))
        if ids_from is not None:
            ids.extend(_read_ids(ids_from, first.cli_type))
        if not ids:
            raise typer.BadParameter("give at least one id, or --ids-from FILE ('-' reads stdin)",
                                     param_hint=first.name.upper())  # fmt: skip
    failed = 0
    with _reporting(entry):
        client_cls = getattr(importlib.import_module(entry.module), entry.client)
        with client_cls() as client:
            method = getattr(getattr(client, spec.resource), spec.method)
            if spec.bulk == "each":
                result, failed = _each(method, spec, ids, kwargs)
            elif spec.bulk == "list":
                result = _in_lists(method, spec, ids, kwargs)
            else:
                result = method(**kwargs)
    if as_json:
        print_json(result)
    else:
        print_table(result)
    if failed:
        raise typer.Exit(1)


# -- building the commands ----------------------------------------------------------------------------------------
def _annotation(param: Param, bulk: bool) -> Any:
    note = f"({param.note})" if param.note else None
    if param.option:
        flag = "--" + param.name.replace("_", "-")
        # A flag can also be given as false (--no-...): left out, the server's default applies.
        info: Any = typer.Option(f"{flag}/--no-{flag[2:]}" if param.cli_type is bool else flag, help=note)
    else:
        info = typer.Argument(metavar=param.name.upper() + ("..." if bulk else ""), help=note, show_default=False)
    return Annotated[param.cli_type | None, info]


def _signature(spec: CommandSpec) -> inspect.Signature:
    keyword = inspect.Parameter.KEYWORD_ONLY
    params = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    for index, param in enumerate(spec.params):
        bulk = spec.bulk is not None and index == 0
        # Required values are checked by Typer, except the ids of a bulk command (they may come from --ids-from).
        default = inspect.Parameter.empty if param.required and not bulk else None
        annotation = _annotation(param, bulk)
        if default is inspect.Parameter.empty:
            annotation = Annotated[param.cli_type, *annotation.__metadata__]
        params.append(inspect.Parameter(param.name, keyword, annotation=annotation, default=default))
    if spec.bulk is not None:
        params.append(inspect.Parameter(
            "ids_from", keyword, default=None,
            annotation=Annotated[str | None, typer.Option("--ids-from", metavar="FILE",
                                                          help="Also read ids from FILE ('-' reads stdin).")],
        ))  # fmt: skip
    params.append(inspect.Parameter(
        "json_output", keyword, default=False,
        annotation=Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts).")],
    ))  # fmt: skip
    return inspect.Signature(params)


def _callback(entry: SystemEntry, spec: CommandSpec, *, group: bool) -> Callable[..., None]:
    def callback(ctx: typer.Context, **values: Any) -> None:
        if group and ctx.invoked_subcommand is not None:
            given = sorted(name for name, value in values.items() if value not in (None, False, [], ()))
            if given:
                names = ", ".join("--" + name.replace("_", "-").replace("json-output", "json") for name in given)
                raise typer.BadParameter(
                    f"not with a command: {names} go to '{spec.name}', which runs when no command is given"
                )
            return
        _execute(entry, spec, values)

    callback.__signature__ = _signature(spec)  # type: ignore[attr-defined]
    callback.__name__ = spec.method
    return callback


def _short(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ").replace("`", "'")


def _help(spec: CommandSpec) -> str:
    """The docstring for the help: paragraphs re-flowed (indented examples kept as they are)."""
    paragraphs = []
    for paragraph in spec.doc.split("\n\n"):
        lines = paragraph.split("\n")
        paragraphs.append(paragraph if any(line.startswith(" ") for line in lines) else " ".join(lines))
    return "\n\n".join(paragraphs).replace("`", "'")


def _agave_download(entry: SystemEntry) -> Callable[..., None]:
    def download(
        job_id: Annotated[str, typer.Argument(metavar="JOB_ID", show_default=False)],
        file_path: Annotated[str, typer.Argument(metavar="FILE_PATH", help="Path in the job's output, e.g. a/b.txt.")],
        output: Annotated[
            str | None,
            typer.Option("--output", "-o", help="Where to write ('-' is stdout); default: FILE_PATH's name here."),
        ] = None,
        byte_range: Annotated[str | None, typer.Option("--range", help="One byte range, e.g. bytes=0-1023.")] = None,
    ) -> None:
        """Download one output file of a job (streamed; a file is only created once complete)."""
        destination: Any = sys.stdout.buffer if output == "-" else (output or Path(file_path).name)
        with _reporting(entry):
            client_cls = getattr(importlib.import_module(entry.module), entry.client)
            with client_cls() as client:
                written = client.jobs.download_output(job_id, file_path, destination, range=byte_range)
        if output != "-":
            sys.stderr.write(f"{written} bytes written to {destination}\n")

    return download


# Commands for methods that are not single requests (so not derived): (system, resource) -> (name, factory).
EXTRAS: dict[tuple[str, str], list[tuple[str, Callable[[SystemEntry], Callable[..., None]]]]] = {
    ("agave", "jobs"): [("download", _agave_download)],
}


def _single_command(name: str, callback: Callable[..., None], **options: Any) -> Any:
    """The click command of one function, as Typer builds it."""
    app = typer.Typer(add_completion=False)
    app.command(name=name, **options)(callback)
    return typer.main.get_command(app)


class _CommandsOnDemand(Mapping[str, Any]):
    """A group's commands, each built by Typer when first looked up: running one command builds only it
    (building all of a resource's commands cost a one-shot run more than the call); help builds them all."""

    def __init__(self, factories: dict[str, Callable[[], Any]]) -> None:
        self._factories = factories
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = self._factories[name]()
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


def build_resource(entry: SystemEntry, attribute: str, resource_cls: type[Any]) -> Any:
    """One resource's click group, from the operations of its class (None if it has none)."""
    from ._derive import commands_of, default_command

    specs = commands_of(attribute, resource_cls)
    if not specs:
        return None
    listing = default_command(specs)
    resource_help = _short(resource_cls.__doc__)
    if listing is not None:
        resource_help += f" Without a command: '{listing.name}'."
    sub = typer.Typer(help=resource_help, no_args_is_help=listing is None, epilog=EPILOG)
    if listing is not None:
        sub.callback(invoke_without_command=True)(_callback(entry, listing, group=True))
    factories: dict[str, Callable[[], Any]] = {}
    for spec in specs:
        factories[spec.name] = functools.partial(_single_command, spec.name, _callback(entry, spec, group=False),
                                                 help=_help(spec), epilog=EPILOG)  # fmt: skip
        if spec.alias is not None:
            factories[spec.alias] = functools.partial(_single_command, spec.alias,
                                                      _callback(entry, spec, group=False), help=_help(spec),
                                                      hidden=True)  # fmt: skip
    for name, factory in EXTRAS.get((entry.name, attribute), []):
        factories[name] = functools.partial(_single_command, name, factory(entry), epilog=EPILOG)
    group = typer.main.get_group(sub)
    # listed alphabetically: click lists a group's commands in the mapping's order
    group.commands = _CommandsOnDemand(dict(sorted(factories.items())))  # type: ignore[assignment]
    return group


@functools.cache
def _annotated(name: str) -> dict[str, tuple[str, Any, Any]]:
    """command name -> (attribute, annotation, module) of what a system's typed client annotates; imports that
    system's client only, not its resources (a lazy client loads each on first use, and so does this)."""
    from ._derive import resource_annotations

    entry = SYSTEMS[name]
    client_cls = getattr(importlib.import_module(entry.module), entry.client)
    annotated = resource_annotations(client_cls)
    found = {attribute.replace("_", "-"): (attribute, *where) for attribute, where in annotated.items()}
    return dict(sorted(found.items()))  # listed alphabetically in the system's help


@functools.cache
def _resource(name: str, command: str) -> tuple[str, type[Any]] | None:
    """(attribute, resource class) of one command name, or None when that attribute is not a resource."""
    from ._derive import resource_class

    attribute, annotation, module = _annotated(name)[command]
    cls = resource_class(annotation, module)
    return None if cls is None else (attribute, cls)


def _resources(name: str) -> list[str]:
    """The command names of a system's resources (for listing: imports every resource)."""
    return [command for command in _annotated(name) if _resource(name, command) is not None]


@functools.cache
def _resource_group(name: str, command: str) -> Any:
    """The click group of one resource, built once per process (a command builds only its own resource)."""
    found = _resource(name, command) if command in _annotated(name) else None
    if found is None:
        return None
    group = build_resource(SYSTEMS[name], *found)
    if group is not None:
        group.name = command  # unnamed, the system's help would list the group's description without its name
    return group


class _LazyCommands(Mapping[str, Any]):
    """A system group's resource groups: the system is imported when they are first listed or looked up,
    and a resource's commands are derived only when that resource is used (or the system's help is shown)."""

    def __init__(self, entry: SystemEntry) -> None:
        self._name = entry.name

    def __getitem__(self, command: str) -> Any:
        group = _resource_group(self._name, command)
        if group is None:
            raise KeyError(command)
        return group

    def __iter__(self) -> Iterator[str]:
        return iter(_resources(self._name))

    def __len__(self) -> int:
        return len(_resources(self._name))

    def get(self, command: str, default: Any = None) -> Any:
        try:
            return self[command]
        except KeyError:
            return default


def _system_group(entry: SystemEntry) -> TyperGroup:
    group = TyperGroup(
        name=entry.name, help=f"{entry.help}\n\nConfigured from {entry.environment}.", epilog=EPILOG,
        no_args_is_help=True, short_help=entry.help,
    )  # fmt: skip
    group.commands = _LazyCommands(entry)  # type: ignore[assignment]
    return group


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"sciclients {__version__}\n")
        raise typer.Exit(0)


def root_group(systems: Sequence[str] | None = None) -> Any:
    """The `sciclients` group (a click group built by Typer) with the given systems (default: all)."""
    app = typer.Typer(
        help="Command line for the sciclients typed clients: PanDA, JDMA, POMS and Agave jobs.\n\n"
        "Each system reads the same environment variables as its Python client. Results print as tables; "
        "--json prints JSON. Commands given many ids (or --ids-from FILE, '-' for stdin) show a progress bar.",
        epilog=EPILOG, no_args_is_help=True, add_completion=False,
    )  # fmt: skip

    @app.callback()
    def _root(
        version: Annotated[
            bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
        ] = False,
    ) -> None:
        pass

    group = typer.main.get_group(app)
    for name in systems if systems is not None else SYSTEMS:
        group.add_command(_system_group(SYSTEMS[name]), name)
    return group


def main(args: Sequence[str] | None = None) -> None:
    """Entry point of the `sciclients` console script."""
    root_group().main(args=list(args) if args is not None else None, prog_name="sciclients")
