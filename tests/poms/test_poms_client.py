"""The drop-in `sciclients.poms.poms_client`: every function of the classic module with its name and signature,
the request the reference documents (shared/reference/poms.md §3), the classic return conventions, the
deprecated functions, and classic-compatible errors."""

from __future__ import annotations

import inspect
import json
import logging
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sciclients import errors
from sciclients.poms import poms_client

from tests.support.poms_fake import FakePoms

# The classic module's functions (fermitools/poms, poms_client/python/poms_client.py on main), as signatures.
CLASSIC = {
    # documented, current
    "campaign_rm": "(experiment, name, test=False, role=None, configfile=None)",
    "campaign_stage_submissions": "(experiment, role, campaign_name, stage_name, test=None, configfile=None, **kwargs)",
    "get_campaign_id": "(experiment, campaign_name, test=None, role=None, configfile=None)",
    "get_campaign_list": "(experiment=None, role=None, test_client=False)",
    "get_campaign_name": "(experiment, campaign_id, test=None, role=None, configfile=None)",
    "get_campaign_stage_id": "(experiment, campaign_name, campaign_stage_name, test=None, role=None, configfile=None)",
    "get_campaign_stage_name": "(experiment, campaign_stage_id, test=None, role=None, configfile=None)",
    "get_submission_id_for": "(campaign_stage_id, user=None, command_executed=None, input_dataset=None, "
                             "parent_submission_id=None, submission_id=None, test=None, experiment=None, role=None, "
                             "configfile=None)",
    "job_type_rm": "(experiment, name, test=False, role=None, configfile=None)",
    "launch_campaign_jobs": "(campaign_id, test=None, test_launch=None, experiment=None, role=None, configfile=None)",
    "launch_campaign_stage_jobs": "(campaign_stage_id, test=None, test_launch=None, experiment=None, role=None, "
                                  "configfile=None)",
    "login_setup_rm": "(experiment, name, test=False, role=None, configfile=None)",
    "modify_job_type_recoveries": "(job_type_id, recoveries, test=None, experiment=None, role=None, configfile=None)",
    "show_campaign_stages": "(campaign_name=None, test=None, **kwargs)",
    "show_campaigns": "(test=None, **kwargs)",
    "submission_details": "(experiment, role, submission_id, test=None, configfile=None)",
    "tag_campaigns": "(tag, cids, experiment, role=None, test_client=False)",
    "update_stage_param_overrides": "(experiment, campaign_stage, param_overrides=None, test_param_overrides=None, "
                                    "test=None, role=None, configfile=None)",
    "update_submission": "(submission_id, jobsub_job_id=None, status=None, project=None, test=None, configfile=None, "
                         "**kwargs)",
    "uploaded_files_rm": "(experiment, filename, test=None, role=None, configfile=None)",
    "upload_file": "(file_name, test=None, experiment=None, role=None, configfile=None)",
    "upload_wf": "(file_name, test=None, experiment=None, configfile=None, replace=False, role=None)",
    # deprecated
    "update_session_experiment": "(experiment, test_client=False)",
    "update_session_role": "(role, test_client=False)",
    "campaign_stage_edit": "(action, campaign_id, ae_stage_name, pc_username, experiment, vo_role, dataset, ae_active, "
                           "ae_split_type, ae_software_version, ae_completion_type, ae_completion_pct, "
                           "ae_param_overrides, ae_depends, ae_launch_name, ae_campaign_definition, "
                           "ae_test_param_overrides, test_client=None, role=None, configfile=None, ae_cronjob=True)",
    "campaign_definition_edit": "(output_file_patterns, launch_script, def_parameter=None, pc_username=None, "
                                "action=None, name=None, experiment=None, recoveries=None, test_client=False, "
                                "role=None, configfile=None)",
    "campaign_edit": "(**kwargs)",
    "register_poms_campaign": "(campaign_name, user=None, experiment=None, version=None, dataset=None, "
                              "campaign_definition=None, test=None, role=None, configfile=None)",
    "job_type_edit": "(output_file_patterns, launch_script, def_parameter=None, pc_username=None, action=None, "
                     "name=None, experiment=None, recoveries=None, test_client=False, role=None, configfile=None)",
    "launch_template_edit": "(action=None, launch_name=None, launch_host=None, user_account=None, launch_setup=None, "
                            "experiment=None, pc_username=None, test_client=False, role=None, configfile=None)",
    "get_task_id_for": "(campaign, user=None, command_executed=None, input_dataset=None, parent_task_id=None, "
                       "task_id=None, test=None, experiment=None, role=None, configfile=None)",
    "launch_jobs": "(campaign, test=None, experiment=None, role=None, configfile=None)",
    # in the module but not in the client documentation
    "download_file": "(file_name, test=None, experiment=None, role=None, configfile=None)",
    "update_campaign_stage": "(campaign_stage, experiment=None, role=None, test=None, configfile=None, **kwargs)",
    "login_setup_edit": "(launch_host, launch_account, launch_setup, pc_username=None, action=None, name=None, "
                        "experiment=None, test_client=False, role=None, configfile=None)",
    "check_stale_proxy": "(options)",
    "check_stale_token": "(options)",
    # module-level helpers scripts call
    "make_poms_call": "(**kwargs)",
    "getconfig": "(kwargs)",
}  # fmt: skip
DEPRECATED = ["update_session_experiment", "update_session_role", "campaign_stage_edit", "campaign_definition_edit",
              "campaign_edit", "register_poms_campaign", "job_type_edit", "launch_template_edit", "get_task_id_for",
              "launch_jobs"]  # fmt: skip


