"""The system CAs come from OpenSSL's hashed CA directory when it holds them all, else from the bundle as
`ssl.create_default_context()` loads it: the same trust either way, over a real TLS handshake on loopback."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sciclients import errors
from sciclients._core import _tls
from sciclients._core._system_cas import system_ca_dir

from . import server as f
from .pki import self_signed
from .server import FaultServer
from .systems import make_client


def _paths(cafile: Path | None, capath: Path | None) -> ssl.DefaultVerifyPaths:
    return ssl.DefaultVerifyPaths(
        str(cafile) if cafile else None, str(capath) if capath else None,
        "SSL_CERT_FILE", str(cafile), "SSL_CERT_DIR", str(capath),
    )  # fmt: skip


def _subject_hash(cert: Path) -> str:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to name a hashed CA")
    done = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(cert)], check=True, capture_output=True)
    return done.stdout.decode().strip()


@pytest.fixture(scope="module")
def server_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture()
def tls_server(server_files: tuple[Path, Path]) -> Iterator[FaultServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*server_files)
    with FaultServer(tls=context, fallback=f.status(503, body="reached over TLS")) as fault_server:
        yield fault_server


def _system_cas(tmp_path: Path, cert: Path, *, hashed: bool) -> ssl.DefaultVerifyPaths:
    """A system store of one CA, the server's: a bundle holding it and a directory holding it, hashed or not."""
    directory = tmp_path / "certs"
    directory.mkdir()
    shutil.copy(cert, directory / (f"{_subject_hash(cert)}.0" if hashed else "server.pem"))
    bundle = tmp_path / "ca-certificates.crt"
    shutil.copy(cert, bundle)
    return _paths(bundle, directory)


# -- which source stands for the system CAs ---------------------------------------------------------------------
def test_a_complete_hashed_directory_is_used(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    paths = _system_cas(tmp_path, server_files[0], hashed=True)
    assert system_ca_dir(paths, {}) == paths.capath


def test_a_directory_without_hashed_names_is_not(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    assert system_ca_dir(_system_cas(tmp_path, server_files[0], hashed=False), {}) is None


def test_a_directory_with_fewer_cas_than_the_bundle_is_not(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    paths = _system_cas(tmp_path, server_files[0], hashed=True)
    bundle = Path(str(paths.cafile))
    bundle.write_text(bundle.read_text() * 2)  # two certificates against one hashed link
    assert system_ca_dir(paths, {}) is None


def test_a_bundle_chosen_by_ssl_cert_file_is_loaded_as_it_is(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    paths = _system_cas(tmp_path, server_files[0], hashed=True)
    assert system_ca_dir(paths, {"SSL_CERT_FILE": str(paths.cafile)}) is None


def test_no_directory_or_a_missing_one_is_not_used(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    assert system_ca_dir(_paths(server_files[0], None), {}) is None
    assert system_ca_dir(_paths(server_files[0], tmp_path / "missing"), {}) is None


def test_a_hashed_directory_without_a_bundle_is_used(tmp_path: Path, server_files: tuple[Path, Path]) -> None:
    paths = _system_cas(tmp_path, server_files[0], hashed=True)
    assert system_ca_dir(_paths(None, Path(str(paths.capath))), {}) == paths.capath


# -- the handshake trusts what the chosen source holds -----------------------------------------------------------
@pytest.fixture()
def fresh_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SSL_CERT_FILE/SSL_CERT_DIR from the test's environment, and no TLS context shared from another test."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(_tls, "_shared", {})


@pytest.mark.usefixtures("fresh_tls")
def test_the_handshake_trusts_the_cas_of_the_hashed_directory(
    tmp_path: Path, server_files: tuple[Path, Path], tls_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _system_cas(tmp_path, server_files[0], hashed=True)
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths)
    with make_client("panda", tls_server.url, max_retries=0) as client, pytest.raises(errors.ServiceUnavailableError):
        client.task.get_status(1)
    assert tls_server.arrivals() == 1  # verified through the directory: the request went over it


@pytest.mark.usefixtures("fresh_tls")
def test_without_a_hashed_directory_the_default_bundle_decides(
    tmp_path: Path, server_files: tuple[Path, Path], tls_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same server CA in a directory without hashed names: OpenSSL's own default store (which does not
    hold the test CA) is what is loaded, so the server is refused."""
    paths = _system_cas(tmp_path, server_files[0], hashed=False)
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths)
    with make_client("panda", tls_server.url, max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            client.task.get_status(1)
    assert tls_server.arrivals() == 0
