"""Rendering the progress view (SPEC §6.3): a rich table, Markdown, CSV or JSON."""

from __future__ import annotations

from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.progress import ProgressView, TaskRow
from songlo_targets.derive.state import milestones_met
from songlo_targets.formats import number
from songlo_targets.i18n import N_, _
from songlo_targets.render import layout
from songlo_targets.render.common import bar, console, iso, json_text
from songlo_targets.render.markdown import strong
from songlo_targets.render.tabular import Cell, csv_text, md_table

COUNT_KEYS = ("total", "done_on_time", "done_late", "open", "overdue", "in_progress", "stale")


def _count_headers() -> list[str]:
    """The headers of COUNT_KEYS: the buckets (short labels), in progress, stale."""
    return [_(N_("Tasks")), *(glossary.short("bucket", key) for key in glossary.keys("bucket")),
            glossary.label("status", "in-progress"), glossary.label("flag", "stale")]


TASK_KEYS = ("ref", "title", "owner", "deadline", "status", "bucket", "value", "target",
             "percent", "last_update")


def counts_json(counts: Counts) -> dict[str, Any]:
    share_ = counts.done_share
    return {**dict(zip(COUNT_KEYS, counts.as_tuple(), strict=True)),
            "done_share": None if share_ is None else round(share_, 4)}


def task_json(row: TaskRow) -> dict[str, Any]:
    task, state = row.task, row.state
    milestone = ({"milestone": True} if state.milestone is not None else {})
    return {"ref": task.ref, "title": task.title, "owner": task.owner,
            "deadline": iso(state.milestone or task.deadline), **milestone,
            "status": state.status, "bucket": state.bucket,
            "value": state.value, "target": task.measure.target if task.measure else None,
            "percent": state.percent, "last_update": iso(state.last_update)}


def as_json(view: ProgressView) -> str:
    payload: dict[str, Any] = {
        "year": view.year,
        **({"quarter": view.quarter} if view.quarter is not None else {}),
        "as_of": view.as_of.isoformat(),
        "units": [{"unit": u.unit, "name": u.name, "group": u.group, **counts_json(u.counts)}
                  for u in view.units],
        "totals": counts_json(view.totals),
    }
    if view.listed:
        payload["tasks"] = [task_json(row) for row in view.tasks]
    return json_text(payload)


def as_csv(view: ProgressView) -> str:
    if view.listed:
        return csv_text(TASK_KEYS, ([task_json(r)[k] for k in TASK_KEYS] for r in view.tasks))
    header = ("unit", "name", "group", *COUNT_KEYS, "done_share")
    return csv_text(header, ([u.unit, u.name, u.group, *counts_json(u.counts).values()]
                             for u in view.units))


def result_text(row: TaskRow) -> str:
    """value/target with the measure's unit for a target, the percentage for a task."""
    task, state = row.task, row.state
    if task.measure is not None:
        text = f"{number(state.value) or '–'}/{number(task.measure.target)} {task.measure.unit}"
    else:
        text = formats.percent_value(state.percent)
    if task.milestones and state.milestone is None and row.as_of is not None:
        met, due = milestones_met(task, row.as_of, state)
        if due:
            text += "; " + _(N_("milestones met: {met}/{due}"), met=met, due=due)
    return text


def _count_cells(counts: Counts) -> list[str]:
    return [number(n) for n in counts.as_tuple()] + [share(counts.done_share)]


def share(value: float | None) -> str:
    """The done share in a table: a whole percentage."""
    return formats.percent(value, 0)


def title(view: ProgressView) -> str:
    if view.quarter is not None:
        return _(N_("Progress of the tasks due in quarter {quarter} of {year}, as of {date}"),
                 quarter=view.quarter, year=view.year, date=formats.date(view.as_of))
    return _(N_("Progress of the tasks of {year}, as of {date}"), year=view.year,
             date=formats.date(view.as_of))


def as_markdown(view: ProgressView) -> str:
    parts = [f"## {title(view)}\n"]
    if view.listed:
        parts.append(md_table(_task_headers(view), (_task_cells(r, view) for r in view.tasks)))
    header = [_(N_("Unit")), *_count_headers(), _(N_("Done"))]
    rows: list[list[Cell]] = []
    for group in view.groups:
        rows.append([strong(group.name), *_count_cells(group.counts)])
        rows += [[u.name, *_count_cells(u.counts)] for u in group.units]
    rows.append([strong(_(N_("Total"))), *_count_cells(view.totals)])
    parts.append(md_table(header, rows, right=[False] + [True] * (len(header) - 1)))
    return "\n".join(parts)


def _across_units(view: ProgressView) -> bool:
    """Tasks listed for several units (--overdue, --due-before): each names its unit."""
    return view.listed and view.unit is None


