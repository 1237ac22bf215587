"""Endpoints tagged `submissions`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        get_submission_details,
        list_stage_submissions,
        register_submission,
        update_submission,
    )

__all__ = (
    "list_stage_submissions",
    "get_submission_details",
    "update_submission",
    "register_submission",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
