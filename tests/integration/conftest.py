"""The real PanDA server (panda-server 1.0.4 from PyPI) on loopback, for the integration tests.

The session fixture `panda_server`, on first use:
1. installs panda-server into its own virtualenv cached under ~/.cache/sciclients (scripts/integration/
   install_panda_server.sh; creates the user `atlpan` its build needs);
2. starts PostgreSQL on 127.0.0.1 (installing Debian's package if absent) and loads the project's own schema,
   scripts/integration/panda_schema.sql;
3. writes the server's two config files (panda_server.cfg, panda_common.cfg) into a fresh PANDA_HOME;
4. serves the WSGI application with scripts/integration/serve_panda.py: one loopback port per identity
   (an ordinary user, a second user, a production-role user, and no certificate at all), with every
   connection beyond loopback refused inside the server process;
5. waits for `system/is_alive`.

Any failure of the set-up skips the integration tests with the reason, except under CI (CI=true), where it
fails them: a green CI run has talked to the real server. Set SCICLIENTS_INTEGRATION=0 to skip them on purpose.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import attrs
import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts" / "integration"
IDENTITIES = ("user", "other", "production", "anonymous")
INSTALL_TIMEOUT = 900
START_TIMEOUT = 180

# The DNs the wrapper presents for each identity (scripts/integration/serve_panda.py).
USER_DN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=sciuser/CN=100001/CN=Sci Clients User"
USER_NAME = "Sci Clients User"
PRODUCTION_NAME = "Sci Clients Production"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "integration: drives the clients against the real PanDA server on loopback")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@attrs.frozen
class PandaServer:
    """A running server: one base URL per identity, and SQL access to its database."""

    urls: dict[str, str]
    psql: str
    pg_port: int
    home: Path
    log_dir: Path

    def url(self, identity: str) -> str:
        return self.urls[identity]

    def sql(self, query: str) -> list[list[str]]:
        """Run SQL as the database owner (used to play the part of the JEDI daemons, which do not run here)."""
        done = subprocess.run(
            [self.psql, "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "panda", "-d", "panda_db", "-At",
             "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", query],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"SQL failed: {done.stderr.strip()}")
        return [line.split("\t") for line in done.stdout.splitlines() if line]

    def log_tail(self, name: str = "panda-Entry.log", lines: int = 40) -> str:
        path = self.log_dir / name
        if not path.is_file():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _unavailable(reason: str) -> NoReturn:
    """The set-up failed: under CI (CI=true) every integration test fails with the reason, else it is skipped."""
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}\n(CI is set: a failed set-up of the real server fails the run)", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(command: list[str], timeout: float, what: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _unavailable(f"PanDA integration set-up: {what} did not finish: {exc}")
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        _unavailable(f"PanDA integration set-up: {what} failed (exit {done.returncode}):\n{tail}")
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def _write_config(home: Path, pg_port: int) -> Path:
    """The two files panda-server reads from $PANDA_HOME/etc/panda (names and keys from its templates)."""
    etc = home / "etc" / "panda"
    logs = home / "log"
    for directory in (etc, logs, home / "cache" / "jedilog", home / "auth", home / "keys"):
        directory.mkdir(parents=True, exist_ok=True)
    # Credential stores the server's configuration points at: key pairs are the files of keyDir; the token cache
    # configuration says which targets need a token key (the proxies and tokens themselves live in the server's
    # fixed /tmp/proxies, written by the tests that read them).
    (home / "keys" / "sciclients_public").write_text("ssh-ed25519 AAAAsciclients public\n")
    (home / "keys" / "sciclients_private").write_text("sciclients private key\n")
    (etc / "token_cache_config.json").write_text('{"sciclients_client": {"use_token_key": true}}')
    (etc / "panda_server.cfg").write_text(
        f"""[server]
logdir = {logs}
loggername = prod
cache_dir = {home / "cache"}
backend = postgres
dbhost = 127.0.0.1
dbport = {pg_port}
dbuser = panda
dbpasswd = panda
dbname = panda_db
nDBConnection = 2
usedbtimeout = False
dbtimeout = 60
schemaPANDA = doma_panda
schemaMETA = doma_pandameta
schemaPANDAARCH = doma_pandaarch
schemaJEDI = doma_panda
schemaDEFT = doma_deft
pserverhost = 127.0.0.1
pserverhosthttp = 127.0.0.1
pserveralias = 127.0.0.1
pserverport = 25443
pserverporthttp = 25080
token_authType = None
auth_config = {home / "auth"}/
legacy_token_issuers =
useJEDI = True
record_statuschange = True
record_sandbox_info = True
entryVerbose = False
emailSMTPsrv = 127.0.0.1
keyDir = {home / "keys"}
token_cache_config = {etc / "token_cache_config.json"}
# the host an uploaded sandbox is registered under (validate_cache_file answers FOUND:<host>:<file>)
sandboxHostname = 127.0.0.1
[daemon]
enable = False
"""
    )
    (etc / "panda_common.cfg").write_text(
        f"""[logger]
