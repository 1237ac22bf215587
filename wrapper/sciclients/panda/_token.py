"""PanDA OIDC ID tokens: from the environment, a file, or panda-client's token cache with refresh."""

from __future__ import annotations

import base64
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from sciclients import errors
from sciclients._core import logger, register_secret

__all__ = ["token_expiry", "CachedTokenSource", "TOKEN_FILE_NAME"]

TOKEN_FILE_NAME = ".token"
REFRESH_MARGIN = 300.0  # seconds: like panda-client, renew a token that expires within 5 minutes


def token_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT (unverified: only to know when to renew), or None."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = claims.get("exp")
        return float(exp) if isinstance(exp, (int, float)) else None
    except (IndexError, ValueError, AttributeError):
        return None


class CachedTokenSource:
    """The token cache panda-client keeps in `$PANDA_CONFIG_ROOT/.token` (the token endpoint's JSON).

    The ID token is used while it is valid for more than 5 minutes; then it is renewed with the refresh
    token at the token endpoint named by the VO's auth config (`<base>/auth/<vo>_auth_config.json` and its
    OIDC discovery document), and the cache file is rewritten (mode 0600). There is never a prompt.
    """

    def __init__(self, path: Path, *, base_url: str, vo: str, verify: Any = True, timeout: float = 30.0) -> None:
        self._path = path
        self._base_url = base_url.rstrip("/")
        self._vo = vo
        self._verify = verify
        self._timeout = timeout
        self._cache: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"CachedTokenSource(path={str(self._path)!r}, vo={self._vo!r})"

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text())
        except (OSError, ValueError) as exc:
            raise errors.ConfigurationError(f"cannot read the PanDA token cache {self._path}: {exc}") from None
        if not isinstance(data, dict):
            raise errors.ConfigurationError(f"the PanDA token cache {self._path} does not hold a JSON object")
        for key in ("id_token", "refresh_token"):
            register_secret(data.get(key))
        return data

    def would_block(self) -> bool:
        """Whether `token()` would read the cache file or refresh over HTTP now."""
        if self._cache is None:
            return True
        id_token = self._cache.get("id_token")
        expiry = token_expiry(id_token) if isinstance(id_token, str) else None
        return not id_token or (expiry is not None and expiry - time.time() <= REFRESH_MARGIN)

    def token(self, force_refresh: bool = False) -> str:
        cache = self._cache if self._cache is not None else self._load()
        self._cache = cache
        id_token = cache.get("id_token")
        expiry = token_expiry(id_token) if isinstance(id_token, str) else None
        fresh = expiry is None or expiry - time.time() > REFRESH_MARGIN
        if isinstance(id_token, str) and id_token and fresh and not force_refresh:
            return id_token
        refresh_token = cache.get("refresh_token")
        if not refresh_token:
            raise errors.ConfigurationError(
                f"the PanDA ID token in {self._path} has expired and there is no refresh token; "
                "get a new one (for example with panda-client), or set PANDA_AUTH_ID_TOKEN"
            )
        self._cache = self._refresh(str(refresh_token))
        return str(self._cache["id_token"])

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        with httpx.Client(verify=self._verify, timeout=self._timeout) as http:
            config = _get_json(http, f"{self._base_url}/auth/{self._vo}_auth_config.json", "auth config")
            discovery = _get_json(http, str(config.get("oidc_config_url", "")), "OIDC discovery document")
            endpoint = discovery.get("token_endpoint")
            if not endpoint:
                raise errors.AuthenticationError(
                    "the OIDC discovery document names no token_endpoint", status_code=200, server_message=""
                )
            register_secret(config.get("client_secret"))
            form = {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": str(config.get("client_id", "")),
                "client_secret": str(config.get("client_secret", "")),
            }
            try:
                answer = http.post(str(endpoint), data=form)
            except httpx.TransportError as exc:
                raise errors.APIConnectionError(
                    f"token refresh failed: {exc}", method="POST", url=str(endpoint)
                ) from None
            if answer.status_code != 200:
                raise errors.AuthenticationError(
                    f"token refresh was refused (HTTP {answer.status_code}): {answer.text[:300]}",
                    status_code=answer.status_code, server_message=answer.text[:300], method="POST", url=str(endpoint),
                )  # fmt: skip
            try:
                tokens = answer.json()
            except ValueError:  # an HTML login page, a proxy's error text...
                tokens = None
        if not isinstance(tokens, dict) or not tokens.get("id_token"):
            raise errors.AuthenticationError("the token endpoint answered without an id_token", status_code=200)
        tokens.setdefault("refresh_token", refresh_token)
        for key in ("id_token", "refresh_token", "access_token"):
            register_secret(tokens.get(key))
        self._write(tokens)
        logger.info("refreshed the PanDA ID token and updated %s", self._path)
        return tokens

    def _write(self, tokens: dict[str, Any]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".token.")
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(tokens, fh)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _get_json(http: httpx.Client, url: str, what: str) -> dict[str, Any]:
    if not url.startswith(("https://", "http://")):
        raise errors.ConfigurationError(f"cannot refresh the PanDA token: the {what} URL {url!r} is not http(s)")
    try:
        response = http.get(url)
    except httpx.TransportError as exc:
        raise errors.APIConnectionError(f"cannot fetch the {what}: {exc}", method="GET", url=url) from None
    if response.status_code != 200:
        raise errors.status_error_class(response.status_code)(
            f"cannot fetch the {what}: HTTP {response.status_code}", status_code=response.status_code,
            server_message=response.text[:300], method="GET", url=url,
        )  # fmt: skip
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise errors.APIResponseValidationError(
            f"the {what} is not a JSON object", status_code=200, body=response.text[:300], method="GET", url=url
        )
    return data
