"""The generated PanDA endpoints (`sciclients._generated.panda_api.api`), one module per tag:
`api.task.get_task_status.sync(...)`.
"""

from sciclients._core._reexport import lazy_subpackages

__getattr__, __dir__ = lazy_subpackages("sciclients._generated.panda_api.api")
