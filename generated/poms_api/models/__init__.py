"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing this package, or one endpoint module, loads only the
models actually used, so importing a generated client stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .campaign import Campaign
    from .campaign_campaign_keywords_type_0 import CampaignCampaignKeywordsType0
    from .campaign_default_values import CampaignDefaultValues
    from .campaign_defaults import CampaignDefaults
    from .campaign_defaults_positions_type_0 import CampaignDefaultsPositionsType0
    from .campaign_deletion import CampaignDeletion
    from .campaign_listing import CampaignListing
    from .campaign_ref import CampaignRef
    from .campaign_stage import CampaignStage
    from .campaign_stage_index_entry import CampaignStageIndexEntry
    from .campaign_stage_snapshot import CampaignStageSnapshot
    from .campaign_view_data import CampaignViewData
    from .delete_campaign_request import DeleteCampaignRequest
    from .delete_job_type_request import DeleteJobTypeRequest
    from .delete_login_setup_request import DeleteLoginSetupRequest
    from .delete_uploaded_files_request import DeleteUploadedFilesRequest
    from .download_file_request import DownloadFileRequest
    from .edit_action import EditAction
    from .edit_campaign_stage_request import EditCampaignStageRequest
    from .edit_job_type_request import EditJobTypeRequest
    from .edit_launch_template_request import EditLaunchTemplateRequest
    from .edit_login_setup_request import EditLoginSetupRequest
    from .experiment_membership import ExperimentMembership
    from .experimenter import Experimenter
    from .file_uploads import FileUploads
    from .get_campaign_id_request import GetCampaignIdRequest
    from .get_campaign_name_request import GetCampaignNameRequest
    from .get_campaign_stage_id_request import GetCampaignStageIdRequest
    from .get_campaign_stage_name_request import GetCampaignStageNameRequest
    from .get_submission_details_request import GetSubmissionDetailsRequest
    from .job_type import JobType
    from .job_type_deletion import JobTypeDeletion
    from .job_type_snapshot import JobTypeSnapshot
    from .launch_campaign_jobs_request import LaunchCampaignJobsRequest
    from .launch_stage_jobs_request import LaunchStageJobsRequest
    from .list_all_campaign_stages_request import ListAllCampaignStagesRequest
    from .list_campaign_stages_request import ListCampaignStagesRequest
    from .list_campaigns_request import ListCampaignsRequest
    from .list_stage_submissions_request import ListStageSubmissionsRequest
    from .login_setup import LoginSetup
    from .login_setup_snapshot import LoginSetupSnapshot
    from .py_bool import PyBool
    from .register_submission_request import RegisterSubmissionRequest
    from .role import Role
    from .stage_listing import StageListing
    from .stage_submissions import StageSubmissions
    from .stage_submissions_darrow import StageSubmissionsDarrow
    from .stage_submissions_depends import StageSubmissionsDepends
    from .stage_submissions_depth import StageSubmissionsDepth
    from .stage_submissions_page import StageSubmissionsPage
    from .stage_view_data import StageViewData
    from .submission import Submission
    from .submission_details import SubmissionDetails
    from .submission_details_recoverymap import SubmissionDetailsRecoverymap
    from .submission_details_statusmap import SubmissionDetailsStatusmap
    from .submission_history_entry import SubmissionHistoryEntry
    from .submission_row import SubmissionRow
    from .submission_status_name import SubmissionStatusName
    from .submission_submission_params_type_0 import SubmissionSubmissionParamsType0
    from .tag_campaigns_request import TagCampaignsRequest
    from .tag_link import TagLink
    from .update_campaign_stage_request import UpdateCampaignStageRequest
    from .update_job_type_recoveries_request import UpdateJobTypeRecoveriesRequest
    from .update_stage_param_overrides_request import UpdateStageParamOverridesRequest
    from .update_submission_request import UpdateSubmissionRequest
    from .upload_file_request import UploadFileRequest
    from .upload_workflow_request import UploadWorkflowRequest
    from .workflow_upload_result import WorkflowUploadResult
    from .workflow_upload_result_status import WorkflowUploadResultStatus

