"""Credentials read from outside (arguments, environment, files, token endpoints), checked where they are read.

A token goes into an `Authorization` header: one trailing newline (what `echo tok > file` leaves) is dropped,
and anything else that is not printable ASCII is refused with its source named and its value never shown.
Files (token files, token caches, proxies) are read with a size limit, only when they are regular files, and
every failure names the file and the variable or argument it came from. Exceptions are raised outside the
`except` block that saw the failure, so that no `__context__` carries a secret (a UnicodeDecodeError holds
the bytes it could not decode).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable
from typing import Any

from sciclients import errors
from sciclients._redaction import MASK, register_secret

__all__ = [
    "token_problem",
    "check_token",
    "read_file",
    "read_json_file",
    "checked_lifetime",
    "mask_token_like",
    "read_token_file",
    "fetch_small",
    "MAX_FILE_BYTES",
]

MAX_FILE_BYTES = 1024 * 1024  # token files, token caches and proxies are a few KiB; a bigger file is a mistake


def token_problem(value: object) -> str | None:
    """What makes `value` unusable as a bearer token (without showing it), or None when it is fine."""
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not a string"
    if not value:
        return "is empty"
    for position, char in enumerate(value):
        if char == " ":
            return f"holds a space (at position {position})"
        if ord(char) > 0x7E:
            return f"holds a non-ASCII character (at position {position})"
        if ord(char) < 0x21 or ord(char) == 0x7F:
            what = "a newline" if char in "\r\n" else "a control character"
            return f"holds {what} (at position {position}); a token is one line of printable ASCII"
    return None


def _trimmed(value: object) -> object:
    """Drop one trailing newline (CRLF or LF) and the spaces around the token."""
    if not isinstance(value, str):
        return value
    if value.endswith("\r\n"):
        value = value[:-2]
    elif value.endswith("\n"):
        value = value[:-1]
    return value.strip(" ")


def check_token(value: object, source: str, error: Callable[[str], Exception] = errors.ConfigurationError) -> str:
    """The token of `source` (an argument, a variable or a file, as the user would name it), trimmed and checked.

    `error` builds the exception: ValueError for an argument, ConfigurationError (the default) for the
    environment and files. The token is registered as a secret, so it is masked wherever it shows up later.
    """
    token = _trimmed(value)
    problem = token_problem(token)
    if isinstance(token, str) and len(token) >= 6:
        register_secret(token)  # even a refused token: a caller may still print it somewhere
    if problem is not None:
        raise error(f"{source}: the token {problem}")
    assert isinstance(token, str)
    return token


def read_file(path: str | os.PathLike[str], source: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a small regular file, or a ConfigurationError naming `source` and the file.

    Symbolic links are followed (a proxy or token renewer often links them); FIFOs, devices and directories
    are refused without blocking, and so is a file larger than `limit`.
    """
    name = os.fspath(path)
    problem: str | None = None
    data = b""
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or type(exc).__name__})"
    else:
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                problem = "is a directory, not a file"
            elif not stat.S_ISREG(info.st_mode):
                problem = "is not a regular file"
            elif info.st_size > limit:
                problem = f"is {info.st_size} bytes, larger than the {limit} bytes such a file can hold"
            else:
                chunks: list[bytes] = []
                size = 0
                while size <= limit:
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                data = b"".join(chunks)
                if size > limit:
                    problem = f"grew past the {limit} bytes such a file can hold"
        except OSError as exc:
            problem = f"cannot be read ({exc.strerror or type(exc).__name__})"
        finally:
            os.close(fd)
    if problem is not None:
        raise errors.ConfigurationError(f"{source}: {name} {problem}")
    return data


def read_token_file(path: str | os.PathLike[str], source: str) -> str:
    """The token held by a file (one line of printable ASCII, an optional final newline)."""
    data = read_file(path, source, limit=64 * 1024)
    where = f"{source}: {os.fspath(path)}"
    if not data.strip():
        raise errors.ConfigurationError(f"{where} is empty; it should hold the token")
    text = data.decode("ascii", errors="replace")  # non-ASCII becomes U+FFFD, which the check below refuses
    return check_token(text, where)


def read_json_file(path: str | os.PathLike[str], source: str) -> Any:
    """The JSON document of a small file (a token cache), or a ConfigurationError naming the file.

    The parser's own message is not shown: it could quote the document, which holds tokens.
    """
    data = read_file(path, source)
    problem: str | None = None
    document: Any = None
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        problem = f"is not UTF-8 text (byte {exc.start})"
    except json.JSONDecodeError as exc:
        problem = f"is not valid JSON (line {exc.lineno}, column {exc.colno})"
    except (ValueError, RecursionError):
        problem = "is not valid JSON (nested too deeply or too large)"
    if problem is not None:
        raise errors.ConfigurationError(f"{source}: {os.fspath(path)} {problem}")
    return document


_MAX_LIFETIME = 10 * 366 * 24 * 3600.0  # seconds: no token endpoint grants a token for more than years


def checked_lifetime(value: object, what: str) -> float | None:
    """`expires_in` of a token answer or cache as seconds, None when absent; an unusable value is a ValueError
    naming `what` (NaN, infinity, negative, absurdly large, or not a number)."""
    if value is None or value == "":
        return None
    number: float | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            number = math.inf
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None:
        raise ValueError(f"{what} is not a number of seconds")
    if not math.isfinite(number) or number < 0 or number > _MAX_LIFETIME:
        raise ValueError(f"{what} is {number!r} seconds, not a token lifetime (0 to {_MAX_LIFETIME:.0f})")
    return number


# Words that look like credentials: long runs of token characters holding letters and digits.
_TOKEN_LIKE = re.compile(r"(?=[A-Za-z0-9._~+/=-]*[0-9])(?=[A-Za-z0-9._~+/=-]*[A-Za-z])[A-Za-z0-9._~+/=-]{20,}")


def mask_token_like(text: str) -> str:
    """`text` with every token-like word masked: for the words of a server that answered a request for
    credentials, which may echo credentials nobody has registered yet."""
    return _TOKEN_LIKE.sub(MASK, text)


MAX_TOKEN_ANSWER_BYTES = 1024 * 1024  # a token endpoint's answer (or an OIDC document) is a few KiB


def fetch_small(http: Any, method: str, url: str, what: str, **kwargs: Any) -> Any:
    """`http.request(method, url, **kwargs)` for the documents of a token flow (token endpoints, auth configs):
    the answer read whole but capped, and every failure a sciclients error naming `what` (never the body).

    `http` is an httpx.Client; the answer comes back as an httpx.Response whose body is already read.
    """
    import httpx

    problem: errors.APIError | None = None
    try:
        with http.stream(method, url, **kwargs) as response:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_TOKEN_ANSWER_BYTES:
                    problem = errors.APIResponseValidationError(
                        f"the {what} answered more than {MAX_TOKEN_ANSWER_BYTES} bytes",
                        status_code=response.status_code, method=method, url=url,
                    )  # fmt: skip
                    break
                chunks.append(chunk)
            headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-encoding",
                                                                                      "content-length")}  # fmt: skip
            status, request = response.status_code, response.request
    except httpx.DecodingError as exc:
        problem = errors.APIResponseValidationError(
            f"the {what} answered a body that could not be decoded ({type(exc).__name__})", status_code=0,
            method=method, url=url,
        )  # fmt: skip
    except httpx.TransportError as exc:
        cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
        problem = cls(f"cannot reach the {what}: {type(exc).__name__}: {exc}", method=method, url=url)
    if problem is not None:
        raise problem
    return httpx.Response(status, headers=headers, content=b"".join(chunks), request=request)
