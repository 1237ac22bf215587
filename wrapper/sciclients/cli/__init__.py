"""`sciclients`: the command line of the typed clients (`sciclients panda task status 123`).

Commands are derived from the typed clients' resources (see `_derive`); a system is imported only when
one of its commands (or its help) is used.
"""

from ._app import main, root_group

__all__ = ["main", "root_group"]
