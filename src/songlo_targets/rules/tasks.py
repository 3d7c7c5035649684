"""Rules on a task's own fields: heads, categories, basis, supervisors; ids; measure."""

from __future__ import annotations

from collections.abc import Iterator

from songlo_targets import formats
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Evaluation, QuarterEvaluation, Task, Unit
from songlo_targets.rules.context import Context
from songlo_targets.rules.screen import screen
from songlo_targets.rules.suggest import hint_values


def _roles(unit: Unit) -> str:
    """The head roles of a unit, each with its title: `bi-thu` (Bí thư Đảng ủy xã), …"""
    return ", ".join(f"`{h.role}` ({h.title})" for h in unit.heads) or "—"


def unknown_owner(records: Records, context: Context) -> Iterator[Diagnostic]:
    roles = {unit_id: set(unit.roles()) for unit_id, unit in records.units.items()}
    for task in records.all_tasks():
        if task.owner is None or task.owner in roles.get(task.unit, (task.owner,)):
            continue  # (no owner, its unit's head, or no such unit: another rule's)
        unit = records.units[task.unit]
        where = task.at("owner")
        hint, close = hint_values(task.owner, {h.role: h.title for h in unit.heads})
        yield Diagnostic("unknown-owner", where.path, where.line, where.col,
                         N_("the owner `{owner}` is not a head of {name} (`{unit}`); its heads: "
                            "{roles}"),
                         {"owner": task.owner, "unit": task.unit, "name": unit.name,
                          "roles": _roles(unit), "close": close}, task.ref,
                         hint=hint)
    for unit in records.units.values():
        for year, evaluation in unit.evaluations.items():
            entries: list[Evaluation | QuarterEvaluation] = [evaluation,
                                                             *evaluation.quarters.values()]
            for entry, role in ((e, r) for e in entries for r in e.heads):
                if role not in unit.roles():
                    where = entry.at("heads")
                    hint, close = hint_values(role, {h.role: h.title for h in unit.heads})
                    yield Diagnostic("unknown-owner", where.path, where.line, where.col,
                                     N_("the rating of `{owner}` names no head of {name} "
                                        "(`{unit}`); its heads: {roles}"),
                                     {"owner": role, "unit": unit.id, "close": close,
                                      "name": unit.name, "roles": _roles(unit)}, year=year,
                                     hint=hint)


def unknown_category(records: Records, context: Context) -> Iterator[Diagnostic]:
    if records.config is None:
        return
    known = records.category_keys()
    names = {category.key: category.name for category in records.config.categories}
    for task in records.all_tasks():
        for key in task.categories:
            if key not in known:
                where = task.at("categories")
                hint, close = hint_values(key, names)
                yield Diagnostic("unknown-category", where.path, where.line, where.col,
                                 N_("the category `{key}` is not in targets.yaml "
                                    "(categories: {known})"),
                                 {"key": key, "known": ", ".join(known), "close": close},
                                 task.ref, hint=hint)


def unknown_basis(records: Records, context: Context) -> Iterator[Diagnostic]:
    for year in records.years.values():
        if year.meta is None and year.meta_path is not None:
            continue  # _year.yaml is broken: reported already
        basis = {b.key: b.name for b in year.meta.basis} if year.meta else {}
        goals = {g.key: g.name for g in year.meta.goals} if year.meta else {}
        for task in year.all_tasks():
            for field, key, known in (("basis", task.basis, basis), ("goal", task.goal, goals)):
                if key is not None and key not in known:
                    where = task.at(field)
                    hint, close = hint_values(key, known)
                    yield Diagnostic(
                        "unknown-basis", where.path, where.line, where.col,
                        N_("the {field} `{key}` is not listed in targets/{year}/_year.yaml "
                           "({known})"),
                        {"field": field, "key": key, "year": year.year, "close": close,
                         "known": ", ".join(known) or "—"}, task.ref, hint=hint)


