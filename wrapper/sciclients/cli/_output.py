"""Turning results into JSON or rich tables."""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import attrs

__all__ = ["plain", "print_json", "print_table"]

# Beyond this many columns, a table keeps only the columns holding plain values (`--json` shows everything).
MAX_COLUMNS = 8
CELL_WIDTH = 60


def plain(value: Any) -> Any:
    """A JSON-compatible copy of a result: generated models via their `to_dict`, attrs classes field by field."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if attrs.has(type(value)):
        return {field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(plain(value), indent=2, sort_keys=False) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        text = json.dumps(value, separators=(",", ":"))
    else:
        text = str(value)
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _rows_table(rows: list[dict[str, Any]], title: str | None = None) -> Any:
    from rich.table import Table

    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    if len(columns) > MAX_COLUMNS:
        columns = [c for c in columns if any(_is_scalar(row.get(c)) and row.get(c) is not None for row in rows)]
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    return table


def _fields_table(fields: Mapping[str, Any]) -> Any:
    from rich.table import Table

    table = Table(show_header=True)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    for key, value in fields.items():
        table.add_row(key, _cell(value))
    return table


def _renderables(value: Any) -> list[Any]:
    """What a result looks like as tables: a list of objects is one row each; an object is field/value rows,
    except that its lists of objects (e.g. POMS's `tl`) get tables of their own."""
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            return [_rows_table(value)]
        return [_rows_table([{"value": item} for item in value])] if value else []
    if isinstance(value, dict):
        lists = {k: v for k, v in value.items() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)}
        rest = {k: v for k, v in value.items() if k not in lists}
        out: list[Any] = [_rows_table(rows, title=key) for key, rows in lists.items()]
        if rest:
            out.append(_fields_table(rest))
        return out
    return [] if value is None else [str(value)]


def print_table(value: Any) -> None:
    """Print a result for people: tables via rich, a plain value as it is, nothing for no result."""
    data = plain(value)
    if data is None:
        return
    if _is_scalar(data):
        sys.stdout.write(f"{data}\n")
        return
    from rich.console import Console

    # Wide enough that piping into a file or `less` does not cut columns at 80 characters.
    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 200)
    for renderable in _renderables(data):
        console.print(renderable)
