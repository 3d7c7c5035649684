"""`targets rate YEAR UNIT` (SPEC §6.8): record the Standing Committee's decision on a rating.

Writes ``evaluations.<year>.final`` of the unit (or ``heads.<role>.final`` with a head), with the
decision's number and date, the note and the points judged by people (``criteria``, §5.1), in
the unit's file; the computed rating is never touched. Criteria points may be recorded alone
(they come before the rating they count in), and for one quarter (``quarters.<N>.criteria``,
for a policy with ``periods: quarterly``; quarterly ratings have no final). A final rating that
differs from the computed one needs its reason (SPEC §3.2); the transaction refuses what
`targets check` would report (an unknown level, a group over the quota).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets.derive.evaluation import evaluate
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import unit_file
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_key, level_options, role_options
from songlo_targets.store import Outcome, Transaction, edits
from songlo_targets.store.edits import set_key
from songlo_targets.write.ratings import EVALUATION_KEYS, child


@dataclass(frozen=True)
class FinalRating:
    """The decision as typed: the level and head may be keys or the names people read."""

    level: str | None  # None: only criteria points are recorded
    head: str | None = None
    decision: str | None = None
    date: dt.date | None = None
    note: str | None = None
    criteria: float | None = None  # points judged by people (§5.1)
    quarter: int | None = None  # the criteria points are those of this quarter


@dataclass
class Rated:
    year: int
    unit: str
    role: str | None
    level: str | None  # the level's key; None when only criteria points were recorded
    computed: str | None  # the computed rating it was compared with
    outcome: Outcome = field(default_factory=Outcome)


def computed_rating(records: Records, year: int, unit: str, role: str | None) -> str | None:
    """The computed rating as recorded by `evaluate --write`, else as computed now."""
    unit_record = records.units[unit]
    entry = unit_record.evaluations.get(year)
    recorded = (entry.heads[role].computed if role and entry and role in entry.heads
                else None if role else entry.computed if entry else None)
    if recorded is not None:
        return recorded
    if year not in records.years:
        return None
    result = evaluate(records, year)
    found = next((u for u in result.units if u.unit == unit), None)
    if found is None:
        return None
    if role is None:
        return found.computed
    return next((h.computed for h in found.heads if h.role == role), None)


def _check_asked(asked: FinalRating) -> None:
    if asked.quarter is not None and asked.criteria is None:
        raise UsageError(N_("--quarter records the criteria points of a quarter: give "
                            "--criteria POINTS"))
    if asked.quarter is not None and asked.level is not None:
        raise UsageError(N_("quarterly ratings are computed, not decided: record --final for "
                            "the year, without --quarter"))
    if asked.level is None and asked.criteria is None:
        raise UsageError(N_("nothing to record: give --final LEVEL, --criteria POINTS, or "
                            "both"))


def rate(records: Records, year: int, unit: str, asked: FinalRating,
         loaded: list[Diagnostic] | None = None) -> Rated:
    record = records.units[unit]
    _check_asked(asked)
    level = (find_key("level", asked.level, level_options(records, year))
             if asked.level is not None else None)
    role = find_key("role", asked.head, role_options(record)) if asked.head else None
    computed = computed_rating(records, year, unit, role) if level is not None else None
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
    target = child(child(entry, "heads", EVALUATION_KEYS), role, flow=True) if role else entry
    if level is not None:
        set_key(target, "final", level, EVALUATION_KEYS)
    if asked.decision and asked.decision.strip():
        set_key(entry, "decision", asked.decision.strip(), EVALUATION_KEYS)
    if asked.date is not None:
        set_key(entry, "date", asked.date, EVALUATION_KEYS)
    if note is not None:
        set_key(target, "note", note, EVALUATION_KEYS)
    if asked.criteria is not None and asked.quarter is not None:
        quarter = child(child(target, "quarters", EVALUATION_KEYS), asked.quarter, flow=True)
        set_key(quarter, "criteria", edits.number(asked.criteria), ("criteria",))
    elif asked.criteria is not None:
        set_key(target, "criteria", edits.number(asked.criteria), EVALUATION_KEYS)
    return Rated(year, unit, role, level, computed, transaction.commit())
