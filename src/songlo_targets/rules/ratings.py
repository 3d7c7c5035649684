"""Rules on the ratings recorded in the units' `evaluations` (SPEC §5)."""

from __future__ import annotations

from collections.abc import Iterator

from songlo_targets import formats
from songlo_targets.derive.evaluation import REVIEW, quota_test
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records, level_name
from songlo_targets.records.model import Evaluation, HeadEvaluation, Model, Unit
from songlo_targets.rules.context import Context


def _subjects(unit: Unit) -> Iterator[tuple[int, str | None, Evaluation | HeadEvaluation]]:
    for year, evaluation in sorted(unit.evaluations.items()):
        yield year, None, evaluation
        for role, head in evaluation.heads.items():
            yield year, role, head


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
    ratings only (a computed rating is a proposal), by the one quota computation."""
    years = sorted({year for unit in records.units.values() for year in unit.evaluations})
    for year in years:
        policy = records.policy(year)
        if policy.quota is None:
            continue
        groups: dict[str, list[Unit]] = {}
        for unit in sorted(records.units.values(), key=lambda u: u.id):
            evaluation = unit.evaluations.get(year)
            if evaluation is not None and evaluation.final is not None:
                groups.setdefault(unit.group, []).append(unit)
        finals = {group: [u.evaluations[year].final or "" for u in units]
                  for group, units in groups.items()}
        for result in quota_test(policy, finals):
            if result.ok or result.group not in records.group_keys():
                continue  # an unknown group is reported as unknown-group
            at_level = [u for u in groups[result.group]
                        if u.evaluations[year].final == result.level]
            where = at_level[-1].evaluations[year].at("final")
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
                 "year": year, "units": ", ".join(u.name for u in at_level),
                 "allowed": result.allowed,
                 "share": formats.number(policy.quota.at_most * 100, 1),
                 "of_count": result.of_count, "of": policy.quota.of,
                 "excess": result.excess}, year=year)


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
            points += [(q.criteria, q) for q in evaluation.quarters.values()]
            if evaluation.quarters and policy.periods != "quarterly":
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
