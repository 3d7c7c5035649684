"""`targets progress import FILE...` (issue 23): record the filled progress forms."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_RECORDS
from songlo_targets.i18n import N_, _, _n


def register_import(progress_app: typer.Typer) -> None:
    @progress_app.command("import", help=_(N_(
        "Record the progress entries of filled forms (XLSX or CSV made by `targets forms`): "
        "every row of every file is checked first, then all are written or none.")))
    def import_command(
        ctx: typer.Context,
        files: Annotated[list[Path], typer.Argument(
            metavar="FILE", dir_okay=False, help=_(N_("The filled forms.")))],
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "Date of the entries (YYYY-MM-DD or DD/MM/YYYY); default: the checkpoint of "
            "each form.")))] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=_(N_(
            "Check and show what would be recorded; write nothing.")))] = False,
    ) -> None:
        from songlo_targets.dates import parse_date
        from songlo_targets.forms.importing import import_forms
        from songlo_targets.read.loader import load

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        imported = import_forms(records, files, parse_date(date) if date else None,
                                dry_run=dry_run, loaded=loaded)
        if not imported.ok:
            for line in imported.problems:
                print(line, file=sys.stderr)
            print(_(N_("nothing was written: {problems} in the forms"),
                    problems=_n("{n} problem", "{n} problems", len(imported.problems))),
                  file=sys.stderr)
            raise typer.Exit(EXIT_RECORDS)
        units: dict[str, list[str]] = {}
        for planned in imported.planned:
            units.setdefault(planned.task.unit, []).append(planned.task.ref)
        for unit, refs in units.items():
            text = (N_("{unit}: would record {entries}: {refs}") if dry_run
                    else N_("{unit}: recorded {entries}: {refs}"))
            print(_(text, unit=unit, entries=_n("{n} entry", "{n} entries", len(refs)),
                    refs=", ".join(refs)))
        if imported.already:
            print(_(N_("{rows} already recorded: nothing to do for them"),
                    rows=_n("{n} row", "{n} rows", imported.already)))
        if not units:
            print(_(N_("nothing to record")))
