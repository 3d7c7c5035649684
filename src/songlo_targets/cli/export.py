"""`targets export YEAR` (SPEC §6.7)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets import formats
from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import as_of_option
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("export", help=_(N_("Export every task of a year with its state, one row per "
                                     "task: CSV, XLSX or JSON; or, with --bundle, the year's "
                                     "tasks, units and ratings as a bundle for the province.")))
    def export_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(help=_(N_("The year to export.")))],
        format: Annotated[ExportFormat, typer.Option(
            "--format", help=_(N_("Output: csv, xlsx or json.")))] = ExportFormat.csv,
        as_of: Annotated[str | None, as_of_option()] = None,
        out: Annotated[Path | None, typer.Option(
            "--out", dir_okay=False, help=_(N_("Write to this file instead of the standard "
                                               "output.")))] = None,
        bundle: Annotated[Path | None, typer.Option(
            "--bundle", file_okay=False, help=_(N_("Write the year as a bundle for the "
                                                   "province into this folder (Parquet and a "
                                                   "data package).")))] = None,
        with_names: Annotated[bool, typer.Option(
            "--with-names", help=_(N_("Put the heads' names into the bundle (left out by "
                                      "default).")))] = False,
    ) -> None:
        from songlo_targets.cli.options import as_of_date, choose_year, warn_errors
        from songlo_targets.derive.export import export_rows
        from songlo_targets.read.loader import load
        from songlo_targets.render import export as render

        settings: Settings = ctx.obj
        if bundle is not None:
            _bundle(settings, year, as_of, bundle, with_names)
            return
        if with_names:
            raise UsageError(N_("--with-names goes with --bundle DIR"))
        if format is ExportFormat.xlsx and out is None and sys.stdout.isatty():
            raise UsageError(N_("an XLSX file cannot be shown in a terminal: give --out "
                                "FILE.xlsx"))
        records, diagnostics = load(settings.repository())
        warn_errors(diagnostics)
        export = export_rows(records, choose_year(records, year), as_of_date(as_of))
        if format is ExportFormat.xlsx:
            data = render.as_xlsx(export)
        elif format is ExportFormat.csv:
            data = render.as_csv(export).encode("utf-8")
        else:
            data = render.as_json(export).encode("utf-8")
        if out is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            from songlo_targets.store.atomic import write_bytes

            write_bytes(out, data)
            print(_(N_("wrote {path}"), path=str(out)), file=sys.stderr)


def _bundle(settings: Settings, year: int, as_of: str | None, out: Path,
            with_names: bool) -> None:
    from songlo_targets.bundles.export import build, bundle_files, write_bundle
    from songlo_targets.cli.options import as_of_date, choose_year, warn_errors
    from songlo_targets.read.loader import load

    root = settings.repository()
    records, diagnostics = load(root)
    warn_errors(diagnostics)
    made = build(records, choose_year(records, year), as_of_date(as_of), with_names, root)
    write_bundle(out, bundle_files(made))
    print(_(N_("wrote the bundle of {year} at {date} into {path}"), year=made.year,
            date=formats.date(made.as_of), path=str(out)), file=sys.stderr)