_MODULE_OF: dict[str, str] = {
    "Campaign": ".campaign",
    "CampaignCampaignKeywordsType0": ".campaign_campaign_keywords_type_0",
    "CampaignDefaultValues": ".campaign_default_values",
    "CampaignDefaults": ".campaign_defaults",
    "CampaignDefaultsPositionsType0": ".campaign_defaults_positions_type_0",
    "CampaignDeletion": ".campaign_deletion",
    "CampaignListing": ".campaign_listing",
    "CampaignRef": ".campaign_ref",
    "CampaignStage": ".campaign_stage",
    "CampaignStageIndexEntry": ".campaign_stage_index_entry",
    "CampaignStageSnapshot": ".campaign_stage_snapshot",
    "CampaignViewData": ".campaign_view_data",
    "DeleteCampaignRequest": ".delete_campaign_request",
    "DeleteJobTypeRequest": ".delete_job_type_request",
    "DeleteLoginSetupRequest": ".delete_login_setup_request",
    "DeleteUploadedFilesRequest": ".delete_uploaded_files_request",
    "DownloadFileRequest": ".download_file_request",
    "EditAction": ".edit_action",
    "EditCampaignStageRequest": ".edit_campaign_stage_request",
    "EditJobTypeRequest": ".edit_job_type_request",
    "EditLaunchTemplateRequest": ".edit_launch_template_request",
    "EditLoginSetupRequest": ".edit_login_setup_request",
    "ExperimentMembership": ".experiment_membership",
    "Experimenter": ".experimenter",
    "FileUploads": ".file_uploads",
    "GetCampaignIdRequest": ".get_campaign_id_request",
    "GetCampaignNameRequest": ".get_campaign_name_request",
    "GetCampaignStageIdRequest": ".get_campaign_stage_id_request",
    "GetCampaignStageNameRequest": ".get_campaign_stage_name_request",
    "GetSubmissionDetailsRequest": ".get_submission_details_request",
    "JobType": ".job_type",
    "JobTypeDeletion": ".job_type_deletion",
    "JobTypeSnapshot": ".job_type_snapshot",
    "LaunchCampaignJobsRequest": ".launch_campaign_jobs_request",
    "LaunchStageJobsRequest": ".launch_stage_jobs_request",
    "ListAllCampaignStagesRequest": ".list_all_campaign_stages_request",
    "ListCampaignStagesRequest": ".list_campaign_stages_request",
    "ListCampaignsRequest": ".list_campaigns_request",
    "ListStageSubmissionsRequest": ".list_stage_submissions_request",
    "LoginSetup": ".login_setup",
    "LoginSetupSnapshot": ".login_setup_snapshot",
    "PyBool": ".py_bool",
    "RegisterSubmissionRequest": ".register_submission_request",
    "Role": ".role",
    "StageListing": ".stage_listing",
    "StageSubmissions": ".stage_submissions",
    "StageSubmissionsDarrow": ".stage_submissions_darrow",
    "StageSubmissionsDepends": ".stage_submissions_depends",
    "StageSubmissionsDepth": ".stage_submissions_depth",
    "StageSubmissionsPage": ".stage_submissions_page",
    "StageViewData": ".stage_view_data",
    "Submission": ".submission",
    "SubmissionDetails": ".submission_details",
    "SubmissionDetailsRecoverymap": ".submission_details_recoverymap",
    "SubmissionDetailsStatusmap": ".submission_details_statusmap",
    "SubmissionHistoryEntry": ".submission_history_entry",
    "SubmissionRow": ".submission_row",
    "SubmissionStatusName": ".submission_status_name",
    "SubmissionSubmissionParamsType0": ".submission_submission_params_type_0",
    "TagCampaignsRequest": ".tag_campaigns_request",
    "TagLink": ".tag_link",
    "UpdateCampaignStageRequest": ".update_campaign_stage_request",
    "UpdateJobTypeRecoveriesRequest": ".update_job_type_recoveries_request",
    "UpdateStageParamOverridesRequest": ".update_stage_param_overrides_request",
    "UpdateSubmissionRequest": ".update_submission_request",
    "UploadFileRequest": ".upload_file_request",
    "UploadWorkflowRequest": ".upload_workflow_request",
    "WorkflowUploadResult": ".workflow_upload_result",
    "WorkflowUploadResultStatus": ".workflow_upload_result_status",
}

__all__ = (
    "Campaign",
    "CampaignCampaignKeywordsType0",
    "CampaignDefaults",
    "CampaignDefaultsPositionsType0",
    "CampaignDefaultValues",
    "CampaignDeletion",
    "CampaignListing",
    "CampaignRef",
    "CampaignStage",
    "CampaignStageIndexEntry",
    "CampaignStageSnapshot",
    "CampaignViewData",
    "DeleteCampaignRequest",
    "DeleteJobTypeRequest",
    "DeleteLoginSetupRequest",
    "DeleteUploadedFilesRequest",
    "DownloadFileRequest",
    "EditAction",
    "EditCampaignStageRequest",
    "EditJobTypeRequest",
    "EditLaunchTemplateRequest",
    "EditLoginSetupRequest",
    "Experimenter",
    "ExperimentMembership",
    "FileUploads",
    "GetCampaignIdRequest",
    "GetCampaignNameRequest",
    "GetCampaignStageIdRequest",
    "GetCampaignStageNameRequest",
    "GetSubmissionDetailsRequest",
    "JobType",
    "JobTypeDeletion",
    "JobTypeSnapshot",
    "LaunchCampaignJobsRequest",
    "LaunchStageJobsRequest",
    "ListAllCampaignStagesRequest",
    "ListCampaignsRequest",
    "ListCampaignStagesRequest",
    "ListStageSubmissionsRequest",
    "LoginSetup",
    "LoginSetupSnapshot",
    "PyBool",
    "RegisterSubmissionRequest",
    "Role",
    "StageListing",
    "StageSubmissions",
    "StageSubmissionsDarrow",
    "StageSubmissionsDepends",
    "StageSubmissionsDepth",
    "StageSubmissionsPage",
    "StageViewData",
    "Submission",
    "SubmissionDetails",
    "SubmissionDetailsRecoverymap",
    "SubmissionDetailsStatusmap",
    "SubmissionHistoryEntry",
    "SubmissionRow",
    "SubmissionStatusName",
    "SubmissionSubmissionParamsType0",
    "TagCampaignsRequest",
    "TagLink",
    "UpdateCampaignStageRequest",
    "UpdateJobTypeRecoveriesRequest",
    "UpdateStageParamOverridesRequest",
    "UpdateSubmissionRequest",
    "UploadFileRequest",
    "UploadWorkflowRequest",
    "WorkflowUploadResult",
    "WorkflowUploadResultStatus",
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
