"""sciclients: typed clients for PanDA, JDMA, POMS and Agave jobs.

Importing this package is cheap: each system (`sciclients.panda`, `.jdma`, `.poms`, `.agave`) and its
generated client load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

if TYPE_CHECKING:
    from . import agave, errors, jdma, panda, poms

__version__ = "0.1.0"
__all__ = ["__version__", "agave", "errors", "jdma", "panda", "poms"]

__getattr__, __dir__ = lazy_exports(__name__, {name: (f".{name}", None) for name in __all__[1:]}, globals())
