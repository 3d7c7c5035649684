"""Finding the data repository (SPEC §2): `--root`, `TARGETS_ROOT`, or the nearest upwards.

Kept free of heavy imports: every command, `--help` included, may need it.
"""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_FILE = "targets.yaml"


class NoRepository(Exception):
    """No data repository (a folder with targets.yaml) was found."""

    def __init__(self, start: Path) -> None:
        super().__init__(str(start))
        self.start = start


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """``--root``, else ``TARGETS_ROOT``, else the nearest folder upwards with targets.yaml."""
    chosen = explicit or (Path(os.environ["TARGETS_ROOT"]) if os.environ.get("TARGETS_ROOT")
                          else None)
    if chosen is not None:
        if (chosen / CONFIG_FILE).is_file():
            return chosen.resolve()
        raise NoRepository(chosen)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise NoRepository(here)
