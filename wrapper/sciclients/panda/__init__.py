"""sciclients.panda: typed clients for the PanDA server REST API v1.

    from sciclients.panda import Panda
    with Panda() as panda:                      # configured from PANDA_URL_SSL, PANDA_AUTH, ...
        print(panda.task.get_status(123))

`Panda`/`AsyncPanda` are the typed clients; `Client` is the drop-in for `pandaclient.Client`;
`models` and `api` are the generated models and endpoints. Everything loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sciclients._lazy import lazy_exports

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


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
