"""POMS configuration from arguments, the environment and the classic `client.cfg`.

Precedence, highest first:

* server (explicit argument > environment > files): `base_url=` > `configfile=` > `test=` True/"dev"/"int"
  (the `client.cfg` files, else the built-in host of that instance) > `$POMS_URL` > the `[url]` section of the
  first readable `client.cfg` > built-in hosts. `$POMS_URL` names one server, so it only stands in for
  production. `client.cfg` candidates, in this order: the `configfile=` argument, `$POMS_CLIENT_DIR/etc/client.cfg`,
  `$POMS_CLIENT_DIR/bin/client.cfg`, `<directory of sys.argv[0]>/client.cfg` (the classic client's effective
  order, with an explicit `configfile=` moved to the front). `test` picks the key: falsy -> `base_prod`,
  `"int"` -> `base_int_ssl`, `True`/`"dev"` -> `base_dev_ssl`; with a bearer token the `*_tokens` key is
  preferred. Only `scheme://host[:port]` of a base is kept: every POMS path starts with `/poms/`.
* credentials: `token=` > `proxy=` > `$BEARER_TOKEN_FILE` (if the file exists) > `$X509_USER_PROXY` >
  `/tmp/x509up_u<uid>`; `auth=` forces one kind (`"none"` sends none).
* experiment: `experiment=` > `$EXPERIMENT`; role: `role=` > `analysis` (the classic CLIs' default).
* TLS: the server certificate is verified unless `verify=False`; CAs: system CAs plus `ca_dir=` >
  `$X509_CERT_DIR` > `/etc/grid-security/certificates` when present.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx

from sciclients import errors
from sciclients._core import (
    StaticToken,
    TokenAuth,
    check_choice,
    check_str,
    check_transport,
    env,
    first_set,
    tls_context,
)
from sciclients._core._secrets import read_file, read_token_file

__all__ = [
    "PomsConfig",
    "AuthMode",
    "Test",
    "ROLES",
    "DEFAULT_BASES",
    "DEFAULT_TIMEOUT",
    "FileToken",
    "config_candidates",
    "read_client_cfg",
    "host_of",
]

AuthMode = Literal["x509", "token", "none"]
Test = bool | Literal["int", "dev"] | None
ROLES = ("analysis", "production-shifter", "production", "superuser")
# Launches run synchronously on the server (it ssh-es to the launch host): allow for slow answers.
DEFAULT_TIMEOUT = httpx.Timeout(300.0, connect=30.0)
# The hosts of the spec's servers (reference §2); client.cfg or POMS_URL override them.
DEFAULT_BASES = {
    "prod": "https://poms.fnal.gov:8443",
    "int": "https://pomsint.fnal.gov:8443",
    "dev": "https://fermicloud045.fnal.gov:8443",
}
_CONFIG_KEYS = {"prod": "base_prod", "int": "base_int_ssl", "dev": "base_dev_ssl"}
GRID_CA_DIR = "/etc/grid-security/certificates"


def _instance(test: Any) -> str:
    if test is None or test is False:
        return "prod"
    if test is True or test == "dev":
        return "dev"
    if test == "int":
        return "int"
    raise ValueError(f"test must be False/None (production), True or 'dev' (development) or 'int' (integration), "
                     f"got {test!r}")  # fmt: skip


def host_of(url: str, where: str) -> str:
    """`scheme://host[:port]` of a POMS base URL; its path may only be empty or `/poms`."""
    try:  # the shared URL checks, the port range included (a port of 0 must not vanish below)
        parsed = check_transport(url.strip(), has_credentials=False, allow_insecure_http=True, argument=where)
    except ValueError as exc:
        raise errors.ConfigurationError(str(exc)) from None
    if parsed.path.rstrip("/") not in ("", "/poms"):
        raise errors.ConfigurationError(
            f"{where}: {url!r} has the path {parsed.path!r}; POMS is always served under /poms/ "
            "(give https://host[:port] or https://host[:port]/poms/)"
        )
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme}://{host}{port}"


def config_candidates(configfile: str | os.PathLike[str] | None, e: Mapping[str, str]) -> list[Path]:
    """The client.cfg files to consider, highest priority first."""
    paths: list[Path] = []
    if configfile is not None:
        paths.append(Path(configfile))
    client_dir = env("POMS_CLIENT_DIR", e)
    if client_dir:
        paths += [Path(client_dir) / "etc" / "client.cfg", Path(client_dir) / "bin" / "client.cfg"]
    if sys.argv and sys.argv[0]:
        paths.append(Path(os.path.dirname(os.path.abspath(sys.argv[0]))) / "client.cfg")
    return paths


def read_client_cfg(
    configfile: str | os.PathLike[str] | None, e: Mapping[str, str]
) -> tuple[configparser.ConfigParser, Path] | None:
    """The first readable client.cfg of `config_candidates`, parsed, and its path; None when there is none."""
    if configfile is not None:
        read_file(configfile, "configfile")  # an explicit file that cannot be used is an error, not skipped
    for path in config_candidates(configfile, e):
        if not (path.is_file() and os.access(path, os.R_OK)):
            continue
        parser = configparser.ConfigParser(interpolation=None)
        problem = ""
        try:
            parser.read_string(read_file(path, "client.cfg").decode("utf-8"), source=str(path))
        except UnicodeDecodeError as exc:
            problem = f"is not UTF-8 text (byte {exc.start})"
        except configparser.Error as exc:
            problem = f"is not a valid client.cfg ({exc.message if hasattr(exc, 'message') else exc})"
        if problem:
            raise errors.ConfigurationError(f"{path}: {problem}")
        return parser, path
    return None


def _base_from_file(
    configfile: str | os.PathLike[str] | None, e: Mapping[str, str], instance: str, tokens: bool
) -> tuple[str, str] | None:
    """(URL, where it came from) from the first readable client.cfg, or None."""
    found = read_client_cfg(configfile, e)
    if found is None:
        return None
    parser, path = found
    key = _CONFIG_KEYS[instance]
    for name in (f"{key}_tokens", key) if tokens else (key,):
        value = parser.get("url", name, fallback="").strip()
        if value:
            return value, f"{path} [url] {name}"
    return None  # the first readable file decides, even when it lacks the key


class FileToken:
    """A bearer token read from a file, read again when the file changes (token renewers rewrite it)."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._stamp: float | None = None
        self._value = ""
        self.token()

    def token(self, force_refresh: bool = False) -> str:
        try:
            stamp: float | None = os.stat(self._path).st_mtime
        except OSError:
            stamp = None  # read_token_file says why
        if force_refresh or stamp is None or stamp != self._stamp or not self._value:
            self._value = read_token_file(self._path, "BEARER_TOKEN_FILE")
            self._stamp = stamp
        return self._value

    def __repr__(self) -> str:
        return f"FileToken({self._path!r})"


