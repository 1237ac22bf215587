"""Endpoints tagged `jobs`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_job,
        get_job,
        get_job_status,
        list_jobs,
        manage_job,
        submit_job,
    )

__all__ = (
    "list_jobs",
    "submit_job",
    "get_job",
    "manage_job",
    "delete_job",
    "get_job_status",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
