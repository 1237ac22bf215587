"""Search terms: Python keyword filters or `field[.op]` mappings, checked, as the server's query parameters.

The server reads `<field>[.<operator>]=<value>` on its collections (reference §5). It silently ignores
unknown fields and treats an unknown operator as part of the field name, so a typo filters nothing: both
are refused here before any I/O.

    status__in=["RUNNING", "QUEUED"]   ->  status.in=RUNNING,QUEUED
    app_id__like="wc-*"                ->  appId.like=wc-*
    created__after=datetime(2019, 1, 1) -> created.after=2019-01-01T00:00:00
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

__all__ = ["OPERATORS", "JOB_FIELDS", "HISTORY_FIELDS", "SearchValue", "from_keywords", "from_mapping"]

OPERATORS = ("eq", "neq", "lt", "lte", "gt", "gte", "in", "nin", "like", "nlike", "rlike", "between", "on",
             "before", "after")  # fmt: skip
_LIST_OPERATORS = frozenset({"in", "nin", "between"})
_BOOLEAN_OPERATORS = frozenset({"eq", "neq"})

# Search fields of the job list (JobSearchFilter), keyed by their lower-case form; the server matches them
# case-insensitively. Values are the spelling sent on the wire.
JOB_FIELDS = {name.lower(): name for name in (
    "appId", "archive", "archivePath", "archiveSystem", "batchQueue", "charge", "created", "endTime",
    "errorMessage", "executionSystem", "id", "inputs", "lastModified", "lastUpdated", "localId", "maxRunTime",
    "memoryPerNode", "name", "nodeCount", "outputPath", "owner", "parameters", "processorsPerNode", "retries",
    "runtime", "startTime", "status", "submitTime", "visible", "walltime",
)}  # fmt: skip
HISTORY_FIELDS = {name.lower(): name for name in ("id", "status", "created", "description", "ipAddress")}
_BOOLEAN_FIELDS = frozenset({"archive", "visible"})

SearchValue = str | int | float | bool | datetime | date | Iterable[str | int | float | datetime | date]


def _field(name: str, fields: Mapping[str, str], argument: str) -> str:
    canonical = fields.get(name.replace("_", "").lower())
    if canonical is None:
        raise ValueError(
            f"{argument}: {name!r} is not a search field (the server would silently ignore it); "
            f"use one of {', '.join(sorted(fields.values()))}"
        )
    return canonical


def _scalar(value: Any, argument: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"{argument}: expected a str, number, bool or date, got {type(value).__name__}")


def _value(field: str, operator: str, value: Any, argument: str) -> str:
    if field.lower() in _BOOLEAN_FIELDS and operator not in _BOOLEAN_OPERATORS:
        raise ValueError(f"{argument}: {field} is a boolean field; only eq and neq apply, not {operator}")
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        if isinstance(value, str) and operator in _LIST_OPERATORS and value.strip() == "":
            raise ValueError(f"{argument}: {operator} needs at least one value")
        return _scalar(value, argument)
    if operator not in _LIST_OPERATORS:
        raise TypeError(f"{argument}: a list of values needs the in, nin or between operator, not {operator}")
    items = [_scalar(item, f"{argument}[{i}]") for i, item in enumerate(value)]
    if not items:
        raise ValueError(f"{argument}: {operator} needs at least one value")
    if operator == "between" and len(items) != 2:
        raise ValueError(f"{argument}: between takes exactly two values (low, high), got {len(items)}")
    return ",".join(items)


def _operator(op: str, argument: str) -> str:
    lowered = op.lower()
    if lowered not in OPERATORS:
        raise ValueError(f"{argument}: unknown search operator {op!r}; use one of {', '.join(OPERATORS)}")
    return lowered


def from_keywords(filters: Mapping[str, Any], fields: Mapping[str, str] = JOB_FIELDS) -> dict[str, str]:
    """`field=value` or `field__op=value` keyword filters as query parameters (eq is left implicit)."""
    terms: dict[str, str] = {}
    for key, value in filters.items():
        name, sep, op = key.rpartition("__")
        if not sep:
            name, op = key, "eq"
        field = _field(name, fields, key)
        operator = _operator(op, key)
        wire = field if operator == "eq" else f"{field}.{operator}"
        terms[wire] = _value(field, operator, value, key)
    return terms


def from_mapping(search: Any, fields: Mapping[str, str] = JOB_FIELDS, argument: str = "search") -> dict[str, str]:
    """agavepy's `search={"status.in": "RUNNING,QUEUED"}`: keys checked, sent as given (lists comma-joined)."""
    if not isinstance(search, Mapping):
        raise TypeError(f"{argument} must be a dict of '<field>[.<operator>]' to value, got {type(search).__name__}")
    terms: dict[str, str] = {}
    for key, value in search.items():
        if not isinstance(key, str) or not key.strip():
            raise TypeError(f"{argument}: keys must be non-empty strings, got {key!r}")
        name, sep, op = key.rpartition(".")
        if not sep:
            name, op = key, "eq"
        field = _field(name, fields, f"{argument}[{key!r}]")
        operator = _operator(op, f"{argument}[{key!r}]")
        terms[key] = _value(field, operator, value, f"{argument}[{key!r}]")
    return terms
