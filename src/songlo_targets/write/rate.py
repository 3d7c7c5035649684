"""`targets rate YEAR UNIT` (SPEC §6.8): record the Standing Committee's decision on a rating.

Writes ``evaluations.<year>.final`` of the unit (or ``heads.<role>.final`` with a head), with the
decision's number and date, the note and the points judged by people (``criteria``, §5.1), in
the unit's file; the computed rating is never touched. Criteria points may be recorded alone
(they come before the rating they count in). With a quarter (a policy with ``periods:
quarterly``, §9) everything goes under ``quarters.<N>`` (a head's under ``quarters.<N>.heads``),
and a final needs its decision, dated on or after the quarter's last day. A final rating that
differs from the computed one needs its reason (SPEC §3.2); the transaction refuses what
`targets check` would report (an unknown level, a group over the quota).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import formats
from songlo_targets.dates import quarter_end
from songlo_targets.derive.evaluation import evaluate
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import unit_file
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_key, level_options, role_options
from songlo_targets.records.model import Evaluation, QuarterEvaluation
from songlo_targets.store import Outcome, Transaction, edits
from songlo_targets.store.edits import set_key
from songlo_targets.write.ratings import EVALUATION_KEYS, QUARTERS, child


@dataclass(frozen=True)
class FinalRating:
    """The decision as typed: the level and head may be keys or the names people read."""

    level: str | None  # None: only criteria points are recorded
    head: str | None = None
    decision: str | None = None
    date: dt.date | None = None
    note: str | None = None
    criteria: float | None = None  # points judged by people (§5.1)
    quarter: int | None = None  # the rating and points are those of this quarter (§9)


@dataclass
class Rated:
    year: int
    unit: str
    role: str | None
    level: str | None  # the level's key; None when only criteria points were recorded
    computed: str | None  # the computed rating it was compared with
    outcome: Outcome = field(default_factory=Outcome)


def computed_rating(records: Records, year: int, unit: str, role: str | None,
                    quarter: int | None = None) -> str | None:
    """The computed rating as recorded by `evaluate --write`, else as computed now."""
    unit_record = records.units[unit]
    year_entry = unit_record.evaluations.get(year)
    entry: Evaluation | QuarterEvaluation | None = year_entry
    if quarter is not None and year_entry is not None:
        entry = year_entry.quarters.get(quarter)
    elif quarter is not None:
        entry = None
    recorded = (entry.heads[role].computed if role and entry and role in entry.heads
                else None if role else entry.computed if entry else None)
    if recorded is not None:
        return recorded
    if year not in records.years:
        return None
    result = evaluate(records, year, quarter=quarter)
    found = next((u for u in result.units if u.unit == unit), None)
    if found is None:
        return None
    if role is None:
        return found.computed
    return next((h.computed for h in found.heads if h.role == role), None)


def _check_asked(asked: FinalRating, year: int) -> None:
    if asked.level is None and asked.criteria is None:
        raise UsageError(N_("nothing to record: give --final LEVEL, --criteria POINTS, or "
                            "both"))
    if asked.quarter is None or asked.level is None:
        return
    if not (asked.decision and asked.decision.strip()) or asked.date is None:
        raise UsageError(N_("a quarter's final rating is the Standing Committee's decision: "
                            "give --decision NUMBER and --date DATE"))
    end = quarter_end(year, asked.quarter)
    if asked.date < end:
        raise UsageError(N_("--date {date} is before the end of the quarter ({end}): a quarter "
                            "is rated after its last day"),
                         date=formats.date(asked.date), end=formats.date(end))


def rate(records: Records, year: int, unit: str, asked: FinalRating,
         loaded: list[Diagnostic] | None = None) -> Rated:
    record = records.units[unit]
    _check_asked(asked, year)
    level = (find_key("level", asked.level, level_options(records, year))
             if asked.level is not None else None)
    role = find_key("role", asked.head, role_options(record)) if asked.head else None
    computed = (computed_rating(records, year, unit, role, asked.quarter)
                if level is not None else None)
    note = asked.note.strip() if asked.note and asked.note.strip() else None
    if computed is not None and computed != level and note is None:
        raise UsageError(N_("the computed rating is {computed}: a final rating that differs "
                            "from it needs the reason, with --note"), computed=computed)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    tree = transaction.open(unit_file(unit)).tree
    evaluations = child(tree, "evaluations")
    key = next((k for k in evaluations if str(k) == str(year)), year)
    entry = child(evaluations, key)
    if asked.quarter is not None:
        entry = child(child(entry, "quarters", EVALUATION_KEYS), asked.quarter,
                      QUARTERS, flow=level is None and role is None)
    target = child(child(entry, "heads", EVALUATION_KEYS), role, flow=True) if role else entry
    if level is not None:
        set_key(target, "final", level, EVALUATION_KEYS)
    if asked.decision and asked.decision.strip():
        set_key(entry, "decision", asked.decision.strip(), EVALUATION_KEYS)
    if asked.date is not None:
        set_key(entry, "date", asked.date, EVALUATION_KEYS)
    if note is not None:
        set_key(target, "note", note, EVALUATION_KEYS)
    if asked.criteria is not None:
        set_key(target, "criteria", edits.number(asked.criteria), EVALUATION_KEYS)
    return Rated(year, unit, role, level, computed, transaction.commit())
