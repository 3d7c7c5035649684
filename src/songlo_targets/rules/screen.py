"""One walk over every progress entry, for the rules that look at progress entries.

Seven rules read every entry of every task (order, dates, done without a result, evidence,
quality, values): seven walks of 40,000 entries at 10,000 tasks, most of them finding nothing.
:func:`screen` walks once and notes, for each rule, the tasks it may have something to say
of; the rule then looks at those tasks only, as it would at all. Each list holds every task
its rule could report (a superset: a task in it may still be clean), so a rule finds what it
finds without the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task
from songlo_targets.rules.context import Context


@dataclass
class Screen:
    """The tasks with: entries out of date order or on one date (``unordered``); an entry
    before the task's year or after today (``misdated``); an entry done without a result,
    without evidence or with evidence that names no document (``unproven``); an entry not
    done after one done, or entries out of order (``regressed``); a target with an entry
    done (``done_targets``); an entry with a quality (``judged``), with evidence
    (``evidenced``); a `value` on a plain task or a `percent` on a target
    (``mismeasured``)."""

    unordered: list[Task] = field(default_factory=list)
    misdated: list[Task] = field(default_factory=list)
    unproven: list[Task] = field(default_factory=list)
    regressed: list[Task] = field(default_factory=list)
    done_targets: list[Task] = field(default_factory=list)
    judged: list[Task] = field(default_factory=list)
    evidenced: list[Task] = field(default_factory=list)
    mismeasured: list[Task] = field(default_factory=list)


def screen(records: Records, context: Context) -> Screen:
    """The screen of ``records``, walked once for every rule of a run (kept in ``context``)."""
    kept = context.memo.get("progress-screen")
    if kept is not None and kept[0] is records:
        found: Screen = kept[1]
        return found
    found = _walk(records, context.today)
    context.memo["progress-screen"] = (records, found)
    return found


def _walk(records: Records, today: dt.date) -> Screen:
    found = Screen()
    firsts: dict[int, dt.date] = {}  # year -> its first day
    for task in records.all_tasks():
        progress = task.progress
        if not progress:
            continue
        year = task.year
        first = firsts.get(year)
        if first is None:
            first = firsts[year] = dt.date(year, 1, 1)
        wrong = "value" if task.type == "task" else "percent" if task.type == "target" else ""
        unordered = misdated = done = unproven = regressed = judged = evidenced = False
        mismeasured = False
        previous: dt.date | None = None
        for entry in progress:
            date = entry.date
            if previous is not None and date <= previous:
                unordered = True
            previous = date
            if date < first or date > today:
                misdated = True
            if entry.status == "done":
                done = True
                result = entry.result
                if not (result and result.strip() and entry.evidence) or not all(
                        item.identified for item in entry.evidence):
                    unproven = True
            elif done:
                regressed = True
            if entry.quality is not None:
                judged = True
            if entry.evidence:
                evidenced = True
            if wrong and getattr(entry, wrong) is not None:
                mismeasured = True
        if unordered:
            found.unordered.append(task)
        if misdated:
            found.misdated.append(task)
        if unproven:
            found.unproven.append(task)
        if regressed or (unordered and done):
            found.regressed.append(task)
        if done and task.type == "target":
            found.done_targets.append(task)
        if judged:
            found.judged.append(task)
        if evidenced:
            found.evidenced.append(task)
        if mismeasured:
            found.mismeasured.append(task)
    return found
