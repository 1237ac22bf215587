"""Result types of the typed PanDA client that the generated models do not provide."""

from __future__ import annotations

import attrs

__all__ = ["CommandResult"]


@attrs.frozen
class CommandResult:
    """The answer to a task command: PanDA's code (0 = registered/ok) and its message."""

    code: int
    message: str

    @property
    def ok(self) -> bool:
        return self.code == 0
