"""`poms.submissions` and `poms.launches`: the request on the wire and the typed result of every method."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients._generated.poms_api.models import StageSubmissionsPage, SubmissionDetails
from sciclients.poms import AsyncPoms, Launch, LaunchAuthRequiredError, LaunchHeldError, Poms

from tests.support.poms_fake import FakePoms

from .conftest import MENGEL_TOKEN


def mengel(fake: FakePoms, role: str = "analysis") -> Poms:
    return Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", role=role, max_retries=0)


def test_show_lists_a_stages_submissions(fake: FakePoms) -> None:
    with mengel(fake) as poms:
        page = poms.submissions.show(campaign_name="fake demo v1.0  w/chars", stage_name="f eg v1.0 - w/chars")
    assert isinstance(page, StageSubmissionsPage)
    assert fake.last.path == "/poms/campaign_stage_submissions"
    assert fake.last.fields() == {
        "fmt": "json",
        "experiment": "samdev",
        "role": "analysis",
        "campaign_name": "fake demo v1.0  w/chars",
        "stage_name": "f eg v1.0 - w/chars",
    }
    rows = page.data.submissions
    assert [(r.submission_id, r.status, r.jobsub_cluster, r.jobsub_schedd) for r in rows] == [  # type: ignore[union-attr]
        (1267, "Located", "23733516", "jobsub02.fnal.gov")]  # fmt: skip
    assert page.campaign_name == "fake demo v1.0  w/chars"  # echoed


def test_show_by_ids_and_an_unknown_stage_is_empty(poms: Poms, fake: FakePoms) -> None:
    page = poms.submissions.show(campaign_id=891, stage_id=424242, tdays=7)
    assert fake.last.fields() == {"fmt": "json", "experiment": "samdev", "role": "analysis", "campaign_id": "891",
                                  "campaign_stage_id": "424242", "tdays": "7.0"}  # fmt: skip
    assert page.data.submissions == [] and page.data.tmin is None
    with pytest.raises(ValueError, match="name the campaign"):
        poms.submissions.show()


def test_get_details(poms: Poms, fake: FakePoms) -> None:
    details = poms.submissions.get_details(1267)
    assert isinstance(details, SubmissionDetails)
    assert fake.last.fields() == {"submission_id": "1267", "fmt": "json", "experiment": "samdev", "role": "analysis"}
    assert details.submission_id == "1267" and details.submission.submission_id == 1267  # echo is a string
    assert [h.status_id for h in details.history] == [1000, 8000]


def test_update_sends_the_status_and_the_required_jobsub_id(poms: Poms, fake: FakePoms) -> None:
    launched = poms.launches.launch_stage(456)
    assert poms.submissions.update(launched.submission_id, "123@jobsub01", status="Running", project="p1",
                                   pct_complete=96) is None  # fmt: skip
    assert fake.last.fields() == {"submission_id": str(launched.submission_id), "jobsub_job_id": "123@jobsub01",
                                  "status": "Running", "project": "p1", "pct_complete": "96.0",
                                  "experiment": "samdev", "role": "analysis"}  # fmt: skip
    assert fake.submissions[launched.submission_id].status == "Completed"  # Running at >= 95 % is Completed


def test_update_unknown_submission_and_bad_input(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.NotFoundError, match="Unknown.") as caught:
        poms.submissions.update(424242, "1@x")
    assert caught.value.status_code == 200
    sent = len(fake.requests)
    with pytest.raises(ValueError, match="status must be one of"):
        poms.submissions.update(1267, "1@x", status="Done")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jobsub_job_id must not be empty"):
        poms.submissions.update(1267, "")
    with pytest.raises(ValueError, match="pct_complete must be between 0 and 100"):
        poms.submissions.update(1267, "1@x", pct_complete=150)
    assert len(fake.requests) == sent


def test_register_creates_a_submission_or_records_the_command(poms: Poms, fake: FakePoms) -> None:
    new_id = poms.submissions.register(456, command_executed="jobsub_submit -G samdev file:///x", user="alice",
                                       input_dataset="ds")  # fmt: skip
    assert fake.last.path == "/poms/get_submission_id_for"
    assert fake.last.fields() == {
        "campaign_stage_id": "456",
        "command_executed": "jobsub_submit -G samdev file:///x",
        "user": "alice",
        "input_dataset": "ds",
        "experiment": "samdev",
        "role": "analysis",
    }
    assert fake.submissions[new_id].campaign_stage_id == 456
    assert poms.submissions.register(456, submission_id=new_id, command_executed="again") == new_id
    assert fake.submissions[new_id].command_executed == "again"


def test_launch_stage_returns_the_new_submission(poms: Poms, fake: FakePoms) -> None:
    launch = poms.launches.launch_stage(456)
    assert isinstance(launch, Launch)
    assert fake.last.path == "/poms/launch_jobs"
    assert fake.last.fields() == {"campaign_stage_id": "456", "experiment": "samdev", "role": "analysis"}
    assert launch.campaign_stage_id == 456 and fake.submissions[launch.submission_id].creator == "alice"
    assert not fake.submissions[launch.submission_id].test


def test_a_test_launch_sends_true_and_a_normal_one_sends_nothing(poms: Poms, fake: FakePoms) -> None:
    launch = poms.launches.launch_stage(456, test_launch=True, dataset_override="other_ds")
    assert fake.last.fields()["test_launch"] == "True" and fake.last.fields()["dataset_override"] == "other_ds"
    assert fake.submissions[launch.submission_id].test
    poms.launches.launch_stage(456, test_launch=False)
    assert "test_launch" not in fake.last.fields()  # "False" would be a test launch too


def test_launch_campaign_launches_the_leading_stage(poms: Poms, fake: FakePoms) -> None:
    launch = poms.launches.launch_campaign(891)
    assert (fake.last.path, fake.last.fields()) == ("/poms/launch_campaign", {"campaign_id": "891",
                                                                              "experiment": "samdev",
                                                                              "role": "analysis"})  # fmt: skip
    assert launch.campaign_stage_id == 456


def test_held_and_credential_less_launches(poms: Poms, fake: FakePoms) -> None:
    fake.held = True
    with pytest.raises(LaunchHeldError) as held:
        poms.launches.launch_campaign(891)
    assert isinstance(held.value, errors.ConflictError) and held.value.status_code == 423
    fake.held = False
    fake.no_credentials.add("alice")
    with pytest.raises(LaunchAuthRequiredError, match="upload a fresh vault token"):
        poms.launches.launch_campaign(891)
    with pytest.raises(ValueError, match="stage_id must be >= 1"):
        poms.launches.launch_stage(0)


@pytest.mark.anyio
async def test_async_submissions_and_launches(apoms: AsyncPoms, fake: FakePoms) -> None:
    launch = await apoms.launches.launch_stage(456)
    assert await apoms.submissions.update(launch.submission_id, "9@jobsub", status="Idle") is None
    details = await apoms.submissions.get_details(launch.submission_id)
    assert details.submission.jobsub_job_id == "9@jobsub"
    assert await apoms.submissions.register(456) > launch.submission_id
    fake.held = True
    with pytest.raises(LaunchHeldError):
        await apoms.launches.launch_campaign(891)
