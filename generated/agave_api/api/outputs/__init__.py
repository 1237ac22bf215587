"""Endpoints tagged `outputs`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        download_job_output,
        head_job_output,
        list_job_outputs,
        list_job_outputs_root,
    )

__all__ = (
    "list_job_outputs_root",
    "list_job_outputs",
    "download_job_output",
    "head_job_output",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
