"""Endpoints tagged `permissions`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_job_permissions,
        delete_job_permissions_for_user,
        get_job_permissions_for_user,
        list_job_permissions,
        update_job_permissions,
        update_job_permissions_for_user,
    )

__all__ = (
    "list_job_permissions",
    "update_job_permissions",
    "delete_job_permissions",
    "get_job_permissions_for_user",
    "update_job_permissions_for_user",
    "delete_job_permissions_for_user",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
