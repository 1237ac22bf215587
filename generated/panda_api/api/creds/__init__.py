"""Endpoints tagged `creds`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        get_access_token,
        get_key_pair,
        get_proxy,
        get_token_key,
        get_user_secrets,
        set_user_secrets,
    )

__all__ = (
    "set_user_secrets",
    "get_user_secrets",
    "get_key_pair",
    "get_proxy",
    "get_access_token",
    "get_token_key",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
