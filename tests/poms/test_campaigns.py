"""`poms.campaigns` and `poms.tags`: the request on the wire and the typed result of every method."""

from __future__ import annotations

from pathlib import Path

import pytest
from sciclients import errors
from sciclients._generated.poms_api.models import CampaignDeletion, CampaignListing, TagLink, WorkflowUploadResult
from sciclients.poms import AsyncPoms, Poms

from tests.support.poms_fake import FakePoms

from .conftest import MENGEL_TOKEN

INI = """[campaign]
name = mwm_test_campaign

[campaign_stage first]
login_setup = generic_fife_launch

[campaign_stage second]
login_setup = generic_fife_launch

[job_type generic_fife_process]
launch_script = fife_launch
"""


def test_show_lists_the_campaigns_with_the_default_view(poms: Poms, fake: FakePoms) -> None:
    listing = poms.campaigns.show()
    assert isinstance(listing, CampaignListing)
    assert fake.last.path == "/poms/show_campaigns"
    assert fake.last.fields() == {"fmt": "json", "experiment": "samdev", "role": "analysis"}
    assert [c.name for c in listing.tl] == ["alice demo", "fake demo v1.0  w/chars"]
    assert [s.name for s in listing.tl[0].stages] == ["reco"]
    assert listing.experiment == "samdev" and listing.msg == "OK"  # echoed
    assert listing.data.authorized == [True, False]


def test_show_with_views_sends_update_view_and_only_the_views_that_are_on(poms: Poms, fake: FakePoms) -> None:
    listing = poms.campaigns.show(views={"active", "others", "analysis"})
    assert fake.last.fields() == {"fmt": "json", "experiment": "samdev", "role": "analysis", "update_view": "1",
                                  "view_active": "view_active", "view_others": "view_others",
                                  "view_analysis": "view_analysis"}  # fmt: skip
    assert [c.name for c in listing.tl] == ["fake demo v1.0  w/chars"]
    assert poms.campaigns.show(views=()).tl == []


def test_show_refuses_an_unknown_view(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(ValueError, match="views: unknown view 'finished'"):
        poms.campaigns.show(views={"finished"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="views must be a collection"):
        poms.campaigns.show(views="active")  # type: ignore[arg-type]
    assert fake.requests == []


def test_get_id_and_get_name_with_none_for_not_found(poms: Poms, fake: FakePoms) -> None:
    assert poms.campaigns.get_id("alice demo") == 891
    assert poms.campaigns.get_id("no such campaign") is None
    assert poms.campaigns.get_name(891) == "alice demo"
    assert fake.last.fields() == {"campaign_id": "891", "experiment": "samdev", "role": "analysis"}
    assert poms.campaigns.get_name(892) is None  # another experiment's
    with pytest.raises(ValueError, match="name must not be empty"):
        poms.campaigns.get_id(" ")
    with pytest.raises(TypeError, match="campaign_id must be an int"):
        poms.campaigns.get_name("891")  # type: ignore[arg-type]


def test_delete_posts_to_the_path_form_and_returns_the_outcome(poms: Poms, fake: FakePoms) -> None:
    result = poms.campaigns.delete("alice demo")
    assert isinstance(result, CampaignDeletion)
    assert result.msg == "Campaign named alice demo with campaign_id 891 and related CampagnStages were deleted."
    sent = fake.last
    assert (sent.method, sent.path) == ("POST", "/poms/show_campaigns/samdev/analysis")
    assert sent.fields() == {"fmt": "json", "pcl_call": "1", "action": "delete", "del_campaign_name": "alice demo"}
    assert 891 not in fake.campaigns and 456 not in fake.stages


def test_delete_outcomes_hidden_in_200_become_typed_errors(fake: FakePoms) -> None:
    with Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", max_retries=0) as poms:
        with pytest.raises(errors.ConflictError) as submitted:
            poms.campaigns.delete("fake demo v1.0  w/chars")
        with pytest.raises(errors.NotFoundError) as missing:
            poms.campaigns.delete("alice demo")  # alice's: only the caller's own campaigns match
    assert submitted.value.status_code == 200
    assert submitted.value.server_message == "This campaign has been submitted.  It cannot be deleted."
    assert missing.value.server_message == "The campaign 'alice demo' does not exist."


def test_upload_workflow_streams_the_ini_as_the_upload_part(poms: Poms, fake: FakePoms, tmp_path: Path) -> None:
    path = tmp_path / "mwm_test.ini"
    path.write_text(INI)
    result = poms.campaigns.upload_workflow(path, replace=False)
    assert isinstance(result, WorkflowUploadResult)
    assert result.status.value == "201 Created" and result.upload == "<uploaded_file_data>"
    assert result.message == ["Warning: JobType 'generic_fife_process' already exists and will not change."]
    assert [name for _, name in result.campaign_stage_ids] == ["first", "second"]  # type: ignore[union-attr]
    sent = fake.last
    assert (sent.path, sent.headers["content-type"].split(";")[0]) == ("/poms/ini_to_campaign", "multipart/form-data")
    assert sent.form == {"pcl_call": ["1"], "replace": ["False"], "experiment": ["samdev"], "role": ["analysis"]}
    part = sent.files["upload"][0]
    assert (part.filename, part.content_type, part.content) == (
        "mwm_test.ini",
        "application/octet-stream",
        INI.encode(),
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [("[stage]\nx = 1\n", "No Campaign section in the file"),
     ("[campaign]\nname = c\n", "No Campaign Stage sections in the file"),
     ("no section header", "Bad file format")],
)  # fmt: skip
def test_upload_workflow_refusals_are_bad_request_errors(
    poms: Poms, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.ini"
    path.write_text(content)
    with pytest.raises(errors.BadRequestError, match=message) as caught:
        poms.campaigns.upload_workflow(path)
    assert caught.value.status_code == 200  # POMS says so in a field, not in the status


def test_upload_workflow_refuses_a_missing_file_before_sending(poms: Poms, fake: FakePoms, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="path: .*nothing.ini is not an existing file"):
        poms.campaigns.upload_workflow(tmp_path / "nothing.ini")
    assert fake.requests == []


def test_tags_link(poms: Poms, fake: FakePoms) -> None:
    link = poms.tags.link("mc_2024", [891, 890])
    assert isinstance(link, TagLink)
    assert (link.campaign_id, link.tag_name, link.msg) == ("891,890", "mc_2024", "OK")
    assert fake.last.path == "/poms/link_tags"
    assert fake.last.fields() == {"campaign_id": "891,890", "tag_name": "mc_2024", "experiment": "samdev",
                                  "role": "analysis"}  # fmt: skip
    with pytest.raises(errors.NotFoundError, match="Not found item"):
        poms.tags.link("mc_2024", [424242])
    with pytest.raises(ValueError, match="campaign_ids must not be empty"):
        poms.tags.link("mc_2024", [])


@pytest.mark.anyio
async def test_async_campaigns_and_tags(apoms: AsyncPoms, fake: FakePoms) -> None:
    assert [c.name for c in (await apoms.campaigns.show()).tl] == ["alice demo", "fake demo v1.0  w/chars"]
    assert await apoms.campaigns.get_id("alice demo") == 891
    assert (await apoms.tags.link("t", [891])).tag_name == "t"
    with pytest.raises(errors.NotFoundError):
        await apoms.campaigns.delete("nothing")
