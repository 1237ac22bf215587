"""Endpoints tagged `login_setups`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        delete_login_setup,
        edit_launch_template,
        edit_login_setup,
    )

__all__ = (
    "delete_login_setup",
    "edit_login_setup",
    "edit_launch_template",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
