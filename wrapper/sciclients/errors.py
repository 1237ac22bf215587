"""Every exception sciclients raises, shared by the four systems.

    SciClientsError
    ├── ConfigurationError            no usable configuration (names the variable to set)
    └── APIError                      something went wrong talking to a service
        ├── APIConnectionError        the server could not be reached or the connection broke
        │   └── APITimeoutError
        ├── APIResponseValidationError  the server answered something that is not what its API promises
        └── APIStatusError            the server answered with a failure (HTTP status, or the service's own flag)
            ├── BadRequestError            400 / invalid arguments
            ├── AuthenticationError        401 / not authenticated
            ├── PermissionDeniedError      403 / not allowed
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── RateLimitError             429
            ├── InternalServerError        5xx
            │   └── ServiceUnavailableError  503
            └── OperationFailedError       the service reported failure in an answer of its own (e.g. HTTP 200)

Bad arguments are refused before any I/O with the builtin TypeError or ValueError naming the argument.
Messages and reprs never contain credentials: they pass through the shared redaction.
"""

from __future__ import annotations

from typing import Any

from sciclients._redaction import redact

__all__ = [
    "SciClientsError",
    "ConfigurationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
    "OperationFailedError",
    "status_error_class",
]


class SciClientsError(Exception):
    """Root of every sciclients exception."""


class ConfigurationError(SciClientsError):
    """The client cannot be configured; the message says which argument or variable to set."""


class APIError(SciClientsError):
    """A failed exchange with a service. `method` and `url` name the request when there was one."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        self.message = redact(message)
        self.method = method
        self.url = redact(url) if url else url
        super().__init__(self.message)

    def __str__(self) -> str:
        where = f" ({self.method} {self.url})" if self.method and self.url else ""
        return f"{self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class APIConnectionError(APIError):
    """The request could not be completed at the transport level (refused, reset, TLS, DNS)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIResponseValidationError(APIError):
    """The server answered, but not in the form its API promises (not JSON, wrong shape, bad encoding)."""

    def __init__(
        self, message: str, *, status_code: int, body: str = "", method: str | None = None, url: str | None = None
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body = redact(body)


class APIStatusError(APIError):
    """The server answered with a failure.

    `status_code` is the HTTP status (200 when the service signals failure inside a successful HTTP
    answer), `server_message` the service's own words, `body` the raw answer text (redacted).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        server_message: str = "",
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.server_message = redact(server_message)
        self.body = redact(body) if isinstance(body, str) else body

    def __str__(self) -> str:
        return f"[{self.status_code}] {super().__str__()}"


class BadRequestError(APIStatusError):
    """The request was refused as invalid (HTTP 400, or the service's argument error)."""


class AuthenticationError(APIStatusError):
    """The caller is not authenticated (HTTP 401, or the service's equivalent)."""


class PermissionDeniedError(APIStatusError):
    """The caller is authenticated but not allowed (HTTP 403, or a missing role)."""


class NotFoundError(APIStatusError):
    """The thing asked for does not exist (HTTP 404, or the service's equivalent)."""


class ConflictError(APIStatusError):
    """The request conflicts with the current state (HTTP 409)."""


class RateLimitError(APIStatusError):
    """Too many requests (HTTP 429)."""


class InternalServerError(APIStatusError):
    """The server failed (HTTP 5xx)."""


class ServiceUnavailableError(InternalServerError):
    """The service is overloaded or down (HTTP 503)."""


class OperationFailedError(APIStatusError):
    """The service reported that the operation failed, in an answer of its own (often HTTP 200)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP failure status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError
