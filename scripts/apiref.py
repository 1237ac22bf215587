#!/usr/bin/env python
"""Write the API reference of each system (docs/api/<system>.md) from the code itself.

    python scripts/apiref.py [--check] [system ...]

For every resource of a system's typed client: each public method with its signature, return type, the
first paragraph of its docstring and the HTTP operation(s) it sends (found by following the method's code to
the generated endpoint modules it uses, whose `_get_kwargs` holds the method and path). Then the functions of
the system's drop-in surface. Nothing is written by hand, so run it after adding or changing a method.

--check compares instead of writing: it exits 1 and names the stale files when docs/api/ is out of date.
"""

from __future__ import annotations

import argparse
import ast
import copy
import functools
import importlib
import inspect
import sys
import textwrap
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("docs") / "api"
FOLLOW_DEPTH = 4  # how many helper calls deep to look for the endpoints a method uses


# The drop-in surface of each system: a module (its `__all__` functions) or a class (its camelCase methods).
DROP_INS: dict[str, tuple[str, str | None, str]] = {
    "panda": ("sciclients.panda.Client", None, "`from sciclients.panda import Client` (`pandaclient.Client`)"),
    "jdma": ("sciclients.jdma.jdma_lib", None, "`from sciclients.jdma import jdma_lib` (`jdma_client.jdma_lib`)"),
    "poms": ("sciclients.poms.poms_client", None, "`from sciclients.poms import poms_client` (`poms_client`)"),
    "agave": ("sciclients.agave._jobs", "Jobs", "`Agave(...).jobs` under agavepy's camelCase names"),
}  # fmt: skip


def _systems() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "wrapper"))  # when run without the package installed
    from sciclients.cli._systems import SYSTEMS

    return dict(SYSTEMS)


# -- reading the code ---------------------------------------------------------------------------------------------
@functools.cache
def _function_node(func: Callable[..., Any]) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | None:
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError):
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:  # a lambda's source line is not a whole statement
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node
    return None


def _summary(obj: Any) -> str:
    """The first paragraph of the docstring, on one line."""
    doc = inspect.getdoc(obj) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _signature(func: Callable[..., Any], *, drop_self: bool) -> tuple[str, str]:
    """(parameters, return annotation) as written in the source."""
    node = _function_node(func)
    if node is None or isinstance(node, ast.Lambda):
        return "(...)", ""
    args = node.args
    if drop_self:
        args = copy.copy(args)  # defaults align to the end, so dropping the first parameter keeps them right
        if args.posonlyargs:
            args.posonlyargs = args.posonlyargs[1:]
        else:
            args.args = args.args[1:]
    returns = ast.unparse(node.returns) if node.returns is not None else ""
    return f"({_parameters(args)})", returns


def _parameters(args: ast.arguments) -> str:
    """Parameters as PEP 8 writes them (`x: int = 1`), which ast.unparse does not."""

    def one(arg: ast.arg, default: ast.expr | None, prefix: str = "") -> str:
        text = prefix + arg.arg + (f": {ast.unparse(arg.annotation)}" if arg.annotation is not None else "")
        if default is not None:
            text += f" = {ast.unparse(default)}" if arg.annotation is not None else f"={ast.unparse(default)}"
        return text

    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parts = [one(arg, default) for arg, default in zip(positional, defaults, strict=True)]
    if args.posonlyargs:
        parts.insert(len(args.posonlyargs), "/")
    if args.vararg is not None:
        parts.append(one(args.vararg, None, "*"))
    elif args.kwonlyargs:
        parts.append("*")
    parts += [one(arg, default) for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg is not None:
        parts.append(one(args.kwarg, None, "**"))
    return ", ".join(parts)


def _endpoint_module(obj: Any) -> bool:
    return isinstance(obj, types.ModuleType) and ".api." in obj.__name__ and hasattr(obj, "_get_kwargs")


def _request_literal(node: ast.AST) -> str | None:
    """`GET /path/{id}` from a dict literal with "method" and "url" keys (a generated `_get_kwargs`, or a request
    a typed client builds itself), else None."""
    if not isinstance(node, ast.Dict):
        return None
    items = {k.value: v for k, v in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)}
    method, url = items.get("method"), items.get("url")
    if not isinstance(method, ast.Constant):
        return None
    if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
        url = url.func.value  # "/jobs/v2/{job_id}".format(...)
    if isinstance(url, ast.BinOp) and isinstance(url.left, ast.Constant):
        return f"{str(method.value).upper()} {url.left.value}…"  # "/cache/" + quote(name)
    if isinstance(url, ast.Constant):
        return f"{str(method.value).upper()} {url.value}"
    return None


