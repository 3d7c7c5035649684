"""The ratings of the year as the `danh-gia` documents show them (SPEC §5, §6.4).

A view of :func:`songlo_targets.derive.evaluation.evaluate`: units by group with their counts, the
computed and the final ratings, their heads, the levels of the policy and the quota test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from songlo_targets import formats
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.evaluation import (
    NO_CRITERIA,
    REVIEW,
    QuarterRating,
    Score,
    YearEvaluation,
)
from songlo_targets.i18n import DOCUMENT_LANGUAGE
from songlo_targets.records.collection import Records, level_name
from songlo_targets.records.model import Evaluation, QuarterEvaluation


@dataclass
class Shares:
    done: float | None
    on_time: float | None
    exceeded: float | None


def score_text(score: Score | None, language: str | None = None) -> str:
    """The total with one decimal; the results part alone, starred, when the criteria points
    are not recorded (§5.1); empty without a score."""
    if score is None:
        return ""
    if score.total is None:
        return formats.number(score.results, 1, language) + "*"
    return formats.number(score.total, 1, language)


def score_parts(score: Score | None) -> str:
    """The points as the quarter's documents show them: ``results + criteria = total``, or
    the results alone, starred, when the criteria points are not recorded (§5.1, §9)."""
    if score is None:
        return ""
    if score.criteria is None or score.total is None:
        return formats.number(score.results, 1) + "*"
    return (f"{formats.number(score.results, 1)} + {formats.number(score.criteria, 1)} = "
            f"{formats.number(score.total, 1)}")


def shares(counts: Counts) -> Shares:
    if not counts.total:
        return Shares(None, None, None)
    return Shares(counts.done / counts.total, counts.done_on_time / counts.total,
                  counts.exceeded / counts.total)


@dataclass
class HeadRatingRow:
    role: str
    title: str
    name: str | None
    counts: Counts
    shares: Shares
    computed: str | None  # level name; None = review by the Standing Committee
    final: str | None  # level name, or None when no final rating is recorded
    final_is_review: bool
    score: Score | None = None
    criteria_missing: bool = False  # review because the criteria points are not recorded
    quarter_scores: list[str] = field(default_factory=list)  # Q1–Q4, a year by quarters

    @property
    def score_text(self) -> str:
        return score_text(self.score, DOCUMENT_LANGUAGE)  # the documents are Vietnamese

    @property
    def score_parts(self) -> str:
        return score_parts(self.score)


@dataclass
class UnitRatingRow:
    unit: str
    name: str
    counts: Counts
    shares: Shares
    computed: str | None
    final: str | None
    final_is_review: bool
    differs: bool  # a final rating is recorded and differs from the computed one
    decision: str | None
    note: str | None
    heads: list[HeadRatingRow]
    score: Score | None = None
    criteria_missing: bool = False
    quarter_scores: list[str] = field(default_factory=list)  # Q1–Q4, a year by quarters

    @property
    def score_text(self) -> str:
        return score_text(self.score, DOCUMENT_LANGUAGE)  # the documents are Vietnamese

    @property
    def score_parts(self) -> str:
        return score_parts(self.score)


@dataclass
class RatingGroup:
    key: str
    name: str
    units: list[UnitRatingRow]


@dataclass
class LevelRow:
    key: str | None  # None: review
    name: str | None
    done: float | None
    on_time: float | None
    exceeded: float | None
    done_below: float | None
    computed: int  # units whose computed rating is this level
    final: int  # units whose recorded final rating is this level
    score: float | None = None  # §5.1: total points at least this
    score_below: float | None = None
    late_at_most: float | None = None  # share of tasks done late or overdue


@dataclass
class QuotaRow:
    group: str
    level: str
    of: str
    at_most: float
    count: int
    of_count: int
    allowed: int
    ok: bool
    excess: int = 0  # units the decision must move down a level


@dataclass
class RatingView:
    groups: list[RatingGroup]
    levels: list[LevelRow]
    quota: list[QuotaRow]
    units: int
    heads: int
    scored: bool = False  # the policy gives points (§5.1): the documents show a score column
    by_quarters: bool = False  # the year is built from its quarters (§9): Q1–Q4 columns


def by_quarters(evaluation: YearEvaluation) -> bool:
    """A year whose score is built from its quarters (§9): its documents show Q1–Q4."""
    return evaluation.quarter is None and evaluation.policy.annual == "quarters" and any(
        u.score is not None for u in evaluation.units)


def quarter_scores(evaluation: YearEvaluation, quarters: list[QuarterRating],
                   language: str | None = DOCUMENT_LANGUAGE) -> list[str]:
    """A subject's Q1–Q4 totals as shown beside its year ("—" where it was not rated);
    nothing when the year is not built from its quarters."""
    if not by_quarters(evaluation):
        return []
    totals = {q.quarter: score_text(q.score, language) for q in quarters}
    return [totals.get(n, "—") for n in range(1, 5)]


def build_rating(records: Records, evaluation: YearEvaluation) -> RatingView:
    policy = evaluation.policy
    def name(key: str | None) -> str | None:
        return None if key is None or key == REVIEW else level_name(policy, key)

    groups: dict[str, RatingGroup] = {}
    for rating in evaluation.units:
        unit = records.units.get(rating.unit)
        yearly = unit.evaluations.get(evaluation.year) if unit else None
        recorded: Evaluation | QuarterEvaluation | None = yearly
        if evaluation.quarter is not None:  # the quarter's own decision (§9)
            recorded = yearly.quarters.get(evaluation.quarter) if yearly else None
        heads = [HeadRatingRow(h.role, h.title, h.name, h.counts, shares(h.counts),
                               name(h.computed), name(h.final), h.final == REVIEW, h.score,
                               h.reason == NO_CRITERIA, quarter_scores(evaluation, h.quarters))
                 for h in rating.heads]
        row = UnitRatingRow(
            rating.unit, rating.name, rating.counts, shares(rating.counts),
            name(rating.computed), name(rating.final), rating.final == REVIEW,
            rating.final is not None and rating.final != rating.computed,
            recorded.decision if recorded else None, recorded.note if recorded else None,
            heads, rating.score, rating.reason == NO_CRITERIA,
            quarter_scores(evaluation, rating.quarters))
        group = groups.setdefault(rating.group, RatingGroup(
            rating.group, records.group_name(rating.group), []))
        group.units.append(row)
    levels = [
        LevelRow(level.key, level.name, level.when.done, level.when.on_time,
                 level.when.exceeded, level.when.done_below,
                 sum(u.computed == level.key for u in evaluation.units),
                 sum(u.final == level.key for u in evaluation.units),
                 level.when.score, level.when.score_below, level.when.late_at_most)
        for level in policy.levels
    ]
    levels.append(LevelRow(None, None, None, None, None, None,
                           sum(u.computed == REVIEW for u in evaluation.units),
                           sum(u.final == REVIEW for u in evaluation.units)))
    quota = []
    if policy.quota is not None:
        for result in evaluation.quota:
            quota.append(QuotaRow(records.group_name(result.group),
                                  level_name(policy, result.level),
                                  level_name(policy, policy.quota.of),
                                  policy.quota.at_most, result.count, result.of_count,
                                  result.allowed, result.ok, result.excess))
    scored = any(u.score is not None for u in evaluation.units)
    return RatingView(list(groups.values()), levels, quota, len(evaluation.units),
                      sum(len(u.heads) for u in evaluation.units), scored,
                      by_quarters(evaluation))
