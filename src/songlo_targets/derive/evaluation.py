"""Evaluation (SPEC §5, §5.1): the counts and the score behind every unit's and head's rating,
the rating the policy gives, and the quota test per group.

Counts run over the subject's tasks that have not left (dropped, or handed over to a successor)
at the as-of date, with the state of :mod:`songlo_targets.derive.state` and the counts of
:mod:`songlo_targets.derive.counts`. Shares and points are compared exactly (as fractions), so
that 7 done of 10 meets ``done: 0.7``. With a quarter, the subject's tasks are those due in it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from math import floor
from typing import NamedTuple

from songlo_targets.dates import quarter_end, quarter_start
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.state import (
    TaskState,
    default_as_of,
    end_of_year,
    quarter_products,
    year_states,
)
from songlo_targets.people.holders import holder, named, rating_day
from songlo_targets.records.collection import Records
from songlo_targets.records.model import (
    Evaluation,
    HeadEvaluation,
    LevelWhen,
    QuarterEvaluation,
    Quota,
    RatingPolicy,
    ScorePolicy,
    Task,
    Unit,
)
from songlo_targets.records.ordering import ordered_units

REVIEW = "review"
# Why a subject is left to the Standing Committee (`review`).
NO_TASKS = "no-tasks"
NO_LEVEL = "no-level"
NO_CRITERIA = "no-criteria"  # a level needs a score, and the criteria points are not recorded


class Rated(NamedTuple):
    key: str  # a level key, or REVIEW
    reason: str | None = None  # NO_TASKS, NO_LEVEL or NO_CRITERIA when key is REVIEW


@dataclass(frozen=True)
class Score:
    """Points of §5.1: ``results`` from the tasks, ``criteria`` judged by people (None when
    the policy asks for them and they are not recorded)."""

    results: float
    criteria: float | None

    @property
    def total(self) -> float | None:
        return None if self.criteria is None else self.results + self.criteria


@dataclass(frozen=True)
class QuarterRating:
    """One quarter of a subject rated by quarter (§9): its total points, computed and final."""

    quarter: int
    score: Score | None
    computed: str
    final: str | None

    @property
    def total(self) -> float | None:
        return self.score.total if self.score is not None else None


@dataclass(frozen=True)
class HeadRating:
    role: str
    title: str
    counts: Counts
    computed: str
    final: str | None
    name: str | None = None
    score: Score | None = None
    reason: str | None = None
    quarters: list[QuarterRating] = field(default_factory=list)
    person: str | None = None  # the id of the person file naming the holder, if one does


@dataclass(frozen=True)
class UnitRating:
    unit: str
    name: str
    group: str
    counts: Counts
    computed: str
    final: str | None
    heads: list[HeadRating] = field(default_factory=list)
    score: Score | None = None
    reason: str | None = None
    quarters: list[QuarterRating] = field(default_factory=list)


@dataclass(frozen=True)
class QuotaResult:
    group: str
    level: str
    count: int  # subjects at the quota's level
    of_count: int  # subjects at the reference level or better
    allowed: int
    ok: bool

    @property
    def excess(self) -> int:
        """How many the decision must move down a level to keep the quota."""
        return max(0, self.count - self.allowed)


@dataclass(frozen=True)
class YearEvaluation:
    year: int
    as_of: dt.date
    policy: RatingPolicy
    units: list[UnitRating]
    quota: list[QuotaResult]
    quarter: int | None = None


@functools.lru_cache(maxsize=4096)
def exact(number: float) -> Fraction:
    """A number as written in the policy (0.7 is 7/10, not the nearest binary float); each
    worked out once (a province's evaluation asks for the same few thousands of times)."""
    return Fraction(repr(number))


# counts and points ---------------------------------------------------------------------------


def score_policy(policy: RatingPolicy) -> ScorePolicy | None:
    """The policy's score, or the plain 100 points of the results when a level asks for a
    score and the policy gives none; None when nothing needs points."""
    if policy.score is not None:
        return policy.score
    if any(level.when.needs_score() for level in policy.levels):
        return ScorePolicy()
    return None


def earned(task: Task, state: TaskState, score: ScorePolicy) -> Fraction | int:
    """A task's points at the date, as a share of its weight times the weight (§5.1)."""
    weight = weight_of(task)
    if state.done:
        points = weight
        if state.bucket == "done-late":
            points *= _kept(score.late_penalty)
        if state.defective:
            points *= _kept(score.defect_penalty)
        return points
    if (task.type == "target" and task.measure is not None and state.value is not None
            and state.milestone is None):  # a milestone not met earns nothing (docs/evaluation.md)
        return weight * reached_share(task, state.value)
    return 0


def reached_share(task: Task, value: float) -> Fraction:
    """How far a target has come from its baseline to its target, between 0 and 1.

    Without a baseline a target going up starts from 0; one going down cannot be measured
    part way (it earns 1 once reached, else 0)."""
    measure = task.measure
    assert measure is not None
    target, now = exact(measure.target), exact(value)
    down = measure.direction == "down"
    if measure.baseline is None and down:
        return Fraction(1) if now <= target else Fraction(0)
    base = exact(measure.baseline) if measure.baseline is not None else Fraction(0)
    span = (base - target) if down else (target - base)
    if span <= 0:
        reached = now <= target if down else now >= target
        return Fraction(1) if reached else Fraction(0)
    share = ((base - now) if down else (now - base)) / span
    return min(Fraction(1), max(Fraction(0), share))


@functools.lru_cache(maxsize=256)
def _kept(penalty: float) -> Fraction:
    """The share of its points a product keeps after ``penalty``: 1 − penalty, exactly."""
    return 1 - exact(penalty)


def weight_of(task: Task) -> Fraction | int:
    """A task's weight; 1 (an int: a province's sums of plain weights stay sums of ints, the
    exact result is the same) when it gives none."""
    return exact(task.weight) if task.weight is not None else 1


def results_points(pairs: list[tuple[Task, TaskState]], score: ScorePolicy) -> Fraction | None:
    """results × Σ earned / Σ weight over the tasks counted; None without tasks."""
    kept = [(task, state) for task, state in pairs if not state.left]
    total_weight = sum(weight_of(task) for task, _ in kept)
    if not total_weight:
        return None
    # Σ earned, each distinct value multiplied by how many earned it (a few values: plain
    # weights done on time, done late, defective), not one fraction added per task
    got = sum(value * n for value, n in Counter(earned(task, state, score)
                                                  for task, state in kept).items())
    return exact(score.results) * got / total_weight


def criteria_points(score: ScorePolicy,
                    recorded: Evaluation | HeadEvaluation | QuarterEvaluation | None
                    ) -> Fraction | None:
    """The criteria points recorded for the period (the year's record, or the quarter's):
    none are needed when the policy gives them 0."""
    if not score.criteria:
        return Fraction(0)
    value = recorded.criteria if recorded is not None else None
    return exact(value) if value is not None else None


# the rating ----------------------------------------------------------------------------------


def _below(n: int, tasks: int, bound: float) -> bool:
    """Whether the share ``n / tasks`` (``tasks`` > 0) is below ``bound`` as written, exactly
    (in whole numbers: ``n × q < p × tasks`` for ``bound`` = p/q)."""
    share = exact(bound)
    return n * share.denominator < share.numerator * tasks


def _meets_shares(when: LevelWhen, counts: Counts) -> bool:
    tasks = counts.total
    at_least = ((when.done, counts.done), (when.on_time, counts.done_on_time),
                (when.exceeded, counts.exceeded))
    if any(floor_ is not None and _below(n, tasks, floor_) for floor_, n in at_least):
        return False
    if when.late_at_most is not None and (
            counts.late * exact(when.late_at_most).denominator
            > exact(when.late_at_most).numerator * tasks):
        return False
    return when.done_below is None or _below(counts.done, tasks, when.done_below)


def _meets_score(when: LevelWhen, total: Fraction) -> bool:
    if when.score is not None and total < exact(when.score):
        return False
    return when.score_below is None or total < exact(when.score_below)


def rate(policy: RatingPolicy, counts: Counts, total: Fraction | None = None) -> Rated:
    """The first level whose conditions all hold, else ``review`` with the reason.

    ``total`` is the score (results + criteria); a level whose other conditions hold and
    that needs a score while the total is unknown leaves the subject to review."""
    if counts.total == 0:
        return Rated(REVIEW, NO_TASKS)
    for level in policy.levels:
        if not _meets_shares(level.when, counts):
            continue
        if level.when.needs_score():
            if total is None:
                return Rated(REVIEW, NO_CRITERIA)
            if not _meets_score(level.when, total):
                continue
        return Rated(level.key)
    return Rated(REVIEW, NO_LEVEL)


@dataclass(frozen=True)
class Subject:
    counts: Counts
    score: Score | None
    rated: Rated


Recorded = Evaluation | HeadEvaluation | QuarterEvaluation


def judge(policy: RatingPolicy, pairs: list[tuple[Task, TaskState]],
          recorded: Recorded | None, quarters: list[QuarterRating] | None = None) -> Subject:
    """The counts, the score and the rating of one subject over one period's products.

    ``quarters`` (a year rated by quarter, §9): the year's score is the mean of the quarters'
    totals, unknown when one of them is; the share conditions still run over ``pairs``."""
    counts = Counts.of(state for _, state in pairs)
    score = score_policy(policy)
    if score is None:
        return Subject(counts, None, rate(policy, counts))
    if quarters is not None:
        return _judge_by_quarters(policy, counts, quarters)
    results = results_points(pairs, score)
    criteria = criteria_points(score, recorded)
    total = None if results is None or criteria is None else results + criteria
    shown = None if results is None else Score(float(results),
                                               None if criteria is None else float(criteria))
    return Subject(counts, shown, rate(policy, counts, total))


def _judge_by_quarters(policy: RatingPolicy, counts: Counts,
                       quarters: list[QuarterRating]) -> Subject:
    if not quarters:
        return Subject(counts, None, rate(policy, counts))
    scores = [q.score for q in quarters]
    results = sum((exact(s.results) for s in scores if s is not None), Fraction(0))
    results /= len(scores)
    if any(s is None or s.criteria is None for s in scores):
        return Subject(counts, Score(float(results), None), rate(policy, counts, None))
    criteria = sum((exact(s.criteria) for s in scores if s and s.criteria is not None),
                   Fraction(0)) / len(scores)
    return Subject(counts, Score(float(results), float(criteria)),
                   rate(policy, counts, results + criteria))


# the quota -----------------------------------------------------------------------------------


def allowed(quota: Quota, of_count: int) -> int:
    """How many subjects may have the quota's level: floor(at_most × those at `of` or better)."""
    return floor(exact(quota.at_most) * of_count)


def pool_levels(policy: RatingPolicy) -> frozenset[str]:
    """The quota's reference level and every level above it (§5: "tốt or better")."""
    quota = policy.quota
    if quota is None:
        return frozenset()
    keys = [level.key for level in policy.levels]
    if quota.of not in keys:
        return frozenset({quota.of})
    return frozenset(keys[:keys.index(quota.of) + 1])


def quota_test(policy: RatingPolicy, ratings: Mapping[str, list[str]]) -> list[QuotaResult]:
    """The quota of §5 on the ratings of each group (group key -> its units' ratings).

    The one computation of the quota: `targets evaluate` runs it on computed ratings, the
    `rating-quota` rule on final ones."""
    quota = policy.quota
    if quota is None:
        return []
    pool = pool_levels(policy)
    results = []
    for group, levels in ratings.items():
        at_level = sum(1 for level in levels if level == quota.level)
        of_count = sum(1 for level in levels if level in pool)
        limit = allowed(quota, of_count)
        results.append(QuotaResult(group, quota.level, at_level, of_count, limit,
                                   at_level <= limit))
    return results


# the year ------------------------------------------------------------------------------------


def _period_record(recorded: Evaluation | None, quarter: int | None,
                   role: str | None = None) -> Recorded | None:
    """What is recorded for a subject in the period: the year's entry or the quarter's,
    the unit's or that of one head role."""
    if recorded is None:
        return None
    entry: Evaluation | QuarterEvaluation | None = recorded
    if quarter is not None:
        entry = recorded.quarters.get(quarter)
    if entry is None or role is None:
        return entry
    return entry.heads.get(role)


def _head_ratings(records: Records, unit: Unit, pairs: list[tuple[Task, TaskState]],
                  policy: RatingPolicy, recorded: Evaluation | None, quarter: int | None,
                  by_quarter: dict[tuple[str, str | None], list[QuarterRating]] | None,
                  last_day: dt.date) -> list[HeadRating]:
    """The heads' ratings; each head's name is that of the holder of the role on the period's
    last day (a person file), else the unit file's ``heads.name``."""
    heads = []
    for head in unit.heads:
        own = [(t, s) for t, s in pairs if t.owner in (None, head.role)]
        if quarter is not None and not own:
            continue  # nothing of this head's due in the quarter
        head_recorded = _period_record(recorded, quarter, head.role)
        quarters = by_quarter.get((unit.id, head.role), []) if by_quarter is not None else None
        subject = judge(policy, own, head_recorded, quarters)
        final = head_recorded.final if head_recorded is not None else None
        person = holder(records, unit.id, head.role, last_day)
        heads.append(HeadRating(head.role, head.title, subject.counts, subject.rated.key,
                                final, named(records, unit.id, head.role, last_day),
                                subject.score, subject.rated.reason,
                                quarters or [], person.id if person is not None else None))
    return heads


def quarters_of_year(records: Records, year: int, as_of: dt.date,
                     units: Collection[str] | None = None
                     ) -> dict[tuple[str, str | None], list[QuarterRating]]:
    """Each subject's rated quarters (unit, role or None) that have ended by ``as_of``:
    the quarters of a year rated by quarter (§9, ``annual: quarters``)."""
    found: dict[tuple[str, str | None], list[QuarterRating]] = {}
    for quarter in range(1, 5):
        end = quarter_end(year, quarter)
        if end > as_of:
            break
        for u in evaluate(records, year, end, quarter, units).units:
            found.setdefault((u.unit, None), []).append(
                QuarterRating(quarter, u.score, u.computed, u.final))
            for h in u.heads:
                found.setdefault((u.unit, h.role), []).append(
                    QuarterRating(quarter, h.score, h.computed, h.final))
    return found


def evaluated_units(records: Records, year: int) -> list[str]:
    """The units evaluated in a year: those with a task file for it, or a recorded rating."""
    data = records.year(year)
    ids = set(data.task_paths) | set(data.tasks)
    ids |= {uid for uid, unit in records.units.items() if year in unit.evaluations}
    return ordered_units(records, ids)


def _active_between(unit: Unit | None, start: dt.date, end: dt.date) -> bool:
    if unit is None or unit.active is None:
        return True
    begin, until = unit.active.from_, unit.active.until
    return not ((begin is not None and begin > end) or (until is not None and until < start))


def evaluate(records: Records, year: int, as_of: dt.date | None = None,
             quarter: int | None = None, units: Collection[str] | None = None
             ) -> YearEvaluation:
    """Rate every unit and head of ``year`` (or of one quarter of it) at the as-of date.

    A quarter's subjects are rated on the quarter's products (its tasks due and its
    milestones); a year whose policy says ``annual: quarters`` takes its score from the
    quarters' ratings, each made by this same function. ``units``: rate only these (a
    person's record asks for the units held; the quota test then runs over them alone).

    Each evaluation is made once per records (kept in ``records.derived``, as the states
    are): a year by quarters, a bundle's periods and a person's record ask for the same
    quarters again."""
    if quarter is not None:
        as_of = as_of or min(default_as_of(year), quarter_end(year, quarter))
    as_of = as_of or default_as_of(year)
    key = ("evaluation", year, as_of, quarter, None if units is None else frozenset(units))
    found = records.derived.get(key)
    if found is None:
        found = records.derived[key] = _evaluate(records, year, as_of, quarter, units)
    return found


def _evaluate(records: Records, year: int, as_of: dt.date, quarter: int | None,
              units: Collection[str] | None) -> YearEvaluation:
    policy = records.policy(year)
    data = records.year(year)
    state = year_states(records, year, as_of)
    by_quarter = (quarters_of_year(records, year, as_of, units)
                  if quarter is None and policy.annual == "quarters"
                  and score_policy(policy) is not None else None)
    rated = []
    for unit_id in evaluated_units(records, year):
        if units is not None and unit_id not in units:
            continue
        unit = records.units.get(unit_id)
        tasks = data.tasks.get(unit_id, [])
        if quarter is not None:
            if not _active_between(unit, quarter_start(year, quarter),
                                   quarter_end(year, quarter)):
                continue
            pairs = quarter_products(tasks, year, quarter, as_of, state)
            if not pairs:
                continue  # nothing due in the quarter: nothing to rate
        else:
            pairs = [(t, state(t)) for t in tasks]
        recorded = unit.evaluations.get(year) if unit is not None else None
        period = _period_record(recorded, quarter)
        quarters = by_quarter.get((unit_id, None), []) if by_quarter is not None else None
        subject = judge(policy, pairs, period, quarters)
        final = period.final if period is not None else None
        last_day = rating_day(records, unit_id, quarter_end(year, quarter)
                              if quarter is not None else end_of_year(year), as_of)
        heads = (_head_ratings(records, unit, pairs, policy, recorded, quarter, by_quarter,
                               last_day) if unit is not None else [])
        rated.append(UnitRating(unit_id, unit.name if unit else unit_id,
                                unit.group if unit else "", subject.counts,
                                subject.rated.key, final, heads, subject.score,
                                subject.rated.reason, quarters or []))
    groups: dict[str, list[str]] = {}
    for rating in rated:
        groups.setdefault(rating.group, []).append(rating.computed)
    return YearEvaluation(year, as_of, policy, rated, quota_test(policy, groups), quarter)


def only_group(evaluation: YearEvaluation, group: str) -> YearEvaluation:
    """The evaluation of one group's units, with that group's quota test."""
    return replace(evaluation, units=[u for u in evaluation.units if u.group == group],
                   quota=[q for q in evaluation.quota if q.group == group])
