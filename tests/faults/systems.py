"""The four systems as the fault scenarios see them: how to build a client, and a few calls of each.

A call names its HTTP method and path (what the fault server scripts), whether it is idempotent (may be
repeated), how to invoke it on a sync or async client, a valid answer and a check of the result.
Credentials here are fake values long enough to be registered as secrets; the suite greps for them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sciclients.agave import Agave, AsyncAgave
from sciclients.jdma import AsyncJdma, Jdma
from sciclients.panda import AsyncPanda, Panda
from sciclients.poms import AsyncPoms, Poms

from .server import Action, ok_json, redirect, reply

__all__ = ["SYSTEMS", "CALLS", "Call", "System", "TOKEN", "STORAGE_SECRET", "make_client", "call"]

TOKEN = "tok-FAULTSUITE-0123456789abcdef"  # a bearer token; must never appear in logs or errors
STORAGE_SECRET = "sk-FAULTSUITE-storage-secret-42"  # a JDMA storage-backend secret key
JDMA_ROOT = "/jdma_control/api/v1"
DOWNLOAD = b"job output line 1\njob output line 2\n"  # the file agave.jobs.download_output fetches


@dataclass(frozen=True)
class System:
    name: str
    sync: type[Any]
    asynchronous: type[Any]
    kwargs: Callable[[str], dict[str, Any]]  # base URL of the server -> constructor arguments
    root: str = ""  # path prefix of the API under the server URL


SYSTEMS: dict[str, System] = {
    "panda": System("panda", Panda, AsyncPanda, lambda url: {"base_url": url, "token": TOKEN, "vo": "atlas"}),
    "jdma": System("jdma", Jdma, AsyncJdma, lambda url: {"base_url": url + JDMA_ROOT, "user": "alice"}, JDMA_ROOT),
    "poms": System("poms", Poms, AsyncPoms, lambda url: {"base_url": url, "token": TOKEN, "experiment": "samdev"}),
    "agave": System("agave", Agave, AsyncAgave, lambda url: {"base_url": url, "token": TOKEN}),
}


def make_client(system: str, url: str, *, asynchronous: bool = False, **options: Any) -> Any:
    spec = SYSTEMS[system]
    cls = spec.asynchronous if asynchronous else spec.sync
    return cls(**spec.kwargs(url), **options)


@dataclass(frozen=True)
class Call:
    system: str
    name: str
    method: str
    path: str
    idempotent: bool
    invoke: Callable[[Any], Any]  # client -> result (sync) or awaitable (async)
    answer: Callable[[str], Action]  # server URL -> a valid answer
    check: Callable[[Any], bool]  # the result of a valid answer

    @property
    def label(self) -> str:
        return f"{self.system}.{self.name}"


def _panda(data: Any) -> Callable[[str], Action]:
    return lambda _url: ok_json({"success": True, "message": "", "data": data}, content_type="text/plain")


def _agave(result: Any, status_code: int = 200) -> Callable[[str], Action]:
    envelope = {"status": "success", "message": None, "version": "2.2.27", "result": result}
    return lambda _url: ok_json(envelope, status_code)


_JOB = {"id": "j-1", "name": "fault", "appId": "app-1.0", "status": "PENDING"}
_UPLOAD_ACCEPTED = {
    "name": "alice", "workspace": "gws1", "filelist": ["/gws/gws1/a"], "label": None, "request_type": 0,
    "storage": "objectstore", "error": "", "request_id": 11, "batch_id": 21, "stage": 0,
    "registered_date": "2024-11-20T10:02:11",
}  # fmt: skip
_REQUESTS = {"requests": [{"request_id": 3, "user": "alice", "request_type": 0, "migration_id": 7, "label": "run1",
                           "workspace": "gws1", "storage": "elastictape", "stage": 9,
                           "date": "2024-11-20T10:02:11.254311"}]}  # fmt: skip


_DELETED = {"tl": None, "last_activity": "", "data": None,
            "msg": "Campaign named demo with campaign_id 5 and related CampagnStages were deleted."}  # fmt: skip


def _launch(url: str) -> Action:
    where = f"{url}/poms/list_launch_file/samdev/analysis?campaign_stage_id=1&fname=20240502_101500_alice_5000"
    return redirect(where, 303)


CALLS: dict[str, Call] = {
    c.label: c
    for c in [
        Call("panda", "task.get_status", "GET", "/api/v1/task/get_status", True,
             lambda c: c.task.get_status(1), _panda("running"), lambda r: r == "running"),
        Call("panda", "task.submit", "POST", "/api/v1/task/submit", False,
             lambda c: c.task.submit({"taskName": "user.alice.fault"}), _panda(123), lambda r: r == 123),
        Call("panda", "task.kill", "POST", "/api/v1/task/kill", False,
             lambda c: c.task.kill(1), _panda(0), lambda r: r.code == 0),
        Call("panda", "job.get_status", "GET", "/api/v1/job/get_status", True,
             lambda c: c.job.get_status([1]), _panda([{"status": "running", "command": "NULL"}]),
             lambda r: r[0].status == "running"),
        Call("panda", "job.kill", "POST", "/api/v1/job/kill", False,
             lambda c: c.job.kill([1, 2]), _panda([True, True]), lambda r: r == [True, True]),
        Call("jdma", "user.get", "GET", JDMA_ROOT + "/user", True,
             lambda c: c.user.get(), lambda _u: ok_json({"name": "alice", "email": "a@example.org", "notify": True}),
             lambda r: r.name == "alice"),
        Call("jdma", "requests.list", "GET", JDMA_ROOT + "/request", True,
             lambda c: c.requests.list(), lambda _u: ok_json(_REQUESTS), lambda r: r[0].request_id == 3),
        Call("jdma", "requests.upload", "POST", JDMA_ROOT + "/request", False,
             lambda c: c.requests.upload("gws1", ["/gws/gws1/a"], storage="objectstore",
                                         credentials={"access_key": "AK-fault", "secret_key": STORAGE_SECRET}),
             lambda _u: ok_json(_UPLOAD_ACCEPTED), lambda r: r.batch_id == 21),
        Call("poms", "campaigns.get_id", "POST", "/poms/get_campaign_id", True,
             lambda c: c.campaigns.get_id("alice demo"), lambda _u: ok_json(891), lambda r: r == 891),
        Call("poms", "campaigns.delete", "POST", "/poms/show_campaigns/samdev/analysis", False,
             lambda c: c.campaigns.delete("demo"), lambda _u: ok_json(_DELETED), lambda r: "were deleted" in r.msg),
        Call("poms", "campaign_stages.update", "POST", "/poms/update_campaign_stage", False,
             lambda c: c.campaign_stages.update(1, {"completion_pct": 90}),
             lambda _u: reply(200, b"Success", {"Content-Type": "text/html"}), lambda r: r is None),
        Call("poms", "launches.launch_campaign", "POST", "/poms/launch_campaign", False,
             lambda c: c.launches.launch_campaign(891), _launch, lambda r: r.submission_id == 5000),
        Call("poms", "launches.launch_stage", "POST", "/poms/launch_jobs", False,
             lambda c: c.launches.launch_stage(1), _launch, lambda r: r.submission_id == 5000),
        Call("agave", "jobs.get_status", "GET", "/jobs/v2/j-1/status", True,
             lambda c: c.jobs.get_status("j-1"), _agave({"id": "j-1", "status": "RUNNING"}),
             lambda r: r.status == "RUNNING"),
        Call("agave", "jobs.submit", "POST", "/jobs/v2/", False,
             lambda c: c.jobs.submit({"name": "fault", "appId": "app-1.0"}), _agave(_JOB, 201),
             lambda r: r.id == "j-1"),
        Call("agave", "jobs.download_output", "GET", "/jobs/v2/j-1/outputs/media/out/data.txt", True,
             lambda c: c.jobs.download_output("j-1", "out/data.txt", io.BytesIO()),
             lambda _u: reply(200, DOWNLOAD, {"Content-Type": "application/octet-stream"}),
             lambda r: r == len(DOWNLOAD)),
        Call("agave", "jobs.manage(stop)", "POST", "/jobs/v2/j-1", False,
             lambda c: c.jobs.manage("j-1", {"action": "stop"}), _agave(None), lambda r: r is None),
    ]
}  # fmt: skip


async def _await(value: Any) -> Any:
    return await value


def call(
    c: Call, url: str, *, asynchronous: bool, times: int = 1, invoke: Callable[[Any], Any] | None = None,
    **options: Any,
) -> Any:  # fmt: skip
    """Run `c` (or `invoke`) `times` times on one fresh client (sync, or async in its own event loop) and return
    the last result; an earlier call may fail with a sciclients error."""
    import asyncio

    from sciclients import errors

    run_once = invoke or c.invoke
    if not asynchronous:
        with make_client(c.system, url, **options) as client:
            for _ in range(times - 1):
                try:
                    run_once(client)
                except errors.SciClientsError:
                    pass
            return run_once(client)

    async def run() -> Any:
        async with make_client(c.system, url, asynchronous=True, **options) as client:
            for _ in range(times - 1):
                try:
                    await run_once(client)
                except errors.SciClientsError:
                    pass
            return await run_once(client)

    return asyncio.run(run())
