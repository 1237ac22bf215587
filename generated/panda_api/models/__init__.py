"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): importing this package, or one endpoint module, loads only the
models actually used, so importing a generated client stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .access_token_envelope import AccessTokenEnvelope
    from .acknowledge_harvester_commands_request import AcknowledgeHarvesterCommandsRequest
    from .acquire_event_ranges_request import AcquireEventRangesRequest
    from .acquire_harvester_commands_request import AcquireHarvesterCommandsRequest
    from .acquire_jobs_request import AcquireJobsRequest
    from .add_harvester_dialogs_request import AddHarvesterDialogsRequest
    from .add_harvester_dialogs_request_dialogs_item import AddHarvesterDialogsRequestDialogsItem
    from .add_sweep_command_request import AddSweepCommandRequest
    from .add_target_slots_request import AddTargetSlotsRequest
    from .async_id import AsyncId
    from .async_id_envelope import AsyncIdEnvelope
    from .async_machine_result import AsyncMachineResult
    from .async_meta import AsyncMeta
    from .async_meta_status import AsyncMetaStatus
    from .async_raw_result import AsyncRawResult
    from .async_raw_result_overall_status import AsyncRawResultOverallStatus
    from .async_request_id import AsyncRequestId
    from .async_request_id_envelope import AsyncRequestIdEnvelope
    from .async_result_envelope import AsyncResultEnvelope
    from .attributes import Attributes
    from .attributes_envelope import AttributesEnvelope
    from .attributes_environment import AttributesEnvironment
    from .attributes_parameters import AttributesParameters
    from .avalanche_task_request import AvalancheTaskRequest
    from .banned_users_envelope import BannedUsersEnvelope
    from .banned_users_envelope_data_type_0 import BannedUsersEnvelopeDataType0
    from .bool_list_envelope import BoolListEnvelope
    from .change_staging_destination_request import ChangeStagingDestinationRequest
    from .change_staging_source_request import ChangeStagingSourceRequest
    from .change_task_attribute_request import ChangeTaskAttributeRequest
    from .change_task_attribute_request_attribute_name import ChangeTaskAttributeRequestAttributeName
    from .change_task_modification_time_request import ChangeTaskModificationTimeRequest
    from .change_task_priority_request import ChangeTaskPriorityRequest
    from .change_task_split_rule_request import ChangeTaskSplitRuleRequest
    from .delete_cache_file_request import DeleteCacheFileRequest
    from .delete_hpo_checkpoint_request import DeleteHpoCheckpointRequest
    from .describe_jobs_by_post_request import DescribeJobsByPostRequest
    from .describe_jobs_incl_archive_by_post_request import DescribeJobsInclArchiveByPostRequest
    from .disable_task_job_cloning_request import DisableTaskJobCloningRequest
    from .dispatched_jobs import DispatchedJobs
    from .dispatched_jobs_envelope import DispatchedJobsEnvelope
    from .dispatched_jobs_jobs_item import DispatchedJobsJobsItem
    from .empty_object import EmptyObject
    from .enable_task_job_cloning_request import EnableTaskJobCloningRequest
    from .enable_task_jumbo_jobs_request import EnableTaskJumboJobsRequest
    from .envelope import Envelope
    from .event_range import EventRange
    from .event_range_command import EventRangeCommand
    from .event_range_command_envelope import EventRangeCommandEnvelope
    from .event_range_status import EventRangeStatus
    from .event_range_statuses_by_job import EventRangeStatusesByJob
    from .event_range_statuses_envelope import EventRangeStatusesEnvelope
    from .event_ranges_envelope import EventRangesEnvelope
    from .execute_idds_workflow_command_request import ExecuteIddsWorkflowCommandRequest
    from .file_recovery_request_envelope import FileRecoveryRequestEnvelope
    from .file_recovery_request_receipt import FileRecoveryRequestReceipt
    from .finish_task_request import FinishTaskRequest
    from .force_to_staging_request import ForceToStagingRequest
    from .get_attributes_echo import GetAttributesEcho
    from .get_job_stats_by_cloud_type import GetJobStatsByCloudType
    from .harvester_command import HarvesterCommand
    from .harvester_commands_envelope import HarvesterCommandsEnvelope
    from .increase_task_attempts_request import IncreaseTaskAttemptsRequest
    from .integer_envelope import IntegerEnvelope
    from .job_description import JobDescription
    from .job_description_list_envelope import JobDescriptionListEnvelope
    from .job_detailed_stats_by_site_envelope import JobDetailedStatsBySiteEnvelope
    from .job_detailed_stats_by_site_envelope_data_type_0 import JobDetailedStatsBySiteEnvelopeDataType0
    from .job_event_range_statuses import JobEventRangeStatuses
    from .job_file import JobFile
    from .job_stats_by_cloud_and_processing_type_envelope import JobStatsByCloudAndProcessingTypeEnvelope
    from .job_stats_by_cloud_and_processing_type_envelope_data_type_0 import (
        JobStatsByCloudAndProcessingTypeEnvelopeDataType0,
    )
    from .job_stats_by_cloud_envelope import JobStatsByCloudEnvelope
    from .job_stats_by_cloud_envelope_data_type_0 import JobStatsByCloudEnvelopeDataType0
    from .job_stats_by_label import JobStatsByLabel
    from .job_stats_by_label_and_resource_type import JobStatsByLabelAndResourceType
    from .job_stats_by_processing_type import JobStatsByProcessingType
    from .job_stats_by_resource_type import JobStatsByResourceType
    from .job_stats_by_resource_type_and_label import JobStatsByResourceTypeAndLabel
    from .job_stats_by_site_and_resource_type_envelope import JobStatsBySiteAndResourceTypeEnvelope
    from .job_stats_by_site_and_resource_type_envelope_data_type_0 import JobStatsBySiteAndResourceTypeEnvelopeDataType0
    from .job_stats_by_site_envelope import JobStatsBySiteEnvelope
    from .job_stats_by_site_envelope_data_type_0 import JobStatsBySiteEnvelopeDataType0
    from .job_stats_by_site_label_and_resource_type_envelope import JobStatsBySiteLabelAndResourceTypeEnvelope
    from .job_stats_by_site_label_and_resource_type_envelope_data_type_0 import (
        JobStatsBySiteLabelAndResourceTypeEnvelopeDataType0,
    )
    from .job_status import JobStatus
    from .job_status_counts import JobStatusCounts
    from .job_status_failure import JobStatusFailure
    from .job_status_list_envelope import JobStatusListEnvelope
    from .job_update_result import JobUpdateResult
    from .key_pair import KeyPair
    from .key_pair_envelope import KeyPairEnvelope
    from .kill_jobs_request import KillJobsRequest
    from .kill_task_request import KillTaskRequest
    from .kill_unfinished_task_jobs_request import KillUnfinishedTaskJobsRequest
    from .legacy_checkpoint_result import LegacyCheckpointResult
    from .legacy_delete_checkpoint_request import LegacyDeleteCheckpointRequest
    from .legacy_execute_idds_workflow_command_request import LegacyExecuteIddsWorkflowCommandRequest
    from .legacy_put_checkpoint_request import LegacyPutCheckpointRequest
    from .legacy_put_event_picking_request_request import LegacyPutEventPickingRequestRequest
    from .legacy_put_event_picking_request_request_give_guid import LegacyPutEventPickingRequestRequestGiveGUID
    from .legacy_put_file_recovery_request_request import LegacyPutFileRecoveryRequestRequest
    from .legacy_put_workflow_request_request import LegacyPutWorkflowRequestRequest
    from .legacy_relay_idds_command_request import LegacyRelayIddsCommandRequest
    from .legacy_relay_idds_command_request_manager import LegacyRelayIddsCommandRequestManager
    from .object_envelope import ObjectEnvelope
    from .object_envelope_data_type_0 import ObjectEnvelopeDataType0
    from .panda_datetime import PandaDatetime
    from .pause_task_request import PauseTaskRequest
    from .pilot_job_status import PilotJobStatus
    from .pilot_job_status_list_envelope import PilotJobStatusListEnvelope
    from .reactivate_task_request import ReactivateTaskRequest
    from .reassign_jobs_request import ReassignJobsRequest
    from .reassign_task_global_share_request import ReassignTaskGlobalShareRequest
    from .reassign_task_request import ReassignTaskRequest
    from .register_cache_file_request import RegisterCacheFileRequest
    from .relay_idds_command_request import RelayIddsCommandRequest
    from .release_task_request import ReleaseTaskRequest
    from .reload_task_input_request import ReloadTaskInputRequest
    from .report_worker_statistics_request import ReportWorkerStatisticsRequest
    from .resource_type_spec import ResourceTypeSpec
    from .resource_types_envelope import ResourceTypesEnvelope
    from .resume_task_request import ResumeTaskRequest
    from .retire_unused_staging_request_request import RetireUnusedStagingRequestRequest
    from .retry_task_request import RetryTaskRequest
    from .retry_task_request_new_parameters_type_0 import RetryTaskRequestNewParametersType0
    from .send_harvester_heartbeat_request import SendHarvesterHeartbeatRequest
    from .send_harvester_heartbeat_request_data_type_0 import SendHarvesterHeartbeatRequestDataType0
    from .set_job_command_request import SetJobCommandRequest
    from .set_job_debug_mode_request import SetJobDebugModeRequest
    from .set_user_secrets_request import SetUserSecretsRequest
    from .site_spec import SiteSpec
    from .site_specs_envelope import SiteSpecsEnvelope
    from .site_specs_envelope_data_type_0 import SiteSpecsEnvelopeDataType0
    from .staging_operation_envelope import StagingOperationEnvelope
    from .staging_operation_result import StagingOperationResult
    from .string_envelope import StringEnvelope
    from .submit_change_staging_destination_request import SubmitChangeStagingDestinationRequest
    from .submit_change_staging_source_request import SubmitChangeStagingSourceRequest
    from .submit_force_to_staging_request import SubmitForceToStagingRequest
    from .submit_grep_request_request import SubmitGrepRequestRequest
    from .submit_jobs_request import SubmitJobsRequest
    from .submit_retire_unused_staging_request_request import SubmitRetireUnusedStagingRequestRequest
    from .submit_sleep_echo_request_request import SubmitSleepEchoRequestRequest
    from .submit_task_request import SubmitTaskRequest
    from .submit_workflow_raw_request_request import SubmitWorkflowRawRequestRequest
    from .submit_workflow_raw_request_request_params_type_0 import SubmitWorkflowRawRequestRequestParamsType0
    from .submit_workflow_request import SubmitWorkflowRequest
    from .submit_workflow_request_workflow_definition import SubmitWorkflowRequestWorkflowDefinition
    from .submitted_jobs_envelope import SubmittedJobsEnvelope
    from .target_architecture import TargetArchitecture
    from .target_architecture_gpu import TargetArchitectureGpu
    from .task_code_envelope import TaskCodeEnvelope
    from .task_dataset_file import TaskDatasetFile
    from .task_dataset_files import TaskDatasetFiles
    from .task_dataset_ref import TaskDatasetRef
    from .task_datasets_and_files_envelope import TaskDatasetsAndFilesEnvelope
    from .task_detailed_info import TaskDetailedInfo
    from .task_detailed_info_envelope import TaskDetailedInfoEnvelope
    from .task_detailed_info_list_envelope import TaskDetailedInfoListEnvelope
    from .task_details import TaskDetails
    from .task_details_envelope import TaskDetailsEnvelope
    from .task_global_share_envelope import TaskGlobalShareEnvelope
    from .task_job_cloning_envelope import TaskJobCloningEnvelope
    from .task_job_description import TaskJobDescription
    from .task_job_description_files_item import TaskJobDescriptionFilesItem
    from .task_job_descriptions_envelope import TaskJobDescriptionsEnvelope
    from .task_job_ids_envelope import TaskJobIdsEnvelope
    from .task_jumbo_job_datasets import TaskJumboJobDatasets
    from .task_jumbo_job_datasets_envelope import TaskJumboJobDatasetsEnvelope
    from .task_jumbo_job_datasets_envelope_data_type_0 import TaskJumboJobDatasetsEnvelopeDataType0
    from .task_parameters import TaskParameters
    from .task_parameters_envelope import TaskParametersEnvelope
    from .task_summary import TaskSummary
    from .tasks_modified_since_envelope import TasksModifiedSinceEnvelope
    from .tasks_modified_since_envelope_data_type_0 import TasksModifiedSinceEnvelopeDataType0
    from .token_key import TokenKey
    from .token_key_envelope import TokenKeyEnvelope
    from .touch_cache_file_request import TouchCacheFileRequest
    from .update_event_ranges_request import UpdateEventRangesRequest
    from .update_jedi_log_request import UpdateJediLogRequest
    from .update_job_envelope import UpdateJobEnvelope
    from .update_job_request import UpdateJobRequest
    from .update_job_request_job_status import UpdateJobRequestJobStatus
    from .update_jobs_bulk_envelope import UpdateJobsBulkEnvelope
    from .update_jobs_bulk_request import UpdateJobsBulkRequest
    from .update_service_metrics_request import UpdateServiceMetricsRequest
    from .update_single_event_range_request import UpdateSingleEventRangeRequest
    from .update_worker_node_gpu_request import UpdateWorkerNodeGpuRequest
    from .update_worker_node_request import UpdateWorkerNodeRequest
    from .update_worker_status_request import UpdateWorkerStatusRequest
    from .update_worker_status_request_status import UpdateWorkerStatusRequestStatus
    from .update_workers_request import UpdateWorkersRequest
    from .update_workers_request_workers_item import UpdateWorkersRequestWorkersItem
    from .upload_cache_file_request import UploadCacheFileRequest
    from .upload_event_picking_request_request import UploadEventPickingRequestRequest
    from .upload_file_recovery_request_request import UploadFileRecoveryRequestRequest
    from .upload_hpo_checkpoint_request import UploadHpoCheckpointRequest
    from .upload_jedi_log_request import UploadJediLogRequest
    from .upload_workflow_request_request import UploadWorkflowRequestRequest
    from .user_attributes import UserAttributes
    from .user_attributes_envelope import UserAttributesEnvelope
    from .user_proxy import UserProxy
    from .user_proxy_envelope import UserProxyEnvelope
    from .user_secrets_envelope import UserSecretsEnvelope
    from .validate_cache_file_request import ValidateCacheFileRequest
    from .voms_attributes_envelope import VomsAttributesEnvelope
    from .voms_attributes_envelope_data_type_0 import VomsAttributesEnvelopeDataType0
    from .wn_metrics_by_key import WnMetricsByKey
    from .wn_metrics_envelope import WnMetricsEnvelope
    from .wn_metrics_envelope_data_type_0 import WnMetricsEnvelopeDataType0
    from .wn_metrics_key import WnMetricsKey
    from .workflow_id import WorkflowId
    from .workflow_id_envelope import WorkflowIdEnvelope
    from .workflow_request_envelope import WorkflowRequestEnvelope
    from .workflow_request_result import WorkflowRequestResult

