"""`targets carry FROM TO` (SPEC §4.3, §6.6): assign the unfinished tasks of a year again."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.i18n import N_, _, _n

if TYPE_CHECKING:
    from songlo_targets.write.carry import CarryPlan


def render_plan(plan: CarryPlan, dry_run: bool) -> None:
    """The table of what is carried (or would be), then what is already carried or cannot be."""
    if plan.from_year == plan.to_year:
        title = (_(N_("Would hand over in {year}"), year=plan.to_year) if dry_run
                 else _(N_("Handed over in {year}"), year=plan.to_year))
        done = (_n("{n} task to hand over", "{n} tasks to hand over", len(plan.items))
                if dry_run else
                _n("{n} task handed over", "{n} tasks handed over", len(plan.items)))
        source = _(N_("Task handed over"))
        already = _n("{n} already handed over", "{n} already handed over", len(plan.already))
    else:
        title = (_(N_("Would carry from {source} to {target}"), source=plan.from_year,
                   target=plan.to_year) if dry_run else
                 _(N_("Carried from {source} to {target}"), source=plan.from_year,
                   target=plan.to_year))
        done = (_n("{n} task to carry", "{n} tasks to carry", len(plan.items)) if dry_run
                else _n("{n} task carried", "{n} tasks carried", len(plan.items)))
        source = _(N_("Task of {year}"), year=plan.from_year)
        already = _n("{n} already carried", "{n} already carried", len(plan.already))
    _render(plan, title, done + "; " + already, source)


def _render(plan: CarryPlan, title: str, done: str, source: str) -> None:
    from rich.table import Table

    from songlo_targets import formats, glossary
    from songlo_targets.render.common import console as make_console

    console = make_console()
    if plan.items:
        baselines = any(item.task.baseline is not None for item in plan.items)
        table = Table(title=title)
        table.add_column(source, no_wrap=True)
        table.add_column(glossary.label("field", "title"), min_width=12)
        table.add_column(_(N_("New task")), no_wrap=True)
        table.add_column(glossary.label("field", "deadline"), no_wrap=True)
        if baselines:
            table.add_column(glossary.label("field", "baseline"), justify="right", max_width=8)
        for item in plan.items:
            cells = [item.source.ref, item.source.title, item.ref or item.task.unit,
                     formats.date(item.task.deadline)]
            if baselines:
                cells.append(formats.number(item.task.baseline, formats.EXACT))
            table.add_row(*cells)
        console.print(table)
    console.print(done)
    for blocked in plan.blocked:
        if plan.from_year == plan.to_year:
            print(_(N_("not handed over: {ref} — the unit `{unit}` has no active successor "
                       "(`active.successor` in units/{unit}.yaml)"),
                    ref=blocked.source.ref, unit=blocked.unit), file=sys.stderr)
        else:
            print(_(N_("not carried: {ref} — the unit `{unit}` is not active in {year} and has "
                       "no successor"), ref=blocked.source.ref, unit=blocked.unit,
                    year=plan.to_year), file=sys.stderr)


def register(app: typer.Typer) -> None:
    @app.command("carry", help=_(N_("Assign again in year TO the tasks of year FROM that were "
                                    "not done (carry-over).")))
    def carry_command(
        ctx: typer.Context,
        source: Annotated[int, typer.Argument(metavar="FROM", help=_(N_("The year ended.")))],
        target: Annotated[int, typer.Argument(metavar="TO", help=_(N_("The new year.")))],
        unit: Annotated[str | None, typer.Option("--unit", help=_(N_(
            "Only the tasks of this unit.")))] = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "Deadline of the new tasks; default: 31 December of TO.")))] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=_(N_(
            "Show what would be carried; write nothing.")))] = False,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The decision allowing new tasks in an assigned year (recorded as amendments)."
        )))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.dates import parse_date
        from songlo_targets.errors import UsageError
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_unit
        from songlo_targets.write.carry import carry, plan_carry

        if target <= source:
            raise UsageError(N_("carry goes forward: TO ({target}) must come after FROM "
                                "({source})"), source=source, target=target)
        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        units = {find_unit(records, unit)} if unit else None
        plan = plan_carry(records, source, target, units,
                          parse_date(deadline) if deadline else None)
        numbered, outcome = carry(records, plan, decision, dry_run=dry_run, loaded=loaded)
        if outcome.ok:
            render_plan(numbered, dry_run)
        if dry_run and numbered.items and records.year(target).assigned and not decision:
            print(_(N_("{year} is assigned: the real run needs --decision"), year=target),
                  file=sys.stderr)
        finish(outcome, dry_run)
