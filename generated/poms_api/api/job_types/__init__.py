"""Endpoints tagged `job_types`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_job_type,
        edit_job_type,
        update_job_type_recoveries,
    )

__all__ = (
    "delete_job_type",
    "update_job_type_recoveries",
    "edit_job_type",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
