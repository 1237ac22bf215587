"""The `sciclients` logger. `SCICLIENTS_LOG=info|debug` switches output to stderr on."""

from __future__ import annotations

import logging
import os

from sciclients._redaction import RedactingFilter
from sciclients.errors import ConfigurationError

__all__ = ["logger", "setup_logging"]

logger = logging.getLogger("sciclients")
# Every record of this logger is redacted before any handler, ours or the caller's, sees it.
logger.addFilter(RedactingFilter())
# So are those of the HTTP libraries underneath, whose DEBUG/INFO records hold URLs (a credential can be a query
# parameter). A filter applies to the records of its own logger only: each of their loggers gets one.
_LIBRARY_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2",
                    "httpcore.proxy", "httpcore.socks", "aiohttp.client", "aiohttp.internal")  # fmt: skip
for _name in _LIBRARY_LOGGERS:
    if not any(isinstance(f, RedactingFilter) for f in logging.getLogger(_name).filters):
        logging.getLogger(_name).addFilter(RedactingFilter())

_configured = False


def setup_logging() -> None:
    """Honour SCICLIENTS_LOG once per process (called when the first client is created)."""
    global _configured
    if _configured:
        return
    level = os.environ.get("SCICLIENTS_LOG", "").strip().lower()
    if level not in ("", "off", "debug", "info"):
        raise ConfigurationError(f"SCICLIENTS_LOG={level!r}: expected 'debug', 'info' or 'off' (or leave it unset)")
    _configured = True
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
