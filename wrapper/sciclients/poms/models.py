"""The generated POMS models (`sciclients._generated.poms_api.models`), loaded on first use:
`models.CampaignListing`.
"""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("sciclients._generated.poms_api.models")
