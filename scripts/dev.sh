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

# Other Pythons users have: the suite outside tests/integration (the real server needs the main run's set-up),
# tests/specs and tests/test_quality.py (generation, ruff and mypy do not depend on the Python that runs them).
OTHER_PYTHONS=${SCICLIENTS_OTHER_PYTHONS-3.12 3.13}  # SCICLIENTS_OTHER_PYTHONS="" runs none

find_python() {  # the interpreter for version $1: on PATH, else pyenv's newest of that version; none: empty
  local candidate
  for candidate in "python$1" $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/"python$1" 2>/dev/null | sort -V | tail -n 1); do
    if "$candidate" -c 'import sys' >/dev/null 2>&1; then
      echo "$candidate"
      return
    fi
  done
}

other_pythons() {  # returns 1 if the suite failed on any of them
  local version python pids="" failed=0 logs
  logs=$(mktemp -d)
  for version in $OTHER_PYTHONS; do
    python=$(find_python "$version")
    if [ -z "$python" ]; then
      echo "note: Python $version is not on this machine; its run is skipped"
      continue
    fi
    # Chained with &&: errexit does not apply inside a function called from an `||` list.
    (
      venv=".venv-py$version"
      { [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"; } &&
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade -e '.[dev]' httpx &&
        "$venv/bin/python" -m pytest -q -p no:cacheprovider --basetemp "$logs/tmp-$version" \
          --ignore tests/integration --ignore tests/specs --ignore tests/test_quality.py -m "not integration"
    ) >"$logs/$version.log" 2>&1 &
    pids="$pids $!:$version"
  done
  for entry in $pids; do
    if wait "${entry%%:*}"; then result=passed; else result=FAILED; failed=1; fi
    version=${entry#*:}
    echo "== Python $version (outside tests/integration): $result"
    if [ "$result" = FAILED ]; then cat "$logs/$version.log"; else tail -n 3 "$logs/$version.log"; fi
  done
  rm -rf "$logs"
  return "$failed"
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
    other_failed=0
    if [ "$#" -eq 0 ]; then
      # The whole run (CI): first the other Pythons, in parallel, so that the main run's closing line stays last.
      if ! other_pythons; then
        other_failed=1
        echo "error: the suite failed on another Python (above); the run fails whatever the main run says"
      fi
    fi
    status=0
    .venv/bin/python -m pytest "$@" || status=$?
    if [ "$status" -eq 0 ] && [ "$other_failed" -ne 0 ]; then
      status=1
    fi
    exit "$status"
    ;;
  *)
    echo "usage: bash scripts/dev.sh main|test [pytest args]" >&2
    exit 2
    ;;
esac
