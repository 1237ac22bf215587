"""Endpoints tagged `event`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        acquire_event_ranges,
        get_available_event_range_count,
        get_event_range_statuses,
        update_event_ranges,
        update_single_event_range,
    )

__all__ = (
    "get_available_event_range_count",
    "get_event_range_statuses",
    "acquire_event_ranges",
    "update_single_event_range",
    "update_event_ranges",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
