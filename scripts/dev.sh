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
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
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
