"""The system CAs of a client TLS context, from OpenSSL's hashed CA directory when it holds them all.

`ssl.create_default_context()` parses the whole system CA bundle (about 150 certificates, a fifth of a
short-lived process's time to its first answer). OpenSSL's default CA directory, where a system keeps one
file per CA under its subject hash (`<hash>.0`, Debian, Ubuntu, Alpine, SUSE), gives the same trust and
is looked up lazily: a handshake reads only the certificates its chain needs. It is used only when it
holds at least as many CA certificates as the bundle (a partial directory, or none as on RHEL, would trust
less) and the bundle is OpenSSL's own default, not one chosen by `SSL_CERT_FILE`: then the bundle is loaded
as before.
"""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import Mapping

__all__ = ["system_ca_dir", "default_tls_context"]

_HASHED_CA = re.compile(r"[0-9a-f]{8}\.[0-9]+")  # `<subject hash>.<n>`: a CA (CRLs are `.r<n>`)
_PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"
_TRUSTED_CERTIFICATE = b"-----BEGIN TRUSTED CERTIFICATE-----"


def system_ca_dir(paths: ssl.DefaultVerifyPaths, environ: Mapping[str, str]) -> str | None:
    """OpenSSL's default CA directory if it can stand for the system CAs (see the module doc), else None."""
    if environ.get(paths.openssl_cafile_env):
        return None  # a bundle chosen on purpose: load it as it is
    directory = paths.capath
    if not directory:
        return None
    try:
        hashed = sum(1 for name in os.listdir(directory) if _HASHED_CA.fullmatch(name))
    except OSError:
        return None
    if hashed == 0:
        return None
    if paths.cafile:
        try:
            with open(paths.cafile, "rb") as bundle:
                text = bundle.read()
        except OSError:
            return None  # unreadable: let OpenSSL's own loading have its say
        if hashed < text.count(_PEM_CERTIFICATE) + text.count(_TRUSTED_CERTIFICATE):
            return None
    return directory


def default_tls_context() -> ssl.SSLContext:
    """`ssl.create_default_context()`, with the system CAs from the hashed directory when it stands for them."""
    directory = system_ca_dir(ssl.get_default_verify_paths(), os.environ)
    if directory is None:
        return ssl.create_default_context()
    return ssl.create_default_context(capath=directory)
