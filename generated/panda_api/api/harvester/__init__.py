"""Endpoints tagged `harvester`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        acknowledge_harvester_commands,
        acquire_harvester_commands,
        add_harvester_dialogs,
        add_sweep_command,
        add_target_slots,
        get_current_worker_id,
        get_worker_statistics,
        report_worker_statistics,
        send_harvester_heartbeat,
        update_service_metrics,
        update_workers,
    )

__all__ = (
    "update_workers",
    "update_service_metrics",
    "add_harvester_dialogs",
    "send_harvester_heartbeat",
    "get_current_worker_id",
    "get_worker_statistics",
    "report_worker_statistics",
    "acquire_harvester_commands",
    "acknowledge_harvester_commands",
    "add_sweep_command",
    "add_target_slots",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
