"""The documentation stands alone: no Markdown file of the repository names a path outside it."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED_DIRS = {"node_modules", "__pycache__"}

# A relative path (./x, ../x) anywhere in the text, code spans included.
RELATIVE = re.compile(r"(?<![\w.~/-])(\.\.?/[^\s`)\]'\"<>,;]+)")
# The target of a Markdown link or image: [text](target).
LINK = re.compile(r"\]\(([^)\s]+)\)")
# An absolute path.
ABSOLUTE = re.compile(r"(?<![\w.:/~$-])(/[\w.~$-]+(?:/[^\s`)\]'\"<>,;]*)?)")


def markdown_files(root: Path) -> list[Path]:
    """Every Markdown file of the repository (not of virtualenvs, node_modules or other hidden folders)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS]
        found.extend(Path(folder) / name for name in files if name.endswith(".md"))
    return sorted(found)


def outside_paths(markdown: Path, root: Path) -> list[str]:
    """The paths a Markdown file names that lie outside `root`, or links to files that do not exist."""
    text = markdown.read_text()
    problems = []
    for relative in RELATIVE.findall(text):
        target = (markdown.parent / relative).resolve()
        if not target.is_relative_to(root):
            problems.append(f"{relative} (outside the repository)")
    for link in LINK.findall(text):
        if "://" in link or link.startswith(("#", "mailto:")):
            continue
        target = (markdown.parent / link.split("#")[0]).resolve()
        if not target.is_relative_to(root):
            problems.append(f"{link} (link outside the repository)")
        elif not target.exists():
            problems.append(f"{link} (link to a missing file)")
    # An absolute path into the folder that holds the clone is a file of the author's machine, not of the project.
    home = str(root.parent)
    for absolute in ABSOLUTE.findall(text):
        if home != "/" and (absolute == home or absolute.startswith(home + "/")):
            problems.append(f"{absolute} (a path on the author's machine)")
    return problems


def test_no_markdown_file_names_a_path_outside_the_repository() -> None:
    files = markdown_files(ROOT)
    assert ROOT / "README.md" in files and ROOT / "docs" / "DESIGN.md" in files
    problems = [f"{path.relative_to(ROOT)}: {p}" for path in files for p in outside_paths(path, ROOT)]
    assert problems == []


def test_the_check_finds_paths_outside(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    (root / "tests").mkdir()
    (root / "tests" / "a.py").write_text("")
    readme = root / "README.md"
    readme.write_text("The layering follows `../shared/DESIGN.md` (and `./docs/x.md`).\n")
    assert outside_paths(readme, root) == ["../shared/DESIGN.md (outside the repository)"]
    doc = root / "docs" / "x.md"
    doc.write_text(
        "See `../README.md`, [the notes](../../notes.md) and [a test](../tests/a.py),\n"
        f"also {tmp_path}/shared/reference/panda.md, [gone](missing.md), `/tmp/x509up_u$UID` and ../tests/a.py.\n"
    )
    assert outside_paths(doc, root) == [
        "../../notes.md (outside the repository)",
        "../../notes.md (link outside the repository)",
        "missing.md (link to a missing file)",
        f"{tmp_path}/shared/reference/panda.md (a path on the author's machine)",
    ]
