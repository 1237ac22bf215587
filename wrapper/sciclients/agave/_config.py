"""Agave configuration from arguments, the environment and the token cache agavepy users already have.

Precedence per setting: explicit argument > environment variable > cache file > default.
Environment: `AGAVE_CACHE_DIR` (agavepy 0.9.5) and the `TAPIS_*` names of agavepy master
(`TAPIS_BASE_URL`, `TAPIS_TOKEN`, `TAPIS_REFRESH_TOKEN`, `TAPIS_API_KEY`, `TAPIS_API_SECRET`, `TAPIS_CACHE_DIR`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import httpx

from sciclients import errors
from sciclients._core import TokenAuth, check_transport, env, first_set, register_secret, tls_context
from sciclients._core._secrets import check_token

from ._token import AgaveTokenSource, CacheFile, expiry_of

__all__ = ["AgaveConfig", "DEFAULT_BASE_URL", "host_base", "cache_path"]

DEFAULT_BASE_URL = "https://api.tacc.utexas.edu"  # the TACC tenant (tacc.prod), the spec's default server


def host_base(url: str, argument: str) -> str:
    """`scheme://host[:port]` of a tenant URL. The port is kept (agavepy drops the Authorization header when
    there is one); a path is dropped, as agavepy does, because the spec's paths are absolute from the host.
    A bare host, as some cache files hold, means https."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parsed = check_transport(text, has_credentials=False, allow_insecure_http=True, argument=argument)
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{host}{port}"


def cache_path(cache_dir: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> Path:
    directory = first_set(os.fspath(cache_dir) if cache_dir is not None else None, env("AGAVE_CACHE_DIR", environ),
                          env("TAPIS_CACHE_DIR", environ))  # fmt: skip
    return Path(directory).expanduser() / "current" if directory else Path.home() / ".agave" / "current"


def _expiry(value: float | datetime | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expires_at must be epoch seconds or a datetime, got {type(value).__name__}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds):
        raise ValueError(f"expires_at must be finite epoch seconds, got {value!r}")
    return seconds


def _base(base_url: str | None, e: Mapping[str, str], cached: Mapping[str, Any], cache: CacheFile | None
          ) -> tuple[str, str]:  # fmt: skip
    """The tenant's `scheme://host[:port]` and the name of where it came from; a bad value from the
    environment or the cache file is a ConfigurationError naming it (a bad argument: ValueError)."""
    if base_url is not None:
        return host_base(base_url, "base_url"), "base_url"
    candidates = [("TAPIS_BASE_URL", env("TAPIS_BASE_URL", e))]
    if cache is not None:
        candidates += [(f"baseurl of {cache.path}", _text(cached.get("baseurl"))),
                       (f"api_server of {cache.path}", _text(cached.get("api_server")))]  # fmt: skip
    for source, value in candidates:
        if value is None:
            continue
        try:
            return host_base(value, source), source
        except ValueError as exc:
            problem = str(exc)
        raise errors.ConfigurationError(problem)
    return DEFAULT_BASE_URL, "the default tenant"


def _token(argument: str | None, name: str, from_env: str | None, variable: str) -> str | None:
    """A token given as argument (ValueError when unusable) or by a variable (ConfigurationError)."""
    if argument is not None and argument.strip():
        return check_token(argument, name, ValueError)
    if from_env is not None:
        return check_token(from_env, variable)
    return None


def _cached_token(cached: Mapping[str, Any], key: str, where: str) -> str | None:
    value = cached.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_token(value, f"{where}: {key}")


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


@attrs.frozen(repr=False)
class AgaveConfig:
    base_url: str
    auth: httpx.Auth
    verify: Any
    source: AgaveTokenSource
    cache: CacheFile | None
    tenant_id: str | None

    def __repr__(self) -> str:
        return f"AgaveConfig(base_url={self.base_url!r}, tenant_id={self.tenant_id!r}, cache={self.cache!r})"

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None = None,
        token: str | None = None,
        refresh_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        expires_at: float | datetime | None = None,
        tenant_id: str | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        verify: bool = True,
        ca_file: str | os.PathLike[str] | None = None,
        allow_insecure_http: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AgaveConfig:
        e = os.environ if environ is None else environ
        for name, value in (("base_url", base_url), ("token", token), ("refresh_token", refresh_token),
                            ("api_key", api_key), ("api_secret", api_secret), ("tenant_id", tenant_id)):  # fmt: skip
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a str, got {type(value).__name__}")
        if not isinstance(verify, bool):
            raise TypeError(f"verify must be a bool, got {type(verify).__name__}")
        explicit_expiry = _expiry(expires_at)

        path = cache_path(cache_dir, e)
        cache = CacheFile(path) if path.is_file() else None
        cached = cache.read() if cache is not None else {}

        base, base_source = _base(base_url, e, cached, cache)

        access = _token(token, "token", env("TAPIS_TOKEN", e), "TAPIS_TOKEN")
        refresh = _token(refresh_token, "refresh_token", env("TAPIS_REFRESH_TOKEN", e), "TAPIS_REFRESH_TOKEN")
        expiry = explicit_expiry
        if access is None and refresh is None and cached:
            # The user's tokens come from the cache only as a pair, so a cached refresh token never renews
            # a token that was given some other way (and only then is the file rewritten).
            assert cache is not None
            where = f"the Agave token cache {cache.path}"
            access_key = "access_token" if cached.get("access_token") not in (None, "") else "token"
            access = _cached_token(cached, access_key, where)
            refresh = _cached_token(cached, "refresh_token", where)
            expiry = expiry_of(cached, where)
        else:
            cache = None
        key = first_set(api_key, env("TAPIS_API_KEY", e), _text(cached.get("apikey")), _text(cached.get("api_key")))
        secret = first_set(api_secret, env("TAPIS_API_SECRET", e), _text(cached.get("apisecret")),
                           _text(cached.get("api_secret")))  # fmt: skip
        for value in (access, refresh, secret):
            register_secret(value)

        context = tls_context(verify=verify, ca_file=os.fspath(ca_file) if ca_file is not None else None,
                              ca_file_source="ca_file")  # fmt: skip
        source = AgaveTokenSource(base_url=base, access_token=access, refresh_token=refresh, api_key=key,
                                  api_secret=secret, expires_at=expiry, cache=cache, verify=context)  # fmt: skip
        if access is None and not source.can_refresh:
            raise errors.ConfigurationError(
                "no Agave access token found: pass token= (or set TAPIS_TOKEN), or keep agavepy's token cache at "
                f"{path} (AGAVE_CACHE_DIR); to refresh tokens also give refresh_token, api_key and api_secret"
            )
        check_transport(base, has_credentials=True, allow_insecure_http=allow_insecure_http, argument=base_source,
                        environ=e)  # fmt: skip
        tenant = first_set(tenant_id, env("TAPIS_TENANT_ID", e), _text(cached.get("tenantid")))
        auth = TokenAuth(source, refresh_on_401=source.can_refresh)
        return cls(base, auth, context, source, cache, tenant)
