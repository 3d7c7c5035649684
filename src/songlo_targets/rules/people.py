"""Rules on people/<id>.yaml: the units and roles of positions, their dates, one holder per
role and date, and a head's name given twice."""

from __future__ import annotations

from collections.abc import Iterator

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.paths import person_file, unit_file
from songlo_targets.people.holders import positions
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Person
from songlo_targets.rules.context import Context
from songlo_targets.rules.suggest import hint_values


def _people(records: Records) -> Iterator[Person]:
    for person_id in sorted(records.people):
        yield records.people[person_id]


def unknown_unit(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`unknown-unit`: a position in a unit that has no file."""
    names = {unit: unit for unit in records.unit_files}
    names.update({unit.id: unit.name for unit in records.units.values()})
    for person in _people(records):
        for position in person.positions:
            if position.unit not in records.unit_files:
                where = position.at("unit")
                hint, close = hint_values(position.unit, names)
                yield Diagnostic("unknown-unit", where.path, where.line, where.col,
                                 N_("{name} holds a position in `{unit}`, which is no unit"),
                                 {"name": person.name, "unit": position.unit, "close": close},
                                 hint=hint)


def unknown_owner(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`unknown-owner`: a position on a role the unit's file does not list under `heads:`."""
    for person in _people(records):
        for position in person.positions:
            unit = records.units.get(position.unit)
            if unit is None or position.role in unit.roles():
                continue
            where = position.at("role")
            roles = {head.role: head.title for head in unit.heads}
            hint, close = hint_values(position.role, roles)
            # (the code's own help speaks of a task's `owner`: a position needs a role)
            hint = hint or N_("use a `role` listed under `heads:` in units/{unit}.yaml")
            yield Diagnostic("unknown-owner", where.path, where.line, where.col,
                             N_("{unit} has no head with the role `{role}` (heads: {known})"),
                             {"unit": position.unit, "role": position.role,
                              "known": ", ".join(roles) or "—", "close": close}, hint=hint)


def invalid_positions(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: a position that ends before it starts, starts before its unit existed,
    or comes before the one above it."""
    for person in _people(records):
        previous = None
        for position in person.positions:
            if position.until is not None and position.until < position.from_:
                where = position.at("until")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the position ends on {until}, before it starts ({start})"),
                                 {"until": position.until, "start": position.from_,
                                  "field": "until"})
            unit = records.units.get(position.unit)
            start = unit.active.from_ if unit is not None and unit.active else None
            if start is not None and position.from_ < start:
                where = position.at("from")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the position in `{unit}` starts on {start}, before the unit "
                                    "existed (from {begin})"),
                                 {"unit": position.unit, "start": position.from_, "begin": start,
                                  "field": "from"})
            if previous is not None and position.from_ < previous.from_:
                where = position.at("from")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("positions are kept in date order: this one starts on "
                                    "{start}, before the one above it ({before})"),
                                 {"start": position.from_, "before": previous.from_,
                                  "field": "from"})
            previous = position


def two_holders(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: two positions on one unit's role that cover one date (two people, or
    one person twice), or more than one open-ended position on it."""
    roles = sorted({(p.unit, p.role) for person in records.people.values()
                    for p in person.positions})
    for unit, role in roles:
        held = positions(records, unit, role)
        open_ended = [h for h in held if h.position.until is None]
        for later in open_ended[1:]:
            where = later.position.at()
            first = open_ended[0]
            yield Diagnostic("invalid-value", where.path, where.line, where.col,
                             N_("`{unit}` `{role}` has more than one position without `until`: "
                                "{other} ({file}) holds it too; end one of them"),
                             {"unit": unit, "role": role, "other": first.person.name,
                              "file": person_file(first.person.id), "field": "until"})
        for index, later in enumerate(held):
            for earlier in held[:index]:
                if later in open_ended and earlier in open_ended:
                    continue  # said above
                end = earlier.position.until
                if end is None or later.position.from_ <= end:
                    where = later.position.at("from")
                    yield Diagnostic(
                        "invalid-value", where.path, where.line, where.col,
                        N_("{name} holds `{unit}` `{role}` from {start}, when {other} ({file}) "
                           "holds it still: one role has one holder on a date"),
                        {"name": later.person.name, "unit": unit, "role": role,
                         "start": later.position.from_, "other": earlier.person.name,
                         "file": person_file(earlier.person.id), "field": "from"})
                    break


def head_name(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`head-name`: a unit file's `heads.name` that is not the person a person file says holds
    the role (today, or when the unit ended)."""
    for unit_id in sorted(records.units):
        unit = records.units[unit_id]
        day = context.today
        if unit.active is not None and unit.active.until is not None:
            day = min(day, unit.active.until)
        for head in unit.heads:
            if not head.name:
                continue
            found = [h.person for h in positions(records, unit_id, head.role)
                     if h.position.covers(day)]
            if found and all(p.name != head.name for p in found):
                where = head.at("name")
                yield Diagnostic("head-name", where.path, where.line, where.col,
                                 N_("{unit_file} names the head `{role}` {name}, but {file} "
                                    "says {other} holds the role"),
                                 {"unit_file": unit_file(unit_id), "role": head.role,
                                  "name": head.name, "file": person_file(found[-1].id),
                                  "other": found[-1].name})
