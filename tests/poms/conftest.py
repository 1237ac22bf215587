"""Fixtures for the typed POMS client: a loopback POMS-like server, clients pointed at it, a clean environment."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sciclients.poms import AsyncPoms, Poms, poms_client

from tests.support.poms_fake import FakePoms

ALICE_TOKEN = "alice-token"
MENGEL_TOKEN = "mengel-token"
# Everything the POMS configuration reads from the environment: tests start without any of it.
POMS_ENV = ("POMS_URL", "POMS_CLIENT_DIR", "X509_USER_PROXY", "BEARER_TOKEN_FILE", "EXPERIMENT", "X509_CERT_DIR")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in POMS_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(poms_client, "global_experiment", None)
    monkeypatch.setattr(poms_client, "global_role", None)
    yield
    poms_client._reset()


@pytest.fixture()
def fake() -> Iterator[FakePoms]:
    server = FakePoms().start()
    yield server
    server.stop()


@pytest.fixture()
def poms(fake: FakePoms) -> Iterator[Poms]:
    """Alice (analysis in samdev), with a bearer token."""
    with Poms(base_url=fake.url, token=ALICE_TOKEN, experiment="samdev", max_retries=0) as client:
        yield client


@pytest.fixture()
def prod_poms(fake: FakePoms) -> Iterator[Poms]:
    """Mengel, acting in the production role."""
    with Poms(base_url=fake.url, token=MENGEL_TOKEN, experiment="samdev", role="production", max_retries=0) as client:
        yield client


@pytest.fixture()
async def apoms(fake: FakePoms) -> AsyncIterator[AsyncPoms]:
    async with AsyncPoms(base_url=fake.url, token=ALICE_TOKEN, experiment="samdev", max_retries=0) as client:
        yield client


@pytest.fixture()
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "bt_u1000"
    path.write_text(ALICE_TOKEN + "\n")
    return path


@pytest.fixture()
def legacy_env(fake: FakePoms, token_file: Path, monkeypatch: pytest.MonkeyPatch) -> FakePoms:
    """What a classic poms_client user has: POMS_URL and a bearer token file (the fake maps it to alice)."""
    monkeypatch.setenv("POMS_URL", fake.url + "/poms/")
    monkeypatch.setenv("BEARER_TOKEN_FILE", str(token_file))
    return fake


@pytest.fixture(scope="session")
def grid_proxy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate and its key in one PEM file, like a grid proxy (`CN=UID:alice`)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test proxy")
    folder = tmp_path_factory.mktemp("proxy")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/DC=org/DC=test/CN=UID:alice", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)  # fmt: skip
    proxy = folder / "x509up_u1000"
    proxy.write_text(cert.read_text() + key.read_text())
    proxy.chmod(0o600)
    return proxy


@pytest.fixture()
def tls_fake(grid_proxy: Path) -> Iterator[FakePoms]:
    """An https fake that asks for a client certificate and trusts the test proxy (its own CA)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(grid_proxy)
    context.load_verify_locations(cafile=grid_proxy)
    context.verify_mode = ssl.CERT_OPTIONAL
    server = FakePoms(tls=context).start()
    yield server
    server.stop()
