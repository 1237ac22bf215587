"""Endpoints tagged `file_server`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_cache_file,
        delete_hpo_checkpoint,
        download_jedi_log,
        register_cache_file,
        touch_cache_file,
        update_jedi_log,
        upload_cache_file,
        upload_event_picking_request,
        upload_file_recovery_request,
        upload_hpo_checkpoint,
        upload_jedi_log,
        upload_workflow_request,
        validate_cache_file,
    )

__all__ = (
    "upload_jedi_log",
    "update_jedi_log",
    "download_jedi_log",
    "upload_cache_file",
    "touch_cache_file",
    "delete_cache_file",
    "register_cache_file",
    "validate_cache_file",
    "upload_hpo_checkpoint",
    "delete_hpo_checkpoint",
    "upload_file_recovery_request",
    "upload_workflow_request",
    "upload_event_picking_request",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
