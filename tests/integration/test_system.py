"""system, metaconfig, statistics and creds against the real server."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, PandaAPIError

from ._helpers import client, job_json, unique, wait_for_job_status


def test_is_alive_is_open(panda_server):
    with client(panda_server, "anonymous") as panda:
        assert panda.system.is_alive() is None


def test_user_attributes_distinguish_user_and_production(panda_server):
    with client(panda_server, "user") as user, client(panda_server, "production") as prod:
        mine = user.system.get_user_attributes()
        theirs = prod.system.get_user_attributes()
    assert mine.user_dn_clean == "Sci Clients User"
    assert mine.is_production_user is False
    assert mine.fqans == ["/atlas/Role=NULL/Capability=NULL"]
    assert theirs.is_production_user is True
    assert "/atlas/Role=production/Capability=NULL" in theirs.fqans


def test_voms_attributes_echo_the_fqans(panda_server):
    with client(panda_server, "production") as panda:
        attributes = panda.system.get_voms_attributes()
    assert attributes == {
        "GRST_CRED_0": "VOMS /atlas/Role=production/Capability=NULL",
        "GRST_CRED_1": "VOMS /atlas/Role=NULL/Capability=NULL",
    }


def test_get_attributes_echoes_parameters_and_environment(panda_server):
    with client(panda_server, "user") as panda:
        attributes = panda.system.get_attributes(probe="sciclients")
    assert attributes["parameters"] == {"probe": "sciclients"}
    assert attributes["environment"]["SSL_CLIENT_S_DN"].endswith("/CN=Sci Clients User")


def test_authenticated_call_without_certificate_is_refused(panda_server):
    with client(panda_server, "anonymous") as panda, pytest.raises(errors.AuthenticationError) as caught:
        panda.system.get_user_attributes()
    assert caught.value.server_message == "SSL secure connection is required"


def test_metaconfig(panda_server):
    with client(panda_server, "user") as panda:
        assert panda.metaconfig.get_site_specs() == {}
        assert panda.metaconfig.get_site_specs(type="all") == {}
        banned = panda.metaconfig.get_banned_users()
        resource_types = panda.metaconfig.get_resource_types()
    assert isinstance(banned, dict) and all(value is False for value in banned.values())
    assert {entry["resource_name"] for entry in resource_types} == {"SCORE", "MCORE"}


def test_statistics_without_active_jobs_answer_the_servers_failure(panda_server):
    # The statistics functions report an empty result as a failure: success false, data {} and this message.
    # No job becomes active here (no queue is configured), so the tables they read stay empty.
    with client(panda_server, "anonymous") as panda:
        for call in (
            panda.statistics.job_stats_by_cloud,
            lambda: panda.statistics.job_stats_by_cloud(type="analysis"),
            panda.statistics.production_job_stats_by_cloud_and_processing_type,
            panda.statistics.active_job_stats_by_site,
        ):
            with pytest.raises(PandaAPIError) as caught:
                call()
            assert caught.value.server_message == "Database failure getting the job statistics"
            assert caught.value.data == {}
        with pytest.raises(PandaAPIError) as caught:
            panda.statistics.active_job_detailed_stats_by_site()
        assert caught.value.server_message == (
            "Database failure getting the job statistics with resource_type and prodsourcelabel"
        )


def test_job_stats_by_site_and_resource_type(panda_server):
    with client(panda_server, "user") as user:
        submitted = user.job.submit([job_json(site="SCICLIENTS_STATS_QUEUE")])
        assert wait_for_job_status(user, submitted[0].panda_id) == "failed"
    with client(panda_server, "anonymous") as panda:
        stats = panda.statistics.job_stats_by_site_and_resource_type(time_window=60)
        by_share = panda.statistics.job_stats_by_site_share_and_resource_type(time_window=60)
    assert stats["SCICLIENTS_STATS_QUEUE"]["SCORE"]["failed"] >= 1  # SCORE: the seeded resource type of 1 core
    # per prodSourceLabel of the job's global share (the seeded share "User Analysis" is `user`); without global
    # shares in the database the server cannot map them and answers its empty-result failure instead
    assert by_share["SCICLIENTS_STATS_QUEUE"]["user"]["SCORE"]["failed"] >= 1


def test_user_secrets_round_trip(panda_server):
    key = unique("sciclients_key_")
    with client(panda_server, "user") as panda, client(panda_server, "other") as other:
        assert panda.creds.set_user_secrets(key, "s3cr3t") is None
        assert panda.creds.get_user_secrets()[key] == "s3cr3t"
        assert panda.creds.get_user_secrets(keys=[key]) == {key: "s3cr3t"}
        # secrets belong to the DN: another user does not see them
        assert key not in other.creds.get_user_secrets()
        assert panda.creds.set_user_secrets(key, None) is None  # value None deletes the key
        assert key not in panda.creds.get_user_secrets()


def test_key_pair_needs_the_allow_list(panda_server):
    with client(panda_server, "user") as panda, pytest.raises(errors.APIStatusError) as caught:
        panda.creds.get_key_pair("public_key", "private_key")
    assert caught.value.server_message


@pytest.mark.anyio
async def test_async_client_against_the_server(panda_server):
    async with AsyncPanda(base_url=panda_server.url("user"), auth="none") as panda:
        assert await panda.system.is_alive() is None
        attributes = await panda.system.get_user_attributes()
        assert attributes.user_dn_clean == "Sci Clients User"
        key = unique("sciclients_async_")
        assert await panda.creds.set_user_secrets(key, "value") is None
        assert (await panda.creds.get_user_secrets(keys=[key])) == {key: "value"}
        with pytest.raises(errors.NotFoundError):
            await panda.task.get_status(987654321)
