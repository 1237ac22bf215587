"""The generated PanDA models (`panda_api.models`), loaded on first use: `models.UserAttributes`."""

from sciclients._core._reexport import lazy_package

__getattr__, __dir__ = lazy_package("panda_api.models")
