"""The loader (SPEC §2): find the data repository, read every file, never stop at the first.

``load(root)`` returns the records that could be read and the diagnostics of every file that
could not: a bad file costs its own records, never the others'. The reading itself lives in
:mod:`songlo_targets.reading`, imported on the first load, so that finding the root (which every
command does, `--help` included) does not build the records model.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models are imported when records are loaded, not to find the root
    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records import Records

CONFIG_FILE = "targets.yaml"
YEAR_FILE = "_year.yaml"
YEAR_RE = re.compile(r"\d{4}")


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


def record_files(root: Path) -> list[Path]:
    """Every file the loader reads, in a stable order."""
    files = [root / CONFIG_FILE]
    files += sorted((root / "units").glob("*.yaml"))
    targets = root / "targets"
    if targets.is_dir():
        for folder in sorted(p for p in targets.iterdir() if p.is_dir()):
            if YEAR_RE.fullmatch(folder.name):
                files += sorted(folder.glob("*.yaml"))
    return [f for f in files if f.is_file()]


def relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def load(root: Path, *, cache: bool | None = None, fast: bool = True
         ) -> tuple[Records, list[Diagnostic]]:
    """Every record of the repository at ``root``, and the diagnostics of reading them.

    ``cache``: use ``.targets-cache/`` (default: yes, unless ``TARGETS_NO_CACHE`` is set).
    ``fast``: read with :mod:`fastread` where it can; ``False`` reads every file with the
    reference path (ruamel.yaml round-trip), which gives the same records.
    """
    import gc

    from songlo_targets.reading import Loader

    # Loading builds a great many small objects and no garbage: the collector would only walk
    # the growing heap again and again (a third of a warm load). Pause it meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return Loader(root, cache, fast).run()
    finally:
        if collecting:
            gc.enable()
