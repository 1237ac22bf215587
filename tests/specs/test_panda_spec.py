"""specs/panda.yaml covers the whole PanDA API of server 1.0.4 (shared/reference/panda.md §5 and §6)."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "specs" / "panda.yaml").read_text())

# The 115 v1 functions of the reference's endpoint table, by module, with the method the server enforces.
V1 = {
    "async_process": {"submit_grep_request": "post", "submit_sleep_echo_request": "post", "get_result": "get"},
    "creds": {"set_user_secrets": "post", "get_user_secrets": "get", "get_key_pair": "get", "get_proxy": "get",
              "get_access_token": "get", "get_token_key": "get"},
    "data_carousel": {name: "post" for name in (
        "change_staging_destination", "change_staging_source", "force_to_staging", "retire_unused",
        "submit_change_staging_destination", "submit_change_staging_source", "submit_force_to_staging",
        "submit_retire_unused")},
    "event": {"get_available_event_range_count": "get", "get_event_range_statuses": "get",
              "acquire_event_ranges": "post", "update_single_event_range": "post", "update_event_ranges": "post"},
    "file_server": {"upload_jedi_log": "post", "update_jedi_log": "post", "download_jedi_log": "get",
                    "upload_cache_file": "post", "touch_cache_file": "post", "delete_cache_file": "post",
                    "register_cache_file": "post", "validate_cache_file": "post", "upload_hpo_checkpoint": "post",
                    "delete_hpo_checkpoint": "post", "upload_file_recovery_request": "post",
                    "upload_workflow_request": "post", "upload_event_picking_request": "post"},
    "harvester": {"update_workers": "post", "update_service_metrics": "post", "add_dialogs": "post",
                  "heartbeat": "post", "get_current_worker_id": "get", "get_worker_statistics": "get",
                  "report_worker_statistics": "post", "acquire_commands": "post", "acknowledge_commands": "post",
                  "add_sweep_command": "post", "add_target_slots": "post"},
    "idds": {"decode_idds_enum": None, "relay_idds_command": "post", "execute_idds_workflow_command": "post"},
    "job": {"get_status": "get", "get_description": "any", "get_description_incl_archive": "any",
            "generate_offline_execution_script": "get", "get_metadata_for_analysis_jobs": "get", "kill": "post",
            "reassign": "post", "set_command": "post", "set_debug_mode": "post", "submit": "post"},
    "metaconfig": {"get_banned_users": "get", "get_site_specs": "get", "get_resource_types": "get"},
    "pilot": {"acquire_jobs": "post", "get_job_status": "get", "update_job": "post", "update_jobs_bulk": "post",
              "update_worker_status": "post", "update_worker_node": "post", "update_worker_node_gpu": "post"},
    "statistics": {name: "get" for name in (
        "job_stats_by_cloud", "production_job_stats_by_cloud_and_processing_type", "active_job_stats_by_site",
        "active_job_detailed_stats_by_site", "job_stats_by_site_and_resource_type",
        "job_stats_by_site_share_and_resource_type", "get_wn_metrics_by_site", "get_wn_metrics_by_queue")},
    "system": {"get_attributes": "get", "get_voms_attributes": "get", "get_user_attributes": "get", "is_alive": "get"},
    "task": {**{name: "post" for name in (
        "retry", "resume", "release", "reassign", "pause", "kill", "kill_unfinished_jobs", "finish", "reactivate",
        "avalanche", "reload_input", "reassign_global_share", "enable_jumbo_jobs", "enable_job_cloning",
        "disable_job_cloning", "increase_attempts", "change_attribute", "change_modification_time",
        "change_priority", "change_split_rule", "submit")},
        **{name: "get" for name in (
            "get_jumbo_job_datasets", "get_status", "get_details", "get_tasks_modified_since",
            "get_tasks_detailed_info_since", "get_datasets_and_files", "get_job_ids", "get_task_parameters",
            "get_detailed_info", "get_parent_detailed_info", "get_job_descriptions")}},
    "workflow": {"submit_workflow_raw_request": "post", "submit_workflow": "post"},
}  # fmt: skip
LEGACY = ["relay_idds_command", "execute_idds_workflow_command", "putEventPickingRequest",
          "put_file_recovery_request", "put_workflow_request", "put_checkpoint", "delete_checkpoint"]  # fmt: skip


def test_the_reference_table_has_115_functions() -> None:
    assert sum(len(functions) for functions in V1.values()) == 115
    assert len(V1) == 14


def test_every_v1_function_is_specified_with_the_enforced_method() -> None:
    missing, wrong = [], []
    for module, functions in V1.items():
        for function, method in functions.items():
            item = SPEC["paths"].get(f"/api/v1/{module}/{function}")
            if method is None:
                continue
            if item is None:
                missing.append(f"{module}/{function}")
                continue
            declared = {m for m in item if m in ("get", "post", "put", "delete")}
            expected = {"get", "post"} if method == "any" else {method}
            if declared != expected:
                wrong.append(f"{module}/{function}: {sorted(declared)} != {sorted(expected)}")
            assert all(op["tags"] == [module] for m, op in item.items() if m in declared)
    assert not missing and not wrong, (missing, wrong)


def test_decode_idds_enum_is_excluded_with_the_reason() -> None:
    assert "/api/v1/idds/decode_idds_enum" not in SPEC["paths"]
    text = (ROOT / "specs" / "panda.yaml").read_text()
    assert "decode_idds_enum` is deliberately NOT described" in text


def test_nothing_else_is_specified() -> None:
    expected = {f"/api/v1/{m}/{f}" for m, fs in V1.items() for f, method in fs.items() if method} | {
        f"/server/panda/{name}" for name in LEGACY
    }
    assert set(SPEC["paths"]) == expected
    operations = sum(1 for item in SPEC["paths"].values() for m in item if m in ("get", "post"))
    assert operations == 114 + 2 + 7  # 114 functions, two of them on GET and POST, and the 7 legacy ones


def test_every_operation_is_marked_with_its_auth_and_answers_403_500() -> None:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            assert op.get("x-panda-auth") in ("open", "secure", "production", "task-owner"), (path, method)
            assert ("security" in op) == (op["x-panda-auth"] != "open"), (path, method)
            assert {"200", "403", "500"} <= set(map(str, op["responses"])), (path, method)


def test_wire_shape_rules() -> None:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method == "get":
                assert "requestBody" not in op, path
            elif path.startswith("/api/v1/"):
                content = op["requestBody"]["content"]
                assert set(content) <= {"application/json", "multipart/form-data"}, path
                if "multipart/form-data" in content:
                    ref = content["multipart/form-data"]["schema"]["$ref"].split("/")[-1]
                    assert "file" in SPEC["components"]["schemas"][ref]["properties"], path
            success = op["responses"]["200"]["content"]
            assert set(success) == {"text/plain"}, path  # PanDA labels every answer text/plain
