"""`targets assign` (SPEC §6.2): add one task, or many from a CSV/XLSX table."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import number
from songlo_targets.errors import EXIT_RECORDS, UsageError
from songlo_targets.i18n import N_, _, _n

if TYPE_CHECKING:  # the records model is built when records are loaded, not at start-up
    import datetime as dt

    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records.collection import Records


class Direction(StrEnum):
    up = "up"
    down = "down"


def register(app: typer.Typer) -> None:
    @app.command("assign", help=_(N_("Assign a task to a unit (or many, with --from) and print "
                                     "its reference.")))
    def assign_command(
        ctx: typer.Context,
        unit: Annotated[str | None, typer.Argument(metavar="UNIT", help=_(N_(
            "The unit: its id or its name, with or without diacritics.")))] = None,
        title: Annotated[str | None, typer.Option("--title", help=_(N_(
            "What is to be done.")))] = None,
        year: Annotated[int | None, typer.Option("--year", help=_(N_(
            "The year; default: the current year, else the last one ended.")))] = None,
        kind: Annotated[str | None, typer.Option("--type", help=_(N_(
            "task (default) or target (needs --measure-unit and --target).")))] = None,
        owner: Annotated[str | None, typer.Option("--owner", help=_(N_(
            "The head in charge: a role or the head's title; default: the unit as a whole.")))]
        = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "Deadline (YYYY-MM-DD or DD/MM/YYYY); default: 31 December.")))] = None,
        category: Annotated[list[str] | None, typer.Option("--category", help=_(N_(
            "A category: its key or its name (repeat for several).")))] = None,
        basis: Annotated[str | None, typer.Option("--basis", help=_(N_(
            "A basis of the year: its key or its name.")))] = None,
        goal: Annotated[str | None, typer.Option("--goal", help=_(N_(
            "A goal of the year: its key or its name.")))] = None,
        measure_unit: Annotated[str | None, typer.Option("--measure-unit", help=_(N_(
            "Targets: the unit of measure (ha, %, …).")))] = None,
        target: Annotated[float | None, typer.Option(
            "--target", parser=number, metavar="NUMBER", help=_(N_(
            "Targets: the value to reach.")))] = None,
        baseline: Annotated[float | None, typer.Option(
            "--baseline", parser=number, metavar="NUMBER", help=_(N_(
            "Targets: the value at the start.")))] = None,
        direction: Annotated[Direction | None, typer.Option("--direction", help=_(N_(
            "Targets: up (default) or down.")))] = None,
        milestone: Annotated[list[str] | None, typer.Option("--milestone", help=_(N_(
            "A product due within the year, DATE:VALUE (31/03/2026:30): the percentage of a "
            "task, or the cumulative value of a target, due by that date; repeatable.")))]
        = None,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The decision allowing a change to an assigned year (recorded as an amendment)."
        )))] = None,
        decision_date: Annotated[str | None, typer.Option("--decision-date", help=_(N_(
            "The date of that decision; default: today, for a year that is this one.")))]
        = None,
        source: Annotated[Path | None, typer.Option("--from", dir_okay=False, exists=True,
                                                    help=_(N_(
            "A .csv or .xlsx table of tasks, one row each.")))] = None,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.cli.writing import finish
        from songlo_targets.read.loader import load

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        chosen = year or records.default_year(dates.today())
        day = dates.parse_date(decision_date) if decision_date else None
        if source is not None:
            if unit or title:
                raise UsageError(N_("give either UNIT and --title, or --from FILE, not both"))
            refs = _import(records, chosen, source, decision, day, loaded)
        else:
            from songlo_targets.write.assign import TaskInput, assign, new_task

            if not unit or not title:
                raise UsageError(N_("give the unit and --title (or --from FILE)"))
            task = new_task(records, chosen, TaskInput(
                unit=unit, title=title, type=kind, owner=owner,
                deadline=dates.parse_date(deadline) if deadline else None,
                categories=list(category or []), basis=basis, goal=goal,
                measure_unit=measure_unit, target=target, baseline=baseline,
                direction=direction.value if direction else None,
                milestones=list(milestone or [])))
            result = assign(records, chosen, [task], decision, day, loaded=loaded)
            finish(result.outcome)
            refs = result.refs
        for ref in refs:
            print(ref)


def _import(records: Records, year: int, source: Path, decision: str | None,
            day: dt.date | None, loaded: list[Diagnostic]) -> list[str]:
    """Assign the rows of a table, or list every bad row and exit 1 writing nothing."""
    from songlo_targets.cli.writing import finish, refused
    from songlo_targets.store import Outcome
    from songlo_targets.write.assign_table import import_table

    result = import_table(records, year, source, decision, day, loaded=loaded)
    for row in result.bad:
        for problem in row.problems:
            print(_(N_("row {row}: {problem}"), row=row.number, problem=problem),
                  file=sys.stderr)
    if result.skipped:
        print(_n("{n} row already assigned, skipped: {rows}",
                 "{n} rows already assigned, skipped: {rows}", len(result.skipped),
                 rows=", ".join(str(n) for n in result.skipped)), file=sys.stderr)
    if result.other:
        refused(Outcome(refused=result.other, texts=result.outcome.texts))
    if result.bad:
        print(_(N_("nothing was written: {bad} of {rows} rows are wrong"),
                bad=len(result.bad), rows=len(result.rows)), file=sys.stderr)
        raise typer.Exit(EXIT_RECORDS)
    finish(result.outcome)
    return result.refs
