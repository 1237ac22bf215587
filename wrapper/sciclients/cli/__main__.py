"""`python -m sciclients.cli` runs the `sciclients` command."""

from . import main

main()
