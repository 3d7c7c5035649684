"""Rendering an evaluation (SPEC §6.5): a rich table with the quota test, Markdown, CSV, JSON."""

from __future__ import annotations

from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.evaluation import (
    NO_CRITERIA,
    QuarterRating,
    QuotaResult,
    Score,
    YearEvaluation,
)
from songlo_targets.derive.report_rating import by_quarters, quarter_scores, score_text
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import level_name
from songlo_targets.records.model import RatingPolicy
from songlo_targets.render import layout
from songlo_targets.render.common import console, json_text
from songlo_targets.render.markdown import strong
from songlo_targets.render.tabular import Cell, csv_text, md_table

COUNT_KEYS = ("tasks", "done", "on_time", "exceeded")
COUNT_HEADERS = (N_("Tasks"), N_("Done"), N_("On time"))
CRITERIA_MISSING = N_("Criteria points not recorded, so rated review where a level needs a "
                      "score: {subjects}. Record them with `{command}`.")


def counts_json(counts: Counts) -> dict[str, int]:
    return {"tasks": counts.total, "done": counts.done, "on_time": counts.done_on_time,
            "exceeded": counts.exceeded}


def score_json(score: Score | None) -> dict[str, float | None] | None:
    if score is None:
        return None
    return {"results": score.results, "criteria": score.criteria, "total": score.total}


def quota_json(result: QuotaResult) -> dict[str, Any]:
    return {"group": result.group, "level": result.level, "count": result.count,
            "of_count": result.of_count, "allowed": result.allowed, "ok": result.ok,
            "excess": result.excess}


def quarters_json(evaluation: YearEvaluation, quarters: list[QuarterRating]
                  ) -> dict[str, Any]:
    """``"quarters"`` of a subject of a year rated from its quarters (§9), else nothing."""
    if evaluation.quarter is not None or evaluation.policy.annual != "quarters":
        return {}
    return {"quarters": [{"quarter": q.quarter, "total": q.total, "computed": q.computed,
                          "final": q.final} for q in quarters]}


def as_json(evaluation: YearEvaluation) -> str:
    return json_text({
        "year": evaluation.year,
        "quarter": evaluation.quarter,
        "as_of": evaluation.as_of.isoformat(),
        "units": [{"unit": u.unit, "group": u.group, **counts_json(u.counts),
                   "score": score_json(u.score), "computed": u.computed, "reason": u.reason,
                   "final": u.final, **quarters_json(evaluation, u.quarters),
                   "heads": [{"role": h.role, **counts_json(h.counts),
                              "score": score_json(h.score), "computed": h.computed,
                              "reason": h.reason, "final": h.final,
                              **quarters_json(evaluation, h.quarters)} for h in u.heads]}
                  for u in evaluation.units],
        "quota": [quota_json(q) for q in evaluation.quota],
    })


def _score_cells(score: Score | None) -> list[Cell]:
    if score is None:
        return [None, None, None]
    return [score.results, score.criteria, score.total]


def as_csv(evaluation: YearEvaluation) -> str:
    """One row per subject: the unit (role empty), then each of its heads."""
    header = ("unit", "group", "role", *COUNT_KEYS, "score_results", "score_criteria",
              "score_total", "computed", "reason", "final")
    rows: list[list[Cell]] = []
    for u in evaluation.units:
        rows.append([u.unit, u.group, "", *counts_json(u.counts).values(),
                     *_score_cells(u.score), u.computed, u.reason, u.final])
        rows += [[u.unit, u.group, h.role, *counts_json(h.counts).values(),
                  *_score_cells(h.score), h.computed, h.reason, h.final] for h in u.heads]
    return csv_text(header, rows)


def title(evaluation: YearEvaluation) -> str:
    if evaluation.quarter is not None:
        return _(N_("Evaluation of quarter {quarter} of {year}, as of {date}"),
                 quarter=evaluation.quarter, year=evaluation.year,
                 date=formats.date(evaluation.as_of))
    return _(N_("Evaluation of {year}, as of {date}"), year=evaluation.year,
             date=formats.date(evaluation.as_of))


def has_score(evaluation: YearEvaluation) -> bool:
    return any(u.score is not None or any(h.score is not None for h in u.heads)
               for u in evaluation.units)


def _quarter_cells(evaluation: YearEvaluation, quarters: list[QuarterRating]) -> list[str]:
    return quarter_scores(evaluation, quarters, language=None)  # the user's language


def _headers(scored: bool, quarterly: bool = False) -> list[str]:
    quarters = ([_(N_("Q{quarter}"), quarter=n, roman=formats.roman(n)) for n in range(1, 5)]
                if quarterly else [])
    return [_(N_("Unit / head")), *(_(h) for h in COUNT_HEADERS),
            glossary.label("flag", "exceeded"), *quarters,
            *([_(N_("Score"))] if scored else []),
            glossary.label("rating-field", "computed"), glossary.label("rating-field", "final")]


def _quota_headers(policy: RatingPolicy) -> list[str]:
    level, of = (policy.quota.level, policy.quota.of) if policy.quota else (None, None)
    return [_(N_("Group")), _(N_("Rated {level}"), level=level_name(policy, level)),
            _(N_("Rated {level} or better"), level=level_name(policy, of)), _(N_("Allowed")),
            _(N_("To move down"))]


