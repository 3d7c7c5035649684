"""`targets forms YEAR` (issue 23): one progress form (XLSX) per unit at a checkpoint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("forms", help=_(N_("Write one progress form (XLSX) per unit, listing its "
                                    "open tasks at a checkpoint, for the unit to fill in.")))
    def forms_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(help=_(N_("The year of the tasks.")))],
        checkpoint: Annotated[str | None, typer.Option("--checkpoint", help=_(N_(
            "The checkpoint date (YYYY-MM-DD or DD/MM/YYYY); default: the next checkpoint "
            "of the year from today, else its last one.")))] = None,
        quarter: Annotated[int | None, typer.Option(
            "--quarter", min=1, max=4,
            help=_(N_("The last day of this quarter (1-4) as the checkpoint.")))] = None,
        unit: Annotated[list[str] | None, typer.Option("--unit", help=_(N_(
            "Only this unit (id or name); may be repeated.")))] = None,
        out: Annotated[Path | None, typer.Option("--out", file_okay=False, help=_(N_(
            "Write under this folder instead of the repository root.")))] = None,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.cli.options import warn_errors
        from songlo_targets.forms.build import write_forms
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_unit

        settings: Settings = ctx.obj
        root = settings.repository()
        records, diagnostics = load(root)
        warn_errors(diagnostics)
        if year not in records.years:
            raise UsageError(N_("there are no records of {year}"), year=year)
        if checkpoint is not None and quarter is not None:
            raise UsageError(N_("give --checkpoint or --quarter, not both"))
        if quarter is not None:
            day = dates.quarter_end(year, quarter)
        elif checkpoint is not None:
            day = dates.parse_date(checkpoint)
        else:
            points = records.year(year).checkpoints() or [dates.quarter_end(year, 4)]
            day = next((p for p in points if p >= dates.today()), points[-1])
        units = [find_unit(records, u) for u in unit or []]
        for form in write_forms(records, year, day, units, out or root):
            print(_(N_("{unit}: {rows} tasks, {path}"), unit=form.unit, rows=form.rows,
                    path=form.path))
