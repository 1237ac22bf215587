"""List your JDMA batches in a group workspace and the requests that moved them.

JDMA_USER=alice python examples/jdma_batches.py gws1
python scripts/mock.py jdma -- python examples/jdma_batches.py gws1     # against a local mock
"""

from __future__ import annotations

import sys

from sciclients import errors
from sciclients.jdma import Jdma


def main(argv: list[str]) -> int:
    workspace = argv[1] if len(argv) > 1 else "gws1"
    try:
        with Jdma() as jdma:  # configured from JDMA_API_URL and JDMA_USER
            user = jdma.user.get()
            print(f"user {user.name} <{user.email}>")
            for batch in jdma.batches.list(workspace=workspace):
                print(f"batch {batch.migration_id}: {batch.label or '-'} {batch.stage.name} on {batch.storage}")
            for request in jdma.requests.list(workspace=workspace):
                print(f"request {request.request_id}: {request.request_type.name} of batch {request.migration_id}")
    except errors.APIStatusError as exc:
        print(f"JDMA refused: [{exc.status_code}] {exc.server_message or exc}", file=sys.stderr)
        return 1
    except errors.SciClientsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
