"""Rules on the ratings recorded in the units' `evaluations` (SPEC §5)."""

from __future__ import annotations

from collections.abc import Iterator

from songlo_targets import formats
from songlo_targets.dates import quarter_end
from songlo_targets.derive.evaluation import REVIEW, quota_test
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records, level_name
from songlo_targets.records.model import (
    Evaluation,
    HeadEvaluation,
    Model,
    QuarterEvaluation,
    Unit,
)
from songlo_targets.rules.context import Context

Recorded = Evaluation | HeadEvaluation | QuarterEvaluation


def _periods(unit: Unit) -> Iterator[tuple[int, int | None, Evaluation | QuarterEvaluation]]:
    """Every rated period of a unit: each year's entry, then each of its quarters (§9)."""
    for year, evaluation in sorted(unit.evaluations.items()):
        yield year, None, evaluation
        for quarter, entry in sorted(evaluation.quarters.items()):
            yield year, quarter, entry


def _subjects(unit: Unit) -> Iterator[tuple[int, str | None, Recorded]]:
    for year, _quarter, entry in _periods(unit):
        yield year, None, entry
        for role, head in entry.heads.items():
            yield year, role, head


def _period_text(year: int, quarter: int | None) -> str:
    return formats.quarter(year, quarter) if quarter is not None else str(year)


def rating_unknown(records: Records, context: Context) -> Iterator[Diagnostic]:
    for unit in records.units.values():
        for year, _role, evaluation in _subjects(unit):
            levels = [level.key for level in records.policy(year).levels]
            for field in ("computed", "final"):
                value = getattr(evaluation, field)
                if value is not None and value != REVIEW and value not in levels:
                    where = evaluation.at(field)
                    yield Diagnostic("rating-unknown", where.path, where.line, where.col,
                                     N_("`{value}` is no rating level of {year} (levels: "
                                        "{levels}, or review)"),
                                     {"value": value, "year": year, "levels": ", ".join(levels)},
                                     year=year)


def rating_quota(records: Records, context: Context) -> Iterator[Diagnostic]:
    """The quota of §5 binds the Standing Committee's decision: it is tested on the `final`
    ratings only (a computed rating is a proposal), by the one quota computation, for each
    year and each quarter (§9)."""
    periods = sorted({(year, quarter) for unit in records.units.values()
                      for year, quarter, _entry in _periods(unit)},
                     key=lambda p: (p[0], p[1] or 0))
    for year, quarter in periods:
        policy = records.policy(year)
        if policy.quota is None:
            continue
        entries: dict[str, list[tuple[Unit, Evaluation | QuarterEvaluation]]] = {}
        for unit in sorted(records.units.values(), key=lambda u: u.id):
            evaluation = unit.evaluations.get(year)
            entry = (evaluation if quarter is None or evaluation is None
                     else evaluation.quarters.get(quarter))
            if entry is not None and entry.final is not None:
                entries.setdefault(unit.group, []).append((unit, entry))
        finals = {group: [e.final or "" for _u, e in pairs] for group, pairs in entries.items()}
        for result in quota_test(policy, finals):
            if result.ok or result.group not in records.group_keys():
                continue  # an unknown group is reported as unknown-group
            at_level = [(u, e) for u, e in entries[result.group] if e.final == result.level]
            where = at_level[-1][1].at("final")
            yield Diagnostic(
                "rating-quota", where.path, where.line, where.col,
                N_("the group {group_name} (`{group}`) has {count} units rated “{level_name}” "
                   "in {year} ({units}); the quota allows {allowed} ({share}% of the "
                   "{of_count} rated “{of_name}” or better): {excess} must be rated a level "
                   "lower"),
                {"group": result.group, "count": result.count, "level": result.level,
                 "group_name": records.group_name(result.group),
                 "level_name": level_name(policy, result.level),
                 "of_name": level_name(policy, policy.quota.of),
                 "year": _period_text(year, quarter),
                 "units": ", ".join(u.name for u, _e in at_level),
                 "allowed": result.allowed,
                 "share": formats.number(policy.quota.at_most * 100, 1),
                 "of_count": result.of_count, "of": policy.quota.of,
                 "excess": result.excess}, year=year)


def quarter_final_date(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value` on a quarter's final rating decided before the quarter ended (§9)."""
    for unit in records.units.values():
        for year, quarter, entry in _periods(unit):
            if quarter is None or entry.date is None:
                continue
            end = quarter_end(year, quarter)
            if entry.date < end:
                where = entry.at("date")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("the rating of {period} is dated {date}, before the "
                                    "quarter ends ({end}): a quarter is rated after its last "
                                    "day"),
                                 {"period": _period_text(year, quarter),
                                  "date": formats.date(entry.date),
                                  "end": formats.date(end)}, year=year)


def rating_override(records: Records, context: Context) -> Iterator[Diagnostic]:
    for unit in records.units.values():
        for year, role, evaluation in _subjects(unit):
            if evaluation.final is None or evaluation.computed is None:
                continue
            if evaluation.final != evaluation.computed and not (evaluation.note or "").strip():
                where = evaluation.at("final")
                who = (f"{unit.name} — {records.head_title(unit.id, role)}" if role
                       else unit.name)
                policy = records.policy(year)
                yield Diagnostic("rating-override", where.path, where.line, where.col,
                                 N_("the final rating “{final_name}” of {who} in {year} differs "
                                    "from the computed “{computed_name}” without a note"),
                                 {"final": evaluation.final, "computed": evaluation.computed,
                                  "final_name": level_name(policy, evaluation.final),
                                  "computed_name": level_name(policy, evaluation.computed),
                                  "who": who, "year": year}, year=year)


def criteria_points(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value` on criteria points (§5.1) that the year's policy cannot use: recorded
    where it gives none, above its `score.criteria`, or by quarter in a yearly policy."""
    for unit in records.units.values():
        for year, _role, evaluation in _subjects(unit):
            policy = records.policy(year)
            maximum = policy.score.criteria if policy.score is not None else 0
            points: list[tuple[float | None, Model]] = [(evaluation.criteria, evaluation)]
            if (isinstance(evaluation, Evaluation) and evaluation.quarters
                    and policy.periods != "quarterly"):
                where = evaluation.at("quarters")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("criteria points by quarter, but the rating policy of "
                                    "{year} is yearly: add `periods: quarterly` to it"),
                                 {"year": year}, year=year)
            for value, record in points:
                if value is None:
                    continue
                where = record.at("criteria")
                if not maximum:
                    yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                     N_("criteria points recorded, but the rating policy of "
                                        "{year} gives none (`score: {{criteria: …}}`)"),
                                     {"year": year}, year=year)
                elif value > maximum:
                    yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                     N_("{value} criteria points: the rating policy of {year} "
                                        "gives at most {maximum}"),
                                     {"value": formats.number(value, formats.EXACT),
                                      "year": year,
                                      "maximum": formats.number(maximum, formats.EXACT)},
                                     year=year)
