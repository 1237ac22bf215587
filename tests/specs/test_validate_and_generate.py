"""scripts/validate.py and scripts/generate.py: clean specs pass, bad specs are refused, generated/ is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def copy_tools(project: Path) -> None:
    """The scripts, the lint ruleset, the npm tools and the generator environment, as a project copy needs them."""
    shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".spectral.yaml", project / ".spectral.yaml")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    (project / ".venv-gen").symlink_to(ROOT / ".venv-gen")  # scripts/generate.py runs the generator from there


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_every_spec_validates() -> None:
    done = run("scripts/validate.py")
    assert done.returncode == 0, done.stdout + done.stderr
    for spec in SPECS:
        assert f"{spec.name}: valid" in done.stdout


def test_generated_code_matches_the_specs() -> None:
    done = run("scripts/generate.py", "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    for spec in SPECS:
        assert f"generated/{spec.stem}_api: up to date" in done.stdout


@pytest.fixture()
def bad_project(tmp_path: Path) -> Path:
    """A copy of the project's scripts with a one-operation PanDA spec to break in each test."""
    copy_tools(tmp_path)
    (tmp_path / "specs").mkdir()
    doc = yaml.safe_load((ROOT / "specs" / "panda.yaml").read_text())
    doc["paths"] = {p: doc["paths"][p] for p in ("/api/v1/task/kill", "/api/v1/system/is_alive")}
    (tmp_path / "specs" / "panda.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    return tmp_path


def _break(project: Path, change) -> None:
    path = project / "specs" / "panda.yaml"
    doc = yaml.safe_load(path.read_text())
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def _rejected(project: Path, expected: str) -> None:
    spec = project / "specs" / "panda.yaml"
    validated = run(str(project / "scripts" / "validate.py"), str(spec), cwd=project)
    assert validated.returncode == 1
    assert expected in validated.stderr, validated.stderr
    generated = run(str(project / "scripts" / "generate.py"), "--root", str(project), "panda")
    assert generated.returncode == 1
    assert expected in generated.stderr and "nothing was generated" in generated.stderr, generated.stderr
    assert not (project / "generated").exists()


def test_the_trimmed_copy_is_itself_valid(bad_project: Path) -> None:
    done = run(str(bad_project / "scripts" / "validate.py"), str(bad_project / "specs" / "panda.yaml"), cwd=bad_project)
    assert done.returncode == 0, done.stderr


def test_duplicate_operation_id_is_refused(bad_project: Path) -> None:
    def change(doc):
        doc["paths"]["/api/v1/system/is_alive"]["get"]["operationId"] = "kill_task"

    _break(bad_project, change)
    _rejected(bad_project, "/paths/~1api~1v1~1system~1is_alive/get/operationId: duplicate operationId 'kill_task'")


def test_invalid_example_is_refused(bad_project: Path) -> None:
    def change(doc):
        media = doc["paths"]["/api/v1/task/kill"]["post"]["requestBody"]["content"]["application/json"]
        media["example"] = {"task_id": "not-a-number"}

    _break(bad_project, change)
    _rejected(bad_project, "/paths/~1api~1v1~1task~1kill/post/requestBody/content/application~1json/example: "
                           "example is not valid against its schema at /task_id")  # fmt: skip


def test_missing_responses_are_refused(bad_project: Path) -> None:
    def change(doc):
        del doc["paths"]["/api/v1/task/kill"]["post"]["responses"]

    _break(bad_project, change)
    _rejected(bad_project, "/paths/~1api~1v1~1task~1kill/post: operation has no responses")


def test_a_description_cut_into_a_stray_keyword_is_refused(bad_project: Path) -> None:
    """An unquoted description with ", " in a YAML flow mapping becomes a keyword with a null value, which JSON
    Schema ignores; the project rule refuses any keyword outside JSON Schema 2020-12 and OpenAPI 3.1."""
    cut = yaml.safe_load("{type: integer, description: The JEDI task ID, as a number.}")
    assert cut == {"type": "integer", "description": "The JEDI task ID", "as a number.": None}

    def change(doc):
        doc["components"]["schemas"]["KillTaskRequest"]["properties"]["task_id"] = cut
        doc["components"]["schemas"]["KillTaskRequest"]["x-note"] = "extensions stay allowed"

    _break(bad_project, change)
    _rejected(bad_project, "/components/schemas/KillTaskRequest/properties/task_id/as a number.: "
                           "unknown schema keyword 'as a number.' (value None)")  # fmt: skip


def test_check_names_stale_files(tmp_path: Path) -> None:
    """--check fails and names the file when generated code differs from what the spec gives."""
    project = tmp_path / "p"
    project.mkdir()
    copy_tools(project)
    shutil.copytree(ROOT / "specs", project / "specs")
    shutil.copytree(ROOT / "generated" / "jdma_api", project / "generated" / "jdma_api")
    (project / "generated" / "jdma_api" / "client.py").write_text("# edited by hand\n")
    done = run(str(project / "scripts" / "generate.py"), "--root", str(project), "--check", "jdma")
    assert done.returncode == 1
    assert "stale: generated/jdma_api/client.py (differs)" in done.stderr
