"""Evaluation (SPEC §5): the counts behind every unit's and head's rating, the rating the
policy gives, and the quota test per group.

Counts run over the subject's tasks that are not dropped at the as-of date, with the state of
:mod:`songlo_targets.derive.state`. Shares are compared exactly (as fractions), so that 7 done of 10
meets ``done: 0.7``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from math import floor

from songlo_targets.derive.state import default_as_of, task_state
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Evaluation, LevelWhen, Quota, RatingPolicy, Task, Unit
from songlo_targets.records.ordering import ordered_units

REVIEW = "review"


@dataclass(frozen=True)
class Counts:
    """Numbers of tasks (dropped ones excluded) at the as-of date."""

    tasks: int = 0
    done: int = 0
    on_time: int = 0
    exceeded: int = 0


@dataclass(frozen=True)
class HeadRating:
    role: str
    title: str
    counts: Counts
    computed: str
    final: str | None
    name: str | None = None


@dataclass(frozen=True)
class UnitRating:
    unit: str
    name: str
    group: str
    counts: Counts
    computed: str
    final: str | None
    heads: list[HeadRating] = field(default_factory=list)


@dataclass(frozen=True)
class QuotaResult:
    group: str
    level: str
    count: int
    of_count: int
    allowed: int
    ok: bool


@dataclass(frozen=True)
class YearEvaluation:
    year: int
    as_of: dt.date
    policy: RatingPolicy
    units: list[UnitRating]
    quota: list[QuotaResult]


def exact(share: float) -> Fraction:
    """A share as written in the policy (0.7 is 7/10, not the nearest binary float)."""
    return Fraction(repr(share))


def _meets(when: LevelWhen, counts: Counts) -> bool:
    tasks = counts.tasks
    at_least = ((when.done, counts.done), (when.on_time, counts.on_time),
                (when.exceeded, counts.exceeded))
    if any(floor_ is not None and Fraction(n, tasks) < exact(floor_) for floor_, n in at_least):
        return False
    return when.done_below is None or Fraction(counts.done, tasks) < exact(when.done_below)


def rate(policy: RatingPolicy, counts: Counts) -> str:
    """The key of the first level whose conditions all hold, else ``review``."""
    if counts.tasks == 0:
        return REVIEW
    return next((level.key for level in policy.levels if _meets(level.when, counts)), REVIEW)


def count(tasks: Iterable[Task], as_of: dt.date) -> Counts:
    tasks_ = done = on_time = exceeded = 0
    for task in tasks:
        state = task_state(task, as_of)
        if state.dropped:
            continue
        tasks_ += 1
        done += state.done
        on_time += state.on_time
        exceeded += state.exceeded
    return Counts(tasks_, done, on_time, exceeded)


def allowed(quota: Quota, of_count: int) -> int:
    """How many subjects may have the quota's level: floor(at_most × those at `of`)."""
    return floor(exact(quota.at_most) * of_count)


def quota_pool(policy: RatingPolicy) -> frozenset[str]:
    """The levels the quota counts among (§5: ``of: tot`` is `tot` and every level above)."""
    if policy.quota is None:
        return frozenset()
    keys = [level.key for level in policy.levels]
    if policy.quota.of not in keys:
        return frozenset({policy.quota.of})
    return frozenset(keys[:keys.index(policy.quota.of) + 1])


def quota_test(policy: RatingPolicy, ratings: Mapping[str, list[str]]) -> list[QuotaResult]:
    """The quota of §5 on the ratings of each group (group key -> the units' ratings)."""
    quota = policy.quota
    if quota is None:
        return []
    pool = quota_pool(policy)
    results = []
    for group, levels in ratings.items():
        at_level = sum(1 for level in levels if level == quota.level)
        of_count = sum(1 for level in levels if level in pool)
        limit = allowed(quota, of_count)
        results.append(QuotaResult(group, quota.level, at_level, of_count, limit,
                                   at_level <= limit))
    return results


def _head_ratings(unit: Unit, tasks: list[Task], policy: RatingPolicy, as_of: dt.date,
                  recorded: Evaluation | None) -> list[HeadRating]:
    heads = []
    for head in unit.heads:
        own = [t for t in tasks if t.owner in (None, head.role)]
        counts = count(own, as_of)
        final = None
        if recorded is not None and head.role in recorded.heads:
            final = recorded.heads[head.role].final
        heads.append(HeadRating(head.role, head.title, counts, rate(policy, counts), final,
                                head.name))
    return heads


def evaluated_units(records: Records, year: int) -> list[str]:
    """The units evaluated in a year: those with a task file for it, or a recorded rating."""
    data = records.year(year)
    ids = set(data.task_paths) | set(data.tasks)
    ids |= {uid for uid, unit in records.units.items() if year in unit.evaluations}
    return ordered_units(records, ids)


def evaluate(records: Records, year: int, as_of: dt.date | None = None) -> YearEvaluation:
    as_of = as_of or default_as_of(year)
    policy = records.policy(year)
    data = records.year(year)
    units = []
    for unit_id in evaluated_units(records, year):
        tasks = data.tasks.get(unit_id, [])
        counts = count(tasks, as_of)
        unit = records.units.get(unit_id)
        recorded = unit.evaluations.get(year) if unit is not None else None
        final = recorded.final if recorded is not None else None
        heads = _head_ratings(unit, tasks, policy, as_of, recorded) if unit is not None else []
        units.append(UnitRating(unit_id, unit.name if unit else unit_id,
                                unit.group if unit else "", counts, rate(policy, counts),
                                final, heads))
    groups: dict[str, list[str]] = {}
    for rating in units:
        groups.setdefault(rating.group, []).append(rating.computed)
    return YearEvaluation(year, as_of, policy, units, quota_test(policy, groups))


def only_group(evaluation: YearEvaluation, group: str) -> YearEvaluation:
    """The evaluation of one group's units, with that group's quota test."""
    return replace(evaluation, units=[u for u in evaluation.units if u.group == group],
                   quota=[q for q in evaluation.quota if q.group == group])
