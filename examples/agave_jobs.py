"""Your most recent Agave jobs, then the status, history and outputs of the newest one.

TAPIS_BASE_URL=https://api.tacc.utexas.edu TAPIS_TOKEN=... python examples/agave_jobs.py
python scripts/mock.py agave -- python examples/agave_jobs.py     # against a local mock
"""

from __future__ import annotations

import sys

from sciclients import errors
from sciclients.agave import Agave


def main() -> int:
    try:
        with Agave() as agave:  # configured from TAPIS_BASE_URL and TAPIS_TOKEN (or agavepy's cache)
            jobs = agave.jobs.list(limit=5)
            for job in jobs:
                print(f"{job.id}  {job.name}  {job.status}")
            newest = jobs[0].id if jobs else None
            if not isinstance(newest, str):
                return 0
            print(f"status of {newest}: {agave.jobs.get_status(newest).status}")
            for event in agave.jobs.get_history(newest, limit=5):
                print(f"  {event.created}  {event.status}  {event.description}")
            for output in agave.jobs.list_outputs(newest):
                print(f"  output {output.name} ({output.length} bytes)")
    except errors.APIStatusError as exc:
        print(f"Agave refused: [{exc.status_code}] {exc.server_message or exc}", file=sys.stderr)
        return 1
    except errors.SciClientsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
