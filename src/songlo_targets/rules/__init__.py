"""The checks of `targets check` (SPEC §6.1): small rule functions, one per diagnostic code.

Each rule is ``rule(records, context) -> Iterable[Diagnostic]`` and is named after its code.
:data:`DEFAULT_RULES` lists them; callers pass the list they want to :func:`run`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.records.collection import Records
from songlo_targets.rules import carry, people, progress, ratings, tasks, units
from songlo_targets.rules.context import Context

Rule = Callable[[Records, Context], Iterable[Diagnostic]]

DEFAULT_RULES: tuple[Rule, ...] = (
    units.unknown_unit,
    units.unknown_group,
    units.inactive_unit,
    units.no_supervisor,
    units.invalid_heads,
    units.invalid_reviewers,
    tasks.unknown_owner,
    tasks.unknown_category,
    tasks.unknown_basis,
    tasks.unknown_supervisor,
    tasks.duplicate_id,
    tasks.measure_mismatch,
    tasks.invalid_milestone,
    tasks.invalid_progress_value,
    carry.bad_carry,
    carry.carried_twice,
    progress.progress_order,
    progress.progress_date,
    progress.evidence_missing,
    progress.evidence_file,
    progress.target_not_reached,
    progress.status_regress,
    progress.quality_not_done,
    ratings.rating_unknown,
    ratings.rating_quota,
    ratings.quarter_final_date,
    ratings.rating_override,
    ratings.criteria_points,
    people.unknown_unit,
    people.unknown_owner,
    people.invalid_positions,
    people.two_holders,
    people.head_name,
)


def run(records: Records, context: Context, rules: Sequence[Rule] = DEFAULT_RULES
        ) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for rule in rules:
        found.extend(rule(records, context))
    return found


__all__ = ["DEFAULT_RULES", "Context", "Rule", "run"]
