"""Module-level `__getattr__`/`__dir__` that re-export a generated package lazily (PEP 562)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

__all__ = ["lazy_package", "lazy_subpackages"]


def lazy_package(target: str) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Names of `target` (e.g. sciclients._generated.panda_api.models), resolved on first access."""

    def __getattr__(name: str) -> Any:
        module = importlib.import_module(target)
        try:
            return getattr(module, name)
        except AttributeError:
            raise AttributeError(f"{target} has no attribute {name!r}") from None

    def __dir__() -> list[str]:
        return sorted(getattr(importlib.import_module(target), "__all__", ()))

    return __getattr__, __dir__


def lazy_subpackages(target: str) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Subpackages of `target` (e.g. sciclients._generated.panda_api.api.task), imported on first access."""

    def __getattr__(name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return importlib.import_module(f"{target}.{name}")
        except ModuleNotFoundError:
            raise AttributeError(f"{target} has no module {name!r}") from None

    def __dir__() -> list[str]:
        package = importlib.import_module(target)
        return sorted(m.name for m in pkgutil.iter_modules(package.__path__))

    return __getattr__, __dir__