def bare(function: Callable[..., Any]) -> str:
    signature = inspect.signature(function)
    parameters = [p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()]
    return str(signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty))


def test_every_classic_function_is_there_with_its_signature() -> None:
    assert len(CLASSIC) == 39 and len(DEPRECATED) == 10
    assert sorted(poms_client.__all__) == sorted(CLASSIC)
    for name, signature in CLASSIC.items():
        assert bare(getattr(poms_client, name)) == signature, name


# -- current functions: the documented request and the classic result -------------------------------------------------
ER = {"experiment": "samdev", "role": "analysis"}
CURRENT: list[tuple[str, Callable[[], Any], str, dict[str, Any], Callable[[Any], bool]]] = [
    ("show_campaigns", lambda: poms_client.show_campaigns(experiment="samdev"), "/poms/show_campaigns",
     {"fmt": "json", **ER}, lambda r: r[0] is True and [c["name"] for c in r[1]["tl"]][0] == "alice demo"),
    ("show_campaigns views", lambda: poms_client.show_campaigns(experiment="samdev", update_view="1", view_active="1",
                                                                view_inactive="", view_mine="x"),
     "/poms/show_campaigns", {"fmt": "json", **ER, "update_view": "1", "view_active": "view_active",
                              "view_mine": "view_mine"}, lambda r: r[1]["data"]["view_mine"] == "view_mine"),
    ("show_campaign_stages", lambda: poms_client.show_campaign_stages("alice demo", experiment="samdev", tdays="2"),
     "/poms/show_campaign_stages", {"fmt": "json", **ER, "campaign_name": "alice demo", "tdays": "2.0"},
     lambda r: r[0] and [s["name"] for s in r[1]["campaign_stages"]] == ["reco"]),
    ("campaign_stage_submissions", lambda: poms_client.campaign_stage_submissions(
        "samdev", "analysis", "fake demo v1.0  w/chars", "f eg v1.0 - w/chars"), "/poms/campaign_stage_submissions",
     {"fmt": "json", **ER, "campaign_name": "fake demo v1.0  w/chars", "stage_name": "f eg v1.0 - w/chars"},
     lambda r: r[0] and r[1]["data"]["submissions"][0]["submission_id"] == 1267),
    ("submission_details", lambda: poms_client.submission_details("samdev", "analysis", 1267),
     "/poms/submission_details", {"submission_id": "1267", "fmt": "json", **ER},
     lambda r: r == (True, r[1]) and r[1]["submission"]["submission_id"] == 1267),
    ("update_submission", lambda: poms_client.update_submission(1267, jobsub_job_id="1@x", status="Running",
                                                                experiment="samdev"),
     "/poms/update_submission", {"submission_id": "1267", "jobsub_job_id": "1@x", "status": "Running", **ER},
     lambda r: r == (True, "Ok.")),
    ("get_submission_id_for", lambda: poms_client.get_submission_id_for(
        456, user="alice", command_executed="jobsub_submit x", input_dataset="ds", experiment="samdev"),
     "/poms/get_submission_id_for", {"campaign_stage_id": "456", "user": "alice", "command_executed": "jobsub_submit x",
                                     "input_dataset": "ds", **ER}, lambda r: isinstance(r, int) and r >= 5000),
    ("download_file", lambda: poms_client.download_file("notes.txt", experiment="samdev"), "/poms/download_file",
     {"filename": "notes.txt", **ER}, lambda r: r == "some notes\n"),
    ("uploaded_files_rm", lambda: poms_client.uploaded_files_rm("samdev", "notes.txt"), "/poms/remove_uploaded_files",
     {"filename": "notes.txt", "action": "delete", "redirect": "0", **ER}, lambda r: r == ("Ok.", 200)),
    ("get_campaign_id", lambda: poms_client.get_campaign_id("samdev", "alice demo"), "/poms/get_campaign_id",
     {"campaign_name": "alice demo", **ER}, lambda r: r == 891),
    ("get_campaign_name", lambda: poms_client.get_campaign_name("samdev", 891), "/poms/get_campaign_name",
     {"campaign_id": "891", **ER}, lambda r: r == "alice demo"),
    ("get_campaign_stage_id", lambda: poms_client.get_campaign_stage_id("samdev", "alice demo", "reco"),
     "/poms/get_campaign_stage_id", {"campaign_name": "alice demo", "campaign_stage_name": "reco", **ER},
     lambda r: r == 456),
    ("get_campaign_stage_name", lambda: poms_client.get_campaign_stage_name("samdev", 424242),
     "/poms/get_campaign_stage_name", {"campaign_stage_id": "424242", **ER}, lambda r: r is None),
    ("update_stage_param_overrides", lambda: poms_client.update_stage_param_overrides(
        "samdev", 456, param_overrides="[['--stage ', 'a2']]"), "/poms/update_stage_param_overrides",
     {"campaign_stage": "456", **ER, "param_overrides": "[['--stage ', 'a2']]"},
     lambda r: r == "([['--stage ', 'a2'], ['-Oglobal.sam_dataset=', '%(dataset)s']], None)"),
    ("modify_job_type_recoveries", lambda: poms_client.modify_job_type_recoveries(
        13, [["proj_status", [["-Osubmit.memory=", "2000MB"]]]], experiment="samdev"),
     "/poms/modify_job_type_recoveries",
     {"job_type_id": "13", "recoveries": '[["proj_status", [["-Osubmit.memory=", "2000MB"]]]]', **ER},
     lambda r: r == ([["added_files", []], ["proj_status", [["-Osubmit.memory=", "2000MB"]]]], 200, 13)),
    ("launch_campaign_stage_jobs", lambda: poms_client.launch_campaign_stage_jobs(456, experiment="samdev"),
     "/poms/launch_jobs", {"campaign_stage_id": "456", **ER},
     lambda r: r[1] == 303 and "/poms/list_launch_file/" in r[0] and r[0].endswith(f"_{r[2]}")),
    ("launch_campaign_jobs", lambda: poms_client.launch_campaign_jobs(891, test_launch=True, experiment="samdev"),
     "/poms/launch_campaign", {"campaign_id": "891", "test_launch": "True", **ER},
     lambda r: r[1] == 303 and isinstance(r[2], int)),
    ("job_type_rm", lambda: poms_client.job_type_rm("samdev", "alice_jt"), "/poms/job_type_rm",
     {"ae_definition_name": "alice_jt", "pcl_call": "1", **ER},
     lambda r: r[1] == 200 and json.loads(r[0])["message"] == "The job type 'alice_jt' has been deleted."),
    ("login_setup_rm", lambda: poms_client.login_setup_rm("samdev", "alice_ls"), "/poms/login_setup_rm",
     {"ae_launch_name": "alice_ls", "pcl_call": "1", **ER}, lambda r: r == ("", 200)),
    ("campaign_rm", lambda: poms_client.campaign_rm("samdev", "alice demo"), "/poms/show_campaigns/samdev/analysis",
     {"fmt": "json", "pcl_call": "1", "action": "delete", "del_campaign_name": "alice demo"},
     lambda r: r[1] == 200 and json.loads(r[0])["msg"].startswith("Campaign named alice demo with campaign_id 891")),
    ("get_campaign_list", lambda: poms_client.get_campaign_list("samdev"), "/poms/campaign_list_json", ER,
     lambda r: r["reco"] == 456 and r["reco2"] == 1791),
    ("tag_campaigns", lambda: poms_client.tag_campaigns("mc", "891,890", "samdev"), "/poms/link_tags",
     {"campaign_id": "891,890", "tag_name": "mc", **ER}, lambda r: r is True),
    ("update_campaign_stage", lambda: poms_client.update_campaign_stage(456, experiment="samdev",
                                                                        software_version="v2", completion_pct="80"),
     "/poms/update_campaign_stage", {"campaign_stage": "456", "pcl_call": "1", **ER, "software_version": "v2",
                                     "completion_pct": "80"}, lambda r: r == ("status_code", 200)),
    ("login_setup_edit", lambda: poms_client.login_setup_edit("pomsgpvm01.fnal.gov", "samdevpro", "setup x",
                                                              pc_username="alice", action="add", name="ls2",
                                                              experiment="samdev"),
     "/poms/login_setup_edit", {"action": "add", "ae_launch_name": "ls2", "pcl_call": "1", "pc_username": "alice",
                                **ER, "ae_launch_host": "pomsgpvm01.fnal.gov", "ae_launch_account": "samdevpro",
                                "ae_launch_setup": "setup x"}, lambda r: r == ("status_code", 200)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "call", "path", "fields", "check"), CURRENT, ids=[c[0] for c in CURRENT])
