"""The layers of the package (docs/architecture.md): imports go downward only, no cycle.

The contract is import-linter's, in pyproject.toml; this test runs it on the package, and on a
copy of it with one upward import added, which it must refuse.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import songlo_targets

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"})


def test_imports_go_downward_only() -> None:
    package = Path(songlo_targets.__file__).parent.parent
    done = _lint(package)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(Path(songlo_targets.__file__).parent, tmp_path / "songlo_targets",
                    ignore=shutil.ignore_patterns("__pycache__", "locale", "templates"))
    model = tmp_path / "songlo_targets" / "records" / "model.py"
    model.write_text(model.read_text() + "\nfrom songlo_targets.render import diff  # noqa\n")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "songlo_targets.records is not allowed to import songlo_targets.render" in done.stdout
