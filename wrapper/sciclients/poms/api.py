"""The generated POMS endpoints (`sciclients._generated.poms_api.api`), one module per tag:
`api.campaigns.get_campaign_id.sync(...)`.
"""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("sciclients._generated.poms_api.api")
