"""PanDA OIDC ID tokens: from the environment, a file, or panda-client's token cache with refresh."""

from __future__ import annotations

import base64
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from sciclients import errors
from sciclients._core import check_transport, logger, register_secret
from sciclients._core._config import INSECURE_HTTP_ENV, insecure_http_allowed
from sciclients._core._deadline import bounded_client
from sciclients._core._secrets import check_token, fetch_small, mask_token_like, read_json_file

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

    def __init__(
        self,
        path: Path,
        *,
        base_url: str,
        vo: str,
        verify: Any = True,
        timeout: float = 30.0,
        allow_insecure_http: bool | None = None,
    ) -> None:
        self._path = path
        self._allow_insecure_http = allow_insecure_http
        self._base_url = base_url.rstrip("/")
        self._vo = vo
        self._verify = verify
        self._timeout = timeout
        self._cache: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"CachedTokenSource(path={str(self._path)!r}, vo={self._vo!r})"

    def _load(self) -> dict[str, Any]:
        where = f"the PanDA token cache {self._path}"
        data = read_json_file(self._path, "the PanDA token cache (PANDA_CONFIG_ROOT)")
        if not isinstance(data, dict):
            raise errors.ConfigurationError(f"{where} does not hold a JSON object")
        for key in ("id_token", "refresh_token"):
            value = data.get(key)
            if value is not None and value != "":
                data[key] = check_token(value, f"{where}: {key}")
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

    def _endpoint(self, url: object, what: str) -> str:
        """A URL named by the auth config or discovery document: valid, and https unless loopback or opted in
        (the refresh token and the client secret go to the token endpoint)."""
        if not isinstance(url, str) or not url.strip():
            raise errors.APIResponseValidationError(
                f"cannot refresh the PanDA token: the {what} is missing or not a string", status_code=200
            )
        try:
            parsed = check_transport(url.strip(), has_credentials=True, allow_insecure_http=self._allow_insecure_http,
                                     argument=f"the {what}")  # fmt: skip
        except ValueError as exc:
            problem = str(exc)
        else:
            # Loopback is exempt for a URL the user chose, not for one the server names: a https server naming
            # http://127.0.0.1:<port> would send the refresh token in clear to whoever listens there (on a shared
            # login node, any user). Only a plain http PanDA server (a local test setup) may name one.
            downgrade = parsed.scheme == "http" and not self._base_url.startswith("http://")
            if not downgrade or insecure_http_allowed(self._allow_insecure_http):
                return url.strip()
            problem = (f"the {what} is plain http ({parsed.host}) while the PanDA server is https: refusing to send "
                       f"the refresh token in clear; pass allow_insecure_http=True (or set {INSECURE_HTTP_ENV}=1) "
                       "if you really mean it")  # fmt: skip
        raise errors.APIResponseValidationError(f"cannot refresh the PanDA token: {problem}", status_code=200)

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        with bounded_client(verify=self._verify, timeout=self._timeout) as http:
            config = _get_json(http, f"{self._base_url}/auth/{self._vo}_auth_config.json", "auth config")
            discovery_url = self._endpoint(config.get("oidc_config_url"), "oidc_config_url of the auth config")
            discovery = _get_json(http, discovery_url, "OIDC discovery document")
            endpoint = self._endpoint(discovery.get("token_endpoint"), "token_endpoint of the OIDC discovery document")
            register_secret(config.get("client_secret") if isinstance(config.get("client_secret"), str) else None)
            form = {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": str(config.get("client_id", "")),
                "client_secret": str(config.get("client_secret", "")),
            }
            answer = fetch_small(http, "POST", endpoint, "PanDA token endpoint", data=form)
            if answer.status_code != 200:
                # The answer of a token endpoint is never shown: only its error code, token-like words masked.
                words = mask_token_like(_oauth_error(answer))
                raise errors.AuthenticationError(
                    f"token refresh was refused (HTTP {answer.status_code}){': ' + words if words else ''}",
                    status_code=answer.status_code, server_message=words, method="POST", url=endpoint,
                )  # fmt: skip
            tokens = _token_answer(answer)
        id_token = tokens.get("id_token")
        if id_token is None or id_token == "":
            raise errors.AuthenticationError(
                "the token endpoint answered without an id_token (or an empty one)", status_code=200,
                method="POST", url=endpoint,
            )  # fmt: skip
        for key in ("id_token", "refresh_token", "access_token"):
            value = tokens.get(key)
            if value is not None:
                source = f"the {key} answered by the PanDA token endpoint"
                tokens[key] = check_token(value, source, _bad_answer(endpoint))
        tokens.setdefault("refresh_token", refresh_token)
        try:
            self._write(tokens)
        except OSError as exc:  # the new token is still good for this process; say why the file is stale
            logger.warning("refreshed the PanDA ID token but could not update %s: %s", self._path,
                           exc.strerror or type(exc).__name__)  # fmt: skip
        else:
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


def _bad_answer(url: str) -> Callable[[str], Exception]:
    return lambda message: errors.APIResponseValidationError(message, status_code=200, method="POST", url=url)


def _oauth_error(answer: httpx.Response) -> str:
    """The OAuth `error` code of a refused refresh (RFC 6749 5.2), or "" (the rest of the body is not shown)."""
    try:
        payload = json.loads(answer.content)
    except (ValueError, RecursionError):
        return ""
    code = payload.get("error") if isinstance(payload, dict) else None
    return code[:100] if isinstance(code, str) else ""


def _token_answer(answer: httpx.Response) -> dict[str, Any]:
    """The JSON object of a token endpoint's 200 answer; its text is never put in the error."""
    try:
        tokens = json.loads(answer.content)
    except (ValueError, RecursionError):  # an HTML login page, a proxy's error text...
        tokens = None
    if not isinstance(tokens, dict):
        raise errors.AuthenticationError(
            "the token endpoint answered something that is not a JSON object (not shown: it may hold tokens)",
            status_code=answer.status_code, method="POST", url=str(answer.request.url),
        )  # fmt: skip
    return tokens


def _get_json(http: httpx.Client, url: str, what: str) -> dict[str, Any]:
    """The JSON object at `url`. The auth config holds the OAuth client secret: no error quotes these answers."""
    response = fetch_small(http, "GET", url, what)
    if response.status_code != 200:
        raise errors.status_error_class(response.status_code)(
            f"cannot fetch the {what}: HTTP {response.status_code}", status_code=response.status_code,
            server_message=mask_token_like(response.reason_phrase), method="GET", url=url,
        )  # fmt: skip
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise errors.APIResponseValidationError(
            f"the {what} is not a JSON object (not shown: it may hold the client secret)", status_code=200,
            method="GET", url=url,
        )  # fmt: skip
    return data
