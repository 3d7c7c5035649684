"""Rules on the ratings recorded in the units' `evaluations` (SPEC §5)."""

from __future__ import annotations

from collections.abc import Iterator

from songlo_targets.derive.evaluation import REVIEW, allowed, quota_pool
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Evaluation, HeadEvaluation, Unit
from songlo_targets.rules.context import Context


def recorded(evaluation: Evaluation | HeadEvaluation) -> str | None:
    """The rating that stands: the final one, else the computed one."""
    return evaluation.final or evaluation.computed


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
    years = sorted({year for unit in records.units.values() for year in unit.evaluations})
    for year in years:
        quota = records.policy(year).quota
        if quota is None:
            continue
        pool = quota_pool(records.policy(year))
        groups: dict[str, list[Unit]] = {}
        for unit in sorted(records.units.values(), key=lambda u: u.id):
            if year in unit.evaluations:
                groups.setdefault(unit.group, []).append(unit)
        for group, units in groups.items():
            at_level = [u for u in units if recorded(u.evaluations[year]) == quota.level]
            of_count = sum(1 for u in units if recorded(u.evaluations[year]) in pool)
            limit = allowed(quota, of_count)
            if len(at_level) > limit:
                evaluation = at_level[-1].evaluations[year]
                where = evaluation.at("final" if evaluation.final else "computed")
                yield Diagnostic(
                    "rating-quota", where.path, where.line, where.col,
                    N_("group `{group}` has {count} units rated `{level}` in {year} ({units}); "
                       "the quota allows {allowed} ({share}% of the {of_count} rated `{of}` or better)"),
                    {"group": group, "count": len(at_level), "level": quota.level,
                     "year": year, "units": ", ".join(u.id for u in at_level),
                     "allowed": limit, "share": round(quota.at_most * 100),
                     "of_count": of_count, "of": quota.of}, year=year)


def rating_override(records: Records, context: Context) -> Iterator[Diagnostic]:
    for unit in records.units.values():
        for year, role, evaluation in _subjects(unit):
            if evaluation.final is None or evaluation.computed is None:
                continue
            if evaluation.final != evaluation.computed and not (evaluation.note or "").strip():
                where = evaluation.at("final")
                who = f"{unit.id} ({role})" if role else unit.id
                yield Diagnostic("rating-override", where.path, where.line, where.col,
                                 N_("the final rating `{final}` of {who} in {year} differs from "
                                    "the computed `{computed}` without a note"),
                                 {"final": evaluation.final, "computed": evaluation.computed,
                                  "who": who, "year": year}, year=year)
