"""sciclients.agave: typed clients for the Agave v2 Jobs service (TACC; "Tapis v2").

    from sciclients.agave import Agave
    with Agave() as ag:                         # token and tenant from agavepy's ~/.agave/current
        for job in ag.jobs.iter_search(status__in=["RUNNING", "QUEUED"]):
            print(job.id, job.status)

agavepy code ports by changing its import: on a client made agavepy's way (`Agave(api_server=…, token=…)`,
`Agave.restore()`), `ag.jobs.getHistory(jobId=…)` and the other agavepy names answer as agavepy does (dicts
with the server's keys, errors that are also `requests.exceptions.HTTPError`); made with `base_url=` they
return the typed models. `Agave`/`AsyncAgave` are the clients; `models` and `api` are the generated models and
endpoints. Everything loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sciclients._lazy import lazy_exports

if TYPE_CHECKING:
    from . import api, models
    from ._client import Agave, AsyncAgave
    from ._errors import AgaveAPIError, IncompleteDownloadError

__all__ = ["Agave", "AgaveAPIError", "AsyncAgave", "IncompleteDownloadError", "api", "models"]

_LAZY = {
    "Agave": ("._client", "Agave"),
    "AsyncAgave": ("._client", "AsyncAgave"),
    "AgaveAPIError": ("._errors", "AgaveAPIError"),
    "IncompleteDownloadError": ("._errors", "IncompleteDownloadError"),
    "models": (".models", None),
    "api": (".api", None),
}


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
