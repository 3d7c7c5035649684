"""Golden files: the expected output of a command, kept in tests/golden/.

One switch regenerates every one of them: ``pytest --update-golden`` (or ``UPDATE_GOLDEN=1``);
then read the diff before committing it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
_update_option = False


def set_update(value: bool) -> None:
    """Called by conftest from the ``--update-golden`` option."""
    global _update_option
    _update_option = value


def updating() -> bool:
    return _update_option or os.environ.get("UPDATE_GOLDEN") == "1"


def assert_golden(name: str, actual: str | bytes) -> None:
    """``actual`` is the content of ``tests/golden/<name>`` (rewritten when updating)."""
    data = actual.encode("utf-8") if isinstance(actual, str) else actual
    path = GOLDEN / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"no golden file {name}: run pytest --update-golden and review"
    if data != path.read_bytes():
        expected = path.read_bytes().decode("utf-8", "replace")
        assert data.decode("utf-8", "replace") == expected, \
            f"{name} differs: run pytest --update-golden and review the diff"


def assert_golden_tree(name: str, files: dict[str, bytes]) -> None:
    """The files (relative path -> bytes) are exactly those of the folder tests/golden/<name>."""
    folder = GOLDEN / name
    if updating():
        shutil.rmtree(folder, ignore_errors=True)
    for path, data in files.items():
        assert_golden(f"{name}/{path}", data)
    on_disk = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert on_disk == sorted(files), f"files differ from tests/golden/{name}"
