"""Credential stores and asynchronous requests against the real server.

The stores are seeded where the server's configuration points: USERS.GRIDPREF and PROXYKEY rows
(panda_schema.sql), key-pair files in keyDir and the token-cache configuration (conftest.py), proxies and access
tokens in the server's fixed /tmp/proxies (written here). Asynchronous requests (async_process, data_carousel
submit_*) are rows in async_requests for a machine that a heartbeat row declares alive; the daemon that would
run them does not run here, so their results stay pending."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from sciclients import errors
from sciclients.panda import PandaAPIError

from ._helpers import client, unique

PROXIES = Path("/tmp/proxies")  # hard-coded in panda-server 1.0.4's proxy and token caches
USER_NOT_ALLOWED = "failed: 'Sci Clients User' not in authorized users with 'p' in doma_pandameta.USERS.GRIDPREF to get"
MACHINE = "logs1.sciclients.invalid"


@pytest.fixture()
def cached_credentials():
    """A proxy (plain and with the production role) for a DN, and an access token for `sciclients_client`."""
    dn = "/DC=ch/DC=cern/OU=Users/CN=" + unique("sciproxy").replace(".", "x")
    files = {
        PROXIES / hashlib.sha1(dn.encode()).hexdigest(): "-----BEGIN CERTIFICATE-----\nplain\n",
        PROXIES / hashlib.sha1((dn + ".production").encode()).hexdigest(): "-----BEGIN CERTIFICATE-----\nprod\n",
        PROXIES / "access_token_sciclients_client": "eyJ.sciclients.token",
    }
    PROXIES.mkdir(exist_ok=True)
    for path, text in files.items():
        path.write_text(text)
    yield dn
    for path in files:
        path.unlink(missing_ok=True)


@pytest.fixture()
def alive_machine(panda_server) -> str:
    panda_server.sql(
        f"INSERT INTO doma_panda.machine_heartbeat VALUES ('{MACHINE}', 'server', now() AT TIME ZONE 'UTC') "
        "ON CONFLICT (machine_name) DO UPDATE SET last_seen = EXCLUDED.last_seen"
    )
    return MACHINE


def test_key_pair(panda_server):
    with client(panda_server, "production") as prod:
        pair = prod.creds.get_key_pair("sciclients_public", "sciclients_private")
        with pytest.raises(errors.NotFoundError) as caught:
            prod.creds.get_key_pair("sciclients_public", "no_such_key")
    assert (pair.public_key, pair.private_key) == ("ssh-ed25519 AAAAsciclients public\n", "sciclients private key\n")
    assert caught.value.server_message.startswith(
        "Failed for 'Sci Clients Production' since no_such_key is missing on "
    )


def test_token_key_and_access_token(panda_server, cached_credentials):
    with client(panda_server, "production") as prod:
        latest = prod.creds.get_token_key("sciclients_client")
        # the target is configured with token keys: any unexpired key is accepted, others refused
        token = prod.creds.get_access_token("sciclients_client", token_key="sciclients-token-key-old")
        with pytest.raises(errors.PermissionDeniedError) as refused:
            prod.creds.get_access_token("sciclients_client", token_key="sciclients-token-key-expired")
        with pytest.raises(errors.NotFoundError) as no_token:
            prod.creds.get_access_token("sciclients_other")
        with pytest.raises(errors.NotFoundError) as no_key:
            prod.creds.get_token_key("sciclients_other")
    assert latest == "sciclients-token-key-new"
    assert token == "eyJ.sciclients.token"
    assert refused.value.server_message == "failed since token key is invalid for sciclients_client"
    assert no_token.value.server_message == "'token' not found for sciclients_other"
    assert no_key.value.server_message == "Token key is missing for 'sciclients_other'"
    with client(panda_server, "user") as user:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.creds.get_token_key("sciclients_client")
        assert caught.value.server_message == (
            "Denied since 'Sci Clients User' not authorized with 't' in doma_pandameta.USERS.GRIDPREF"
        )
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.creds.get_access_token("sciclients_client")
        assert caught.value.server_message == USER_NOT_ALLOWED + " access token"


def test_proxy(panda_server, cached_credentials):
    dn = cached_credentials
    with client(panda_server, "production") as prod:
        plain = prod.creds.get_proxy(dn=dn)
        production = prod.creds.get_proxy(dn=dn, role="atlas:/atlas/Role=production")
        with pytest.raises(errors.NotFoundError) as caught:
            prod.creds.get_proxy(dn="/DC=ch/DC=cern/OU=Users/CN=nobody")
    assert plain == "-----BEGIN CERTIFICATE-----\nplain\n"
    assert production == "-----BEGIN CERTIFICATE-----\nprod\n"
    assert caught.value.server_message == "'proxy' not found for /DC=ch/DC=cern/OU=Users/CN=nobody"
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.creds.get_proxy()
    assert caught.value.server_message == USER_NOT_ALLOWED + " proxy"


def test_async_requests_are_queued_and_polled(panda_server, alive_machine):
    with client(panda_server, "production") as prod:
        echo_id = prod.async_process.submit_sleep_echo_request("server", "hello", seconds=0)
        grep_id = prod.async_process.submit_grep_request("ERROR", "panda-Entry.log", machine_name=alive_machine)
        with pytest.raises(PandaAPIError) as caught:
            prod.async_process.submit_sleep_echo_request("sciclients-no-service", "hello")
        assert caught.value.server_message == "no alive machines found for service 'sciclients-no-service'"
        echo = prod.async_process.get_result(echo_id)
        grep = prod.async_process.get_result(grep_id)
    assert uuid.UUID(echo_id) and uuid.UUID(grep_id)
    assert echo.success is True
    assert (echo.data.overall_status.value, echo.data.expected_machines, echo.data.results) == ("pending", ["any"], [])
    assert (grep.data.overall_status.value, grep.data.expected_machines) == ("pending", [alive_machine])
    rows = panda_server.sql(
        f"SELECT request_type, service_name, machine_name FROM doma_panda.async_requests WHERE request_id = '{echo_id}'"
    )
    assert rows == [["sleep_echo", "server", "any"]]
    with client(panda_server, "user") as user:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.async_process.get_result(echo_id)
        assert caught.value.server_message == (
            "'Sci Clients User' is not authorized to read results (access='production', "
            "requester='Sci Clients Production')"
        )
        with pytest.raises(errors.PermissionDeniedError) as caught:
            user.async_process.submit_grep_request("ERROR", "panda-Entry.log", machine_name=alive_machine)
        assert caught.value.server_message == "'Sci Clients User' is not authorized"
        with pytest.raises(errors.NotFoundError) as caught:
            user.async_process.get_result("00000000-0000-0000-0000-000000000000")
        assert caught.value.server_message == "request_id '00000000-0000-0000-0000-000000000000' not found"


def test_data_carousel_submissions_are_queued(panda_server):
    with client(panda_server, "production") as prod:
        submitted = {
            "dc_force_to_staging": prod.data_carousel.submit_force_to_staging(request_id=5),
            "dc_retire_unused": prod.data_carousel.submit_retire_unused(dataset="mc20_13TeV:mc20_13TeV.sciclients.AOD"),
            "dc_change_staging_source": prod.data_carousel.submit_change_staging_source(request_id=5),
            "dc_change_staging_destination": prod.data_carousel.submit_change_staging_destination(request_id=5),
        }
        polled = prod.async_process.get_result(submitted["dc_force_to_staging"])
    for request_type, async_id in submitted.items():
        assert panda_server.sql(
            f"SELECT request_type, service_name FROM doma_panda.async_requests WHERE request_id = '{async_id}'"
        ) == [[request_type, "jedi"]]
    assert polled.async_meta.status == "pending"
    with client(panda_server, "user") as user, pytest.raises(errors.PermissionDeniedError) as caught:
        user.data_carousel.submit_force_to_staging(request_id=5)
    assert caught.value.server_message == "production or pilot role required"
