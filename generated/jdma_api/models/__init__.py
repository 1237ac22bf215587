"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing this package, or one endpoint module, loads only the
models actually used, so importing a generated client stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archive import Archive
    from .archive_with_files import ArchiveWithFiles
    from .batch_archives import BatchArchives
    from .batch_archives_list import BatchArchivesList
    from .batch_detail import BatchDetail
    from .batch_file import BatchFile
    from .batch_files import BatchFiles
    from .batch_files_list import BatchFilesList
    from .batch_list import BatchList
    from .batch_stage import BatchStage
    from .batch_summary import BatchSummary
    from .blanked_credentials import BlankedCredentials
    from .create_user_request import CreateUserRequest
    from .created_user import CreatedUser
    from .credentials import Credentials
    from .delete_request_accepted import DeleteRequestAccepted
    from .error import Error
    from .get_request_accepted import GetRequestAccepted
    from .modify_batch_request import ModifyBatchRequest
    from .modify_batch_response import ModifyBatchResponse
    from .new_delete_request import NewDeleteRequest
    from .new_get_request import NewGetRequest
    from .new_put_request import NewPutRequest
    from .new_put_request_request_type import NewPutRequestRequestType
    from .put_request_accepted import PutRequestAccepted
    from .request_detail import RequestDetail
    from .request_list import RequestList
    from .request_stage import RequestStage
    from .request_summary import RequestSummary
    from .request_type import RequestType
    from .storage_backends import StorageBackends
    from .update_user_request import UpdateUserRequest
    from .user import User

_MODULE_OF: dict[str, str] = {
    "Archive": ".archive",
    "ArchiveWithFiles": ".archive_with_files",
    "BatchArchives": ".batch_archives",
    "BatchArchivesList": ".batch_archives_list",
    "BatchDetail": ".batch_detail",
    "BatchFile": ".batch_file",
    "BatchFiles": ".batch_files",
    "BatchFilesList": ".batch_files_list",
    "BatchList": ".batch_list",
    "BatchStage": ".batch_stage",
    "BatchSummary": ".batch_summary",
    "BlankedCredentials": ".blanked_credentials",
    "CreateUserRequest": ".create_user_request",
    "CreatedUser": ".created_user",
    "Credentials": ".credentials",
    "DeleteRequestAccepted": ".delete_request_accepted",
    "Error": ".error",
    "GetRequestAccepted": ".get_request_accepted",
    "ModifyBatchRequest": ".modify_batch_request",
    "ModifyBatchResponse": ".modify_batch_response",
    "NewDeleteRequest": ".new_delete_request",
    "NewGetRequest": ".new_get_request",
    "NewPutRequest": ".new_put_request",
    "NewPutRequestRequestType": ".new_put_request_request_type",
    "PutRequestAccepted": ".put_request_accepted",
    "RequestDetail": ".request_detail",
    "RequestList": ".request_list",
    "RequestStage": ".request_stage",
    "RequestSummary": ".request_summary",
    "RequestType": ".request_type",
    "StorageBackends": ".storage_backends",
    "UpdateUserRequest": ".update_user_request",
    "User": ".user",
}

__all__ = (
    "Archive",
    "ArchiveWithFiles",
    "BatchArchives",
    "BatchArchivesList",
    "BatchDetail",
    "BatchFile",
    "BatchFiles",
    "BatchFilesList",
    "BatchList",
    "BatchStage",
    "BatchSummary",
    "BlankedCredentials",
    "CreatedUser",
    "CreateUserRequest",
    "Credentials",
    "DeleteRequestAccepted",
    "Error",
    "GetRequestAccepted",
    "ModifyBatchRequest",
    "ModifyBatchResponse",
    "NewDeleteRequest",
    "NewGetRequest",
    "NewPutRequest",
    "NewPutRequestRequestType",
    "PutRequestAccepted",
    "RequestDetail",
    "RequestList",
    "RequestStage",
    "RequestSummary",
    "RequestType",
    "StorageBackends",
    "UpdateUserRequest",
    "User",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
