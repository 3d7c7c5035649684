"""The counts of SPEC §4.1 and §5 over some tasks: the four buckets, in progress, stale,
exceeded, dropped.

One definition for every view, report, export and rating: built from task states with
:meth:`of`, added up over units and groups with ``+``. The shares of §5 are read from it:
``done`` and ``done_on_time`` over ``total``, ``exceeded`` over ``total``, ``late`` (done late
or overdue) over ``total``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from songlo_targets.derive.state import BUCKETS, TaskState


@dataclass(frozen=True)
class Counts:
    done_on_time: int = 0
    done_late: int = 0
    open: int = 0
    overdue: int = 0
    in_progress: int = 0
    stale: int = 0
    blocked: int = 0
    not_started: int = 0
    exceeded: int = 0  # done beyond what was asked (§4.1), among the tasks counted
    dropped: int = 0  # dropped or handed over (§4.4): outside every other count

    @classmethod
    def of(cls, states: Iterable[TaskState]) -> Counts:
        """(One pass over the states: a province's evaluation counts a thousand subjects.)"""
        buckets: dict[str, int] = dict.fromkeys(BUCKETS, 0)
        statuses = {"in-progress": 0, "blocked": 0, "not-started": 0}
        stale = exceeded = dropped = 0
        for state in states:
            if state.left:
                dropped += 1
                continue
            if state.bucket in buckets:
                buckets[state.bucket] += 1
            if state.status in statuses:
                statuses[state.status] += 1
            if state.stale:
                stale += 1
            if state.done and state.exceeded:
                exceeded += 1
        return cls(
            done_on_time=buckets["done-on-time"], done_late=buckets["done-late"],
            open=buckets["open"], overdue=buckets["overdue"],
            in_progress=statuses["in-progress"], blocked=statuses["blocked"],
            not_started=statuses["not-started"], stale=stale, exceeded=exceeded,
            dropped=dropped,
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                         for f in fields(self)})

    @property
    def total(self) -> int:
        """The tasks counted: every task not dropped."""
        return self.done_on_time + self.done_late + self.open + self.overdue

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def unfinished(self) -> int:
        """Counted and not done: in progress, blocked or not started."""
        return self.total - self.done

    @property
    def late(self) -> int:
        """Done late or overdue: the tasks `late_at_most` (§5) bounds."""
        return self.done_late + self.overdue

    @property
    def done_share(self) -> float | None:
        """Done over the tasks counted; None when there are none."""
        return self.done / self.total if self.total else None

    def buckets(self) -> list[tuple[str, int]]:
        """``[(bucket, count)]`` in the order of §4.1, for tables and stacked bars."""
        return [(b, getattr(self, b.replace("-", "_"))) for b in BUCKETS]

    def as_tuple(self) -> tuple[int, ...]:
        """total, the four buckets, in progress, stale: the columns of the progress views."""
        return (self.total, self.done_on_time, self.done_late, self.open, self.overdue,
                self.in_progress, self.stale)
