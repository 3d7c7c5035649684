"""The loader (SPEC §2): find the data repository, read every file, never stop at the first.

``load(root)`` returns the records that could be read and the diagnostics of every file that
could not: a bad file costs its own records, never the others'. The reading itself lives in
:mod:`songlo_targets.read.reader`, imported on the first load, so that what every command does first
(`--help` included) does not build the records model.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from songlo_targets.paths import CONFIG_FILE, NoRepository, find_root
from songlo_targets.read.collector import no_collector

if TYPE_CHECKING:
    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records.collection import Records

__all__ = ["CONFIG_FILE", "NoRepository", "find_root", "load", "load_files"]


def load(root: Path, *, cache: bool | None = None, fast: bool = True
         ) -> tuple[Records, list[Diagnostic]]:
    """Every record of the repository at ``root``, and the diagnostics of reading them.

    ``cache``: use ``.targets-cache/`` (default: yes, unless ``TARGETS_NO_CACHE`` is set).
    ``fast``: read with :mod:`songlo_targets.read.fast` where it can; ``False`` reads every file
    with the reference path (ruamel.yaml round-trip), which gives the same records.
    """
    from songlo_targets.read.reader import loader_for

    with no_collector():
        return loader_for(root, cache, fast).run()


def load_files(root: Path, files: Mapping[str, bytes], *, fast: bool = True
               ) -> tuple[Records, list[Diagnostic]]:
    """Load records from ``files`` (path relative to ``root`` -> bytes), e.g. of a git revision.

    ``root`` only anchors the paths; nothing is read from the disk (nor the cache).
    """
    from songlo_targets.read.reader import FilesLoader

    with no_collector():
        return FilesLoader(root, files, fast).run()
