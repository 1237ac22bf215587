"""`panda.creds`: user secrets, key pairs, proxies and access tokens.

Every value these functions return is a credential: it is registered with the shared redaction, so it is masked
wherever sciclients would log or print it. Do not log it yourself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_str,
    check_str_list,
    operation,
    register_secret,
)
from sciclients._core._secrets import mask_token_like
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import creds as endpoints  # endpoint modules load on first use

from .._envelope import fail, read_envelope
from ._base import PandaResource, as_dict, as_str, data, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import KeyPair

__all__ = ["CredsResource"]

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")


class CredsResource(PandaResource[M]):
    """Functions of the `creds` module."""

    @operation
    def set_user_secrets(self, key: str | None = None, value: str | None = None) -> Call[None]:
        """Set, delete one, or delete all of the caller's secrets (authenticated caller). `key` and `value` set the
        secret; `value` None deletes `key`; `key` None (e.g. `set_user_secrets()`) deletes **all** secrets. None is
        sent as null. A value without a key is refused (the server would delete everything). Returns None."""
        if key is not None:
            check_str(key, "key")
        if value is not None:
            check_str(value, "value", empty=True)
            if key is None:
                raise ValueError("value was given without key; key None would delete all secrets")
            register_secret(value)
        return _confidential(
            endpoints.set_user_secrets, _creds(lambda _: None), body=models.SetUserSecretsRequest(key=key, value=value)
        )

    @operation
    def get_user_secrets(self, *, keys: Sequence[str] | None | NotGiven = NOT_GIVEN) -> Call[dict[str, str]]:
        """The caller's secrets as `{key: value}` (authenticated caller): those named in `keys`, or all when `keys`
        is not given (or None). Keys that are not set are simply missing; secrets uploaded as files appear under
        `___file___:<name>`. The server sends the dict as JSON text, which is decoded here."""
        if keys is not None and keys is not NOT_GIVEN:
            keys = check_str_list(keys, "keys")
        return _confidential(endpoints.get_user_secrets, _creds(_secrets), keys=opt(keys))

    @operation
    def get_key_pair(self, public_key_name: str, private_key_name: str) -> Call[KeyPair]:
        """The key pair configured on the server under these names, as `KeyPair(public_key, private_key)`. The
        caller must carry the server's `k` permission (PermissionDeniedError otherwise); an unknown name raises
        NotFoundError."""
        check_str(public_key_name, "public_key_name")
        check_str(private_key_name, "private_key_name")
        return _confidential(
            endpoints.get_key_pair,
            _creds(_key_pair),
            public_key_name=public_key_name,
            private_key_name=private_key_name,
        )

    @operation
    def get_proxy(self, *, role: str | None | NotGiven = NOT_GIVEN, dn: str | None | NotGiven = NOT_GIVEN) -> Call[str]:
        """The cached X.509 proxy (PEM) of `dn` (default: the caller) with the VOMS `role` (default: none). The
        caller must be on the server's proxy allow list (PermissionDeniedError otherwise); a missing proxy raises
        NotFoundError."""
        return _confidential(
            endpoints.get_proxy,
            _creds(_field("user_proxy")),
            role=opt(role, _or_none(check_str), "role"),
            dn=opt(dn, _or_none(check_str), "dn"),
        )

    @operation
    def get_access_token(self, client_name: str, *, token_key: str | None | NotGiven = NOT_GIVEN) -> Call[str]:
        """The OAuth access token cached for `client_name` (a target of the server's token cache); `token_key` is
        needed only for targets configured with token keys (see `get_token_key`). The caller must be on the allow
        list (PermissionDeniedError otherwise). Returns the token (sent by the server under `user_proxy`, sic)."""
        check_str(client_name, "client_name")
        return _confidential(
            endpoints.get_access_token,
            _creds(_field("user_proxy")),
            client_name=client_name,
            token_key=opt(token_key, _or_none(_secret_argument), "token_key"),
        )

    @operation
    def get_token_key(self, client_name: str) -> Call[str]:
        """The latest token key of the token-cache target `client_name`, to pass as `token_key` to
        `get_access_token`. The caller needs the server's `t` permission (PermissionDeniedError otherwise); an
        unknown target raises NotFoundError."""
        check_str(client_name, "client_name")
        return _confidential(endpoints.get_token_key, _creds(_field("tokenKey")), client_name=client_name)


def _secret_argument(value: Any, name: str) -> str:
    """A credential given as argument: checked, and masked should the server echo it."""
    text = check_str(value, name)
    register_secret(text)
    return text


def _confidential(endpoint: Any, parse: Callable[[httpx.Response], R], **arguments: Any) -> Call[R]:
    """A call of the creds module: its answers hold credentials, so no error quotes their body (`_scrubbed`)."""
    name = "creds." + endpoint.__name__.rpartition(".")[2]

    def parse_scrubbed(response: httpx.Response) -> R:
        try:
            return parse(response)
        except errors.APIError as exc:
            raise _scrubbed(exc, name) from None

    def recover(error: errors.APIStatusError) -> R:
        raise _scrubbed(error, name) from None

    return attrs.evolve(build_call(endpoint, parse_scrubbed, **arguments), recover=recover)


_SHAPE = "PanDA's answer does not have the documented shape"


def _scrubbed(error: errors.APIError, name: str) -> errors.APIError:
    """`error` without the answer's body: a refusal keeps the server's words with token-like parts masked (the
    server may echo a credential nobody registered), a malformed answer says so without quoting it. The same
    object is returned, its chain cut: the exceptions it came from quote the body too."""
    if isinstance(error, errors.APIStatusError):
        error.server_message = mask_token_like(error.server_message)
        error.message = mask_token_like(error.message)
        error.body = None
        if hasattr(error, "data"):
            error.data = None  # what PanDA sent along with the failure
    elif isinstance(error, errors.APIResponseValidationError):
        if error.message.startswith(_SHAPE):  # names the field or type that is wrong, never a value
            error.message = mask_token_like(error.message)
        else:  # not JSON, or no envelope: those messages quote the answer
            error.message = (f"PanDA's answer to {name} (HTTP {error.status_code}) is not in the documented form; "
                             "it is not shown because it may hold credentials")  # fmt: skip
        error.body = ""
    error.args = (error.message,)
    error.__cause__ = error.__context__ = None
    error.__suppress_context__ = True
    return error


def _or_none(check: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """A check that also lets an explicit None through (the server's default is null)."""
    return lambda value, name: None if value is None else check(value, name)


# -- answers ---------------------------------------------------------------------------------------
def _secret(value: Any) -> str:
    text = as_str(value)
    register_secret(text)
    return text


def _field(name: str) -> Callable[[Any], str]:
    """A credential under `data[name]`."""
    return lambda value: _secret(as_dict(value)[name])


def _secrets(value: Any) -> dict[str, str]:
    """`data` is JSON text of `{key: value}` (an object is accepted too)."""
    decoded = json.loads(as_str(value)) if isinstance(value, str) else value
    secrets = as_dict(decoded)
    for key, secret in secrets.items():
        if not isinstance(secret, str):
            raise TypeError(f"secret {key!r} is a {type(secret).__name__}, not a string")
        register_secret(secret)
    return secrets


def _key_pair(value: Any) -> KeyPair:
    pair = as_dict(value)
    return models.KeyPair(public_key=as_str(pair["public_key"]), private_key=_secret(pair["private_key"]))


# The creds failures whose messages the shared vocabulary leaves as a plain PandaAPIError.
_RULES: list[tuple[re.Pattern[str], type[errors.APIStatusError]]] = [
    (re.compile(r"not in authorized users|token key is invalid", re.I), errors.PermissionDeniedError),
    (re.compile(r"is missing (on|for) ", re.I), errors.NotFoundError),
]


def _creds(convert: Callable[[Any], R]) -> Callable[[httpx.Response], R]:
    """`data(convert)`, with the creds module's permission and missing-credential messages typed."""
    parse = data(convert)

    def checked(response: httpx.Response) -> R:
        envelope = read_envelope(response)
        if not envelope.success:
            raise _remapped(fail(envelope, response), envelope.data)
        return parse(response)

    return checked


def _remapped(error: errors.APIStatusError, payload: Any) -> errors.APIStatusError:
    if type(error).__name__ != "PandaAPIError":
        return error
    for pattern, cls in _RULES:
        if pattern.search(error.server_message):
            better = cls(error.message, status_code=error.status_code, server_message=error.server_message,
                         method=error.method, url=error.url)  # fmt: skip
            better.data = payload  # type: ignore[attr-defined]
            return better
    return error
