"""`targets person add` and `targets person move`: the files of people/ (docs/records.md).

Every change goes through one :class:`~songlo_targets.store.Transaction` (atomic, comments
kept, checked before it is written). What a clerk can get wrong is refused first with one line:
an unknown person, unit or role, a date before the unit existed, a role held on that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import formats
from songlo_targets.dates import parse_date
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import person_file
from songlo_targets.people.holders import positions
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_person, find_unit
from songlo_targets.records.model import KEY_RE
from songlo_targets.store import Outcome, Transaction, edits


@dataclass(frozen=True)
class Place:
    """A position as typed: the unit (its id), the role, the dates."""

    unit: str
    role: str
    start: dt.date
    until: dt.date | None = None
    decision: str | None = None


@dataclass
class Written:
    id: str
    path: str
    outcome: Outcome = field(default_factory=Outcome)


def parse_position(records: Records, text: str) -> Place:
    """``UNIT:ROLE:FROM[:UNTIL]`` (``duc-bac:chu-tich:2021-01-01``)."""
    parts = [part.strip() for part in text.split(":")]
    if len(parts) not in (3, 4) or not all(parts):
        raise UsageError(N_("`{text}`: write a position as UNIT:ROLE:FROM[:UNTIL], like "
                            "duc-bac:chu-tich:2021-06-25"), text=text)
    unit, role = _unit_role(records, parts[0], parts[1])
    start = parse_date(parts[2])
    until = parse_date(parts[3]) if len(parts) == 4 else None
    if until is not None and until < start:
        raise UsageError(N_("`{text}`: the position ends before it starts"), text=text)
    return Place(unit, role, start, until)


def parse_role(records: Records, text: str) -> tuple[str, str]:
    """``UNIT:ROLE`` (``ubnd-xa:chu-tich``) as (unit id, role)."""
    unit, colon, role = text.rpartition(":")
    if not colon or not unit.strip() or not role.strip():
        raise UsageError(N_("`{text}`: write the new position as UNIT:ROLE, like "
                            "ubnd-xa:chu-tich"), text=text)
    return _unit_role(records, unit.strip(), role.strip())


def _unit_role(records: Records, unit_text: str, role: str) -> tuple[str, str]:
    unit_id = find_unit(records, unit_text)
    unit = records.units[unit_id]
    if role not in unit.roles():
        raise UsageError(N_("{unit} has no head with the role `{role}` (heads: {known})"),
                         unit=unit_id, role=role, known=", ".join(unit.roles()) or "—")
    return unit_id, role


def _check_place(records: Records, place: Place, person_id: str) -> None:
    """Refuse a position before its unit existed, or on a role someone else holds then."""
    unit = records.units[place.unit]
    begin = unit.active.from_ if unit.active is not None else None
    end = unit.active.until if unit.active is not None else None
    if (begin is not None and place.start < begin) or (end is not None and place.start > end):
        raise UsageError(N_("{unit} is not active on {date}"), unit=unit.name,
                         date=formats.date(place.start))
    for held in positions(records, place.unit, place.role):
        if held.person.id == person_id:
            continue
        other = held.position
        if other.from_ <= (place.until or dt.date.max) and (
                other.until is None or other.until >= place.start):
            day = max(other.from_, place.start)
            raise UsageError(N_("{name} ({file}) is {title}, {unit}, on {date}: end that "
                                "position first (targets person move)"), name=held.person.name,
                             file=person_file(held.person.id), unit=unit.name,
                             title=records.head_title(place.unit, place.role),
                             date=formats.date(day))


def _position(place: Place) -> object:
    pairs: list[tuple[str, object]] = [("unit", place.unit), ("role", place.role),
                                       ("from", place.start)]
    if place.until is not None:
        pairs.append(("until", place.until))
    if place.decision:
        pairs.append(("decision", place.decision))
    return edits.mapping(pairs, flow=True)


def add_person(records: Records, person_id: str, name: str, positions: list[str],
               loaded: list[Diagnostic] | None = None) -> Written:
    """Write people/ID.yaml: the name and the positions given."""
    if not KEY_RE.fullmatch(person_id):
        raise UsageError(N_("`{id}` is not a person id: lowercase letters without "
                            "diacritics, digits and single hyphens, like nguyen-van-an"),
                         id=person_id)
    path = person_file(person_id)
    if person_id in records.people or (records.root / path).exists():
        raise UsageError(N_("{path} already exists"), path=path)
    if not name.strip():
        raise UsageError(N_("give the person's name with --name"))
    places = sorted((parse_position(records, text) for text in positions),
                    key=lambda p: p.start)
    for place in places:
        _check_place(records, place, person_id)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    transaction.create(path, edits.mapping([
        ("name", name.strip()),
        ("positions", edits.sequence([_position(p) for p in places])),
    ]))
    return Written(person_id, path, transaction.commit())


def move_person(records: Records, who: str, to: str, date: str, decision: str | None = None,
                loaded: list[Diagnostic] | None = None) -> Written:
    """End the person's open position the day before ``date`` and open ``to`` on it."""
    person_id = find_person(records, who)
    person = records.people[person_id]
    unit, role = parse_role(records, to)
    day = parse_date(date)
    place = Place(unit, role, day, None, decision.strip() if decision else None)
    open_ones = [i for i, p in enumerate(person.positions) if p.until is None]
    for index in open_ones:
        if person.positions[index].from_ >= day:
            raise UsageError(N_("{name} holds a position from {start}: a move on {date} "
                                "would end it before it began"), name=person.name,
                             start=formats.date(person.positions[index].from_),
                             date=formats.date(day))
    later = [p for p in person.positions if p.until is not None and p.until >= day]
    if later:
        held_unit = records.units.get(later[0].unit)
        raise UsageError(N_("{name} is {title}, {unit}, until {until}, after {date}"),
                         name=person.name, title=records.head_title(later[0].unit, later[0].role),
                         unit=held_unit.name if held_unit else later[0].unit,
                         until=formats.date(later[0].until), date=formats.date(day))
    _check_place(records, place, person_id)
    path = person_file(person_id)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    tree = transaction.open(path).tree
    items = tree.get("positions")
    if items is None:
        tree["positions"] = items = edits.sequence([])
    for index in open_ones:
        edits.set_key(items[index], "until", day - dt.timedelta(days=1),
                      ("unit", "role", "from", "until", "decision"))
    edits.append(items, _position(place))
    return Written(person_id, path, transaction.commit())
