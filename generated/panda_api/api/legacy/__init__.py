"""Endpoints tagged `legacy`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        legacy_delete_checkpoint,
        legacy_execute_idds_workflow_command,
        legacy_put_checkpoint,
        legacy_put_event_picking_request,
        legacy_put_file_recovery_request,
        legacy_put_workflow_request,
        legacy_relay_idds_command,
    )

__all__ = (
    "legacy_relay_idds_command",
    "legacy_execute_idds_workflow_command",
    "legacy_put_event_picking_request",
    "legacy_put_file_recovery_request",
    "legacy_put_workflow_request",
    "legacy_put_checkpoint",
    "legacy_delete_checkpoint",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
