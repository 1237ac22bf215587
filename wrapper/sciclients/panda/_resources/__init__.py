"""One resource class per PanDA v1 module (plus the legacy functions), each in its own module."""

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
