"""The shared core: configuration, auth, transport, retries, errors, logging and redaction.

It knows no system; each of `sciclients.panda`, `.jdma`, `.poms` and `.agave` builds on it.
"""

from sciclients._redaction import redact, register_secret

from ._args import (
    NOT_GIVEN,
    NotGiven,
    check_bool,
    check_choice,
    check_fields,
    check_file,
    check_id,
    check_ids,
    check_int,
    check_mapping,
    check_number,
    check_path_value,
    check_str,
    check_str_list,
)
from ._auth import StaticToken, TokenAuth, TokenSource, make_ssl_context
from ._config import DEFAULT_TIMEOUT, check_transport, coerce_timeout, env, env_flag, first_set, is_loopback
from ._http import AsyncHTTP, HTTPOptions, SyncHTTP, default_error_message
from ._json import loads
from ._logging import logger, setup_logging
from ._operation import AsyncMode, Call, Resource, SyncMode, build_call, operation
from ._runner import AsyncRunner, SyncRunner
from ._tls import tls_context

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "check_bool",
    "check_choice",
    "check_fields",
    "check_file",
    "check_path_value",
    "check_id",
    "check_ids",
    "check_int",
    "check_mapping",
    "check_number",
    "check_str",
    "check_str_list",
    "AsyncHTTP",
    "AsyncMode",
    "AsyncRunner",
    "Call",
    "DEFAULT_TIMEOUT",
    "HTTPOptions",
    "Resource",
    "StaticToken",
    "SyncHTTP",
    "SyncMode",
    "SyncRunner",
    "TokenAuth",
    "TokenSource",
    "build_call",
    "check_transport",
    "coerce_timeout",
    "default_error_message",
    "env",
    "env_flag",
    "first_set",
    "is_loopback",
    "loads",
    "logger",
    "make_ssl_context",
    "operation",
    "redact",
    "register_secret",
    "setup_logging",
    "tls_context",
]