def test_a_classic_function_sends_the_documented_request_and_returns_the_classic_result(
    legacy_env: FakePoms,
    name: str,
    call: Callable[[], Any],
    path: str,
    fields: dict[str, Any],
    check: Callable[[Any], bool],
) -> None:
    fake = legacy_env
    fake.uploads[("samdev", "alice")]["notes.txt"] = (b"some notes\n", "2024-05-01T14:03:27Z")
    result = call()
    sent = fake.last
    assert (sent.method, sent.path) == ("POST", path)
    assert sent.fields() == fields
    assert sent.headers["authorization"] == "Bearer alice-token"
    assert check(result), result


def test_upload_wf_and_upload_file_post_multipart_parts(legacy_env: FakePoms, tmp_path: Path) -> None:
    fake = legacy_env
    ini = tmp_path / "wf.ini"
    ini.write_text("[campaign]\nname = wf\n\n[campaign_stage one]\n")
    ok, data = poms_client.upload_wf(str(ini), experiment="samdev")
    assert ok is True and data["status"] == "201 Created" and data["campaign_stage_ids"][0][1] == "one"
    assert fake.last.path == "/poms/ini_to_campaign"
    assert fake.last.form == {"pcl_call": ["1"], "replace": ["False"], "experiment": ["samdev"], "role": ["analysis"]}
    assert fake.last.files["upload"][0].filename == "wf.ini"
    assert poms_client.upload_file(str(ini), experiment="samdev") is True
    assert fake.last.path == "/poms/upload_file" and fake.last.files["filename"][0].content == ini.read_bytes()