@attrs.frozen(repr=False)
class PomsConfig:
    base_url: str
    base_source: str
    auth_mode: AuthMode
    auth: httpx.Auth | None
    verify: Any  # ssl.SSLContext
    proxy_path: str | None
    experiment: str | None
    role: str

    def __repr__(self) -> str:
        return (f"PomsConfig(base_url={self.base_url!r}, auth_mode={self.auth_mode!r}, "
                f"experiment={self.experiment!r}, role={self.role!r})")  # fmt: skip

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None = None,
        test: Test = None,
        configfile: str | os.PathLike[str] | None = None,
        experiment: str | None = None,
        role: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        allow_insecure_http: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> PomsConfig:
        e = os.environ if environ is None else environ
        if auth is not None:
            check_choice(auth, "auth", ("x509", "token", "none"))
        if verify is not None and not isinstance(verify, bool):
            raise TypeError(f"verify must be a bool, got {type(verify).__name__}")
        instance = _instance(test)
        the_role = check_choice(role if role is not None else "analysis", "role", ROLES)
        the_experiment = first_set(experiment, env("EXPERIMENT", e))
        if the_experiment is not None:
            check_str(the_experiment, "experiment")

        mode, source, proxy_path, proxy_source = _credentials(auth, token, proxy, e)
        base, where = _base(base_url, e, configfile, instance, tokens=mode == "token")
        check_transport(base, has_credentials=mode != "none", allow_insecure_http=allow_insecure_http,
                        argument=where, environ=e)  # fmt: skip

        ca = first_set(os.fspath(ca_dir) if ca_dir else None, env("X509_CERT_DIR", e))
        if ca is None and Path(GRID_CA_DIR).is_dir():
            ca = GRID_CA_DIR
        ca_source = "ca_dir" if ca_dir else "X509_CERT_DIR" if env("X509_CERT_DIR", e) else "default CA directory"
        context = tls_context(verify=verify is not False, ca_dir=ca, cert_file=proxy_path,
                                   cert_source=proxy_source, ca_dir_source=ca_source)  # fmt: skip
        http_auth = TokenAuth(source) if source is not None else None
        return cls(base, where, mode, http_auth, context, proxy_path, the_experiment, the_role)


