"""Endpoints tagged `campaign_stages`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        edit_campaign_stage,
        get_campaign_stage_id,
        get_campaign_stage_name,
        list_all_campaign_stages,
        list_campaign_stages,
        update_campaign_stage,
        update_stage_param_overrides,
    )

__all__ = (
    "list_campaign_stages",
    "list_all_campaign_stages",
    "get_campaign_stage_id",
    "get_campaign_stage_name",
    "update_stage_param_overrides",
    "update_campaign_stage",
    "edit_campaign_stage",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
