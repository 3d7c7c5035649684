"""Rendering a carry-over plan (SPEC §6.6): what is carried (or would be), then the counts."""

from __future__ import annotations

from songlo_targets.dates import show
from songlo_targets.i18n import N_, _, _n
from songlo_targets.render.common import console
from songlo_targets.write.carry import CarryPlan


def plan_title(plan: CarryPlan, dry_run: bool) -> str:
    message = (N_("Would carry from {source} to {target}") if dry_run
               else N_("Carried from {source} to {target}"))
    return _(message, source=plan.from_year, target=plan.to_year)


def print_plan(plan: CarryPlan, dry_run: bool) -> None:
    """The table of what is carried (or would be), then what is already carried."""
    from rich.table import Table

    out = console()
    if plan.items:
        table = Table(title=plan_title(plan, dry_run))
        table.add_column(_(N_("Task of {year}"), year=plan.from_year), no_wrap=True)
        table.add_column(_(N_("Title")))
        table.add_column(_(N_("New task")), no_wrap=True)
        table.add_column(_(N_("Deadline")), no_wrap=True)
        table.add_column(_(N_("Baseline")), justify="right")
        for item in plan.items:
            baseline = item.task.baseline
            table.add_row(item.source.ref, item.source.title, item.ref or item.task.unit,
                          show(item.task.deadline),
                          "" if baseline is None else f"{baseline:g}")
        out.print(table)
    done = (_n("{n} task to carry", "{n} tasks to carry", len(plan.items)) if dry_run
            else _n("{n} task carried", "{n} tasks carried", len(plan.items)))
    out.print(done + "; " +
              _n("{n} already carried", "{n} already carried", len(plan.already)))


def blocked_lines(plan: CarryPlan) -> list[str]:
    """One line per task that cannot be carried (its unit ended without a successor)."""
    return [_(N_("not carried: {ref} — the unit `{unit}` is not active in {year} and has no "
                 "successor"), ref=blocked.source.ref, unit=blocked.unit, year=plan.to_year)
            for blocked in plan.blocked]
