#!/usr/bin/env bash
# Set up a fresh machine from the project's own files, then run the main job or the tests.
#   bash scripts/dev.sh main   -> validate every spec and regenerate every client
#   bash scripts/dev.sh test   -> run every test
set -euo pipefail
cd "$(dirname "$0")/.."

setup() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  # The generator (openapi-python-client, which caps httpx) used to live here; it has its own environment now.
  if .venv/bin/python -c 'import openapi_python_client' 2>/dev/null; then
    .venv/bin/python -m pip uninstall --quiet --yes openapi-python-client
  fi
  # The package with the newest httpx it allows, as `pip install sciclients` gets it, and the dev tools.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[dev]' httpx
  # The generator in its own environment, every version pinned (scripts/generate.py runs it from there).
  if [ ! -x .venv-gen/bin/python ]; then
    python3 -m venv .venv-gen
  fi
  if [ ! -f .venv-gen/installed ] || [ scripts/generator-requirements.txt -nt .venv-gen/installed ]; then
    .venv-gen/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/generator-requirements.txt
    cp scripts/generator-requirements.txt .venv-gen/installed
  fi
  # Prism (contract-test mock) and Spectral (lint), pinned by package.json and package-lock.json.
  if [ ! -x node_modules/.bin/prism ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

case "${1:-}" in
  main)
    setup
    .venv/bin/python scripts/validate.py
    .venv/bin/python scripts/generate.py
    ;;
  test)
    setup
    shift
    .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash scripts/dev.sh main|test [pytest args]" >&2
    exit 2
    ;;
esac
