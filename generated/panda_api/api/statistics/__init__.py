"""Endpoints tagged `statistics`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        get_active_job_detailed_stats_by_site,
        get_active_job_stats_by_site,
        get_job_stats_by_cloud,
        get_job_stats_by_site_and_resource_type,
        get_job_stats_by_site_share_and_resource_type,
        get_production_job_stats_by_cloud_and_processing_type,
        get_wn_metrics_by_queue,
        get_wn_metrics_by_site,
    )

__all__ = (
    "get_job_stats_by_cloud",
    "get_production_job_stats_by_cloud_and_processing_type",
    "get_active_job_stats_by_site",
    "get_active_job_detailed_stats_by_site",
    "get_job_stats_by_site_and_resource_type",
    "get_job_stats_by_site_share_and_resource_type",
    "get_wn_metrics_by_site",
    "get_wn_metrics_by_queue",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