@functools.cache
def http_operation(module: types.ModuleType) -> str:
    """`GET /path/{id}` from a generated endpoint module's `_get_kwargs`."""
    node = _function_node(module._get_kwargs)
    for sub in ast.walk(node) if node is not None else ():
        found = _request_literal(sub)
        if found is not None:
            return found
    return f"{module.__name__.rsplit('.', 1)[-1]} (method and path not found)"


def _resolve(node: ast.expr, scope: dict[str, Any], owner: type[Any] | None) -> Any:
    """The object a Name or a dotted Attribute chain refers to, or None."""
    chain: list[str] = []
    while isinstance(node, ast.Attribute):
        chain.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    if node.id == "self" and owner is not None:
        obj: Any = owner
    elif node.id in scope:
        obj = scope[node.id]
    else:
        return None
    for name in reversed(chain):
        if not isinstance(obj, types.ModuleType | type):
            return None
        try:
            obj = inspect.getattr_static(obj, name) if isinstance(obj, type) else getattr(obj, name)
        except (AttributeError, ImportError):
            return None
    return obj


def _callable_code(obj: Any) -> Callable[..., Any] | None:
    build = getattr(obj, "_build", None)  # an @operation
    if build is not None:
        return build  # type: ignore[no-any-return]
    if isinstance(obj, staticmethod | classmethod):
        obj = obj.__func__
    if isinstance(obj, property):
        obj = obj.fget
    return obj if inspect.isfunction(obj) else None


def requests_sent(func: Callable[..., Any], owner: type[Any] | None, package: str) -> list[str]:
    """The HTTP operations a function sends: the generated endpoint modules it uses and the request literals it
    writes, directly or through helpers of the same package (`package`), sorted."""
    found: set[str] = set()
    seen: set[Any] = set()

    def visit(code: Callable[..., Any], depth: int) -> None:
        if code in seen or depth < 0:
            return
        seen.add(code)
        node = _function_node(code)
        if node is None:
            return
        scope = dict(getattr(code, "__globals__", {}))
        # Parameters and local variables shadow the module's names (a `search` argument is not `search()`).
        local = {sub.arg for sub in ast.walk(node) if isinstance(sub, ast.arg)}
        local |= {sub.id for sub in ast.walk(node) if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store)}
        for name in local - {"self"}:
            scope.pop(name, None)
        for sub in ast.walk(node):
            literal = _request_literal(sub)
            if literal is not None:
                found.add(literal)
                continue
            if not isinstance(sub, ast.Name | ast.Attribute) or isinstance(sub.ctx, ast.Store):
                continue
            obj = _resolve(sub, scope, owner)
            if _endpoint_module(obj):
                found.add(http_operation(obj))
                continue
            target = _callable_code(obj)
            if target is not None and getattr(target, "__module__", "").startswith(package):
                visit(target, depth - 1)

    visit(func, FOLLOW_DEPTH)
    return sorted(found)


# -- the reference ------------------------------------------------------------------------------------------------
def _methods(resource_cls: type[Any]) -> Iterator[tuple[str, Any]]:
    """The public snake_case methods of a resource class, alphabetically (the core's bases left out)."""
    names: set[str] = set()
    for klass in resource_cls.__mro__:
        if klass.__module__.startswith("sciclients.") and not klass.__module__.startswith("sciclients._core"):
            names.update(n for n in vars(klass) if not n.startswith("_") and n == n.lower())
    for name in sorted(names):
        obj = inspect.getattr_static(resource_cls, name)
        if _callable_code(obj) is not None:
            yield name, obj


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else f"`` {text} ``"


