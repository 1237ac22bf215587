"""Endpoints tagged `system`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        get_attributes,
        get_user_attributes,
        get_voms_attributes,
        is_alive,
    )

__all__ = (
    "get_voms_attributes",
    "get_user_attributes",
    "get_attributes",
    "is_alive",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
