"""sciclients.poms: typed clients for POMS, Fermilab's Production Operations Management Service.

    from sciclients.poms import Poms
    with Poms(experiment="samdev") as poms:      # X.509 proxy or BEARER_TOKEN_FILE, client.cfg or POMS_URL
        stage_id = poms.campaign_stages.get_id("my campaign", "reco")
        launch = poms.launches.launch_stage(stage_id)
        print(launch.submission_id)

`Poms`/`AsyncPoms` are the typed clients; `poms_client` is the drop-in for the classic `poms_client` module;
`models` and `api` are the generated models and endpoints. Everything loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sciclients._lazy import lazy_exports

if TYPE_CHECKING:
    from . import api, models, poms_client
    from ._client import AsyncPoms, Poms
    from ._errors import LaunchAuthRequiredError, LaunchHeldError, PomsAPIError
    from ._resources import Launch

__all__ = [
    "AsyncPoms",
    "Launch",
    "LaunchAuthRequiredError",
    "LaunchHeldError",
    "Poms",
    "PomsAPIError",
    "api",
    "models",
    "poms_client",
]

_LAZY = {
    "Poms": ("._client", "Poms"),
    "AsyncPoms": ("._client", "AsyncPoms"),
    "Launch": ("._resources", "Launch"),
    "PomsAPIError": ("._errors", "PomsAPIError"),
    "LaunchHeldError": ("._errors", "LaunchHeldError"),
    "LaunchAuthRequiredError": ("._errors", "LaunchAuthRequiredError"),
    "models": (".models", None),
    "api": (".api", None),
    "poms_client": (".poms_client", None),
}


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
