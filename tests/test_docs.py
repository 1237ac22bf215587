"""The documentation stands alone: no Markdown file of the repository names a path outside it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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


# -- the API reference (docs/api/<system>.md, written by scripts/apiref.py) ---------------------------------------
def apiref(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "apiref.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)  # fmt: skip


def test_the_api_reference_matches_the_code() -> None:
    done = apiref("--check")
    assert done.returncode == 0, done.stderr


def test_the_api_reference_check_names_a_stale_file(tmp_path: Path) -> None:
    for system in ("jdma", "poms"):
        (tmp_path / f"{system}.md").write_text((ROOT / "docs" / "api" / f"{system}.md").read_text())
    assert apiref("--check", "--out", str(tmp_path), "jdma", "poms").returncode == 0
    stale = tmp_path / "jdma.md"
    stale.write_text(stale.read_text().replace("- `get(batch_id: int) -> BatchDetail`\n", ""))
    done = apiref("--check", "--out", str(tmp_path), "jdma", "poms")
    assert done.returncode == 1
    assert f"stale: {stale}" in done.stderr and "poms.md" not in done.stderr


@pytest.mark.parametrize("system", ["agave", "jdma", "panda", "poms"])
def test_the_api_reference_lists_every_operation_with_its_request(system: str) -> None:
    from sciclients.cli._app import _resource, _resources
    from sciclients.cli._derive import operations_of

    text = (ROOT / "docs" / "api" / f"{system}.md").read_text()
    sections = {block.split("`", 2)[1]: block for block in text.split("\n## ")[1:] if block.startswith("`")}
    count = 0
    for command in _resources(system):
        found = _resource(system, command)
        assert found is not None, command  # _resources lists only resources
        attribute, resource_cls = found
        section = sections[f"{system}.{attribute}"]
        for name, _ in operations_of(resource_cls):
            entry = next((e for e in section.split("\n- ") if e.startswith(f"`{name}(")), None)
            assert entry is not None, f"{system}.{attribute}.{name} is missing"
            signature, details = entry.split("\n", 1)
            assert "->" in signature and re.match(r"\s+`(GET|POST|PUT|PATCH|DELETE) /", details), entry
            count += 1
    assert count >= {"agave": 15, "jdma": 15, "panda": 100, "poms": 25}[system], count


def test_a_method_shows_signature_return_type_request_and_summary() -> None:
    panda = (ROOT / "docs" / "api" / "panda.md").read_text()
    assert "- `get_status(task_id: int) -> str`\n  `GET /api/v1/task/get_status` · The status of a task" in panda
    agave = (ROOT / "docs" / "api" / "agave.md").read_text()
    assert "`GET /jobs/v2/{job_id}/history` · A page of the job's events" in agave
    drop_in = agave.split("## Drop-in")[1]
    assert "- `getStatus(*, jobId: str, search: Query = None, filter: str | None = None" in drop_in
