"""panda.system and panda.metaconfig against the loopback PanDA-like server."""

from __future__ import annotations

import pytest
from sciclients import errors
from sciclients.panda import AsyncPanda, Panda

from tests.support.panda_fake import Failure, FakePanda


def test_is_alive_is_open(fake: FakePanda) -> None:
    with Panda(base_url=fake.url, auth="none", max_retries=0) as anonymous:
        assert anonymous.system.is_alive() is None
    assert fake.requests[-1].method == "GET" and fake.requests[-1].path == "/api/v1/system/is_alive"
    assert "authorization" not in fake.requests[-1].headers


def test_get_attributes_without_and_with_echo(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_attributes"] = lambda args, rec: {
        "parameters": args,
        "environment": {"GRST_CRED_0": "VOMS /atlas"},
    }
    assert panda.system.get_attributes() == {"parameters": {}, "environment": {"GRST_CRED_0": "VOMS /atlas"}}
    assert fake.requests[-1].query == {}
    assert panda.system.get_attributes(site="CERN", mode="x")["parameters"] == {"site": "CERN", "mode": "x"}
    assert fake.requests[-1].query == {"site": ["CERN"], "mode": ["x"]}


def test_get_attributes_refuses_non_string_values(panda: Panda, fake: FakePanda) -> None:
    with pytest.raises(TypeError, match="site must be a str"):
        panda.system.get_attributes(site=3)  # type: ignore[arg-type]
    assert fake.requests == []


def test_user_and_voms_attributes(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_voms_attributes"] = lambda args, rec: {"GRST_CRED_1": "VOMS /atlas/Role=production"}
    assert panda.system.get_voms_attributes() == {"GRST_CRED_1": "VOMS /atlas/Role=production"}
    fake.handlers["get_user_attributes"] = lambda args, rec: {
        "user_dn_raw": "/DC=ch/CN=Jane Doe", "user_dn_clean": "Jane Doe", "fqans": ["/atlas/Role=NULL"],
        "is_production_user": False, "production_working_groups": [], "primary_working_group": "phys-higgs",
    }  # fmt: skip
    attributes = panda.system.get_user_attributes()
    assert attributes.user_dn_clean == "Jane Doe" and attributes.primary_working_group == "phys-higgs"


def test_metaconfig(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_banned_users"] = lambda args, rec: {"mallory": False}
    assert panda.metaconfig.get_banned_users() == {"mallory": False}
    fake.handlers["get_resource_types"] = lambda args, rec: [{"resource_name": "SCORE", "mincore": 1}]
    assert panda.metaconfig.get_resource_types() == [{"resource_name": "SCORE", "mincore": 1}]
    fake.handlers["get_site_specs"] = lambda args, rec: {"CERN": {"type": args.get("type", "analysis")}}
    assert panda.metaconfig.get_site_specs("all") == {"CERN": {"type": "all"}}
    assert fake.requests[-1].query == {"type": ["all"]}


def test_metaconfig_failure_keeps_the_message(panda: Panda, fake: FakePanda) -> None:
    def handler(args, rec):
        raise Failure("database error while reading resource types")

    fake.handlers["get_resource_types"] = handler
    with pytest.raises(errors.OperationFailedError, match="database error while reading resource types"):
        panda.metaconfig.get_resource_types()


@pytest.mark.anyio
async def test_async_system(apanda: AsyncPanda, fake: FakePanda) -> None:
    fake.handlers["get_voms_attributes"] = lambda args, rec: {"GRST_CRED_0": "VOMS /atlas"}
    assert await apanda.system.is_alive() is None
    assert await apanda.system.get_voms_attributes() == {"GRST_CRED_0": "VOMS /atlas"}
