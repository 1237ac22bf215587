"""TLS contexts built on the first TLS handshake, not when a client is constructed.

Loading the system CAs costs about 40 ms of CPU, a third of a short-lived process's time to its first answer,
and a client talking plain http never needs them. `tls_context` loads the given files now (cheap: a proxy, a CA file or
directory, without the system CAs), so a bad one fails at construction, and returns a
stand-in that httpx, httpcore, anyio and asyncio accept as the SSL context; its first handshake builds the
real context with `make_ssl_context`. Clients given the same settings share one stand-in, so the CAs load
once per process for each distinct configuration (a client certificate or CA file that changes on disk,
such as a renewed X.509 proxy, makes a new one).
"""

from __future__ import annotations

import os
import ssl
import threading
from typing import Any

from sciclients.errors import ConfigurationError

from ._auth import make_ssl_context

__all__ = ["tls_context", "loaded_tls_context", "DeferredTLSContext"]

_FILES = ("ca_dir", "ca_file", "cert_file", "key_file")
_MAX_SHARED = 16  # distinct configurations kept; a process rarely has more than two


class DeferredTLSContext(ssl.SSLContext):
    """An SSL context whose CAs and client certificate load on its first TLS handshake (see the module doc).

    Only what TLS connections use is forwarded: `wrap_socket` (httpcore, blocking), `wrap_bio` (anyio and
    asyncio) and `set_alpn_protocols` (httpcore, before each handshake). `verify_mode` and `check_hostname`
    read here are the ones the built context has.
    """

    _settings: dict[str, Any]

    def __new__(cls, **settings: Any) -> DeferredTLSContext:
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)  # an empty context: no file is read

    def __init__(self, **settings: Any) -> None:
        self._settings = settings
        self._built: ssl.SSLContext | None = None
        self._alpn: list[str] | None = None
        self._lock = threading.Lock()
        if not settings["verify"]:
            self.check_hostname = False
            self.verify_mode = ssl.CERT_NONE

    def build(self) -> ssl.SSLContext:
        """The real context, built by the first caller (the one place the deferred loading happens)."""
        built = self._built
        if built is not None:
            return built
        with self._lock:
            if self._built is None:
                try:
                    built = make_ssl_context(**self._settings)
                except OSError as exc:  # ssl.SSLError too: readable, but not a certificate or key
                    files = ", ".join(f"{k}={v}" for k, v in self._settings.items() if k in _FILES and v)
                    raise ConfigurationError(f"cannot load the TLS files ({files}): {exc}") from None
                if self._alpn is not None:
                    built.set_alpn_protocols(self._alpn)
                self._built = built
            return self._built

    def set_alpn_protocols(self, alpn_protocols: Any) -> None:
        self._alpn = list(alpn_protocols)
        if self._built is not None:
            self._built.set_alpn_protocols(self._alpn)

    def wrap_socket(self, sock: Any, *args: Any, **kwargs: Any) -> Any:
        return self.build().wrap_socket(sock, *args, **kwargs)

    def wrap_bio(self, incoming: Any, outgoing: Any, *args: Any, **kwargs: Any) -> Any:
        return self.build().wrap_bio(incoming, outgoing, *args, **kwargs)

    def __repr__(self) -> str:
        state = "loaded" if self._built is not None else "not loaded yet"
        return f"<DeferredTLSContext verify={self._settings['verify']} ({state})>"


_shared: dict[tuple[Any, ...], DeferredTLSContext] = {}
_shared_lock = threading.Lock()


def _identity(path: str | None) -> tuple[int, int, int] | None:
    """A file's identity (inode, size, mtime) for the key of the shared context: a renewed proxy is a new one."""
    if not path:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None  # checked just before; gone since: the build says so
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def tls_context(
    *,
    verify: bool = True,
    ca_dir: str | None = None,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
    ca_dir_source: str = "ca_dir",
    ca_file_source: str = "ca_file",
    cert_source: str = "cert_file",
) -> ssl.SSLContext:
    """The TLS context of a client being constructed, as `make_ssl_context` would build it, loaded on first use.

    The given files (CA directory and file, client certificate and key) are loaded now into a context without
    the system CAs, so that every problem with them is a ConfigurationError at construction, naming the file
    and its source; only the system CAs wait for the first handshake.
    """
    settings: dict[str, Any] = {
        "verify": verify, "ca_dir": ca_dir, "ca_file": ca_file, "cert_file": cert_file, "key_file": key_file,
        "ca_dir_source": ca_dir_source, "ca_file_source": ca_file_source, "cert_source": cert_source,
    }  # fmt: skip
    if ca_dir or ca_file or cert_file or key_file:
        make_ssl_context(**settings, system_cas=False)
    key = (*settings.values(), _identity(ca_file), _identity(cert_file), _identity(key_file))
    with _shared_lock:
        context = _shared.get(key)
        if context is None:
            if len(_shared) >= _MAX_SHARED:
                _shared.pop(next(iter(_shared)))
            context = _shared[key] = DeferredTLSContext(**settings)
    return context


def loaded_tls_context(context: Any) -> Any:
    """`context` with its files loaded now, for a transport that must not meet a loading error mid-handshake
    (asyncio's SSL protocol would only log it); anything else is returned as it is."""
    return context.build() if isinstance(context, DeferredTLSContext) else context