# -- outcomes hidden in 200s keep their classic shape ----------------------------------------------------------------
def test_outcomes_the_classic_result_carried_are_returned_not_raised(legacy_env: FakePoms, tmp_path: Path) -> None:
    fake = legacy_env
    bad = tmp_path / "bad.ini"
    bad.write_text("[nothing]\n")
    assert poms_client.upload_wf(bad, experiment="samdev") == (True, {
        "pcl_call": "1", "replace": "False", "upload": "<uploaded_file_data>", "status": "400 Bad Request",
        "message": "No Campaign section in the file"})  # fmt: skip
    text, status = poms_client.campaign_rm("samdev", "fake demo v1.0  w/chars")
    assert status == 200 and json.loads(text)["msg"] == "The campaign 'fake demo v1.0  w/chars' does not exist."
    assert poms_client.update_submission(424242, jobsub_job_id="1@x", experiment="samdev") == (True, "Unknown.")
    assert poms_client.update_stage_param_overrides("samdev", 424242, param_overrides="[]") == ""
    assert poms_client.get_campaign_name("samdev", 424242) == ""
    assert poms_client.get_campaign_id("samdev", "no such campaign") is None  # classic crashed in int(None)
    assert poms_client.get_campaign_stage_id("samdev", "alice demo", "nope") is None
    fake.job_types[13].used = True
    text, status = poms_client.job_type_rm("samdev", "alice_jt")
    assert json.loads(text)["message"] == "The job type, alice_jt, has been used and may not be deleted."


