"""`targets assign` (SPEC §6.2): add tasks to units' files, all or nothing.

In an assigned year (§7) a decision number is required, and each new task records an
amendment naming it. Every new task is checked with the whole repository before anything is
written; a refusal is reported per task (and so per row of an imported table).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.store import Outcome, Transaction
from songlo_targets.write.task_files import AMENDMENT_ASSIGN, NewTask, add_task


@dataclass
class Assigned:
    refs: list[str] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)
    amended: bool = False  # the year is assigned: each task records an amendment


def require_decision(records: Records, year: int, decision: str | None) -> bool:
    """Whether the year is assigned; a usage error when it is and no decision is given."""
    if not records.year(year).assigned:
        return False
    if not decision or not decision.strip():
        raise UsageError(N_("the tasks of {year} are assigned (decision {number}): give the "
                            "decision that allows this change with --decision"),
                         year=year, number=_assigned_number(records, year))
    return True


def _assigned_number(records: Records, year: int) -> str:
    meta = records.year(year).meta
    return meta.assigned.decision if meta and meta.assigned else ""


def assign(records: Records, year: int, tasks: list[NewTask], decision: str | None = None,
           today: dt.date | None = None, dry_run: bool = False,
           loaded: list[Diagnostic] | None = None) -> Assigned:
    today = today or dt.date.today()
    amended = require_decision(records, year, decision)
    amendment = (today, (decision or "").strip(), AMENDMENT_ASSIGN) if amended else None
    transaction = Transaction(records.root, today,
                              None if loaded is None else (records, loaded))
    refs = [add_task(transaction, records, year, task, amendment) for task in tasks]
    return Assigned(refs, transaction.commit(dry_run=dry_run), amended)
