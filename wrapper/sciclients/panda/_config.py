"""PanDA configuration from arguments and the environment panda-client users already have.

Precedence: explicit argument > environment variable > files (token cache, proxy) > default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx

from sciclients import errors
from sciclients._core import (
    StaticToken,
    TokenAuth,
    TokenSource,
    check_transport,
    env,
    env_flag,
    first_set,
    tls_context,
)
from sciclients._core._secrets import read_token_file, token_problem

from ._token import TOKEN_FILE_NAME, CachedTokenSource

__all__ = ["PandaConfig", "AuthMode", "DEFAULT_BASE_URL", "v1_base"]

AuthMode = Literal["oidc", "x509", "none"]
DEFAULT_BASE_URL = "https://pandaserver.cern.ch"
DEFAULT_CACHE_URL = "https://pandacache.cern.ch"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=30.0)  # the server's own limit is 600 s (Apache TimeOut)
GRID_CA_DIR = "/etc/grid-security/certificates"


def v1_base(url: str) -> str:
    """`scheme://host[:port]` of a PanDA URL; the path is discarded as panda-client does (the specs add /api/v1)."""
    parsed = httpx.URL(url)
    port = f":{parsed.port}" if parsed.port is not None else ""
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    return f"{parsed.scheme}://{host}{port}"


@attrs.frozen(repr=False)
class PandaConfig:
    base_url: str
    cache_url: str
    auth_mode: AuthMode
    auth: httpx.Auth | None
    verify: Any
    vo: str | None
    proxy_path: str | None

    def __repr__(self) -> str:
        return f"PandaConfig(base_url={self.base_url!r}, auth_mode={self.auth_mode!r}, vo={self.vo!r})"

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None = None,
        cache_url: str | None = None,
        auth: AuthMode | None = None,
        token: str | None = None,
        vo: str | None = None,
        proxy: str | os.PathLike[str] | None = None,
        ca_dir: str | os.PathLike[str] | None = None,
        verify: bool | None = None,
        allow_insecure_http: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> PandaConfig:
        e = os.environ if environ is None else environ
        if auth is not None and auth not in ("oidc", "x509", "none"):
            raise ValueError(f"auth must be 'oidc', 'x509' or 'none', got {auth!r}")
        base, base_source = _url(base_url, "base_url", "PANDA_URL_SSL", DEFAULT_BASE_URL, e)
        cache, _ = _url(cache_url, "cache_url", "PANDACACHE_URL", DEFAULT_CACHE_URL, e)
        verify_tls = verify if verify is not None else env_flag("PANDA_VERIFY_HOST", e) is not False

        env_mode = (env("PANDA_AUTH", e) or "").lower()
        if env_mode not in ("", "oidc", "x509", "none"):
            raise errors.ConfigurationError(
                f"PANDA_AUTH={env('PANDA_AUTH', e)!r}: expected 'oidc' (tokens), 'x509' (a proxy) or 'none'"
            )
        if auth is not None:
            mode: AuthMode = auth
        elif token is not None or env_mode == "oidc":
            mode = "oidc"
        else:
            mode = "none" if env_mode == "none" else "x509"  # PANDA_AUTH=none: only the open functions
        ca = first_set(os.fspath(ca_dir) if ca_dir else None, env("X509_CERT_DIR", e))
        if ca is None and Path(GRID_CA_DIR).is_dir():
            ca = GRID_CA_DIR

        source: TokenSource | None = None
        proxy_path: str | None = None
        proxy_source = "proxy"
        the_vo: str | None = None
        if mode == "oidc":
            the_vo = first_set(vo, env("PANDA_AUTH_VO", e), env("OIDC_AUTH_VO", e))
            if not the_vo:
                raise errors.ConfigurationError(
                    "PanDA token authentication needs a VO: set PANDA_AUTH_VO (e.g. 'atlas' or 'atlas:production') "
                    "or pass vo="
                )
            problem = token_problem(the_vo)
            if problem is not None:  # it goes into the Origin header
                where = "vo" if vo else "PANDA_AUTH_VO" if env("PANDA_AUTH_VO", e) else "OIDC_AUTH_VO"
                what = problem.partition(";")[0]  # not "a token is ...": this is a VO
                message = f"{where}: the VO {what}; it goes into the Origin header, one line of printable ASCII"
                raise ValueError(message) if vo else errors.ConfigurationError(message)
            source = _token_source(token, e, base, the_vo, verify_tls, allow_insecure_http)
        elif mode == "x509":
            proxy_path, proxy_source = _find_proxy(proxy, e)
        check_transport(base, has_credentials=mode != "none", allow_insecure_http=allow_insecure_http,
                        argument=base_source, environ=e)  # fmt: skip

        ca_source = "ca_dir" if ca_dir else "X509_CERT_DIR" if env("X509_CERT_DIR", e) else "default CA directory"
        context = tls_context(verify=verify_tls, ca_dir=ca, cert_file=proxy_path, cert_source=proxy_source,
                                   ca_dir_source=ca_source)  # fmt: skip
        http_auth = TokenAuth(source, extra_headers={"Origin": the_vo or ""}) if source is not None else None
        return cls(base, cache, mode, http_auth, context, the_vo, proxy_path)


def _url(argument: str | None, name: str, variable: str, default: str, e: Mapping[str, str]) -> tuple[str, str]:
    """`scheme://host[:port]` of a URL given as `argument` or by `variable`, and the name of where it came from;
    an unusable value is a ValueError (argument) or a ConfigurationError (variable) naming it."""
    if argument is not None:
        return v1_base(str(check_transport(argument, has_credentials=False, allow_insecure_http=True,
                                           argument=name))), name  # fmt: skip
    value = env(variable, e)
    if value is None:
        return default, "the default server"
    try:
        parsed = check_transport(value, has_credentials=False, allow_insecure_http=True, argument=variable)
    except ValueError as exc:
        problem = str(exc)
    else:
        return v1_base(str(parsed)), variable
    raise errors.ConfigurationError(problem)


def _token_source(
    token: str | None, e: Mapping[str, str], base: str, vo: str, verify: bool, allow_insecure_http: bool | None
) -> TokenSource:
    if token is not None:
        return StaticToken(token, "token")
    value = env("PANDA_AUTH_ID_TOKEN", e)
    if value:
        return StaticToken(value, "PANDA_AUTH_ID_TOKEN", errors.ConfigurationError)
    token_file = env("OIDC_AUTH_TOKEN_FILE", e)
    if token_file:
        return StaticToken(read_token_file(token_file, "OIDC_AUTH_TOKEN_FILE"), "OIDC_AUTH_TOKEN_FILE")
    value = env("OIDC_AUTH_ID_TOKEN", e)
    if value:
        return StaticToken(value, "OIDC_AUTH_ID_TOKEN", errors.ConfigurationError)
    root = Path(env("PANDA_CONFIG_ROOT", e) or Path.home() / ".pathena").expanduser()
    cache = root / TOKEN_FILE_NAME
    if cache.is_file():
        return CachedTokenSource(cache, base_url=base, vo=vo, verify=verify, allow_insecure_http=allow_insecure_http)
    raise errors.ConfigurationError(
        "no PanDA ID token found: set PANDA_AUTH_ID_TOKEN, OIDC_AUTH_TOKEN_FILE or OIDC_AUTH_ID_TOKEN, "
        f"or put panda-client's token cache at {cache} (PANDA_CONFIG_ROOT), or pass token="
    )


def _find_proxy(proxy: str | os.PathLike[str] | None, e: Mapping[str, str]) -> tuple[str, str]:
    """The proxy file and where its name came from (`proxy`, X509_USER_PROXY or the default path)."""
    explicit = os.fspath(proxy) if proxy is not None else env("X509_USER_PROXY", e)
    source = "proxy" if proxy is not None else "X509_USER_PROXY" if explicit else "the default proxy path"
    candidate = explicit or f"/tmp/x509up_u{os.getuid()}"
    if os.path.exists(candidate):
        return candidate, source  # make_ssl_context says what is wrong with it, if anything
    if explicit:
        raise errors.ConfigurationError(f"{source}: the X.509 proxy {candidate} does not exist")
    raise errors.ConfigurationError(
        f"no PanDA credentials found: set X509_USER_PROXY (no proxy at {candidate}), or set PANDA_AUTH=oidc with "
        "PANDA_AUTH_VO and PANDA_AUTH_ID_TOKEN, or pass auth='none' to call only the open functions"
    )
