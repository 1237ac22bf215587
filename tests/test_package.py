"""The package edges: cheap, lazy imports and a pinned public API."""

from __future__ import annotations

import os
import subprocess
import sys

import sciclients as sciclients_package
import sciclients.errors as sciclients_errors


def imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_import_sciclients_imports_no_generated_package_and_no_system() -> None:
    modules = imported_after("import sciclients")
    generated = {m for m in modules if m.startswith("sciclients._generated") or m.split(".")[0].endswith("_api")}
    systems = {m for m in modules if m.startswith(("sciclients.panda", "sciclients.jdma", "sciclients.poms",
                                                   "sciclients.agave"))}  # fmt: skip
    assert generated == set() and systems == set()
    assert "httpx" not in modules


def test_one_endpoint_module_does_not_import_every_model() -> None:
    modules = imported_after("import sciclients._generated.panda_api.api.task.get_task_status")
    models = {m for m in modules if m.startswith("sciclients._generated.panda_api.models.")}
    assert models == {"sciclients._generated.panda_api.models.string_envelope"}


def test_the_typed_panda_client_loads_only_panda() -> None:
    modules = imported_after("from sciclients.panda import Panda")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.jdma_api", "sciclients._generated.poms_api", "sciclients._generated.agave_api")
        for m in modules
    )
    assert len([m for m in modules if m.startswith("sciclients._generated.panda_api.models.")]) < 60


def generated_modules(modules: set[str], system: str) -> tuple[set[str], set[str]]:
    """The generated model modules and endpoint modules (`<system>_api.api.<tag>.<endpoint>`) imported."""
    models = {m for m in modules if m.startswith(f"sciclients._generated.{system}_api.models.")}
    endpoints = {m for m in modules if m.startswith(f"sciclients._generated.{system}_api.api.") and m.count(".") >= 5}
    return models, endpoints


def test_the_typed_jdma_client_loads_no_model_no_endpoint_and_no_asyncio() -> None:
    modules = imported_after("from sciclients.jdma import Jdma")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.panda_api", "sciclients._generated.poms_api", "sciclients._generated.agave_api")
        for m in modules
    )
    assert generated_modules(modules, "jdma") == (set(), set())  # both load on the first call that needs them
    assert "asyncio" not in modules


def test_the_typed_poms_client_loads_no_model_no_endpoint_and_no_asyncio() -> None:
    modules = imported_after("from sciclients.poms import Poms")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.panda_api", "sciclients._generated.jdma_api", "sciclients._generated.agave_api")
        for m in modules
    )
    assert generated_modules(modules, "poms") == (set(), set())
    assert "asyncio" not in modules


def test_the_typed_agave_client_loads_two_enums_no_endpoint_and_no_asyncio() -> None:
    modules = imported_after("from sciclients.agave import Agave")
    assert not any(
        ".".join(m.split(".")[:3])
        in ("sciclients._generated.panda_api", "sciclients._generated.jdma_api", "sciclients._generated.poms_api")
        for m in modules
    )
    # `_calls.PERMISSIONS`/`ACTIONS` are built at import from these two enums (each a module importing only enum).
    enums = {
        "sciclients._generated.agave_api.models.permission_value",
        "sciclients._generated.agave_api.models.manage_job_request_action",
    }
    assert generated_modules(modules, "agave") == (enums, set())
    assert "asyncio" not in modules


def test_importing_a_client_loads_neither_httpcore_nor_dateutil() -> None:
    """httpx loads httpcore only when a client is built, and agavepy-style dates need dateutil only when read:
    an import of a system does not pay for either (about 15 and 10 ms)."""
    for system, client in (("panda", "Panda"), ("jdma", "Jdma"), ("poms", "Poms"), ("agave", "Agave")):
        modules = imported_after(f"from sciclients.{system} import {client}")
        assert not {m for m in modules if m.split(".")[0] in ("httpcore", "dateutil")}, system


def test_models_and_api_are_re_exported_lazily() -> None:
    from sciclients.panda import api, models

    assert models.UserAttributes.__module__ == "sciclients._generated.panda_api.models.user_attributes"
    assert api.task.get_task_status.__name__ == "sciclients._generated.panda_api.api.task.get_task_status"
    assert "task" in dir(api) and "UserAttributes" in dir(models)