def method_entry(name: str, obj: Any, owner: type[Any], package: str) -> list[str]:
    code = _callable_code(obj)
    assert code is not None
    params, returns = _signature(code, drop_self=not isinstance(obj, staticmethod))
    if hasattr(obj, "_build") and returns.startswith("Call[") and returns.endswith("]"):
        returns = returns[5:-1]  # an @operation returns the Call's result
    ops = requests_sent(code, owner, package)
    lines = [f"- {_code(f'{name}{params}' + (f' -> {returns}' if returns else ''))}"]
    detail = " · ".join(filter(None, [", ".join(_code(op) for op in ops) or "no request of its own", _summary(obj)]))
    lines.append(f"  {detail}")
    return lines


def drop_in_entries(system: str) -> list[str]:
    if system not in DROP_INS:
        return []
    module_name, class_name, title = DROP_INS[system]
    module = importlib.import_module(module_name)
    lines = [f"## Drop-in: {title}", ""]
    if class_name is None:
        names = sorted(getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")]))
        entries = [(n, getattr(module, n)) for n in names if inspect.isfunction(getattr(module, n, None))]
        drop_self = False
    else:
        cls = getattr(module, class_name)
        names = {n for klass in cls.__mro__ for n in vars(klass) if not n.startswith("_") and n != n.lower()}
        entries = [(n, inspect.getattr_static(cls, n)) for n in sorted(names)]
        entries = [(n, v) for n, v in entries if _callable_code(v) is not None]
        drop_self = True
    for name, obj in entries:
        code = _callable_code(obj)
        assert code is not None
        params, returns = _signature(code, drop_self=drop_self)
        if returns.startswith("Call[") and returns.endswith("]"):
            returns = returns[5:-1]
        summary = _summary(obj)
        lines.append(f"- {_code(f'{name}{params}' + (f' -> {returns}' if returns else ''))}")
        if summary:
            lines.append(f"  {summary}")
    return [*lines, ""]


def reference(system: str, entry: Any) -> str:
    from sciclients.cli._derive import resources_of

    client_cls = getattr(importlib.import_module(entry.module), entry.client)
    package = entry.module
    lines = [
        f"# API reference: {system}",
        "",
        "<!-- Written by scripts/apiref.py from the code; do not edit. -->",
        "",
        f"`{entry.module}.{entry.client}`: {_summary(client_cls)}",
        "",
        f"{entry.help} Configured from {entry.environment}.",
        "",
        f"The asyncio client `Async{entry.client}` has the same resources and methods; each returns a coroutine "
        "(an `iter_*` method an async iterator). Under each method: the HTTP request(s) it sends, then the first "
        "paragraph of its docstring.",
        "",
    ]
    for attribute, resource_cls in sorted(resources_of(client_cls)):
        source = inspect.getsourcefile(resource_cls) or ""
        where = Path(source).resolve().relative_to(ROOT).as_posix() if source else "?"
        lines += [f"## `{system}.{attribute}`", "", f"`{resource_cls.__name__}` ({_code(where)}): "
                  f"{_summary(resource_cls)}", ""]  # fmt: skip
        for name, obj in _methods(resource_cls):
            lines += method_entry(name, obj, resource_cls, package)
        lines.append("")
    lines += drop_in_entries(system)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    systems = _systems()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("systems", nargs="*", metavar="system", help=f"any of {', '.join(systems)} (default: all)")
    parser.add_argument("--check", action="store_true", help="compare with docs/api/ instead of writing")
    parser.add_argument("--out", type=Path, default=ROOT / OUT, help=argparse.SUPPRESS)  # for the script's own tests
    args = parser.parse_args(argv)
    unknown = [s for s in args.systems if s not in systems]
    if unknown:
        parser.error(f"unknown system {', '.join(unknown)}; expected any of {', '.join(systems)}")
    stale = []
    for system in args.systems or list(systems):
        text = reference(system, systems[system])
        target = args.out / f"{system}.md"
        if args.check:
            if not target.is_file() or target.read_text() != text:
                stale.append(str(target))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        print(f"{shown}: {text.count(chr(10) + '- ')} entries")
    if stale:
        for name in stale:
            print(f"stale: {name}", file=sys.stderr)
        print("error: the API reference does not match the code; run: python scripts/apiref.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