def test_a_launch_without_uploaded_credentials_returns_no_submission(legacy_env: FakePoms) -> None:
    legacy_env.no_credentials.add("alice")
    location, status, submission_id = poms_client.launch_campaign_stage_jobs(456, experiment="samdev")
    assert status == 303 and submission_id is None and "/poms/auth/samdev/analysis" in location


def test_test_launch_false_is_not_sent(legacy_env: FakePoms) -> None:
    poms_client.launch_campaign_stage_jobs("456", test_launch=False, experiment="samdev")
    assert legacy_env.last.fields() == {"campaign_stage_id": "456", **ER}
    poms_client.launch_campaign_stage_jobs(456, test_launch="False", experiment="samdev")
    assert "test_launch" not in legacy_env.last.fields()


def test_update_stage_param_overrides_by_names_and_get_campaign_stage_name_on_old_servers(
    legacy_env: FakePoms,
) -> None:
    result = poms_client.update_stage_param_overrides("samdev", ["alice demo", "reco"],
                                                      test_param_overrides='[["-t", "1"]]')  # fmt: skip
    assert result == "(None, [['-t', '1']])"
    assert legacy_env.last.form["campaign_stage"] == ["alice demo", "reco"]
    legacy_env.legacy_rows = True
    assert poms_client.get_campaign_stage_name("samdev", 456) == ["alice demo", "reco"]


