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
from songlo_targets.formats import date as show
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task
from songlo_targets.store import Outcome, Transaction, edits
from songlo_targets.write.task_files import is_task, task_node


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


def _same_day(entries: Any, day: dt.date) -> int | None:
    for index, node in enumerate(entries):
        if isinstance(node, dict) and str(node.get("date")) == day.isoformat():
            return index
    return None


def _position(entries: Any, day: dt.date) -> int:
    for index, node in enumerate(entries):
        if isinstance(node, dict) and str(node.get("date")) > day.isoformat():
            return index
    return len(entries)


def add_progress(records: Records, task: Task, entry: EntryInput,
                 today: dt.date | None = None, loaded: list[Diagnostic] | None = None,
                 replace: bool = False) -> Outcome:
    """Add the entry; with ``replace``, put it in place of the entry of the same date.

    ``loaded``: the diagnostics of loading ``records`` (to reuse them)."""
    transaction = Transaction(records.root, today,
                              None if loaded is None else (records, loaded))
    put_entry(transaction, records, task, entry, replace)
    return transaction.commit()


def put_entry(transaction: Transaction, records: Records, task: Task, entry: EntryInput,
              replace: bool = False) -> None:
    """Put the entry into the task's tree in ``transaction`` (several entries, one commit)."""
    if entry.exceeded and task.type == "target":
        raise UsageError(N_("--exceeded is for tasks; a target is exceeded when its value "
                            "passes the target"))
    if not replace and transaction.insert_into_item(
            records.year(task.year).task_paths[task.unit], "tasks", is_task(task), "progress",
            entry_node(entry), lambda entries: None if _same_day(entries, entry.date) is not None
            else _position(entries, entry.date)):
        return  # written among the task's lines, the task not read as a tree
    node = task_node(transaction, records, task)
    entries = node.get("progress")
    if not isinstance(entries, list):
        entries = None
    same = _same_day(entries, entry.date) if entries else None
    if replace and same is None:
        raise UsageError(N_("task {ref} has no progress entry on {date} to replace"),
                         ref=task.ref, date=show(entry.date))
    if not replace and same is not None:
        raise UsageError(N_("task {ref} already has a progress entry on {date}: give --replace "
                            "to correct it, or another --date"), ref=task.ref,
                         date=show(entry.date))
    if entries is None:
        edits.set_key(node, "progress", edits.sequence([entry_node(entry)]), edits.TASK_KEYS)
    elif same is not None:
        edits.replace(entries, same, entry_node(entry))
    else:
        edits.insert(entries, _position(entries, entry.date), entry_node(entry))
