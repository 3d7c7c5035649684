"""Rendering a carry-over plan (SPEC §4.3, §6.6) or a hand-over (§4.4): what is carried (or
would be), then the counts, then what cannot be."""

from __future__ import annotations

from collections.abc import Mapping

from songlo_targets import formats, glossary
from songlo_targets.i18n import N_, _, _n
from songlo_targets.render import layout
from songlo_targets.render.common import console
from songlo_targets.write.carry import CarryItem, CarryPlan


def _handover(plan: CarryPlan) -> bool:
    return plan.from_year == plan.to_year


def _texts(plan: CarryPlan, dry_run: bool) -> tuple[str, str, str]:
    """The table's title, the count line, the header of the source column."""
    if _handover(plan):
        title = (_(N_("Would hand over in {year}"), year=plan.to_year) if dry_run
                 else _(N_("Handed over in {year}"), year=plan.to_year))
        done = (_n("{n} task to hand over", "{n} tasks to hand over", len(plan.items))
                if dry_run else
                _n("{n} task handed over", "{n} tasks handed over", len(plan.items)))
        already = _n("{n} already handed over", "{n} already handed over", len(plan.already))
        return title, done + "; " + already, _(N_("Task handed over"))
    title = (_(N_("Would carry from {source} to {target}"), source=plan.from_year,
               target=plan.to_year) if dry_run else
             _(N_("Carried from {source} to {target}"), source=plan.from_year,
               target=plan.to_year))
    done = (_n("{n} task to carry", "{n} tasks to carry", len(plan.items)) if dry_run
            else _n("{n} task carried", "{n} tasks carried", len(plan.items)))
    already = _n("{n} already carried", "{n} already carried", len(plan.already))
    return title, done + "; " + already, _(N_("Task of {year}"), year=plan.from_year)


def print_plan(plan: CarryPlan, dry_run: bool,
               unit_names: Mapping[str, str] | None = None) -> None:
    """The table of what is carried (or would be), then what is already carried.

    One row per task, under the name of its (new) unit: the title, and below it the two
    references (they are long: at 80 columns a column of their own left the title no room),
    the deadline and the baseline."""
    from rich.text import Text

    title, done, _source = _texts(plan, dry_run)
    names = unit_names or {}
    out = console()
    if plan.items:
        baselines = any(item.task.baseline is not None for item in plan.items)
        table = layout.table(title)
        layout.text_column(table, glossary.label("field", "title"),
                           [item.source.title for item in plan.items] +
                           [_reference_line(item) for item in plan.items])
        table.add_column(glossary.label("field", "deadline"), no_wrap=True)
        shown = [formats.number(item.task.baseline, formats.EXACT) for item in plan.items]
        if baselines:  # a narrow header, but never a number cut short
            header = glossary.label("field", "baseline")
            widest = max(len(number) for number in shown)
            table.add_column(header, justify="right", min_width=widest,
                             max_width=max(8, widest, layout.longest_word([header])))
        unit = None
        for item, baseline in zip(plan.items, shown, strict=True):
            if item.task.unit != unit:
                unit = item.task.unit
                if unit != plan.items[0].task.unit:
                    table.add_section()
                table.add_row(Text(names.get(unit, unit), style="bold"))
            cell = Text(item.source.title)
            cell.append("\n" + _reference_line(item), style="dim")
            cells: list[Text | str] = [cell, formats.date(item.task.deadline)]
            if baselines:
                cells.append(baseline)
            table.add_row(*cells)
        layout.print_table(out, table)
    out.print(done)


def _reference_line(item: CarryItem) -> str:
    return f"{item.source.ref} → {item.ref or item.task.unit}"


def blocked_lines(plan: CarryPlan) -> list[str]:
    """One line per task that cannot be carried (its unit ended without a successor)."""
    if _handover(plan):
        return [_(N_("not handed over: {ref} — the unit `{unit}` has no active successor "
                     "(`active.successor` in units/{unit}.yaml)"),
                  ref=blocked.source.ref, unit=blocked.unit) for blocked in plan.blocked]
    return [_(N_("not carried: {ref} — the unit `{unit}` is not active in {year} and has no "
                 "successor"), ref=blocked.source.ref, unit=blocked.unit, year=plan.to_year)
            for blocked in plan.blocked]