def _base(
    base_url: str | None, e: Mapping[str, str], configfile: str | os.PathLike[str] | None, instance: str, tokens: bool
) -> tuple[str, str]:
    if base_url is not None:
        try:
            return host_of(check_str(base_url, "base_url"), "base_url"), "base_url"
        except errors.ConfigurationError as exc:
            raise ValueError(str(exc)) from None
    # An explicit configfile= or test= (dev/int) names the server to use: it beats POMS_URL, which names one
    # server and cannot say which instance it is.
    if configfile is None and instance == "prod":
        from_env = env("POMS_URL", e)
        if from_env:
            return host_of(from_env, "POMS_URL"), "POMS_URL"
    found = _base_from_file(configfile, e, instance, tokens)
    if found is not None:
        return host_of(found[0], found[1]), found[1]
    return DEFAULT_BASES[instance], f"default {instance} server"


def _credentials(
    auth: AuthMode | None, token: str | None, proxy: str | os.PathLike[str] | None, e: Mapping[str, str]
) -> tuple[AuthMode, FileToken | StaticToken | None, str | None, str]:
    """The kind of credentials, the token source or the proxy file, and the name of where the proxy came from."""
    if auth == "none":
        return "none", None, None, ""
    token_file = env("BEARER_TOKEN_FILE", e)
    wants_token = auth == "token" or (
        auth is None
        and (token is not None or (proxy is None and token_file is not None and os.path.exists(token_file)))
    )
    if wants_token:
        if token is not None:
            return "token", StaticToken(check_str(token, "token"), "token"), None, ""
        if token_file is None:
            raise errors.ConfigurationError("auth='token' needs a token: set BEARER_TOKEN_FILE or pass token=")
        return "token", FileToken(token_file), None, ""
    explicit = os.fspath(proxy) if proxy is not None else env("X509_USER_PROXY", e)
    where = "proxy" if proxy is not None else "X509_USER_PROXY" if explicit else "the default proxy path"
    candidate = explicit or f"/tmp/x509up_u{os.getuid()}"
    if os.path.exists(candidate):
        return "x509", None, candidate, where  # make_ssl_context says what is wrong with it, if anything
    if explicit:
        raise errors.ConfigurationError(f"{where}: the X.509 proxy {candidate} does not exist")
    raise errors.ConfigurationError(
        f"no POMS credentials found: set X509_USER_PROXY (there is no proxy at {candidate}) or BEARER_TOKEN_FILE, "
        "or pass proxy= or token=, or auth='none'"
    )
