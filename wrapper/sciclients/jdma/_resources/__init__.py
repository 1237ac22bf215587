"""One resource class per tag of specs/jdma.yaml, each in its own module."""

from .archive import ArchiveResource
from .backend import StorageResource
from .batch import BatchResource
from .file import FileResource
from .request import RequestResource
from .user import UserResource

__all__ = ["ArchiveResource", "BatchResource", "FileResource", "RequestResource", "StorageResource", "UserResource"]
