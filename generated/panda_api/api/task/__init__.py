"""Endpoints tagged `task`, one module each, imported on first access (PEP 562)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        avalanche_task,
        change_task_attribute,
        change_task_modification_time,
        change_task_priority,
        change_task_split_rule,
        disable_task_job_cloning,
        enable_task_job_cloning,
        enable_task_jumbo_jobs,
        finish_task,
        get_jumbo_job_datasets,
        get_parent_task_detailed_info,
        get_task_datasets_and_files,
        get_task_detailed_info,
        get_task_details,
        get_task_job_descriptions,
        get_task_job_ids,
        get_task_parameters,
        get_task_status,
        get_tasks_detailed_info_since,
        get_tasks_modified_since,
        increase_task_attempts,
        kill_task,
        kill_unfinished_task_jobs,
        pause_task,
        reactivate_task,
        reassign_task,
        reassign_task_global_share,
        release_task,
        reload_task_input,
        resume_task,
        retry_task,
        submit_task,
    )

__all__ = (
    "retry_task",
    "resume_task",
    "release_task",
    "reassign_task",
    "pause_task",
    "kill_task",
    "kill_unfinished_task_jobs",
    "finish_task",
    "reactivate_task",
    "avalanche_task",
    "reload_task_input",
    "reassign_task_global_share",
    "enable_task_jumbo_jobs",
    "get_jumbo_job_datasets",
    "enable_task_job_cloning",
    "disable_task_job_cloning",
    "increase_task_attempts",
    "get_task_status",
    "get_task_details",
    "change_task_attribute",
    "change_task_modification_time",
    "change_task_priority",
    "change_task_split_rule",
    "get_tasks_modified_since",
    "get_tasks_detailed_info_since",
    "get_task_datasets_and_files",
    "get_task_job_ids",
    "submit_task",
    "get_task_parameters",
    "get_task_detailed_info",
    "get_parent_task_detailed_info",
    "get_task_job_descriptions",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(__all__)
