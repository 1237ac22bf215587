"""The generated Agave models (`sciclients._generated.agave_api.models`), loaded on first use: `models.Job`,
`models.JobSummary`.
"""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("sciclients._generated.agave_api.models")
