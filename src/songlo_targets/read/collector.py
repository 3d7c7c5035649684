"""The garbage collector paused while records are built: below both the loader and the reader,
which both pause it (and :mod:`songlo_targets.check`, which builds the records it checks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["no_collector"]


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
