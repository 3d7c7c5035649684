"""The data of the reports of a year (SPEC §6.4): a view model built from the records.

Everything the templates show is computed here, once, from the records, the derived state
(:mod:`songlo_targets.derive.state`) and the evaluation; the templates only lay it out. Nothing here
depends on the clock: the as-of date is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from songlo_targets import formats
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.evaluation import evaluate
from songlo_targets.derive.handover import handovers
from songlo_targets.derive.report_document import Issue, added_after, as_assigned, issue
from songlo_targets.derive.report_rating import RatingView, build_rating
from songlo_targets.derive.state import TaskState, quarter_products, year_states
from songlo_targets.i18n import DOCUMENT_LANGUAGE
from songlo_targets.people.holders import named
from songlo_targets.records.collection import Records, Year
from songlo_targets.records.model import Measure, Task, Unit
from songlo_targets.records.ordering import ordered_units

LANGUAGE = DOCUMENT_LANGUAGE


@dataclass
class ProgressRow:
    date: dt.date
    status: str
    value: float | None
    percent: float | None
    note: str | None
    result: str | None
    exceeded: bool
    evidence: list[EvidenceRow]


@dataclass
class EvidenceRow:
    title: str
    number: str | None
    date: dt.date | None
    file: str | None  # path relative to the repository root
    url: str | None


@dataclass
class TaskRow:
    ref: str
    id: str
    title: str
    unit: str
    unit_name: str
    type: str
    owner: str | None  # the head's title; None for the unit as a collective
    categories: list[str]  # names
    category_keys: list[str]
    basis: str | None  # name
    goal: str | None  # name
    goal_key: str | None
    deadline: dt.date
    supervisor: str | None  # name
    supervisor_key: str | None
    measure: Measure | None
    carried_from: str | None
    carried_from_title: str | None
    carried_from_text: str | None  # for people: "năm 2021" or "Xã Đức Bác, năm 2021"
    carried_to: str | None  # the task of the next year that continues this one
    carried_from_unit: str | None  # name of the unit the task came from, when another one
    carried_from_ended: bool  # that unit has ended (merged): the documents say "(cũ)"
    handed_over_to: str | None  # name of the successor that took the task over (§4.4)
    handed_over_ref: str | None
    dropped: str | None  # "decision, date" text when withdrawn
    amendments: list[str]
    state: TaskState
    share: float | None  # how far along, 0..1, for bars
    measure_text: str | None  # the product required of a target: "≥ 12,5 ha"
    value_text: str  # "12,8/12,5 ha", "60%", "100%" or "—"
    progress: list[ProgressRow]


@dataclass
class ChangeRow:
    """A change of an assigned task after the decision, as the appendix lists it apart."""

    number: int | None  # the task's STT in the appendix; None for a task added later
    title: str
    kind: str  # amended | dropped | added
    decision: str
    date: dt.date
    note: str | None
    fields: list[tuple[str, str | None, str | None]]  # (field, before, after) for people
    measure_text: str | None = None  # added tasks: what they require
    deadline: dt.date | None = None  # added tasks


@dataclass
class AppendixRow:
    """A task as the assignment decision gave it (the quyet-dinh appendix)."""

    number: int
    title: str
    measure_text: str | None
    owner: str | None
    deadline: dt.date
    categories: list[str]
    basis_number: int | None  # the basis's number in the year's list, for the footnote
    carried_from_text: str | None
    unknown: bool  # amended without the former values recorded


@dataclass
class HeadRow:
    role: str
    title: str
    name: str | None


@dataclass
class UnitRow:
    id: str
    name: str
    group: str
    group_name: str
    code: str | None
    supervisor: str | None
    supervisor_key: str | None
    supervisor_title: str | None
    heads: list[HeadRow]
    counts: Counts
    tasks: list[TaskRow]
    appendix: list[AppendixRow] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)

    @property
    def basis_used(self) -> list[int]:
        return sorted({row.basis_number for row in self.appendix if row.basis_number})


@dataclass
class GroupRow:
    key: str
    name: str
    units: list[UnitRow]
    counts: Counts


@dataclass
class CategoryRow:
    key: str | None  # None: tasks of no category
    name: str | None
    counts: Counts


@dataclass
class GoalRow:
    key: str
    name: str
    measure: Measure | None
    assigned: float  # the sum of the units' targets in the goal's unit of measure
    achieved: float  # the sum of their values at the as-of date
    share: float | None  # achieved / the district target; None for a "lower is better" goal
    reached: bool | None
    tasks: list[TaskRow]
    counts: Counts


@dataclass
class SupervisorRow:
    key: str
    name: str
    title: str | None
    units: list[UnitRow]
    counts: Counts


@dataclass
class Organization:
    name: str
    superior: str | None
    place: str | None
    symbol: str | None


@dataclass
class YearReport:
    year: int
    as_of: dt.date
    organization: Organization
    decision: str | None  # the assignment decision, e.g. 125-QĐ/HU
    decision_date: dt.date | None
    groups: list[GroupRow]
    units: list[UnitRow]
    categories: list[CategoryRow]
    totals: Counts
    overdue: list[TaskRow]
    stale: list[TaskRow]
    carried_in: list[TaskRow]  # carried from an earlier year (§4.3)
    carry_on: list[TaskRow]
    goals: list[GoalRow]
    supervisors: list[SupervisorRow]
    checkpoints: list[dt.date]
    issue: Issue
    basis: list[tuple[int, str]]  # the year's basis, numbered for the appendix's footnotes
    evidence_root: str = ""  # relative path from a unit page's folder to the repository root
    rating: RatingView | None = field(default=None)  # the danh-gia documents' data
    handed_in: list[TaskRow] = field(default_factory=list)  # from a unit that ended (§4.4)
    quarter: int | None = None  # a quarter's report (§9): its products only
    quarter_text: str = ""  # "quý I năm 2026"
    next_products: list[TaskRow] = field(default_factory=list)  # due in the next quarter
    next_quarter_text: str = ""
    next_year_unassigned: bool = False  # Q4: the next year has no records yet



def _value_text(task: Task, state: TaskState) -> str:
    if task.measure is not None:
        value = state.value if state.value is not None else task.measure.baseline
        shown = formats.number(value, language=LANGUAGE) if value is not None else "—"
        return formats.with_unit(
            f"{shown}/{formats.number(task.measure.target, language=LANGUAGE)}",
            task.measure.unit)
    if state.done:
        return formats.percent_value(100, language=LANGUAGE)
    return formats.percent_value(state.percent, language=LANGUAGE) or "—"


def _share(task: Task, state: TaskState) -> float | None:
    if state.done:
        return 1.0
    if task.measure is None:
        return state.percent / 100 if state.percent is not None else 0.0
    measure = task.measure
    value = state.value if state.value is not None else measure.baseline
    if value is None:
        return 0.0
    start = measure.baseline if measure.baseline is not None else 0.0
    span = measure.target - start
    if span == 0:
        return 1.0 if state.reached else 0.0
    return max(0.0, min(1.0, (value - start) / span))


class _Builder:
    def __init__(self, records: Records, year: int, as_of: dt.date, document: Issue,
                 quarter: int | None = None) -> None:
        self.records = records
        self.quarter = quarter
        self.document = document
        self.number = year
        self.year: Year = records.year(year)
        self.as_of = as_of
        meta = self.year.meta
        self.basis = {b.key: b.name for b in meta.basis} if meta else {}
        self.basis_number = {key: n for n, key in enumerate(self.basis, 1)}
        self.decision_date = meta.assigned.date if meta and meta.assigned else None
        self.goals = {g.key: g.name for g in meta.goals} if meta else {}
        self.checkpoints = self.year.checkpoints()
        self.state = year_states(records, year, as_of)
        self.handed = handovers(records, year)
        self.carried_to = {
            t.carried_from: t.ref
            for t in records.year(year + 1).all_tasks() if t.carried_from
        }

    def unit_order(self) -> list[str]:
        """Units with tasks in the year or active in it, in the order of every view."""
        ids = set(self.year.tasks) | {
            i for i, u in self.records.units.items() if u.active_in(self.number)}
        return ordered_units(self.records, ids)

    def products(self, tasks: list[Task], unit: Unit | None, quarter: int) -> list[TaskRow]:
        """The rows of a quarter's products: tasks due in it, then its milestones (§9)."""
        rows = []
        for task, state in quarter_products(tasks, self.number, quarter, self.as_of,
                                            self.state):
            row = self.task_row(task, unit, state)
            if state.milestone is not None:
                row.title = f"{task.title} — mốc ngày {formats.date(state.milestone)}"
                row.deadline = state.milestone
            rows.append(row)
        return rows

    def task_row(self, task: Task, unit: Unit | None,
                 state: TaskState | None = None) -> TaskRow:
        state = state if state is not None else self.state(task)
        supervisor = self.year.supervisor_for(task)
        source = self.records.task(task.carried_from) if task.carried_from else None
        from_unit = source.unit if source is not None and source.unit != task.unit else None
        from_record = self.records.units.get(from_unit) if from_unit else None
        handed = self.handed.get(task.ref)
        to_unit = self.records.units.get(handed.to.split("/")[1]) if handed else None
        dropped = None
        if task.dropped is not None and task.dropped.date <= self.as_of:
            dropped = task.dropped.decision
        return TaskRow(
            ref=task.ref, id=task.id, title=task.title, unit=task.unit,
            unit_name=unit.name if unit else task.unit, type=task.type,
            owner=self.records.head_title(task.unit, task.owner) if task.owner else None,
            categories=[self.records.category_name(c) for c in task.categories],
            category_keys=list(task.categories),
            basis=self.basis.get(task.basis, task.basis) if task.basis else None,
            goal=self.goals.get(task.goal, task.goal) if task.goal else None,
            goal_key=task.goal, deadline=task.deadline,
            supervisor=supervisor.name if supervisor else None,
            supervisor_key=supervisor.key if supervisor else None,
            measure=task.measure, carried_from=task.carried_from,
            carried_from_title=source.title if source else None,
            carried_from_text=self.carried_from_text(task),
            carried_to=self.carried_to.get(task.ref),
            carried_from_unit=from_record.name if from_record else from_unit,
            carried_from_ended=bool(from_record and from_record.active
                                    and from_record.active.until),
            handed_over_to=(to_unit.name if to_unit else handed.to.split("/")[1])
            if handed else None,
            handed_over_ref=handed.to if handed else None, dropped=dropped,
            amendments=[f"{a.decision} ({formats.date(a.date)})"
                        + (f": {a.note}" if a.note else "") for a in task.amendments],
            state=state, share=None if state.left else _share(task, state),
            measure_text=formats.measure(task.measure, LANGUAGE) if task.measure else None,
            value_text=_value_text(task, state),
            progress=[
                ProgressRow(e.date, e.status, e.value, e.percent, e.note, e.result, e.exceeded,
                            [EvidenceRow(x.title, x.number, x.date, x.file, x.url)
                             for x in e.evidence])
                for e in sorted(task.progress, key=lambda e: e.date) if e.date <= self.as_of
            ],
        )

    def carried_from_text(self, task: Task) -> str | None:
        """Where a task comes from, in words: "năm 2021", "Xã Đức Bác (cũ), năm 2025"."""
        if not task.carried_from:
            return None
        year, unit_id, _ = task.carried_from.split("/")
        if unit_id == task.unit:
            return f"năm {year}"
        unit = self.records.units.get(unit_id)
        name = unit.name if unit else unit_id
        if unit is not None and unit.active is not None and unit.active.until is not None:
            name += " (cũ)"  # a unit that has ended, merged into its successor (§4.4)
        return f"{name}, năm {year}"

    def label(self, unit: Unit | None) -> Callable[[str, object], str | None]:
        """The text people read for a task's field value (the appendix's change list)."""
        unit_id = unit.id if unit else ""

        def text(name: str, value: object) -> str | None:
            if name == "owner":
                return self.records.head_title(unit_id, str(value) if value else None, LANGUAGE)
            if name == "categories":
                return ", ".join(self.records.category_name(c)
                                 for c in value)  # type: ignore[attr-defined]
            if name == "basis":
                return self.basis.get(str(value), str(value)) if value else None
            if isinstance(value, dt.date):
                return formats.date(value)
            if isinstance(value, float):
                return formats.number(value, language=LANGUAGE)
            return None if value is None else str(value)
        return text

    def appendix(self, unit: Unit | None, tasks: list[Task]
                 ) -> tuple[list[AppendixRow], list[ChangeRow]]:
        unit_id = unit.id if unit else ""
        rows: list[AppendixRow] = []
        changes: list[ChangeRow] = []
        label = self.label(unit)
        for task in tasks:
            added = added_after(task) if self.decision_date else None
            assigned, task_changes = as_assigned(task, self.decision_date, label)
            number = None
            if added is None:
                number = len(rows) + 1
                rows.append(AppendixRow(
                    number=number, title=assigned.title,
                    measure_text=formats.measure(assigned.measure, LANGUAGE) if assigned.measure
                    else None,
                    owner=self.records.head_title(unit_id, assigned.owner) if assigned.owner
                    else None,
                    deadline=assigned.deadline,
                    categories=[self.records.category_name(c) for c in assigned.categories],
                    basis_number=self.basis_number.get(assigned.basis or ""),
                    carried_from_text=_capital(self.carried_from_text(task)),
                    unknown=assigned.unknown))
            for change in task_changes:
                changes.append(ChangeRow(
                    number, task.title, change.kind, change.decision, change.date, change.note,
                    change.fields,
                    measure_text=formats.measure(task.measure, LANGUAGE)
                    if task.measure and change.kind == "added" else None,
                    deadline=task.deadline if change.kind == "added" else None))
        changes.sort(key=lambda c: (c.date, c.number or 0))
        return rows, changes

    def unit_row(self, unit_id: str) -> UnitRow:
        unit = self.records.units.get(unit_id)
        own = self.year.tasks.get(unit_id, [])
        if self.quarter is not None:
            tasks = self.products(own, unit, self.quarter)
            appendix: list[AppendixRow] = []
            changes: list[ChangeRow] = []
        else:
            tasks = [self.task_row(t, unit) for t in own]
            appendix, changes = self.appendix(unit, own)
        counts = Counts.of(row.state for row in tasks)
        supervisor = self.year.supervisor_of(unit_id)
        group = unit.group if unit else ""
        return UnitRow(
            id=unit_id, name=unit.name if unit else unit_id, group=group,
            group_name=self.records.group_name(group), code=unit.code if unit else None,
            supervisor=supervisor.name if supervisor else None,
            supervisor_key=supervisor.key if supervisor else None,
            supervisor_title=supervisor.title if supervisor else None,
            # the holder at the report's date (a person file), else the unit file's name
            heads=[HeadRow(h.role, h.title, named(self.records, unit_id, h.role, self.as_of))
                   for h in unit.heads] if unit else [],
            counts=counts, tasks=tasks, appendix=appendix, changes=changes)

    def build(self) -> YearReport:
        units = [self.unit_row(u) for u in self.unit_order()]
        if self.quarter is not None:
            units = [u for u in units if u.tasks]
        tasks = [t for u in units for t in u.tasks]
        totals = _count(tasks)
        groups = []
        known = self.records.group_keys()
        for key in [*known, *sorted({u.group for u in units} - set(known))]:
            members = [u for u in units if u.group == key]
            if members:
                groups.append(GroupRow(key, self.records.group_name(key), members,
                                       _count([t for u in members for t in u.tasks])))
        categories = [CategoryRow(k, self.records.category_name(k),
                                  _count([t for t in tasks if k in t.category_keys]))
                      for k in self.records.category_keys()]
        plain = [t for t in tasks if not t.categories]
        if plain:
            categories.append(CategoryRow(None, None, _count(plain)))
        live = [t for t in tasks if not t.state.left]
        meta = self.year.meta
        organization = self.records.config.organization if self.records.config else None
        return YearReport(
            year=self.number, as_of=self.as_of,
            organization=Organization(
                name=organization.name if organization else "",
                superior=organization.superior if organization else None,
                place=organization.place if organization else None,
                symbol=organization.symbol if organization else None),
            decision=meta.assigned.decision if meta and meta.assigned else None,
            decision_date=meta.assigned.date if meta and meta.assigned else None,
            groups=groups, units=units, categories=categories, totals=totals,
            overdue=[t for t in live if t.state.bucket == "overdue"],
            stale=[t for t in live if t.state.stale],
            carried_in=[t for t in tasks if t.carried_from
                        and not t.carried_from.startswith(f"{self.number}/")],
            handed_in=[t for t in tasks if t.carried_from
                       and t.carried_from.startswith(f"{self.number}/")],
            carry_on=[t for t in live if not t.state.done],
            goals=self.goal_rows(tasks), supervisors=self.supervisor_rows(units, tasks),
            checkpoints=self.checkpoints, issue=self.document,
            basis=[(n, name) for n, name in enumerate(self.basis.values(), 1)],
        )

    def goal_rows(self, tasks: list[TaskRow]) -> list[GoalRow]:
        rows = []
        for goal in self.year.meta.goals if self.year.meta else []:
            linked = [t for t in tasks if t.goal_key == goal.key and not t.state.left]
            measured = [t for t in linked if t.measure is not None and goal.measure is not None
                        and t.measure.unit == goal.measure.unit]
            assigned = sum(t.measure.target for t in measured if t.measure)
            achieved = sum(t.state.value or 0.0 for t in measured)
            share = reached = None
            if goal.measure is not None:
                target = goal.measure.target
                down = goal.measure.direction == "down"
                share = achieved / target if target and not down else None
                reached = achieved <= target if down else achieved >= target
            rows.append(GoalRow(goal.key, goal.name, goal.measure, assigned, achieved, share,
                                reached, linked, _count(linked)))
        return rows

    def supervisor_rows(self, units: list[UnitRow], tasks: list[TaskRow]
                        ) -> list[SupervisorRow]:
        rows = []
        for sup in self.year.meta.supervisors if self.year.meta else []:
            own = [u for u in units if u.supervisor_key == sup.key]
            watched = [t for t in tasks if t.supervisor_key == sup.key]
            rows.append(SupervisorRow(sup.key, sup.name, sup.title, own, _count(watched)))
        return rows


