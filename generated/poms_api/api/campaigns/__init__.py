"""Endpoints tagged `campaigns`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_campaign,
        get_campaign_id,
        get_campaign_name,
        list_campaigns,
        upload_workflow,
    )

__all__ = (
    "list_campaigns",
    "delete_campaign",
    "get_campaign_id",
    "get_campaign_name",
    "upload_workflow",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
