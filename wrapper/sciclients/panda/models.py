"""The generated PanDA models (`sciclients._generated.panda_api.models`), loaded on first use:
`models.UserAttributes`.
"""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("sciclients._generated.panda_api.models")
