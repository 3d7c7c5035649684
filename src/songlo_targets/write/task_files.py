"""The unit-year task files (``targets/<year>/<unit>.yaml``) inside a transaction: open or
create one, list its ids, give the next free id, add a task node in the layout of SPEC §3.4."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task
from songlo_targets.store import Transaction, edits

AMENDMENT_ASSIGN = "Giao bổ sung nhiệm vụ"
AMENDMENT_CARRY = "Chuyển tiếp nhiệm vụ {source}"
AMENDMENT_HANDOVER = "Tiếp nhận nhiệm vụ {source} do hợp nhất đơn vị"


def task_path(year: int, unit: str) -> str:
    return f"targets/{year}/{unit}.yaml"


def header(records: Records, year: int, unit: str) -> str:
    name = records.units[unit].name if unit in records.units else unit
    return (f"Nhiệm vụ, chỉ tiêu năm {year} giao cho {name}.\n"
            "Mỗi nhiệm vụ có id, title, deadline; tiến độ ghi bằng `targets progress add`.")


def tasks_of(transaction: Transaction, records: Records, year: int, unit: str) -> Any:
    """The `tasks` sequence of the unit's file, creating the file (or the key) if needed."""
    path = records.year(year).task_paths.get(unit) or task_path(year, unit)
    if transaction.exists(path):
        tree = transaction.open(path).tree
        if tree is None:
            tree = transaction.create(path, edits.mapping([]), "").tree
    else:
        tree = transaction.create(path, edits.mapping([]), header(records, year, unit)).tree
    if not isinstance(tree.get("tasks"), list):
        tree["tasks"] = edits.sequence([])
    return tree["tasks"]


def next_id(tasks: Any) -> str:
    """One more than the highest numeric id of the file, as '01', '02', …"""
    numbers = [int(str(node.get("id"))) for node in tasks
               if isinstance(node, dict) and str(node.get("id", "")).isdigit()]
    width = max([2, *(len(str(node.get("id"))) for node in tasks
                      if isinstance(node, dict) and str(node.get("id", "")).isdigit())])
    return str(max(numbers, default=0) + 1).zfill(width)


@dataclass
class NewTask:
    """A task to add, as the clerk asked for it (checked later, with the whole repository)."""

    unit: str
    title: str
    deadline: dt.date
    type: str = "task"
    owner: str | None = None
    categories: list[str] = field(default_factory=list)
    basis: str | None = None
    goal: str | None = None
    measure_unit: str | None = None
    target: float | None = None
    baseline: float | None = None
    direction: str | None = None
    carried_from: str | None = None
    milestones: list[tuple[dt.date, float]] = field(default_factory=list)  # (date, value)


def new_task_node(task_id: str, new: NewTask, amendment: tuple[dt.date, str, str] | None
                  ) -> Any:
    measure = None
    if new.measure_unit is not None or new.target is not None:
        measure = edits.mapping([
            ("unit", new.measure_unit), ("target", _num(new.target)),
            ("baseline", _num(new.baseline)),
            ("direction", new.direction if new.direction == "down" else None)], flow=True)
    amendments = None
    if amendment is not None:
        day, decision, note = amendment
        amendments = edits.sequence([edits.mapping(
            [("date", day), ("decision", decision), ("note", note), ("added", True)],
            flow=True)])
    return edits.mapping([
        ("id", edits.quoted(task_id)), ("title", new.title),
        ("type", "target" if new.type == "target" else None), ("owner", new.owner),
        ("categories", edits.sequence(new.categories, flow=True) if new.categories else None),
        ("basis", new.basis), ("goal", new.goal), ("deadline", new.deadline),
        ("measure", measure),
        ("milestones", milestones_node(new.type, new.milestones) if new.milestones else None),
        ("carried_from", new.carried_from), ("amendments", amendments),
    ])


def milestones_node(kind: str, milestones: list[tuple[dt.date, float]]) -> Any:
    """``milestones:`` as written (§9): in date order, ``target`` on a target, ``percent`` on
    a task."""
    key = "target" if kind == "target" else "percent"
    return edits.sequence([edits.mapping([("date", day), (key, _num(value))], flow=True)
                           for day, value in sorted(milestones)])


def parse_milestone(text: str) -> tuple[dt.date, float]:
    """``DATE:VALUE`` as typed with --milestone (``31/03/2026:30``, ``2026-03-31:1,5``)."""
    from songlo_targets.dates import parse_date

    day, colon, value = text.strip().rpartition(":")
    try:
        number = float(value.strip().replace(",", ".")) if colon else None
    except ValueError:
        number = None
    if not colon or number is None or number != number or number < 0:
        raise UsageError(N_("`{text}` is not a milestone: write DATE:VALUE, for example "
                            "31/03/2026:30 (the percentage of a task, or the cumulative value "
                            "of a target, due by that date)"), text=text)
    return parse_date(day), number


def _num(value: float | None) -> int | float | None:
    return None if value is None else edits.number(value)


def add_task(transaction: Transaction, records: Records, year: int, new: NewTask,
             amendment: tuple[dt.date, str, str] | None = None) -> str:
    """Append the task to its unit's file; return its reference."""
    tasks = tasks_of(transaction, records, year, new.unit)
    task_id = next_id(tasks)
    edits.append(tasks, new_task_node(task_id, new, amendment))
    return f"{year}/{new.unit}/{task_id}"


def is_task(task: Task) -> Callable[[Any], bool]:
    """Whether an item of a task file (a tree's node, or as the fast reader reads it) is
    ``task``."""
    return lambda node: isinstance(node, dict) and str(node.get("id")) == task.id


def task_node(transaction: Transaction, records: Records, task: Task) -> Any:
    """The round-trip mapping of a loaded task, in its file opened in the transaction."""
    node = transaction.find_item(records.year(task.year).task_paths[task.unit], "tasks",
                                 is_task(task))
    if node is None:
        raise UsageError(N_("task `{id}` was not found in its file"), id=task.id)
    return node


def add_amendment(node: Any, amendment: tuple[dt.date, str, str | None],
                  was: dict[str, Any] | None = None) -> None:
    """Append ``{date, decision, note, was}`` to the task's amendments (created if absent).

    ``was``: the values the amendment replaces (docs/reports.md: the appendix as assigned).
    """
    day, decision, note = amendment
    former = edits.mapping(list(was.items()), flow=True) if was else None
    entry = edits.mapping([("date", day), ("decision", decision), ("note", note),
                           ("was", former)], flow=True)
    existing = node.get("amendments")
    if isinstance(existing, list) and existing:
        edits.append(existing, entry)
    else:
        edits.set_key(node, "amendments", edits.sequence([entry]), edits.TASK_KEYS)
