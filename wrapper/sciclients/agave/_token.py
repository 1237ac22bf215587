"""Agave access tokens: refreshed at the tenant's OAuth2 token endpoint, kept in the agavepy/CLI cache file.

The cache file is `$AGAVE_CACHE_DIR/current` or `~/.agave/current` (reference §2): one JSON object (older
CLIs: a list holding it) with `baseurl, apikey, apisecret, access_token, refresh_token, created_at,
expires_in, expires_at, …`. After a refresh only the token keys are rewritten; every other key stays.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from sciclients import errors
from sciclients._core import logger, register_secret
from sciclients._core._deadline import bounded_client
from sciclients._core._secrets import check_token, checked_lifetime, fetch_small, mask_token_like, read_json_file

from ._errors import error_message

__all__ = ["CacheFile", "AgaveTokenSource", "expiry_of", "REFRESH_MARGIN"]

REFRESH_MARGIN = 60.0  # seconds: like agavepy, renew a token that expires within a minute
_TOKEN_KEYS = ("access_token", "refresh_token", "apisecret")


def _number(value: Any, what: str) -> float | None:
    """Seconds (a number or numeric text) or None when absent; NaN, infinity and non-numbers are a ValueError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{what} is not a number")
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
    except (ValueError, OverflowError):
        raise ValueError(f"{what} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{what} is {number!r}, not a finite number")
    return number


def expiry_of(entry: Mapping[str, Any], where: str = "the token cache") -> float | None:
    """When the cached token expires (epoch seconds), from whichever keys agavepy or the CLI wrote, or None.

    An unusable value is a ConfigurationError naming the file and the key."""
    try:
        expiration = _number(entry.get("expiration"), "expiration")
        if expiration is not None:
            return expiration
        created = _number(entry.get("created_at"), "created_at")
        lifetime = checked_lifetime(entry.get("expires_in"), "expires_in")
        if created is not None and lifetime is not None:
            return created + lifetime
        expires_at = entry.get("expires_at")
        try:
            number = _number(expires_at, "expires_at")
        except ValueError:
            number = None  # agavepy writes time.ctime(), local time
        if number is not None:
            return number
        if isinstance(expires_at, str) and expires_at.strip():
            try:
                return time.mktime(time.strptime(expires_at.strip()))
            except (ValueError, OverflowError):
                raise ValueError("expires_at is neither epoch seconds nor a time.ctime() date") from None
    except ValueError as exc:
        problem = str(exc)
    else:
        return None
    raise errors.ConfigurationError(f"{where}: {problem}")


class CacheFile:
    """The agavepy/CLI token cache: read once, token keys rewritten atomically (mode 0600) after a refresh."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"CacheFile({str(self.path)!r})"

    def read(self) -> dict[str, Any]:
        data = read_json_file(self.path, "the Agave token cache (AGAVE_CACHE_DIR)")
        entry = data[0] if isinstance(data, list) and data else data
        if not isinstance(entry, dict):
            raise errors.ConfigurationError(f"the Agave token cache {self.path} does not hold a JSON object")
        for key in _TOKEN_KEYS:
            value = entry.get(key)
            register_secret(value if isinstance(value, str) else None)
        return entry

    def update(self, changes: Mapping[str, Any]) -> None:
        try:
            data: Any = read_json_file(self.path, "the Agave token cache")
        except errors.ConfigurationError:
            data = {}
        if isinstance(data, list) and data and isinstance(data[0], dict):
            data[0].update(changes)
        elif isinstance(data, dict):
            data.update(changes)
        else:
            data = dict(changes)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".current.")
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(data, fh)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _tokens_of(answer: httpx.Response, url: str) -> tuple[str, str | None, float | None]:
    """Access token, refresh token (None: keep the old one) and lifetime of a token endpoint's 200 answer.

    Nothing of the answer's text goes into an error: it holds tokens."""

    def bad(message: str) -> errors.APIResponseValidationError:
        return errors.APIResponseValidationError(message, status_code=answer.status_code, method="POST", url=url)

    try:
        tokens = json.loads(answer.content)
    except (ValueError, RecursionError):
        tokens = None
    if not isinstance(tokens, dict):
        raise bad("the Agave token endpoint answered something that is not a JSON object (not shown: it may hold "
                  "tokens)")  # fmt: skip
    if tokens.get("access_token") is None or tokens.get("access_token") == "":
        raise bad("the Agave token endpoint answered without an access_token (or an empty one)")
    access = check_token(tokens["access_token"], "the access_token answered by the Agave token endpoint", bad)
    refresh = tokens.get("refresh_token")
    if refresh is not None and refresh != "":
        refresh = check_token(refresh, "the refresh_token answered by the Agave token endpoint", bad)
    try:
        lifetime = checked_lifetime(tokens.get("expires_in"), "expires_in")
    except ValueError as exc:
        problem = str(exc)
    else:
        return access, refresh or None, lifetime
    raise bad(f"the Agave token endpoint answered an unusable lifetime: {problem}")


