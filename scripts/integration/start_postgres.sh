#!/usr/bin/env bash
# Start a throw-away PostgreSQL on 127.0.0.1:$1 with its data in $2, a role `panda` and a database `panda_db`.
# Installs Debian's postgresql package first when no server binaries are found (needs root).
# The cluster listens on loopback only and trusts loopback connections; it lives until stop_postgres.sh.
set -euo pipefail

PORT="$1"
DATA="$2"

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

if ! BIN="$(find_bin)"; then
    if [[ "$(id -u)" != 0 ]]; then
        echo "PostgreSQL is not installed and installing it needs root" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(find_bin)"
fi

RUN_AS=()
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd -M -r -s /bin/sh postgres
    RUN_AS=(runuser -u postgres --)
fi

rm -rf "$DATA"
mkdir -p "$DATA"
if [[ "$(id -u)" == 0 ]]; then chown postgres "$DATA"; fi
"${RUN_AS[@]}" "$BIN/initdb" -D "$DATA/db" -U postgres -A trust -E UTF8 --no-locale >"$DATA/initdb.log" 2>&1
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA/db" -l "$DATA/postgres.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE panda LOGIN PASSWORD 'panda'" -c "CREATE DATABASE panda_db OWNER panda" >&2
echo "$BIN"
