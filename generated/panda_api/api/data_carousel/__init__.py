"""Endpoints tagged `data_carousel`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        change_staging_destination,
        change_staging_source,
        force_to_staging,
        retire_unused_staging_request,
        submit_change_staging_destination,
        submit_change_staging_source,
        submit_force_to_staging,
        submit_retire_unused_staging_request,
    )

__all__ = (
    "change_staging_destination",
    "change_staging_source",
    "force_to_staging",
    "retire_unused_staging_request",
    "submit_change_staging_destination",
    "submit_change_staging_source",
    "submit_force_to_staging",
    "submit_retire_unused_staging_request",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
