"""Run the `sciclients` command in-process against Prism mocks (scripts/mock.py's environment) or loopback fakes."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from sciclients.cli import main

from tests.support.prism import prism_mock

ROOT = Path(__file__).resolve().parents[2]

# Every variable the four clients read: cleared for each run, so the developer's own setup never leaks in.
CLIENT_VARIABLES = (
    "PANDA_URL_SSL", "PANDA_AUTH", "PANDA_AUTH_VO", "PANDA_AUTH_ID_TOKEN", "PANDA_VERIFY_HOST", "PANDACACHE_URL",
    "OIDC_AUTH_TOKEN_FILE", "OIDC_AUTH_ID_TOKEN", "OIDC_AUTH_VO", "X509_USER_PROXY", "X509_CERT_DIR",
    "JDMA_API_URL", "JDMA_USER", "JDMA_VERIFY", "POMS_URL", "POMS_CLIENT_DIR", "EXPERIMENT", "BEARER_TOKEN_FILE",
    "TAPIS_BASE_URL", "TAPIS_TOKEN", "TAPIS_REFRESH_TOKEN", "TAPIS_API_KEY", "TAPIS_API_SECRET", "TAPIS_TENANT_ID",
    "TAPIS_CACHE_DIR", "TTY_COMPATIBLE", "SCICLIENTS_ALLOW_INSECURE_HTTP",
)  # fmt: skip


def load_mock_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sciclients_mock_script", ROOT / "scripts" / "mock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MOCK = load_mock_script()


@dataclass
class Ran:
    code: int
    out: str
    err: str


Cli = Callable[..., Ran]


class Mocks:
    """One Prism mock per system, started on first use and stopped at the end of the session."""

    def __init__(self, tmp: pytest.TempPathFactory) -> None:
        self._tmp = tmp
        self._stack = ExitStack()
        self._env: dict[str, dict[str, str]] = {}

    def env(self, system: str) -> dict[str, str]:
        if system not in self._env:
            workdir = self._tmp.mktemp(f"mock-{system}")
            spec = ROOT / "specs" / f"{system}.yaml"
            url = self._stack.enter_context(prism_mock(spec, workdir, relabel=system == "panda"))
            self._env[system] = MOCK.environment(system, url, workdir)
        return self._env[system]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mocks]:
    started = Mocks(tmp_path_factory)
    yield started
    started.close()


@pytest.fixture()
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Cli:
    """`cli(*args, env={...}, stdin="...")` runs `sciclients args...` and returns its exit code, stdout, stderr."""

    def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Ran:
        for name in CLIENT_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        # No token caches from the developer's home directory.
        monkeypatch.setenv("PANDA_CONFIG_ROOT", str(tmp_path / "pathena"))
        monkeypatch.setenv("AGAVE_CACHE_DIR", str(tmp_path / "agave"))
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run