class AgaveTokenSource:
    """The bearer token, refreshed with the refresh_token grant when it has expired or was refused (401).

    Refreshing needs the refresh token and the OAuth client's key and secret (HTTP Basic at `POST /token`).
    Each refresh returns a new refresh token, which replaces the old one here and in the cache file.
    """

    def __init__(
        self,
        *,
        base_url: str,
        access_token: str | None,
        refresh_token: str | None,
        api_key: str | None,
        api_secret: str | None,
        expires_at: float | None = None,
        cache: CacheFile | None = None,
        verify: Any = True,
        timeout: httpx.Timeout | float = 30.0,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._access = access_token
        self._refresh_token = refresh_token
        self._api_key = api_key
        self._api_secret = api_secret
        self._expires_at = expires_at
        self._cache = cache
        self._verify = verify
        self._timeout = timeout
        self._margin = REFRESH_MARGIN
        self._lock = threading.Lock()
        for secret in (access_token, refresh_token, api_secret):
            register_secret(secret)

    def __repr__(self) -> str:
        return f"AgaveTokenSource(base_url={self._base_url!r}, can_refresh={self.can_refresh})"

    @property
    def can_refresh(self) -> bool:
        return bool(self._refresh_token and self._api_key and self._api_secret)

    def _expired(self) -> bool:
        return self._expires_at is not None and self._expires_at - time.time() <= self._margin

    def would_block(self) -> bool:
        """Whether `token()` would refresh over HTTP now, or wait for a refresh under way."""
        return self._lock.locked() or ((self._access is None or self._expired()) and self.can_refresh)

    def token(self, force_refresh: bool = False) -> str:
        with self._lock:
            stale = self._access is None or self._expired()
            if (force_refresh or stale) and self.can_refresh:
                self._refresh()
            if self._access is None:
                raise errors.ConfigurationError("no Agave access token and no way to refresh one")
            return self._access

    def _refresh(self) -> None:
        from sciclients._generated.agave_api.api.tokens import create_token
        from sciclients._generated.agave_api.models import CreateTokenRequest, CreateTokenRequestGrantType

        assert self._refresh_token and self._api_key and self._api_secret
        body = CreateTokenRequest(grant_type=CreateTokenRequestGrantType.REFRESH_TOKEN,
                                  refresh_token=self._refresh_token, scope="PRODUCTION")  # fmt: skip
        request = create_token._get_kwargs(body=body)
        url = self._base_url + request["url"]
        auth = httpx.BasicAuth(self._api_key, self._api_secret)
        started = time.time()
        with bounded_client(verify=self._verify, timeout=self._timeout) as http:
            answer = fetch_small(http, "POST", url, "Agave token endpoint", data=request["data"],
                                 headers=request["headers"], auth=auth)  # fmt: skip
        if answer.status_code != 200:
            # A token endpoint's answer may echo what it was sent: its words with token-like parts masked, no body.
            words = mask_token_like(error_message(answer))
            raise errors.AuthenticationError(
                f"the Agave token refresh was refused (HTTP {answer.status_code}): {words}",
                status_code=answer.status_code, server_message=words, method="POST", url=url,
            )  # fmt: skip
        access, refresh, lifetime = _tokens_of(answer, url)
        self._access = access
        if refresh is not None:
            self._refresh_token = refresh
        self._expires_at = started + lifetime if lifetime is not None else None
        # Renew before expiry, but not so early that every call renews (a lifetime shorter than the margin).
        self._margin = min(REFRESH_MARGIN, lifetime / 2) if lifetime is not None else REFRESH_MARGIN
        if self._cache is not None:
            self._save(started, lifetime)
        logger.info("refreshed the Agave access token at %s", url)

    def _save(self, created: float, lifetime: float | None) -> None:
        changes: dict[str, Any] = {"access_token": self._access, "refresh_token": self._refresh_token,
                                   "created_at": str(int(created))}  # fmt: skip
        if lifetime is not None:
            changes["expires_in"] = str(int(lifetime))
            changes["expires_at"] = time.ctime(created + lifetime)
        assert self._cache is not None
        try:
            self._cache.update(changes)
        except OSError as exc:  # the new token is still good for this process; say why the file is stale
            logger.warning("could not update the Agave token cache %s: %s", self._cache.path, exc)