def _capital(text: str | None) -> str | None:
    """The first letter upper-cased, for a table cell: "năm 2021" → "Năm 2021"."""
    return text[:1].upper() + text[1:] if text else text


def _count(tasks: list[TaskRow]) -> Counts:
    return Counts.of(task.state for task in tasks)


def build_report(records: Records, year: int, as_of: dt.date, number: str | None = None,
                 date: dt.date | None = None, quarter: int | None = None) -> YearReport:
    """The view model of every document of ``year`` at ``as_of``.

    ``number`` and ``date`` are the documents' number (``30`` or ``30-BC/HU``) and date
    (default: the as-of date). With ``quarter``, the quarter's products only (§9) and its
    ratings.
    """
    document = issue(records.config, as_of, number, date)
    builder = _Builder(records, year, as_of, document, quarter)
    report = builder.build()
    report.rating = build_rating(records, evaluate(records, year, as_of, quarter=quarter))
    if quarter is not None:
        report.quarter = quarter
        report.quarter_text = formats.quarter(year, quarter, LANGUAGE)
        # The next quarter's products: after the fourth, the first quarter of the next year,
        # from its own records once it is assigned.
        following, after = (builder, quarter + 1) if quarter < 4 else (None, 1)
        if quarter == 4 and year + 1 in records.years:
            following = _Builder(records, year + 1, as_of, document, 1)
        report.next_quarter_text = formats.quarter(year + (quarter == 4), after, LANGUAGE)
        report.next_year_unassigned = following is None
        if following is not None:
            report.next_products = [
                row for unit_id in following.unit_order()
                for row in following.products(following.year.tasks.get(unit_id, []),
                                              records.units.get(unit_id), after)]
    return report
