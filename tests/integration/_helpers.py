"""Building blocks shared by the integration tests: clients per identity, tasks and jobs made like the real thing."""

from __future__ import annotations

import itertools
import json
import os
import time
from typing import Any

from sciclients.panda import Panda

_counter = itertools.count(1)
RUN_TAG = f"{os.getpid()}{int(time.time()) % 100000}"


def unique(prefix: str) -> str:
    return f"{prefix}{RUN_TAG}.{next(_counter)}"


def client(server: Any, identity: str, **options: Any) -> Panda:
    # The wrapper presents each port's identity as mod_ssl/mod_gridsite would: the client sends no credentials.
    return Panda(base_url=server.url(identity), auth="none", **options)


def task_parameters(user_name: str) -> dict[str, Any]:
    """A small analysis task, as prun would send it (the keys JEDI's task refiner reads)."""
    name = unique("user.sciuser.sciclients.")
    return {
        "taskName": name + "/",
        "userName": user_name,
        "vo": "atlas",
        "prodSourceLabel": "user",
        "taskType": "anal",
        "processingType": "panda-client-2.2.0-jedi-run",
        "taskPriority": 1000,
        "architecture": "",
        "transUses": "",
        "transHome": None,
        "transPath": "https://pandaserver.invalid/trf/user/runGen-00-00-02",
        "site": None,
        "noInput": True,
        "nEvents": 10,
        "nEventsPerJob": 1,
        "log": {"type": "template", "param_type": "log", "container": name + ".log/", "dataset": name + ".log/",
                "value": name + ".log.$JEDITASKID.${SN}.log.tgz"},
        "jobParameters": [{"type": "constant", "value": "-j \"\" --sourceURL https://127.0.0.1"}],
    }  # fmt: skip


def make_task_visible(server: Any, task_id: int, user_name: str, status: str = "running") -> None:
    """Do what JEDI's task refiner would (JEDI does not run here): create the JEDI_Tasks row of a submitted task and
    copy its parameters from DEFT's T_Task into JEDI_TaskParams."""
    name = server.sql(f"SELECT taskname FROM doma_deft.t_task WHERE taskid = {int(task_id)}")[0][0]
    server.sql(
        "INSERT INTO doma_panda.jedi_tasks (jeditaskid, taskname, status, username, creationdate, modificationtime, "
        "vo, prodsourcelabel, tasktype, processingtype, workqueue_id, currentpriority, taskpriority, attemptnr, "
        "gshare, lockedby) VALUES "
        f"({int(task_id)}, '{name}', '{status}', '{user_name}', now(), now(), 'atlas', 'user', 'anal', "
        "'panda-client-2.2.0-jedi-run', 1, 1000, 1000, 0, 'User Analysis', NULL) "
        f"ON CONFLICT (jeditaskid) DO UPDATE SET status = '{status}', modificationtime = now()"
    )
    server.sql(
        "INSERT INTO doma_panda.jedi_taskparams (jeditaskid, taskparams) "
        f"SELECT taskid, jedi_task_parameters FROM doma_deft.t_task WHERE taskid = {int(task_id)} "
        "ON CONFLICT (jeditaskid) DO NOTHING"
    )


def submit_visible_task(server: Any, user_name: str) -> int:
    """A task submitted by the ordinary user and made visible as JEDI would make it (status running)."""
    with client(server, "user") as panda:
        task_id = panda.task.submit(task_parameters(user_name))
    make_task_visible(server, task_id, user_name)
    return task_id


def job_json(site: str = "SCICLIENTS_QUEUE", label: str = "user", task_id: int | None = None) -> list[Any]:
    """One job in the positional form job/submit takes, built with panda-client's own JobSpec/FileSpec."""
    from pandaclient.FileSpec import FileSpec
    from pandaclient.JobSpec import JobSpec

    job = JobSpec()
    job.jobDefinitionID = 1
    job.jobName = unique("sciclients-integration-")
    job.transformation = "https://pandaserver.invalid/trf/user/runGen-00-00-02"
    job.prodSourceLabel = label
    job.computingSite = site
    job.destinationDBlock = unique("user.sciuser.out.") + "/"
    job.prodDBlock = "user.sciuser.in/"
    job.jobParameters = "echo hello"
    job.currentPriority = 1000
    job.assignedPriority = 1000
    job.cmtConfig = "x86_64-el9-gcc13-opt"
    if task_id is not None:
        job.jediTaskID = task_id
    log = FileSpec()
    log.lfn = job.jobName + ".log.tgz"
    log.type = "log"
    log.dataset = job.destinationDBlock
    log.destinationDBlock = job.destinationDBlock
    job.addFile(log)
    return job.dump_to_json_serializable()


def jobs_text(*jobs: list[Any]) -> str:
    return json.dumps(list(jobs))


def wait_for_job_status(panda: Panda, panda_id: int, wanted: str = "failed", timeout: float = 30) -> str:
    """The server brokers a new job in a background thread; without a configured queue it fails the job there.
    job/get_status only sees it after that (it answers "unknown" while the job is still being defined)."""
    deadline = time.monotonic() + timeout
    status = ""
    while time.monotonic() < deadline:
        status = panda.job.get_status([panda_id])[0].status
        if status == wanted:
            return status
        time.sleep(0.2)
    return status
