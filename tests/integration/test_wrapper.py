"""The integration wrapper itself: the loopback guard and the per-request identity header."""

from __future__ import annotations

import subprocess
import sys

import httpx

from .conftest import SCRIPTS

_GUARD_CHECK = """
import socket, sys
sys.path.insert(0, sys.argv[1])
import serve_panda
serve_panda.install_network_guard()
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
socket.create_connection(server.getsockname(), timeout=5).close()          # loopback is allowed
for address in [("192.0.2.1", 80), ("8.8.8.8", 53)]:                       # nothing else is
    try:
        socket.create_connection(address, timeout=5)
    except ConnectionRefusedError as exc:
        assert "no traffic beyond loopback" in str(exc), exc
    else:
        raise SystemExit(f"connected to {address}")
try:
    socket.getaddrinfo("pandaserver.cern.ch", 443)
except socket.gaierror:
    pass
else:
    raise SystemExit("resolved an outside name")
try:
    socket.gethostbyname("pandaserver.cern.ch")
except socket.gaierror:
    pass
else:
    raise SystemExit("resolved an outside name")
assert socket.gethostbyname("localhost") == "127.0.0.1"
print("guarded")
"""


def test_the_guard_refuses_everything_but_loopback():
    # run in a child process: the guard patches the socket module for the whole interpreter
    done = subprocess.run(
        [sys.executable, "-c", _GUARD_CHECK, str(SCRIPTS)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "guarded"


def test_identity_header_overrides_the_ports_identity(panda_server):
    url = f"{panda_server.url('user')}/api/v1/system/get_user_attributes"
    headers = {"Accept": "application/json"}
    plain = httpx.get(url, headers=headers).json()["data"]
    as_production = httpx.get(url, headers={**headers, "X-Sciclients-Identity": "production"}).json()["data"]
    assert plain["is_production_user"] is False
    assert as_production["is_production_user"] is True
    # the header is consumed by the wrapper, not passed to the server
    environment = httpx.get(
        f"{panda_server.url('user')}/api/v1/system/get_attributes",
        headers={**headers, "X-Sciclients-Identity": "other"},
    ).json()["data"]["environment"]
    assert "HTTP_X_SCICLIENTS_IDENTITY" not in environment
    assert environment["SSL_CLIENT_S_DN"].endswith("/CN=Other Clients User")
