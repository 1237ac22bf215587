#!/usr/bin/env bash
# Stop the cluster started by start_postgres.sh (arguments: its bin directory and data directory).
set -euo pipefail
BIN="$1"
DATA="$2"
if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA/db" -m fast -w stop >/dev/null
else
    "$BIN/pg_ctl" -D "$DATA/db" -m fast -w stop >/dev/null
fi