_MODULE_OF: dict[str, str] = {
    "AccessToken": ".access_token",
    "AccessTokenEnvelope": ".access_token_envelope",
    "AcknowledgeHarvesterCommandsRequest": ".acknowledge_harvester_commands_request",
    "AcquireEventRangesRequest": ".acquire_event_ranges_request",
    "AcquireHarvesterCommandsRequest": ".acquire_harvester_commands_request",
    "AcquireJobsRequest": ".acquire_jobs_request",
    "AddHarvesterDialogsRequest": ".add_harvester_dialogs_request",
    "AddHarvesterDialogsRequestDialogsItem": ".add_harvester_dialogs_request_dialogs_item",
    "AddSweepCommandRequest": ".add_sweep_command_request",
    "AddTargetSlotsRequest": ".add_target_slots_request",
    "AsyncId": ".async_id",
    "AsyncIdEnvelope": ".async_id_envelope",
    "AsyncMachineResult": ".async_machine_result",
    "AsyncMeta": ".async_meta",
    "AsyncMetaStatus": ".async_meta_status",
    "AsyncRawResult": ".async_raw_result",
    "AsyncRawResultOverallStatus": ".async_raw_result_overall_status",
    "AsyncRequestId": ".async_request_id",
    "AsyncRequestIdEnvelope": ".async_request_id_envelope",
    "AsyncResultEnvelope": ".async_result_envelope",
    "Attributes": ".attributes",
    "AttributesEnvelope": ".attributes_envelope",
    "AttributesEnvironment": ".attributes_environment",
    "AttributesParameters": ".attributes_parameters",
    "AvalancheTaskRequest": ".avalanche_task_request",
    "BannedUsersEnvelope": ".banned_users_envelope",
    "BannedUsersEnvelopeDataType0": ".banned_users_envelope_data_type_0",
    "BoolListEnvelope": ".bool_list_envelope",
    "ChangeStagingDestinationRequest": ".change_staging_destination_request",
    "ChangeStagingSourceRequest": ".change_staging_source_request",
    "ChangeTaskAttributeRequest": ".change_task_attribute_request",
    "ChangeTaskAttributeRequestAttributeName": ".change_task_attribute_request_attribute_name",
    "ChangeTaskModificationTimeRequest": ".change_task_modification_time_request",
    "ChangeTaskPriorityRequest": ".change_task_priority_request",
    "ChangeTaskSplitRuleRequest": ".change_task_split_rule_request",
    "DeleteCacheFileRequest": ".delete_cache_file_request",
    "DeleteHpoCheckpointRequest": ".delete_hpo_checkpoint_request",
    "DescribeJobsByPostRequest": ".describe_jobs_by_post_request",
    "DescribeJobsInclArchiveByPostRequest": ".describe_jobs_incl_archive_by_post_request",
    "DisableTaskJobCloningRequest": ".disable_task_job_cloning_request",
    "DispatchedJobs": ".dispatched_jobs",
    "DispatchedJobsEnvelope": ".dispatched_jobs_envelope",
    "DispatchedJobsJobsItem": ".dispatched_jobs_jobs_item",
    "EmptyObject": ".empty_object",
    "EnableTaskJobCloningRequest": ".enable_task_job_cloning_request",
    "EnableTaskJumboJobsRequest": ".enable_task_jumbo_jobs_request",
    "Envelope": ".envelope",
    "EventRange": ".event_range",
    "EventRangeCommand": ".event_range_command",
    "EventRangeCommandEnvelope": ".event_range_command_envelope",
    "EventRangeStatus": ".event_range_status",
    "EventRangeStatusesByJob": ".event_range_statuses_by_job",
    "EventRangeStatusesEnvelope": ".event_range_statuses_envelope",
    "EventRangesEnvelope": ".event_ranges_envelope",
    "ExecuteIddsWorkflowCommandRequest": ".execute_idds_workflow_command_request",
    "FileRecoveryRequestEnvelope": ".file_recovery_request_envelope",
    "FileRecoveryRequestReceipt": ".file_recovery_request_receipt",
    "FinishTaskRequest": ".finish_task_request",
    "ForceToStagingRequest": ".force_to_staging_request",
    "GetAttributesEcho": ".get_attributes_echo",
    "GetJobStatsByCloudType": ".get_job_stats_by_cloud_type",
    "HarvesterCommand": ".harvester_command",
    "HarvesterCommandsEnvelope": ".harvester_commands_envelope",
    "IncreaseTaskAttemptsRequest": ".increase_task_attempts_request",
    "IntegerEnvelope": ".integer_envelope",
    "JobDescription": ".job_description",
    "JobDescriptionListEnvelope": ".job_description_list_envelope",
    "JobDetailedStatsBySiteEnvelope": ".job_detailed_stats_by_site_envelope",
    "JobDetailedStatsBySiteEnvelopeDataType0": ".job_detailed_stats_by_site_envelope_data_type_0",
    "JobEventRangeStatuses": ".job_event_range_statuses",
    "JobFile": ".job_file",
    "JobStatsByCloudAndProcessingTypeEnvelope": ".job_stats_by_cloud_and_processing_type_envelope",
    "JobStatsByCloudAndProcessingTypeEnvelopeDataType0": ".job_stats_by_cloud_and_processing_type_envelope_data_type_0",
    "JobStatsByCloudEnvelope": ".job_stats_by_cloud_envelope",
    "JobStatsByCloudEnvelopeDataType0": ".job_stats_by_cloud_envelope_data_type_0",
    "JobStatsByLabel": ".job_stats_by_label",
    "JobStatsByLabelAndResourceType": ".job_stats_by_label_and_resource_type",
    "JobStatsByProcessingType": ".job_stats_by_processing_type",
    "JobStatsByResourceType": ".job_stats_by_resource_type",
    "JobStatsByResourceTypeAndLabel": ".job_stats_by_resource_type_and_label",
    "JobStatsBySiteAndResourceTypeEnvelope": ".job_stats_by_site_and_resource_type_envelope",
    "JobStatsBySiteAndResourceTypeEnvelopeDataType0": ".job_stats_by_site_and_resource_type_envelope_data_type_0",
    "JobStatsBySiteEnvelope": ".job_stats_by_site_envelope",
    "JobStatsBySiteEnvelopeDataType0": ".job_stats_by_site_envelope_data_type_0",
    "JobStatsBySiteLabelAndResourceTypeEnvelope": ".job_stats_by_site_label_and_resource_type_envelope",
    "JobStatsBySiteLabelAndResourceTypeEnvelopeDataType0": ".job_stats_by_site_label_and_resource_type_envelope_data_type_0",
    "JobStatus": ".job_status",
    "JobStatusCounts": ".job_status_counts",
    "JobStatusFailure": ".job_status_failure",
    "JobStatusListEnvelope": ".job_status_list_envelope",
    "JobUpdateResult": ".job_update_result",
    "KeyPair": ".key_pair",
    "KeyPairEnvelope": ".key_pair_envelope",
    "KillJobsRequest": ".kill_jobs_request",
    "KillTaskRequest": ".kill_task_request",
    "KillUnfinishedTaskJobsRequest": ".kill_unfinished_task_jobs_request",
    "LegacyCheckpointResult": ".legacy_checkpoint_result",
    "LegacyDeleteCheckpointRequest": ".legacy_delete_checkpoint_request",
    "LegacyExecuteIddsWorkflowCommandRequest": ".legacy_execute_idds_workflow_command_request",
    "LegacyPutCheckpointRequest": ".legacy_put_checkpoint_request",
    "LegacyPutEventPickingRequestRequest": ".legacy_put_event_picking_request_request",
    "LegacyPutEventPickingRequestRequestGiveGUID": ".legacy_put_event_picking_request_request_give_guid",
    "LegacyPutFileRecoveryRequestRequest": ".legacy_put_file_recovery_request_request",
    "LegacyPutWorkflowRequestRequest": ".legacy_put_workflow_request_request",
    "LegacyRelayIddsCommandRequest": ".legacy_relay_idds_command_request",
    "LegacyRelayIddsCommandRequestManager": ".legacy_relay_idds_command_request_manager",
    "ObjectEnvelope": ".object_envelope",
    "ObjectEnvelopeDataType0": ".object_envelope_data_type_0",
    "PandaDatetime": ".panda_datetime",
    "PauseTaskRequest": ".pause_task_request",
    "PilotJobStatus": ".pilot_job_status",
    "PilotJobStatusListEnvelope": ".pilot_job_status_list_envelope",
    "ReactivateTaskRequest": ".reactivate_task_request",
    "ReassignJobsRequest": ".reassign_jobs_request",
    "ReassignTaskGlobalShareRequest": ".reassign_task_global_share_request",
    "ReassignTaskRequest": ".reassign_task_request",
    "RegisterCacheFileRequest": ".register_cache_file_request",
    "RelayIddsCommandRequest": ".relay_idds_command_request",
    "ReleaseTaskRequest": ".release_task_request",
    "ReloadTaskInputRequest": ".reload_task_input_request",
    "ReportWorkerStatisticsRequest": ".report_worker_statistics_request",
    "ResourceTypeSpec": ".resource_type_spec",
    "ResourceTypesEnvelope": ".resource_types_envelope",
    "ResumeTaskRequest": ".resume_task_request",
    "RetireUnusedStagingRequestRequest": ".retire_unused_staging_request_request",
    "RetryTaskRequest": ".retry_task_request",
    "RetryTaskRequestNewParametersType0": ".retry_task_request_new_parameters_type_0",
    "SendHarvesterHeartbeatRequest": ".send_harvester_heartbeat_request",
    "SendHarvesterHeartbeatRequestDataType0": ".send_harvester_heartbeat_request_data_type_0",
    "SetJobCommandRequest": ".set_job_command_request",
    "SetJobDebugModeRequest": ".set_job_debug_mode_request",
    "SetUserSecretsRequest": ".set_user_secrets_request",
    "SiteSpec": ".site_spec",
    "SiteSpecsEnvelope": ".site_specs_envelope",
    "SiteSpecsEnvelopeDataType0": ".site_specs_envelope_data_type_0",
    "StagingOperationEnvelope": ".staging_operation_envelope",
    "StagingOperationResult": ".staging_operation_result",
    "StringEnvelope": ".string_envelope",
    "SubmitChangeStagingDestinationRequest": ".submit_change_staging_destination_request",
    "SubmitChangeStagingSourceRequest": ".submit_change_staging_source_request",
    "SubmitForceToStagingRequest": ".submit_force_to_staging_request",
    "SubmitGrepRequestRequest": ".submit_grep_request_request",
    "SubmitJobsRequest": ".submit_jobs_request",
    "SubmitRetireUnusedStagingRequestRequest": ".submit_retire_unused_staging_request_request",
    "SubmitSleepEchoRequestRequest": ".submit_sleep_echo_request_request",
    "SubmitTaskRequest": ".submit_task_request",
    "SubmitWorkflowRawRequestRequest": ".submit_workflow_raw_request_request",
    "SubmitWorkflowRawRequestRequestParamsType0": ".submit_workflow_raw_request_request_params_type_0",
    "SubmitWorkflowRequest": ".submit_workflow_request",
    "SubmitWorkflowRequestWorkflowDefinition": ".submit_workflow_request_workflow_definition",
    "SubmittedJobsEnvelope": ".submitted_jobs_envelope",
    "TargetArchitecture": ".target_architecture",
    "TargetArchitectureGpu": ".target_architecture_gpu",
    "TaskCodeEnvelope": ".task_code_envelope",
    "TaskDatasetFile": ".task_dataset_file",
    "TaskDatasetFiles": ".task_dataset_files",
    "TaskDatasetRef": ".task_dataset_ref",
    "TaskDatasetsAndFilesEnvelope": ".task_datasets_and_files_envelope",
    "TaskDetailedInfo": ".task_detailed_info",
    "TaskDetailedInfoEnvelope": ".task_detailed_info_envelope",
    "TaskDetailedInfoListEnvelope": ".task_detailed_info_list_envelope",
    "TaskDetails": ".task_details",
    "TaskDetailsEnvelope": ".task_details_envelope",
    "TaskGlobalShareEnvelope": ".task_global_share_envelope",
    "TaskJobCloningEnvelope": ".task_job_cloning_envelope",
    "TaskJobDescription": ".task_job_description",
    "TaskJobDescriptionFilesItem": ".task_job_description_files_item",
    "TaskJobDescriptionsEnvelope": ".task_job_descriptions_envelope",
    "TaskJobIdsEnvelope": ".task_job_ids_envelope",
    "TaskJumboJobDatasets": ".task_jumbo_job_datasets",
    "TaskJumboJobDatasetsEnvelope": ".task_jumbo_job_datasets_envelope",
    "TaskJumboJobDatasetsEnvelopeDataType0": ".task_jumbo_job_datasets_envelope_data_type_0",
    "TaskParameters": ".task_parameters",
    "TaskParametersEnvelope": ".task_parameters_envelope",
    "TaskSummary": ".task_summary",
    "TasksModifiedSinceEnvelope": ".tasks_modified_since_envelope",
    "TasksModifiedSinceEnvelopeDataType0": ".tasks_modified_since_envelope_data_type_0",
    "TokenKey": ".token_key",
    "TokenKeyEnvelope": ".token_key_envelope",
    "TouchCacheFileRequest": ".touch_cache_file_request",
    "UpdateEventRangesRequest": ".update_event_ranges_request",
    "UpdateJediLogRequest": ".update_jedi_log_request",
    "UpdateJobEnvelope": ".update_job_envelope",
    "UpdateJobRequest": ".update_job_request",
    "UpdateJobRequestJobStatus": ".update_job_request_job_status",
    "UpdateJobsBulkEnvelope": ".update_jobs_bulk_envelope",
    "UpdateJobsBulkRequest": ".update_jobs_bulk_request",
    "UpdateServiceMetricsRequest": ".update_service_metrics_request",
    "UpdateSingleEventRangeRequest": ".update_single_event_range_request",
    "UpdateWorkerNodeGpuRequest": ".update_worker_node_gpu_request",
    "UpdateWorkerNodeRequest": ".update_worker_node_request",
    "UpdateWorkerStatusRequest": ".update_worker_status_request",
    "UpdateWorkerStatusRequestStatus": ".update_worker_status_request_status",
    "UpdateWorkersRequest": ".update_workers_request",
    "UpdateWorkersRequestWorkersItem": ".update_workers_request_workers_item",
    "UploadCacheFileRequest": ".upload_cache_file_request",
    "UploadEventPickingRequestRequest": ".upload_event_picking_request_request",
    "UploadFileRecoveryRequestRequest": ".upload_file_recovery_request_request",
    "UploadHpoCheckpointRequest": ".upload_hpo_checkpoint_request",
    "UploadJediLogRequest": ".upload_jedi_log_request",
    "UploadWorkflowRequestRequest": ".upload_workflow_request_request",
    "UserAttributes": ".user_attributes",
    "UserAttributesEnvelope": ".user_attributes_envelope",
    "UserProxy": ".user_proxy",
    "UserProxyEnvelope": ".user_proxy_envelope",
    "UserSecretsEnvelope": ".user_secrets_envelope",
    "ValidateCacheFileRequest": ".validate_cache_file_request",
    "VomsAttributesEnvelope": ".voms_attributes_envelope",
    "VomsAttributesEnvelopeDataType0": ".voms_attributes_envelope_data_type_0",
    "WnMetricsByKey": ".wn_metrics_by_key",
    "WnMetricsEnvelope": ".wn_metrics_envelope",
    "WnMetricsEnvelopeDataType0": ".wn_metrics_envelope_data_type_0",
    "WnMetricsKey": ".wn_metrics_key",
    "WorkflowId": ".workflow_id",
    "WorkflowIdEnvelope": ".workflow_id_envelope",
    "WorkflowRequestEnvelope": ".workflow_request_envelope",
    "WorkflowRequestResult": ".workflow_request_result",
}

