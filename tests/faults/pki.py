"""Throw-away certificates made with the openssl command line: a server certificate and a grid-proxy-like PEM."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

__all__ = ["self_signed", "proxy_file"]


def _openssl(*args: str) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make test certificates")
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def self_signed(folder: Path, common_name: str = "localhost") -> tuple[Path, Path]:
    """A self-signed certificate for `common_name` and 127.0.0.1 (no CA trusts it), and its key."""
    cert, key = folder / "server-cert.pem", folder / "server-key.pem"
    names = f"subjectAltName=DNS:{common_name},IP:127.0.0.1"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={common_name}",
             "-addext", names, "-keyout", str(key), "-out", str(cert))  # fmt: skip
    return cert, key


def proxy_file(folder: Path) -> Path:
    """Certificate and unencrypted key in one PEM file, as a grid proxy is (`/tmp/x509up_u<uid>`)."""
    cert, key = folder / "proxy-cert.pem", folder / "proxy-key.pem"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=alice/CN=proxy",
             "-keyout", str(key), "-out", str(cert))  # fmt: skip
    proxy = folder / "x509up_u1000"
    proxy.write_text(cert.read_text() + key.read_text())
    proxy.chmod(0o600)
    return proxy


def pem_bodies(path: Path) -> list[str]:
    """The base64 lines of every PEM block in the file (what must never be shown)."""
    return [line for line in path.read_text().splitlines() if line and not line.startswith("-----")]
