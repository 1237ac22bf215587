"""Run a Prism mock of one system's spec on 127.0.0.1 and print the environment that points the clients at it.

    .venv/bin/python scripts/mock.py panda               # prints `export ...` lines, serves until Ctrl-C
    .venv/bin/python scripts/mock.py jdma --port 4010    # a fixed port instead of a free one
    .venv/bin/python scripts/mock.py agave -- python examples/agave_jobs.py   # run a command against it, then stop

Prism answers every request with the examples of the spec (and refuses requests the spec does not allow),
so nothing here needs a real account. The credentials printed are placeholders for the mock only. The
mock listens on 127.0.0.1 and nowhere else.
"""

from __future__ import annotations

import argparse
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.prism import PRISM, free_port, relabel_json_text  # noqa: E402

SYSTEMS = ("panda", "jdma", "poms", "agave")
MOCK_TOKEN = "mock-token"  # a placeholder: Prism only checks that a credential is present


def environment(system: str, url: str, workdir: Path) -> dict[str, str]:
    """The variables the Python clients (and the `sciclients` command) read, pointed at the mock."""
    if system == "panda":
        return {
            "PANDA_URL_SSL": url,
            "PANDA_AUTH": "oidc",
            "PANDA_AUTH_VO": "atlas",
            "PANDA_AUTH_ID_TOKEN": MOCK_TOKEN,
        }
    if system == "jdma":
        # JDMA_API_URL is the API root (production: .../jdma_control/api/v1); Prism serves the spec's paths at /.
        return {"JDMA_API_URL": url, "JDMA_USER": "mockuser"}
    if system == "poms":
        token_file = workdir / "bearer-token"
        token_file.write_text(MOCK_TOKEN + "\n")
        return {"POMS_URL": url, "EXPERIMENT": "samdev", "BEARER_TOKEN_FILE": str(token_file)}
    if system == "agave":
        # An empty cache directory, so that no real agavepy cache (~/.agave/current) is read or refreshed.
        cache = workdir / "agave-cache"
        cache.mkdir(exist_ok=True)
        return {"TAPIS_BASE_URL": url, "TAPIS_TOKEN": MOCK_TOKEN, "AGAVE_CACHE_DIR": str(cache)}
    raise ValueError(f"unknown system {system!r}; expected one of {', '.join(SYSTEMS)}")


def mock_spec(system: str, workdir: Path) -> Path:
    """The spec Prism serves: PanDA's copy has its JSON-in-text/plain answers relabelled (see tests/support/prism)."""
    spec = ROOT / "specs" / f"{system}.yaml"
    if system != "panda":
        return spec
    relabelled = workdir / spec.name
    relabelled.write_text(yaml.safe_dump(relabel_json_text(yaml.safe_load(spec.read_text())), sort_keys=False))
    return relabelled


def start(spec: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    if not PRISM.exists():
        raise SystemExit("Prism is not installed: run `npm ci` (scripts/dev.sh does)")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"Prism exited:\n{log.read_text()[-2000:]}")
        try:
            httpx.get(url + "/", timeout=1)
            return proc
        except httpx.TransportError:
            if time.monotonic() > deadline:
                stop(proc)
                raise SystemExit("Prism did not start within 60 s") from None
            time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    if "--" in args:
        split = args.index("--")
        args, command = args[:split], args[split + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("system", choices=SYSTEMS)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.epilog = "After `--`, a command to run with the environment set; the mock stops when it ends."
    options = parser.parse_args(args)

    with tempfile.TemporaryDirectory(prefix=f"sciclients-mock-{options.system}-") as tmp:
        workdir = Path(tmp)
        port = options.port or free_port()
        proc = start(mock_spec(options.system, workdir), port, workdir / "prism.log")
        try:
            env = environment(options.system, f"http://127.0.0.1:{port}", workdir)
            if command:
                return subprocess.call(command, env={**os.environ, **env})
            for name, value in env.items():
                print(f"export {name}={shlex.quote(value)}")
            print(f"# Prism mock of specs/{options.system}.yaml on http://127.0.0.1:{port}; Ctrl-C stops it")
            sys.stdout.flush()
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            try:
                code = proc.wait()
            except KeyboardInterrupt:
                return 0
            print(f"Prism exited with code {code}", file=sys.stderr)
            return 1
        finally:
            stop(proc)


if __name__ == "__main__":
    sys.exit(main())
