"""The generated JDMA endpoints (`jdma_api.api`), one module per tag: `api.batch.get_batches.sync(...)`."""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("jdma_api.api")
