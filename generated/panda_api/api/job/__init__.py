"""Endpoints tagged `job`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        describe_jobs,
        describe_jobs_by_post,
        describe_jobs_incl_archive,
        describe_jobs_incl_archive_by_post,
        generate_offline_execution_script,
        get_job_status,
        get_metadata_for_analysis_jobs,
        kill_jobs,
        reassign_jobs,
        set_job_command,
        set_job_debug_mode,
        submit_jobs,
    )

__all__ = (
    "get_job_status",
    "describe_jobs",
    "describe_jobs_by_post",
    "describe_jobs_incl_archive",
    "describe_jobs_incl_archive_by_post",
    "generate_offline_execution_script",
    "get_metadata_for_analysis_jobs",
    "kill_jobs",
    "reassign_jobs",
    "set_job_command",
    "set_job_debug_mode",
    "submit_jobs",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
