"""The systems the command line knows, described without importing them (so `sciclients --help` stays cheap)."""

from __future__ import annotations

import attrs

__all__ = ["SystemEntry", "SYSTEMS"]


@attrs.frozen
class SystemEntry:
    name: str
    module: str  # the system's package, imported only when one of its commands runs or its help is shown
    client: str  # the blocking typed client class in that package
    help: str
    environment: str  # the variables the client reads, for the help text


SYSTEMS: dict[str, SystemEntry] = {
    entry.name: entry
    for entry in (
        SystemEntry(
            "agave",
            "sciclients.agave",
            "Agave",
            "Agave jobs v2 (TACC): list, search, inspect and manage jobs and their outputs.",
            "TAPIS_BASE_URL, TAPIS_TOKEN (or agavepy's cache ~/.agave/current, AGAVE_CACHE_DIR), "
            "TAPIS_REFRESH_TOKEN, TAPIS_API_KEY, TAPIS_API_SECRET",
        ),
        SystemEntry(
            "jdma",
            "sciclients.jdma",
            "Jdma",
            "JDMA (CEDA/JASMIN data migration): batches, requests, files, archives, storage.",
            "JDMA_API_URL, JDMA_USER (else USER), JDMA_VERIFY",
        ),
        SystemEntry(
            "panda",
            "sciclients.panda",
            "Panda",
            "PanDA (ATLAS workload management, REST API v1): tasks, jobs, statistics and more.",
            "PANDA_URL_SSL, PANDA_AUTH, PANDA_AUTH_VO, PANDA_AUTH_ID_TOKEN (or OIDC_AUTH_TOKEN_FILE, "
            "panda-client's token cache), X509_USER_PROXY, X509_CERT_DIR, PANDA_VERIFY_HOST",
        ),
        SystemEntry(
            "poms",
            "sciclients.poms",
            "Poms",
            "POMS (Fermilab production operations): campaigns, stages, submissions, launches.",
            "POMS_URL (or client.cfg, POMS_CLIENT_DIR), EXPERIMENT, BEARER_TOKEN_FILE, X509_USER_PROXY, X509_CERT_DIR",
        ),
    )
}