# -- failures: typed, with the page's text, and still RuntimeError ---------------------------------------------------
def test_failures_are_typed_errors_that_classic_code_catches_as_runtime_error(legacy_env: FakePoms) -> None:
    with pytest.raises(RuntimeError) as caught:
        poms_client.get_campaign_stage_name("samdev", 456)  # the current server cannot serialise the row
    error = caught.value
    assert isinstance(error, errors.BadRequestError) and isinstance(error, errors.APIStatusError)
    assert error.status_code == 400
    assert error.server_message == "TypeError('Object of type Row is not JSON serializable')"
    assert "Row is not JSON serializable" in str(error)
    with pytest.raises(errors.NotFoundError) as missing:
        poms_client.submission_details("samdev", "analysis", 424242)
    assert isinstance(missing.value, RuntimeError) and "NoResultFound" in missing.value.server_message
    with pytest.raises(errors.PermissionDeniedError, match="cannot have role production"):
        poms_client.get_campaign_id("samdev", "alice demo", role="production")
    with pytest.raises(errors.NotFoundError, match="no such campaign stage"):
        poms_client.update_campaign_stage(424242, experiment="samdev", dataset="x")


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: poms_client.get_campaign_id("samdev", "alice demo", role="boss"), ValueError, "role must be one of"),
        (lambda: poms_client.get_campaign_id(None, "alice demo"), ValueError, "experiment is required"),
        (lambda: poms_client.get_campaign_id("samdev", ""), ValueError, "name must not be empty"),
        (lambda: poms_client.campaign_rm("samdev", "  "), ValueError, "name must not be empty"),
        (lambda: poms_client.upload_wf("/nonexistent/wf.ini", experiment="samdev"), ValueError,
         "path: /nonexistent/wf.ini is not an existing file"),
        (lambda: poms_client.upload_file("/nonexistent/f.txt", experiment="samdev"), ValueError, "is not an existing"),
        (lambda: poms_client.update_submission(1267, experiment="samdev"), TypeError, "jobsub_job_id is required"),
        (lambda: poms_client.show_campaigns(experiment="samdev", colour="red"), TypeError,
         "unexpected keyword argument 'colour'"),
        (lambda: poms_client.update_stage_param_overrides("samdev", "reco", param_overrides="[]"), ValueError,
         "campaign_stage must be a stage id"),
        (lambda: poms_client.login_setup_edit("h", "a", "s", name="x", experiment="samdev"), ValueError,
         "action must be one of"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_before_anything_is_sent(legacy_env: FakePoms, call, error, match) -> None:
    with pytest.raises(error, match=match):
        call()
    assert legacy_env.requests == []


def test_an_unknown_session_role_is_refused(legacy_env: FakePoms) -> None:
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="role must be one of"):
        poms_client.update_session_role("admin")
    assert poms_client.global_role is None


