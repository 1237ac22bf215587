"""Run a Prism mock of a spec on 127.0.0.1 for contract tests."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def relabel_json_text(doc: dict[str, Any]) -> dict[str, Any]:
    """Prism cannot serialise an object as text/plain. PanDA labels its JSON answers text/plain, so for the
    mock only, a text/plain response that carries a JSON schema is offered as application/json instead."""
    for item in (doc.get("paths") or {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for response in (op.get("responses") or {}).values():
                content = response.get("content") if isinstance(response, dict) else None
                if content and "text/plain" in content and "schema" in content["text/plain"]:
                    content["application/json"] = content.pop("text/plain")
    for response in ((doc.get("components") or {}).get("responses") or {}).values():
        content = response.get("content") or {}
        if "text/plain" in content and "schema" in content["text/plain"]:
            content["application/json"] = content.pop("text/plain")
    return doc


@contextmanager
def prism_mock(spec: Path, workdir: Path, *, relabel: bool = False) -> Iterator[str]:
    """Start `prism mock --errors` on a free loopback port; yield its base URL; stop it afterwards."""
    if not PRISM.exists():
        raise RuntimeError("Prism is not installed: run `npm ci` (scripts/dev.sh does)")
    if relabel:
        doc = relabel_json_text(yaml.safe_load(spec.read_text()))
        spec = workdir / spec.name
        spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    port = free_port()
    log = (workdir / f"prism-{spec.stem}.log").open("w")
    proc = subprocess.Popen(
        [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"Prism exited: {(workdir / f'prism-{spec.stem}.log').read_text()[-2000:]}")
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("Prism did not start within 60 s") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
