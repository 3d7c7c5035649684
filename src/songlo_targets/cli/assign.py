"""`targets assign` (SPEC §6.2): add one task, or many from a CSV/XLSX table."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_RECORDS, UsageError
from songlo_targets.i18n import N_, _


class Kind(StrEnum):
    task = "task"
    target = "target"


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
            "The year; default: the latest year of the records.")))] = None,
        kind: Annotated[Kind | None, typer.Option("--type", help=_(N_(
            "task (default) or target (needs --measure-unit and --target).")))] = None,
        owner: Annotated[str | None, typer.Option("--owner", help=_(N_(
            "The head role in charge; default: the unit as a whole.")))] = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "Deadline (YYYY-MM-DD or DD/MM/YYYY); default: 31 December.")))] = None,
        category: Annotated[list[str] | None, typer.Option("--category", help=_(N_(
            "A category key (repeat for several).")))] = None,
        basis: Annotated[str | None, typer.Option("--basis", help=_(N_(
            "A basis key of the year.")))] = None,
        goal: Annotated[str | None, typer.Option("--goal", help=_(N_(
            "A goal key of the year.")))] = None,
        measure_unit: Annotated[str | None, typer.Option("--measure-unit", help=_(N_(
            "Targets: the unit of measure (ha, %, …).")))] = None,
        target: Annotated[float | None, typer.Option("--target", help=_(N_(
            "Targets: the value to reach.")))] = None,
        baseline: Annotated[float | None, typer.Option("--baseline", help=_(N_(
            "Targets: the value at the start.")))] = None,
        direction: Annotated[Direction | None, typer.Option("--direction", help=_(N_(
            "Targets: up (default) or down.")))] = None,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The decision allowing a change to an assigned year (recorded as an amendment)."
        )))] = None,
        source: Annotated[Path | None, typer.Option("--from", dir_okay=False, exists=True,
                                                    help=_(N_(
            "A .csv or .xlsx table of tasks, one row each.")))] = None,
    ) -> None:
        import datetime as dt

        from songlo_targets.cli.writing import finish, nothing_written
        from songlo_targets.dates import parse_date
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_unit
        from songlo_targets.records.references import default_year
        from songlo_targets.write.assign import assign
        from songlo_targets.write.assign_table import read_rows
        from songlo_targets.write.task_files import NewTask

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        chosen = year or default_year(records)
        rows: dict[str, int] = {}
        if source is not None:
            if unit or title:
                raise UsageError(N_("give either UNIT and --title, or --from FILE, not both"))
            table = read_rows(records, chosen, source)
            bad = [row for row in table if row.task is None]
            if bad:
                for row in bad:
                    for problem in row.problems:
                        print(_(N_("row {row}: {problem}"), row=row.number, problem=problem),
                              file=sys.stderr)
                print(_(N_("nothing was written: {bad} of {rows} rows are wrong"),
                        bad=len(bad), rows=len(table)), file=sys.stderr)
                raise typer.Exit(EXIT_RECORDS)
            tasks = [row.task for row in table if row.task is not None]
            numbers = [row.number for row in table]
        else:
            if not unit or not title:
                raise UsageError(N_("give the unit and --title (or --from FILE)"))
            measured = measure_unit is not None or target is not None
            if (measure_unit is None) != (target is None):
                raise UsageError(N_("a target needs both --measure-unit and --target"))
            tasks = [NewTask(
                unit=find_unit(records, unit), title=title,
                deadline=parse_date(deadline) if deadline else dt.date(chosen, 12, 31),
                type=kind.value if kind else ("target" if measured else "task"),
                owner=owner, categories=list(category or []), basis=basis, goal=goal,
                measure_unit=measure_unit, target=target, baseline=baseline,
                direction=direction.value if direction else None)]
            numbers = []
        result = assign(records, chosen, tasks, decision, loaded=loaded)
        rows = dict(zip(result.refs, numbers, strict=False))
        if not result.outcome.ok and rows:
            for diagnostic in result.outcome.refused:
                number = rows.get(diagnostic.task or "")
                where = (_(N_("row {row}"), row=number) if number is not None
                         else f"{diagnostic.path}:{diagnostic.line}")
                print(f"{where}: {diagnostic.text()} [{diagnostic.code}]", file=sys.stderr)
            print(nothing_written(len(result.outcome.refused)), file=sys.stderr)
            raise typer.Exit(EXIT_RECORDS)
        finish(result.outcome)
        for ref in result.refs:
            print(ref)