logdir = {logs}
log_level = DEBUG
rotating_policy = none
nemitters = 1
loghost = 127.0.0.1
monport-apache = 9
monurlprefix = /logger
method = GET
encoding = url
"""
    )
    return logs


def _wait_alive(url: str, process: subprocess.Popen[bytes], timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return f"the server exited with {process.returncode}"
        try:
            answer = httpx.get(f"{url}/api/v1/system/is_alive", headers={"Accept": "application/json"}, timeout=5)
            if answer.status_code == 200 and answer.json().get("success") is True:
                return None
            last = f"HTTP {answer.status_code}: {answer.text[:200]}"
        except (httpx.HTTPError, ValueError) as exc:
            last = str(exc)
        time.sleep(0.5)
    return f"system/is_alive did not answer success within {timeout:.0f} s ({last})"


@pytest.fixture(scope="session")
def panda_server() -> Iterator[PandaServer]:
    if os.environ.get("SCICLIENTS_INTEGRATION", "1") == "0":
        pytest.skip("SCICLIENTS_INTEGRATION=0")
    reuse = os.environ.get("SCICLIENTS_INTEGRATION_REUSE")
    if reuse:  # a server already running, e.g. while developing: "user=P,other=P,production=P,anonymous=P,pg=P,home=D"
        fields = dict(item.split("=", 1) for item in reuse.split(","))
        home = Path(fields["home"])
        urls = {identity: f"http://127.0.0.1:{fields[identity]}" for identity in IDENTITIES}
        psql = shutil.which("psql") or "psql"
        yield PandaServer(urls=urls, psql=psql, pg_port=int(fields["pg"]), home=home, log_dir=home / "log")
        return
    if not sys.platform.startswith("linux") or shutil.which("bash") is None:
        _unavailable("the PanDA integration set-up needs Linux with bash")
    started = time.monotonic()
    venv = _run(["bash", str(SCRIPTS / "install_panda_server.sh")], INSTALL_TIMEOUT, "installing panda-server")
    python = Path(venv) / "bin" / "python"
    if not python.exists():
        _unavailable(f"PanDA integration set-up: no interpreter at {python}")

    work = Path(tempfile.mkdtemp(prefix="sciclients-panda-"))
    os.chmod(work, 0o755)
    pg_port = _free_port()
    pg_data = work / "pg"
    pg_bin = _run(["bash", str(SCRIPTS / "start_postgres.sh"), str(pg_port), str(pg_data)], 600, "starting PostgreSQL")
    psql = str(Path(pg_bin) / "psql")
    process: subprocess.Popen[bytes] | None = None
    server_log = None
    try:
        _run([psql, "-h", "127.0.0.1", "-p", str(pg_port), "-U", "panda", "-d", "panda_db", "-q", "-v",
              "ON_ERROR_STOP=1", "-f", str(SCRIPTS / "panda_schema.sql")], 120, "loading the schema")  # fmt: skip
        home = work / "home"
        logs = _write_config(home, pg_port)
        ports = {identity: _free_port() for identity in IDENTITIES}
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "PANDA_HOME": str(home),
            # panda-client-light, imported by the server, would resolve these hosts; keep them on loopback.
            "PANDA_BEHIND_REAL_LB": "1",
            "PANDA_URL": "http://127.0.0.1:9/server/panda",
            "PANDA_URL_SSL": "https://127.0.0.1:9/server/panda",
            "PANDACACHE_URL": "https://127.0.0.1:9/server/panda",
            # The server calls its own API with its host certificate (e.g. to register an uploaded sandbox, a
            # production-role function): point those calls at the production identity's port.
            "PANDA_API_URL": f"http://127.0.0.1:{ports['production']}/api/v1",
            "PANDA_API_URL_SSL": f"http://127.0.0.1:{ports['production']}/api/v1",
            "X509_USER_PROXY": str(home / "no-proxy"),
            "RUCIO_HOME": str(home),
        }
        command = [
            str(python),
            str(SCRIPTS / "serve_panda.py"),
            "--panda-home",
            str(home),
            "--cache-dir",
            str(home / "cache"),
        ]
        for identity, port in ports.items():
            command += ["--listen", f"{identity}={port}"]
        server_log = open(work / "serve.log", "wb")  # noqa: SIM115 - closed at teardown
        try:
            process = subprocess.Popen(command, cwd=home, env=environment, stdout=server_log, stderr=subprocess.STDOUT)
        except OSError as exc:
            _unavailable(f"PanDA integration set-up: cannot start the server: {exc}")
        urls = {identity: f"http://127.0.0.1:{port}" for identity, port in ports.items()}
        problem = _wait_alive(urls["anonymous"], process, START_TIMEOUT)
        if problem:
            tail = "\n".join((work / "serve.log").read_text(errors="replace").splitlines()[-15:])
            _unavailable(f"PanDA integration set-up: {problem}\n{tail}")
        sys.stderr.write(f"\n[panda integration] server up after {time.monotonic() - started:.1f} s\n")
        yield PandaServer(urls=urls, psql=psql, pg_port=pg_port, home=home, log_dir=logs)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        if server_log is not None:
            server_log.close()
        subprocess.run(["bash", str(SCRIPTS / "stop_postgres.sh"), str(Path(pg_bin)), str(pg_data)],
                       capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)
