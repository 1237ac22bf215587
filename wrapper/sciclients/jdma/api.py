"""The generated JDMA endpoints (`sciclients._generated.jdma_api.api`), one module per tag:
`api.batch.get_batches.sync(...)`.
"""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("sciclients._generated.jdma_api.api")