def test_public_names_are_pinned() -> None:
    assert sciclients_package.__all__ == ["__version__", "agave", "errors", "jdma", "panda", "poms"]
    assert sciclients_errors.__all__ == [
        "SciClientsError", "ConfigurationError", "APIError", "APIConnectionError", "APITimeoutError",
        "APIResponseValidationError", "APIStatusError", "BadRequestError", "AuthenticationError",
        "PermissionDeniedError", "NotFoundError", "ConflictError", "RateLimitError", "InternalServerError",
        "ServiceUnavailableError", "OperationFailedError", "status_error_class",
    ]  # fmt: skip
    import sciclients.panda as panda_package

    assert panda_package.__all__ == ["AsyncPanda", "Client", "CommandResult", "Panda", "PandaAPIError", "api",
                                        "models"]  # fmt: skip
    for name in panda_package.__all__:
        if name != "Client":
            assert getattr(panda_package, name) is not None


def test_error_hierarchy() -> None:
    e = sciclients_errors
    assert issubclass(e.APITimeoutError, e.APIConnectionError)
    assert issubclass(e.ServiceUnavailableError, e.InternalServerError)
    for cls in (e.BadRequestError, e.AuthenticationError, e.PermissionDeniedError, e.NotFoundError,
                e.ConflictError, e.RateLimitError, e.InternalServerError, e.OperationFailedError):  # fmt: skip
        assert issubclass(cls, e.APIStatusError) and issubclass(cls, e.SciClientsError)
    assert e.status_error_class(418) is e.APIStatusError and e.status_error_class(504) is e.InternalServerError


# Counts the CA loads of a process: create_default_context and make_ssl_context both go through these.
_COUNT_CA_LOADS = """
import ssl
loads = []
for name in ("load_default_certs", "load_verify_locations", "load_cert_chain"):
    def spy(self, *args, _real=getattr(ssl.SSLContext, name), _name=name, **kwargs):
        loads.append(_name)
        return _real(self, *args, **kwargs)
    setattr(ssl.SSLContext, name, spy)
"""


def run_counting_ca_loads(code: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("X509_CERT_DIR", "SSL_CERT_FILE", "SSL_CERT_DIR")}
    done = subprocess.run([sys.executable, "-c", _COUNT_CA_LOADS + code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_constructing_the_clients_loads_no_ca_and_no_certificate() -> None:
    printed = run_counting_ca_loads("""
from sciclients.agave import Agave
from sciclients.jdma import Jdma
from sciclients.panda import Panda
from sciclients.poms import Poms
clients = [Panda(base_url="https://panda.example.org", auth="none"), Jdma(base_url="https://jdma.example.org"),
           Poms(base_url="https://poms.example.org", auth="none"), Agave(base_url="https://agave.example", token="t")]
print(len(loads))
""")
    assert printed == ["0"]


def test_the_first_handshake_loads_the_cas_once_per_distinct_configuration() -> None:
    printed = run_counting_ca_loads("""
from sciclients.agave import Agave
from sciclients.jdma import Jdma
jdma, agave = Jdma(base_url="https://jdma.example.org"), Agave(base_url="https://agave.example.org", token="t")
print(jdma.config.verify is agave.config.verify)  # the same settings (system CAs, verify on): one shared context
for client in (jdma, agave, jdma):  # what anyio and asyncio call for each new TLS connection
    client.config.verify.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.org")
print(len(loads))  # the system CAs: the bundle (load_default_certs) or the hashed directory (capath)
print(Jdma(base_url="https://jdma.example.org", verify=False).config.verify is jdma.config.verify)
""")
    assert printed == ["True", "1", "False"]


def test_a_plain_http_call_without_credentials_loads_no_ca() -> None:
    printed = run_counting_ca_loads("""
import http.server, threading
class Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"success": true, "message": "", "data": "running"}'
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
from sciclients.panda import Panda
with Panda(base_url=f"http://127.0.0.1:{server.server_port}", auth="none") as panda:
    print(panda.task.get_status(1))
print(len(loads))
""")
    assert printed == ["running", "0"]


def panda_resource_modules(modules: set[str]) -> set[str]:
    prefix = "sciclients.panda._resources."
    return {m.removeprefix(prefix) for m in modules if m.startswith(prefix) and m != prefix + "_base"}


def test_a_panda_resource_loads_on_first_use_and_alone() -> None:
    modules = imported_after(
        "from sciclients.panda import Panda\n"
        "panda = Panda(base_url='https://panda.example.org', auth='none')\n"
        "import sys; loaded_before = 'sciclients.panda._resources.task' in sys.modules\n"
        "assert not loaded_before and panda.task is panda.task"
    )
    assert panda_resource_modules(modules) == {"task"}


def test_a_cli_command_builds_only_its_own_resource() -> None:
    modules = imported_after(
        "from sciclients.cli import main\n"
        "try:\n    main(['panda', 'task', 'status', '--help'])\nexcept SystemExit:\n    pass"
    )
    assert panda_resource_modules(modules) == {"task"}
    assert "rich.progress" not in modules
