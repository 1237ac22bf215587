"""Running panda-client 2.2.0's `pandaclient.Client` and `sciclients.panda.Client` against one loopback server.

The server is `tests.support.panda_fake.FakePanda` (panda-server 1.0.4's request handling: argument checks,
envelope, repr unless JSON is asked for, 403 for unknown functions) plus the legacy endpoints and the static
cache. `Side.answer(mode)` makes every function answer a success or a refusal (`success: false`) from the tables
below; `Side.unreachable()` points both clients at a closed loopback port. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import base64
import importlib
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tests.support.panda_fake import Answer, Failure, FakePanda, Recorded


def _jwt(claims: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256'})}.{part(claims)}.c2ln"


TOKEN = _jwt({"exp": int(time.time()) + 86400, "sub": "u", "name": "jANE van doe", "groups": ["atlas"],
              "preferred_username": "jdoe"})  # fmt: skip

JOB = {"PandaID": 11, "jobStatus": "running", "attemptNr": 2, "jediTaskID": 5, "computingSite": "CERN",
       "creationTime": {"__datetime__": "2026-11-22T22:22:10"}, "notASlot": "dropped",
       "Files": [{"lfn": "a.root", "type": "input", "fsize": 10}, {"lfn": "log.tgz", "type": "log"}]}  # fmt: skip

# Per v1 path: what a success answers (`data`, or Answer(data, message) where the server sends a message).
SUCCESS: dict[str, Any] = {
    "/api/v1/system/is_alive": Answer(None, "alive"),
    "/api/v1/system/get_attributes": {"parameters": {}, "environment": {"GRST_CRED_0": "VOMS /atlas", "PATH": "/b"}},
    "/api/v1/task/get_status": "running",
    "/api/v1/task/kill": Answer(0, "command=kill is registered"),
    "/api/v1/task/finish": Answer(0, "command=finish is registered"),
    "/api/v1/task/pause": Answer(0, "paused"),
    "/api/v1/task/resume": Answer(0, "resumed"),
    "/api/v1/task/reactivate": Answer(0, "reactivated"),
    "/api/v1/task/reload_input": Answer(0, "reloaded"),
    "/api/v1/task/increase_attempts": Answer(0, "increased"),
    "/api/v1/task/retry": Answer(0, "command=retry is registered"),
    "/api/v1/task/submit": Answer(123, "succeeded. new jediTaskID=123"),
    "/api/v1/task/get_task_parameters": {"taskName": "user.jdoe.t", "nFiles": 3},
    "/api/v1/task/get_details": {"status": "running", "PandaID": [11, 12], "creationDate": "2026-11-01"},
    "/api/v1/task/get_tasks_modified_since": {"7": {"jediTaskID": 5, "status": "done"}},
    "/api/v1/task/get_tasks_detailed_info_since": [{"jediTaskID": 5, "status": "done"}, {"jediTaskID": 6}],
    "/api/v1/task/get_job_ids": [11, 12],
    "/api/v1/task/get_job_descriptions": [{"PandaID": 11, "jobStatus": "failed"}],
    "/api/v1/task/get_detailed_info": {
        "jediTaskID": 5,
        "status": "done",
        "modificationTime": {"__datetime__": "2026-11-22T22:22:10.5"},
    },
    "/api/v1/task/get_parent_detailed_info": {"jediTaskID": 4, "status": "done"},
    "/api/v1/task/get_datasets_and_files": [{"dataset": {"datasetName": "d1"}, "files": [{"lfn": "f1"}]}],
    "/api/v1/job/get_description": [JOB, None],
    "/api/v1/job/get_description_incl_archive": [JOB],
    "/api/v1/job/kill": [True, False],
    "/api/v1/job/set_debug_mode": None,
    "/api/v1/job/submit": [[11, 1, {"jobsetID": 3}]],
    "/api/v1/job/get_metadata_for_analysis_jobs": {"11": {"events": 10}},
    "/api/v1/event/get_event_range_statuses": {"11": {"r1": {"status": "finished"}}},
    "/api/v1/event/update_event_ranges": {"Returns": [True], "Command": None, "StatusCode": 0},
    "/api/v1/creds/get_user_secrets": json.dumps({"k": "v"}),
    "/api/v1/creds/set_user_secrets": Answer(None, "OK"),
    "/api/v1/file_server/validate_cache_file": Answer(None, "FOUND:cachehost.example:sources.old.tar.gz"),
    "/api/v1/file_server/upload_cache_file": None,
    "/api/v1/file_server/upload_file_recovery_request": {"logFileURL": "https://h/cache/jedilog/x.log"},
    "/api/v1/workflow/submit_workflow_raw_request": {"workflow_id": 42},
}
# Per v1 path: a refusal (`success: false`) with the server's message and, where it sends one, its data.
REFUSAL: dict[str, tuple[str, Any]] = {
    "/api/v1/task/retry": ("task not found", 2),
    "/api/v1/task/submit": ("task name already used", 2),
    "/api/v1/file_server/validate_cache_file": ("NOTFOUND", None),
    "/api/v1/file_server/upload_cache_file": ("ERROR: cannot overwrite file", None),
}
DEFAULT_REFUSAL = ("not the task owner or no production role", None)

# The legacy endpoints and the static cache: (status, body) per mode.
LEGACY: dict[str, dict[str, tuple[int, str]]] = {
    "/server/panda/relay_idds_command": {"success": (200, json.dumps([True, {"request_id": 7}])),
                                         "refusal": (200, json.dumps([False, "no such request"]))},
    "/server/panda/execute_idds_workflow_command": {"success": (200, json.dumps([True, [0, "done"]])),
                                                   "refusal": (200, json.dumps([False, "not the owner"]))},
    "/server/panda/put_workflow_request": {"success": (200, json.dumps([True, {"status": True, "log": "ok"}])),
                                           "refusal": (200, json.dumps([False, "bad workflow"]))},
    "/server/panda/putEventPickingRequest": {"success": (200, "True"), "refusal": (200, "ERROR : no events")},
    "/cache/sources.abc.tar.gz": {"success": (200, "cached-file-content"), "refusal": (404, "not found")},
}  # fmt: skip

# Requests of 2.2.0 that panda-server's own checks reject (wrong JSON type): the fake gives them the scripted
# answer of the mode instead, so that both clients get the same answer (ours sends what the server reads).
SCRIPTED = {"/api/v1/event/update_event_ranges"}

ENVIRONMENT = {
    "PANDA_BEHIND_REAL_LB": "1",  # 2.2.0 otherwise resolves and rewrites the host names
    "PANDA_AUTH": "oidc",
    "PANDA_AUTH_VO": "atlas:production",  # the production role, which several functions need
    "PANDA_AUTH_ID_TOKEN": TOKEN,
    "PANDA_CONFIG_ROOT": "/nonexistent",
    "PANDA_VERIFY_HOST": "off",
}


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there once the socket is closed


class Side:
    """Both modules, the fake server and the mode it answers in."""

    def __init__(self) -> None:
        self.fake = FakePanda(tokens={TOKEN})
        self.mode = "success"
        for path, ops in self.fake._routes.items():
            for op in ops.values():
                self.fake.handlers[op["operationId"]] = self._handler(path)
        for path in LEGACY:
            self.fake.extra_routes[path] = self._legacy(path)
        self.fake.start()
        self.closed_url = _closed_port_url()
        base = self.base(self.fake.url)
        os.environ.update({**ENVIRONMENT, "PANDA_URL_SSL": base, "PANDA_URL": base, "PANDACACHE_URL": base})
        # 2.2.0 reads its configuration when imported: load it only now, against the loopback server.
        self.legacy = importlib.reload(importlib.import_module("pandaclient.Client"))
        self.ours = importlib.import_module("sciclients.panda.Client")

    @staticmethod
    def base(url: str) -> str:
        return f"{url}/server/panda"

    def _handler(self, path: str) -> Callable[[dict[str, Any], Recorded], Any]:
        def handle(_args: dict[str, Any], _rec: Recorded) -> Any:
            if self.mode == "refusal":
                raise Failure(*REFUSAL.get(path, DEFAULT_REFUSAL))
            return SUCCESS.get(path)

        return handle

    def _legacy(self, path: str) -> Callable[[Recorded], tuple[int, str, str]]:
        def handle(_rec: Recorded) -> tuple[int, str, str]:
            status, body = LEGACY[path][self.mode]
            return status, body, "text/plain"

        return handle

    def script(self) -> None:
        """Queue the mode's answer for the SCRIPTED paths (one request)."""
        for path in SCRIPTED:
            if self.mode == "refusal":
                envelope = {"success": False, "message": DEFAULT_REFUSAL[0], "data": None}
            else:
                envelope = {"success": True, "message": "", "data": SUCCESS[path]}
            self.fake.faults[path] = [(200, json.dumps(envelope), {})]

    def point(self, url: str) -> None:
        """Both modules to `url` (their module-level bases, as useIntrServer/setCacheServer change them)."""
        base = self.base(url)
        self.legacy.baseURL = self.legacy.baseURLSSL = self.legacy.baseURLCSRVSSL = base
        self.legacy.server_base_path_ssl = self.legacy.cache_base_path_ssl = f"{url}/api/v1"
        self.ours.baseURL = self.ours.baseURLSSL = self.ours.baseURLCSRVSSL = base
        self.ours._forget_clients()

    def answer(self, mode: str) -> None:
        self.mode = mode
        self.point(self.fake.url)

    def unreachable(self) -> None:
        self.point(self.closed_url)

    def close(self) -> None:
        self.ours._forget_clients()
        self.fake.stop()


@contextmanager
def side_by_side() -> Iterator[Side]:
    saved = dict(os.environ)
    side = Side()
    try:
        yield side
    finally:
        side.close()
        os.environ.clear()
        os.environ.update(saved)


def comparable(value: Any) -> Any:
    """A value with spec objects (2.2.0's JobSpec/FileSpec and ours) replaced by what reading them gives."""
    if hasattr(value, "_attributes") and hasattr(value, "values"):
        files = [comparable(f) for f in getattr(value, "Files", [])] if hasattr(value, "Files") else None
        return ("spec", tuple(value._attributes), value.values(), files)
    if isinstance(value, tuple):
        return tuple(comparable(v) for v in value)
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    return value


def outcome(call: Callable[[], Any]) -> Any:
    """What a call gives: its comparable return value, or how it ended when it did not return."""
    try:
        return ("returned", comparable(call()))
    except SystemExit as exc:
        return ("exited", exc.code)
