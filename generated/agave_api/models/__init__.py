"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing this package, or one endpoint module, loads only the
models actually used, so importing a generated client stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_token_request import CreateTokenRequest
    from .create_token_request_grant_type import CreateTokenRequestGrantType
    from .empty_envelope import EmptyEnvelope
    from .envelope_status import EnvelopeStatus
    from .error_envelope import ErrorEnvelope
    from .gateway_fault import GatewayFault
    from .gateway_fault_detail import GatewayFaultDetail
    from .get_job_history_order import GetJobHistoryOrder
    from .history_search_terms import HistorySearchTerms
    from .job import Job
    from .job_envelope import JobEnvelope
    from .job_history import JobHistory
    from .job_history_envelope import JobHistoryEnvelope
    from .job_input_values import JobInputValues
    from .job_inputs import JobInputs
    from .job_links import JobLinks
    from .job_list_envelope import JobListEnvelope
    from .job_parameter_values import JobParameterValues
    from .job_parameters import JobParameters
    from .job_search_terms import JobSearchTerms
    from .job_status import JobStatus
    from .job_status_envelope import JobStatusEnvelope
    from .job_status_links import JobStatusLinks
    from .job_summary import JobSummary
    from .job_summary_links import JobSummaryLinks
    from .link import Link
    from .list_jobs_order import ListJobsOrder
    from .manage_job_request import ManageJobRequest
    from .manage_job_request_action import ManageJobRequestAction
    from .notification import Notification
    from .notification_link import NotificationLink
    from .permission import Permission
    from .permission_acl import PermissionAcl
    from .permission_envelope import PermissionEnvelope
    from .permission_links import PermissionLinks
    from .permission_list_envelope import PermissionListEnvelope
    from .permission_value import PermissionValue
    from .remote_file import RemoteFile
    from .remote_file_links import RemoteFileLinks
    from .remote_file_list_envelope import RemoteFileListEnvelope
    from .submit_job_request import SubmitJobRequest
    from .token_error import TokenError
    from .token_response import TokenResponse
    from .transfer_progress import TransferProgress
    from .update_job_permissions_for_user_request import UpdateJobPermissionsForUserRequest
    from .update_job_permissions_request import UpdateJobPermissionsRequest

_MODULE_OF: dict[str, str] = {
    "CreateTokenRequest": ".create_token_request",
    "CreateTokenRequestGrantType": ".create_token_request_grant_type",
    "EmptyEnvelope": ".empty_envelope",
    "EnvelopeStatus": ".envelope_status",
    "ErrorEnvelope": ".error_envelope",
    "GatewayFault": ".gateway_fault",
    "GatewayFaultDetail": ".gateway_fault_detail",
    "GetJobHistoryOrder": ".get_job_history_order",
    "HistorySearchTerms": ".history_search_terms",
    "Job": ".job",
    "JobEnvelope": ".job_envelope",
    "JobHistory": ".job_history",
    "JobHistoryEnvelope": ".job_history_envelope",
    "JobInputValues": ".job_input_values",
    "JobInputs": ".job_inputs",
    "JobLinks": ".job_links",
    "JobListEnvelope": ".job_list_envelope",
    "JobParameterValues": ".job_parameter_values",
    "JobParameters": ".job_parameters",
    "JobSearchTerms": ".job_search_terms",
    "JobStatus": ".job_status",
    "JobStatusEnvelope": ".job_status_envelope",
    "JobStatusLinks": ".job_status_links",
    "JobSummary": ".job_summary",
    "JobSummaryLinks": ".job_summary_links",
    "Link": ".link",
    "ListJobsOrder": ".list_jobs_order",
    "ManageJobRequest": ".manage_job_request",
    "ManageJobRequestAction": ".manage_job_request_action",
    "Notification": ".notification",
    "NotificationLink": ".notification_link",
    "Permission": ".permission",
    "PermissionAcl": ".permission_acl",
    "PermissionEnvelope": ".permission_envelope",
    "PermissionLinks": ".permission_links",
    "PermissionListEnvelope": ".permission_list_envelope",
    "PermissionValue": ".permission_value",
    "RemoteFile": ".remote_file",
    "RemoteFileLinks": ".remote_file_links",
    "RemoteFileListEnvelope": ".remote_file_list_envelope",
    "SubmitJobRequest": ".submit_job_request",
    "TokenError": ".token_error",
    "TokenResponse": ".token_response",
    "TransferProgress": ".transfer_progress",
    "UpdateJobPermissionsForUserRequest": ".update_job_permissions_for_user_request",
    "UpdateJobPermissionsRequest": ".update_job_permissions_request",
}

__all__ = (
    "CreateTokenRequest",
    "CreateTokenRequestGrantType",
    "EmptyEnvelope",
    "EnvelopeStatus",
    "ErrorEnvelope",
    "GatewayFault",
    "GatewayFaultDetail",
    "GetJobHistoryOrder",
    "HistorySearchTerms",
    "Job",
    "JobEnvelope",
    "JobHistory",
    "JobHistoryEnvelope",
    "JobInputs",
    "JobInputValues",
    "JobLinks",
    "JobListEnvelope",
    "JobParameters",
    "JobParameterValues",
    "JobSearchTerms",
    "JobStatus",
    "JobStatusEnvelope",
    "JobStatusLinks",
    "JobSummary",
    "JobSummaryLinks",
    "Link",
    "ListJobsOrder",
    "ManageJobRequest",
    "ManageJobRequestAction",
    "Notification",
    "NotificationLink",
    "Permission",
    "PermissionAcl",
    "PermissionEnvelope",
    "PermissionLinks",
    "PermissionListEnvelope",
    "PermissionValue",
    "RemoteFile",
    "RemoteFileLinks",
    "RemoteFileListEnvelope",
    "SubmitJobRequest",
    "TokenError",
    "TokenResponse",
    "TransferProgress",
    "UpdateJobPermissionsForUserRequest",
    "UpdateJobPermissionsRequest",
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
