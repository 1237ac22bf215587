"""The generated JDMA models (`sciclients._generated.jdma_api.models`), loaded on first use: `models.BatchDetail`,
`models.RequestStage`.
"""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("sciclients._generated.jdma_api.models")
