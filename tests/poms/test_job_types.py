"""`poms.job_types` and `poms.login_setups`: the request on the wire and the typed result of every method."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients._generated.poms_api.models import JobTypeDeletion
from sciclients.poms import AsyncPoms, Poms

from tests.support.poms_fake import FakePoms

from .conftest import MENGEL_TOKEN


def test_delete_job_type(poms: Poms, fake: FakePoms) -> None:
    result = poms.job_types.delete("alice_jt")
    assert isinstance(result, JobTypeDeletion) and result.message == "The job type 'alice_jt' has been deleted."
    assert fake.last.path == "/poms/job_type_rm"
    assert fake.last.fields() == {"ae_definition_name": "alice_jt", "pcl_call": "1", "experiment": "samdev",
                                  "role": "analysis"}  # fmt: skip
    assert 13 not in fake.job_types


def test_delete_job_type_in_use_or_unknown(fake: FakePoms, poms: Poms) -> None:
    with Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", max_retries=0) as mengel:
        with pytest.raises(errors.ConflictError) as used:
            mengel.job_types.delete("generic_fife_process")
    assert used.value.server_message == "The job type, generic_fife_process, has been used and may not be deleted."
    with pytest.raises(errors.NotFoundError, match="Not found item"):
        poms.job_types.delete("generic_fife_process")  # not alice's


def test_update_recoveries_sends_json_and_returns_the_merged_list(poms: Poms, fake: FakePoms) -> None:
    result = poms.job_types.update_recoveries(13, [("proj_status", [("-Osubmit.memory=", "2000MB")])])
    assert result == [("added_files", []), ("proj_status", [["-Osubmit.memory=", "2000MB"]])]
    assert fake.last.path == "/poms/modify_job_type_recoveries"
    assert fake.last.fields() == {
        "job_type_id": "13",
        "recoveries": '[["proj_status", [["-Osubmit.memory=", "2000MB"]]]]',
        "experiment": "samdev",
        "role": "analysis",
    }
    again = poms.job_types.update_recoveries(13, '[["proj_status", [["-Osubmit.memory=", "4000MB"]]]]')
    assert again[1] == ("proj_status", [["-Osubmit.memory=", "4000MB"]])
    with pytest.raises(errors.PermissionDeniedError):
        poms.job_types.update_recoveries(12, [])
    with pytest.raises(ValueError, match="recoveries must be JSON text"):
        poms.job_types.update_recoveries(13, "[[proj_status]]")


def test_edit_job_type_add_and_edit(poms: Poms, fake: FakePoms) -> None:
    poms.job_types.edit(
        "add",
        "new_jt",
        launch_script="fife_launch -c x.cfg",
        output_file_patterns="%.root",
        definition_parameters=[["-Oglobal.release=", "v1_2"]],
        recoveries=[("proj_status", [])],
    )
    assert fake.last.path == "/poms/job_type_edit"
    assert fake.last.fields() == {
        "action": "add",
        "ae_definition_name": "new_jt",
        "pcl_call": "1",
        "experiment": "samdev",
        "role": "analysis",
        "ae_output_file_patterns": "%.root",
        "ae_launch_script": "fife_launch -c x.cfg",
        "ae_definition_parameters": '[["-Oglobal.release=", "v1_2"]]',
        "ae_definition_recovery": '[["proj_status", []]]',
        "ae_active": "True",
    }
    created = next(j for j in fake.job_types.values() if j.name == "new_jt")
    assert created.active and created.recoveries == [["proj_status", []]]
    poms.job_types.edit("edit", "new_jt", launch_script="other", output_file_patterns="%", active=False,
                        definition_parameters=None, recoveries=[("proj_status", [])])  # fmt: skip
    assert "ae_active" not in fake.last.fields() and fake.last.fields()["ae_definition_parameters"] == "null"
    assert not created.active and created.definition_parameters is None


def test_edit_job_type_refuses_incomplete_adds(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(ValueError, match="add needs a non-empty launch_script"):
        poms.job_types.edit("add", "x", launch_script="  ", output_file_patterns="%")
    with pytest.raises(ValueError, match="edit needs output_file_patterns"):
        poms.job_types.edit("edit", "x", launch_script="run")
    assert fake.requests == []


def test_login_setup_edit(poms: Poms, fake: FakePoms) -> None:
    poms.login_setups.edit("add", "new_ls", launch_host="pomsgpvm01.fnal.gov", launch_account="samdevpro",
                           launch_setup="setup fife_utils v3_3; ", pc_username="alice")  # fmt: skip
    assert fake.last.path == "/poms/login_setup_edit"
    assert fake.last.fields() == {"action": "add", "ae_launch_name": "new_ls", "pcl_call": "1", "pc_username": "alice",
                                  "experiment": "samdev", "role": "analysis", "ae_launch_host": "pomsgpvm01.fnal.gov",
                                  "ae_launch_account": "samdevpro", "ae_launch_setup": "setup fife_utils v3_3; ",
                                  "ae_active": "True"}  # fmt: skip
    poms.login_setups.edit("edit", "new_ls", launch_account="other")
    assert next(s for s in fake.login_setups.values() if s.name == "new_ls").launch_account == "other"
    with pytest.raises(errors.NotFoundError, match="Not found item"):
        poms.login_setups.edit("edit", "nothing", launch_account="other")
    with pytest.raises(ValueError, match="add needs launch_host, launch_account"):
        poms.login_setups.edit("add", "x", launch_setup="s")


def test_login_setup_delete_takes_the_servers_400_as_done(poms: Poms, fake: FakePoms) -> None:
    assert poms.login_setups.delete("alice_ls") is None
    assert fake.last.path == "/poms/login_setup_rm"
    assert fake.last.fields() == {"ae_launch_name": "alice_ls", "pcl_call": "1", "experiment": "samdev",
                                  "role": "analysis"}  # fmt: skip
    assert 8 not in fake.login_setups


def test_login_setup_delete_still_raises_real_failures(fake: FakePoms, poms: Poms) -> None:
    with Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", role="production-shifter",
              max_retries=0) as shifter:  # fmt: skip
        with pytest.raises(errors.PermissionDeniedError, match="may not delete login setups"):
            shifter.login_setups.delete("generic_fife_launch")
    page = "<html><h1>400 Bad Parameters:</h1> Missing form field: KeyError('ae_launch_name')</div></html>"
    fake.faults["/poms/login_setup_rm"] = [(400, page, {})]
    with pytest.raises(errors.BadRequestError, match="Missing form field"):
        poms.login_setups.delete("alice_ls")


@pytest.mark.anyio
async def test_async_job_types_and_login_setups(apoms: AsyncPoms, fake: FakePoms) -> None:
    assert (await apoms.job_types.update_recoveries(13, [("process_status", [])]))[-1] == ("process_status", [])
    assert await apoms.login_setups.delete("alice_ls") is None  # the recovered 400, on the async runner
    assert 8 not in fake.login_setups
    fake.faults["/poms/login_setup_rm"] = [(400, "<h1>400 Bad Parameters:</h1> other</div>", {})]
    with pytest.raises(errors.BadRequestError, match="other"):
        await apoms.login_setups.delete("alice_ls")
    with pytest.raises(errors.NotFoundError):
        await apoms.job_types.delete("nothing")
