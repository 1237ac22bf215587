"""The generated POMS endpoints (`poms_api.api`), one module per tag: `api.campaigns.get_campaign_id.sync(...)`."""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("poms_api.api")
