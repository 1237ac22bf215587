"""Look at one of your PanDA tasks with the typed client (type-checked with `mypy --strict` in the tests).

PANDA_AUTH=oidc PANDA_AUTH_VO=atlas PANDA_AUTH_ID_TOKEN=... python examples/panda_typed.py 12345
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from typing import Any

from sciclients import errors
from sciclients.panda import CommandResult, Panda


def report(panda: Panda, task_id: int) -> dict[str, Any]:
    panda.system.is_alive()
    status: str = panda.task.get_status(task_id)
    details = panda.task.get_details(task_id, include_status=True)
    parameters: dict[str, Any] = panda.task.get_task_parameters(task_id)
    job_ids: list[int] = panda.task.get_job_ids(task_id)
    jobs: list[dict[str, Any] | None] = panda.job.get_description(job_ids[:100]) if job_ids else []
    statuses = panda.job.get_status(job_ids[:100]) if job_ids else []
    recent: dict[str, dict[str, Any]] = panda.task.get_tasks_modified_since(datetime.now() - timedelta(days=7))
    secrets: dict[str, str] = panda.creds.get_user_secrets()
    sites: dict[str, Any] = panda.metaconfig.get_site_specs("analysis")
    return {
        "status": status,
        "details": details.to_dict(),
        "task_name": parameters.get("taskName"),
        "jobs": len([job for job in jobs if job is not None]),
        "running": sum(1 for s in statuses if s.status == "running"),
        "recent_tasks": len(recent),
        "secrets": sorted(secrets),
        "sites": len(sites),
    }


def finish_if_stuck(panda: Panda, task_id: int) -> CommandResult | None:
    try:
        if panda.task.get_status(task_id) == "running":
            return panda.task.finish(task_id, soft=True)
    except errors.NotFoundError:
        print(f"task {task_id} does not exist", file=sys.stderr)
    return None


def main(argv: list[str]) -> int:
    task_id = int(argv[1])
    try:
        with Panda() as panda:
            print(report(panda, task_id))
            print(finish_if_stuck(panda, task_id))
    except errors.APIStatusError as exc:
        print(f"PanDA refused: [{exc.status_code}] {exc.server_message}", file=sys.stderr)
        return 1
    except errors.SciClientsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
