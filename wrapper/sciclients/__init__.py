"""sciclients: typed clients for PanDA, JDMA, POMS and Agave jobs.

Importing this package is cheap: each system (`sciclients.panda`, `.jdma`, `.poms`, `.agave`) and its
generated client load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import agave, errors, jdma, panda, poms

__version__ = "0.1.0"
__all__ = ["__version__", "agave", "errors", "jdma", "panda", "poms"]

_LAZY = {"agave", "errors", "jdma", "panda", "poms"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
