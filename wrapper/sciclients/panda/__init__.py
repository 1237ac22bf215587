"""sciclients.panda: typed clients for the PanDA server REST API v1.

    from sciclients.panda import Panda
    with Panda() as panda:                      # configured from PANDA_URL_SSL, PANDA_AUTH, ...
        print(panda.task.get_status(123))

`Panda`/`AsyncPanda` are the typed clients; `Client` is the drop-in for `pandaclient.Client`;
`models` and `api` are the generated models and endpoints. Everything loads on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Client, api, models
    from ._client import AsyncPanda, Panda
    from ._errors import PandaAPIError
    from ._types import CommandResult

__all__ = ["AsyncPanda", "Client", "CommandResult", "Panda", "PandaAPIError", "api", "models"]

_LAZY = {
    "Panda": ("._client", "Panda"),
    "AsyncPanda": ("._client", "AsyncPanda"),
    "PandaAPIError": ("._errors", "PandaAPIError"),
    "CommandResult": ("._types", "CommandResult"),
    "models": (".models", None),
    "api": (".api", None),
    "Client": (".Client", None),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
