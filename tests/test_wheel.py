"""The wheel holds one import name, `sciclients`, with the generated clients under `sciclients._generated`."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEMS = ("panda", "jdma", "poms", "agave")


def test_the_wheel_holds_only_sciclients(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--quiet",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = tmp_path.glob("sciclients-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"sciclients"}
    for system in SYSTEMS:
        # The generated package is in it, complete, under sciclients._generated (not as links).
        generated = ROOT / "generated" / f"{system}_api"
        expected = {p.relative_to(generated).as_posix() for p in generated.rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts}  # fmt: skip
        prefix = f"sciclients/_generated/{system}_api/"
        assert {n.removeprefix(prefix) for n in names if n.startswith(prefix)} == expected
    assert "sciclients/_generated/__init__.py" in names and "sciclients/py.typed" in names


def test_the_generated_packages_import_only_under_sciclients() -> None:
    for system in SYSTEMS:
        assert importlib.util.find_spec(f"{system}_api") is None
        assert importlib.util.find_spec(f"sciclients._generated.{system}_api") is not None
