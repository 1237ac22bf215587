"""`poms.campaign_stages`: the request on the wire and the typed result of every method."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sciclients import errors
from sciclients._generated.poms_api.models import CampaignStageIndexEntry, StageListing
from sciclients.poms import AsyncPoms, Poms

from tests.support.poms_fake import FakePoms


def test_show_with_filters_and_window(poms: Poms, fake: FakePoms) -> None:
    listing = poms.campaign_stages.show(campaign_name="alice demo", tmax=datetime(2024, 5, 2, 12, 0), tdays=2)
    assert isinstance(listing, StageListing)
    assert fake.last.path == "/poms/show_campaign_stages"
    assert fake.last.fields() == {
        "fmt": "json",
        "experiment": "samdev",
        "role": "analysis",
        "campaign_name": "alice demo",
        "tmax": "2024-05-02 12:00:00",
        "tdays": "2.0",
    }
    assert [s.name for s in listing.campaign_stages] == ["reco"]
    assert listing.campaign_stages[0].param_overrides == [["--stage ", "a1"], ["-Oglobal.sam_dataset=", "%(dataset)s"]]
    assert (listing.tmins, listing.tmaxs) == ("2024-04-30 12:00:00", "2024-05-02 12:00:00")


def test_show_leaves_unset_arguments_off_the_wire(poms: Poms, fake: FakePoms) -> None:
    poms.campaign_stages.show()
    assert fake.last.fields() == {"fmt": "json", "experiment": "samdev", "role": "analysis"}  # no tdays=1.0


def test_show_stage_ids_and_aware_times_in_utc(poms: Poms, fake: FakePoms) -> None:
    chicago = timezone(timedelta(hours=-5))
    listing = poms.campaign_stages.show(stage_ids=[456, 1], tmin=datetime(2024, 5, 1, 7, 0, tzinfo=chicago))
    assert fake.last.fields()["campaign_ids"] == "456,1"
    assert fake.last.fields()["tmin"] == "2024-05-01 12:00:00"
    assert listing.template == "show_campaign_stages_stats.html"
    assert sorted(s.campaign_stage_id for s in listing.campaign_stages) == [1, 456]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [({"tmin": "yesterday"}, ValueError, "tmin must be a datetime or 'YYYY-MM-DD HH:MM:SS'"),
     ({"tdays": 0}, ValueError, "tdays must be > 0"),
     ({"stage_ids": [0]}, ValueError, r"stage_ids\[0\] must be >= 1"),
     ({"campaign_name": ""}, ValueError, "campaign_name must not be empty")],
)  # fmt: skip
def test_show_refuses_bad_input(poms: Poms, fake: FakePoms, kwargs, error, match) -> None:
    with pytest.raises(error, match=match):
        poms.campaign_stages.show(**kwargs)
    assert fake.requests == []


def test_index_lists_every_experiments_stages(poms: Poms, fake: FakePoms) -> None:
    stages = poms.campaign_stages.index()
    assert all(isinstance(s, CampaignStageIndexEntry) for s in stages)
    assert {(s.campaign_stage_id, s.experiment) for s in stages} >= {(456, "samdev"), (1791, "nova")}
    assert (fake.last.path, fake.last.fields()) == ("/poms/campaign_list_json", {"experiment": "samdev",
                                                                                 "role": "analysis"})  # fmt: skip


def test_get_id_and_get_names(poms: Poms, fake: FakePoms) -> None:
    assert poms.campaign_stages.get_id("alice demo", "reco") == 456
    assert fake.last.fields() == {"campaign_name": "alice demo", "campaign_stage_name": "reco",
                                  "experiment": "samdev", "role": "analysis"}  # fmt: skip
    assert poms.campaign_stages.get_id("alice demo", "nope") is None
    assert poms.campaign_stages.get_names(424242) is None
    fake.legacy_rows = True  # older servers could still answer the names
    assert poms.campaign_stages.get_names(456) == ("alice demo", "reco")


def test_update_param_overrides_by_id_merges_and_deletes(poms: Poms, fake: FakePoms) -> None:
    result = poms.campaign_stages.update_param_overrides(
        456, param_overrides=[["--stage ", "a2"], ["-Oglobal.sam_dataset=", ""]], test_param_overrides="[['-x', '1']]"
    )
    assert result == ([["--stage ", "a2"]], [["-x", "1"]])
    assert fake.last.path == "/poms/update_stage_param_overrides"
    assert fake.last.fields() == {"campaign_stage": "456", "experiment": "samdev", "role": "analysis",
                                  "param_overrides": "[['--stage ', 'a2'], ['-Oglobal.sam_dataset=', '']]",
                                  "test_param_overrides": "[['-x', '1']]"}  # fmt: skip


def test_update_param_overrides_by_names_repeats_the_field(poms: Poms, fake: FakePoms) -> None:
    result = poms.campaign_stages.update_param_overrides(("alice demo", "reco"), test_param_overrides=[["-y", "2"]])
    assert result == (None, [["-y", "2"]])
    assert fake.last.form["campaign_stage"] == ["alice demo", "reco"]


def test_update_param_overrides_unknown_stage_and_bad_input(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        poms.campaign_stages.update_param_overrides(424242, param_overrides=[["a", "b"]])
    assert caught.value.status_code == 200
    sent = len(fake.requests)
    with pytest.raises(ValueError, match="param_overrides must be a Python literal"):
        poms.campaign_stages.update_param_overrides(456, param_overrides="[['a', null]]")
    with pytest.raises(ValueError, match=r"param_overrides\[0\] must be a \[key, value\] pair"):
        poms.campaign_stages.update_param_overrides(456, param_overrides=[["a", "b", "c"]])
    with pytest.raises(ValueError, match="give param_overrides and/or test_param_overrides"):
        poms.campaign_stages.update_param_overrides(456)
    with pytest.raises(TypeError, match="stage must be a stage id"):
        poms.campaign_stages.update_param_overrides("456", param_overrides=[])  # type: ignore[arg-type]
    assert len(fake.requests) == sent


def test_update_sets_columns(poms: Poms, fake: FakePoms) -> None:
    assert poms.campaign_stages.update(456, {"software_version": "v1_3", "completion_pct": 90,
                                             "param_overrides": [["--stage ", "z"]]}) is None  # fmt: skip
    assert fake.last.path == "/poms/update_campaign_stage"
    assert fake.last.fields() == {"campaign_stage": "456", "pcl_call": "1", "experiment": "samdev",
                                  "role": "analysis", "software_version": "v1_3", "completion_pct": "90",
                                  "param_overrides": "[['--stage ', 'z']]"}  # fmt: skip
    stage = fake.stages[456]
    assert (stage.columns["software_version"], stage.completion_pct, stage.param_overrides) == (
        "v1_3",
        90,
        [["--stage ", "z"]],
    )


def test_update_unknown_stage_and_bad_columns(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(errors.NotFoundError, match="no such campaign stage"):
        poms.campaign_stages.update(424242, {"dataset": "x"})
    sent = len(fake.requests)
    with pytest.raises(ValueError, match="columns: 'merge_overrides' cannot be set"):
        poms.campaign_stages.update(456, {"merge_overrides": True})
    with pytest.raises(TypeError, match="completion_pct must be an int"):
        poms.campaign_stages.update(456, {"completion_pct": "90"})
    with pytest.raises(ValueError, match="columns must name at least one column"):
        poms.campaign_stages.update(456, {})
    assert len(fake.requests) == sent


def test_update_of_someone_elses_stage_is_permission_denied(poms: Poms) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="alice may not modify stage"):
        poms.campaign_stages.update(1, {"dataset": "x"})


def test_edit_add_sends_the_editor_fields(poms: Poms, fake: FakePoms) -> None:
    poms.campaign_stages.edit(
        "add", "third", campaign_id=891, vo_role="Analysis", dataset="gen_cfg", split_type="None",
        software_version="v1_2", completion_type="located", completion_pct=95, param_overrides=[["--stage ", "t"]],
        depends={"campaign_stages": [], "file_patterns": []}, login_setup="alice_ls", job_type="alice_jt",
        cronjob=True, pc_username="alice",
    )  # fmt: skip
    assert fake.last.path == "/poms/campaign_stage_edit"
    assert fake.last.fields() == {
        "action": "add", "ae_stage_name": "third", "pcl_call": "1", "pc_username": "alice", "experiment": "samdev",
        "role": "analysis", "ae_campaign_id": "891", "ae_vo_role": "Analysis", "ae_dataset": "gen_cfg",
        "ae_split_type": "None", "ae_software_version": "v1_2", "ae_completion_type": "located",
        "ae_completion_pct": "95", "ae_param_overrides": '[["--stage ", "t"]]',
        "ae_depends": '{"campaign_stages": [], "file_patterns": []}', "ae_launch_name": "alice_ls",
        "ae_campaign_definition": "alice_jt", "ae_cronjob": "True",
    }  # fmt: skip
    assert any(s.name == "third" and s.campaign_id == 891 for s in fake.stages.values())


def test_edit_refuses_missing_fields_and_reports_the_loop_page(poms: Poms, fake: FakePoms) -> None:
    with pytest.raises(ValueError, match="add needs vo_role, dataset, software_version"):
        poms.campaign_stages.edit("add", "x", campaign_id=891)
    with pytest.raises(ValueError, match="action must be one of"):
        poms.campaign_stages.edit("rename", "x")  # type: ignore[arg-type]
    assert fake.requests == []
    with pytest.raises(errors.NotFoundError, match="This edit would make an infinite loop"):
        poms.campaign_stages.edit(
            "add", "loop", campaign_id=891, vo_role="Analysis", dataset="d", software_version="v",
            completion_type="located", completion_pct=95, login_setup="alice_ls", job_type="alice_jt", cronjob=False,
            depends='{"campaign_stages": ["loop"], "file_patterns": ["%"]}',
        )  # fmt: skip
    with pytest.raises(errors.NotFoundError, match="NoResultFound"):
        poms.campaign_stages.edit("delete", "nothing", campaign_id=891)


@pytest.mark.anyio
async def test_async_campaign_stages(apoms: AsyncPoms, fake: FakePoms) -> None:
    assert [s.name for s in (await apoms.campaign_stages.show(campaign_name="alice demo")).campaign_stages] == ["reco"]
    assert await apoms.campaign_stages.get_id("alice demo", "reco") == 456
    assert await apoms.campaign_stages.update_param_overrides(456, param_overrides=[["--stage ", "b"]]) == (
        [["--stage ", "b"], ["-Oglobal.sam_dataset=", "%(dataset)s"]], None)  # fmt: skip
    assert datetime.now(UTC)  # the module imports UTC for the aware-time test
