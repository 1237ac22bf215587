"""The campaigns of a POMS experiment, with the id looked up back from each name.

EXPERIMENT=samdev BEARER_TOKEN_FILE=/run/user/$UID/bt_u$UID python examples/poms_campaigns.py
python scripts/mock.py poms -- python examples/poms_campaigns.py     # against a local mock
"""

from __future__ import annotations

import sys

from sciclients import errors
from sciclients.poms import Poms


def main(argv: list[str]) -> int:
    experiment = argv[1] if len(argv) > 1 else "samdev"
    try:
        with Poms() as poms:  # configured from POMS_URL, EXPERIMENT and BEARER_TOKEN_FILE (or an X.509 proxy)
            listing = poms.campaigns.show(experiment=experiment)
            print(f"{len(listing.tl)} campaign(s) in {listing.experiment} as {listing.role}")
            for campaign in listing.tl:
                state = "active" if campaign.active else "inactive"
                print(f"campaign {campaign.campaign_id}: {campaign.name} ({state})")
                print(f"  id by name: {poms.campaigns.get_id(campaign.name, experiment=experiment)}")
    except errors.APIStatusError as exc:
        print(f"POMS refused: [{exc.status_code}] {exc.server_message or exc}", file=sys.stderr)
        return 1
    except errors.SciClientsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
