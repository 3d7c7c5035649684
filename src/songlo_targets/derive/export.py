"""The rows of `targets export` (SPEC §6.7): one per task of a year, with its state at D.

Values keep their types (dates, numbers, booleans) so that each format can write them as it
should; see :mod:`songlo_targets.render.export` for the formats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from songlo_targets import glossary
from songlo_targets.derive.state import TaskState, default_as_of, milestone_state, year_states
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import ScorePolicy, Task
from songlo_targets.records.ordering import ordered_units

Value = str | int | float | bool | dt.date | None
Kind = Literal["text", "number", "date", "bool"]


@dataclass(frozen=True)
class Column:
    key: str  # the JSON key, stable
    header: str  # English message id of the header people read (CSV, XLSX)
    kind: Kind
    width: int  # XLSX column width, in characters


COLUMNS = (
    Column("ref", N_("Reference"), "text", 22),
    Column("unit", N_("Unit id"), "text", 18),
    Column("unit_name", N_("Unit"), "text", 30),
    Column("group", N_("Group"), "text", 16),
    Column("id", N_("Id"), "text", 6),
    Column("title", N_("Task"), "text", 60),
    Column("type", N_("Type"), "text", 8),
    Column("owner", N_("Owner"), "text", 14),
    Column("categories", N_("Categories"), "text", 20),
    Column("deadline", N_("Deadline"), "date", 12),
    Column("measure_unit", N_("Measure unit"), "text", 12),
    Column("target", N_("Target"), "number", 10),
    Column("direction", N_("Direction"), "text", 9),
    Column("value", N_("Value"), "number", 10),
    Column("percent", N_("Percent"), "number", 9),
    Column("status", N_("Status"), "text", 13),
    Column("bucket", N_("Bucket"), "text", 13),
    Column("done_date", N_("Done on"), "date", 12),
    Column("last_update", N_("Last update"), "date", 12),
    Column("stale", N_("Stale"), "bool", 7),
)


@dataclass(frozen=True)
class Export:
    year: int
    as_of: dt.date
    rows: list[dict[str, Value]]  # keys, for programs (JSON)
    shown: list[dict[str, Value]]  # the same rows as people read them (CSV, XLSX): labels


# Columns whose keys people read as labels; the reference and the unit id stay keys, for
# programs that join an export with the records (docs/reports.md, "Exports").
def _labels(records: Records, task: Task, row: dict[str, Value]) -> dict[str, Value]:
    unit = records.units.get(task.unit)
    measure = task.measure
    status, bucket = str(row["status"]), row["bucket"]
    return {**row,
            "group": records.group_name(unit.group) if unit else None,
            "type": glossary.label("task-type", task.type),
            "owner": records.head_title(task.unit, task.owner),
            "categories": "; ".join(records.category_name(k) for k in task.categories) or None,
            "direction": glossary.short("direction", measure.direction) if measure else None,
            "status": glossary.label("status", status),
            "bucket": glossary.label("bucket", str(bucket)) if bucket else None}


def export_rows(records: Records, year: int, as_of: dt.date | None = None,
                products: bool = False) -> Export:
    """Every task of the year, units in display order, tasks in file order.

    ``products`` (the bundles for the province): each row also says its ``kind`` (task), its
    ``milestone`` (None), its ``weight`` and the points it has ``earned`` (§5.1; None when
    the policy gives no points), and each task's milestones (§9) follow it, one row each."""
    as_of = as_of or default_as_of(year)
    data = records.year(year)
    state_of = year_states(records, year, as_of)
    points = _points(records, year) if products else None
    rows: list[dict[str, Value]] = []
    shown: list[dict[str, Value]] = []
    for unit_id in ordered_units(records, data.tasks):
        unit = records.units.get(unit_id)
        for task in data.tasks[unit_id]:
            state = state_of(task)
            measure = task.measure
            rows.append({
                "ref": task.ref,
                "unit": unit_id,
                "unit_name": unit.name if unit else unit_id,
                "group": unit.group if unit else None,
                "id": task.id,
                "title": task.title,
                "type": task.type,
                "owner": task.owner,
                "categories": "; ".join(task.categories) or None,
                "deadline": task.deadline,
                "measure_unit": measure.unit if measure else None,
                "target": measure.target if measure else None,
                "direction": measure.direction if measure else None,
                "value": state.value,
                "percent": state.percent,
                "status": state.status,
                "bucket": state.bucket,
                "done_date": state.done_date,
                "last_update": state.last_update,
                "stale": state.stale,
            })
            shown.append(_labels(records, task, rows[-1]))
            if products:
                rows[-1].update(_product(task, state, points))
                for milestone in task.milestones:
                    at = milestone_state(task, milestone, as_of, state)
                    rows.append({**rows[-1], "target": milestone.target, "value": at.value,
                                 "percent": at.percent, "status": at.status,
                                 "bucket": at.bucket, "done_date": at.done_date,
                                 "stale": at.stale, **_product(task, at, points)})
                    shown.append(_labels(records, task, rows[-1]))
    return Export(year, as_of, rows, shown)


def _points(records: Records, year: int) -> ScorePolicy | None:
    from songlo_targets.derive.evaluation import score_policy

    return score_policy(records.policy(year))


def _product(task: Task, state: TaskState, points: ScorePolicy | None) -> dict[str, Value]:
    """The columns of a product (a task, or one of its milestones) in a bundle."""
    from songlo_targets.derive.evaluation import earned, weight_of

    got = None if points is None or state.left else float(earned(task, state, points))
    return {"kind": "milestone" if state.milestone else "task", "milestone": state.milestone,
            "weight": float(weight_of(task)), "earned": got}
