"""Storing computed ratings in `units/<unit>.yaml` (`targets evaluate --write`, SPEC §6.5).

Through the one writing layer (:mod:`songlo_targets.store`): the unit's round-trip tree is
edited in place — only ``evaluations.<year>.computed`` and ``heads.<role>.computed``, never
``final`` — and the transaction keeps every other byte, writes only files that change, and
refuses (writing nothing) a change that would bring an error other than on the ratings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from songlo_targets.check import check_records
from songlo_targets.derive.evaluation import YearEvaluation
from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.records.collection import Records
from songlo_targets.store import Outcome, Transaction
from songlo_targets.store.edits import mapping, set_key

EVALUATION_KEYS = ("computed", "final", "decision", "date", "note", "criteria", "quarters",
                   "heads")
QUARTERS = (1, 2, 3, 4)  # the order of `quarters.<N>`
# Writing computed ratings may break the quota or differ from a recorded final rating: the
# Standing Committee settles those in `final`, so they do not stop the write.
RATING_CODES = frozenset({"rating-quota", "rating-override"})


@dataclass(frozen=True)
class Ratings:
    """What to store for one unit in one year."""

    year: int
    computed: str
    heads: dict[str, str]
    quarter: int | None = None  # the ratings of this quarter (`quarters.<N>`, §9)


def child(parent: Any, key: Any, order: tuple[Any, ...] = (), flow: bool = False) -> Any:
    """``parent[key]`` as a mapping, created (empty) when absent or empty."""
    current = parent.get(key)
    if isinstance(current, dict):
        return current
    created = mapping((), flow=flow)
    set_key(parent, key, created, order)
    return created


def set_ratings(tree: Any, ratings: Ratings) -> None:
    """Set the computed ratings of one year in a unit's tree."""
    evaluations = child(tree, "evaluations")
    year = next((k for k in evaluations if str(k) == str(ratings.year)), ratings.year)
    entry = child(evaluations, year)
    if ratings.quarter is not None:
        entry = child(child(entry, "quarters", EVALUATION_KEYS), ratings.quarter,
                      QUARTERS, flow=not ratings.heads)
    if entry.get("computed") != ratings.computed:
        set_key(entry, "computed", ratings.computed, EVALUATION_KEYS)
    if ratings.heads:
        heads = child(entry, "heads", EVALUATION_KEYS)
        for role, computed in ratings.heads.items():
            head = child(heads, role, flow=True)
            if head.get("computed") != computed:
                set_key(head, "computed", computed, EVALUATION_KEYS)


def ratings_of(evaluation: YearEvaluation) -> dict[str, Ratings]:
    return {u.unit: Ratings(evaluation.year, u.computed, {h.role: h.computed for h in u.heads},
                            evaluation.quarter)
            for u in evaluation.units}


def blocking_errors(records: Records, loaded: list[Diagnostic], year: int
                    ) -> list[Diagnostic]:
    """The errors of the records that stop `evaluate --write`: every error but those on the
    recorded ratings (writing the computed ones may fix them)."""
    checked = check_records(records, loaded, year=year)
    return [d for d in checked.diagnostics
            if d.severity is Severity.ERROR and not d.code.startswith("rating-")]


@dataclass
class Stored:
    outcome: Outcome = field(default_factory=Outcome)
    blocked: list[Diagnostic] = field(default_factory=list)  # why nothing was tried


def store_computed(records: Records, loaded: list[Diagnostic], evaluation: YearEvaluation
                   ) -> Stored:
    """Store the computed ratings, unless the records have errors (:func:`blocking_errors`);
    the outcome says what was written or why nothing was."""
    blocked = blocking_errors(records, loaded, evaluation.year)
    if blocked:
        return Stored(blocked=blocked)
    transaction = Transaction(records.root, baseline=(records, loaded))
    for unit_id, ratings in ratings_of(evaluation).items():
        if unit_id in records.units:
            set_ratings(transaction.open(f"units/{unit_id}.yaml").tree, ratings)
    return Stored(transaction.commit(allow_existing=True, tolerate=RATING_CODES))
