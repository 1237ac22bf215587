"""Throw-away certificates made with the openssl command line: a server certificate and a grid-proxy-like PEM."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

__all__ = ["self_signed", "proxy_file", "pem_bodies", "bad_proxy", "BAD_PROXIES"]


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


BAD_PROXIES = ("encrypted key", "empty", "not PEM", "DER", "certificate only", "mismatched key", "directory")


def bad_proxy(folder: Path, kind: str) -> Path:
    """A proxy-like file that is wrong in the way `kind` (one of BAD_PROXIES) says."""
    good = proxy_file(folder)
    cert = (folder / "proxy-cert.pem").read_text()
    path = folder / f"x509up_{kind.replace(' ', '_')}"
    if kind == "encrypted key":
        key = folder / "encrypted-key.pem"
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-passout", "pass:FAULTSUITE-pass", "-days", "2",
                 "-subj", "/CN=alice/CN=proxy", "-keyout", str(key), "-out", str(folder / "enc-cert.pem"))  # fmt: skip
        path.write_text((folder / "enc-cert.pem").read_text() + key.read_text())
    elif kind == "empty":
        path.write_text("")
    elif kind == "not PEM":
        path.write_text("this is not a certificate\n")
    elif kind == "DER":
        _openssl("x509", "-in", str(folder / "proxy-cert.pem"), "-outform", "DER", "-out", str(path))
    elif kind == "certificate only":
        path.write_text(cert)
    elif kind == "mismatched key":
        other = folder / "other-key.pem"
        _openssl("genpkey", "-algorithm", "RSA", "-out", str(other))
        path.write_text(cert + other.read_text())
    elif kind == "directory":
        path.mkdir()
    else:
        raise ValueError(kind)
    del good
    return path
