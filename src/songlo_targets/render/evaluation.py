"""Rendering an evaluation (SPEC §6.5): a rich table with the quota test, Markdown, CSV, JSON."""

from __future__ import annotations

from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.derive.evaluation import Counts, QuotaResult, YearEvaluation
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import level_name
from songlo_targets.records.model import RatingPolicy
from songlo_targets.render.common import console, json_text
from songlo_targets.render.markdown import strong
from songlo_targets.render.tabular import Cell, csv_text, md_table

COUNT_KEYS = ("tasks", "done", "on_time", "exceeded")
COUNT_HEADERS = (N_("Tasks"), N_("Done"), N_("On time"))


def counts_json(counts: Counts) -> dict[str, int]:
    return {"tasks": counts.tasks, "done": counts.done, "on_time": counts.on_time,
            "exceeded": counts.exceeded}


def quota_json(result: QuotaResult) -> dict[str, Any]:
    return {"group": result.group, "level": result.level, "count": result.count,
            "of_count": result.of_count, "allowed": result.allowed, "ok": result.ok}


def as_json(evaluation: YearEvaluation) -> str:
    return json_text({
        "year": evaluation.year,
        "as_of": evaluation.as_of.isoformat(),
        "units": [{"unit": u.unit, "group": u.group, **counts_json(u.counts),
                   "computed": u.computed, "final": u.final,
                   "heads": [{"role": h.role, **counts_json(h.counts), "computed": h.computed,
                              "final": h.final} for h in u.heads]}
                  for u in evaluation.units],
        "quota": [quota_json(q) for q in evaluation.quota],
    })


def as_csv(evaluation: YearEvaluation) -> str:
    """One row per subject: the unit (role empty), then each of its heads."""
    header = ("unit", "group", "role", *COUNT_KEYS, "computed", "final")
    rows: list[list[Cell]] = []
    for u in evaluation.units:
        rows.append([u.unit, u.group, "", *counts_json(u.counts).values(), u.computed, u.final])
        rows += [[u.unit, u.group, h.role, *counts_json(h.counts).values(), h.computed, h.final]
                 for h in u.heads]
    return csv_text(header, rows)


def title(evaluation: YearEvaluation) -> str:
    return _(N_("Evaluation of {year}, as of {date}"), year=evaluation.year,
             date=formats.date(evaluation.as_of))


def _headers() -> list[str]:
    return [_(N_("Unit / head")), *(_(h) for h in COUNT_HEADERS),
            glossary.label("flag", "exceeded"), glossary.label("rating-field", "computed"),
            glossary.label("rating-field", "final")]


def _quota_headers(policy: RatingPolicy) -> list[str]:
    level, of = (policy.quota.level, policy.quota.of) if policy.quota else (None, None)
    return [_(N_("Group")), _(N_("Rated {level}"), level=level_name(policy, level)),
            _(N_("Rated {level}"), level=level_name(policy, of)),
            _(N_("Allowed")), _(N_("Within the quota"))]


def _rows(evaluation: YearEvaluation) -> list[tuple[bool, list[str]]]:
    """(is a unit, cells) for every unit and, under it, its heads."""
    policy = evaluation.policy
    rows = []
    for u in evaluation.units:
        rows.append((True, [u.name, *(str(n) for n in counts_json(u.counts).values()),
                            level_name(policy, u.computed), level_name(policy, u.final)]))
        for h in u.heads:
            rows.append((False, ["  " + h.title, *(str(n) for n in counts_json(h.counts).values()),
                                 level_name(policy, h.computed), level_name(policy, h.final)]))
    return rows


def _quota_cells(evaluation: YearEvaluation, names: dict[str, str]) -> list[list[str]]:
    return [[names.get(q.group, q.group), str(q.count), str(q.of_count), str(q.allowed),
             _(N_("yes")) if q.ok else _(N_("no"))] for q in evaluation.quota]


def as_markdown(evaluation: YearEvaluation, group_names: dict[str, str]) -> str:
    parts = [f"## {title(evaluation)}\n"]
    right = [False, True, True, True, True, False, False]
    parts.append(md_table(_headers(), ([strong(c[0]), *c[1:]] if unit else
                                        ["— " + c[0].strip(), *c[1:]]
                                        for unit, c in _rows(evaluation)), right))
    if evaluation.quota:
        parts.append(f"### {_(N_('Rating quota by group'))}\n")
        parts.append(md_table(_quota_headers(evaluation.policy),
                              _quota_cells(evaluation, group_names),
                              [False, True, True, True, False]))
    return "\n".join(parts)


def print_table(evaluation: YearEvaluation, group_names: dict[str, str]) -> None:
    from rich.table import Table

    out = console()
    table = Table(title=title(evaluation), title_justify="left")
    for index, header in enumerate(_headers()):
        table.add_column(header, justify="right" if 1 <= index <= 4 else "left",
                         overflow="fold",
                         max_width=8 if 1 <= index <= 4 else None)
    rows = _rows(evaluation)
    for position, (is_unit, cells) in enumerate(rows):
        last = position + 1 == len(rows) or rows[position + 1][0]
        table.add_row(*cells, style="bold" if is_unit else None, end_section=last)
    out.print(table)
    if evaluation.quota and evaluation.units:
        quota = Table(title=_(N_("Rating quota by group")), title_justify="left")
        for index, header in enumerate(_quota_headers(evaluation.policy)):
            quota.add_column(header, justify="right" if 1 <= index <= 3 else "left",
                             overflow="fold")
        for cells, result in zip(_quota_cells(evaluation, group_names), evaluation.quota,
                                 strict=True):
            quota.add_row(*cells, style=None if result.ok else "red")
        out.print(quota)