def _task_headers(view: ProgressView) -> list[str]:
    unit = [_(N_("Unit"))] if _across_units(view) else []
    return [*unit, _(N_("Id")), _(N_("Task")), glossary.label("field", "owner"),
            glossary.label("field", "deadline"), glossary.label("field", "status"), _(N_("Result")),
            _(N_("Last update"))]


def _task_cells(row: TaskRow, view: ProgressView) -> list[Cell]:
    unit = [_unit_name(view, row)] if _across_units(view) else []
    return [*unit, *_one_unit_cells(row)]


def _unit_name(view: ProgressView, row: TaskRow) -> str:
    return next((u.name for u in view.units if u.unit == row.task.unit), row.task.unit)


def _one_unit_cells(row: TaskRow) -> list[Cell]:
    task, state = row.task, row.state
    status = glossary.label("status", state.status)
    if state.stale:
        status += " (" + glossary.inline(glossary.label("flag", "stale")) + ")"
    elif state.bucket == "overdue":
        status += " (" + glossary.inline(glossary.short("bucket", "overdue")) + ")"
    title_ = task.title
    if state.milestone is not None:
        title_ += " — " + _(N_("milestone of {date}"), date=formats.date(state.milestone))
    return [task.id, title_, row.owner, formats.date(state.milestone or task.deadline), status,
            result_text(row), formats.date(state.last_update)]


TASK_COLUMNS_WIDE = 160


def _tasks_table(view: ProgressView) -> Any:
    """One row per task; across units, each unit's name heads its tasks. Very wide (160
    columns): a column for each field. Narrower, the title keeps the room: the owner and the
    last update go on a line below it."""
    from rich.text import Text

    table = layout.table(title(view))
    across = _across_units(view)
    headers = _task_headers(view)[1:] if across else _task_headers(view)
    units = [unit for unit in view.units if unit.tasks]
    rows = [(row, [str(c) for c in _one_unit_cells(row)]) for unit in units
            for row in unit.tasks]
    texts = [cells[1] for _, cells in rows] + [unit.name for unit in units]
    columns = layout.width() >= TASK_COLUMNS_WIDE
    room = layout.is_wide()
    shown = range(7) if columns else (0, 1, 3, 4, 5)  # id, title, (owner), deadline, status,
    results = min(20 if room else 16,  # result, (last update)
                  max(10, layout.longest_word(cells[5] for _, cells in rows)))
    for index in shown:
        if index == 1:
            layout.text_column(table, headers[index], texts)
        else:
            table.add_column(headers[index], overflow="fold", no_wrap=index in (0, 3, 6),
                             max_width={2: 14, 4: 18 if room else 12, 5: results}.get(index))
    by_row = dict((id(row), cells) for row, cells in rows)
    for unit in units:
        if across:
            table.add_row("", Text(unit.name, style="bold"), *[""] * (len(shown) - 2))
        for row in unit.tasks:
            cells = by_row[id(row)]
            style = "red" if row.state.bucket == "overdue" else (
                "green" if row.state.done else None)
            if columns:
                table.add_row(*cells, style=style)
                continue
            task_cell = Text(cells[1])
            update = row.state.last_update
            below = [row.owner, *([f"{_(N_('Last update'))} {formats.date(update)}"]
                                  if update else [])]
            task_cell.append("\n" + " · ".join(text for text in below if text), style="dim")
            table.add_row(cells[0], task_cell, cells[3], cells[4], cells[5], style=style)
    return table


def print_table(view: ProgressView) -> None:
    from rich.text import Text

    out = console()
    if view.listed:
        layout.print_table(out, _tasks_table(view))
    table = layout.table(None if view.listed else title(view))
    names = [g.name for g in view.groups] + ["  " + u.name for g in view.groups for u in g.units]
    layout.text_column(table, _(N_("Unit")), names)
    for header in _count_headers():  # narrow: their headers wrap word by word
        table.add_column(header, justify="right", max_width=5)
    with_bar = layout.is_wide()  # at 80 columns the share alone: the names need the room
    table.add_column(_(N_("Done")), justify="left" if with_bar else "right", no_wrap=with_bar,
                     max_width=None if with_bar else 5)

    def cells(counts: Counts) -> list[Text]:
        styles = ["", "green", "yellow", "", "red", "", "yellow"]
        numbers = [Text(number(n), style=s if n else "") for n, s in zip(
            counts.as_tuple(), styles, strict=True)]
        done = Text(bar(counts.done_share) + " " if with_bar else "", style="green")
        done.append(f"{share(counts.done_share):>4}", style="bold")
        return [*numbers, done]

    for group in view.groups:
        table.add_row(Text(group.name, style="bold"), *cells(group.counts), style="bold")
        for unit in group.units:
            table.add_row(layout.indented(unit.name), *cells(unit.counts))
        table.add_section()
    table.add_row(Text(_(N_("Total")), style="bold"), *cells(view.totals), style="bold")
    layout.print_table(out, table)
