"""`panda.creds` against the loopback PanDA-like server: the wire, the typed results and errors."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from sciclients import errors
from sciclients._redaction import redact
from sciclients.panda import AsyncPanda, Panda, PandaAPIError

from tests.support.panda_fake import Failure, FakePanda, Recorded

BASE = "/api/v1/creds"


def body(rec: Recorded) -> Any:
    assert rec.headers["content-type"] == "application/json"
    return json.loads(rec.body)


def refuse(message: str, data: Any = None):
    def handler(args, rec):
        raise Failure(message, data)

    return handler


# -- set_user_secrets ----------------------------------------------------------------------------------------
def test_set_user_secrets_sets_one_key(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["set_user_secrets"] = lambda args, rec: None
    assert panda.creds.set_user_secrets("MY_TOKEN", "s3cr3t-value") is None
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("POST", f"{BASE}/set_user_secrets", {})
    assert body(rec) == {"key": "MY_TOKEN", "value": "s3cr3t-value"}
    panda.creds.set_user_secrets(key="EMPTY", value="")
    assert body(fake.requests[-1]) == {"key": "EMPTY", "value": ""}


def test_set_user_secrets_value_none_deletes_the_key_and_key_none_deletes_all(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["set_user_secrets"] = lambda args, rec: None
    panda.creds.set_user_secrets("MY_TOKEN")
    assert body(fake.requests[-1]) == {"key": "MY_TOKEN", "value": None}
    panda.creds.set_user_secrets("MY_TOKEN", None)
    assert body(fake.requests[-1]) == {"key": "MY_TOKEN", "value": None}
    panda.creds.set_user_secrets()
    assert body(fake.requests[-1]) == {"key": None, "value": None}
    panda.creds.set_user_secrets(None, None)
    assert body(fake.requests[-1]) == {"key": None, "value": None}


def test_set_user_secrets_database_error(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["set_user_secrets"] = refuse("database error")
    with pytest.raises(PandaAPIError, match="database error") as caught:
        panda.creds.set_user_secrets("K", "v")
    assert caught.value.server_message == "database error"


def test_a_value_sent_is_masked_in_logs(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["set_user_secrets"] = lambda args, rec: None
    panda.creds.set_user_secrets("K", "value-to-hide-4711")
    assert redact("the value is value-to-hide-4711") == "the value is ***"


# -- get_user_secrets ----------------------------------------------------------------------------------------
def test_get_user_secrets_decodes_the_json_text(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_user_secrets"] = lambda args, rec: json.dumps({"MY_TOKEN": "s3cr3t-a", "___file___:cfg": "x"})
    assert panda.creds.get_user_secrets() == {"MY_TOKEN": "s3cr3t-a", "___file___:cfg": "x"}
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", f"{BASE}/get_user_secrets", {})
    assert redact("leaked s3cr3t-a") == "leaked ***"


def test_get_user_secrets_of_some_keys_sends_repeated_keys(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_user_secrets"] = lambda args, rec: json.dumps({k: "v" for k in args["keys"]})
    assert panda.creds.get_user_secrets(keys=["A", "B"]) == {"A": "v", "B": "v"}
    assert fake.requests[-1].query == {"keys": ["A", "B"]}
    assert panda.creds.get_user_secrets(keys=["ONLY"]) == {"ONLY": "v"}  # the fake wraps one value into a list
    assert fake.requests[-1].query == {"keys": ["ONLY"]}
    fake.handlers["get_user_secrets"] = lambda args, rec: "{}"
    assert panda.creds.get_user_secrets(keys=None) == {}
    assert fake.requests[-1].query == {}


def test_get_user_secrets_failure_and_bad_answers(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_user_secrets"] = refuse("database error", {})
    with pytest.raises(PandaAPIError, match="database error") as caught:
        panda.creds.get_user_secrets()
    assert caught.value.data is None  # what PanDA sent along with a creds failure may hold credentials
    fake.handlers["get_user_secrets"] = lambda args, rec: "not json"
    with pytest.raises(errors.APIResponseValidationError, match="documented shape"):
        panda.creds.get_user_secrets()
    fake.handlers["get_user_secrets"] = lambda args, rec: json.dumps({"A": 1})
    with pytest.raises(errors.APIResponseValidationError, match="not a string"):
        panda.creds.get_user_secrets()
    fake.handlers["get_user_secrets"] = lambda args, rec: json.dumps(["A"])
    with pytest.raises(errors.APIResponseValidationError, match="expected an object"):
        panda.creds.get_user_secrets()


# -- key pair, proxy, tokens ---------------------------------------------------------------------------------
def test_get_key_pair(panda: Panda, fake: FakePanda) -> None:
    private = "-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----"
    fake.handlers["get_key_pair"] = lambda args, rec: {"public_key": "PUB", "private_key": private}
    pair = panda.creds.get_key_pair("pub_name", "priv_name")
    assert (pair.public_key, pair.private_key) == ("PUB", private)
    rec = fake.requests[-1]
    assert (rec.method, rec.path) == ("GET", f"{BASE}/get_key_pair")
    assert rec.query == {"public_key_name": ["pub_name"], "private_key_name": ["priv_name"]}


def test_get_key_pair_refusals_are_typed(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_key_pair"] = refuse(
        "Failed since 'Jane Doe' not authorized with 'k' in ATLAS_PANDAMETA.USERS.GRIDPREF"
    )
    with pytest.raises(errors.PermissionDeniedError, match="not authorized with 'k'"):
        panda.creds.get_key_pair("a", "b")
    fake.handlers["get_key_pair"] = refuse("Failed for 'Jane Doe' since a is missing on aipanda181.cern.ch")
    with pytest.raises(errors.NotFoundError, match="is missing on"):
        panda.creds.get_key_pair("a", "b")


def test_get_proxy(panda: Panda, fake: FakePanda) -> None:
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"
    fake.handlers["get_proxy"] = lambda args, rec: {"user_proxy": pem}
    assert panda.creds.get_proxy() == pem
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", f"{BASE}/get_proxy", {})
    panda.creds.get_proxy(role="production", dn="/DC=ch/CN=Jane Doe")
    assert fake.requests[-1].query == {"role": ["production"], "dn": ["/DC=ch/CN=Jane Doe"]}
    panda.creds.get_proxy(role=None, dn=None)  # null, the server's default, is left off a GET
    assert fake.requests[-1].query == {}


def test_get_proxy_refusals_are_typed(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_proxy"] = refuse(
        "failed: 'Jane Doe' not in authorized users with 'p' in ATLAS_PANDAMETA.USERS.GRIDPREF to get proxy"
    )
    with pytest.raises(errors.PermissionDeniedError, match="not in authorized users") as caught:
        panda.creds.get_proxy()
    assert caught.value.status_code == 200 and caught.value.method == "GET"
    fake.handlers["get_proxy"] = refuse("'proxy' not found for /DC=ch/CN=Jane Doe")
    with pytest.raises(errors.NotFoundError, match="not found"):
        panda.creds.get_proxy()


def test_get_access_token_reads_user_proxy(panda: Panda, fake: FakePanda) -> None:
    token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"
    fake.handlers["get_access_token"] = lambda args, rec: {"user_proxy": token}
    assert panda.creds.get_access_token("panda_target") == token
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", f"{BASE}/get_access_token", {"client_name": ["panda_target"]})
    panda.creds.get_access_token("panda_target", token_key="3f2a9c1e")
    assert fake.requests[-1].query == {"client_name": ["panda_target"], "token_key": ["3f2a9c1e"]}
    fake.handlers["get_access_token"] = lambda args, rec: {"access_token": token}
    with pytest.raises(errors.APIResponseValidationError, match="KeyError"):
        panda.creds.get_access_token("panda_target")


def test_get_access_token_refusals_are_typed(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_access_token"] = refuse("failed since token key is invalid for panda_target")
    with pytest.raises(errors.PermissionDeniedError, match="token key is invalid"):
        panda.creds.get_access_token("panda_target", token_key="wrong")
    fake.handlers["get_access_token"] = refuse("'token' not found for panda_target")
    with pytest.raises(errors.NotFoundError):
        panda.creds.get_access_token("panda_target")


def test_get_token_key(panda: Panda, fake: FakePanda) -> None:
    fake.handlers["get_token_key"] = lambda args, rec: {"tokenKey": "3f2a9c1e77"}
    assert panda.creds.get_token_key("panda_target") == "3f2a9c1e77"
    rec = fake.requests[-1]
    assert (rec.method, rec.path, rec.query) == ("GET", f"{BASE}/get_token_key", {"client_name": ["panda_target"]})
    fake.handlers["get_token_key"] = refuse("Token key is missing for 'other'")
    with pytest.raises(errors.NotFoundError, match="Token key is missing"):
        panda.creds.get_token_key("other")
    fake.handlers["get_token_key"] = refuse("Denied since 'Jane Doe' not authorized with 't' in X.USERS.GRIDPREF")
    with pytest.raises(errors.PermissionDeniedError):
        panda.creds.get_token_key("other")


def test_credentials_received_never_reach_the_logs(
    panda: Panda, fake: FakePanda, caplog: pytest.LogCaptureFixture
) -> None:
    fake.handlers["get_token_key"] = lambda args, rec: {"tokenKey": "tk-0123456789"}
    assert panda.creds.get_token_key("panda_target") == "tk-0123456789"
    logging.getLogger("sciclients").warning("got tk-0123456789 for panda_target")
    assert "got *** for panda_target" in caplog.text and "tk-0123456789" not in caplog.text


def test_an_unauthenticated_caller_is_refused(panda: Panda, fake: FakePanda) -> None:
    with Panda(base_url=fake.url, auth="none", max_retries=0) as anonymous:
        with pytest.raises(errors.AuthenticationError, match="SSL secure connection is required"):
            anonymous.creds.get_user_secrets()


# -- bad input never reaches the server ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda c: c.set_user_secrets(value="v"), ValueError, "value was given without key"),
        (lambda c: c.set_user_secrets(None, "v"), ValueError, "would delete all secrets"),
        (lambda c: c.set_user_secrets(""), ValueError, "key must not be empty"),
        (lambda c: c.set_user_secrets(1, "v"), TypeError, "key must be a str"),
        (lambda c: c.set_user_secrets("K", 5), TypeError, "value must be a str"),
        (lambda c: c.get_user_secrets(keys="A"), TypeError, "keys must be a list of str"),
        (lambda c: c.get_user_secrets(keys=[]), ValueError, "keys must not be empty"),
        (lambda c: c.get_user_secrets(keys=["A", 2]), TypeError, r"keys\[1\] must be a str"),
        (lambda c: c.get_key_pair("", "b"), ValueError, "public_key_name must not be empty"),
        (lambda c: c.get_key_pair("a", None), TypeError, "private_key_name must be a str"),
        (lambda c: c.get_proxy(role=""), ValueError, "role must not be empty"),
        (lambda c: c.get_proxy(dn=3), TypeError, "dn must be a str"),
        (lambda c: c.get_access_token(""), ValueError, "client_name must not be empty"),
        (lambda c: c.get_access_token("t", token_key=1), TypeError, "token_key must be a str"),
        (lambda c: c.get_token_key(None), TypeError, "client_name must be a str"),
    ],
)
def test_bad_arguments_fail_before_any_io(
    panda: Panda, fake: FakePanda, call: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(panda.creds)
    assert fake.requests == []


# -- asyncio -------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_async_get_and_set_user_secrets(apanda: AsyncPanda, fake: FakePanda) -> None:
    fake.handlers["set_user_secrets"] = lambda args, rec: None
    fake.handlers["get_user_secrets"] = lambda args, rec: json.dumps({"A": "async-secret"})
    assert await apanda.creds.set_user_secrets("A", "async-secret") is None
    assert body(fake.requests[-1]) == {"key": "A", "value": "async-secret"}
    assert await apanda.creds.get_user_secrets(keys=["A"]) == {"A": "async-secret"}
    assert fake.requests[-1].query == {"keys": ["A"]}
    fake.handlers["get_proxy"] = refuse("'proxy' not found for /CN=x")
    with pytest.raises(errors.NotFoundError):
        await apanda.creds.get_proxy()
