"""Agave configuration from arguments, the environment and the token cache agavepy users already have.

Precedence per setting: explicit argument > environment variable > cache file > default.
Environment: `AGAVE_CACHE_DIR` (agavepy 0.9.5) and the `TAPIS_*` names of agavepy master
(`TAPIS_BASE_URL`, `TAPIS_TOKEN`, `TAPIS_REFRESH_TOKEN`, `TAPIS_API_KEY`, `TAPIS_API_SECRET`, `TAPIS_CACHE_DIR`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import httpx

from sciclients import errors
from sciclients._core import TokenAuth, check_transport, env, first_set, register_secret, tls_context

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
    return float(value)


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
        allow_insecure_http: bool = False,
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

        base = first_set(base_url, env("TAPIS_BASE_URL", e), _text(cached.get("baseurl")),
                         _text(cached.get("api_server"))) or DEFAULT_BASE_URL  # fmt: skip
        base = host_base(base, "base_url")

        access = first_set(token, env("TAPIS_TOKEN", e))
        refresh = first_set(refresh_token, env("TAPIS_REFRESH_TOKEN", e))
        expiry = explicit_expiry
        if access is None and refresh is None and cached:
            # The user's tokens come from the cache only as a pair, so a cached refresh token never renews
            # a token that was given some other way (and only then is the file rewritten).
            access = _text(cached.get("access_token")) or _text(cached.get("token"))
            refresh = _text(cached.get("refresh_token"))
            expiry = expiry_of(cached)
        else:
            cache = None
        key = first_set(api_key, env("TAPIS_API_KEY", e), _text(cached.get("apikey")), _text(cached.get("api_key")))
        secret = first_set(api_secret, env("TAPIS_API_SECRET", e), _text(cached.get("apisecret")),
                           _text(cached.get("api_secret")))  # fmt: skip
        for value in (access, refresh, secret):
            register_secret(value)

        context = tls_context(verify=verify, ca_file=os.fspath(ca_file) if ca_file is not None else None)
        source = AgaveTokenSource(base_url=base, access_token=access, refresh_token=refresh, api_key=key,
                                  api_secret=secret, expires_at=expiry, cache=cache, verify=context)  # fmt: skip
        if access is None and not source.can_refresh:
            raise errors.ConfigurationError(
                "no Agave access token found: pass token= (or set TAPIS_TOKEN), or keep agavepy's token cache at "
                f"{path} (AGAVE_CACHE_DIR); to refresh tokens also give refresh_token, api_key and api_secret"
            )
        check_transport(base, has_credentials=True, allow_insecure_http=allow_insecure_http, argument="base_url")
        tenant = first_set(tenant_id, env("TAPIS_TENANT_ID", e), _text(cached.get("tenantid")))
        auth = TokenAuth(source, refresh_on_401=source.can_refresh)
        return cls(base, auth, context, source, cache, tenant)