# -- configuration ---------------------------------------------------------------------------------------------------
def test_configfile_and_test_pick_the_host(fake: FakePoms, token_file: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    cfg = tmp_path / "client.cfg"
    cfg.write_text(f"[url]\nbase_prod = http://127.0.0.1:9/poms/\nbase_int_ssl = {fake.url}/poms/\n")
    assert poms_client.get_campaign_id("samdev", "alice demo", test="int", configfile=str(cfg)) == 891
    with pytest.raises(errors.APIConnectionError):
        poms_client.get_campaign_id("samdev", "alice demo", configfile=str(cfg))  # base_prod: nothing listens
    with pytest.raises(errors.ConfigurationError, match="configfile: .*nothing.cfg cannot be read"):
        poms_client.get_campaign_id("samdev", "alice demo", configfile=str(tmp_path / "nothing.cfg"))


def test_session_defaults_and_the_experiment_variable(legacy_env: FakePoms, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPERIMENT", "samdev")
    assert poms_client.get_campaign_id(None, "alice demo") == 891
    with pytest.warns(DeprecationWarning, match=r"poms_client.update_session_experiment\(\) is deprecated"):
        assert poms_client.update_session_experiment("nova") is True
    legacy_env.members["alice"]["nova"] = {"analysis", "production"}
    with pytest.warns(DeprecationWarning, match=r"update_session_role\(\) is deprecated"):
        assert poms_client.update_session_role("production") is True
    assert legacy_env.requests[-1].fields()["experiment"] == "samdev"  # nothing sent by the setters
    assert poms_client.get_campaign_id(None, "nova reco") == 892
    assert legacy_env.last.fields() == {"campaign_name": "nova reco", "experiment": "nova", "role": "production"}
    assert poms_client.get_campaign_id("samdev", "alice demo", role="analysis") == 891  # arguments still win


def refused(call: Callable[[], Any]) -> Exception:
    """The exception `call` raises (the test fails if it raises none)."""
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("expected the call to raise")


# -- deprecated functions: a warning, then the current equivalent -----------------------------------------------------
DEPRECATED_CALLS: list[tuple[str, Callable[[], Any], str, dict[str, Any], Callable[[Any], bool]]] = [
    ("campaign_stage_edit", lambda: poms_client.campaign_stage_edit(
        "add", 891, "third", "alice", "samdev", "Analysis", "gen_cfg", True, "None", "v1_2", "located", 95,
        '[["--stage ", "t"]]', None, "alice_ls", "alice_jt", '[["--stage ", "tt"]]'),
     "/poms/campaign_stage_edit",
     {"action": "add", "ae_stage_name": "third", "pcl_call": "1", "pc_username": "alice", **ER, "ae_campaign_id": "891",
      "ae_vo_role": "Analysis", "ae_dataset": "gen_cfg", "ae_split_type": "None", "ae_software_version": "v1_2",
      "ae_completion_type": "located", "ae_completion_pct": "95", "ae_param_overrides": '[["--stage ", "t"]]',
      "ae_test_param_overrides": '[["--stage ", "tt"]]', "ae_launch_name": "alice_ls",
      "ae_campaign_definition": "alice_jt", "ae_cronjob": "True"}, lambda r: r == ("status_code", 200)),
    # The server cannot delete a stage through its editor (spec: a `%d format` TypeError): a classic RuntimeError.
    ("campaign_edit", lambda: refused(lambda: poms_client.campaign_edit(
        action="delete", campaign_id=891, ae_stage_name="reco", pc_username="alice", experiment="samdev", vo_role=None,
        dataset=None, ae_active=None, ae_split_type=None, ae_software_version=None, ae_completion_type=None,
        ae_completion_pct=None, ae_param_overrides=None, ae_depends=None, ae_launch_name=None,
        ae_campaign_definition=None, ae_test_param_overrides=None)),
     "/poms/campaign_stage_edit", {"action": "delete", "ae_stage_name": "reco", "pcl_call": "1",
                                   "pc_username": "alice", **ER, "ae_campaign_id": "891", "ae_cronjob": "True"},
     lambda r: isinstance(r, errors.BadRequestError) and isinstance(r, RuntimeError)
     and r.server_message == "TypeError('%d format: a real number is required, not str')"),
    ("job_type_edit", lambda: poms_client.job_type_edit(
        "%.root", "fife_launch  -c   x.cfg", def_parameter=[["-Oa=", "1"]], pc_username="alice", action="add",
        name="jt2", experiment="samdev", recoveries='[["proj_status", []]]'),
     "/poms/job_type_edit",
     {"action": "add", "ae_definition_name": "jt2", "pcl_call": "1", "pc_username": "alice", **ER,
      "ae_output_file_patterns": "%.root", "ae_launch_script": "fife_launch -c x.cfg ",
      "ae_definition_parameters": '[["-Oa=", "1"]]', "ae_definition_recovery": '[["proj_status", []]]'},
     lambda r: r == ("status_code", 200)),
    ("campaign_definition_edit", lambda: poms_client.campaign_definition_edit(
        "%", "run.sh", action="add", name="jt3", experiment="samdev"),
     "/poms/job_type_edit", {"action": "add", "ae_definition_name": "jt3", "pcl_call": "1", **ER,
                             "ae_output_file_patterns": "%", "ae_launch_script": "run.sh ",
                             "ae_definition_parameters": "null"}, lambda r: r == ("status_code", 200)),
    ("launch_template_edit", lambda: poms_client.launch_template_edit(
        action="add", launch_name="lt", launch_host="pomsgpvm01.fnal.gov", user_account="samdevpro",
        launch_setup=["setup fife_utils v3_3;", "setup poms_client v4_4"], experiment="samdev", pc_username="alice"),
     "/poms/login_setup_edit",
     {"action": "add", "ae_launch_name": "lt", "pcl_call": "1", "pc_username": "alice", **ER,
      "ae_launch_host": "pomsgpvm01.fnal.gov", "ae_launch_account": "samdevpro",
      "ae_launch_setup": "setup fife_utils v3_3; setup poms_client v4_4 "}, lambda r: r == ("status_code", 200)),
    ("get_task_id_for", lambda: poms_client.get_task_id_for(456, command_executed="jobsub_submit y",
                                                            parent_task_id=1267, experiment="samdev"),
     "/poms/get_submission_id_for", {"campaign_stage_id": "456", "command_executed": "jobsub_submit y",
                                     "parent_submission_id": "1267", **ER}, lambda r: isinstance(r, int)),
    ("launch_jobs", lambda: poms_client.launch_jobs(456, experiment="samdev", role="analysis"), "/poms/launch_jobs",
     {"campaign_stage_id": "456", **ER}, lambda r: r is True),  # classic shifted experiment into test_launch
]  # fmt: skip


@pytest.mark.parametrize(("name", "call", "path", "fields", "check"), DEPRECATED_CALLS,
                         ids=[c[0] for c in DEPRECATED_CALLS])  # fmt: skip
def test_a_deprecated_function_warns_and_sends_the_current_request(
    legacy_env: FakePoms,
    name: str,
    call: Callable[[], Any],
    path: str,
    fields: dict[str, Any],
    check: Callable[[Any], bool],
) -> None:
    with pytest.warns(DeprecationWarning, match=rf"poms_client\.{name}\(\) is deprecated") as caught:
        result = call()
    assert len([w for w in caught if w.category is DeprecationWarning]) == 1
    assert caught[0].filename == __file__  # points at the caller
    assert (legacy_env.last.path, legacy_env.last.fields()) == (path, fields)
    assert "ae_active" not in legacy_env.last.fields() and "ae_campaign_name" not in legacy_env.last.fields()
    assert check(result), result


def test_register_poms_campaign_says_the_server_method_is_gone(legacy_env: FakePoms) -> None:
    with pytest.warns(DeprecationWarning), pytest.raises(NotImplementedError, match="no longer has"):
        poms_client.register_poms_campaign("mwm_client_test", user="mengel", experiment="samdev", version="v0_0")
    assert legacy_env.requests == []


def test_every_deprecated_function_warns_and_no_current_one_does(legacy_env: FakePoms) -> None:
    assert {name for name, *_ in DEPRECATED_CALLS} | {"update_session_experiment", "update_session_role",
                                                      "register_poms_campaign"} == set(DEPRECATED)  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        poms_client.get_submission_id_for(456, experiment="samdev")
        poms_client.launch_campaign_stage_jobs(456, experiment="samdev")
        poms_client.login_setup_edit("h", "a", "s", action="add", name="ls9", experiment="samdev")


# -- stale credential checks -----------------------------------------------------------------------------------------
def test_check_stale_token_reads_the_upload_date(legacy_env: FakePoms, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "alice")
    legacy_env.legacy_rows = True
    options = SimpleNamespace(experiment="samdev", test=None, verbose=True)
    area = legacy_env.uploads[("samdev", "alice")]
    area["vt_samdev_Analysis_alice"] = (b"t", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert poms_client.check_stale_token(options) is False
    sent = legacy_env.last
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        "/poms/file_uploads/samdev/analysis/alice",
        {"fmt": ["json"]},
    )
    assert sent.headers["authorization"] == "Bearer alice-token"
    area["vt_samdev_Analysis_alice"] = (b"t", "2024-05-01T14:03:27Z")
    assert poms_client.check_stale_token(options) is True


def test_check_stale_proxy_uses_the_proxy_and_treats_failures_as_stale(
    fake: FakePoms, grid_proxy: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("POMS_URL", fake.url)
    monkeypatch.setenv("X509_USER_PROXY", str(grid_proxy))
    monkeypatch.setenv("USER", "alice")
    fake.standalone_user = "alice"
    options = SimpleNamespace(experiment="samdev", test=None, verbose=False)
    caplog.set_level(logging.WARNING, logger="sciclients")
    assert poms_client.check_stale_proxy(options) is True  # the current server cannot list uploads
    assert "Row is not JSON serializable" in caplog.text
    fake.legacy_rows = True
    fake.uploads[("samdev", "alice")]["x509up_voms_samdev_Analysis_alice"] = (
        b"p", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))  # fmt: skip
    assert poms_client.check_stale_proxy(options) is False
    assert "authorization" not in fake.last.headers
