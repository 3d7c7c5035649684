"""A person's record of products (docs/records.md): the positions held, and for every year and
quarter of them the products that are theirs, the score and the rating.

A selection and an attribution over the one evaluation (:func:`derive.evaluation.evaluate`)
and the one state computation (:mod:`derive.state`): nothing is scored here. A head's rating
of a period belongs to whoever held the role on the period's last day; a product owned by the
role (or by the unit as a whole, as the head's rating counts it) belongs to whoever held the
role on its done date, or on its due date while it is not done (:mod:`people.holders`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from songlo_targets.dates import quarter_end, quarter_start
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.evaluation import HeadRating, Score, evaluate
from songlo_targets.derive.state import (
    TaskState,
    default_as_of,
    end_of_year,
    quarter_products,
    year_states,
)
from songlo_targets.people.holders import changes, holder, of_person, rating_day
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Evaluation, Person, Position, Task


@dataclass(frozen=True)
class Held:
    """One position, as the record shows it."""

    unit: str
    unit_name: str
    role: str
    title: str
    start: dt.date
    until: dt.date | None
    decision: str | None
    successor: str | None  # the unit's successor, when the unit was merged


@dataclass(frozen=True)
class Period:
    """One year (``quarter`` None) or quarter of one position."""

    year: int
    quarter: int | None
    unit: str
    unit_name: str
    role: str
    title: str
    counts: Counts  # the products attributed to the person
    rated: bool  # the head's rating of the period is the person's (held on its last day)
    score: Score | None = None  # the head's, when rated
    computed: str | None = None
    final: str | None = None
    decision: str | None = None  # the decision of the final rating
    holders: list[tuple[dt.date, str, str]] = field(default_factory=list)  # (since, id, name)

    @property
    def changed(self) -> bool:
        """Whether the role changed holder within the period."""
        return len(self.holders) > 1


@dataclass(frozen=True)
class PersonRecord:
    person: str
    name: str
    positions: list[Held]
    periods: list[Period]


def _bounds(year: int, quarter: int | None) -> tuple[dt.date, dt.date]:
    if quarter is None:
        return dt.date(year, 1, 1), end_of_year(year)
    return quarter_start(year, quarter), quarter_end(year, quarter)


def product_date(task: Task, state: TaskState) -> dt.date:
    """The date that says whose a product is: its done date, else the date it is due."""
    if state.done and state.done_date is not None:
        return state.done_date
    return state.due or task.deadline


def _decision(recorded: Evaluation | None, quarter: int | None) -> str | None:
    if recorded is None:
        return None
    if quarter is None:
        return recorded.decision
    entry = recorded.quarters.get(quarter)
    return entry.decision if entry is not None else None


class _Evaluations:
    """The heads' ratings of the periods asked for (``evaluate`` keeps each evaluation)."""

    def __init__(self, records: Records, units: set[str]) -> None:
        self.records = records
        self.units = units  # the units of the person's positions: the others are not rated

    def head(self, year: int, quarter: int | None, unit: str, role: str) -> HeadRating | None:
        for rating in evaluate(self.records, year, None, quarter, self.units).units:
            if rating.unit == unit:
                return next((h for h in rating.heads if h.role == role), None)
        return None


def _period(records: Records, person: Person, position: Position, year: int,
            quarter: int | None, evaluations: _Evaluations) -> Period | None:
    start, end = _bounds(year, quarter)
    as_of = default_as_of(year)
    if quarter is not None:
        if start > as_of:
            return None  # a quarter still to come
        as_of = min(as_of, end)
    if position.from_ > end or (position.until is not None and position.until < start):
        return None
    unit = records.units.get(position.unit)
    tasks = records.year(year).tasks.get(position.unit, [])
    state = year_states(records, year, as_of)
    pairs = (quarter_products(tasks, year, quarter, as_of, state) if quarter is not None
             else [(t, state(t)) for t in tasks])
    own = [s for t, s in pairs if t.owner in (None, position.role)
           and _holds(records, person, position, product_date(t, s))]
    last_day = rating_day(records, position.unit, end, as_of)
    rated = _holds(records, person, position, last_day)
    head = evaluations.head(year, quarter, position.unit, position.role) if rated else None
    recorded = unit.evaluations.get(year) if unit is not None else None
    held = [(since, p.id, p.name) for since, p in changes(records, position.unit,
                                                           position.role, start, end)]
    return Period(year, quarter, position.unit, unit.name if unit else position.unit,
                  position.role, records.head_title(position.unit, position.role),
                  Counts.of(own), rated,
                  head.score if head else None, head.computed if head else None,
                  head.final if head else None,
                  _decision(recorded, quarter) if head and head.final else None, held)


def merged_with(records: Records, units: set[str]) -> set[str]:
    """``units`` and every unit one of them merged into, or that merged into one of them,
    through any number of merges (``active.successor``)."""
    found = set(units)
    while True:
        more: set[str] = set()
        for uid, unit in records.units.items():
            successor = unit.active.successor if unit.active is not None else None
            if successor is not None and (uid in found) != (successor in found):
                more |= {uid, successor}
        if not more - found:
            return found
        found |= more


def _holds(records: Records, person: Person, position: Position, day: dt.date) -> bool:
    found = holder(records, position.unit, position.role, day)
    return found is not None and found.id == person.id


def person_record(records: Records, person_id: str, from_year: int | None = None,
                  to_year: int | None = None) -> PersonRecord:
    """The record of ``person_id`` (a key of ``records.people``) over the years asked."""
    person = records.people[person_id]
    held_units = {p.unit for p in person.positions}
    # Only the units held, and those merged into them or they into (a hand-over moves tasks
    # between them), are read: a province's record of one cadre validates a few files a year.
    records = records.for_units(merged_with(records, held_units))
    evaluations = _Evaluations(records, held_units)
    held: list[Held] = []
    periods: dict[PeriodKey, Period] = {}
    for position in of_person(person):
        unit = records.units.get(position.unit)
        held.append(Held(position.unit, unit.name if unit else position.unit, position.role,
                         records.head_title(position.unit, position.role), position.from_,
                         position.until, position.decision,
                         unit.active.successor if unit and unit.active else None))
        last = position.until.year if position.until is not None else max(records.years,
                                                                              default=0)
        for year in sorted(records.years):
            if not position.from_.year <= year <= last:
                continue
            if (from_year is not None and year < from_year) or (
                    to_year is not None and year > to_year):
                continue
            quarters: list[int | None] = [None]
            if records.policy(year).periods == "quarterly":
                quarters += [1, 2, 3, 4]
            for quarter in quarters:
                key = (year, quarter or 0, position.unit, position.role)
                if key in periods:
                    continue
                found = _period(records, person, position, year, quarter, evaluations)
                if found is not None:
                    periods[key] = found
    return PersonRecord(person.id, person.name, held,
                        [periods[k] for k in sorted(periods, key=_period_order(held))])


PeriodKey = tuple[int, int, str, str]  # year, quarter (0: the year), unit, role


def _period_order(held: list[Held]) -> Callable[[PeriodKey], tuple[int, int, int]]:
    """Years in order; within a year the positions in the order held, the year before its
    quarters."""
    first: dict[tuple[str, str], int] = {}
    for index, position in enumerate(held):
        first.setdefault((position.unit, position.role), index)

    def key(k: PeriodKey) -> tuple[int, int, int]:
        return (k[0], first.get((k[2], k[3]), 0), k[1])

    return key
