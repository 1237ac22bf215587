"""The package edges: cheap, lazy imports and a pinned public API."""

from __future__ import annotations

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
