"""`--help` everywhere, and `sciclients --help` without importing any system."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from sciclients.cli import root_group

from .conftest import ROOT, Cli

PROBE = """
import sys
from sciclients.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = {m for m in sys.modules if m == "httpx"}
heavy |= {".".join(m.split(".")[:3]) for m in sys.modules if m.startswith("sciclients._generated.")}
heavy |= {".".join(m.split(".")[:2]) for m in sys.modules
          if m.startswith(("sciclients.panda", "sciclients.jdma", "sciclients.poms", "sciclients.agave"))}
print(f"EXIT={code} LOADED={','.join(sorted(heavy))}")
"""


def probe(*args: str) -> tuple[str, set[str]]:
    """The help text, and which systems and generated packages (and httpx) the process imported."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    *text, last = done.stdout.strip().splitlines()
    code, loaded = last.split(" ")
    assert code == "EXIT=0", done.stdout
    return "\n".join(text), {m for m in loaded.removeprefix("LOADED=").split(",") if m}


def test_top_level_help_lists_the_systems_and_imports_none_of_them() -> None:
    out, loaded = probe("--help")
    for system in ("panda", "jdma", "poms", "agave"):
        assert system in out
    assert "Exit codes: 0 success" in out
    assert loaded == set()


def test_a_system_help_imports_only_that_system() -> None:
    out, loaded = probe("jdma", "--help")
    assert "batches" in out
    assert {"sciclients.jdma", "sciclients._generated.jdma_api"} <= loaded
    assert not loaded & {
        "sciclients.panda",
        "sciclients.poms",
        "sciclients.agave",
        "sciclients._generated.panda_api",
        "sciclients._generated.agave_api",
    }


def leaves(group: Any, path: list[str]) -> list[list[str]]:
    """Every visible command path below a click group (the derived tree, groups included)."""
    found = [path]
    commands = getattr(group, "commands", None)
    if commands is None:
        return found
    for name in list(commands):
        command = commands.get(name)
        if command is not None and not command.hidden:
            found.extend(leaves(command, [*path, name]))
    return found


def test_every_command_answers_help(cli: Cli) -> None:
    paths = leaves(root_group(), [])
    names = {" ".join(p) for p in paths}
    # The commands of the issue are there, derived from the typed clients.
    for wanted in ("panda task status", "panda job kill", "agave jobs list", "jdma batches", "poms campaigns"):
        assert wanted in names
    assert len(paths) > 150, len(paths)
    for path in paths:
        ran = cli(*path, "--help")
        assert ran.code == 0, (path, ran.err)
        assert "Usage: sciclients" in ran.out, path
        assert ran.err == "", (path, ran.err)


def test_options_and_arguments_come_from_the_method_signatures(cli: Cli) -> None:
    kill = cli("panda", "job", "kill", "--help").out
    for option in ("JOB_IDS...", "--code", "--use-email-as-id", "--kill-options", "--ids-from", "--json"):
        assert option in kill
    listing = cli("agave", "jobs", "--help").out
    for option in ("--limit", "--offset", "--order", "--search", "status", "history", "list-outputs"):
        assert option in listing
    # camelCase drop-in names of agavepy are not commands of their own.
    assert "getStatus" not in listing and "get-status" not in listing


def test_the_full_method_name_is_a_hidden_alias(cli: Cli) -> None:
    ran = cli("panda", "task", "get-status", "--help")
    assert ran.code == 0
    assert "get-status" not in cli("panda", "task", "--help").out


def test_a_group_without_a_listing_shows_its_help_and_exits_2(cli: Cli) -> None:
    ran = cli("panda", "task")
    assert ran.code == 2
    assert "kill" in ran.out + ran.err
    assert cli("panda").code == 2


def listed_commands(help_text: str) -> list[tuple[str, str]]:
    """(name, first line of its description) of each entry of the help's Commands panel, as printed.
    An entry starts at the panel's left edge; lines indented further continue the entry above."""
    lines = help_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("╭─ Commands"))
    entries: list[tuple[str, str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("╰"):
            break
        content = line.strip("│")
        if content[:1] == " " and content[1:2] not in ("", " "):
            name, _, description = content[1:].partition(" ")
            entries.append((name, description.strip()))
        else:
            assert entries, f"the first entry has no name: {line!r}"
    return entries


def test_every_help_listing_names_its_commands_in_order(cli: Cli) -> None:
    # Every group of the tree: the root, each system, each resource (a resource with a listing is a group too).
    root = root_group()
    checked = 0
    for path in leaves(root, []):
        group = root
        for name in path:
            group = group.commands[name]
        if not hasattr(group, "commands"):
            continue
        checked += 1
        visible = [name for name in group.commands if not group.commands.get(name).hidden]
        if not visible:
            continue
        out = cli(*path, "--help").out
        entries = listed_commands(out)
        names = [name for name, _ in entries]
        assert names == sorted(visible), (path, names, sorted(visible))
        assert all(description for _, description in entries), (path, entries)
    assert checked >= 35, checked  # the root, 4 systems, 30 resources (today)
