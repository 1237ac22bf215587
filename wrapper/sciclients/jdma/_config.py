"""JDMA configuration: the API root, the caller's user name and TLS, from arguments and the environment.

Precedence: explicit argument > environment (`JDMA_API_URL`, `JDMA_USER` then `USER`, `JDMA_VERIFY`) > default.
JDMA has no HTTP credentials: the caller asserts its user name and the server trusts it (reference §2).
JDMA's only config file, `~/.jdma.json`, holds storage-backend credentials for the CLI, not client settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs

from sciclients import errors
from sciclients._core import check_str, check_transport, env, env_flag, first_set, tls_context

__all__ = ["JdmaConfig", "DEFAULT_BASE_URL", "check_user"]

# The API root the legacy client names (`settings.JDMA_API_URL`), without its trailing slash.
DEFAULT_BASE_URL = "https://jdma3.ceda.ac.uk/jdma_control/api/v1"


@attrs.frozen(repr=False)
class JdmaConfig:
    base_url: str
    user: str | None
    verify: Any  # ssl.SSLContext

    def __repr__(self) -> str:
        return f"JdmaConfig(base_url={self.base_url!r}, user={self.user!r})"

    def with_user(self, user: str) -> JdmaConfig:
        return attrs.evolve(self, user=check_user(user, "user"))

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None = None,
        user: str | None = None,
        verify: bool | None = None,
        ca_file: str | os.PathLike[str] | None = None,
        allow_insecure_http: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> JdmaConfig:
        e = os.environ if environ is None else environ
        if user is not None:
            check_user(user, "user")
        if verify is not None and not isinstance(verify, bool):
            raise TypeError(f"verify must be a bool, got {type(verify).__name__}")
        base = first_set(base_url, env("JDMA_API_URL", e)) or DEFAULT_BASE_URL
        # Storage-backend credentials (object-store keys) travel in request bodies: https unless loopback.
        source = "base_url" if base_url else "JDMA_API_URL" if env("JDMA_API_URL", e) else "the default server"
        try:
            url = check_transport(base, has_credentials=True, allow_insecure_http=allow_insecure_http,
                                  argument=source, environ=e)  # fmt: skip
        except ValueError as exc:
            if source == "base_url":
                raise
            problem = str(exc)  # a bad variable is a configuration error, not a bad argument
        else:
            problem = ""
        if problem:
            raise errors.ConfigurationError(problem)
        the_user = user
        for variable in ("JDMA_USER", "USER") if user is None else ():
            the_user = env(variable, e)
            if the_user is not None:
                try:
                    check_user(the_user, variable)
                except ValueError as exc:
                    raise errors.ConfigurationError(str(exc)) from None
                break
        verify_tls = verify if verify is not None else env_flag("JDMA_VERIFY", e)
        context = tls_context(verify=verify_tls is not False, ca_file=os.fspath(ca_file) if ca_file else None)
        return cls(str(url).rstrip("/"), the_user, context)


def check_user(value: Any, name: str) -> str:
    user = check_str(value, name)
    if user != user.strip() or any(c.isspace() for c in user):
        raise ValueError(f"{name} must be a user name without spaces, got {value!r}")
    return user
