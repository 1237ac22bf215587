"""What the real POMS server does that its status codes do not say (issue 18), through both surfaces.

Editor pages answer 200 with a refusal only inside `#poms_message_data`; `job_type_edit` replaces definition
parameters and recoveries with what it is sent; `*_rm` outcomes come as 200 JSON; configuration precedence;
the classic module-level helpers; recoveries, tag links and stage deletes as the server does them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sciclients import errors
from sciclients.poms import AsyncPoms, Poms, poms_client
from sciclients.poms._errors import PomsAPIError

from tests.support.poms_fake import FakePoms

from .conftest import MENGEL_TOKEN

SETUP = {"launch_host": "pomsgpvm01.fnal.gov", "launch_account": "samdevpro", "launch_setup": "setup x; "}
LS_TAKEN = "A login setup named alice_ls already exists."
JT_TAKEN = "Integrity error: you are most likely using a name which already exists in database."


# -- 1. refusals written into an editor page -------------------------------------------------------------------------
def test_a_login_setup_name_already_taken_raises_with_the_pages_message(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.ConflictError) as caught:
        poms.login_setups.edit("add", "alice_ls", **SETUP)
    assert caught.value.status_code == 200 and caught.value.server_message == LS_TAKEN
    assert 'id="poms_message_data"' in str(caught.value.body)
    assert fake.login_setups[8].launch_setup != SETUP["launch_setup"]  # the existing one is untouched
    assert poms.login_setups.edit("add", "fresh_ls", **SETUP) is None  # an empty message element: done


def test_a_job_type_name_already_taken_raises_with_the_pages_message(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.ConflictError, match="Integrity error") as caught:
        poms.job_types.edit("add", "alice_jt", launch_script="run", output_file_patterns="%")
    assert caught.value.server_message == JT_TAKEN


def test_any_other_message_in_the_page_is_a_poms_error(poms: Poms, fake: FakePoms) -> None:
    page = '<html><body><div id="poms_message_data" style="display: none">Launch host <b>x</b> refused</div></body>'
    fake.faults["/poms/login_setup_edit"] = [(200, page, {})]
    with pytest.raises(PomsAPIError) as caught:
        poms.login_setups.edit("edit", "alice_ls", launch_account="other")
    assert caught.value.server_message == "Launch host x refused"


def test_the_classic_editors_raise_a_runtime_error_with_the_pages_message(legacy_env: FakePoms) -> None:
    with pytest.raises(RuntimeError) as login:
        poms_client.login_setup_edit("pomsgpvm01.fnal.gov", "samdevpro", "setup x", action="add", name="alice_ls",
                                     experiment="samdev")  # fmt: skip
    assert isinstance(login.value, errors.ConflictError) and login.value.server_message == LS_TAKEN
    with pytest.warns(DeprecationWarning), pytest.raises(RuntimeError) as job_type:
        poms_client.job_type_edit("%", "run", action="add", name="alice_jt", experiment="samdev")
    assert isinstance(job_type.value, errors.ConflictError) and job_type.value.server_message == JT_TAKEN


@pytest.mark.anyio
async def test_async_editor_refusals(apoms: AsyncPoms) -> None:
    with pytest.raises(errors.ConflictError, match="already exists"):
        await apoms.login_setups.edit("add", "alice_ls", **SETUP)


# -- 2. job_type_edit replaces what it is not sent -------------------------------------------------------------------
def test_the_server_wipes_recoveries_an_edit_does_not_send(legacy_env: FakePoms) -> None:
    """The fake reproduces the hazard: a raw edit without the lists clears both."""
    jt = legacy_env.job_types[13]
    jt.definition_parameters, jt.recoveries = [["-Oa=", "1"]], [["proj_status", [["-Ox=", "1"]]]]
    poms_client.make_poms_call(method="job_type_edit", pcl_call=1, action="edit", ae_definition_name="alice_jt",
                               ae_launch_script="run", ae_output_file_patterns="%",
                               ae_definition_parameters="null", experiment="samdev")  # fmt: skip
    assert jt.definition_parameters is None and jt.recoveries == []


def test_an_edit_without_parameters_or_recoveries_is_refused_before_sending(poms: Poms, fake: FakePoms) -> None:
    jt = fake.job_types[13]
    jt.definition_parameters, jt.recoveries = [["-Oa=", "1"]], [["proj_status", [["-Ox=", "1"]]]]
    with pytest.raises(ValueError, match="give definition_parameters and recoveries"):
        poms.job_types.edit("edit", "alice_jt", launch_script="run", output_file_patterns="%")
    with pytest.raises(ValueError, match="give recoveries"):
        poms.job_types.edit("edit", "alice_jt", launch_script="run", output_file_patterns="%",
                            definition_parameters=[["-Oa=", "2"]])  # fmt: skip
    assert fake.requests == []
    poms.job_types.edit("edit", "alice_jt", launch_script="run", output_file_patterns="%",
                        definition_parameters=[["-Oa=", "2"]], recoveries=jt.recoveries)  # fmt: skip
    assert jt.definition_parameters == [["-Oa=", "2"]] and jt.recoveries == [["proj_status", [["-Ox=", "1"]]]]


def test_the_classic_edit_without_them_is_refused_too(legacy_env: FakePoms) -> None:
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="definition_parameters and recoveries"):
        poms_client.job_type_edit("%", "run", action="edit", name="alice_jt", experiment="samdev")
    assert legacy_env.requests == []
    with pytest.warns(DeprecationWarning):
        assert poms_client.job_type_edit("%", "run", def_parameter=[], action="edit", name="alice_jt",
                                         experiment="samdev", recoveries="[]") == ("status_code", 200)  # fmt: skip
    assert legacy_env.job_types[13].recoveries == [] and legacy_env.job_types[13].definition_parameters == []


# -- 3. *_rm: the answer's text either way ---------------------------------------------------------------------------
def test_campaign_rm_returns_the_servers_text_whatever_the_outcome(legacy_env: FakePoms) -> None:
    missing = poms_client.campaign_rm("samdev", "nothing")
    assert missing == (legacy_env.answers[-1], 200)
    assert json.loads(missing[0])["msg"] == "The campaign 'nothing' does not exist."
    deleted = poms_client.campaign_rm("samdev", "alice demo")
    assert deleted == (legacy_env.answers[-1], 200) and "were deleted" in json.loads(deleted[0])["msg"]
    with pytest.raises(RuntimeError):
        poms_client.campaign_rm("samdev", "x", role="production")  # not a member in that role: 401


def test_job_type_rm_returns_the_servers_text_whatever_the_outcome(legacy_env: FakePoms, token_file: Path) -> None:
    deleted = poms_client.job_type_rm("samdev", "alice_jt")
    assert deleted == (legacy_env.answers[-1], 200) and "has been deleted" in json.loads(deleted[0])["message"]
    token_file.write_text(MENGEL_TOKEN)
    poms_client._reset()
    used = poms_client.job_type_rm("samdev", "generic_fife_process")
    assert used == (legacy_env.answers[-1], 200) and "may not be deleted" in json.loads(used[0])["message"]
    with pytest.raises(errors.NotFoundError):
        poms_client.job_type_rm("samdev", "nothing")  # 400 page: raised as before


# -- 4. explicit argument > environment > files ----------------------------------------------------------------------
def test_configfile_and_test_beat_poms_url(
    fake: FakePoms, legacy_env: FakePoms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "client.cfg"
    cfg.write_text(f"[url]\nbase_prod = {fake.url}/poms/\nbase_int_ssl = {fake.url}/poms/\n")
    other = FakePoms().start()  # what POMS_URL names
    try:
        monkeypatch.setenv("POMS_URL", other.url + "/poms/")
        assert poms_client.get_campaign_id("samdev", "alice demo", configfile=str(cfg)) == 891
        assert poms_client.get_campaign_id("samdev", "alice demo", test="int", configfile=str(cfg)) == 891
        assert other.requests == [] and len(fake.requests) == 2
        assert poms_client.get_campaign_id("samdev", "alice demo") == 891  # no explicit choice: POMS_URL
        assert len(other.requests) == 1
        with Poms(configfile=cfg, test="int", experiment="samdev") as typed:
            assert typed.campaigns.get_id("alice demo") == 891 and len(fake.requests) == 3
    finally:
        other.stop()


# -- 5. the classic module-level helpers -----------------------------------------------------------------------------
def test_make_poms_call_posts_the_fields_and_returns_the_classic_result(legacy_env: FakePoms) -> None:
    text, status = poms_client.make_poms_call(method="get_campaign_id", campaign_name="alice demo",
                                              experiment="samdev", unused=None)  # fmt: skip
    assert (text, status) == ("891", 200)
    assert legacy_env.last.path == "/poms/get_campaign_id"
    assert legacy_env.last.fields() == {"campaign_name": "alice demo", "experiment": "samdev", "role": "analysis"}
    location, code = poms_client.make_poms_call(method="launch_jobs", campaign_stage_id=456, test_launch=True,
                                                experiment="samdev")  # fmt: skip
    assert code == 303 and "/poms/list_launch_file/samdev/analysis?campaign_stage_id=456" in location
    assert legacy_env.last.fields()["test_launch"] == "True"  # str() of the value, as the classic client sent
    with pytest.raises(errors.NotFoundError) as failed:
        poms_client.make_poms_call(method="submission_details", submission_id=999, experiment="samdev")
    assert isinstance(failed.value, RuntimeError) and "NoResultFound" in failed.value.server_message


def test_make_poms_call_uploads_files_as_multipart(legacy_env: FakePoms, tmp_path: Path) -> None:
    source = tmp_path / "proxy.pem"
    source.write_bytes(b"--+++\r\nnot a boundary")
    with source.open("rb") as handle:
        location, code = poms_client.make_poms_call(method="upload_file", files={"filename": ("proxy.pem", handle)},
                                                    experiment="samdev")  # fmt: skip
    assert code == 303 and location.endswith("/poms/file_uploads/samdev/analysis/alice")
    assert legacy_env.uploads[("samdev", "alice")]["proxy.pem"][0] == b"--+++\r\nnot a boundary"
    with pytest.raises(TypeError, match="files must be a mapping"):
        poms_client.make_poms_call(method="upload_file", files=[source], experiment="samdev")


def test_make_poms_call_refuses_bad_input_before_sending(legacy_env: FakePoms) -> None:
    with pytest.raises(TypeError, match="method must be a str"):
        poms_client.make_poms_call(campaign_name="x", experiment="samdev")
    with pytest.raises(ValueError, match="method must be a POMS method name"):
        poms_client.make_poms_call(method="../admin", experiment="samdev")
    with pytest.raises(ValueError, match="experiment is required"):
        poms_client.make_poms_call(method="get_campaign_id", campaign_name="x")
    with pytest.raises(ValueError, match="role must be one of"):
        poms_client.make_poms_call(method="get_campaign_id", experiment="samdev", role="admin")
    assert legacy_env.requests == []


def test_getconfig_reads_the_client_cfg_that_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "mine.cfg"
    cfg.write_text("[url]\nbase_prod = https://poms.example/poms/\n")
    kwargs = {"configfile": str(cfg), "experiment": "samdev"}
    assert poms_client.getconfig(kwargs).get("url", "base_prod") == "https://poms.example/poms/"
    assert kwargs == {"experiment": "samdev"}  # configfile is taken out, as the classic helper did
    monkeypatch.setattr("sys.argv", [str(tmp_path / "nowhere" / "script")])
    with pytest.raises(errors.ConfigurationError, match="no readable client.cfg"):
        poms_client.getconfig({})
    monkeypatch.setenv("POMS_CLIENT_DIR", str(tmp_path))
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "client.cfg").write_text("[url]\nbase_dev_ssl = https://dev.example/poms/\n")
    assert poms_client.getconfig({}).get("url", "base_dev_ssl") == "https://dev.example/poms/"


# -- 6-8. recoveries, tag links and stage deletes as the server does them -------------------------------------------
def test_recoveries_only_the_last_existing_type_is_updated(poms: Poms, fake: FakePoms) -> None:
    fake.job_types[13].recoveries = [["added_files", [["-Oa=", "1"]]], ["proj_status", [["-Ob=", "1"]]]]
    result = poms.job_types.update_recoveries(13, [("added_files", [["-Oa=", "2"]]),
                                                   ("proj_status", [["-Ob=", "2"]])])  # fmt: skip
    assert result == [("added_files", [["-Oa=", "1"]]), ("proj_status", [["-Ob=", "2"]])]


def test_unknown_recovery_types_and_job_types_are_integrity_errors(poms: Poms) -> None:
    with pytest.raises(errors.BadRequestError, match="IntegrityError.*NotNullViolation"):
        poms.job_types.update_recoveries(13, [("no_such_recovery", [])])
    with pytest.raises(errors.BadRequestError, match="IntegrityError.*ForeignKeyViolation"):
        poms.job_types.update_recoveries(99999, [("proj_status", [])])


def test_linking_a_tag_twice_is_a_conflict(poms: Poms, legacy_env: FakePoms) -> None:
    assert poms.tags.link("mc_2024", [891]).msg == "OK"
    with pytest.raises(errors.ConflictError, match="UniqueViolation"):
        poms.tags.link("mc_2024", [891])
    with pytest.raises(errors.ConflictError) as classic:
        poms_client.tag_campaigns("mc_2024", "891", "samdev")
    assert isinstance(classic.value, RuntimeError)


def test_deleting_an_existing_stage_through_the_editor_fails_on_the_server(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.BadRequestError, match="%d format: a real number is required, not str"):
        poms.campaign_stages.edit("delete", "reco", campaign_id=891)
    assert 456 in fake.stages
