"""`targets drop` and `targets amend` (SPEC §6.8): withdraw or change a task by decision.

Both edit the task's node in place (nothing else of the file moves) and go through the store
transaction, which refuses a change that `targets check` would report. `amend` records the
amendment (`{date, decision, note}`, SPEC §3.4) that makes the change legitimate in an
assigned year (§7); its note says what changed when the clerk gives none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import formats
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import category_options, find_key, role_options
from songlo_targets.records.model import Former, Task, record_fields
from songlo_targets.store import Outcome, Transaction, edits
from songlo_targets.write.decisions import decision_date, document_symbol
from songlo_targets.write.task_files import (
    add_amendment,
    milestones_node,
    parse_milestone,
    task_node,
)

# The words of the amendment note written into the (Vietnamese) records.
FIELD_NOTES = {"title": "nội dung", "deadline": "thời hạn", "target": "chỉ tiêu",
               "owner": "người phụ trách", "categories": "nhóm việc",
               "milestones": "các mốc sản phẩm"}


@dataclass(frozen=True)
class Decision:
    number: str
    date: dt.date | None  # as given; None: today, when today lies in the task's year


@dataclass(frozen=True)
class Change:
    field: str  # a key of FIELD_NOTES
    before: str  # as people read it
    after: str


@dataclass
class Amended:
    ref: str
    date: dt.date
    decision: str
    note: str | None
    changes: list[Change] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)


def _decision(records: Records, task: Task, decision: Decision) -> tuple[str, dt.date]:
    number = decision.number.strip()
    if not number:
        raise UsageError(N_("give the number of the decision with --decision"))
    return document_symbol(number), decision_date(records, task.year, decision.date, "--date")


def _live(task: Task) -> None:
    if task.dropped is not None:
        raise UsageError(N_("task {ref} was dropped on {date} (decision {decision})"),
                         ref=task.ref, date=formats.date(task.dropped.date),
                         decision=task.dropped.decision)


def drop(records: Records, task: Task, decision: Decision, reason: str,
         loaded: list[Diagnostic] | None = None) -> Amended:
    """Withdraw ``task``: ``dropped: {date, decision, reason}``."""
    _live(task)
    if not reason.strip():
        raise UsageError(N_("give the reason for withdrawing the task with --reason"))
    number, day = _decision(records, task, decision)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    node = task_node(transaction, records, task)
    edits.set_key(node, "dropped", edits.mapping(
        [("date", day), ("decision", number), ("reason", reason.strip())], flow=True),
        edits.TASK_KEYS)
    return Amended(task.ref, day, number, reason.strip(), outcome=transaction.commit())


@dataclass(frozen=True)
class Amendment:
    """What the clerk asked to change (None: unchanged)."""

    title: str | None = None
    deadline: dt.date | None = None
    target: float | None = None
    owner: str | None = None  # a role or a head's title
    categories: list[str] | None = None  # keys or names
    milestones: list[str] | None = None  # DATE:VALUE, as typed: they replace the task's

    def empty(self) -> bool:
        return all(v is None for v in (self.title, self.deadline, self.target, self.owner,
                                       self.categories, self.milestones))


def _milestones_text(pairs: list[tuple[dt.date, float]]) -> str:
    return "; ".join(f"{formats.date(d)}: {formats.number(v, formats.EXACT)}"
                     for d, v in pairs) or "—"


def _changes(records: Records, task: Task, asked: Amendment
             ) -> tuple[list[Change], dict[str, object]]:
    """The changes as people read them, and the new values to write, by key."""
    changes: list[Change] = []
    values: dict[str, object] = {}
    if asked.title is not None and asked.title.strip() != task.title:
        values["title"] = asked.title.strip()
        changes.append(Change("title", task.title, asked.title.strip()))
    if asked.deadline is not None and asked.deadline != task.deadline:
        values["deadline"] = asked.deadline
        changes.append(Change("deadline", formats.date(task.deadline),
                              formats.date(asked.deadline)))
    if asked.target is not None:
        if task.measure is None:
            raise UsageError(N_("--target changes a target's measure; {ref} is a task without "
                                "one"), ref=task.ref)
        if asked.target != task.measure.target:
            values["target"] = asked.target
            changes.append(Change("target", formats.number(task.measure.target, formats.EXACT),
                                  formats.number(asked.target, formats.EXACT)))
    if asked.owner is not None:
        unit = records.units.get(task.unit)
        role = find_key("role", asked.owner, role_options(unit))
        if role != task.owner:
            titles = dict(role_options(unit))
            values["owner"] = role
            changes.append(Change("owner", titles.get(task.owner or "", task.owner or "—"),
                                  titles[role]))
    if asked.categories is not None:
        keys = [find_key("category", c, category_options(records)) for c in asked.categories]
        keys = list(dict.fromkeys(keys))
        if keys != task.categories:
            names = dict(category_options(records))
            values["categories"] = keys
            changes.append(Change("categories",
                                  ", ".join(names.get(k, k) for k in task.categories) or "—",
                                  ", ".join(names[k] for k in keys) or "—"))
    if asked.milestones is not None:
        new = sorted(parse_milestone(m) for m in asked.milestones)
        old = [(m.date, m.target if m.target is not None else m.percent or 0.0)
               for m in task.milestones]
        if new != old:
            values["milestones"] = new
            changes.append(Change("milestones", _milestones_text(old), _milestones_text(new)))
    return changes, values


def _former(task: Task, values: dict[str, object]) -> dict[str, object]:
    """The values the amendment replaces, as `was:` records them (keys of `values`)."""
    former: dict[str, object] = {}
    for key in sorted(values, key=list(record_fields(Former)).index):
        if key == "target":
            former[key] = edits.number(task.measure.target) if task.measure else None
        elif key == "categories":
            former[key] = edits.sequence(list(task.categories), flow=True)
        elif key == "milestones":
            former[key] = milestones_node(task.type, [
                (m.date, m.target if m.target is not None else m.percent or 0.0)
                for m in task.milestones]) if task.milestones else None
        else:
            former[key] = getattr(task, key)
    return {key: value for key, value in former.items() if value is not None}


def note_of(changes: list[Change]) -> str:
    """The amendment's note when the clerk gives none: what changed, in the records' words."""
    return "Điều chỉnh " + "; ".join(
        f"{FIELD_NOTES[c.field]} từ {c.before} thành {c.after}" for c in changes)


def amend(records: Records, task: Task, asked: Amendment, decision: Decision,
          note: str | None = None, loaded: list[Diagnostic] | None = None) -> Amended:
    """Change the task as asked and record the amendment; a usage error when nothing changes."""
    _live(task)
    if asked.empty():
        raise UsageError(N_("say what changes: --title, --deadline, --target, --owner, "
                            "--category or --milestone"))
    changes, values = _changes(records, task, asked)
    if not changes:
        raise UsageError(N_("task {ref} already reads so: nothing to amend"), ref=task.ref)
    number, day = _decision(records, task, decision)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    node = task_node(transaction, records, task)
    for key, value in values.items():
        if key == "target":
            node["measure"]["target"] = edits.number(float(value))  # type: ignore[arg-type]
        elif key == "categories":
            edits.set_key(node, key, edits.sequence(list(value), flow=True),  # type: ignore[call-overload]
                          edits.TASK_KEYS)
        elif key == "milestones":
            edits.set_key(node, key, milestones_node(task.type, value),  # type: ignore[arg-type]
                          edits.TASK_KEYS)
        else:
            edits.set_key(node, key, value, edits.TASK_KEYS)
    text = note.strip() if note and note.strip() else note_of(changes)
    add_amendment(node, (day, number, text), _former(task, values))
    return Amended(task.ref, day, number, text, changes, transaction.commit())
