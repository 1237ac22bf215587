"""Configuration helpers shared by the systems: precedence, environment, timeouts, transport safety."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping

import httpx

from sciclients.errors import ConfigurationError

_USERINFO = re.compile(r"//[^/?#]*@")  # the user:password@ part of a URL, never shown

__all__ = [
    "first_set",
    "env",
    "env_flag",
    "DEFAULT_TIMEOUT",
    "coerce_timeout",
    "is_loopback",
    "check_transport",
    "insecure_http_allowed",
    "INSECURE_HTTP_ENV",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def first_set(*candidates: str | None) -> str | None:
    """The first candidate that is neither None nor empty: explicit argument > environment > file > default."""
    for value in candidates:
        if value is not None and str(value).strip() != "":
            return value
    return None


def env(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    value = (os.environ if environ is None else environ).get(name)
    return value.strip() if value and value.strip() else None


def env_flag(name: str, environ: Mapping[str, str] | None = None) -> bool | None:
    """True/False for the usual spellings (1/0, true/false, yes/no, on/off), None when unset."""
    value = env(name, environ)
    if value is None:
        return None
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigurationError(f"{name}={value!r}: expected one of 1/0, true/false, yes/no, on/off")


def coerce_timeout(timeout: float | httpx.Timeout | None, argument: str = "timeout") -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ValueError(f"{argument} must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 10.0))


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The one environment variable that opts in to credentials over plain http to a non-loopback host.
INSECURE_HTTP_ENV = "SCICLIENTS_ALLOW_INSECURE_HTTP"


def insecure_http_allowed(allow_insecure_http: bool | None, environ: Mapping[str, str] | None = None) -> bool:
    """The explicit argument if given (True/False), else SCICLIENTS_ALLOW_INSECURE_HTTP, else False."""
    if allow_insecure_http is None:
        return env_flag(INSECURE_HTTP_ENV, environ) is True
    if not isinstance(allow_insecure_http, bool):
        raise TypeError(f"allow_insecure_http must be a bool or None, got {type(allow_insecure_http).__name__}")
    return allow_insecure_http


def check_transport(
    base_url: str,
    *,
    has_credentials: bool,
    allow_insecure_http: bool | None,
    argument: str,
    environ: Mapping[str, str] | None = None,
) -> httpx.URL:
    """Parse the base URL and refuse to send credentials in clear text to a non-loopback host, unless the caller
    opted in (`allow_insecure_http=True`, or SCICLIENTS_ALLOW_INSECURE_HTTP=1 when the argument is None)."""
    shown = _USERINFO.sub("//***@", base_url) if isinstance(base_url, str) else base_url
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"{argument}: {shown!r} is not a valid URL ({exc})") from None
    if url.userinfo:  # httpx would send it as Basic auth, and every message and log would show the URL
        raise ValueError(f"{argument}: a URL holding a user or password (user:password@host) is refused; "
                         "give credentials as the client's own arguments")  # fmt: skip
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{argument}: expected an http(s)://host[:port] URL, got {shown!r}")
    if url.port is not None and not 1 <= url.port <= 65535:  # else the socket layer wraps it (70000 -> 4464)
        raise ValueError(f"{argument}: the port must be between 1 and 65535, got {url.port}")
    if url.scheme == "http" and has_credentials and not is_loopback(url.host):
        if not insecure_http_allowed(allow_insecure_http, environ):
            raise ConfigurationError(
                f"{argument}: refusing to send credentials over plain http to {url.host}; use https, or pass "
                f"allow_insecure_http=True (or set {INSECURE_HTTP_ENV}=1) if you really mean it"
            )
    return url
