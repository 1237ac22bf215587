"""Every operation of every spec, through its generated client, against a Prism mock of that spec.

Prism validates each request against the spec (`--errors`: a violation is answered with an error status),
so an operation passes only when the generated client sends exactly what the spec describes and can read
the mock's answer.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from tests.support.contract import auth_headers, call_kwargs, operations
from tests.support.prism import prism_mock

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]
SYSTEMS = [s for s in ("panda", "jdma", "poms", "agave") if (ROOT / "generated" / f"{s}_api").is_dir()]
# Accept stays open: what a system negotiates is its typed client's business, and Prism answers 406 to an
# Accept it cannot meet. Credentials are added per operation, for the security scheme it declares.
HEADERS = {"Accept": "*/*"}


@pytest.fixture(scope="module", params=SYSTEMS)
def mocked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    system = request.param
    spec = ROOT / "specs" / f"{system}.yaml"
    with prism_mock(spec, tmp_path_factory.mktemp(system), relabel=system == "panda") as url:
        yield system, yaml.safe_load(spec.read_text()), url


def test_every_operation_against_prism(mocked) -> None:
    system, doc, url = mocked
    package = f"sciclients._generated.{system}_api"
    client_module = importlib.import_module(package)
    ops = operations(doc)
    assert ops, f"{system}: the spec has no operations"
    failures = []
    with client_module.Client(base_url=url, headers=HEADERS) as base:
        for op in ops:
            client = base.with_headers(auth_headers(doc, op))
            try:
                module, kwargs = call_kwargs(doc, op, package)
                response = module.sync_detailed(client=client, **kwargs)
            except Exception as exc:  # collect every failure, then report them all
                failures.append(f"{op.operation_id}: {type(exc).__name__}: {exc}")
                continue
            declared = {str(code) for code in op.spec["responses"]}
            if response.status_code >= 400 and str(int(response.status_code)) not in declared:
                failures.append(f"{op.operation_id}: HTTP {int(response.status_code)} {response.content[:300]!r}")
            elif int(response.status_code) >= 400 and _declares_success(op.spec):
                failures.append(f"{op.operation_id}: Prism answered a declared error {int(response.status_code)}")
            elif response.parsed is None and _declares_schema(op.spec, str(int(response.status_code))):
                failures.append(f"{op.operation_id}: answer not parsed: {response.content[:200]!r}")
    assert not failures, f"{len(failures)} of {len(ops)} {system} operations failed:\n" + "\n".join(failures)


def _declares_schema(op: dict, status: str) -> bool:
    response = op["responses"].get(status, {})
    return any("schema" in media for media in (response.get("content") or {}).values())


def _declares_success(op: dict) -> bool:
    """Some operations can only fail on the current server (e.g. POMS login_setup_rm answers 400 always)."""
    return any(str(code).startswith(("2", "3")) for code in op["responses"])


def test_prism_refuses_requests_that_break_the_spec(tmp_path: Path) -> None:
    """The contract test can fail: a request of the wrong shape is answered with an error, not a mock."""
    import httpx

    with prism_mock(ROOT / "specs" / "panda.yaml", tmp_path, relabel=True) as url:
        auth = {"Authorization": "Bearer t", "Origin": "atlas", "Accept": "application/json"}
        wrong_type = httpx.post(f"{url}/api/v1/task/kill", json={"task_id": "not-a-number"}, headers=auth)
        missing = httpx.get(f"{url}/api/v1/task/get_details", headers=auth)
        unknown_key = httpx.post(f"{url}/api/v1/task/kill", json={"task_id": 1, "foo": 2}, headers=auth)
        fine = httpx.post(f"{url}/api/v1/task/kill", json={"task_id": 1}, headers=auth)
    assert wrong_type.status_code == 422 and "task_id" in wrong_type.text
    assert missing.status_code == 422 and "task_id" in missing.text
    assert unknown_key.status_code == 422
    # Prism cannot check PanDA credentials: it does not support mutualTLS and so treats the X.509
    # alternative as met. Authentication is tested against the loopback PanDA fake instead.
    assert fine.status_code == 200 and fine.json()["success"] in (True, False)
