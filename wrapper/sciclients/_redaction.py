"""Redaction of credentials from anything sciclients logs, prints or puts in an exception."""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

__all__ = ["redact", "register_secret", "RedactingFilter", "MASK"]

MASK = "***"
_MIN_SECRET_LENGTH = 6
_secrets: set[str] = set()
_lock = threading.Lock()

_PATTERNS = [
    # Authorization headers and bearer tokens wherever they appear.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 " + MASK),
    # JSON web tokens (header.payload.signature, base64url).
    (re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"), MASK),
    # key=value, key: value and "key": "value" for secret-looking keys.
    (
        re.compile(
            r"""(?i)(["']?\b(?:[a-z_]*token|[a-z_]*secret|password|passwd|api_?key|authorization|refresh_token)"""
            r"""["']?\s*[:=]\s*["']?)([^"'\s,;&}]+)"""
        ),
        r"\1" + MASK,
    ),
    # PEM blocks: proxies, keys and certificates.
    (re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----.*?(?:-----END \1-----|\Z)", re.S), r"-----BEGIN \1----- " + MASK),
]


def register_secret(value: str | None) -> None:
    """Remember a credential value so that it is masked wherever it shows up later."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def redact(text: Any) -> Any:
    """Mask credentials in a string (other values are returned unchanged)."""
    if not isinstance(text, str) or not text:
        return text
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats a record's message once and masks credentials in it (and in any exception text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True