def unknown_supervisor(records: Records, context: Context) -> Iterator[Diagnostic]:
    for year in records.years.values():
        if year.meta is None and year.meta_path is not None:
            continue
        known = {s.key: s.name for s in year.meta.supervisors} if year.meta else {}
        for task in year.all_tasks():
            if task.supervisor is not None and task.supervisor not in known:
                where = task.at("supervisor")
                hint, close = hint_values(task.supervisor, known)
                yield Diagnostic("unknown-supervisor", where.path, where.line, where.col,
                                 N_("the supervisor `{key}` is not among the supervisors of "
                                    "{year} ({known})"),
                                 {"key": task.supervisor, "year": year.year, "close": close,
                                  "known": ", ".join(known) or "—"}, task.ref, hint=hint)


def duplicate_id(records: Records, context: Context) -> Iterator[Diagnostic]:
    for year in records.years.values():
        for tasks in year.tasks.values():
            seen: dict[str, Task] = {}  # positions are looked up only to report
            for task in tasks:
                if task.id in seen:
                    where = task.at("id")
                    yield Diagnostic("duplicate-id", where.path, where.line, where.col,
                                     N_("the id `{id}` is already used by the task on line "
                                        "{line}"), {"id": task.id,
                                                    "line": seen[task.id].at("id").line},
                                     task.ref)
                else:
                    seen[task.id] = task


def measure_mismatch(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in records.all_tasks():
        if task.type == "target" and task.measure is None:
            where = task.at("type")
            yield Diagnostic("measure-mismatch", where.path, where.line, where.col,
                             N_("task {task} is a target but has no `measure`"),
                             {"task": task.ref}, task.ref)
        elif task.type == "task" and task.measure is not None:
            where = task.at("measure")
            yield Diagnostic("measure-mismatch", where.path, where.line, where.col,
                             N_("task {task} has a `measure` but is not `type: target`"),
                             {"task": task.ref}, task.ref,
                             hint=N_("add `type: target`, or remove `measure`"))


def invalid_progress_value(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: a `value` on a plain task, a `percent` on a target (§3.4)."""
    for task in screen(records, context).mismeasured:
        for entry in task.progress:
            if task.type == "task" and entry.value is not None:
                where = entry.at("value")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("task {task} is no target: its progress has no `value` "
                                    "(use `percent`, or make it `type: target`)"),
                                 {"task": task.ref, "field": "value"}, task.ref)
            elif task.type == "target" and entry.percent is not None:
                where = entry.at("percent")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("target {task} records the achieved `value`, not a "
                                    "`percent`"), {"task": task.ref, "field": "percent"},
                                 task.ref)


def invalid_milestone(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value` on a milestone (§9): dated outside the task's year or after its
    deadline, out of date order, or asking what the task's type cannot give (a `percent` on
    a target, a `target` on a task, neither, or both)."""
    for task in records.all_tasks():
        previous = None
        for milestone in task.milestones:
            where = milestone.at("date")
            values = {"ref": task.ref, "date": formats.date(milestone.date)}
            if milestone.date.year != task.year or milestone.date > task.deadline:
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the milestone of {date} of task {ref} is not within the "
                                    "task's year up to its deadline ({deadline})"),
                                 {**values, "deadline": formats.date(task.deadline)}, task.ref)
            elif previous is not None and milestone.date <= previous:
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the milestones of task {ref} are out of date order: "
                                    "{date} comes after {previous}"),
                                 {**values, "previous": formats.date(previous)}, task.ref)
            previous = milestone.date
            wanted = "target" if task.type == "target" else "percent"
            given = [k for k in ("target", "percent") if getattr(milestone, k) is not None]
            if given != [wanted]:
                where = milestone.at(given[0] if given else None)
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the milestone of {date} of target {ref} needs `target:` "
                                    "only: the cumulative value due by then")
                                 if wanted == "target" else
                                 N_("the milestone of {date} of task {ref} needs `percent:` "
                                    "only: the percentage done by then"), values, task.ref)
