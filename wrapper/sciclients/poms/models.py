"""The generated POMS models (`poms_api.models`), loaded on first use: `models.CampaignListing`."""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("poms_api.models")
