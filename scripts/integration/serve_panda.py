"""Serve panda-server's WSGI application on loopback, the way its Apache set-up does, for integration tests.

Run with the panda-server virtualenv's Python:

    python serve_panda.py --panda-home DIR --listen user=PORT --listen production=PORT ...

* Loopback only: before the server is imported, socket connections to anything outside 127.0.0.0/8 (and ::1)
  are refused, and name resolution of anything but localhost fails, so the server cannot reach CERN, Rucio,
  iDDS, mail or message brokers whatever its code tries.
* Path mapping: Apache's `WSGIScriptAliasMatch ^(/server/panda/.+)|(/api/.+)$ .../panda.py` hands the whole
  path to the application as SCRIPT_NAME with an empty PATH_INFO; other paths are Apache's (404 here).
* Static files: `/cache/` is served from the server's cache directory, as Apache's Alias does.
* Identity: mod_ssl/mod_gridsite set SSL_CLIENT_S_DN and GRST_CRED_n from the client's proxy. Here each
  listening port has a default identity (`user`, `production`, `other`, `anonymous`), which a request can
  override with the header `X-Sciclients-Identity`; the header is removed before the application sees it.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

IDENTITY_HEADER = "HTTP_X_SCICLIENTS_IDENTITY"

# DN (legacy slash format, as mod_ssl gives it) and VOMS FQANs (as mod_gridsite gives them) of each identity.
IDENTITIES: dict[str, tuple[str | None, list[str]]] = {
    "user": (
        "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=sciuser/CN=100001/CN=Sci Clients User",
        ["/atlas/Role=NULL/Capability=NULL"],
    ),
    "other": (
        "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=sciother/CN=100002/CN=Other Clients User",
        ["/atlas/Role=NULL/Capability=NULL"],
    ),
    "production": (
        "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=sciprod/CN=100003/CN=Sci Clients Production",
        ["/atlas/Role=production/Capability=NULL", "/atlas/Role=NULL/Capability=NULL"],
    ),
    "anonymous": (None, []),
}


def _loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str):
        return False
    if host in ("localhost", "localhost.localdomain", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _ip_literal(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    try:
        ipaddress.ip_address(str(host).split("%")[0])
        return True
    except ValueError:
        return False


def install_network_guard() -> None:
    """Refuse any connection or name lookup that would leave the machine."""
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_getaddrinfo = socket.getaddrinfo

    def allowed(sock: socket.socket, address: object) -> bool:
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return True  # Unix sockets (e.g. PostgreSQL's) stay local by nature
        return isinstance(address, tuple) and _loopback(address[0])

    def connect(self: socket.socket, address: object) -> None:
        if not allowed(self, address):
            raise ConnectionRefusedError(f"sciclients integration guard: no traffic beyond loopback ({address!r})")
        return original_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        if not allowed(self, address):
            return 111  # ECONNREFUSED
        return original_connect_ex(self, address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        # IP literals need no lookup (connect() refuses the outside ones); names other than localhost fail
        if host is not None and not _loopback(host) and not _ip_literal(host):
            raise socket.gaierror(socket.EAI_NONAME, f"sciclients integration guard: no lookup of {host!r}")
        return original_getaddrinfo(host, *args, **kwargs)

    def gethostbyname(name: str) -> str:
        if _loopback(name):
            return "127.0.0.1"
        if _ip_literal(name):
            return name
        raise socket.gaierror(socket.EAI_NONAME, f"sciclients integration guard: no lookup of {name!r}")

    def no_lookup(name: object = None, *args: object) -> str:
        return "localhost"

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.getfqdn = no_lookup  # type: ignore[assignment]
    socket.gethostbyname = gethostbyname  # type: ignore[assignment]


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        sys.stderr.write("access: " + (format % args) + "\n")


def _static(cache_dir: Path, path: str, start_response):
    """Apache's `Alias /cache/ <cache_dir>/`: the user cache (sandboxes, logs) served as files."""
    target = (cache_dir / path[len("/cache/") :]).resolve()
    if cache_dir.resolve() not in target.parents or not target.is_file():
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response(
        "200 OK", [("Content-Type", "application/octet-stream"), ("Content-Length", str(target.stat().st_size))]
    )
    return [target.read_bytes()]


def make_app(panda_application, default_identity: str, cache_dir: Path):
    def app(environ, start_response):
        identity = environ.pop(IDENTITY_HEADER, None) or default_identity
        if identity not in IDENTITIES:
            start_response("400 Bad Request", [("Content-Type", "text/plain")])
            return [f"unknown test identity {identity!r}".encode()]
        for key in [k for k in environ if k.startswith(("SSL_CLIENT_", "GRST_CRED_", "GRST_CONN_"))]:
            del environ[key]
        dn, fqans = IDENTITIES[identity]
        if dn is not None:
            environ["SSL_CLIENT_S_DN"] = dn
            environ["HTTPS"] = "on"
            for index, fqan in enumerate(fqans):
                environ[f"GRST_CRED_{index}"] = f"VOMS {fqan}"
        if not environ.get("CONTENT_LENGTH"):
            environ.pop("CONTENT_LENGTH", None)  # wsgiref sends "" without a body; Apache sends nothing
        path = environ.get("PATH_INFO", "")
        if (path.startswith("/server/panda/") and len(path) > len("/server/panda/")) or (
            path.startswith("/api/") and len(path) > len("/api/")
        ):
            environ["SCRIPT_NAME"] = path
            environ["PATH_INFO"] = ""
            return panda_application(environ, start_response)
        if path.startswith("/cache/"):
            return _static(cache_dir, path, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not served by the integration wrapper"]

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--panda-home", required=True)
    parser.add_argument("--cache-dir", required=True, help="the server's cache_dir, served under /cache/")
    parser.add_argument("--listen", action="append", required=True, help="identity=port")
    args = parser.parse_args()

    install_network_guard()
    os.environ["PANDA_HOME"] = args.panda_home
    os.environ["TZ"] = "UTC"
    os.environ.setdefault("HOME", args.panda_home)
    os.chdir(args.panda_home)

    from pandaserver.server.panda import application  # noqa: PLC0415 - only after the guard and the config

    servers = []
    for item in args.listen:
        identity, _, port = item.partition("=")
        if identity not in IDENTITIES:
            raise SystemExit(f"unknown identity {identity!r}")
        server = make_server(
            "127.0.0.1",
            int(port),
            make_app(application, identity, Path(args.cache_dir)),
            _ThreadingServer,
            _QuietHandler,
        )
        servers.append(server)
    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("serving", flush=True)
    servers[0].serve_forever()


if __name__ == "__main__":
    main()
