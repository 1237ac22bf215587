#!/usr/bin/env bash
# Install panda-server 1.0.4 from PyPI into its own virtualenv, cached under ~/.cache/sciclients.
#
# The package is installed without its declared dependencies, then the ones its WSGI entry point imports
# are: the declared list also names mod_wsgi, which needs Apache's apxs to build and is not used here
# (serve_panda.py serves the application), and scipy, cwl-utils and bs4, which the entry point does not import. The sdist's build hook needs a user `atlpan` and a group `zp` (when
# building as root) and creates $VENV/var/log/panda; DISABLE_MM stops its chat notification.
# Prints the virtualenv's path on its last line. Idempotent: a finished install is reused.
set -euo pipefail

VERSION=1.0.4
CACHE="${SCICLIENTS_CACHE:-$HOME/.cache/sciclients}"
VENV="$CACHE/panda-server-$VERSION"
STAMP="$VENV/.sciclients-complete"
PYTHON="${PANDA_SERVER_PYTHON:-python3}"

if [[ -f "$STAMP" ]]; then
    echo "$VENV"
    exit 0
fi

if [[ "$(id -u)" == 0 ]]; then
    getent group zp >/dev/null || groupadd zp
    id atlpan >/dev/null 2>&1 || useradd -M -r -g zp -s /usr/sbin/nologin atlpan
elif ! id atlpan >/dev/null 2>&1; then
    echo "panda-server's build needs a user 'atlpan'; run as root or create it" >&2
    exit 1
fi

rm -rf "$VENV"
mkdir -p "$CACHE"
"$PYTHON" -m venv "$VENV"
export DISABLE_MM=1
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps "panda-server==$VERSION" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "panda-common" "panda-client-light" "pyOpenSSL" "python-daemon" "pyyaml" "pyjwt" "requests" \
    "psutil>=5.4.8" "packaging" "werkzeug" "psycopg2-binary" "stomp.py" "rucio-clients" "polars" "numpy" \
    "ruamel.yaml" "idds-common" "idds-client" "idds-workflow>=1.1.0" "idds-doma" "idds-atlas" "snakemake>=9.14.5" >&2
"$VENV/bin/python" -c "import pandaserver, pandacommon, psycopg2, werkzeug, rucio, polars, idds, snakemake" >&2
touch "$STAMP"
echo "$VENV"
