"""`targets report` (SPEC §6.4)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets import formats as show
from songlo_targets.cli.common import Settings, no_chromium
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _, _n


def register(app: typer.Typer) -> None:
    @app.command("report", help=_(N_(
        "Render the year's reports (Markdown, HTML, Word, PDF) into reports/YEAR/.")))
    def report_command(
        ctx: typer.Context,
        year: Annotated[int | None, typer.Argument(
            help=_(N_("The year; default: the latest year of the records.")),
            show_default=False)] = None,
        as_of: Annotated[str | None, typer.Option(
            "--as-of", help=_(N_("The date the reports are computed at (YYYY-MM-DD or "
                                 "DD/MM/YYYY); default: today, or 31 December of a past "
                                 "year.")))] = None,
        out: Annotated[Path | None, typer.Option(
            "--out", file_okay=False, help=_(N_("Write into this folder instead of "
                                                "reports/YEAR/.")))] = None,
        formats: Annotated[str, typer.Option(
            "--format", help=_(N_("Formats to render, separated by commas: md, html, docx "
                                  "(Word), pdf (printed by headless Chromium).")))
        ] = "md,html",
        number: Annotated[str | None, typer.Option(
            "--number", help=_(N_("The documents' number: 30 gives \"Số 30-BC/HU\"; "
                                  "default: left blank, to be filled in by hand.")))] = None,
        date: Annotated[str | None, typer.Option(
            "--date", help=_(N_("The documents' date (YYYY-MM-DD or DD/MM/YYYY); default: "
                                "the as-of date.")))] = None,
        quarter: Annotated[int | None, typer.Option(
            "--quarter", min=1, max=4, help=_(N_(
                "Render the quarter's documents (1-4) into reports/YEAR/quy-N/: its products "
                "and its ratings, at its last day unless --as-of says otherwise.")))] = None,
        check: Annotated[bool, typer.Option(
            "--check", help=_(N_("Write nothing: list the files that differ from the "
                                 "rendering and exit 1 if any does.")))] = False,
    ) -> None:
        from songlo_targets.dates import parse_date
        from songlo_targets.render import report_files
        from songlo_targets.render.report import parse_formats, prepare
        from songlo_targets.render.report_pdf import ChromiumMissing

        settings: Settings = ctx.obj
        chosen = parse_formats(formats)
        day = parse_date(as_of) if as_of is not None else None
        issued = parse_date(date) if date is not None else None
        root = settings.repository()
        try:
            prepared = prepare(root, year, day, chosen, out, number=number, date=issued,
                               quarter=quarter)
        except ChromiumMissing:
            no_chromium()
        if prepared.errors:
            print(_n("the records of {year} have {n} error: run `targets check --year {year}`",
                     "the records of {year} have {n} errors: run `targets check --year {year}`",
                     len(prepared.errors), year=prepared.year), file=sys.stderr)
            raise typer.Exit(EXIT_RECORDS)
        shown = _shown(prepared.out)
        if prepared.unsigned and not check:
            print(_("note: targets.yaml has no `documents: signer:`, so the reports carry no "
                    "signature block (see `targets init` for an example)"), file=sys.stderr)
        if check:
            diff = report_files.compare(prepared.out, prepared.files, prepared.formats)
            for path in diff.paths():
                print(f"{shown}/{path}")
            if diff:
                asked = str(prepared.year) + ("" if quarter is None else
                                              f" --quarter {quarter}")
                print(_n("{n} report file is out of date: run `targets report {year}`",
                         "{n} report files are out of date: run `targets report {year}`",
                         len(diff.paths()), year=asked), file=sys.stderr)
                raise typer.Exit(EXIT_RECORDS)
            print(_("the reports in {folder} are up to date", folder=shown), file=sys.stderr)
            raise typer.Exit(EXIT_OK)
        diff = report_files.write(prepared.out, prepared.files, prepared.formats, root)
        print(_n("{n} file written in {folder} (as of {date})",
                 "{n} files written in {folder} (as of {date})",
                 len(diff.changed) + len(diff.missing), folder=shown,
                 date=show.date(prepared.as_of)), file=sys.stderr)
        if diff.stale:
            print(_n("{n} file no longer reported was removed",
                     "{n} files no longer reported were removed", len(diff.stale)),
                  file=sys.stderr)
        main = next((name for name in ("index.html", "tong-hop.md", "tong-hop.docx",
                                       "tong-hop.pdf") if name in prepared.files), "")
        print(f"{shown}/{main}")


def _shown(folder: Path) -> str:
    """The folder as the user can type it: relative to here when it is below here."""
    resolved = folder.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return resolved.as_posix()