__all__ = (
    "AccessToken",
    "AccessTokenEnvelope",
    "AcknowledgeHarvesterCommandsRequest",
    "AcquireEventRangesRequest",
    "AcquireHarvesterCommandsRequest",
    "AcquireJobsRequest",
    "AddHarvesterDialogsRequest",
    "AddHarvesterDialogsRequestDialogsItem",
    "AddSweepCommandRequest",
    "AddTargetSlotsRequest",
    "AsyncId",
    "AsyncIdEnvelope",
    "AsyncMachineResult",
    "AsyncMeta",
    "AsyncMetaStatus",
    "AsyncRawResult",
    "AsyncRawResultOverallStatus",
    "AsyncRequestId",
    "AsyncRequestIdEnvelope",
    "AsyncResultEnvelope",
    "Attributes",
    "AttributesEnvelope",
    "AttributesEnvironment",
    "AttributesParameters",
    "AvalancheTaskRequest",
    "BannedUsersEnvelope",
    "BannedUsersEnvelopeDataType0",
    "BoolListEnvelope",
    "ChangeStagingDestinationRequest",
    "ChangeStagingSourceRequest",
    "ChangeTaskAttributeRequest",
    "ChangeTaskAttributeRequestAttributeName",
    "ChangeTaskModificationTimeRequest",
    "ChangeTaskPriorityRequest",
    "ChangeTaskSplitRuleRequest",
    "DeleteCacheFileRequest",
    "DeleteHpoCheckpointRequest",
    "DescribeJobsByPostRequest",
    "DescribeJobsInclArchiveByPostRequest",
    "DisableTaskJobCloningRequest",
    "DispatchedJobs",
    "DispatchedJobsEnvelope",
    "DispatchedJobsJobsItem",
    "EmptyObject",
    "EnableTaskJobCloningRequest",
    "EnableTaskJumboJobsRequest",
    "Envelope",
    "EventRange",
    "EventRangeCommand",
    "EventRangeCommandEnvelope",
    "EventRangesEnvelope",
    "EventRangeStatus",
    "EventRangeStatusesByJob",
    "EventRangeStatusesEnvelope",
    "ExecuteIddsWorkflowCommandRequest",
    "FileRecoveryRequestEnvelope",
    "FileRecoveryRequestReceipt",
    "FinishTaskRequest",
    "ForceToStagingRequest",
    "GetAttributesEcho",
    "GetJobStatsByCloudType",
    "HarvesterCommand",
    "HarvesterCommandsEnvelope",
    "IncreaseTaskAttemptsRequest",
    "IntegerEnvelope",
    "JobDescription",
    "JobDescriptionListEnvelope",
    "JobDetailedStatsBySiteEnvelope",
    "JobDetailedStatsBySiteEnvelopeDataType0",
    "JobEventRangeStatuses",
    "JobFile",
    "JobStatsByCloudAndProcessingTypeEnvelope",
    "JobStatsByCloudAndProcessingTypeEnvelopeDataType0",
    "JobStatsByCloudEnvelope",
    "JobStatsByCloudEnvelopeDataType0",
    "JobStatsByLabel",
    "JobStatsByLabelAndResourceType",
    "JobStatsByProcessingType",
    "JobStatsByResourceType",
    "JobStatsByResourceTypeAndLabel",
    "JobStatsBySiteAndResourceTypeEnvelope",
    "JobStatsBySiteAndResourceTypeEnvelopeDataType0",
    "JobStatsBySiteEnvelope",
    "JobStatsBySiteEnvelopeDataType0",
    "JobStatsBySiteLabelAndResourceTypeEnvelope",
    "JobStatsBySiteLabelAndResourceTypeEnvelopeDataType0",
    "JobStatus",
    "JobStatusCounts",
    "JobStatusFailure",
    "JobStatusListEnvelope",
    "JobUpdateResult",
    "KeyPair",
    "KeyPairEnvelope",
    "KillJobsRequest",
    "KillTaskRequest",
    "KillUnfinishedTaskJobsRequest",
    "LegacyCheckpointResult",
    "LegacyDeleteCheckpointRequest",
    "LegacyExecuteIddsWorkflowCommandRequest",
    "LegacyPutCheckpointRequest",
    "LegacyPutEventPickingRequestRequest",
    "LegacyPutEventPickingRequestRequestGiveGUID",
    "LegacyPutFileRecoveryRequestRequest",
    "LegacyPutWorkflowRequestRequest",
    "LegacyRelayIddsCommandRequest",
    "LegacyRelayIddsCommandRequestManager",
    "ObjectEnvelope",
    "ObjectEnvelopeDataType0",
    "PandaDatetime",
    "PauseTaskRequest",
    "PilotJobStatus",
    "PilotJobStatusListEnvelope",
    "ReactivateTaskRequest",
    "ReassignJobsRequest",
    "ReassignTaskGlobalShareRequest",
    "ReassignTaskRequest",
    "RegisterCacheFileRequest",
    "RelayIddsCommandRequest",
    "ReleaseTaskRequest",
    "ReloadTaskInputRequest",
    "ReportWorkerStatisticsRequest",
    "ResourceTypesEnvelope",
    "ResourceTypeSpec",
    "ResumeTaskRequest",
    "RetireUnusedStagingRequestRequest",
    "RetryTaskRequest",
    "RetryTaskRequestNewParametersType0",
    "SendHarvesterHeartbeatRequest",
    "SendHarvesterHeartbeatRequestDataType0",
    "SetJobCommandRequest",
    "SetJobDebugModeRequest",
    "SetUserSecretsRequest",
    "SiteSpec",
    "SiteSpecsEnvelope",
    "SiteSpecsEnvelopeDataType0",
    "StagingOperationEnvelope",
    "StagingOperationResult",
    "StringEnvelope",
    "SubmitChangeStagingDestinationRequest",
    "SubmitChangeStagingSourceRequest",
    "SubmitForceToStagingRequest",
    "SubmitGrepRequestRequest",
    "SubmitJobsRequest",
    "SubmitRetireUnusedStagingRequestRequest",
    "SubmitSleepEchoRequestRequest",
    "SubmitTaskRequest",
    "SubmittedJobsEnvelope",
    "SubmitWorkflowRawRequestRequest",
    "SubmitWorkflowRawRequestRequestParamsType0",
    "SubmitWorkflowRequest",
    "SubmitWorkflowRequestWorkflowDefinition",
    "TargetArchitecture",
    "TargetArchitectureGpu",
    "TaskCodeEnvelope",
    "TaskDatasetFile",
    "TaskDatasetFiles",
    "TaskDatasetRef",
    "TaskDatasetsAndFilesEnvelope",
    "TaskDetailedInfo",
    "TaskDetailedInfoEnvelope",
    "TaskDetailedInfoListEnvelope",
    "TaskDetails",
    "TaskDetailsEnvelope",
    "TaskGlobalShareEnvelope",
    "TaskJobCloningEnvelope",
    "TaskJobDescription",
    "TaskJobDescriptionFilesItem",
    "TaskJobDescriptionsEnvelope",
    "TaskJobIdsEnvelope",
    "TaskJumboJobDatasets",
    "TaskJumboJobDatasetsEnvelope",
    "TaskJumboJobDatasetsEnvelopeDataType0",
    "TaskParameters",
    "TaskParametersEnvelope",
    "TasksModifiedSinceEnvelope",
    "TasksModifiedSinceEnvelopeDataType0",
    "TaskSummary",
    "TokenKey",
    "TokenKeyEnvelope",
    "TouchCacheFileRequest",
    "UpdateEventRangesRequest",
    "UpdateJediLogRequest",
    "UpdateJobEnvelope",
    "UpdateJobRequest",
    "UpdateJobRequestJobStatus",
    "UpdateJobsBulkEnvelope",
    "UpdateJobsBulkRequest",
    "UpdateServiceMetricsRequest",
    "UpdateSingleEventRangeRequest",
    "UpdateWorkerNodeGpuRequest",
    "UpdateWorkerNodeRequest",
    "UpdateWorkersRequest",
    "UpdateWorkersRequestWorkersItem",
    "UpdateWorkerStatusRequest",
    "UpdateWorkerStatusRequestStatus",
    "UploadCacheFileRequest",
    "UploadEventPickingRequestRequest",
    "UploadFileRecoveryRequestRequest",
    "UploadHpoCheckpointRequest",
    "UploadJediLogRequest",
    "UploadWorkflowRequestRequest",
    "UserAttributes",
    "UserAttributesEnvelope",
    "UserProxy",
    "UserProxyEnvelope",
    "UserSecretsEnvelope",
    "ValidateCacheFileRequest",
    "VomsAttributesEnvelope",
    "VomsAttributesEnvelopeDataType0",
    "WnMetricsByKey",
    "WnMetricsEnvelope",
    "WnMetricsEnvelopeDataType0",
    "WnMetricsKey",
    "WorkflowId",
    "WorkflowIdEnvelope",
    "WorkflowRequestEnvelope",
    "WorkflowRequestResult",
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
