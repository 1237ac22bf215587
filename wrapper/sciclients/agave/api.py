"""The generated Agave endpoints (`sciclients._generated.agave_api.api`), one module per tag:
`api.jobs.get_job.sync(...)`.
"""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("sciclients._generated.agave_api.api")
