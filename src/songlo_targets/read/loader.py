"""The loader (SPEC §2): find the data repository, read every file, never stop at the first.

``load(root)`` returns the records that could be read and the diagnostics of every file that
could not: a bad file costs its own records, never the others'. The reading itself lives in
:mod:`songlo_targets.read.reader`, imported on the first load, so that what every command does first
(`--help` included) does not build the records model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from songlo_targets.paths import CONFIG_FILE, NoRepository, find_root

if TYPE_CHECKING:
    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records.collection import Records

__all__ = ["CONFIG_FILE", "NoRepository", "find_root", "load", "load_files"]


@contextmanager
def no_collector() -> Iterator[None]:
    """Loading builds a great many small objects and no garbage: the garbage collector would
    only walk the growing heap again and again (a third of a warm load). Pause it meanwhile;
    then set what was loaded aside from its walks for good (``gc.freeze``: the records live as
    long as the command, and make no reference cycles, so reference counting still frees
    them), else the first collection after the load walks them all, and the next ones too."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


def load(root: Path, *, cache: bool | None = None, fast: bool = True
         ) -> tuple[Records, list[Diagnostic]]:
    """Every record of the repository at ``root``, and the diagnostics of reading them.

    ``cache``: use ``.targets-cache/`` (default: yes, unless ``TARGETS_NO_CACHE`` is set).
    ``fast``: read with :mod:`songlo_targets.read.fast` where it can; ``False`` reads every file
    with the reference path (ruamel.yaml round-trip), which gives the same records.
    """
    from songlo_targets.read.reader import Loader

    with no_collector():
        return Loader(root, cache, fast).run()


def load_files(root: Path, files: Mapping[str, bytes], *, fast: bool = True
               ) -> tuple[Records, list[Diagnostic]]:
    """Load records from ``files`` (path relative to ``root`` -> bytes), e.g. of a git revision.

    ``root`` only anchors the paths; nothing is read from the disk (nor the cache).
    """
    from songlo_targets.read.reader import FilesLoader

    with no_collector():
        return FilesLoader(root, files, fast).run()
