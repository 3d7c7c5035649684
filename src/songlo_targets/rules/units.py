"""Rules on units and their place in the years: unknown units and groups, activity, supervisors."""

from __future__ import annotations

import re
from collections.abc import Iterator

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import TASK_REF_RE
from songlo_targets.rules.context import Context
from songlo_targets.rules.suggest import hint_values


def _unit_names(records: Records) -> dict[str, str]:
    names = {unit: unit for unit in records.unit_files}
    names.update({unit.id: unit.name for unit in records.units.values()})
    return names


def unknown_unit(records: Records, context: Context) -> Iterator[Diagnostic]:
    known = records.unit_files
    names = _unit_names(records)
    for year in records.years.values():
        for unit, path in sorted(year.task_paths.items()):
            if unit not in known:
                hint, close = hint_values(unit, names)
                yield Diagnostic("unknown-unit", path, 1, 1,
                                 N_("tasks are assigned to `{unit}`, but units/{unit}.yaml "
                                    "does not exist"),
                                 {"unit": unit, "close": close, "year": year.year},
                                 hint=N_("did you mean `{close}`? rename the file to "
                                         "targets/{year}/{close}.yaml") if hint else None)
        for supervisor in year.meta.supervisors if year.meta else []:
            for unit in supervisor.units:
                if unit not in known:
                    where = supervisor.at("units")
                    hint, close = hint_values(unit, names)
                    yield Diagnostic("unknown-unit", where.path, where.line, where.col,
                                     N_("supervisor `{key}` supervises `{unit}`, which is no "
                                        "unit"), {"key": supervisor.key, "unit": unit,
                                                  "close": close}, hint=hint)
    for record in records.units.values():
        active = record.active
        if active and active.successor and active.successor not in known:
            where = active.at("successor")
            hint, close = hint_values(active.successor, names)
            yield Diagnostic("unknown-unit", where.path, where.line, where.col,
                             N_("the successor `{unit}` is no unit"),
                             {"unit": active.successor, "close": close}, hint=hint)
    for task in records.all_tasks():
        match = TASK_REF_RE.fullmatch(task.carried_from or "")
        if match and match.group(2) not in known:
            where = task.at("carried_from")
            hint, close = hint_values(match.group(2), names)
            yield Diagnostic("unknown-unit", where.path, where.line, where.col,
                             N_("`carried_from` names the unit `{unit}`, which does not exist"),
                             {"unit": match.group(2), "close": close}, task.ref, hint=hint)


def unknown_group(records: Records, context: Context) -> Iterator[Diagnostic]:
    if records.config is None:
        return
    groups = records.group_keys()
    names = {group.key: group.name for group in records.config.groups}
    for unit in records.units.values():
        if unit.group not in groups:
            where = unit.at("group")
            hint, close = hint_values(unit.group, names)
            yield Diagnostic("unknown-group", where.path, where.line, where.col,
                             N_("the group `{group}` is not in targets.yaml (groups: {known})"),
                             {"group": unit.group, "known": ", ".join(groups), "close": close},
                             hint=hint)


def inactive_unit(records: Records, context: Context) -> Iterator[Diagnostic]:
    for year in records.years.values():
        for unit_id, tasks in sorted(year.tasks.items()):
            unit = records.units.get(unit_id)
            if unit is None or unit.active is None or not tasks:
                continue
            start, end = unit.active.from_, unit.active.until
            if not unit.active_in(year.year):
                where = tasks[0].at()
                yield Diagnostic(
                    "inactive-unit", where.path, where.line, where.col,
                    N_("{name} (`{unit}`) is not active in {year} (active {start} – {end}), "
                       "yet has tasks"),
                    {"unit": unit_id, "name": unit.name, "year": year.year, "start": start or "…",
                     "end": end or "…"}, tasks[0].ref)


def no_supervisor(records: Records, context: Context) -> Iterator[Diagnostic]:
    for year in records.years.values():
        if year.meta is None and year.meta_path is not None:
            continue  # _year.yaml is broken: reported already
        with_tasks = sorted(unit for unit, tasks in year.tasks.items() if tasks)
        if year.meta_path is None and with_tasks:  # no _year.yaml at all: say it once
            yield Diagnostic("no-supervisor", year.task_paths[with_tasks[0]], 1, 1,
                             N_("{year} has no targets/{year}/_year.yaml: none of its {count} "
                                "units with tasks has a supervisor"),
                             {"year": year.year, "count": len(with_tasks)},
                             hint=N_("create targets/{year}/_year.yaml with its `supervisors:` "
                                     "(and basis, goals, checkpoints)"))
            continue
        for unit_id, tasks in sorted(year.tasks.items()):
            if tasks and year.supervisor_of(unit_id) is None:
                path = year.task_paths[unit_id]
                yield Diagnostic("no-supervisor", path, 1, 1,
                                 N_("{name} (`{unit}`) has tasks in {year} but no "
                                    "supervisor"),
                                 {"unit": unit_id, "year": year.year,
                                  "name": records.units[unit_id].name
                                  if unit_id in records.units else unit_id})


def invalid_heads(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: two heads of a unit with one role (whose rating would it be?)."""
    for unit_id in sorted(records.units):
        seen: set[str] = set()
        for head in records.units[unit_id].heads:
            if head.role in seen:
                where = head.at("role")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the role `{value}` is given to two heads of the unit: each "
                                    "head has a role of their own"),
                                 {"value": head.role, "field": "role"})
            seen.add(head.role)


# GitHub accepts @user, @org/team and e-mail addresses; anything else makes it skip the line.
HANDLE_RE = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?"
                       r"|[^@\s]+@[^@\s]+\.[^@\s]+")


def invalid_reviewers(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: a reviewer of a unit that is not a git handle (CODEOWNERS skips it)."""
    for unit_id in sorted(records.units):
        unit = records.units[unit_id]
        for handle in unit.reviewers:
            if not HANDLE_RE.fullmatch(handle):
                where = unit.at("reviewers")
                yield Diagnostic(
                    "invalid-value", where.path, where.line, where.col,
                    N_("`{value}` is not a GitHub reviewer: write `@user`, `@organisation/team` "
                       "or an e-mail address"), {"value": handle, "field": "reviewers"})
