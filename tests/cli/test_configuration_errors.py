"""Configuration the command line cannot use (issue #17): one line on stderr naming the file or variable and what
is wrong, exit code 2, no traceback, and no credential in the output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults import server as f
from tests.faults.pki import BAD_PROXIES, bad_proxy
from tests.faults.server import FaultServer

from .conftest import Cli

SECRET = "tok-CLITEST-hostile-9a8b7c6d5e"


@pytest.fixture()
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        yield fault_server


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("kind", BAD_PROXIES)
@pytest.mark.parametrize("system", ["panda", "poms"])
def test_an_unusable_proxy_is_one_line_and_exit_2(
    cli: Cli, system: str, kind: str, tmp_path: Path, server: FaultServer
) -> None:
    proxy = bad_proxy(tmp_path, kind)
    env = {"X509_USER_PROXY": str(proxy), "PANDA_URL_SSL": server.url, "POMS_URL": server.url,
           "EXPERIMENT": "samdev"}  # fmt: skip
    command = ("panda", "task", "status", "1") if system == "panda" else ("poms", "campaigns", "id", "x")
    ran = cli(*command, env=env)
    assert ran.code == 2, ran.err
    line = _one_line_error(ran.err)
    assert line.startswith("error: X509_USER_PROXY: ") and str(proxy) in line
    assert ran.out == ""
    assert server.arrivals() == 0


@pytest.mark.parametrize(
    ("env", "fragment"),
    [({"PANDA_AUTH": "bogus"}, "PANDA_AUTH='bogus'"),
     ({"PANDA_AUTH": "none", "PANDACACHE_URL": "ftp://x"}, "PANDACACHE_URL"),
     ({"PANDA_AUTH": "none", "PANDACACHE_URL": "https://[::1"}, "PANDACACHE_URL"),
     ({"PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas", "PANDA_AUTH_ID_TOKEN": f"{SECRET}\nX-Injected: 1"},
      "PANDA_AUTH_ID_TOKEN: the token holds a newline"),
     ({"PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas", "PANDA_AUTH_ID_TOKEN": SECRET,
       "PANDA_URL_SSL": "http://pandaserver.example.org:25080"}, "plain http")],
    ids=["panda-auth", "cache-url-scheme", "cache-url-ipv6", "token-newline", "plain-http"],
)  # fmt: skip
def test_panda_configuration_values_are_one_line_and_exit_2(cli: Cli, env: dict[str, str], fragment: str) -> None:
    ran = cli("panda", "task", "status", "1", env=env)
    assert ran.code == 2, ran.err
    assert fragment in _one_line_error(ran.err)
    assert SECRET not in ran.err + ran.out


@pytest.mark.parametrize("system", ["panda", "poms"])
def test_a_two_line_token_file_is_refused_without_showing_it(
    cli: Cli, system: str, tmp_path: Path, server: FaultServer
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(f"{SECRET}\nsecond-line-{SECRET}\n")
    env = ({"PANDA_AUTH": "oidc", "PANDA_AUTH_VO": "atlas", "OIDC_AUTH_TOKEN_FILE": str(token_file),
            "PANDA_URL_SSL": server.url} if system == "panda" else
           {"BEARER_TOKEN_FILE": str(token_file), "POMS_URL": server.url, "EXPERIMENT": "samdev"})  # fmt: skip
    command = ("panda", "task", "status", "1") if system == "panda" else ("poms", "campaigns", "id", "x")
    ran = cli(*command, env=env)
    assert ran.code == 2, ran.err
    line = _one_line_error(ran.err)
    assert str(token_file) in line and "holds a newline" in line
    assert SECRET not in ran.err + ran.out
    assert server.arrivals() == 0


def test_an_agave_refresh_answering_a_broken_token_is_exit_1_without_it(
    cli: Cli, tmp_path: Path, server: FaultServer
) -> None:
    server.script("/token", f.ok_json({"access_token": f"{SECRET}\r\nX-Injected: 1", "expires_in": 3600}))
    cache = tmp_path / "agave"
    cache.mkdir(exist_ok=True)
    (cache / "current").write_text(json.dumps({
        "baseurl": server.url, "access_token": "tok-CLITEST-old-0000000", "refresh_token": "rt-CLITEST-000000000",
        "apikey": "ak", "apisecret": "as-CLITEST-0000000", "created_at": "1", "expires_in": "10",
    }))  # fmt: skip
    ran = cli("agave", "jobs", "status", "j-1", env={"AGAVE_CACHE_DIR": str(cache)})
    assert ran.code == 1, ran.err
    line = _one_line_error(ran.err)
    assert "access_token answered by the Agave token endpoint" in line and "holds a newline" in line
    assert SECRET not in ran.err + ran.out
    assert server.arrivals(path="/jobs/v2/j-1/status") == 0
