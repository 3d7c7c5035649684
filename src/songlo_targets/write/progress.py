"""`targets progress add` (SPEC §6.3): one progress entry, written at its place in date order.

The entry is built from what the clerk typed and put into the task's round-trip tree; the
transaction then checks the repository as it would be, so an entry that breaks §4.2 (done
without result or evidence, a target done short of its value, a percent out of range, a date
outside the year or in the future) is refused with the reason, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task
from songlo_targets.store import Outcome, Transaction, edits


@dataclass(frozen=True)
class EvidenceInput:
    title: str
    number: str | None = None
    date: dt.date | None = None
    file: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class EntryInput:
    date: dt.date
    status: str
    value: float | None = None
    percent: float | None = None
    note: str | None = None
    result: str | None = None
    exceeded: bool = False
    evidence: EvidenceInput | None = None


def evidence_path(root: Path, typed: str, cwd: Path | None = None) -> str:
    """A typed evidence file as a path of the repository (relative to the root, with `/`)."""
    candidate = (cwd or Path.cwd()) / typed
    if candidate.is_file():
        resolved = candidate.resolve()
        if resolved.is_relative_to(root.resolve()):
            return resolved.relative_to(root.resolve()).as_posix()
    return Path(typed).as_posix()


def entry_node(entry: EntryInput) -> Any:
    evidence = None
    if entry.evidence is not None:
        e = entry.evidence
        evidence = edits.sequence([edits.mapping([
            ("title", e.title), ("number", e.number),
            ("date", e.date), ("file", e.file), ("url", e.url)])])
    return edits.mapping([
        ("date", entry.date), ("status", entry.status),
        ("value", edits.number(entry.value) if entry.value is not None else None),
        ("percent", edits.number(entry.percent) if entry.percent is not None else None),
        ("note", entry.note), ("result", entry.result),
        ("exceeded", True if entry.exceeded else None), ("evidence", evidence),
    ])


def task_node(tree: Any, task_id: str) -> Any:
    tasks = tree.get("tasks") if isinstance(tree, dict) else None
    for node in tasks or []:
        if isinstance(node, dict) and str(node.get("id")) == task_id:
            return node
    raise UsageError(N_("task `{id}` was not found in its file"), id=task_id)


def _position(entries: Any, day: dt.date) -> int:
    for index, node in enumerate(entries):
        if isinstance(node, dict) and str(node.get("date")) > day.isoformat():
            return index
    return len(entries)


def add_progress(records: Records, task: Task, entry: EntryInput,
                 today: dt.date | None = None, loaded: list[Diagnostic] | None = None
                 ) -> Outcome:
    """Add the entry; ``loaded``: the diagnostics of loading ``records`` (to reuse them)."""
    if entry.exceeded and task.type == "target":
        raise UsageError(N_("--exceeded is for tasks; a target is exceeded when its value "
                            "passes the target"))
    transaction = Transaction(records.root, today,
                              None if loaded is None else (records, loaded))
    path = records.year(task.year).task_paths[task.unit]
    node = task_node(transaction.open(path).tree, task.id)
    entries = node.get("progress")
    if not isinstance(entries, list):
        edits.set_key(node, "progress", edits.sequence([entry_node(entry)]), edits.TASK_KEYS)
    else:
        edits.insert(entries, _position(entries, entry.date), entry_node(entry))
    return transaction.commit()