def _rows(evaluation: YearEvaluation) -> list[tuple[bool, list[str]]]:
    """(is a unit, cells) for every unit and, under it, its heads."""
    policy = evaluation.policy
    scored = has_score(evaluation)
    rows = []
    for u in evaluation.units:
        score = [score_text(u.score)] if scored else []
        rows.append((True, [u.name, *map(formats.number, counts_json(u.counts).values()),
                            *_quarter_cells(evaluation, u.quarters), *score,
                            level_name(policy, u.computed), level_name(policy, u.final)]))
        for h in u.heads:
            score = [score_text(h.score)] if scored else []
            counts = map(formats.number, counts_json(h.counts).values())
            title = f"{h.title} ({h.name})" if h.person and h.name else h.title
            rows.append((False, ["  " + title, *counts, *_quarter_cells(evaluation, h.quarters),
                                 *score, level_name(policy, h.computed),
                                 level_name(policy, h.final)]))
    return rows


def review_notes(evaluation: YearEvaluation) -> list[str]:
    """Why each subject is left to review, where a reason says more than the level."""
    notes = []
    missing = []
    for u in evaluation.units:
        subjects = [(u.name, u.reason)] + [(f"{u.name} — {h.title}", h.reason) for h in u.heads]
        missing += [who for who, reason in subjects if reason == NO_CRITERIA]
    if missing:
        quarter = f" --quarter {evaluation.quarter}" if evaluation.quarter else ""
        command = f"targets rate {evaluation.year} UNIT [--head ROLE]{quarter} --criteria POINTS"
        notes.append(_(CRITERIA_MISSING, subjects="; ".join(missing), command=command))
    if has_score(evaluation):
        notes.insert(0, _(N_("Score: results + criteria points; * the results part alone "
                             "(criteria points not recorded)")) if notes else
                     _(N_("Score: results + criteria points")))
    return notes


def _quota_cells(evaluation: YearEvaluation, names: dict[str, str]) -> list[list[str]]:
    return [[names.get(q.group, q.group),
             *map(formats.number, (q.count, q.of_count, q.allowed, q.excess))]
            for q in evaluation.quota]


def as_markdown(evaluation: YearEvaluation, group_names: dict[str, str]) -> str:
    parts = [f"## {title(evaluation)}\n"]
    scored = has_score(evaluation)
    quarterly = by_quarters(evaluation)
    right = [False, True, True, True, True, *([True] * 4 if quarterly else []),
             *([True] if scored else []), False, False]
    parts.append(md_table(_headers(scored, quarterly), ([strong(c[0]), *c[1:]] if unit else
                                             ["— " + c[0].strip(), *c[1:]]
                                             for unit, c in _rows(evaluation)),
                          right))
    notes = review_notes(evaluation)
    if notes:
        parts.append("".join(f"- {note}\n" for note in notes))
    if evaluation.quota:
        parts.append(f"### {_(N_('Rating quota by group'))}\n")
        parts.append(md_table(_quota_headers(evaluation.policy),
                              _quota_cells(evaluation, group_names),
                              [False, True, True, True, True]))
    return "\n".join(parts)


def _name_room(headers: list[str], rows: list[tuple[bool, list[str]]]) -> int:
    """What the names may take at this width so that the rating stays on one line."""
    numbers = sum(max(5, layout.longest_word([h])) for h in headers[1:-1])
    rating = max((len(cells[-1]) for _, cells in rows), default=0)
    return max(layout.TEXT_MIN, layout.width() - numbers - rating - (len(headers) - 1))


def print_table(evaluation: YearEvaluation, group_names: dict[str, str]) -> None:
    out = console()
    scored = has_score(evaluation)
    quarterly = by_quarters(evaluation)
    numeric = range(1, 5 + (4 if quarterly else 0) + (1 if scored else 0))
    rows = _rows(evaluation)
    headers = _headers(scored, quarterly)
    # Below 100 columns a final column with nothing in it is left out: the computed rating
    # gets its room (and a line says that no final rating is recorded yet).
    no_finals = not layout.is_wide() and not any(cells[-1] for _, cells in rows)
    if no_finals:
        headers, rows = headers[:-1], [(unit, cells[:-1]) for unit, cells in rows]
    table = layout.table(title(evaluation))
    for index, header in enumerate(headers):
        if index == 0:
            layout.text_column(table, header, [cells[0] for _, cells in rows],
                               max_width=_name_room(headers, rows) if no_finals else None)
        elif index in numeric:
            table.add_column(header, justify="right",
                             max_width=max(5, layout.longest_word([header])))
        else:  # the ratings, by their names: two or three lines each at 80 columns
            table.add_column(header, max_width=None if layout.is_wide() or no_finals else 14)
    for position, (is_unit, cells) in enumerate(rows):
        last = position + 1 == len(rows) or rows[position + 1][0]
        name = cells[0] if is_unit else layout.indented(cells[0].strip())
        table.add_row(name, *cells[1:], style="bold" if is_unit else None, end_section=last)
    layout.print_table(out, table)
    if no_finals and rows:
        out.print(_(N_("No final rating is recorded for {year} yet (`targets rate {year} UNIT "
                       "--final LEVEL`)."), year=evaluation.year))
    for note in review_notes(evaluation):
        out.print(note)
    if evaluation.quota and evaluation.units:
        quota = layout.table(_(N_("Rating quota by group")))
        quota_rows = _quota_cells(evaluation, group_names)
        for index, header in enumerate(_quota_headers(evaluation.policy)):
            if index == 0:
                layout.text_column(quota, header, [cells[0] for cells in quota_rows])
            else:
                quota.add_column(header, justify="right", max_width=12)
        for cells, result in zip(quota_rows, evaluation.quota, strict=True):
            quota.add_row(*cells, style=None if result.ok else "red")
        layout.print_table(out, quota)
