"""Who held a unit's head role on a date: the one owner of that question.

Pure functions of the records (no I/O): the holder of a role is the person whose position
covers the date. Attribution follows from it: a head's rating of a period belongs to whoever
held the role on the period's last day; a task owned by a role, to whoever held it on the
task's done date (or its deadline when it is not done).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from songlo_targets.records.collection import Records
from songlo_targets.records.model import Person, Position


@dataclass(frozen=True)
class Held:
    """One position of one person."""

    person: Person
    position: Position


def positions(records: Records, unit: str, role: str) -> list[Held]:
    """Every position held on ``unit``'s ``role``, in the order of their start (then id)."""
    index = records.derived.get(("people", "positions"))
    if index is None:
        index = {}
        for person_id in sorted(records.people):
            person = records.people[person_id]
            for position in person.positions:
                index.setdefault((position.unit, position.role), []).append(
                    Held(person, position))
        for held in index.values():
            held.sort(key=lambda h: (h.position.from_, h.person.id))
        records.derived[("people", "positions")] = index
    return index.get((unit, role), [])  # type: ignore[no-any-return]


def holders(records: Records, unit: str, role: str, day: dt.date) -> list[Person]:
    """The people whose position on ``unit``'s ``role`` covers ``day`` (more than one is a
    fault that `targets check` reports)."""
    return [h.person for h in positions(records, unit, role) if h.position.covers(day)]


def holder(records: Records, unit: str, role: str, day: dt.date) -> Person | None:
    """The person holding ``unit``'s ``role`` on ``day``, or None (no person file names one).
    Where two positions overlap (a fault `targets check` reports), the later one."""
    found = holders(records, unit, role, day)
    return found[-1] if found else None


def changes(records: Records, unit: str, role: str, start: dt.date, end: dt.date
            ) -> list[tuple[dt.date, Person]]:
    """The holders of ``unit``'s ``role`` from ``start`` to ``end``: (the day each began to
    hold it within the period, who), in date order; more than one: the holder changed."""
    found: list[tuple[dt.date, Person]] = []
    for held in positions(records, unit, role):
        until = held.position.until or end
        if held.position.from_ <= end and until >= start:
            found.append((max(held.position.from_, start), held.person))
    return sorted(found, key=lambda f: (f[0], f[1].id))


def of_person(person: Person) -> Iterator[Position]:
    """A person's positions, in date order."""
    yield from sorted(person.positions, key=lambda p: (p.from_, p.unit, p.role))


def named(records: Records, unit: str, role: str, day: dt.date) -> str | None:
    """The name of the head of ``unit``'s ``role`` on ``day`` as the records give it: a
    person file first, else the unit file's ``heads.name``."""
    person = holder(records, unit, role, day)
    if person is not None:
        return person.name
    found = records.units.get(unit)
    heads = found.heads if found is not None else []
    return next((h.name for h in heads if h.role == role and h.name), None)


def rating_day(records: Records, unit: str, end: dt.date, as_of: dt.date) -> dt.date:
    """The day whose holder a head's rating of a period ending on ``end`` belongs to: the
    period's last day, or the unit's last day when it ended (merged) within the period, or
    the as-of date while the period runs."""
    found = records.units.get(unit)
    until = found.active.until if found is not None and found.active is not None else None
    return min(end, as_of, until) if until is not None else min(end, as_of)
