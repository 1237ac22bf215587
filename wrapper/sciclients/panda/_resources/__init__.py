"""One resource class per PanDA v1 module (plus the legacy functions), each in its own module.

Each module is imported on first use: a one-shot program calling `panda.task` loads `task` and no other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sciclients._lazy import lazy_exports

if TYPE_CHECKING:
    from .async_process import AsyncProcessResource
    from .creds import CredsResource
    from .data_carousel import DataCarouselResource
    from .event import EventResource
    from .file_server import FileServerResource
    from .harvester import HarvesterResource
    from .idds import IddsResource
    from .job import JobResource
    from .legacy import LegacyResource
    from .metaconfig import MetaconfigResource
    from .pilot import PilotResource
    from .statistics import StatisticsResource
    from .system import SystemResource
    from .task import TaskResource
    from .workflow import WorkflowResource

__all__ = [
    "AsyncProcessResource",
    "CredsResource",
    "DataCarouselResource",
    "EventResource",
    "FileServerResource",
    "HarvesterResource",
    "IddsResource",
    "JobResource",
    "LegacyResource",
    "MetaconfigResource",
    "PilotResource",
    "StatisticsResource",
    "SystemResource",
    "TaskResource",
    "WorkflowResource",
]

_LAZY = {
    "AsyncProcessResource": (".async_process", "AsyncProcessResource"),
    "CredsResource": (".creds", "CredsResource"),
    "DataCarouselResource": (".data_carousel", "DataCarouselResource"),
    "EventResource": (".event", "EventResource"),
    "FileServerResource": (".file_server", "FileServerResource"),
    "HarvesterResource": (".harvester", "HarvesterResource"),
    "IddsResource": (".idds", "IddsResource"),
    "JobResource": (".job", "JobResource"),
    "LegacyResource": (".legacy", "LegacyResource"),
    "MetaconfigResource": (".metaconfig", "MetaconfigResource"),
    "PilotResource": (".pilot", "PilotResource"),
    "StatisticsResource": (".statistics", "StatisticsResource"),
    "SystemResource": (".system", "SystemResource"),
    "TaskResource": (".task", "TaskResource"),
    "WorkflowResource": (".workflow", "WorkflowResource"),
}

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
